"""50 township sites pushing at once while every county pulls: nothing lost,
nothing duplicated, and pulls that run during the pushes miss nothing."""
from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from hq_helpers import Client, batch, new_id, rec, statuses
from lishui_hq import models as m
from lishui_hq import regions

SITES = 50
BATCHES = 3
PER_BATCH = 20


def test_fifty_sites_push_at_once(server, store):
    townships = sorted(regions.TOWNSHIPS)[::3][:SITES]
    assert len(townships) == SITES
    clients = [Client(server, t, store.add_site(t, "township")) for t in townships]
    counties = sorted({t[:6] for t in townships})
    pullers = [Client(server, c, store.add_site(c, "county")) for c in counties]
    sent: dict[str, list[str]] = {t: [] for t in townships}
    start = threading.Barrier(SITES + len(pullers))
    done = threading.Event()
    pulled: dict[str, list[str]] = {c: [] for c in counties}

    def push_all(c: Client) -> None:
        start.wait()
        for b in range(BATCHES):
            records = [rec("household", new_id(), c.site, {"b": b, "k": k})
                       for k in range(PER_BATCH)]
            entries = [c.chain.add("record.save", "household", r["id"]) for r in records]
            body = batch(c.site, records, entries)
            r = c.push_raw(body)
            assert r.status_code == 200, r.text
            assert statuses(r.json()) == ["applied"] * PER_BATCH
            sent[c.site] += [x["id"] for x in records]
            if b == 1:   # the answer was "lost": the desktop sends the batch again
                again = c.push_raw(body)
                assert again.json() == r.json()

    def pull_while_pushing(c: Client) -> None:
        start.wait()
        cursor = 0
        while True:
            last_round = done.is_set()
            items, cursor = c.pull_all(cursor, limit=50)
            pulled[c.site] += [i["id"] for i in items if i["entity"] == "household"]
            if last_round:
                return

    with ThreadPoolExecutor(SITES + len(pullers)) as pool:
        pulls = [pool.submit(pull_while_pushing, p) for p in pullers]
        pushes = [pool.submit(push_all, c) for c in clients]
        for f in pushes:
            f.result()
        done.set()
        for f in pulls:
            f.result()

    all_sent = [i for ids in sent.values() for i in ids]
    assert len(all_sent) == SITES * BATCHES * PER_BATCH == len(set(all_sent))
    with store.db.read() as conn:
        rows = conn.execute(select(m.record.c.id, m.record.c.site_code)
                            .where(m.record.c.entity == "household")).all()
        per_site_audit = dict(conn.execute(select(m.audit_entry.c.site_code, func.count())
                                           .group_by(m.audit_entry.c.site_code)).all())
        batches = conn.execute(select(func.count()).select_from(m.batch)).scalar_one()
        versions = conn.execute(select(func.count()).select_from(m.record_version)
                                .where(m.record_version.c.entity == "household")).scalar_one()
        cursors = conn.execute(select(m.record.c.cursor)).scalars().all()
    assert sorted(r.id for r in rows) == sorted(all_sent)
    for t in townships:
        assert sorted(r.id for r in rows if r.site_code == t) == sorted(sent[t])
        assert per_site_audit[t] == BATCHES * PER_BATCH
    assert batches == SITES * BATCHES
    assert versions == len(all_sent)
    assert len(cursors) == len(set(cursors))
    assert all(s["audit_seq"] == BATCHES * PER_BATCH
               for s in store.list_sites() if s["code"] in sent)
    # Every county saw each of its townships' records exactly once, although
    # it pulled while the pushes were committing.
    for county in counties:
        expected = sorted(i for t, ids in sent.items() if t[:6] == county for i in ids)
        got = Counter(pulled[county])
        assert sorted(got) == expected
        assert set(got.values()) == {1}
    assert [v["ok"] for v in store.verify_audit()] == [True] * (SITES + len(counties))
    for c in clients + pullers:
        c.close()
