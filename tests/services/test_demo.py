"""The demo database: realistic, consistent with the rules, and usable by the app."""
import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from lishui_desktop.domain import idnumber, workflow
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.services import applications as ap
from lishui_desktop.services import access
from lishui_desktop.services.demo import DEMO_USERS, make_demo
from lishui_desktop.store.audit import verify_file
from tests import dbfile


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    report = make_demo(path, site_code="331127101", households=800, seed=7)
    return path, report


def test_every_type_and_state_is_there(demo):
    path, report = demo
    conn = dbfile.connect(path)
    states = {r[0] for r in conn.execute("SELECT DISTINCT state FROM applications")}
    assert states == {s.value for s in State}
    types = {r[0] for r in conn.execute("SELECT DISTINCT type FROM applications")}
    assert types == set(workflow.ASSISTANCE_TYPES)
    assert report.overdue > 0
    overdue = conn.execute("SELECT count(*) FROM applications WHERE due_date < ?",
                           (date.today().isoformat(),)).fetchone()[0]
    assert overdue == report.overdue


def test_people_are_valid_and_local(demo):
    path, _ = demo
    conn = dbfile.connect(path)
    for number, birth, sex in conn.execute("SELECT id_number, birth_date, sex FROM members"):
        info = idnumber.parse(number)
        assert info.birth_date.isoformat() == birth and info.sex == sex
        assert info.region == "331127"       # 景宁畲族自治县
    heads = conn.execute("SELECT count(*) FROM members WHERE relation='self'").fetchone()[0]
    assert heads == conn.execute("SELECT count(*) FROM households").fetchone()[0]
    names = [r[0] for r in conn.execute("SELECT name FROM villages")]
    assert names and all(n.endswith(("村", "社区")) for n in names)


def test_case_histories_follow_the_workflow(demo):
    path, _ = demo
    conn = dbfile.connect(path)
    apps = conn.execute("SELECT id, state, involved FROM applications").fetchall()
    for aid, state, involved in apps:
        events = conn.execute("SELECT action, from_state, to_state, created_by FROM case_events"
                              " WHERE application_id=? ORDER BY at, rowid", (aid,)).fetchall()
        assert events[0][0] == "submit"
        current = State.SUBMITTED
        for action, before, after, user in events[1:]:
            t = workflow.TRANSITIONS[Action(action)]
            assert State(before) == current and current in t.sources
            assert after == (t.target or current).value
            current = State(after)
        assert current.value == state
    # Nobody decided a case they took in, investigated or reviewed.
    user_ids = {u: i for i, u in conn.execute("SELECT id, username FROM users")}
    for aid, involved in conn.execute("SELECT application_id, a.involved FROM decisions d"
                                      " JOIN applications a ON a.id=d.application_id"):
        assert user_ids["ap1"] not in json.loads(involved)


def test_cases_past_the_review_rest_on_a_cross_check(demo):
    from lishui_desktop.domain.crosscheck import CHECKED_TYPES
    from lishui_desktop.sync.payloads import payload_problem
    path, _ = demo
    conn = dbfile.connect(path)
    reviewed = {a for a, t in conn.execute(
        "SELECT DISTINCT e.application_id, a.type FROM case_events e JOIN applications a"
        " ON a.id=e.application_id WHERE e.action='review'") if t in CHECKED_TYPES}
    waiting = {a for a, t in conn.execute("SELECT id, type FROM applications WHERE state='investigated'")
               if t in CHECKED_TYPES}
    checked = {a for (a,) in conn.execute("SELECT application_id FROM crosscheck_results")}
    # Reviewed cases, and visited ones waiting for their review, have the result in.
    assert reviewed and waiting and reviewed | waiting == checked
    cols = [r[1] for r in conn.execute("PRAGMA table_info(crosscheck_results)")]
    row = dict(zip(cols, conn.execute("SELECT * FROM crosscheck_results LIMIT 1").fetchone()))
    row["findings"], row["by_county"] = json.loads(row["findings"]), bool(row["by_county"])
    for k in ("id", "version", "site_code", "created_at", "created_by", "updated_at", "updated_by"):
        row.pop(k)
    assert payload_problem("crosscheck_result", row) is None


def test_demo_verifies_and_queues_everything(demo):
    path, _ = demo
    assert verify_file(path, dbfile.key_of(path)).ok
    conn = dbfile.connect(path)
    for table in ("households", "members", "applications", "case_events", "visits", "crosschecks",
                  "crosscheck_results"):
        n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        q = conn.execute(f"SELECT count(*) FROM outbox o JOIN {table} t ON t.id=o.entity_id").fetchone()[0]
        assert n == q > 0


def test_demo_users_log_in_and_work(demo):
    path, _ = demo
    pw = {u: p for u, _, _, p in DEMO_USERS}
    # Every printed demo user's password opens the encrypted file.
    rv = access.open_signed_in(path, "rv1", pw["rv1"])
    db = rv.db
    cw = access.sign_in(rv, "cw1", pw["cw1"])
    with db.read() as s:
        # An investigated case whose cross-check result is in (others still wait on the county).
        aid = s.execute(sqlite_text(
            "SELECT a.id FROM applications a JOIN crosscheck_results r ON r.application_id = a.id "
            "WHERE a.state = 'investigated' AND r.outcome = 'clear'")).scalar()
    assert Action.REVIEW in ap.allowed_actions(rv, aid)
    ap.act(rv, aid, Action.REVIEW, {"recommend": True})
    assert ap.summary(cw, aid).state is State.REVIEWED
    assert verify_file(path, dbfile.key_of(path)).ok
    db.dispose()


def sqlite_text(sql):
    from sqlalchemy import text
    return text(sql)


def test_cli_demo_for_a_county(tmp_path):
    path = tmp_path / "county.sqlite3"
    r = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "demo", "--db", str(path),
                        "--households", "150", "--site", "331122"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "ap1 / " in r.stdout and "缙云县" in r.stdout
    assert "recovery code: " in r.stdout
    # Encrypted: the standard library's sqlite3 cannot read it.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM households").fetchone()
    conn = dbfile.connect(path)
    townships = {r[0] for r in conn.execute("SELECT DISTINCT township_code FROM applications")}
    assert len(townships) > 3 and all(t.startswith("331122") for t in townships)
    # A county does not push its townships' records: only its own decisions are queued.
    assert {r[0] for r in conn.execute("SELECT DISTINCT entity FROM outbox")} <= {"decision"}
    again = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "demo", "--db", str(path)],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "exists" in again.stderr


def test_demo_visits_conclude_in_the_visit_forms_wording(demo):
    """A demo visit records its conclusion as the form does: a code of domain.codes (shown in
    the form's wording), not a sentence of its own."""
    from lishui_desktop.domain import codes
    path, _ = demo
    conn = dbfile.connect(path)
    found = [(json.loads(f), c) for f, c in conn.execute("SELECT findings, conclusion FROM visits")]
    assert found
    assert all(f.get("conclusion") in codes.VISIT_CONCLUSIONS for f, _ in found)
    assert all(c == "" for _, c in found)


def _shape_of(path):
    """What a seed decides, in the order it is written (ids and clock times aside)."""
    conn = dbfile.connect(path)
    q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    return {
        "households": q("SELECT head_name, address, member_count, village_code FROM households ORDER BY rowid"),
        "members": q("SELECT name, id_number, relation FROM members ORDER BY rowid"),
        "cases": q("SELECT type, state, submitted_on, amount_fen, due_date FROM applications ORDER BY rowid"),
        "decisions": q("SELECT number, outcome, amount_fen FROM decisions ORDER BY rowid"),
        "requests": q("SELECT request_no FROM crosschecks ORDER BY rowid"),
        "outbox": q("SELECT entity, version FROM outbox ORDER BY rowid"),
        "audit": q("SELECT seq, event, entity, user FROM audit_log ORDER BY seq"),
    }


def test_a_seed_makes_the_same_demo_in_worker_processes(tmp_path):
    """Made by two worker processes, chunk by chunk, a demo is the one made in this process:
    the numbers, the outbox order and the chain follow the households, not the workers."""
    from lishui_desktop.services import demo as demo_mod
    assert demo_mod.CHUNK < 2500
    here, there = tmp_path / "here" / "demo.sqlite3", tmp_path / "there" / "demo.sqlite3"
    here.parent.mkdir()
    there.parent.mkdir()
    a = make_demo(here, site_code="331102100", households=2500, seed=3, workers=0)
    b = make_demo(there, site_code="331102100", households=2500, seed=3, workers=2)
    assert (a.households, a.members, a.applications, a.by_state, a.overdue, a.migrated) == \
        (b.households, b.members, b.applications, b.by_state, b.overdue, b.migrated)
    shape = _shape_of(here)
    assert shape == _shape_of(there)
    assert verify_file(there, dbfile.key_of(there)).ok
    # The scratch files of the chunks are gone.
    assert sorted(p.name for p in there.parent.iterdir() if p.name.startswith(".")) == []
    # Each deciding body's numbers of a year run 1, 2, 3 ... in the order written.
    seen: dict = {}
    for number, _, _ in shape["decisions"]:
        prefix, n = number.rsplit("〕", 1)
        seen.setdefault(prefix, []).append(int(n.rstrip("号")))
    assert seen and all(ns == list(range(1, len(ns) + 1)) for ns in seen.values())
    assert len({r for (r,) in shape["requests"]}) == len(shape["requests"]) > 0
    # Another seed, another demo.
    other = tmp_path / "other.sqlite3"
    make_demo(other, site_code="331102100", households=1200, seed=4, workers=0)
    assert _shape_of(other)["households"][:50] != shape["households"][:50]


def test_cli_demo_in_worker_processes_and_a_bad_size(tmp_path):
    """The command's worker processes start from the command itself (spawned, they import
    it again); a bad size is refused before an existing file is replaced."""
    path = tmp_path / "big.sqlite3"
    cmd = [sys.executable, "-m", "lishui_desktop.cli", "demo", "--db", str(path)]
    r = subprocess.run(cmd + ["--households", "2100", "--workers", "2", "--seed", "5"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "2100 households" in r.stdout
    assert verify_file(path, dbfile.key_of(path)).ok
    conn = dbfile.connect(path)
    assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == 2100
    # Every household found by its name through the search index, fed chunk by chunk.
    assert conn.execute("SELECT count(*) FROM households_fts").fetchone()[0] == 2100
    conn.close()
    before = path.read_bytes()
    for bad, field in ((["--households", "-5"], "households"), (["--workers", "-1"], "worker")):
        r = subprocess.run(cmd + bad + ["--force"], capture_output=True, text=True)
        assert r.returncode == 2 and r.stderr.startswith("error: ") and field in r.stderr, r.stderr
        assert path.read_bytes() == before


def test_the_first_cases_show_every_state_on_its_plain_path(demo):
    """However small, a demo shows every state: its first cases take them in turn (the most
    frequent first, so a few dozen households have decisions), none a relative of staff's."""
    path, _ = demo
    conn = dbfile.connect(path)
    first = conn.execute("SELECT a.state, h.staff_relative FROM applications a JOIN households h"
                         " ON h.id = a.household_id ORDER BY a.rowid LIMIT ?", (len(State),)).fetchall()
    assert {st for st, _ in first} == {s.value for s in State}
    assert first[0][0] == "approved"
    assert not any(rel for _, rel in first)
