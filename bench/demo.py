"""How long `lishui-desktop demo` takes and how big the file gets.

Usage: python bench/demo.py [--households N]   (default 100,000)

Baseline, measured in the same run: the same number of rows the demo wrote,
inserted with bare sqlite3 executemany into a table per size class, so the
ratio shows what generation, ID numbers, pinyin and the audit chain cost on
top of raw writing. The baseline runs before and after the demo and the ratio
takes their mean: on a shared machine the load changes within a run. CPU
seconds (all threads of this process) are printed beside the wall times, and
the same bare insert into an encrypted file (SQLCipher, the demo's own format)
shows what encryption adds. The last baseline is the floor: the demo's own rows written
into the demo's own format (encrypted, every index, the search index), nothing generated.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lishui_desktop.services.demo import make_demo  # noqa: E402
from lishui_desktop.store.audit import verify_file  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--site", default="331102100")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite3"
        os.environ.setdefault("LISHUI_KEY_DIR", str(Path(tmp) / "keys"))
        bare_before = bare_insert(Path(tmp) / "bare0.sqlite3", rows_guess(args.households))
        t0, c0 = time.perf_counter(), cpu_with_children()
        report = make_demo(path, site_code=args.site, households=args.households)
        demo_s, demo_cpu = time.perf_counter() - t0, cpu_with_children() - c0
        size = path.stat().st_size
        from lishui_desktop.services import access
        from lishui_desktop.store import cipher
        key = access.service_key_for(path)
        conn = cipher.connect(path, key)
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("households", "members", "incomes", "assets", "applications",
                            "case_events", "visits", "decisions", "outbox", "audit_log")}
        conn.close()
        rows = sum(counts.values())
        t0 = time.perf_counter()
        verified = verify_file(path, key)
        verify_s = time.perf_counter() - t0

        same_s, same_cpu = same_rows_insert(path, key, Path(tmp) / "same.sqlite3")
        floor_s, floor_cpu = same_format_insert(path, key, Path(tmp) / "floor.sqlite3")
        bare_after = bare_insert(Path(tmp) / "bare1.sqlite3", rows)
        bare_enc = bare_insert(Path(tmp) / "bare2.sqlite3", rows, key=b"\x01" * 32)
    # The first baseline ran before the row count was known: scale it to the same rows.
    bare_before = tuple(x * rows / rows_guess(args.households) for x in bare_before)
    bare_s = (bare_before[0] + bare_after[0]) / 2
    bare_cpu = (bare_before[1] + bare_after[1]) / 2

    print(f"demo: {args.households} households for {args.site}")
    print(f"  rows written: {rows:,} ({', '.join(f'{k} {v:,}' for k, v in counts.items())})")
    print(f"  demo time: {demo_s:.1f} s  ({args.households / demo_s:,.0f} households/s)")
    print(f"  database size: {size / 1e6:.1f} MB  ({size / args.households / 1024:.1f} KiB per household)")
    print(f"  verify (audit chain + integrity): {verify_s:.1f} s, ok={verified.ok}, "
          f"{verified.entries:,} entries")
    print(f"  demo cpu: {demo_cpu:.1f} s (all threads, and the worker processes making the households)")
    print(f"  baseline, bare sqlite3 insert of {rows:,} rows: {bare_s:.1f} s (before the demo "
          f"{bare_before[0]:.1f} s, after {bare_after[0]:.1f} s), cpu {bare_cpu:.1f} s")
    print(f"  same bare insert into an encrypted file (SQLCipher): {bare_enc[0]:.1f} s, "
          f"cpu {bare_enc[1]:.1f} s")
    print(f"  ratio demo / bare insert: {demo_s / bare_s:.1f}x (cpu {demo_cpu / bare_cpu:.1f}x; "
          f"against the encrypted bare insert {demo_s / bare_enc[0]:.1f}x)")
    print(f"  bare sqlite3 insert of the demo's own rows (every table it wrote, same columns and "
          f"values, plain file, no secondary indexes): {same_s:.1f} s, cpu {same_cpu:.1f} s; "
          f"ratio {demo_s / same_s:.1f}x (cpu {demo_cpu / same_cpu:.1f}x)")
    print(f"  the demo's own rows written into the demo's own format (SQLCipher, every index and "
          f"the search index built after the load, as the demo does; bare executemany, nothing "
          f"generated): {floor_s:.1f} s, cpu {floor_cpu:.1f} s, {floor_s / bare_s:.1f}x the bare insert; "
          f"ratio demo / this floor {demo_s / floor_s:.1f}x")
    print(f"  cpu count: {os.cpu_count()}")


def cpu_with_children() -> float:
    import resource
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def rows_guess(households: int) -> int:
    """About how many rows a demo of this size writes (20 per household)."""
    return max(1000, households * 20)


def same_rows_insert(demo: Path, key: bytes | None, path: Path) -> tuple[float, float]:
    """(wall s, cpu s) of inserting the demo's own rows, table by table, with bare
    executemany into the same tables (their primary keys, none of the other indexes) of a
    plain file. Reading them out of the demo is not timed."""
    from lishui_desktop.store import cipher
    src = cipher.connect(demo, key)
    tables = src.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND sql IS NOT NULL"
                         " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").fetchall()
    dst = sqlite3.connect(path)
    dst.execute("PRAGMA synchronous=OFF")
    wall = cpu = 0.0
    for name, sql in tables:
        dst.execute(sql)
        rows = src.execute(f"SELECT * FROM {name}").fetchall()
        if not rows:
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        dst.executemany(f"INSERT INTO {name} VALUES ({','.join('?' * len(rows[0]))})", rows)
        dst.commit()
        wall, cpu = wall + time.perf_counter() - t0, cpu + time.process_time() - c0
        del rows
    src.close()
    dst.close()
    return wall, cpu


def same_format_insert(demo: Path, key: bytes | None, path: Path) -> tuple[float, float]:
    """(wall s, cpu s) of writing the demo's own rows into a file of the demo's own format:
    its tables, encrypted as the demo is (another key), filled with bare executemany one
    table at a time, then its indexes and its search index built, with the pragmas the
    demo loads with. What no generator writing this file can beat. Reading the rows out of
    the demo is not timed."""
    from lishui_desktop.store import cipher
    src = cipher.connect(demo, key)
    schema = src.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                         "name NOT LIKE 'sqlite_%' AND name NOT LIKE 'households_fts_%'").fetchall()
    dst = cipher.connect(path, None if key is None else b"\x02" * 32)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144"):
        dst.execute(f"PRAGMA {pragma}")
    for kind, _name, sql in schema:
        if kind == "table":
            dst.execute(sql)
    wall = cpu = 0.0

    def timed(fn):
        nonlocal wall, cpu
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        dst.commit()
        wall, cpu = wall + time.perf_counter() - t0, cpu + time.process_time() - c0

    for kind, name, _sql in schema:
        if kind != "table" or name == "households_fts":
            continue
        rows = src.execute(f"SELECT * FROM {name}").fetchall()
        if rows:
            timed(lambda: dst.executemany(f"INSERT INTO {name} VALUES ({','.join('?' * len(rows[0]))})", rows))
        del rows
    timed(lambda: [dst.execute(sql) for kind, _name, sql in schema if kind in ("index", "trigger")])
    timed(lambda: dst.execute("INSERT INTO households_fts(rowid, text) SELECT rowid, '|' || search_text || '|'"
                              " FROM households"))
    src.close()
    dst.close()
    return wall, cpu


def bare_insert(path: Path, rows: int, key: bytes | None = None) -> tuple[float, float]:
    """(wall s, cpu s) of inserting ``rows`` rows with bare executemany."""
    from lishui_desktop.store import cipher
    t0, c0 = time.perf_counter(), time.process_time()
    b = sqlite3.connect(path) if key is None else cipher.connect(path, key)
    b.execute("PRAGMA synchronous=OFF")
    b.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c INTEGER, d TEXT)")
    b.executemany("INSERT INTO t VALUES (?,?,?,?,?)",
                  ((f"{i:036d}", "张三", "331102100201", i, "x" * 40) for i in range(rows)))
    b.commit()
    b.close()
    return time.perf_counter() - t0, time.process_time() - c0


if __name__ == "__main__":
    main()
