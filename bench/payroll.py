"""Building the month's payment roll and the monthly report on a large township database.

    python bench/payroll.py [--db FILE] [--households 100000] [--rounds 3]

Makes the demo database first when FILE does not exist (``lishui-desktop demo``).
Figures, each the fastest of --rounds runs, in this run on this machine:

* ``payroll.build``: the dibao roll for this month (every active case's entitlement
  from its decisions, back-pay, accounts, lines written, totals and digest), as a
  draft rebuilt each round;
* ``reports.monthly``: the statutory monthly report of every type;
* bare baseline: plain sqlite3 reading the same approved cases with their
  accounts and writing one row per case into a scratch table, in one transaction
  (what any roll must at least do).
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lishui_desktop.domain.payroll import month_of  # noqa: E402


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bare(path: Path) -> None:
    # The same query on the same (encrypted) file, through a bare DB-API connection.
    from lishui_desktop.services import access
    from lishui_desktop.store import cipher
    conn = cipher.connect(path, access.service_key_for(path))
    try:
        conn.execute("CREATE TEMP TABLE scratch (app TEXT, name TEXT, id TEXT, acct TEXT, fen INT)")
        rows = conn.execute(
            "SELECT a.id, h.head_name, m.id_number, b.account_no, a.amount_fen FROM applications a "
            "JOIN households h ON h.id = a.household_id "
            "LEFT JOIN bank_accounts b ON b.household_id = a.household_id "
            "LEFT JOIN members m ON m.id = a.applicant_id "
            "WHERE a.type = 'dibao' AND a.state = 'approved'").fetchall()
        conn.executemany("INSERT INTO scratch VALUES (?, ?, ?, ?, ?)", rows)
        conn.commit()
    finally:
        conn.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/lishui-bench-100k.sqlite3"))
    ap.add_argument("--households", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not args.db.exists():
        from lishui_desktop.services.demo import make_demo
        t = time.perf_counter()
        make_demo(args.db, site_code="331102100", households=args.households, seed=1)
        print(f"demo database with {args.households} households made in {time.perf_counter() - t:.1f} s")
    from sqlalchemy import func, select

    from lishui_desktop.services import access, payroll, reports
    from lishui_desktop.services.users import current_user
    from lishui_desktop.store.models import Application, User
    ctx = access.open_service(args.db)
    db = ctx.db
    with db.read() as s:
        ctx = ctx.as_user(current_user(s.scalar(select(User).where(User.username == "cw1"))))
        cases = s.scalar(select(func.count()).select_from(Application).where(
            Application.state == "approved"))
    month = month_of(datetime.now().date())
    t_build = best(lambda: payroll.build(ctx, month, "dibao"), args.rounds)
    roll = payroll.find_roll(ctx, month, "dibao")
    t_report = best(lambda: reports.monthly(ctx, month), args.rounds)
    t_bare = best(lambda: bare(args.db), args.rounds)
    print(f"database: {args.db} ({args.db.stat().st_size / 2**20:.0f} MB), {cases} active cases")
    print(f"payroll.build  {month} dibao: {t_build:6.2f} s  ({roll.line_count} lines, "
          f"{roll.total_fen / 100:,.2f} yuan)  {t_build / t_bare:5.1f}x bare")
    print(f"reports.monthly {month}:      {t_report:6.2f} s  {t_report / t_bare:5.1f}x bare")
    print(f"bare sqlite3 read + write:    {t_bare:6.2f} s")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
