"""Push and pull against a real server: idempotence, conflicts, the audit chain,
and a batch that fails half-way."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select, text

from hq_helpers import app_payload, batch, member_payload, new_id, rec, statuses
from lishui_hq import models as m

T1, T2 = "331102001", "331102002"     # 莲都区 townships


def count(store, table, *where) -> int:
    with store.db.read() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_resent_batch_gets_the_same_answer_and_changes_nothing(sites, store):
    c = sites(T1)
    hh, app = new_id(), new_id()
    records = [rec("household", hh, T1, {"head": "张三", "size": 3}),
               rec("application", app, T1, app_payload(T1, household=hh))]
    body = batch(T1, records, [c.chain.add("record.save", r["entity"], r["id"]) for r in records])
    first = c.push_raw(body)
    assert first.status_code == 200
    assert statuses(first.json()) == ["applied", "applied"]
    assert first.json()["audit_through"] == c.chain.seq
    before = {t.name: count(store, t) for t in (m.record, m.record_version, m.audit_entry,
                                                m.batch, m.conflict)}
    with store.db.read() as conn:
        cursor_before = conn.execute(select(m.hq_state.c.last_cursor)).scalar_one()

    again = c.push_raw(body)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert {t.name: count(store, t) for t in (m.record, m.record_version, m.audit_entry,
                                              m.batch, m.conflict)} == before
    with store.db.read() as conn:
        assert conn.execute(select(m.hq_state.c.last_cursor)).scalar_one() == cursor_before

    # The same records in a new batch (the desktop lost the answer and rebuilt
    # its batch) are duplicates, not conflicts.
    rebuilt = c.push(records, audit=False)
    assert statuses(rebuilt) == ["duplicate", "duplicate"]
    assert rebuilt["results"][0]["server_version"] == 1


def test_batch_id_reused_for_other_content_is_refused(sites):
    c = sites(T1)
    body = batch(T1, [rec("household", new_id(), T1)])
    assert c.push_raw(body).status_code == 200
    body["records"][0]["payload"] = {"n": 2}
    r = c.push_raw(body)
    assert r.status_code == 409
    assert r.json()["error"] == "batch_id_reused"
    assert "new batch id" in r.json()["message"]


def test_conflict_is_answered_with_the_servers_version_and_both_are_kept(sites, store):
    c = sites(T1)
    hid = new_id()
    assert statuses(c.push([rec("household", hid, T1, {"head": "李四", "size": 2})])) == ["applied"]
    assert statuses(c.push([rec("household", hid, T1, {"head": "李四", "size": 3},
                                version=2)])) == ["applied"]
    # A second desktop (or a restored backup) edited version 1 meanwhile.
    res = c.push([rec("household", hid, T1, {"head": "李四", "size": 5}, version=2, base=1)])
    (r,) = res["results"]
    assert r["status"] == "conflict"
    assert r["server_version"] == 2 and r["server_payload"] == {"head": "李四", "size": 3}
    assert "version 2" in r["reason"]
    with store.db.read() as conn:
        held = conn.execute(select(m.record.c.version, m.record.c.payload)
                            .where(m.record.c.id == hid)).one()
        kept = conn.execute(select(m.conflict).where(m.conflict.c.record_id == hid)).all()
    assert (held.version, held.payload) == (2, {"head": "李四", "size": 3})
    assert len(kept) == 1 and kept[0].payload == {"head": "李四", "size": 5}
    assert kept[0].server_version == 2 and kept[0].resolved_at is None
    assert [s for s in store.list_sites() if s["code"] == T1][0]["pending_conflicts"] >= 1

    # A person chose on the desktop: the merged version 3 is made on version 2.
    assert statuses(c.push([rec("household", hid, T1, {"head": "李四", "size": 4},
                                version=3, base=2)])) == ["applied"]
    with store.db.read() as conn:
        assert conn.execute(select(m.conflict.c.resolved_at)
                            .where(m.conflict.c.record_id == hid)).scalar_one() is not None
    # An old version resent as it was is a duplicate, not a conflict.
    assert statuses(c.push([rec("household", hid, T1, {"head": "李四", "size": 3},
                                version=2)])) == ["duplicate"]
    # A change based on a version the server never had is a conflict too.
    res = c.push([rec("household", new_id(), T1, version=4, base=3)])
    assert statuses(res) == ["conflict"] and res["results"][0]["server_version"] is None


def test_records_of_one_batch_apply_in_order(sites, store):
    c = sites(T1)
    aid = new_id()
    res = c.push([rec("application", aid, T1, app_payload(T1, "submitted")),
                  rec("application", aid, T1, app_payload(T1, "accepted"), version=2),
                  rec("application", aid, T1, app_payload(T1, "investigating"), version=3)])
    assert statuses(res) == ["applied"] * 3
    with store.db.read() as conn:
        row = conn.execute(select(m.record.c.version, m.record.c.app_state)
                           .where(m.record.c.id == aid)).one()
        hist = conn.execute(select(m.record_version.c.version)
                            .where(m.record_version.c.id == aid)).scalars().all()
    assert tuple(row) == (3, "investigating")
    assert sorted(hist) == [1, 2, 3]


def test_edited_audit_entry_refuses_the_whole_batch(sites, store):
    c = sites(T2)
    hid = new_id()
    assert statuses(c.push([rec("household", hid, T2)])) == ["applied"]
    held = c.chain.seq
    # Someone alters an entry the server already holds and resends it.
    tampered = dict(c.chain.entries[0], user="someone else")
    new = rec("household", new_id(), T2)
    r = c.push_raw(batch(T2, [new], [tampered, c.chain.add("record.save", "household", new["id"])]))
    assert r.status_code == 409
    body = r.json()
    assert body["error"] == "audit_chain_broken"
    assert body["seq"] == 1 and body["entry_id"] == tampered["id"]
    assert body["audit_through"] == held and "nothing in it was applied" in body["message"]
    assert count(store, m.record, m.record.c.id == new["id"]) == 0
    assert count(store, m.audit_entry, m.audit_entry.c.site_code == T2) == held

    # Entries the server holds, resent unchanged, are fine.
    ok = c.push_raw(batch(T2, [new], c.chain.entries))
    assert ok.status_code == 200 and statuses(ok.json()) == ["applied"]
    assert ok.json()["audit_through"] == c.chain.seq


@pytest.mark.parametrize("how", ["missing", "edited", "rehashed"])
def test_broken_new_entries_are_refused(sites, store, how):
    c = sites(T2)
    start = c.chain.seq
    e1 = c.chain.add()
    e2 = c.chain.add()
    e3 = c.chain.add()
    if how == "missing":          # e2 removed from history
        sent, bad = [e1, e3], e3
    elif how == "edited":         # e2 altered, hash left as it was
        bad = dict(e2, event="record.delete")
        sent = [e1, bad, e3]
    else:                          # e2 altered and its hash recomputed: e3 no longer links
        from lishui_desktop.domain.auditchain import entry_hash
        b = dict(e2, event="record.delete")
        b["hash"] = entry_hash(b)
        sent, bad = [e1, b, e3], e3
    rid = new_id()
    r = c.push_raw(batch(T2, [rec("household", rid, T2)], sent))
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["entry_id"] == bad["id"]
    assert body["reason"] in {"missing": ("gap",), "edited": ("hash",),
                              "rehashed": ("link",)}[how]
    assert count(store, m.record, m.record.c.id == rid) == 0
    assert count(store, m.audit_entry, m.audit_entry.c.site_code == T2) == start
    # The unbroken chain still goes in.
    ok = c.push_raw(batch(T2, [rec("household", rid, T2)], [e1, e2, e3]))
    assert ok.status_code == 200 and ok.json()["audit_through"] == start + 3


def test_batch_failing_half_way_applies_nothing(sites, store, db_url):
    """A database error on the 3rd of 5 records (a trigger refuses it) rolls the batch back."""
    c = sites("331102003")
    engine = create_engine(db_url)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("CREATE TRIGGER boom BEFORE INSERT ON record "
                              "WHEN NEW.id LIKE 'boom-%' BEGIN SELECT RAISE(ABORT, 'boom'); END"))
        else:
            conn.execute(text("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN "
                              "IF NEW.id LIKE 'boom-%' THEN RAISE EXCEPTION 'boom'; END IF; "
                              "RETURN NEW; END $$ LANGUAGE plpgsql"))
            conn.execute(text("CREATE TRIGGER boom BEFORE INSERT ON record FOR EACH ROW "
                              "EXECUTE FUNCTION boom()"))
    ids = [new_id(), new_id(), "boom-" + new_id(), new_id(), new_id()]
    records = [rec("household", i, c.site) for i in ids]
    entries = [c.chain.add("record.save", "household", i) for i in ids]
    body = batch(c.site, records, entries)
    tables = (m.record, m.record_version, m.audit_entry, m.batch, m.conflict)
    before = {t.name: count(store, t) for t in tables}
    try:
        r = c.push_raw(body)
        assert r.status_code == 500
        assert r.json()["error"] == "internal" and "applied nothing" in r.json()["message"]
        assert {t.name: count(store, t) for t in tables} == before
        assert [s["audit_seq"] for s in store.list_sites() if s["code"] == c.site] == [0]
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER boom" if conn.dialect.name == "sqlite"
                              else "DROP TRIGGER boom ON record"))
            if conn.dialect.name != "sqlite":
                conn.execute(text("DROP FUNCTION boom()"))
        engine.dispose()
    # Sent again once the fault is gone, every record is new: nothing was half-applied.
    r = c.push_raw(body)
    assert r.status_code == 200 and statuses(r.json()) == ["applied"] * 5
    assert r.json()["audit_through"] == 5


def test_pull_pages_through_everything_once(sites):
    t, county = sites("331102004"), sites("331102")
    ids = [new_id() for _ in range(23)]
    t.push([rec("member", i, t.site, member_payload(name=f"成员{k}", n=k)) for k, i in enumerate(ids)])
    items, cursor = county.pull_all(limit=7)
    got = [i["id"] for i in items if i["site_code"] == t.site and i["entity"] == "member"]
    assert sorted(got) == sorted(ids) and len(got) == len(set(got))
    cursors = [i["cursor"] for i in items]
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors)
    # Nothing new: an empty page that keeps the cursor.
    again, cursor2 = county.pull_all(cursor)
    assert again == [] and cursor2 == cursor
    # A change brings the record back, once, with its new version.
    t.push([rec("member", ids[0], t.site, member_payload(name="改名", n=0), version=2)])
    newer, _ = county.pull_all(cursor)
    assert [(i["id"], i["version"]) for i in newer] == [(ids[0], 2)]


def test_a_new_record_needs_an_audit_entry_naming_it(sites, store):
    c = sites("331102003")
    site = c.site
    lone, named, later, changed = new_id(), new_id(), new_id(), new_id()
    # One entry of a desktop action names all the records it made ("changes").
    c.chain.add("household.save", "household", named,
                {"changes": [["household", named, 1], ["household", changed, 1]]})
    body = batch(site, [rec("household", lone, site), rec("household", named, site),
                        rec("household", changed, site)], c.chain.entries[c.sent:])
    c.sent = len(c.chain.entries)
    res = c.push_raw(body).json()["results"]
    assert [x["status"] for x in res] == ["refused", "applied", "applied"], res
    assert res[0]["field"] == "version" and "no audit entry" in res[0]["reason"]
    assert count(store, m.record, m.record.c.id == lone) == 0
    # An entry that went in an earlier batch counts too (the city keeps how many name each).
    c.chain.add("household.save", "household", later)
    assert statuses(c.push([], audit=True)) == []
    body = batch(site, [rec("household", later, site), rec("household", lone, site)])
    assert statuses(c.push_raw(body).json()) == ["applied", "refused"]
    # A change to a held record steps one version: its entry may be anywhere in the log.
    body = batch(site, [rec("household", changed, site, version=2)])
    assert statuses(c.push_raw(body).json()) == ["applied"]
