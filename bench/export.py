"""Exporting a big list to xlsx (导出到 Excel): the households list of a demo township.

Usage: python bench/export.py [--households 20000]

Times `export_main_list` (the GUI's columns and headers, every row of the query fetched a
page at a time, masked ID numbers, typed cells, the audit entry), masked and revealed.
Baseline in the same run: the same number of rows and columns of plain text written with
openpyxl's write-only workbook and nothing else, which no export can beat.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=20000)
    args = ap.parse_args()
    from openpyxl import Workbook

    from lishui_desktop.gui.list_export import export_main_list
    from lishui_desktop.services import access, queries
    from lishui_desktop.services.demo import make_demo
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        os.environ.setdefault("LISHUI_KEY_DIR", str(d / "keys"))
        t = time.perf_counter()
        # undecided cases: the households list is what is timed, not the county's decisions
        make_demo(d / "site.sqlite3", households=args.households, decided=False)
        print(f"demo: {args.households} households (made in {time.perf_counter() - t:.0f} s, not timed)")
        ctx = access.open_signed_in(d / "site.sqlite3", "cw1", "Demo2026a")

        t = time.perf_counter()
        result = export_main_list(ctx, "households", d / "masked.xlsx")
        masked = time.perf_counter() - t
        columns = 9
        t = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("list")
        for i in range(result.rows + 1):
            ws.append([f"cell {i} {c}" for c in range(columns)])
        wb.save(d / "baseline.xlsx")
        base = time.perf_counter() - t
        print(f"baseline: openpyxl write-only, {result.rows + 1} rows x {columns} text cells: {base:.1f} s")
        print(f"export, masked: {masked:.1f} s ({masked / base:.2f} x baseline), {result.rows} rows, "
              f"{(d / 'masked.xlsx').stat().st_size / 1e6:.1f} MB")
        t = time.perf_counter()
        full = export_main_list(ctx, "households", d / "full.xlsx", reveal=True)
        revealed = time.perf_counter() - t
        print(f"export, ID numbers revealed: {revealed:.1f} s ({revealed / base:.2f} x baseline), "
              f"{full.revealed} full numbers read")
        keys = queries.household_keys(ctx, queries.HouseholdQuery(text="王"))
        t = time.perf_counter()
        some = export_main_list(ctx, "households", d / "search.xlsx", query=queries.HouseholdQuery(text="王"))
        print(f"export of a search (王, {len(keys)} households): {time.perf_counter() - t:.1f} s, "
              f"{some.rows} rows")
        ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
