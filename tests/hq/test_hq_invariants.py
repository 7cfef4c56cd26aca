"""What a record says about itself is checked against what the server holds (issue 12 item 2):
decided states need the competent body's decision, parents are the site's own, a site key
names its own site, versions move on by one per audited change. Each against a real
`lishui-hq serve`, on SQLite and PostgreSQL; each refusal names the field, and the rest of
the batch goes on."""
from __future__ import annotations

import base64
import hashlib
import os

from sqlalchemy import select

from hq_helpers import (app_payload, decision_payload, household_payload, member_payload, person_id,
                        new_id, rec, statuses)
from lishui_hq import models as m

LIANDU = "331102"
T1, T2 = "331102104", "331102200"


def held(store, rid):
    with store.db.read() as conn:
        return conn.execute(select(m.record.c.version, m.record.c.payload)
                            .where(m.record.c.id == rid)).first()


def approved(township, household=None, amount=121000):
    p = app_payload(township, "approved", household=household)
    p.update(amount_fen=amount, start_month="2026-12")
    return p


def awaiting(client):
    aid = new_id()
    assert statuses(client.push([rec("application", aid, client.site,
                                     app_payload(client.site, "awaiting_decision"))])) == ["applied"]
    return aid


def test_a_township_cannot_approve_its_own_case(sites, store):
    t1 = sites(T1)
    good = new_id()
    res = t1.push([rec("application", new_id(), T1, approved(T1)),
                   rec("household", good, T1, household_payload(T1))])
    bad, ok = res["results"]
    assert bad["status"] == "refused" and bad["field"] == "state", bad
    assert "no decision of county 331102" in bad["reason"]
    assert ok["status"] == "applied"                       # the rest of the batch goes on
    # Nor by moving a waiting case on, nor by refusing or stopping it.
    aid = awaiting(t1)
    for state in ("approved", "refused", "stopped"):
        p = approved(T1) if state == "approved" else app_payload(T1, state)
        r = t1.push([rec("application", aid, T1, p, version=2, base=1)])["results"][0]
        assert r["status"] == "refused" and r["field"] == "state", r
    assert held(store, aid).payload["state"] == "awaiting_decision"


def test_the_county_decision_lets_the_case_on_at_its_amount(sites, store):
    t1, county = sites(T1), sites(LIANDU)
    aid = awaiting(t1)
    assert statuses(county.push([rec("decision", new_id(), LIANDU,
                                     decision_payload(aid, T1))])) == ["applied"]
    # Another amount than the decision's: refused on amount_fen.
    r = t1.push([rec("application", aid, T1, approved(T1, amount=999999), version=2,
                     base=1)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "amount_fen", r
    res = t1.push([rec("application", aid, T1, approved(T1), version=2, base=1)])
    assert statuses(res) == ["applied"]
    # Later edits of a decided case keep its decided part: fine; a new amount is not.
    p = approved(T1)
    p["explanation"] = "复核后维持"
    assert statuses(t1.push([rec("application", aid, T1, p, version=3, base=2)])) == ["applied"]
    r = t1.push([rec("application", aid, T1, approved(T1, amount=200000), version=4,
                     base=3)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "amount_fen"


def test_a_late_reduction_does_not_reach_back_before_the_case_was_paid(sites, store):
    t1, county = sites(T1), sites(LIANDU)
    aid = awaiting(t1)
    assert statuses(county.push([rec("decision", new_id(), LIANDU,
                                     decision_payload(aid, T1))])) == ["applied"]
    assert statuses(t1.push([rec("application", aid, T1, approved(T1), version=2, base=1)])) \
        == ["applied"]
    reduce = dict(decision_payload(aid, T1, "reduced"), amount_fen=100000,
                  decided_at="2027-01-06T10:00:00+08:00")
    r = county.push([rec("decision", new_id(), LIANDU, dict(reduce, start_month="2026-11"))])
    res = r["results"][0]
    assert res["status"] == "refused" and "first paid (2026-12)" in res["reason"], res
    assert statuses(county.push([rec("decision", new_id(), LIANDU,
                                     dict(reduce, start_month="2026-12"))])) == ["applied"]


def test_a_delegated_township_decides_and_moves_its_case_in_one_batch(sites, store):
    from lishui_hq.store import approval_level_items
    t2 = sites(T2)
    store.put_reference("approval_level", approval_level_items(LIANDU, ["yiliao"], "township"))
    aid = new_id()
    p = app_payload(T2, "awaiting_decision", "yiliao")
    assert statuses(t2.push([rec("application", aid, T2, p)])) == ["applied"]
    done = {**p, "state": "approved", "amount_fen": 121000, "start_month": "2026-12"}
    # The outbox may hold the case before the decision: both apply.
    res = t2.push([rec("application", aid, T2, done, version=2, base=1),
                   rec("decision", new_id(), T2, decision_payload(aid, T2, type_="yiliao"))])
    assert statuses(res) == ["applied", "applied"], res
    # Not for a type the county decides.
    aid2 = awaiting(t2)
    res = t2.push([rec("application", aid2, T2, approved(T2), version=2, base=1),
                   rec("decision", new_id(), T2, decision_payload(aid2, T2))])
    assert statuses(res) == ["refused", "refused"]


def test_migrated_cases_need_a_roster_the_city_accepted(sites, store):
    t1 = sites(T1)
    sha = hashlib.sha256(b"roster of 2025").hexdigest()

    def migrated():
        return rec("application", new_id(), T1, {**approved(T1), "migrated_from": sha})

    r = t1.push([migrated()])["results"][0]
    assert r["status"] == "refused" and r["field"] == "migrated_from"
    assert "was not accepted by the city" in r["reason"]
    store.allow_migration(T1, sha, 2, "县民政局函")
    # Accepted for that township only, and for at most that many cases.
    res = t1.push([migrated(), migrated(), migrated()])
    assert statuses(res) == ["applied", "applied", "refused"]
    assert "this would be one more" in res["results"][2]["reason"]
    t2 = sites(T2)
    r = t2.push([rec("application", new_id(), T2, {**approved(T2), "migrated_from": sha})])
    assert r["results"][0]["status"] == "refused"
    # A case already on the server does not become decided by calling it migrated.
    store.allow_migration(T1, sha, 10)
    aid = awaiting(t1)
    r = t1.push([rec("application", aid, T1, {**approved(T1), "migrated_from": sha},
                     version=2, base=1)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "state"
    (row,) = [x for x in store.migration_sources() if x["site_code"] == T1]
    assert row["used"] == 2 and row["cases"] == 10


def test_parents_are_the_pushing_sites_own(sites, store):
    t1, t2 = sites(T1), sites(T2)
    hid = new_id()
    assert statuses(t1.push([rec("household", hid, T1, household_payload(T1))])) == ["applied"]
    aid = new_id()
    assert statuses(t1.push([rec("application", aid, T1, app_payload(T1, household=hid))])) \
        == ["applied"]
    mine = new_id()
    res = t2.push([
        rec("member", new_id(), T2, member_payload(hid, n=7)),
        rec("application", new_id(), T2, app_payload(T2, household=hid)),
        rec("visit", new_id(), T2, {"application_id": aid, "visit_date": "2026-11-20"}),
        rec("attachment", new_id(), T2, {"application_id": aid, "filename": "a.pdf",
                                         "size": 1, "sha256": "0" * 64}),
        rec("case_event", new_id(), T2, {"application_id": aid, "action": "accept",
                                         "from_state": "submitted", "to_state": "accepted",
                                         "at": "2026-11-20T09:00:00"}),
        rec("member", new_id(), T2, member_payload(new_id(), n=9)),
        rec("household", mine, T2, household_payload(T2)),
        rec("member", new_id(), T2, member_payload(mine, n=11)),
    ], parents=False)
    got = res["results"]
    assert [x["status"] for x in got] == ["refused"] * 6 + ["applied", "applied"], got
    assert [x["field"] for x in got[:6]] == ["household_id", "household_id", "application_id",
                                             "application_id", "application_id", "household_id"]
    assert f"belongs to site {T1}" in got[0]["reason"]
    assert "not on the server and not in this batch" in got[5]["reason"]


def test_a_site_key_names_the_pushing_site(sites, store):
    t1 = sites(T1)
    key = base64.b64encode(os.urandom(32)).decode()
    r = t1.push([rec("site_key", T1, T1, {"site_code": T2, "public_key": key})])["results"][0]
    assert r["status"] == "refused" and "names 331102200" in r["reason"]
    with store.db.read() as conn:
        assert conn.execute(select(m.record.c.id).where(m.record.c.entity == "site_key",
                                                         m.record.c.id == T1)).first() is None


def test_a_version_moves_on_by_one_per_audited_change(sites, store):
    t1 = sites(T1)
    hid = new_id()
    # Far ahead of the server with one audit entry: refused on version; the rest applies.
    other = new_id()
    res = t1.push([rec("household", hid, T1, household_payload(T1), version=2**40, base=0),
                   rec("household", other, T1, household_payload(T1))])
    assert statuses(res) == ["refused", "applied"]
    assert res["results"][0]["field"] == "version"
    assert "each change moves a record on by exactly one version" in res["results"][0]["reason"]
    # Three unsent changes of one record, each with its audit entry: version 3 over 0 is fine.
    for _ in range(2):
        t1.chain.add("household.update", "household", hid)
    res = t1.push([rec("household", hid, T1, household_payload(T1), version=3, base=0)])
    assert statuses(res) == ["applied"]
    # The change entries of another record's action count too (a member saved with its
    # household), and so do entries the server already holds.
    t1.chain.add("household.update", "household", other,
                 {"changes": [["household", hid, 4], ["household", hid, 5]]})
    res = t1.push([rec("household", hid, T1, household_payload(T1, address="新址1号"),
                       version=5, base=3)], audit=True)
    assert statuses(res) == ["applied"]


def test_a_change_without_its_audit_entries_is_refused(sites, store):
    t1 = sites(T1)
    hid = new_id()
    assert statuses(t1.push([rec("household", hid, T1, household_payload(T1))])) == ["applied"]
    res = t1.push([rec("household", hid, T1, household_payload(T1, address="别处"), version=4,
                       base=1)], audit=False)
    assert statuses(res) == ["refused"] and res["results"][0]["field"] == "version"
    assert held(store, hid).version == 1


def roll_lines(rid, township, amounts=(121000, 121000, 121000), kinds=None):
    """A roll's lines and its header as a desktop builds them (domain.payroll's digest and
    village totals)."""
    from lishui_desktop.domain import payroll as pr
    village = township + "201"
    lines = []
    for i, fen in enumerate(amounts, 1):
        kind = (kinds or {}).get(i, "offset" if fen < 0 else "regular")
        tag = f"{township}-{rid[:8]}-{i}"       # the helper makes the case each line names
        lines.append({"roll_id": rid, "seq": i, "application_id": f"a-{tag}",
                      "household_id": f"h-{tag}", "village_code": village,
                      "name": f"户主{i}", "id_number": person_id(i), "persons": 1,
                      "bank_name": "丽水农商银行", "account_no": f"62170000000000{i:05d}",
                      "kind": kind, "for_month": "2026-11" if kind == "offset" else "2026-12",
                      "amount_fen": fen, "status": "pending", "failure_reason": "",
                      "reissue_of": None})
    t = pr.village_totals(lines)[village]
    roll = {"township_code": township, "month": "2026-12", "type": "dibao", "state": "draft",
            "line_count": len(lines), "total_fen": t.total_fen,
            "by_village": {village: {"lines": t.lines, "total_fen": t.total_fen, "paid_fen": 0,
                                     "failed_fen": 0, "offset_fen": t.offset_fen}},
            "lines_digest": pr.lines_digest(lines)}
    return roll, {new_id(): ln for ln in lines}


def push_roll(client, rid, roll, lines) -> dict:
    """The draft and its lines, then the sign-off (as the desktop queues them)."""
    res = client.push([rec("payroll_roll", rid, client.site, roll)]
                      + [rec("payroll_line", lid, client.site, ln) for lid, ln in lines.items()]
                      + [rec("payroll_roll", rid, client.site, {**roll, "state": "signed_off"},
                             version=2, base=1)])
    return res


def test_a_township_cannot_approve_its_own_payment_roll(sites, store):
    t1, county = sites(T1), sites(LIANDU)
    rid = new_id()
    roll, lines = roll_lines(rid, T1)
    digest = roll["lines_digest"]
    assert statuses(push_roll(t1, rid, roll, lines)) == ["applied"] * 5
    roll = {**roll, "state": "signed_off"}
    r = t1.push([rec("payroll_roll", rid, T1, {**roll, "state": "approved"}, version=3,
                     base=2)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "state" and "no approval of county" \
        in r["reason"]
    approval = {"roll_id": rid, "township_code": T1, "month": "2026-12", "type": "dibao",
                "total_fen": 363000, "lines_digest": digest, "approved_by": "审批人乙",
                "approved_at": "2026-12-01T10:00:00+08:00"}
    assert statuses(county.push([rec("payroll_approval", new_id(), LIANDU, approval)])) \
        == ["applied"]
    # Approved with other lines than the county saw: still refused; as approved: applied.
    r = t1.push([rec("payroll_roll", rid, T1, {**roll, "state": "approved", "total_fen": 999},
                     version=3, base=2)])["results"][0]
    assert r["status"] == "refused"
    res = t1.push([rec("payroll_roll", rid, T1, {**roll, "state": "approved"}, version=3,
                       base=2)])
    assert statuses(res) == ["applied"]
    # Frozen: of a line only the bank's answer changes; no line comes or goes.
    (lid, ln), *_ = lines.items()
    r = t1.push([rec("payroll_line", lid, T1, {**ln, "amount_fen": 1}, version=2)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "roll_id" and "frozen" in r["reason"], r
    r = t1.push([rec("payroll_line", lid, T1, ln, version=2, deleted=True)])["results"][0]
    assert r["status"] == "refused" and "frozen" in r["reason"]
    extra = roll_lines(rid, T1, amounts=(5000,))[1]
    r = t1.push([rec("payroll_line", k, T1, {**v, "seq": 9}) for k, v in extra.items()])
    assert statuses(r) == ["refused"]
    res = t1.push([rec("payroll_line", lid, T1, {**ln, "status": "failed",
                                                 "failure_reason": "账户已销户"}, version=2)])
    assert statuses(res) == ["applied"]


def test_a_payroll_line_belongs_to_a_roll_of_its_own_site(sites, store):
    t1, t2 = sites(T1), sites(T2)
    rid = new_id()
    roll, _lines = roll_lines(rid, T1)
    assert statuses(t1.push([rec("payroll_roll", rid, T1, roll)])) == ["applied"]
    lid, ln = next(iter(roll_lines(rid, T2)[1].items()))
    r = t2.push([rec("payroll_line", lid, T2, ln)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "roll_id" and f"site {T1}" in r["reason"], r
    lid, ln = next(iter(roll_lines(rid, T1)[1].items()))
    r = t1.push([rec("payroll_line", lid, T1, {**ln, "roll_id": new_id()})])["results"][0]
    assert r["status"] == "refused" and "not on the server" in r["reason"]
    r = t1.push([rec("payroll_line", lid, T1, {**ln, "amount_fen": 12.5})])["results"][0]
    assert r["status"] == "refused" and r["field"] == "amount_fen"
    assert held(store, lid) is None


def test_a_signed_off_roll_has_its_lines_and_they_stay(sites, store):
    t1 = sites(T1)
    rid = new_id()
    roll, lines = roll_lines(rid, T1, amounts=(121000, 99000, -30000))
    first, *rest = lines.items()
    # A line missing: the header does not add up, and says what differs.
    res = t1.push([rec("payroll_roll", rid, T1, roll)]
                  + [rec("payroll_line", k, T1, v) for k, v in rest]
                  + [rec("payroll_roll", rid, T1, {**roll, "state": "signed_off"}, version=2)])
    assert statuses(res) == ["applied", "applied", "applied", "refused"]
    r = res["results"][-1]
    assert r["field"] == "line_count" and "2 lines of the roll are held" in r["reason"], r
    # A line of another amount: the total; another village in the header: by_village.
    t1.push([rec("payroll_line", first[0], T1, {**first[1], "amount_fen": 120000})])
    r = t1.push([rec("payroll_roll", rid, T1, {**roll, "state": "signed_off"}, version=2)])
    assert r["results"][0]["field"] == "total_fen", r
    t1.push([rec("payroll_line", first[0], T1, first[1], version=2)])
    v = next(iter(roll["by_village"]))
    wrong = {**roll, "state": "signed_off",
             "by_village": {v: {**roll["by_village"][v], "lines": 2},
                            T1 + "202": {"lines": 1, "total_fen": 0}}}
    r = t1.push([rec("payroll_roll", rid, T1, wrong, version=2)])["results"][0]
    assert r["status"] == "refused" and r["field"] == "by_village", r
    assert statuses(t1.push([rec("payroll_roll", rid, T1, {**roll, "state": "signed_off"},
                                 version=2)])) == ["applied"]
    # Signed off: no line changes, comes or goes (the sign-off is withdrawn first).
    r = t1.push([rec("payroll_line", first[0], T1, {**first[1], "name": "别人"}, version=3)])
    assert r["results"][0]["status"] == "refused" and "signed off" in r["results"][0]["reason"]
    r = t1.push([rec("payroll_line", first[0], T1, first[1], version=3, deleted=True)])
    assert statuses(r) == ["refused"]
    assert statuses(t1.push([rec("payroll_roll", rid, T1, roll, version=3)])) == ["applied"]
    assert statuses(t1.push([rec("payroll_line", first[0], T1, first[1], version=3,
                                 deleted=True)])) == ["applied"]
