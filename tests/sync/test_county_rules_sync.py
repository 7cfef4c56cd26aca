"""County figures as reference data: the city sets them with `lishui-hq coverage`, a real
server hands them down, and every township of the county reckons with them (a near-dibao
multiple, the taper months, the decision limit, a city income exclusion), while the local
setting is refused for a figure the city holds."""
from __future__ import annotations

from fractions import Fraction

import pytest

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import reference, sync
from tests.hq.hq_helpers import run_cli
from tests.services.helpers import household_form
from tests.sync.conftest import TOWN_STAFF, make_desk

TOWNS = ("331102100", "331102102")     # 碧湖镇, 大港头镇: both of 莲都区


def _rules(desk):
    with desk.ctx.db.read() as s:
        return reference.coverage_rules(s, "331102"), reference.deadline_limits(s, "331102")


def test_every_township_of_the_county_uses_the_citys_figures(hq, tmp_path, clock):
    desks = [make_desk(tmp_path / f"{t}.sqlite3", t, TOWN_STAFF, clock, hq) for t in TOWNS]
    other = make_desk(tmp_path / "331121001.sqlite3", "331121001", TOWN_STAFF, clock, hq)
    out = run_cli("coverage", "set", "--county", "331102", "--source", "丽民发〔2026〕12号",
                  "--dibian-multiple", "2", "--taper-months", "3", "--decision-days", "10",
                  "--financial-months", "36", db=hq.db_url)
    assert "1 counties changed" in out.stdout
    run_cli("coverage", "exclude", "--code", "city.reward", "--name", "市级见义勇为奖励",
            "--source", "丽民发〔2026〕13号", db=hq.db_url)
    bad = run_cli("coverage", "set", "--county", "331102", "--source", "x", "--taper-months", "9",
                  db=hq.db_url, check=False)
    assert bad.returncode == 1 and "taper_months: the taper lasts 0-6 months" in bad.stderr
    # Near-dibao test of one household: wage 4,800 / 3 persons = 1,600 a month, above the
    # default 1.5 x 1,060 = 1,590, at or below the county's 2 x 1,060 = 2,120.
    desk = desks[0]
    cw = desk.as_("cw1")
    village = TOWNS[0] + "201"
    hid = hs.save_household(cw, household_form(village, wage_fen=480000))
    aid = ap.create_application(cw, household_id=hid, assistance_type="dibian")
    assert not ap.compute_benefit(cw, aid).eligible

    for d in (*desks, other):
        sync.sync_once(d.ctx)
    for d in desks:
        rules, limits = _rules(d)
        assert rules.dibian_multiple == Fraction(2) and rules.taper_months == 3
        assert rules.assets.financial_months_per_person == 36 and limits.decision == 10
        assert dict(rules.extra_exclusions) == {"city.reward": "市级见义勇为奖励"}
    r = ap.compute_benefit(cw, aid)
    assert r.eligible and "2 倍（2,120.00 元）以下" in r.text_zh()
    # Another county keeps the defaults, and the city's exclusion.
    with other.ctx.db.read() as s:
        rules = reference.coverage_rules(s, "331121")
        assert rules.dibian_multiple == Fraction(3, 2) and reference.deadline_limits(s, "331121").decision == 5
        assert "city.reward" in rules.extra_exclusions

    # The read-only view names each figure's source.
    figures = {f.key: f for f in reference.county_figures(cw)}
    assert figures["dibian_multiple"].origin == "city"
    assert figures["dibian_multiple"].source == "丽民发〔2026〕12号"
    assert figures["extra_exclusions"].source == "丽民发〔2026〕13号"
    assert figures["deduct_rigid_expenses"].origin == "default"
    assert "由县级确定" in figures["deduct_rigid_expenses"].source
    # A figure the city holds is not changed locally; one it does not hold still is.
    with pytest.raises(ValidationError) as e:
        reference.set_coverage_rules(desk.ctx, dibian_multiple="1.8")
    assert e.value.code == "settings.city_reference" and e.value.field == "dibian_multiple"
    with pytest.raises(ValidationError) as e:
        reference.set_decision_limit(desk.ctx, 7)
    assert e.value.field == "decision_days"
    reference.set_coverage_rules(desk.ctx, deduct_rigid_expenses=True)
    assert _rules(desk)[0].deduct_rigid_expenses and _rules(desk)[0].dibian_multiple == 2
