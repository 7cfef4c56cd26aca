"""Sync on loopback: push 10,000 changes, pull 10,000, and a sync with nothing to do.

Usage: python bench/sync.py [--changes 10000]

A real `lishui-hq serve` (SQLite) on 127.0.0.1; a township demo database with
about N queued changes pushes them; a county desktop pulls them.

Baselines in the same run (what the desktop side is measured against):
- push: the city server applying the very same batches from a USB bundle of
  a copy of the township file (``lishui_hq.bundles.import_bundle`` in-process
  on a fresh city database): the server's own speed, no network, no desktop.
- pull: the server producing the same pages (``Store.pull_json`` in-process)
  plus bare executemany inserts of the same rows into a fresh desktop schema.
- bare sqlite3 executemany of the records into one table, for scale.

Bytes on the wire per change are counted by the client (bodies as sent), with
gzip and with compression off for the same batches. The no-op sync is timed
over repeated runs and its queries are checked with EXPLAIN QUERY PLAN for
table scans.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
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

from lishui_desktop.services import access, setup, sync  # noqa: E402
from lishui_desktop.services.demo import make_demo  # noqa: E402
from lishui_desktop.sync.client import HqClient  # noqa: E402


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
    parser.add_argument("--pull-runs", type=int, default=3, help="pulls (and baselines) to take the median of")
    args = parser.parse_args()
    households = max(10, round(args.changes / 7.9))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        from lishui_hq.store import Store
        hq_url = f"sqlite:///{tmp / 'hq.sqlite3'}"
        store = Store(hq_url, migrate_now=True)
        town_token = store.add_site("331102100", "township")
        county_token = store.add_site("331102", "county")
        # The same sites and tokens for the baseline's own city database.
        with sqlite3.connect(tmp / "hq.sqlite3") as src, \
                sqlite3.connect(tmp / "base_hq.sqlite3") as dst:
            src.backup(dst)
        proc, base = start_server(hq_url, tmp / "hq.log")
        try:
            os.environ.setdefault("LISHUI_KEY_DIR", str(tmp / "keys"))
            make_demo(tmp / "town.sqlite3", site_code="331102100", households=households, seed=5)
            # The database and its key file (the demo's file is encrypted).
            shutil.copy(tmp / "town.sqlite3", tmp / "copy.sqlite3")
            shutil.copy(tmp / "town.sqlite3.keys", tmp / "copy.sqlite3.keys")
            push_base_s, plain_bytes = _push_baseline(tmp, town_token)
            ctx = access.open_service(tmp / "town.sqlite3")
            sync.configure(ctx, base, town_token)
            queued = ctx.db.connect().execute("SELECT count(*) FROM outbox").fetchone()[0]
            t0 = time.perf_counter()
            report = sync.sync_once(ctx, batch_size=500)
            push_s = time.perf_counter() - t0
            sent = sum(report.pushed.values())

            cdb = access.create_database(tmp / "county.sqlite3")
            cctx = setup.initialize(cdb, setup.SetupForm("331102", "admin", "Admin12345"))
            sync.configure(cctx, base, county_token)
            cctx.db.dispose()
            # The pull is a second or so: a few runs, each from a copy of the same new county
            # desktop (the server is unchanged by a pull), and the baseline as often, so the
            # ratio is of medians and one hiccup of a shared machine does not make it.
            pulls, pull_bases = [], []
            for k in range(args.pull_runs):
                path = tmp / f"county{k}.sqlite3"
                shutil.copy(tmp / "county.sqlite3", path)
                shutil.copy(tmp / "county.sqlite3.keys", str(path) + ".keys")
                kctx = access.open_service(path)
                if k == 0:
                    # The first copy syncs as an office does (and stays in use below).
                    t0 = time.perf_counter()
                    creport = sync.sync_once(kctx, page_size=500)
                    pulls.append(time.perf_counter() - t0)
                    cctx = kctx
                else:
                    # The others only pull: pushing their own audit entries would be refused,
                    # rightly, as a second history of the same site.
                    url, token = sync.site_connection(kctx)
                    with HqClient(url, token, **sync.transport(kctx)) as client:
                        t0 = time.perf_counter()
                        sync._pull_all(kctx, client, 500, sync.SyncReport(), None, lambda: False)
                        pulls.append(time.perf_counter() - t0)
                    kctx.db.dispose()
                base_s, pull_plain_bytes = _pull_baseline(store, tmp / f"bare_county{k}.sqlite3",
                                                          county_token)
                pull_bases.append(base_s)
            pull_s, pull_base_s = statistics.median(pulls), statistics.median(pull_bases)
            received = creport.pulled["records"]

            sync.sync_once(ctx)   # takes in what the county's registration changed
            noop = []
            for _ in range(20):
                t0 = time.perf_counter()
                r = sync.sync_once(ctx)
                noop.append((time.perf_counter() - t0) * 1000)
                assert r.batches == 0
            conn = ctx.db.connect()
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
          f"= {received / pull_s:,.0f} records/s (median of {len(pulls)}: "
          + ", ".join(f"{t:.2f}" for t in pulls) + " s)")
    print(f"  push baseline, the city server applying the same batches from a bundle: "
          f"{push_base_s:.2f} s; push / baseline = {push_s / push_base_s:.2f}x (aim <= 1.5x)")
    print(f"  pull baseline, server producing the pages + bare inserts of the rows: "
          f"{pull_base_s:.2f} s (median of " + ", ".join(f"{t:.2f}" for t in pull_bases)
          + f" s); pull / baseline = {pull_s / pull_base_s:.2f}x (aim <= 1.5x)")
    print(f"  bare sqlite3 insert of {sent:,} rows: {bare_s:.3f} s "
          f"= {sent / bare_s:,.0f} rows/s (push {push_s / bare_s:.0f}x, pull {pull_s / bare_s:.0f}x)")
    print(f"  bytes on the wire per change pushed: {report.bytes_sent / sent:,.0f} gzip, "
          f"{plain_bytes / sent:,.0f} plain ({plain_bytes / report.bytes_sent:.1f}x smaller)")
    print(f"  bytes on the wire per record pulled: {creport.bytes_received / received:,.0f} gzip, "
          f"{pull_plain_bytes / received:,.0f} plain "
          f"({pull_plain_bytes / creport.bytes_received:.1f}x smaller)")
    print(f"  sync with nothing to do: median {statistics.median(noop):.1f} ms, "
          f"max {max(noop):.1f} ms over {len(noop)} runs (aim < 100 ms)")
    print("  full-table scans in the no-op queries: " + ("none" if not scans else "; ".join(scans)))


def _push_baseline(tmp: Path, token: str) -> tuple[float, int]:
    """The server's own speed on the same batches; and their size uncompressed."""
    from lishui_desktop.services import bundles
    from lishui_hq.bundles import import_bundle
    from lishui_hq.store import Store
    ctx = access.open_service(tmp / "copy.sqlite3")
    sync.configure(ctx, "https://offline.invalid", token, register=False)
    bundles.export_bundle(ctx, tmp / "copy.bundle", batch_size=500)
    raw = (tmp / "copy.bundle").read_bytes()
    with _connect(tmp / "copy.sqlite3") as c:
        plain = sum(len(json.dumps(_wire_record(r), ensure_ascii=False,
                                   separators=(",", ":")).encode())
                    for r in c.execute("SELECT entity, entity_id, version, base_version, "
                                       "site_code, payload, deleted FROM outbox"))
    store = Store(f"sqlite:///{tmp / 'base_hq.sqlite3'}", migrate_now=True)
    t0 = time.perf_counter()
    import_bundle(store, raw)
    took = time.perf_counter() - t0
    store.close()
    return took, plain


def _connect(path: Path):
    """A bare DB-API connection to an (encrypted) desktop file, with its service key."""
    from lishui_desktop.store import cipher
    return cipher.connect(path, access.service_key_for(path))


def _wire_record(r) -> dict:
    return {"entity": r[0], "id": r[1], "version": r[2], "base_version": r[3],
            "site_code": r[4], "payload": json.loads(r[5]) if r[5] else {}, "deleted": bool(r[6])}


def _pull_baseline(store, path: Path, token: str) -> tuple[float, int]:
    """The server producing the county's pages in-process, plus the desktop's bare inserts."""
    from sqlalchemy import insert

    from lishui_desktop.store.models import MODEL_BY_ENTITY
    from lishui_desktop.sync.engine import values_from_payload
    from lishui_desktop.sync.protocol import PullPage
    site = store.authenticate(token)
    t0 = time.perf_counter()
    pages, cur = [], 0
    while True:
        text = store.pull_json(site, cur, 500)
        page = PullPage.model_validate_json(text)
        pages.append((page, len(text.encode())))
        cur = page.next_cursor
        if not page.more:
            break
    produce_s = time.perf_counter() - t0
    plain = sum(n for _p, n in pages)
    bare = access.create_database(path)
    rows: dict = {}
    for page, _n in pages:
        for i in page.items:
            model = MODEL_BY_ENTITY.get(i.entity)
            if model is not None:
                v = values_from_payload(model, i.payload)
                v.update(id=i.id, version=i.version, site_code=i.site_code)
                rows.setdefault(model, []).append(v)
    t0 = time.perf_counter()
    with bare.write_engine.connect() as conn:
        # Bare inserts, in no particular order: the baseline checks no references (the
        # desktop's pull parks what waits for its parent; a page need not hold the parent).
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        for model, values in rows.items():
            conn.execute(insert(model), values)
        conn.commit()
    insert_s = time.perf_counter() - t0
    return produce_s + insert_s, plain


if __name__ == "__main__":
    main()
