"""City server throughput: push and pull through the HTTP API against a bare
baseline measured in the same run on the same database.

    python bench/hq.py [--records 100000] [--batch 500] [--backends sqlite,postgres]

For each backend: a fresh database, a real `lishui-hq serve` process on
loopback, one township pushing N records (each with its audit entry) in
batches, and its county pulling them all back in pages. The baselines write
the same rows (record, record_version, audit_entry) with SQLAlchemy Core
executemany, one transaction per batch, and read them back with the same
keyset query, with no HTTP, no JSON, no checks. Prints a table; the figures
also go to bench/out/hq.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "hq"))

import httpx  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from hq_helpers import Chain, PgDatabase, Server, pg_available  # noqa: E402
from lishui_hq import models as m  # noqa: E402
from lishui_hq.store import Store, record_digest  # noqa: E402

TOWNSHIP, COUNTY = "331102001", "331102"
BASE_TOWNSHIP = "331102002"     # the baseline's rows, kept apart from the API's


def make_records(n: int, site: str) -> list[dict]:
    return [{"entity": "member", "id": str(uuid.uuid4()), "version": 1, "base_version": 0,
             "site_code": site, "deleted": False,
             "payload": {"household_id": str(uuid.uuid4()), "name": f"成员{i}",
                         "id_number": "33110219800101" + f"{i % 10000:04d}",
                         "relation": "子女", "birth": "1980-01-01", "health": "健康",
                         "income_fen": 150000 + i % 1000, "occupation": "务农",
                         "disability": None}}
            for i in range(n)]


def bench_backend(name: str, url: str, n: int, per_batch: int, logdir: Path) -> dict:
    store = Store(url, migrate_now=True)
    token = store.add_site(TOWNSHIP, "township")
    county_token = store.add_site(COUNTY, "county")
    store.add_site(BASE_TOWNSHIP, "township")
    records = make_records(n, TOWNSHIP)
    chain = Chain(TOWNSHIP)
    bodies = []
    for i in range(0, n, per_batch):
        part = records[i:i + per_batch]
        audit = [chain.add("record.save", r["entity"], r["id"]) for r in part]
        bodies.append(json.dumps({"protocol": 1, "batch_id": str(uuid.uuid4()),
                                  "site_code": TOWNSHIP, "records": part, "audit": audit},
                                 ensure_ascii=False).encode())
    out: dict = {"backend": name, "records": n, "batch": per_batch,
                 "mb_sent": round(sum(map(len, bodies)) / 2**20, 1)}

    # Baseline: the same rows straight into the same database.
    base = make_records(n, BASE_TOWNSHIP)
    bchain = Chain(BASE_TOWNSHIP)
    cursor = [store.db.engine.connect().execute(select(m.hq_state.c.last_cursor)).scalar_one()
              + 10_000_000]
    at = datetime.now(timezone.utc)
    prepared = []      # built before the clock starts: the baseline times only the writes
    for i in range(0, n, per_batch):
        part = base[i:i + per_batch]
        rows, hist, aud = [], [], []
        for r in part:
            cursor[0] += 1
            d = record_digest(r["payload"], False)
            rows.append({"id": r["id"], "entity": r["entity"], "version": 1,
                         "site_code": BASE_TOWNSHIP, "payload": r["payload"], "digest": d,
                         "deleted": False, "cursor": cursor[0], "is_reference": False,
                         "township_code": BASE_TOWNSHIP, "county_code": COUNTY,
                         "written_by": BASE_TOWNSHIP, "app_type": None, "app_state": None,
                         "batch_id": None, "updated_at": at})
            hist.append({"id": r["id"], "entity": r["entity"], "version": 1, "digest": d,
                         "sent_by": BASE_TOWNSHIP, "batch_id": None, "at": at})
            e = bchain.add("record.save", r["entity"], r["id"])
            aud.append({"site_code": BASE_TOWNSHIP, "seq": e["seq"], "entry_id": e["id"],
                        "at": e["at"], "user": e["user"], "event": e["event"],
                        "entity": e["entity"], "entity_id": e["entity_id"],
                        "success": e["success"], "detail": e["detail"],
                        "prev_hash": e["prev_hash"], "hash": e["hash"], "batch_id": None,
                        "received_at": at})
        prepared.append((rows, hist, aud))
    t0 = time.perf_counter()
    for rows, hist, aud in prepared:
        with store.db.engine.begin() as conn:
            conn.execute(insert(m.record), rows)
            conn.execute(insert(m.record_version), hist)
            conn.execute(insert(m.audit_entry), aud)
    direct = time.perf_counter() - t0
    out["direct_insert_rps"] = round(n / direct)

    srv = Server(url, logdir / f"{name}.log", "--log-level", "warning", "--max-body",
                 str(64 * 2**20))
    try:
        with httpx.Client(base_url=srv.url, timeout=300,
                          headers={"Authorization": f"Bearer {token}",
                                   "Content-Type": "application/json"}) as http:
            t0 = time.perf_counter()
            for body in bodies:
                r = http.post("/api/v1/push", content=body)
                assert r.status_code == 200, r.text[:500]
            api = time.perf_counter() - t0
            res = r.json()
            assert res["audit_through"] == n, res["audit_through"]
            assert all(x["status"] == "applied" for x in res["results"])
        out["api_push_rps"] = round(n / api)
        out["push_ratio_api_to_direct"] = round((n / api) / (n / direct), 2)
        with store.db.engine.connect() as conn:
            held = conn.execute(select(m.record.c.id).where(
                m.record.c.site_code == TOWNSHIP)).scalars().all()
        assert sorted(held) == sorted(r["id"] for r in records)

        # Pull: the county reads both townships' rows (2 n) through the API in pages.
        for page in (1000, 5000):
            with httpx.Client(base_url=srv.url, timeout=300,
                              headers={"Authorization": f"Bearer {county_token}"}) as http:
                t0 = time.perf_counter()
                cur, got, digest = 0, 0, hashlib.sha256()
                while True:
                    p = http.get("/api/v1/pull", params={"cursor": cur, "limit": page}).json()
                    got += sum(1 for i in p["items"] if i["entity"] == "member")
                    cur = p["next_cursor"]
                    if not p["more"]:
                        break
                pulled = time.perf_counter() - t0
            assert got == 2 * n, got
            out[f"api_pull_rps_page{page}"] = round(got / pulled)

        # Pull baseline: the same keyset query straight from the database.
        r = m.record.c
        t0 = time.perf_counter()
        cur, got = 0, 0
        with store.db.engine.connect() as conn:
            while True:
                rows = conn.execute(
                    select(r.cursor, r.entity, r.id, r.version, r.site_code, r.payload, r.deleted)
                    .where(r.cursor > cur, (r.county_code == COUNTY) | r.is_reference.is_(True))
                    .order_by(r.cursor).limit(1000)).all()
                if not rows:
                    break
                got += sum(1 for x in rows if x.entity == "member")
                cur = rows[-1].cursor
        direct_pull = time.perf_counter() - t0
        assert got == 2 * n
        out["direct_select_rps_page1000"] = round(got / direct_pull)
        out["pull_ratio_api_to_direct"] = round(out["api_pull_rps_page1000"]
                                                / out["direct_select_rps_page1000"], 2)
    finally:
        srv.stop()
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--backends", default="sqlite,postgres")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="hq-bench-") as tmp:
        tmpdir = Path(tmp)
        for name in args.backends.split(","):
            if name == "sqlite":
                url = f"sqlite:///{tmpdir / 'bench.sqlite3'}"
                results.append(bench_backend(name, url, args.records, args.batch, tmpdir))
            elif name == "postgres":
                if not pg_available():
                    print("postgres: not reachable at 127.0.0.1:5432, skipped")
                    continue
                db = PgDatabase()
                try:
                    results.append(bench_backend(name, db.url, args.records, args.batch, tmpdir))
                finally:
                    db.drop()
            print(json.dumps(results[-1]), flush=True)
    print()
    print(f"{'backend':<9} {'push API r/s':>12} {'direct r/s':>11} {'ratio':>6} "
          f"{'pull API r/s (1000)':>20} {'(5000)':>8} {'direct r/s':>11} {'ratio':>6}")
    for r in results:
        print(f"{r['backend']:<9} {r['api_push_rps']:>12,} {r['direct_insert_rps']:>11,} "
              f"{r['push_ratio_api_to_direct']:>6} {r['api_pull_rps_page1000']:>20,} "
              f"{r['api_pull_rps_page5000']:>8,} {r['direct_select_rps_page1000']:>11,} "
              f"{r['pull_ratio_api_to_direct']:>6}")
    outdir = ROOT / "bench" / "out"
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "hq.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    sys.exit(main())
