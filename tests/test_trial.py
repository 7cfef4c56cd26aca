"""`lishui-desktop trial DIR` (`make trial`), then a round trip through the trial's own
databases with the README's commands only: a township hands a case up, the county pulls
it, decides, and the township takes the decision in and prints its notice; once over the
network (碧湖镇) and once by USB bundles (大港头镇)."""
from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader

from tests import dbfile
from tests.hq.hq_helpers import free_port, sign_in
from tests.test_readme_commands import program

NET, USB, COUNTY = "331102100", "331102102", "331102"
PW = {"admin": "Admin2026", "cw1": "Demo2026a", "rv1": "Demo2026d", "ap1": "Demo2026e"}


def run(name: str, *args: str, user: str | None = None, ok: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if user:
        env["LISHUI_PASSWORD"] = PW[user]
        args = (*args, "--user", user)
    r = subprocess.run([*program(name), *args], capture_output=True, text=True, env=env, timeout=600)
    if ok:
        assert r.returncode == 0, f"{name} {' '.join(args)}\n{r.stdout}\n{r.stderr}"
    return r


def cases(db: Path, state: str, user: str) -> list[list[str]]:
    r = run("lishui-desktop", "cases", "--db", str(db), "--state", state, user=user)
    return [line.split("\t") for line in r.stdout.splitlines()[1:]]


def decidable(db: Path, state: str, user: str) -> list[list[str]]:
    """``cases`` the county can decide from the papers: not those of a relative of staff,
    whom the county visits in person first (the demo has a few)."""
    relatives = {aid for (aid,) in dbfile.connect(db).execute(
        "SELECT a.id FROM applications a JOIN households h ON h.id = a.household_id"
        " WHERE h.staff_relative")}
    return [c for c in cases(db, state, user) if c[0] not in relatives]


@pytest.fixture(scope="module")
def trial(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trial") / "city"
    port = free_port()
    r = run("lishui-desktop", "trial", str(folder), "--port", str(port), "--households", "160")
    db = f"sqlite:///{folder / 'hq.sqlite3'}"
    assert f"lishui-hq serve --db {db} --host 127.0.0.1 --port {port}" in r.stdout
    log = open(folder / "serve.log", "wb")
    proc = subprocess.Popen([*program("lishui-hq"), "serve", "--db", db, "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield {"dir": folder, "db": db, "out": r.stdout}
    proc.terminate()
    proc.wait(15)
    log.close()


def test_the_city_page_opens_for_the_printed_administrator(trial):
    line = next(x for x in trial["out"].splitlines() if "city page:" in x)
    url = line.split("city page: ")[1].split()[0].rstrip("/")
    user, password = line.split("sign in as ")[1].split(",")[0].split(" / ")
    assert httpx.get(url + "/").status_code == 303          # nothing without signing in
    browser = sign_in(url, user, password)
    page = browser.get("/").text
    browser.close()
    assert "市级管理员（全市）" in page and "莲都区 331102" in page and "最低生活保障" in page


def test_the_trial_world_is_one_world(trial):
    d = trial["dir"]
    assert (d / "README.txt").read_text(encoding="utf-8").strip() in trial["out"]
    county = dbfile.connect(d / f"{COUNTY}.sqlite3")
    for town in (NET, USB):
        t = dbfile.connect(d / f"{town}.sqlite3")
        # Every decision at the township is one the county made and the township took in.
        decided = dict(t.execute("SELECT id, state FROM applications WHERE state IN ('approved', 'refused')"))
        assert decided and set(decided.values()) == {"approved", "refused"}
        made = {a: o for a, o, site in county.execute(
            "SELECT application_id, outcome, site_code FROM decisions") if a in decided}
        assert made == decided
        assert {r[0] for r in t.execute("SELECT DISTINCT site_code FROM decisions")} == {COUNTY}
        # Nothing of the township waits to be sent, and the county holds its cases as they are.
        assert t.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        there = dict(county.execute("SELECT id, state FROM applications WHERE township_code=?", (town,)))
        assert dict(t.execute("SELECT id, state FROM applications")) == there
    # Left for the pilot office: cases in the county's queue.
    assert county.execute("SELECT count(*) FROM applications WHERE state='awaiting_decision'").fetchone()[0] >= 4


def _notice_text(out: Path, stdout: str) -> str:
    pdfs = [Path(line.split()[-1]) for line in stdout.splitlines() if line.endswith(".pdf")]
    assert pdfs
    return "".join(p.extract_text() for f in pdfs for p in PdfReader(f).pages).replace("\n", "")


def test_round_trip_over_the_network(trial):
    d = trial["dir"]
    town, county = d / f"{NET}.sqlite3", d / f"{COUNTY}.sqlite3"
    aid, atype, _, head, *_ = decidable(town, "publicized", "rv1")[0]
    r = run("lishui-desktop", "case", "--db", str(town), aid, "hand_up", user="rv1")
    assert "now awaiting_decision" in r.stdout
    assert "refused 0" in run("lishui-desktop", "sync", "--db", str(town)).stdout
    run("lishui-desktop", "sync", "--db", str(county))
    queue = {row[0]: row for row in cases(county, "awaiting_decision", "ap1")}
    assert aid in queue
    r = run("lishui-desktop", "case", "--db", str(county), aid, "approve", user="ap1")
    assert "now approved" in r.stdout
    assert "refused 0" in run("lishui-desktop", "sync", "--db", str(county)).stdout
    r = run("lishui-desktop", "sync", "--db", str(town))
    assert "1 decisions taken into cases" in r.stdout
    assert aid in {row[0] for row in cases(town, "approved", "cw1")}
    out = d / "notices-net"
    r = run("lishui-desktop", "notices", "--db", str(town), "--application", aid, "--out", str(out),
            user="cw1")
    text = _notice_text(out, r.stdout)
    assert head in text and "莲都区民政局" in text


def test_round_trip_by_usb(trial):
    d = trial["dir"]
    town, county = d / f"{USB}.sqlite3", d / f"{COUNTY}.sqlite3"
    aid, _, _, head, _, proposed, _ = next(c for c in decidable(town, "publicized", "rv1") if c[5])
    run("lishui-desktop", "case", "--db", str(town), aid, "hand_up", user="rv1")

    def carry(name: str) -> subprocess.CompletedProcess:
        bundle, acks = d / f"{name}.bundle", d / f"{name}.acks"
        run("lishui-desktop", "bundle", "export", "--db", str(town), "--out", str(bundle))
        run("lishui-hq", "import-bundle", str(bundle), "--db", trial["db"])
        run("lishui-hq", "export-acks", "--bundle", str(bundle), "--out", str(acks), "--db", trial["db"])
        return run("lishui-desktop", "bundle", "import", "--db", str(town), str(acks))

    carry("up")
    run("lishui-desktop", "sync", "--db", str(county))
    assert aid in {row[0] for row in cases(county, "awaiting_decision", "ap1")}
    # An amount of the county's own needs its reason (kept in the audit).
    r = run("lishui-desktop", "case", "--db", str(county), aid, "approve", "--amount", "1",
            user="ap1", ok=False)
    assert r.returncode == 2 and "error:" in r.stderr
    yuan = float(proposed) - 10
    r = run("lishui-desktop", "case", "--db", str(county), aid, "approve", "--amount", f"{yuan:.2f}",
            "--amount-reason", "县级核实：另有赡养费收入每月10元", user="ap1")
    assert "now approved" in r.stdout
    run("lishui-desktop", "sync", "--db", str(county))
    r = carry("down")
    assert "1 decisions taken into cases" in r.stdout, r.stdout
    assert dbfile.connect(town).execute("SELECT state FROM applications WHERE id=?",
                                        (aid,)).fetchone()[0] == "approved"
    r = run("lishui-desktop", "notices", "--db", str(town), "--application", aid, "--out",
            str(d / "notices-usb"), user="cw1")
    assert head in _notice_text(d / "notices-usb", r.stdout)
