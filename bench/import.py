"""Roster import: 20,000 households from xlsx (one row per member, household cells merged).

Usage: python bench/import.py [--households 20000]

Times the dry run (read + every check, nothing written) and the import (read,
check, bulk write in one transaction) into a fresh township database. Baseline
in the same run: reading every cell of the same file with openpyxl's read-only
iterator and nothing else, which no import can beat. Aims (issue 14): import
under 60 s, dry run under 20 s.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from sqlalchemy import text  # noqa: E402

from lishui_desktop.services import roster_import, setup, users  # noqa: E402
from lishui_desktop.store.migrate import open_database  # noqa: E402
from tests.services.roster_files import households, member_workbook  # noqa: E402


def township(path: Path):
    db = open_database(path)
    ctx = setup.initialize(db, setup.SetupForm("331102100", "admin", "Admin12345"))
    setup.add_villages(ctx, [("331102100201", "碧湖村"), ("331102100202", "平原村")])
    admin = ctx.as_user(users.login(ctx, "admin", "Admin12345"))
    users.create_user(admin, username="cw1", display_name="周晓燕", role="caseworker",
                      password="Passw0rd1", must_change_password=False)
    return ctx.as_user(users.login(ctx, "cw1", "Passw0rd1"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        t = time.perf_counter()
        rows = households(args.households, seed=7)
        path = member_workbook(d / "roster.xlsx", rows)
        made = time.perf_counter() - t
        persons = sum(len(r[2]) for r in rows)
        print(f"roster: {args.households} households, {persons} member rows, "
              f"{path.stat().st_size / 1e6:.1f} MB (made in {made:.0f} s, not timed)")

        t = time.perf_counter()
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        cells = sum(len(r) for r in wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
        base = time.perf_counter() - t
        print(f"baseline: openpyxl read-only, every cell ({cells} cells): {base:.1f} s")

        ctx = township(d / "site.sqlite3")
        t = time.perf_counter()
        dry = roster_import.import_roster(ctx, path, dry_run=True)
        dry_s = time.perf_counter() - t
        assert dry.plan.ok, dry.lines()[:5]
        print(f"dry run: {dry_s:.1f} s ({dry_s / base:.2f} x baseline; aim < 20 s)")

        t = time.perf_counter()
        done = roster_import.import_roster(ctx, path)
        imp = time.perf_counter() - t
        assert done.written
        print(f"import: {imp:.1f} s ({imp / base:.2f} x baseline; aim < 60 s): "
              f"{done.households} households, {done.members} members, {done.cases} cases, "
              f"{done.households / imp:.0f} households/s")
        # the file is encrypted: counted through the open database, not sqlite3
        with ctx.db.read() as s:
            outbox = s.execute(text("SELECT count(*) FROM outbox")).scalar()
        print(f"  outbox rows queued for the city: {outbox}")
        t = time.perf_counter()
        report = roster_import.write_report(done.plan, d / "report.xlsx")
        print(f"report (copy of the sheet): {time.perf_counter() - t:.1f} s, "
              f"{report.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
