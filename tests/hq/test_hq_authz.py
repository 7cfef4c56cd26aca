"""Every authorization rule, each refused with its reason, against a real server."""
from __future__ import annotations

import base64
import os

import httpx
from sqlalchemy import func, select

from hq_helpers import app_payload, batch, decision_payload, new_id, rec, statuses
from lishui_hq import models as m

LIANDU, QINGTIAN = "331102", "331121"
T1, T2 = "331102102", "331102103"           # 莲都区
QT1 = "331121001"                           # 青田县


def only(result: dict) -> dict:
    (r,) = result["results"]
    return r


def held(store, rid):
    with store.db.read() as conn:
        return conn.execute(select(m.record.c.version, m.record.c.site_code)
                            .where(m.record.c.id == rid)).first()


def awaiting_app(client, type_="dibao"):
    aid = new_id()
    assert statuses(client.push([rec("application", aid, client.site,
                                     app_payload(client.site, "awaiting_decision", type_))])) == ["applied"]
    return aid


def test_township_writes_only_its_own_records(sites, store):
    t1, t2 = sites(T1), sites(T2)
    r = only(t1.push([rec("household", new_id(), T2)]))
    assert r["status"] == "refused" and "owned by site 331102103" in r["reason"]
    # Claiming the record as its own does not let it take over another's id.
    hid = new_id()
    assert statuses(t2.push([rec("household", hid, T2)])) == ["applied"]
    r = only(t1.push([rec("household", hid, T1, {"x": 1}, version=2)]))
    assert r["status"] == "refused" and "belongs to site 331102103" in r["reason"]
    assert tuple(held(store, hid)) == (1, T2)
    # An application must name the township that writes it.
    r = only(t1.push([rec("application", new_id(), T1, app_payload(T2))]))
    assert r["status"] == "refused" and "township_code" in r["reason"]
    r = only(t1.push([rec("application", new_id(), T1, {"household_id": "h", "type": "xx",
                                                           "state": "submitted",
                                                           "township_code": T1})]))
    assert r["status"] == "refused" and "payload.type" in r["reason"]


def test_nobody_writes_reference_data(sites, store):
    for code in (T1, LIANDU):
        c = sites(code)
        for entity in ("standard", "holiday", "approval_level", "village", "site"):
            r = only(c.push([rec(entity, f"{entity}-{new_id()}", code)]))
            assert r["status"] == "refused", (code, entity)
            assert "written by the city only" in r["reason"]
    # Not even when the record claims to be the city's.
    r = only(sites(T1).push([rec("standard", "331102:2030-01-01", "331100")]))
    assert r["status"] == "refused"


def test_site_key_only_for_itself(sites, store):
    c = sites(T1)
    key = base64.b64encode(os.urandom(32)).decode()
    r = only(c.push([rec("site_key", T2, T1, {"site_code": T2, "public_key": key})]))
    assert r["status"] == "refused" and "site_key" in r["reason"]
    r = only(c.push([rec("site_key", T1, T1, {"site_code": T1, "public_key": "not base64!"})]))
    assert r["status"] == "refused" and "public_key" in r["reason"]
    resp = c.http.post("/api/v1/site-key", json={"public_key": key})
    assert resp.status_code == 200 and resp.json()["site_code"] == T1
    bad = c.http.post("/api/v1/site-key", json={"public_key": base64.b64encode(b"short").decode()})
    assert bad.status_code == 422 and "32-byte" in bad.json()["message"]
    # Handed down to every site as reference data.
    items, _ = sites(QT1).pull_all()
    assert any(i["entity"] == "site_key" and i["id"] == T1 and i["payload"]["public_key"] == key
               for i in items)


def test_county_writes_only_decisions(sites):
    county = sites(LIANDU)
    for entity in ("household", "application", "visit", "notice", "case_event"):
        r = only(county.push([rec(entity, new_id(), LIANDU, app_payload(T1))]))
        assert r["status"] == "refused" and "a county writes only decisions" in r["reason"]


def test_county_decides_only_for_its_townships_and_waiting_cases(sites, store):
    t1, qt1 = sites(T1), sites(QT1)
    liandu, qingtian = sites(LIANDU), sites(QINGTIAN)
    aid = awaiting_app(t1)
    # Another county.
    r = only(qingtian.push([rec("decision", new_id(), QINGTIAN, decision_payload(aid, T1))]))
    assert r["status"] == "refused" and "only for its own townships" in r["reason"]
    # A decision owned by another site than the token's.
    r = only(qingtian.push([rec("decision", new_id(), LIANDU, decision_payload(aid, T1))]))
    assert r["status"] == "refused" and "owned by site 331102" in r["reason"]
    # A township cannot decide when the county decides.
    r = only(t1.push([rec("decision", new_id(), T1, decision_payload(aid, T1))]))
    assert r["status"] == "refused" and "made by the county" in r["reason"]
    # A case that is not waiting for the county.
    early = new_id()
    t1.push([rec("application", early, T1, app_payload(T1, "investigating"))])
    r = only(liandu.push([rec("decision", new_id(), LIANDU, decision_payload(early, T1))]))
    assert r["status"] == "refused" and "'investigating', not 'awaiting_decision'" in r["reason"]
    # An application the server does not have, or that is another township's.
    r = only(liandu.push([rec("decision", new_id(), LIANDU, decision_payload(new_id(), T1))]))
    assert r["status"] == "refused" and "not on the server" in r["reason"]
    r = only(liandu.push([rec("decision", new_id(), LIANDU, decision_payload(aid, T2))]))
    assert r["status"] == "refused" and "belongs to township 331102102" in r["reason"]
    # A malformed decision names the field.
    bad = decision_payload(aid, T1, outcome="refused")
    bad["reasons"] = []
    r = only(liandu.push([rec("decision", new_id(), LIANDU, bad)]))
    assert r["status"] == "refused" and "reasons" in r["reason"]
    # The right county on a waiting case: applied, and the township pulls it.
    did = new_id()
    assert statuses(liandu.push([rec("decision", did, LIANDU, decision_payload(aid, T1))])) == ["applied"]
    items, _ = t1.pull_all()
    assert [i["id"] for i in items if i["entity"] == "decision"] == [did]
    assert not any(i["entity"] == "decision" for i in qt1.pull_all()[0])
    with store.db.read() as conn:
        n = conn.execute(select(func.count()).select_from(m.record)
                         .where(m.record.c.entity == "decision")).scalar_one()
    assert n == 1


def test_delegated_type_is_decided_by_the_township(sites, store):
    t1, t2 = sites(T1), sites(T2)
    from lishui_hq.store import approval_level_items
    store.put_reference("approval_level", approval_level_items(LIANDU, ["linshi"], "township"))
    aid = awaiting_app(t1, "linshi")
    r = only(t2.push([rec("decision", new_id(), T2, decision_payload(aid, T1, type_="linshi"))]))
    assert r["status"] == "refused" and "cannot decide" in r["reason"]
    res = t1.push([rec("decision", new_id(), T1, decision_payload(aid, T1, type_="linshi"))])
    assert statuses(res) == ["applied"]
    # The county keeps the right to decide a delegated type.
    aid2 = awaiting_app(t1, "linshi")
    res = sites(LIANDU).push([rec("decision", new_id(), LIANDU,
                                  decision_payload(aid2, T1, type_="linshi"))])
    assert statuses(res) == ["applied"]


def test_pull_visibility(sites):
    t1, t2, qt1 = sites(T1), sites(T2), sites(QT1)
    liandu, qingtian = sites(LIANDU), sites(QINGTIAN)
    hid = new_id()
    t1.push([rec("household", hid, T1)])
    seen = {code: {i["id"] for i in c.pull_all()[0]} for code, c in
            (("t1", t1), ("t2", t2), ("qt1", qt1), ("liandu", liandu), ("qingtian", qingtian))}
    assert hid in seen["liandu"]
    assert hid not in seen["t1"] | seen["t2"] | seen["qt1"] | seen["qingtian"]
    # Every site sees the reference list of sites.
    for ids in seen.values():
        assert {T1, LIANDU} <= ids


def test_batch_for_another_site_is_forbidden(sites):
    r = sites(T1).push_raw(batch(T2, [rec("household", new_id(), T2)]))
    assert r.status_code == 403
    assert r.json()["error"] == "forbidden" and "token belongs to site 331102102" in r.json()["message"]


def test_unknown_and_revoked_tokens(sites, store, server):
    url = server.url + "/api/v1/push"
    body = batch(T1, [])
    r = httpx.post(url, json=body)
    assert r.status_code == 401 and "Authorization: Bearer" in r.json()["message"]
    assert r.headers["www-authenticate"] == "Bearer"
    r = httpx.post(url, json=body, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and "not recognised" in r.json()["message"]
    c = sites("331102007")
    assert c.http.get("/api/v1/whoami").json()["site_code"] == "331102007"
    store.revoke_site("331102007")
    r = c.http.get("/api/v1/pull")
    assert r.status_code == 401 and "revoked" in r.json()["message"]
    token = store.rotate_token("331102007")
    r = httpx.get(server.url + "/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
