"""Batch printing of a village's notices: each one issued and recorded on its own, all in
one PDF; a cancel stops between notices and keeps exactly the ones already issued."""
import io
import sqlite3

import pypdf
import pytest

from lishui_desktop.domain.errors import PermissionDenied
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices as ns
from tests.notices.helpers import flat
from tests.services.helpers import case_to, household_form
from tests import dbfile

OTHER_VILLAGE = "331102100202"


def _approved(staff, clock, n, village=None):
    out = []
    for _ in range(n):
        hid = hs.save_household(staff.caseworker, household_form(village or staff.village))
        out.append(case_to(staff, "approved", household_id=hid, clock=clock))
    return out


def _recorded(db_path, kind="approval"):
    conn = dbfile.connect(db_path)
    try:
        return conn.execute("SELECT application_id, number FROM notices WHERE kind=? AND copy_of IS NULL"
                            " ORDER BY number", (kind,)).fetchall()
    finally:
        conn.close()


def _pdf_text(pdf: bytes) -> list[str]:
    return [flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_candidates_are_the_village_cases_without_that_notice(staff, clock):
    ids = _approved(staff, clock, 3)
    elsewhere = _approved(staff, clock, 1, OTHER_VILLAGE)
    running = case_to(staff, "reviewed", clock=clock)
    found = ns.batch_candidates(staff.caseworker, staff.village, "approval")
    assert sorted(c.application_id for c in found) == sorted(ids)
    assert {c.head_name for c in found} == {"张三"} and all(c.amount_fen == 150000 for c in found)
    ns.issue(staff.caseworker, ids[0], "approval")
    later = ns.batch_candidates(staff.caseworker, staff.village, "approval")
    assert sorted(c.application_id for c in later) == sorted(ids[1:])
    assert [c.application_id for c in ns.batch_candidates(staff.caseworker, OTHER_VILLAGE, "approval")] == elsewhere
    assert running not in {c.application_id for c in later}


def test_a_batch_issues_each_notice_and_one_pdf(staff, db_path, clock):
    ids = _approved(staff, clock, 3)
    seen = []
    result = ns.issue_batch(staff.caseworker, ids, "approval", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert not result.cancelled and result.skipped == []
    assert [e.application_id for e in result.entries] == ids
    numbers = [e.number for e in result.entries]
    assert len(set(numbers)) == 3
    assert sorted(_recorded(db_path)) == sorted((e.application_id, e.number) for e in result.entries)
    pages = _pdf_text(result.pdf)
    assert len(pages) == result.pages == sum(e.pages for e in result.entries)
    for e in result.entries:
        # Each notice starts on its own page and carries its own number.
        first = pages[e.first_page - 1]
        assert "审核确认通知书" in first and e.number in first
    conn = dbfile.connect(db_path)
    events = [r[0] for r in conn.execute("SELECT event FROM audit_log WHERE event='notice.issue.approval'")]
    assert len(events) == 3
    assert conn.execute("SELECT count(*) FROM outbox WHERE entity='notice'").fetchone()[0] == 3


@pytest.mark.parametrize("stop_after", [0, 2])
def test_cancel_keeps_exactly_the_notices_already_issued(staff, db_path, clock, stop_after):
    ids = _approved(staff, clock, 5)
    done = []
    result = ns.issue_batch(staff.caseworker, ids, "approval",
                            progress=lambda d, t: done.append(d),
                            cancelled=lambda: len(done) >= stop_after)
    assert result.cancelled
    assert len(result.entries) == stop_after == len(done)
    recorded = _recorded(db_path)
    assert sorted(recorded) == sorted((e.application_id, e.number) for e in result.entries)
    if stop_after:
        assert len(_pdf_text(result.pdf)) == result.pages
        # The rest are still waiting for their notice.
        left = ns.batch_candidates(staff.caseworker, staff.village, "approval")
        assert sorted(c.application_id for c in left) == sorted(ids[stop_after:])
    else:
        assert result.pdf == b""


def test_a_case_moved_on_meanwhile_is_skipped_and_the_rest_issued(staff, db_path, clock):
    ids = _approved(staff, clock, 2)
    not_yet = case_to(staff, "reviewed", clock=clock)
    result = ns.issue_batch(staff.caseworker, [ids[0], not_yet, ids[1]], "approval")
    assert [e.application_id for e in result.entries] == ids
    assert [(aid, e.code) for aid, e in result.skipped] == [(not_yet, "notice.state")]
    assert len(_recorded(db_path)) == 2


def test_only_case_staff_print_batches(staff, db_path, clock):
    ids = _approved(staff, clock, 1)
    with pytest.raises(PermissionDenied):
        ns.issue_batch(staff.ctx, ids, "approval")
    assert _recorded(db_path) == []


def test_public_notice_candidates_are_the_cases_in_notice(staff, clock):
    running = [case_to(staff, "publicizing", clock=clock) for _ in range(2)]
    found = ns.batch_candidates(staff.caseworker, staff.village, "public_notice", "dibao")
    assert sorted(c.application_id for c in found) == sorted(running)
    assert ns.batch_candidates(staff.caseworker, staff.village, "public_notice", "tekun") == []
