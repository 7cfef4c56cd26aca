"""先行救助 between real desktops and a real `lishui-hq serve`: the city's limit for the
county comes down as reference data and binds the township's desktop; the pay-first and
its completion go up like other records; a desktop that pays above the city's limit
(its own copy of the limit altered) is refused by the server, which uses its own."""
from datetime import date

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import sync
from lishui_desktop.services import urgent_aid as ua
from lishui_desktop.store import settings
from lishui_hq.store import urgent_aid_items
from tests.services.helpers import household_form
from tests.sync.conftest import TOWN_STAFF, make_desk

TOWN, COUNTY = "331102100", "331102"
EMERGENCY = "突发重病住院，家中无人照料，生活陷入困境"


def _urgent(cw) -> str:
    hid = hs.save_household(cw, household_form(TOWN + "201"))
    aid = ap.create_application(cw, household_id=hid, assistance_type="linshi", urgent=True,
                                requested_fen=300_000)
    ap.act(cw, aid, "accept")
    return aid


def test_pay_first_and_completion_sync_and_the_server_holds_the_limit(hq, tmp_path, clock):
    hq.store.put_reference("urgent_aid", urgent_aid_items([COUNTY], 250_000, 8))
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cw = town.as_("cw1")
    sync.sync_once(town.ctx)                         # the county's figures come down
    assert ua.terms(cw, _urgent(cw)).limit_fen == 250_000
    aid = _urgent(cw)
    try:
        ua.pay_first(cw, aid, amount_fen=250_001, emergency=EMERGENCY)
        raise AssertionError("the desktop paid above the city's limit")
    except DomainError as e:
        assert e.code == "urgent.over_limit"
    ua.pay_first(cw, aid, amount_fen=250_000, emergency=EMERGENCY)
    # 8 working days after Monday 2 November 2026: Thursday 12 November.
    assert ap.deadline(cw, aid).due == date(2026, 11, 12)
    up = sync.sync_once(town.ctx)
    assert up.pushed["refused"] == 0, sync.refusals(town.ctx)
    ua.complete(cw, aid, completed_on=date(2026, 11, 2), statement="住院证明已补齐", items=[
        "statement", "materials", "visit", "approval_form"], visit_date=date(2026, 11, 2),
        investigators=["周晓燕", "吴建华"])
    assert sync.sync_once(town.ctx).pushed["refused"] == 0
    app = hq.store.get_reference("application", aid)        # any record, by entity and id
    assert app["state"] == "approved" and app["completed_on"] == "2026-11-02"
    assert app["paid_first_on"] == "2026-11-02" and app["amount_fen"] == 250_000

    # A desktop whose copy of the limit was altered pays 3,000 yuan: the server refuses it.
    other = _urgent(cw)
    sync.sync_once(town.ctx)
    with town.ctx.db.write() as s:
        settings.put(s, f"urgent.limit_fen.{COUNTY}", "900000")
    ua.pay_first(cw, other, amount_fen=300_000, emergency=EMERGENCY)
    res = sync.sync_once(town.ctx)
    assert res.pushed["refused"] == 2
    reasons = {r.entity: r.reason for r in sync.refusals(town.ctx)}
    assert "above the pay-first limit of county 331102 (250000 fen" in reasons["decision"]
    assert hq.store.get_reference("application", other)["state"] == "accepted"
