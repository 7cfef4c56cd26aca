"""先行救助 at the city server: a township's pay-first decision is accepted only for urgent
temporary aid, only up to the limit the city holds for the county (not a figure in the
record), and then carries the case to 'approved'. Against a real `lishui-hq serve`, on
SQLite and PostgreSQL."""
from __future__ import annotations

from hq_helpers import app_payload, decision_payload, new_id, rec, run_cli, statuses

LIANDU, QINGTIAN = "331102", "331121"
T1, T3 = "331102104", "331121001"


def urgent_app(township, state="accepted", urgent=True, type_="linshi"):
    return {**app_payload(township, state, type_), "urgent": urgent}


def pay_first(aid, township, amount, type_="linshi"):
    return {**decision_payload(aid, township, "paid_first", type_), "amount_fen": amount,
            "start_month": "2026-11", "reasons": ["火灾致房屋烧毁"]}


def paid(p, amount):
    return {**p, "state": "approved", "amount_fen": amount, "start_month": "2026-11",
            "paid_first_on": "2026-11-02", "decided_on": "2026-11-02"}


def test_within_the_city_limit_is_accepted_above_it_refused(sites, store, db_url):
    t1 = sites(T1)
    # The city's figure for 莲都区: 2,000 yuan, set through the command line.
    out = run_cli("urgent-aid", "set", "--county", LIANDU, "--limit", "2000", "--days", "10", db=db_url)
    assert "1 changed" in out.stdout
    assert store.get_reference("urgent_aid", LIANDU)["limit_fen"] == 200_000
    aid = new_id()
    p = urgent_app(T1)
    assert statuses(t1.push([rec("application", aid, T1, p)])) == ["applied"]
    # One fen above the city's limit: both refused, whatever the desktop thought the limit was.
    res = t1.push([rec("application", aid, T1, paid(p, 200_001), version=2, base=1),
                   rec("decision", new_id(), T1, pay_first(aid, T1, 200_001))])
    assert statuses(res) == ["refused", "refused"], res
    assert "above the pay-first limit of county 331102 (200000 fen" in res["results"][1]["reason"]
    assert res["results"][0]["field"] in ("state", "amount_fen")
    # The limit itself: accepted, decision and case in one batch (either order).
    res = t1.push([rec("application", aid, T1, paid(p, 200_000), version=2, base=1),
                   rec("decision", new_id(), T1, pay_first(aid, T1, 200_000))])
    assert statuses(res) == ["applied", "applied"], res


def test_only_urgent_temporary_aid_and_only_by_the_township(sites, store):
    t1, county = sites(T1), sites(LIANDU)
    for p in (urgent_app(T1, urgent=False), urgent_app(T1, type_="yiliao", urgent=False)):
        aid = new_id()
        assert statuses(t1.push([rec("application", aid, T1, p)])) == ["applied"]
        res = t1.push([rec("decision", new_id(), T1, pay_first(aid, T1, 100_000, p["type"]))])
        assert statuses(res) == ["refused"], res
    aid = new_id()
    assert statuses(t1.push([rec("application", aid, T1, urgent_app(T1))])) == ["applied"]
    # A county does not pay first; and not once the case waits at the county.
    assert statuses(county.push([rec("decision", new_id(), LIANDU, pay_first(aid, T1, 100_000))])) == ["refused"]
    aid2 = new_id()
    assert statuses(t1.push([rec("application", aid2, T1, urgent_app(T1, "awaiting_decision"))])) == ["applied"]
    res = t1.push([rec("decision", new_id(), T1, pay_first(aid2, T1, 100_000))])
    assert statuses(res) == ["refused"] and "awaiting_decision" in res["results"][0]["reason"]


def test_a_case_paid_first_the_day_it_was_taken_in_arrives_with_its_decision(sites, store):
    # No city figure for 青田县: the documented default applies (4,000 yuan).
    t3 = sites(T3)
    aid, p = new_id(), urgent_app(T3)
    res = t3.push([rec("application", aid, T3, paid(p, 400_000)),
                   rec("decision", new_id(), T3, pay_first(aid, T3, 400_000))])
    assert statuses(res) == ["applied", "applied"], res
    aid = new_id()
    res = t3.push([rec("decision", new_id(), T3, pay_first(aid, T3, 400_001)),
                   rec("application", aid, T3, paid(p, 400_001))])
    assert statuses(res) == ["refused", "refused"], res
