"""Sync on loopback: push 10,000 changes, pull 10,000, and a sync with nothing to do.

Usage: python bench/sync.py [--changes 10000]

A real `lishui-hq serve` (SQLite) on 127.0.0.1; a township demo database with
about N queued changes pushes them; a county desktop pulls them. Baseline in
the same run: the same records (id, entity, version, JSON payload) inserted
with bare sqlite3 executemany into one table. The no-op sync is timed over
repeated runs and its queries are checked with EXPLAIN QUERY PLAN for table
scans.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from lishui_desktop.services import setup, sync  # noqa: E402
from lishui_desktop.services.context import Context  # noqa: E402
from lishui_desktop.services.demo import make_demo  # noqa: E402
from lishui_desktop.store.migrate import open_database  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "lishui_hq.cli", "serve", "--db", url,
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            stdout=open(log, "wb"), stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


NOOP_QUERIES = [
    "SELECT * FROM outbox WHERE batch_id IS NULL ORDER BY seq LIMIT 500",
    "SELECT seq FROM audit_log WHERE pushed = 0 AND site_code = ? ORDER BY seq LIMIT 1",
    "SELECT value FROM settings WHERE key = 'sync.inflight'",
    "SELECT id FROM decisions WHERE applied = 0 AND township_code = ?",
    "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    args = parser.parse_args()
    households = max(10, round(args.changes / 7.9))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        from lishui_hq.store import Store
        hq_url = f"sqlite:///{tmp / 'hq.sqlite3'}"
        store = Store(hq_url, migrate_now=True)
        town_token = store.add_site("331102100", "township")
        county_token = store.add_site("331102", "county")
        proc, base = start_server(hq_url, tmp / "hq.log")
        try:
            make_demo(tmp / "town.sqlite3", site_code="331102100", households=households, seed=5)
            db = open_database(tmp / "town.sqlite3")
            ctx = Context(db, setup.site_info(db))
            sync.configure(ctx, base, town_token)
            queued = sqlite3.connect(tmp / "town.sqlite3").execute(
                "SELECT count(*) FROM outbox").fetchone()[0]
            t0 = time.perf_counter()
            report = sync.sync_once(ctx, batch_size=500)
            push_s = time.perf_counter() - t0
            sent = sum(report.pushed.values())

            cdb = open_database(tmp / "county.sqlite3")
            cctx = setup.initialize(cdb, setup.SetupForm("331102", "admin", "Admin12345"))
            sync.configure(cctx, base, county_token)
            t0 = time.perf_counter()
            creport = sync.sync_once(cctx, page_size=500)
            pull_s = time.perf_counter() - t0
            received = creport.pulled["records"]

            sync.sync_once(ctx)   # takes in what the county's registration changed
            noop = []
            for _ in range(20):
                t0 = time.perf_counter()
                r = sync.sync_once(ctx)
                noop.append((time.perf_counter() - t0) * 1000)
                assert r.batches == 0
            conn = sqlite3.connect(tmp / "town.sqlite3")
            scans = []
            for q in NOOP_QUERIES:
                plan = conn.execute("EXPLAIN QUERY PLAN " + q,
                                    ("331102100",) * q.count("?")).fetchall()
                scans += [f"{q} -> {p[3]}" for p in plan if p[3].startswith("SCAN")
                          and "USING" not in p[3]]

            payloads = [(f"{i:036d}", "member", 1, json.dumps({"name": "张三", "x": "y" * 200}))
                        for i in range(sent)]
            base_db = sqlite3.connect(tmp / "bare.sqlite3")
            base_db.execute("CREATE TABLE r (id TEXT, entity TEXT, version INT, payload TEXT,"
                            " PRIMARY KEY (id, entity))")
            t0 = time.perf_counter()
            base_db.executemany("INSERT INTO r VALUES (?,?,?,?)", payloads)
            base_db.commit()
            bare_s = time.perf_counter() - t0
        finally:
            proc.terminate()
            proc.wait()

    print(f"sync on loopback (SQLite city server), {os.cpu_count()} cores")
    print(f"  push: {sent:,} changes ({queued:,} queued) in {report.batches} batches: {push_s:.2f} s "
          f"= {sent / push_s:,.0f} changes/s")
    print(f"  pull: {received:,} records in {creport.pages} pages: {pull_s:.2f} s "
          f"= {received / pull_s:,.0f} records/s")
    print(f"  baseline, bare sqlite3 insert of {sent:,} rows: {bare_s:.3f} s "
          f"= {sent / bare_s:,.0f} rows/s")
    print(f"  ratio push / bare: {push_s / bare_s:.1f}x, pull / bare: {pull_s / bare_s:.1f}x")
    print(f"  sync with nothing to do: median {statistics.median(noop):.1f} ms, "
          f"max {max(noop):.1f} ms over {len(noop)} runs (aim < 100 ms)")
    print("  full-table scans in the no-op queries: " + ("none" if not scans else "; ".join(scans)))


if __name__ == "__main__":
    main()
