"""How long `lishui-desktop demo` takes and how big the file gets.

Usage: python bench/demo.py [--households N]   (default 100,000)

Baseline, measured in the same run: the same number of rows the demo wrote,
inserted with bare sqlite3 executemany into a table per size class, so the
ratio shows what generation, ID numbers, pinyin and the audit chain cost on
top of raw writing.
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
        t0 = time.perf_counter()
        report = make_demo(path, site_code=args.site, households=args.households)
        demo_s = time.perf_counter() - t0
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

        base = Path(tmp) / "bare.sqlite3"
        t0 = time.perf_counter()
        b = sqlite3.connect(base)
        b.execute("PRAGMA synchronous=OFF")
        b.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c INTEGER, d TEXT)")
        b.executemany("INSERT INTO t VALUES (?,?,?,?,?)",
                      ((f"{i:036d}", "张三", "331102100201", i, "x" * 40) for i in range(rows)))
        b.commit()
        b.close()
        bare_s = time.perf_counter() - t0

    print(f"demo: {args.households} households for {args.site}")
    print(f"  rows written: {rows:,} ({', '.join(f'{k} {v:,}' for k, v in counts.items())})")
    print(f"  demo time: {demo_s:.1f} s  ({args.households / demo_s:,.0f} households/s)")
    print(f"  database size: {size / 1e6:.1f} MB  ({size / args.households / 1024:.1f} KiB per household)")
    print(f"  verify (audit chain + integrity): {verify_s:.1f} s, ok={verified.ok}, "
          f"{verified.entries:,} entries")
    print(f"  baseline, bare sqlite3 insert of {rows:,} rows: {bare_s:.1f} s")
    print(f"  ratio demo / bare insert: {demo_s / bare_s:.1f}x")
    print(f"  cpu count: {os.cpu_count()}")


if __name__ == "__main__":
    main()
