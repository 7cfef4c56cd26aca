"""A city of township sites syncing with one PostgreSQL city server at once.

Usage: python bench/city.py [--steps 20,60,173] [--households 40] [--workers 8]
                            [--db postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

A real `lishui-hq serve` on PostgreSQL (a database made for the run and dropped
after), and a real desktop database per township (`make_demo`, a few changes
queued each) for the first N townships of Lishui's 173, N growing by steps, plus
the 9 counties. Each step registers its new sites and then runs one bounded
round: every site of the step syncs (new townships push their first sync,
earlier ones poll (pull what is new, push nothing), counties pull everything new
of their townships),
at most ``--workers`` at a time. Per step it prints records/s over the round,
the p50/p95/max request time the server logged, the city page's time and
`verify-audit`'s time over every chain, so the growth from 20 to 173 sites
shows where it breaks first.

The default size is small so it runs in minutes on a 2-core machine. The issue's
figure is "a few thousand households" per township: ``--households 1000`` builds
its 182 desktops in about 3.5 minutes here and its three rounds take the better
part of an hour, almost all of it the city server applying the first syncs (one
writer at a time: every push holds the city-wide cursor while it is checked and
written). Before each round the tables are analysed, as autovacuum would have done.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lishui_desktop.domain import regions  # noqa: E402

PG_ADMIN = os.environ.get("LISHUI_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")


def _site_order() -> list[str]:
    """Townships round-robin across the counties, so every step spans the city."""
    per = [regions.townships_of(c) for c in sorted(regions.COUNTIES)]
    out = []
    while any(per):
        for lst in per:
            if lst:
                out.append(lst.pop(0))
    return out


def _build(args) -> tuple[str, str, int]:
    code, path, households, seed, _template = args
    from lishui_desktop.services.demo import make_demo
    # The desktops are plain files (developer mode): this measures the city server. The demo
    # makes its own file (it refuses one that exists, so no copied template).
    r = make_demo(path, site_code=code, households=households, seed=seed, plain=True)
    # Its decided cases stand for an office's earlier paper decisions: the city lets them in
    # (lishui-hq migration allow), as it would a real office's roster.
    return code, r.migrated_sha, r.migrated


def _sync(args) -> tuple[str, int, int, float, str | None]:
    code, path, url, token = args
    from lishui_desktop.services import sync
    from lishui_desktop.services import access
    ctx = access.open_plain(path)
    try:
        sync.configure(ctx, url, token)
    except Exception as exc:   # noqa: BLE001 - a bench reports every failure and goes on
        return code, 0, 0, 0.0, f"configure: {exc}"
    t0 = time.perf_counter()
    try:
        r = sync.sync_once(ctx)
    except Exception as exc:   # noqa: BLE001
        return code, 0, 0, time.perf_counter() - t0, str(exc)[:200]
    return (code, sum(r.pushed.values()), r.pulled["records"] + r.pulled["reference"],
            time.perf_counter() - t0, None)


def _request_times(log: Path, since: int) -> list[float]:
    out = []
    with open(log, "rb") as f:
        f.seek(since)
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            ms = rec.get("ms") if isinstance(rec, dict) else None
            if ms is None and isinstance(rec, dict):
                ms = (rec.get("fields") or {}).get("ms")
            if isinstance(ms, (int, float)):
                out.append(float(ms))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", default="20,60,173")
    ap.add_argument("--households", type=int, default=40)
    ap.add_argument("--workers", type=int, default=8)
    args = ap.parse_args()
    steps = [int(x) for x in args.steps.split(",")]
    import psycopg

    from lishui_hq.store import Store
    from tests.hq.hq_helpers import Server
    name = f"lishui_city_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + "/" + name
    order = _site_order()[:max(steps)]
    counties = sorted(regions.COUNTIES)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = Store(url, migrate_now=True)
        log = tmp / "hq.log"
        server = Server(url, log, "--log-level", "info")
        # The page needs a signed-in city administrator, as in production.
        from lishui_hq import accounts
        from tests.hq.hq_helpers import PAGE_PASSWORD, sign_in
        accounts.add_account(store, "bench.admin", "city", PAGE_PASSWORD)
        browser = sign_in(server.url, "bench.admin")
        tokens: dict[str, str] = {}
        paths: dict[str, str] = {}
        try:
            t0 = time.perf_counter()
            from lishui_desktop.store.migrate import open_database
            template = str(tmp / "template.sqlite3")
            open_database(template, plain=True).dispose()
            with ProcessPoolExecutor(2) as pool:
                jobs = [(c, str(tmp / f"{c}.sqlite3"), args.households, i + 1, template)
                        for i, c in enumerate(order)]
                migrated = {code: (sha, n) for code, sha, n in pool.map(_build, jobs)}
                list(pool.map(_build, [(c, str(tmp / f"{c}.sqlite3"), 0, 1000 + i, template)
                                       for i, c in enumerate(counties)]))
            for c in order + counties:
                paths[c] = str(tmp / f"{c}.sqlite3")
            build_s = time.perf_counter() - t0
            print(f"built {len(order)} township and {len(counties)} county desktops "
                  f"({args.households} households each) in {build_s:.0f} s")
            done: list[str] = []
            for n in steps:
                new = order[len(done):n]
                for c in new:
                    tokens[c] = store.add_site(c, "township")
                    sha, k = migrated[c]
                    if k:
                        store.allow_migration(c, sha, k, "bench")
                for c in counties:
                    if c not in tokens:
                        tokens[c] = store.add_site(c, "county")
                sites = done + new
                # What autovacuum does on a production server (it may be off on a test
                # machine's PostgreSQL): planner statistics for the tables as they are now.
                # Without them each push's lookup of 500 ids reads every record.
                with psycopg.connect(PG_ADMIN.rsplit("/", 1)[0] + "/" + name, autocommit=True) as c:
                    c.execute("ANALYZE")
                since = log.stat().st_size
                t0 = time.perf_counter()
                with ProcessPoolExecutor(args.workers) as pool:
                    results = list(pool.map(_sync, [(c, paths[c], server.url, tokens[c])
                                                    for c in sites]))
                    results += list(pool.map(_sync, [(c, paths[c], server.url, tokens[c])
                                                     for c in counties]))
                round_s = time.perf_counter() - t0
                done = sites
                moved = sum(r[1] + r[2] for r in results)
                errors = [r for r in results if r[4]]
                times = _request_times(log, since)
                q = statistics.quantiles(times, n=100) if len(times) > 1 else [0] * 99
                t0 = time.perf_counter()
                page = browser.get("/", timeout=300)
                page_s = time.perf_counter() - t0
                t0 = time.perf_counter()
                broken = [v for v in store.verify_audit() if not v["ok"]]
                audit_s = time.perf_counter() - t0
                rows.append((n, len(sites) + len(counties), moved, round_s, q[49], q[94],
                             max(times) if times else 0, page.status_code, page_s, audit_s,
                             len(errors), len(broken)))
                print(f"  step {n}: {moved:,} records in {round_s:.1f} s, "
                      f"{len(errors)} failed syncs" + (f" (first: {errors[0][0]}: {errors[0][4]})"
                                                       if errors else ""))
        finally:
            browser.close()
            server.stop()
            store.close()
            with psycopg.connect(PG_ADMIN, autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"\ncity on one PostgreSQL server, {os.cpu_count()} cores, {args.workers} syncs at a time, "
          f"{args.households} households per township")
    print(f"{'townships':>9} {'sites':>5} {'records':>9} {'rec/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'max ms':>7} {'page s':>7} {'audit s':>7} {'failed':>6}")
    for n, sites, moved, round_s, p50, p95, mx, status, page_s, audit_s, failed, broken in rows:
        print(f"{n:>9} {sites:>5} {moved:>9,} {moved / round_s:>7,.0f} {p50:>7.0f} {p95:>7.0f} "
              f"{mx:>7.0f} {page_s:>7.2f} {audit_s:>7.2f} {failed:>6}"
              + ("" if status == 200 else f"  (city page answered {status})")
              + (f"  ({broken} broken chains)" if broken else ""))


if __name__ == "__main__":
    main()
