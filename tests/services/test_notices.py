"""Issuing notices from real cases: recorded, numbered, signed, refused in the wrong state."""
import sqlite3
import os
import subprocess
import sys

import pytest

from lishui_desktop import notices as nt
from lishui_desktop.domain.errors import DomainError, PermissionDenied, WorkflowError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import notices as ns
from tests.notices.helpers import ID_RE, all_text, decode_qr
from tests.services.helpers import case_to
from tests.services.test_cases import snapshot
from tests import dbfile


def _pdf(tmp_path, issued):
    return issued.save(tmp_path)


def test_approval_notice_is_recorded_signed_and_right(staff, db_path, clock, tmp_path):
    aid = case_to(staff, "approved", clock=clock)
    issued = ns.issue(staff.caseworker, aid, "approval")
    assert issued.number == "莲民救〔2026〕1号"        # the county bureau decided: its number
    pdf = _pdf(tmp_path, issued)
    text = all_text(pdf)
    for expected in ("审核确认通知书", "张三", "1,500.00", "壹仟伍佰元整", "2026年12月", "2026年11月"):
        assert expected in text, expected
    payload = decode_qr(pdf)
    verified = nt.verify_payload(payload, ns.public_keys(staff.caseworker))
    assert (verified.number, verified.kind, verified.application_id) == (issued.number, "approval", aid)
    assert verified.content_hash == issued.content_hash
    conn = dbfile.connect(db_path)
    row = conn.execute("SELECT kind, number, content_hash, application_id, created_by, copy_of"
                       " FROM notices").fetchone()
    assert row == ("approval", issued.number, issued.content_hash, aid, "cw1", None)
    event = conn.execute("SELECT event, user FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert event == ("notice.issue.approval", "cw1")
    assert conn.execute("SELECT count(*) FROM outbox WHERE entity='notice'").fetchone()[0] == 1


def test_tampered_payload_fails(staff, clock, tmp_path):
    aid = case_to(staff, "approved", clock=clock)
    payload = decode_qr(_pdf(tmp_path, ns.issue(staff.caseworker, aid, "approval"))).decode()
    keys = ns.public_keys(staff.caseworker)
    tampered = payload.replace('"approval"', '"refusal"')
    assert tampered != payload
    with pytest.raises(DomainError) as e:
        nt.verify_payload(tampered, keys)
    assert e.value.code == "notice.signature"


def test_reprint_is_a_marked_copy(staff, db_path, clock, tmp_path):
    aid = case_to(staff, "approved", clock=clock)
    first = ns.issue(staff.caseworker, aid, "approval")
    copy = ns.reprint(staff.caseworker, first.notice_id)
    assert copy.is_copy and copy.number == first.number and copy.content_hash == first.content_hash
    assert "副本" in all_text(_pdf(tmp_path, copy))
    assert "副本" not in all_text(_pdf(tmp_path / "..", first))
    rows = dbfile.connect(db_path).execute("SELECT copy_of FROM notices ORDER BY created_at, rowid").fetchall()
    assert rows == [(None,), (first.notice_id,)]
    # A new original gets the township's next number (the approval carried the county's);
    # a copy does not use one up.
    assert ns.issue(staff.caseworker, aid, "acceptance").number == "莲碧民救〔2026〕1号"


def test_refusal_states_appeal_rights(staff, clock, tmp_path):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    ap.act(staff.approver, aid, "refuse", {"reasons": ["家庭月人均收入高于低保标准"]})
    text = all_text(_pdf(tmp_path, ns.issue(staff.caseworker, aid, "refusal")))
    for expected in ("不予确认", "家庭月人均收入高于低保标准", "60日", "莲都区人民政府", "6个月", "行政诉讼"):
        assert expected in text, expected


def test_public_notice_has_no_id_numbers(staff, db_path, clock, tmp_path):
    ids = [case_to(staff, "publicizing", clock=clock) for _ in range(2)]
    issued = ns.issue_public_notice(staff.caseworker, staff.village, "dibao")
    text = all_text(_pdf(tmp_path, issued))
    assert "公示" in text and "张三" in text and "7天" in text
    assert not ID_RE.search(text)
    numbers = [r[0] for r in dbfile.connect(db_path).execute("SELECT id_number FROM members")]
    assert not any(n in text or n[-4:] + "" in text.replace("2026", "") for n in numbers[:1])
    assert ids


@pytest.mark.parametrize("kind,state", [("approval", "awaiting_decision"), ("refusal", "approved"),
                                        ("missing_materials", "accepted"), ("stop", "approved")])
def test_wrong_state_is_refused_and_nothing_recorded(staff, db_path, clock, kind, state):
    aid = case_to(staff, state, clock=clock)
    before = snapshot(db_path)
    with pytest.raises(WorkflowError) as e:
        ns.issue(staff.caseworker, aid, kind)
    assert e.value.code in ("notice.state", "notice.no_decision")
    assert snapshot(db_path) == before


def test_admin_cannot_issue(staff, clock):
    aid = case_to(staff, "accepted", clock=clock)
    with pytest.raises(PermissionDenied):
        ns.issue(staff.ctx, aid, "acceptance")


def test_cli_notices_and_verify(staff, db_path, clock, tmp_path):
    aid = case_to(staff, "approved", clock=clock)
    staff.ctx.db.dispose()
    from tests.conftest import PASSWORD
    env = {**os.environ, "LISHUI_PASSWORD": PASSWORD}
    run = lambda *a: subprocess.run([sys.executable, "-m", "lishui_desktop.cli", *a],
                                    capture_output=True, text=True, env=env)
    out = tmp_path / "pdf"
    # The caseworker signs in (password from $LISHUI_PASSWORD): that opens the encrypted file.
    r = run("notices", "--db", str(db_path), "--application", aid, "--out", str(out), "--user", "cw1")
    assert r.returncode == 0, r.stderr
    approval = next(out.glob("审核确认通知书*.pdf"))
    nobody = run("verify-notice", "--db", str(db_path), str(approval))
    assert nobody.returncode == 2 and "--user" in nobody.stderr
    v = run("verify-notice", "--db", str(db_path), str(approval), "--user", "rv1")
    assert v.returncode == 0, v.stderr
    assert "valid signature of site 331102100" in v.stdout
    sample = run("notices", "--sample", "--out", str(tmp_path / "s"))
    assert sample.returncode == 0 and len(list((tmp_path / "s").glob("*.pdf"))) == len(nt.KINDS)
