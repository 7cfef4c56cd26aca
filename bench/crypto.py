"""What the encryption of the desktop file costs: search, a case save and sync, encrypted
(SQLCipher) against the same work on a plain file, in the same run.

Usage: python bench/crypto.py [--households 5000] [--repeat 30]

The search is timed twice: right after a case save (another connection wrote, so
SQLite drops the reader's page cache and every page is read and decrypted again)
and repeated with no write in between (the pages are cached, decrypted once).

Two demo databases from the same seed, one plain (the developer mode), one encrypted,
each with its own `lishui-hq serve` on loopback. Plain and encrypted runs alternate, so
a busy machine slows both alike; every figure is a median. Aim: under 15% for each.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.sync import start_server  # noqa: E402
from lishui_desktop.domain import idnumber  # noqa: E402
from lishui_desktop.services import access, queries, sync  # noqa: E402
from lishui_desktop.services import applications as ap  # noqa: E402
from lishui_desktop.services import households as hs  # noqa: E402
from lishui_desktop.services.demo import make_demo  # noqa: E402

TERMS = ["吴", "建国", "zhang", "lin", "叶秀", "331102", "平原", "chen", "雷", "wj"]


def household(village: str, seq: int) -> hs.HouseholdForm:
    return hs.HouseholdForm(
        village_code=village, address=f"测试村{seq}号", phone="13905781234",
        members=[hs.MemberForm("王测试", idnumber.make("331102", date(1966, 3, 4), seq % 900 + 10), "self"),
                 hs.MemberForm("李测试", idnumber.make("331102", date(1968, 5, 6), seq % 900 + 11), "spouse")],
        incomes=[hs.IncomeForm("wage", 80000, member=0)])


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ.setdefault("LISHUI_KEY_DIR", str(tmp / "keys"))
        from lishui_hq.store import Store
        desks, servers = {}, []
        try:
            for mode in ("plain", "encrypted"):
                path = tmp / f"{mode}.sqlite3"
                make_demo(path, site_code="331102100", households=args.households, seed=3,
                          plain=mode == "plain")
                ctx = access.open_plain(path) if mode == "plain" else access.open_service(path)
                cw = access.sign_in(ctx, "cw1", "Demo2026a")
                url = f"sqlite:///{tmp / f'hq-{mode}.sqlite3'}"
                store = Store(url, migrate_now=True)
                token = store.add_site("331102100", "township")
                proc, base = start_server(url, tmp / f"hq-{mode}.log")
                servers.append(proc)
                sync.configure(ctx, base, token)
                village = queries.village_names(ctx.db, "331102100")[0][0]
                desks[mode] = (ctx, cw, village)

            search = {m: [] for m in desks}
            save = {m: [] for m in desks}
            for r in range(args.repeat):
                for mode, (ctx, cw, village) in desks.items():
                    term = TERMS[r % len(TERMS)]
                    search[mode].append(timed(lambda: queries.household_rows(
                        ctx.db, queries.household_keys(ctx.db, queries.HouseholdQuery(text=term))[:50])))

                    def case():
                        hid = hs.save_household(cw, household(village, r))
                        ap.create_application(cw, household_id=hid, assistance_type="dibao")
                    save[mode].append(timed(case))
            # The same searches again with no write in between (typing in the search box):
            # the pages are in each connection's cache, decrypted once.
            warm = {m: [] for m in desks}
            for r in range(args.repeat):
                for mode, (ctx, _cw, _v) in desks.items():
                    term = TERMS[r % len(TERMS)]
                    warm[mode].append(timed(lambda: queries.household_rows(
                        ctx.db, queries.household_keys(ctx.db, queries.HouseholdQuery(text=term))[:50])))
            push = {}
            noop = {m: [] for m in desks}
            for mode, (ctx, _cw, _v) in desks.items():
                t0 = time.perf_counter()
                report = sync.sync_once(ctx, batch_size=500)
                push[mode] = (time.perf_counter() - t0, sum(report.pushed.values()))
            for _ in range(10):
                for mode, (ctx, _cw, _v) in desks.items():
                    noop[mode].append(timed(lambda: sync.sync_once(ctx)))
        finally:
            for proc in servers:
                proc.terminate()
                proc.wait()
            for ctx, _cw, _v in desks.values():
                ctx.db.dispose()

    def row(name, plain_s, enc_s, unit="ms", scale=1000):
        ratio = enc_s / plain_s - 1
        print(f"  {name:<34} plain {plain_s * scale:9.1f} {unit}   encrypted {enc_s * scale:9.1f} {unit}"
              f"   cost {ratio * 100:+6.1f}%")

    med = statistics.median
    print(f"encryption cost (SQLCipher 4, AES-256 + HMAC-SHA512 pages), {args.households:,} households, "
          f"{os.cpu_count()} cores, medians of {args.repeat}")
    row("search after a write (cold cache)", med(search["plain"]), med(search["encrypted"]))
    row("search, no write between (warm)", med(warm["plain"]), med(warm["encrypted"]))
    row("case save (household + application)", med(save["plain"]), med(save["encrypted"]))
    row(f"sync push ({push['plain'][1]:,} changes)", push["plain"][0], push["encrypted"][0], "s", 1)
    row("sync with nothing to do", med(noop["plain"]), med(noop["encrypted"]))


if __name__ == "__main__":
    main()
