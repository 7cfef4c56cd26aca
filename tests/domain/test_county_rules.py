"""The county figures record the city hands down (domain.county_rules): each figure checked
by the rule that owns it, named when refused."""
from fractions import Fraction

import pytest

from lishui_desktop.domain import benefit, county_rules
from lishui_desktop.domain.errors import ValidationError


def record(figures, code="331102", **kw):
    return {"county_code": code, "figures": figures, "source": "丽民发〔2026〕12号", "set_on": "2026-12-02", **kw}


def test_figures_are_normalised_and_merge_over_the_defaults():
    r = county_rules.check(record({"dibian_multiple": "1.5", "assets": {"vehicle_value_fen": 5000000},
                                   "decision_days": 10}))
    assert r["figures"]["dibian_multiple"] == "3/2"
    kw = county_rules.coverage_kwargs(r["figures"])
    rules = benefit.CoverageRules(**kw)
    # Near-dibao threshold at 1,060: 1.5 x 1,060 = 1,590, the figure itself included.
    assert rules.dibian_multiple == Fraction(3, 2)
    assert benefit.dibian_eligible(159000, 106000, rules.dibian_multiple).eligible
    assert not benefit.dibian_eligible(159001, 106000, rules.dibian_multiple).eligible
    # A partial asset record keeps the other limits' defaults (24 months per person).
    assert rules.assets.vehicle_value_fen == 5000000 and rules.assets.financial_months_per_person == 24


@pytest.mark.parametrize("bad, field", [
    (record({"taper_months": 9}), "taper_months"),
    (record({"dibian_multiple": "x"}), "dibian_multiple"),
    (record({"decision_days": 0}), "decision"),
    (record({"extra_exclusions": {"city.a": "奖励"}}), "figures.extra_exclusions"),   # a county record
    (record({"taper_months": 3}, code="330100"), "county_code"),
    (record({"taper_months": 3}, source=""), "source"),
    (record({}), "figures"),
])
def test_a_refused_figure_is_named(bad, field):
    with pytest.raises(ValidationError) as e:
        county_rules.check(bad)
    assert e.value.field == field


def test_the_city_record_carries_the_added_exclusions():
    r = county_rules.check(record({"extra_exclusions": {"city.reward": " 市级见义勇为奖励 "}}, code="331100"))
    assert r["figures"]["extra_exclusions"] == {"city.reward": "市级见义勇为奖励"}
    with pytest.raises(ValidationError):
        county_rules.check(record({"extra_exclusions": {"reward": "x"}}, code="331100"))
