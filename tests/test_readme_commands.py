"""Every command the README shows, run through the command line itself.

One tour of a small city: a server process on loopback, one township online
(network sync), one offline (USB bundles, registered while the server was out
of reach), notices, backups, screenshots. Each invocation is recorded, and the
last test checks that every command line in the README's ``sh`` blocks was run
with at least the options it shows.
"""
from __future__ import annotations

import os
import re
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hq.hq_helpers import free_port

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TOWN, OFFLINE = "331102100", "331102001"

#: commands the README shows that this tour does not run, and why
NOT_HERE = {
    ("make", "run"): "starts the GUI; tests/test_make_run.py runs it",
    ("make", "test"): "the CI entry point itself",
    ("make", "ci-install"): ".ci/run runs it after make test (.ci/install-check)",
    ("make", "bench"): "benchmarks are not part of the test suite",
    ("make", "screenshots"): "the same `lishui-desktop screenshot` run here",
    ("make", "trial"): "tests/test_trial.py runs it",
    ("make", "dist"): "CI runs it (.ci/run)",
    ("make", "walkthrough"): "tests/gui/test_gui_walkthrough.py runs the same script",
}

#: README commands run through the command line by another test file (which must run the
#: subcommand with every option the README shows; checked below)
ELSEWHERE = {
    ("lishui-desktop", "reviews"): "tests/services/test_reviews.py",
    ("lishui-desktop", "import"): "tests/services/test_roster_import.py",
    ("lishui-desktop", "payroll"): "tests/services/test_payroll.py",
    ("lishui-desktop", "crosscheck"): "tests/services/test_crosscheck_cli.py",
    ("lishui-desktop", "report"): "tests/services/test_reports.py",
    ("lishui-hq", "duplicates"): "tests/sync/test_duplicates_e2e.py",
    ("lishui-hq", "access-log"): "tests/hq/test_hq_transport.py",
    ("lishui-hq", "account"): "tests/hq/test_hq_accounts.py",
    ("lishui-hq", "urgent-aid"): "tests/hq/test_hq_urgent_aid.py",
    ("lishui-desktop", "encrypt"): "tests/store/test_cli_keys.py",
    ("lishui-desktop", "rekey"): "tests/store/test_cli_keys.py",
    ("lishui-desktop", "service-key"): "tests/store/test_cli_keys.py",
    ("lishui-desktop", "recovery-code"): "tests/store/test_cli_keys.py",
    ("lishui-desktop", "recover"): "tests/store/test_cli_keys.py",
    ("lishui-desktop", "fonts"): "tests/notices/test_font_preparation.py",
    ("lishui-desktop", "trial"): "tests/test_trial.py",
    ("lishui-desktop", "cases"): "tests/test_trial.py",
    ("lishui-desktop", "case"): "tests/test_trial.py",
}

#: the demo users' passwords (`lishui-desktop demo` prints them); commands that sign a
#: person in read the password from $LISHUI_PASSWORD
ADMIN = {"LISHUI_PASSWORD": "Admin2026"}
CASEWORKER = {"LISHUI_PASSWORD": "Demo2026a"}

RAN: list[tuple[str, list[str]]] = []


def program(name: str) -> list[str]:
    """The installed console script when there is one (what the README shows)."""
    script = BIN / name
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", {"lishui-desktop": "lishui_desktop.cli",
                                   "lishui-hq": "lishui_hq.cli"}[name]]


def run(name: str, *args: str, ok: bool = True, cwd=None, env=None) -> subprocess.CompletedProcess:
    RAN.append((name, list(args)))
    r = subprocess.run([*program(name), *args], capture_output=True, text=True, cwd=cwd,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
                       timeout=300)
    if ok:
        assert r.returncode == 0, f"{name} {' '.join(args)}\n{r.stdout}\n{r.stderr}"
    return r


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    d = tmp_path_factory.mktemp("city")
    url = f"sqlite:///{d / 'hq.sqlite3'}"
    run("lishui-hq", "init", "--db", url)
    port = free_port()
    RAN.append(("lishui-hq", ["serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)]))
    log = open(d / "serve.log", "wb")
    proc = subprocess.Popen([*program("lishui-hq"), "serve", "--db", url, "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    import time

    import httpx
    server = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(server + "/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.terminate()
        pytest.fail((d / "serve.log").read_text())
    yield {"dir": d, "url": url, "server": server}
    proc.terminate()
    proc.wait(15)
    log.close()


def token_for(city, code: str) -> str:
    r = run("lishui-hq", "site", "add", "--db", city["url"], "--code", code, "--kind", "township")
    assert "shown only this once" in r.stderr
    return r.stdout.strip()


def allow_migrated(city, demo_out: str, code: str, required: bool = True) -> None:
    """The demo's decided cases come migrated from its roster: the city accepts it first."""
    m = re.search(r"lishui-hq migration allow --site (\d+) --sha256 ([0-9a-f]{64}) "
                  r"--cases (\d+)", demo_out)
    if m is None and not required and "decided cases" not in demo_out:
        return
    assert m and m.group(1) == code, demo_out
    r = run("lishui-hq", "migration", "allow", "--db", city["url"], "--site", code,
            "--sha256", m.group(2), "--cases", m.group(3), "--note", "演示花名册")
    assert f"up to {m.group(3)} decided cases" in r.stdout
    r = run("lishui-hq", "migration", "list", "--db", city["url"])
    assert m.group(2) in r.stdout


def test_city_reference_data(city):
    r = run("lishui-hq", "standards", "set", "--db", city["url"], "--county", "all",
            "--effective", "2026-01-01", "--dibao", "1060")
    assert "9 changed" in r.stdout
    r = run("lishui-hq", "approval-level", "set", "--db", city["url"], "--county", "331102",
            "--type", "linshi", "--level", "township")
    assert "1 changed" in r.stdout
    r = run("lishui-hq", "coverage", "set", "--db", city["url"], "--county", "331102",
            "--source", "丽民发〔2026〕12号", "--dibian-multiple", "1.5", "--taper-months", "6",
            "--decision-days", "5")
    assert "1 counties changed" in r.stdout
    r = run("lishui-hq", "coverage", "exclude", "--db", city["url"], "--code", "city.reward",
            "--name", "市级见义勇为奖励", "--source", "丽民发〔2026〕13号")
    assert "city income exclusions: 1" in r.stdout
    r = run("lishui-hq", "coverage", "show", "--db", city["url"])
    assert "331102  " in r.stdout and "丽民发〔2026〕12号" in r.stdout
    csv = city["dir"] / "villages.csv"
    csv.write_text("code,name\n331102100201,碧湖村\n331102100202,平原村\n", encoding="utf-8")
    r = run("lishui-hq", "villages", "import", "--db", city["url"], str(csv))
    assert "villages: 2 read, 2 changed" in r.stdout


def test_online_township(city):
    db = city["dir"] / "town.sqlite3"
    r = run("lishui-desktop", "demo", "--db", str(db), "--households", "60", "--site", TOWN)
    assert "users (username / password / role)" in r.stdout
    token = token_for(city, TOWN)
    allow_migrated(city, r.stdout, TOWN)
    r = run("lishui-desktop", "sync", "--db", str(db), "--server", city["server"], "--token", token)
    assert "the server has its key" in r.stdout
    sent = re.search(r"sent: (\d+) changes", r.stdout)
    assert sent and int(sent.group(1)) > 0, r.stdout
    assert "left: changes 0" in r.stdout
    # the scheduled task's run: nothing left to send, the standards came down before
    r = run("lishui-desktop", "sync", "--db", str(db))
    assert "sent: 0 changes" in r.stdout and "waiting for their parent" in r.stdout
    r = run("lishui-hq", "verify-audit", "--db", city["url"])
    assert f"{TOWN}: ok" in r.stdout and "0 broken" in r.stdout
    r = run("lishui-desktop", "refusals", "--db", str(db))
    assert r.stdout.strip().endswith("0 refusals open")


def test_offline_township_by_usb(city):
    db = city["dir"] / "offline.sqlite3"
    r = run("lishui-desktop", "demo", "--db", str(db), "--households", "40", "--site", OFFLINE)
    token = token_for(city, OFFLINE)
    allow_migrated(city, r.stdout, OFFLINE)
    dead = f"http://127.0.0.1:{free_port()}"
    r = run("lishui-desktop", "sync", "--db", str(db), "--server", dead, "--token", token,
            "--register-only")
    assert "does not answer" in r.stdout and "stored" in r.stdout
    hq = sqlite3.connect(city["dir"] / "hq.sqlite3")
    count = lambda: hq.execute("SELECT count(*) FROM record WHERE site_code=?",
                               (OFFLINE,)).fetchone()[0]
    assert count() == 0                                   # nothing was sent
    bundle, acks = city["dir"] / "site.bundle", city["dir"] / "site.acks"
    r = run("lishui-desktop", "bundle", "export", "--db", str(db), "--out", str(bundle))
    assert re.search(r"1 batches, \d+ changes", r.stdout), r.stdout
    r = run("lishui-hq", "import-bundle", "--db", city["url"], str(bundle))
    assert "applied" in r.stdout and "nothing new" not in r.stdout
    applied = count()
    assert applied > 0
    r = run("lishui-hq", "import-bundle", "--db", city["url"], str(bundle))
    assert "nothing new was applied" in r.stdout and "applied 1" not in r.stdout
    assert count() == applied
    r = run("lishui-hq", "export-acks", "--db", city["url"], "--bundle", str(bundle),
            "--out", str(acks))
    r = run("lishui-desktop", "bundle", "import", "--db", str(db), str(acks))
    assert "left: changes 0" in r.stdout and "nothing new" not in r.stdout
    r = run("lishui-desktop", "bundle", "import", "--db", str(db), str(acks))
    assert "nothing new" in r.stdout
    # the bundle carried the key; registering again now that the server answers
    key = hq.execute("SELECT count(*) FROM record WHERE entity='site_key' AND id=?",
                     (OFFLINE,)).fetchone()[0]
    assert key == 1
    r = run("lishui-desktop", "sync", "--db", str(db), "--server", city["server"],
            "--register-only")
    assert "the server has its key" in r.stdout
    assert count() == applied                             # still nothing sent


def test_refusals_listed_and_dismissed(city):
    # A county desktop whose decisions name applications the server has never received:
    # the server refuses each one and the desktop keeps the refusals until dismissed.
    db = city["dir"] / "county.sqlite3"
    run("lishui-desktop", "demo", "--db", str(db), "--households", "30", "--site", "331102")
    r = run("lishui-hq", "site", "add", "--db", city["url"], "--code", "331102", "--kind", "county")
    r = run("lishui-desktop", "sync", "--db", str(db), "--server", city["server"], "--token",
            r.stdout.strip())
    refused = int(re.search(r"refused (\d+)\)", r.stdout).group(1))
    if refused == 0:
        pytest.skip("the county demo's decisions all reached the server: no refusal to list")
    r = run("lishui-desktop", "refusals", "--db", str(db))
    assert f"{refused} refusals open" in r.stdout
    first = r.stdout.splitlines()[0].split()[0]
    assert "is not on the server" in r.stdout
    r = run("lishui-desktop", "refusals", "--db", str(db), "--dismiss", first)
    assert "dismissed" in r.stdout
    r = run("lishui-desktop", "refusals", "--db", str(db), "--dismiss", first, ok=False)
    assert r.returncode == 2
    assert r.stderr.startswith("error: no such open refusal"), r.stderr
    assert "refusal.missing" not in r.stderr          # a sentence, not a code
    r = run("lishui-desktop", "refusals", "--db", str(db))
    assert f"{refused - 1} refusals open" in r.stdout and first not in r.stdout
    if refused > 1:
        # Sent again as it is now; it stays listed (marked) until the server takes it.
        second = r.stdout.splitlines()[0].split()[0]
        r = run("lishui-desktop", "refusals", "--db", str(db), "--resend", second)
        assert "goes again with the next sync" in r.stdout
        r = run("lishui-desktop", "refusals", "--db", str(db))
        assert "[sent again" in r.stdout and f"{refused - 1} refusals open" in r.stdout
    run("lishui-desktop", "verify", "--db", str(db))  # the dismissal is audited in the chain


def test_https_with_the_citys_ca(city):
    """The city serves HTTPS; an office pins the city's CA at setup. Plain http to another
    computer is refused unless the site is set up as insecure on purpose."""
    from tests.hq.hq_helpers import make_ca_and_server_cert
    d = city["dir"] / "tls"
    d.mkdir()
    paths = make_ca_and_server_cert(d)
    port = free_port()
    args = ["serve", "--db", city["url"], "--host", "127.0.0.1", "--port", str(port),
            "--certfile", str(paths["cert"]), "--keyfile", str(paths["key"])]
    RAN.append(("lishui-hq", args))
    log = open(d / "serve.log", "wb")
    proc = subprocess.Popen([*program("lishui-hq"), *args], stdout=log, stderr=subprocess.STDOUT)
    try:
        import ssl
        import time

        import httpx
        ctx = ssl.create_default_context(cafile=str(paths["ca"]))
        url = f"https://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(url + "/health", timeout=2, verify=ctx).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        db = city["dir"] / "tls-town.sqlite3"
        code = "331102200"
        r = run("lishui-desktop", "demo", "--db", str(db), "--households", "5", "--site", code)
        token = token_for(city, code)
        allow_migrated(city, r.stdout, code, required=False)
        # Without the city's CA the certificate is not trusted: nothing is stored.
        r = run("lishui-desktop", "sync", "--db", str(db), "--server", url, "--token", token,
                "--register-only", ok=False)
        assert r.returncode != 0 and "certificate is not trusted" in r.stderr, r.stdout
        r = run("lishui-desktop", "sync", "--db", str(db), "--server", url, "--token", token,
                "--ca-file", str(paths["ca"]))
        assert "the server has its key" in r.stdout and "left: changes 0" in r.stdout
        r = run("lishui-desktop", "sync", "--db", str(db))       # the pinned CA is kept
        assert "sent: 0 changes" in r.stdout
        # Plain http to another computer: refused, unless set up so on purpose.
        r = run("lishui-desktop", "sync", "--db", str(db), "--server", "http://10.9.9.9:8000",
                "--token", token, "--register-only", ok=False)
        assert "plain http" in r.stderr
        r = run("lishui-desktop", "sync", "--db", str(db), "--server", "http://10.9.9.9:8000",
                "--token", token, "--insecure-http", "--register-only")
        assert "does not answer" in r.stdout
    finally:
        proc.terminate()
        proc.wait(15)
        log.close()


def test_notices(city):
    db = city["dir"] / "town.sqlite3"
    out = city["dir"] / "notices"
    from tests import dbfile
    app_id = dbfile.connect(db).execute(
        "SELECT id FROM applications WHERE state='approved' AND type != 'tekun' LIMIT 1").fetchone()[0]
    r = run("lishui-desktop", "notices", "--db", str(db), "--application", app_id,
            "--out", str(out), "--user", "cw1", env=CASEWORKER)
    pdfs = [Path(line.split()[-1]) for line in r.stdout.splitlines() if line.endswith(".pdf")]
    assert pdfs and all(p.is_file() for p in pdfs)
    r = run("lishui-desktop", "verify-notice", "--db", str(db), str(pdfs[0]), "--user", "cw1",
            env=CASEWORKER)
    assert f"valid signature of site {TOWN}" in r.stdout
    r = run("lishui-desktop", "notices", "--sample", "--out", str(city["dir"] / "samples"))
    assert len(list((city["dir"] / "samples").glob("sample-*.pdf"))) >= 5


def test_export_lists(city):
    from openpyxl import load_workbook
    from tests import dbfile
    db = city["dir"] / "town.sqlite3"
    village, name, n = dbfile.connect(db).execute(
        "SELECT v.code, v.name, count(*) FROM households h JOIN villages v ON v.code = h.village_code "
        "GROUP BY v.code ORDER BY count(*) DESC LIMIT 1").fetchone()
    out = city["dir"] / "households.xlsx"
    r = run("lishui-desktop", "export", "households", "--db", str(db), "--out", str(out), "--user", "cw1",
            "--search", "", "--village", village, env=CASEWORKER)
    assert f"{n} rows written" in r.stdout and "ID numbers masked" in r.stdout
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("户主", "身份证号", "村（社区）") and len(rows) == n + 1
    assert all(re.fullmatch(r"\d{6}\*{8}[\dX]{4}", r[1]) and r[2] == name for r in rows[1:])
    r = run("lishui-desktop", "export", "applications", "--db", str(db), "--out", str(city["dir"] / "cases.xlsx"),
            "--user", "cw1", "--scope", "all", "--type", "dibao", "--reveal", env=CASEWORKER)
    assert re.search(r"^\d+ rows written", r.stdout)
    # the administrator runs the site, not the cases: no full numbers, said in a sentence
    r = run("lishui-desktop", "export", "households", "--db", str(db), "--out", str(city["dir"] / "x.xlsx"),
            "--user", "admin", "--reveal", env=ADMIN, ok=False)
    assert r.returncode == 2 and r.stderr.startswith("error: this role may not export full ID numbers")
    assert not (city["dir"] / "x.xlsx").exists()


def test_maintenance(city):
    db = city["dir"] / "town.sqlite3"
    r = run("lishui-desktop", "migrate", "--db", str(db), "--user", "admin", env=ADMIN)
    assert "schema" in r.stdout
    r = run("lishui-desktop", "verify", "--db", str(db))
    r = run("lishui-desktop", "backup", "--db", str(db), "--keep", "14")
    made = Path(r.stdout.strip())
    assert made.is_file()
    r = run("lishui-desktop", "backup", "--list", "--db", str(db))
    assert made.name in r.stdout
    r = run("lishui-desktop", "restore", "--db", str(db), str(made), "--user", "admin", env=ADMIN)
    assert "restored" in r.stdout
    run("lishui-desktop", "verify", "--db", str(db))


def test_error_lines_are_sentences(city, tmp_path):
    r = run("lishui-desktop", "sync", "--db", str(tmp_path / "none.sqlite3"), ok=False)
    assert r.returncode == 2 and r.stderr.startswith("error: no database at ")
    assert "db.missing" not in r.stderr
    r = run("lishui-desktop", "bundle", "import", "--db", str(city["dir"] / "town.sqlite3"),
            str(tmp_path / "missing.acks"), ok=False)
    assert r.returncode == 2 and "no such file" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
def test_screenshot(city):
    out = city["dir"] / "shots"
    run("lishui-desktop", "screenshot", "--db", str(city["dir"] / "town.sqlite3"), "--out",
        str(out), "--lang", "en", "--user", "admin", env=ADMIN)
    assert len(list(out.glob("*.png"))) > 10


# -- the README's commands, all of them ------------------------------------------------------------

def readme_commands() -> list[tuple[str, list[str], set[str]]]:
    """(program, subcommand words, option names) of every line in the README's sh blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            words = shlex.split(line.replace("[", " ").replace("]", " "))
            prog = words[0]
            parts, current = [], []
            for w in words[1:]:
                if w == "|":
                    parts.append(current)
                    current = []
                else:
                    current.append(w)
            parts.append(current)
            for part in parts:
                subs, opts = [], set()
                for w in part:
                    if w.startswith("-"):
                        opts.add(w.split("=", 1)[0])
                    elif not opts and re.fullmatch(r"[a-z][a-z-]*", w):
                        subs.append(w)
                if prog in ("lishui-desktop", "lishui-hq", "make"):
                    out.append((prog, subs, opts))
                else:
                    out.append((prog, part, set()))
    return out


def covered(prog: str, subs: list[str], opts: set[str]) -> bool:
    other = ELSEWHERE.get((prog, subs[0] if subs else ""))
    if other:
        text = (ROOT / other).read_text(encoding="utf-8")
        return all(f'"{w}"' in text for w in [*subs, *opts])
    for name, args in RAN:
        if name != prog or args[:len(subs)] != subs:
            continue
        if opts <= {a.split("=", 1)[0] for a in args if a.startswith("-")}:
            return True
    return False


def test_every_readme_command_was_run():
    if not RAN:
        pytest.skip("runs after the tour above (run the whole module)")
    commands = readme_commands()
    assert len(commands) > 20
    missing = []
    for prog, subs, opts in commands:
        if prog == "make":
            assert (prog, subs[0]) in NOT_HERE, f"make {subs[0]}: no test runs it"
            continue
        if prog not in ("lishui-desktop", "lishui-hq"):
            continue          # .venv/bin/python -m pytest ...: the suite itself
        if not covered(prog, subs, opts):
            missing.append(f"{prog} {' '.join(subs)} {' '.join(sorted(opts))}")
    assert not missing, ("README commands no test ran (run them in the tour above, or name the "
                         "test file that runs them in ELSEWHERE):\n" + "\n".join(missing))
