"""GUI benchmark on a 100,000-household demo database: start-up against a bare PySide6
window, search-as-you-type latency, opening the applications list, peak memory.

    python bench/gui.py [--db FILE] [--queries N]

Without --db it makes (once) bench/out/demo100k.sqlite3 with the demo generator.
Every figure is measured in this run; start-up is the median of several
processes, each timed from its own launch.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
USER, PASSWORD = "cw1", "Demo2026a"
# How long after the sign-in dialog is usable the typed-in runs press sign-in: a short
# account name and password typed by a caseworker who knows them.
TYPING_S = 2.0

BARE = textwrap.dedent("""
    import os, sys, time, resource
    def peak_mb():
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child would
        # report the (larger) benchmark process that started it.
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
    def ready():
        print(json.dumps({"ready": time.perf_counter() - t0,
                          "maxrss_mb": peak_mb()}), flush=True)
        app.quit()
    import json
    QTimer.singleShot(0, ready)
    app.exec()
""")

# The real start-up (AppController, as `lishui-desktop` runs it) with the account typed in
# by the program: the sign-in is pressed once the database is open, as a person would.
OURS = textwrap.dedent("""
    import os, sys, time, json, resource
    def peak_mb():
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child would
        # report the (larger) benchmark process that started it.
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from lishui_desktop.gui import i18n
    from lishui_desktop.gui.app import AppController, make_application
    marks = {"argon2": 0.0}
    pause = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    app = make_application(); i18n.install(app, "zh")
    c = AppController(sys.argv[1], "zh")
    c.start()
    marks["login_dialog"] = time.perf_counter() - t0
    # The two password checks (unwrapping the person's copy of the file key, the account's
    # hash) are argon2, slow on purpose: timed apart so the rest can be told from them.
    # Wrapped only once the dialog is up: importing argon2 and the key store here is no
    # part of showing it (the program imports them on its worker meanwhile), and before
    # the dialog it put 40-60 ms of the benchmark's own into the dialog's figure.
    import argon2, argon2._password_hasher as _ph, lishui_desktop.store.keys as _keys
    def _timed(fn):
        def run(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                marks["argon2"] += time.perf_counter() - t
        return run
    # Where they are called from: keys imports hash_secret_raw, the hasher verify_secret.
    _keys.hash_secret_raw = _timed(_keys.hash_secret_raw)
    _ph.verify_secret = _timed(_ph.verify_secret)
    def opened_then_sign_in():
        # The file is encrypted: it opens when the password is given (db_open = dialog usable).
        # With a pause, the account is typed in that long after the dialog is usable, as a
        # person would (what the program loads meanwhile is then off the path).
        if c.login_dialog is None or not c.login_dialog.isVisible():
            return
        if time.perf_counter() - t0 < marks["login_dialog"] + pause:
            return
        timer.stop()
        marks["db_open"] = time.perf_counter() - t0
        d = c.login_dialog
        d.ui.username.setText(sys.argv[2]); d.ui.password.setText(sys.argv[3])
        marks["sign_in_pressed"] = time.perf_counter() - t0
        d.submit()
    from PySide6.QtCore import QTimer
    timer = QTimer(); timer.timeout.connect(opened_then_sign_in); timer.start(1)
    def ready():
        marks["main_ready"] = time.perf_counter() - t0
        marks["maxrss_mb"] = peak_mb()
        print(json.dumps(marks), flush=True)
        app.quit()
    c.ready.connect(ready)
    app.exec()
""")


def child(script: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # As installed (the wheel and the desktop build carry compiled modules): a machine set
    # to write no bytecode would compile every module of ours at each start, which the
    # bare window, all compiled library code, never does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                          timeout=300)
    wall = time.perf_counter() - t0
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"child failed:\n{proc.stdout}\n{proc.stderr}")
    out = json.loads(line)
    out["wall"] = wall
    return out


def ensure_db(path: Path | None) -> Path:
    if path is not None:
        return path
    path = OUT / "demo100k.sqlite3"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        from lishui_desktop.services.demo import make_demo
        print("making the 100,000-household demo database (once)...", flush=True)
        make_demo(path, site_code="331102100", households=100_000, seed=1)
    return path


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def fmt(ms_list) -> str:
    return f"median {statistics.median(ms_list):6.1f} ms, p95 {pct(ms_list, 95):6.1f} ms, max {max(ms_list):6.1f} ms"


def sample_queries(db: Path, n: int, seed: int = 7) -> dict[str, list[str]]:
    """Search terms of each kind, drawn from the database itself (the same terms for the
    same file and seed: SQLite's random() cannot be seeded)."""
    from lishui_desktop.store.search_index import pinyin_forms
    rng = random.Random(seed)
    conn = _connect(db)

    def drawn(sql: str, k: int) -> list:
        rows = conn.execute(sql).fetchall()
        return rng.sample(rows, min(k, len(rows)))

    members = drawn("SELECT name, id_number, phone FROM members ORDER BY rowid", n * 3)
    phones = [r[0] for r in drawn("SELECT phone FROM households WHERE phone != '' ORDER BY rowid", n)]
    villages = [r[0] for r in conn.execute("SELECT name FROM villages ORDER BY code")]
    conn.close()
    names = [m[0] for m in members if len(m[0]) >= 2][:n]
    full = [pinyin_forms(nm)[0] for nm in names]
    initials = [pinyin_forms(nm)[1] for nm in names]
    ids = [m[1][-rng.choice((4, 5, 6)):].lower() for m in members][:n]
    from lishui_desktop.store.search_index import SURNAME_READINGS, name_readings
    # Names whose surname reads otherwise than the character's default (曾 zeng): drawn on
    # their own, they are too few among random members to give a figure.
    conn = _connect(db)
    heads = ",".join(f"'{ch}'" for ch in SURNAME_READINGS)
    odd = [r[0] for r in drawn(f"SELECT name FROM members WHERE substr(name, 1, 1) IN ({heads}) ORDER BY rowid", n)]
    conn.close()
    surname = [f[0] for nm in odd for f in name_readings(nm)[1:2]][:n]
    kinds = {
        "name": names,
        "full pinyin": full,
        "surname reading": surname,
        "initials": [i for i in initials if len(i) >= 2][:n],
        "ID fragment": ids,
        "phone": [p[-rng.choice((4, 7, 11)):] for p in phones][:n],
        "village": [rng.choice(villages) for _ in range(n)] + [v[:2] for v in villages],
        "typing (prefixes)": [nm[:k] for nm in full[: max(5, n // 10)] for k in range(2, len(nm) + 1)],
    }
    # A kind the sample has no example of (no heteronym surname drawn, say) is left out.
    return {k: v for k, v in kinds.items() if v}


def _connect(db: Path):
    """A bare read-only DB-API connection to the (encrypted) file, with its service key."""
    from lishui_desktop.services import access
    from lishui_desktop.store import cipher
    return cipher.connect(db, access.service_key_for(db), readonly=True)


def screen_read(db: Path, terms: dict[str, list[str]], sight: int) -> dict[str, list[float]]:
    """The second baseline, bare DB-API on the same file, no ORM, no task runner: each term's
    FTS query with the ``sight`` rows the list shows first, in its order with their columns,
    and their members (what any first screen must read). (The first, the FTS query alone,
    is timed beside each search in ``in_process``.)"""
    from lishui_desktop.services.queries import search_spec
    conn = _connect(db)
    screen = {}
    for kind, ts in terms.items():
        screens = []
        for term in ts:
            spec = search_spec(term)
            if not spec.match:
                continue
            t0 = time.perf_counter()
            rows = conn.execute(
                "SELECT id, head_name, village_code, address, phone, member_count, staff_relative, "
                "updated_at FROM households WHERE rowid IN (SELECT rowid FROM households_fts WHERE "
                "households_fts MATCH ?) ORDER BY head_name, rowid LIMIT ?", (spec.match, sight)).fetchall()
            conn.execute("SELECT household_id, name, relation, id_number, phone FROM members WHERE "
                         "household_id IN (SELECT value FROM json_each(?))",
                         (json.dumps([r[0] for r in rows]),)).fetchall()
            screens.append((time.perf_counter() - t0) * 1000)
        screen[kind] = screens
    conn.close()
    return screen


def in_process(db: Path, n_queries: int) -> dict:
    """Search latency and the applications list, measured on the real pages and task runner."""
    # An installed program imports its pages from bytecode: so do these (as the children).
    sys.dont_write_bytecode = False
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import tempfile
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from lishui_desktop.gui import i18n
    from lishui_desktop.gui.app import make_application
    from lishui_desktop.gui.env import Env
    from lishui_desktop.gui.mainwindow import MainWindow
    from lishui_desktop.gui.tasks import TaskRunner

    app = make_application()
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    i18n.install(app, "zh")
    from lishui_desktop.gui.app import _preload
    from lishui_desktop.services import access
    _preload()      # as the program does while its sign-in dialog is up
    ctx = access.open_signed_in(db, USER, PASSWORD)
    user = ctx.user
    runner = TaskRunner()
    env = Env(ctx.as_user(user), runner, db)
    mw = MainWindow(env)
    mw.resize(1440, 900)
    mw.show()

    def wait(cond, timeout=60.0):
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            app.processEvents()
            if cond():
                return True
            time.sleep(0.0005)
        raise TimeoutError

    wait(lambda: runner.idle)
    # The first switch to 家庭档案 (issue 17 aims under 200 ms on 100,000 households): the
    # page built, its list's first screen of rows ready, beside an empty page switch.
    t0 = time.perf_counter()
    page = mw.show_page("households")
    wait(lambda: page.model.loaded and page.model.row_data(0) is not None)
    households_first_ms = (time.perf_counter() - t0) * 1000
    wait(lambda: runner.idle)
    t0 = time.perf_counter()
    mw.show_page("today")
    app.processEvents()
    back_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    mw.show_page("households")
    wait(lambda: page.model.loaded)
    households_again_ms = (time.perf_counter() - t0) * 1000
    wait(lambda: runner.idle)
    # The rows a search reads with its keys: those the list shows in this window.
    sight = page.model._rows_in_sight()

    results: dict[str, list[float]] = {}
    queries = sample_queries(db, n_queries)
    # The raw FTS query of each term runs right after ours, on a bare connection of its own:
    # a shared machine's load drifts over the minutes the searches take, and so the two
    # figures of a term share the moment.
    from lishui_desktop.services.queries import search_spec
    bare = _connect(db)
    fts: dict[str, list[float]] = {}
    for kind, terms in queries.items():
        times, raw = [], []
        for term in terms:
            loaded = []
            page.model.keys_loaded.connect(lambda: loaded.append(time.perf_counter()))
            page.search.blockSignals(True)
            page.search.setText(term)
            page.search.blockSignals(False)
            # The text painted as it was typed, during the typing pause.
            app.processEvents()
            t0 = time.perf_counter()
            # What the search box does once its typing pause has passed.
            page.search.fire_now()
            if not loaded:
                # Idle in an event loop as the program does (app.exec): a polling loop here
                # would take the GIL from the worker thread answering the query.
                loop = QEventLoop()
                page.model.keys_loaded.connect(loop.quit)
                QTimer.singleShot(60_000, loop.quit)
                loop.exec()
            page.model.keys_loaded.disconnect()
            page.model.keys_loaded.connect(page._keys_loaded)
            # Until the first screen of rows is painted-ready (they come with the ids).
            times.append((loaded[0] - t0) * 1000)
            wait(lambda: runner.idle)
            # The list painted before the next query, as in the typing pause that starts
            # each (else the next query's worker contends with this paint for the GIL).
            page.view.viewport().repaint()
            app.processEvents()
            spec = search_spec(term)
            if spec.match:
                t0 = time.perf_counter()
                bare.execute("SELECT rowid FROM households_fts WHERE households_fts MATCH ?",
                             (spec.match,)).fetchall()
                raw.append((time.perf_counter() - t0) * 1000)
        results[kind], fts[kind] = times, raw
    bare.close()
    all_times = [t for v in results.values() for t in v]

    # Opening the applications list: page built, ids of the open cases sorted by due date, first rows.
    t0 = time.perf_counter()
    apps = mw.show_page("applications")
    wait(lambda: apps.model.loaded)
    first_rows = apps.model.row_data(0) is not None
    open_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    apps.scope.setCurrentIndex(apps.scope.findData("all"))
    wait(lambda: runner.idle and apps.model.query.states == "all")
    all_ms = (time.perf_counter() - t0) * 1000
    n_all = apps.model.rowCount()
    # Scrolling to the end: the last page is fetched on demand.
    t0 = time.perf_counter()
    apps.view.scrollToBottom()
    last = apps.model.rowCount() - 1
    wait(lambda: apps.model.row_data(last) is not None)
    scroll_ms = (time.perf_counter() - t0) * 1000

    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    runner.shutdown()
    ctx.db.dispose()
    screen = screen_read(db, queries, sight)
    return {"households_first_ms": households_first_ms, "households_again_ms": households_again_ms,
            "today_switch_ms": back_ms, "search": results, "search_all": all_times, "fts": fts, "screen": screen, "sight": sight, "apps_open_ms": open_ms, "apps_first_rows": first_rows,
            "apps_all_ms": all_ms, "apps_all_count": n_all, "apps_scroll_end_ms": scroll_ms, "peak_mb": peak}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=None)
    p.add_argument("--queries", type=int, default=100, help="queries of each kind")
    p.add_argument("--runs", type=int, default=7, help="start-up rounds (a process of each program)")
    p.add_argument("--startup-only", action="store_true", help="only the start-up figures")
    p.add_argument("--search-only", action="store_true", help="only the lists and search figures")
    args = p.parse_args()
    source = ensure_db(args.db)
    # Work on a copy: signing in writes audit entries.
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / "bench-gui.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, db)
    if Path(str(source) + ".keys").exists():
        shutil.copyfile(str(source) + ".keys", str(db) + ".keys")
    conn = _connect(db)
    households = conn.execute("SELECT count(*) FROM households").fetchone()[0]
    applications = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
    conn.close()
    # First open migrates if the demo predates a migration; not part of start-up.
    child(OURS, str(db), USER, PASSWORD)

    print(f"database: {households:,} households, {applications:,} applications ({source})")
    if not args.search_only:
        # Interleaved, a round of each at a time: on a shared machine the load drifts over
        # the half-minute these take, and a batch of bare windows followed by a batch of
        # ours compared one period's load with another's.
        bare, ours, typed = [], [], []
        for _ in range(args.runs):
            bare.append(child(BARE))
            ours.append(child(OURS, str(db), USER, PASSWORD))
            typed.append(child(OURS, str(db), USER, PASSWORD, str(TYPING_S)))
        b_ready = statistics.median(r["ready"] for r in bare)
        b_wall = statistics.median(r["wall"] for r in bare)
        o = {k: statistics.median(r[k] for r in ours) for k in ("login_dialog", "db_open", "sign_in_pressed",
                                                                "main_ready", "wall")}
        sign_in_to_ready = statistics.median(r["main_ready"] - r["sign_in_pressed"] for r in ours)
        argon = statistics.median(r["argon2"] for r in ours)
        # The program's own time with a person typing: the dialog, then pressing sign-in to usable.
        def own_time(r):
            return r["login_dialog"] + r["main_ready"] - r["sign_in_pressed"]

        t_own = statistics.median(own_time(r) for r in typed)
        t_press = statistics.median(r["main_ready"] - r["sign_in_pressed"] for r in typed)
        t_argon = statistics.median(r["argon2"] for r in typed)
        # Each round's own ratios (its processes ran within seconds of each other), median.
        paired_dialog = statistics.median(o_["login_dialog"] / b_["ready"] for o_, b_ in zip(ours, bare))
        paired_main = statistics.median(
            (own_time(t_) - t_["argon2"]) / b_["ready"] for t_, b_ in zip(typed, bare))

        print("start-up (median of %d processes of each, run in rounds; seconds from the process's own start)" % args.runs)
        print(f"  bare PySide6 window usable            {b_ready:6.3f} s   (process wall {b_wall:.3f} s)")
        print(f"  lishui-desktop sign-in dialog usable  {o['login_dialog']:6.3f} s   ratio {o['login_dialog'] / b_ready:4.1f}x"
              f" (median of each round's own ratio {paired_dialog:4.2f}x; aim <= 1.5x)")
        print(f"  sign-in dialog usable (file opens at sign-in) {o['db_open']:6.3f} s")
        print(f"  main window usable (signed in, today's lists loaded)")
        print(f"                                        {o['main_ready']:6.3f} s   ratio {o['main_ready'] / b_ready:4.1f}x")
        print(f"  from pressing sign-in to usable main window  {sign_in_to_ready:6.3f} s (argon2 checks included:"
              f" {argon:.3f} s)")
        print(f"  the account typed in {TYPING_S:.0f} s after the dialog is usable (what signing in imports loads meanwhile):")
        print(f"    pressing sign-in to usable main window {t_press:6.3f} s, of which the two argon2 password checks"
              f" {t_argon:.3f} s")
        print(f"    the program's own time (dialog + pressing to usable) {t_own:6.3f} s   ratio {t_own / b_ready:4.1f}x;"
              f" less the password checks {t_own - t_argon:6.3f} s   ratio {(t_own - t_argon) / b_ready:4.1f}x"
              f" (median of each round's own ratio {paired_main:4.2f}x; aim <= 3x)")

    if args.startup_only:
        return 0
    r = in_process(db, args.queries)
    print(f"first switch to 家庭档案 (page built, first rows ready): {r['households_first_ms']:.0f} ms "
          f"(aim < 200 ms); back to 工作台 {r['today_switch_ms']:.0f} ms; 家庭档案 again "
          f"{r['households_again_ms']:.0f} ms")
    from lishui_desktop.gui.models import PAGE
    sight = r["sight"]
    print(f"search as you type ({args.queries} queries of each kind; the count, the first {PAGE} ids sorted"
          f" in SQL and the {sight} rows the list shows in a 1440x900 window, with what each matched,"
          " through the task runner, until the list has them; typing pause not included)")
    print(f"  (baselines, same terms, bare DB-API: the FTS query alone, timed right after each search;"
          f" and the FTS query with those"
          f" {sight} rows and their members read bare)")
    def ratios(times, base, screen):
        if not base:
            return ""
        return (f"  raw FTS p95 {pct(base, 95):5.1f} ms, ratio {pct(times, 95) / max(pct(base, 95), 0.01):5.1f}x;"
                f" with the screen read bare p95 {pct(screen, 95):5.1f} ms, ratio"
                f" {pct(times, 95) / max(pct(screen, 95), 0.01):4.1f}x")
    for kind, times in r["search"].items():
        print(f"  {kind:18s} n={len(times):4d}  {fmt(times)}"
              f"{ratios(times, r['fts'].get(kind) or [], r['screen'].get(kind) or [])}")
    every = [t for v in r["fts"].values() for t in v]
    screens = [t for v in r["screen"].values() for t in v]
    print(f"  {'all':18s} n={len(r['search_all']):4d}  {fmt(r['search_all'])}"
          f"{ratios(r['search_all'], every, screens)} (aim <= 2x the raw FTS query)")
    print(f"applications list: opened with first rows in {r['apps_open_ms']:.0f} ms; all "
          f"{r['apps_all_count']:,} cases in {r['apps_all_ms']:.0f} ms; last page on scrolling to the end "
          f"{r['apps_scroll_end_ms']:.0f} ms")
    if not args.search_only:
        print("peak memory (max RSS): bare window %.0f MB; start-up to main window %.0f MB" % (
            statistics.median(x["maxrss_mb"] for x in bare), statistics.median(x["maxrss_mb"] for x in ours)))
    print("peak memory (max RSS) of this benchmark process after the lists and searches: %.0f MB" % r["peak_mb"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
