"""The service enforces what the dialogs used to: the appraisal panel, the visit's
conclusion, and stores codes whoever calls."""
import io

import pypdf
import pytest

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import notices as ns
from tests.notices.helpers import flat
from tests.services.helpers import case_to
from tests.services.test_cases import snapshot
from tests import dbfile


def test_a_forced_unlawful_appraisal_is_refused_and_changes_nothing(staff, db_path):
    aid = case_to(staff, "investigated")
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as e:
        ap.act(staff.caseworker, aid, "record_appraisal",
               {"appraisal": {"date": "2026-11-02", "panel_size": 6, "village_reps": 3, "votes_for": 6,
                              "result": "agree"}})
    assert e.value.code == "appraisal.panel"
    assert snapshot(db_path) == before
    ap.act(staff.caseworker, aid, "record_appraisal",
           {"appraisal": {"date": "2026-11-02", "panel_size": 6, "village_reps": 4, "votes_for": 5,
                          "result": "agree"}})


def test_a_visit_that_differs_must_say_how(staff, db_path):
    aid = case_to(staff, "investigating")
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as e:
        ap.act(staff.caseworker, aid, "record_visit",
               {"investigators": ["周晓燕", "吴建华"], "findings": {"conclusion": "differs"}, "conclusion": " "})
    assert (e.value.code, e.value.field) == ("reasons.required", "conclusion")
    assert snapshot(db_path) == before


def test_reasons_are_stored_as_codes_and_printed_in_chinese(staff, clock):
    aid = case_to(staff, "submitted")
    # A caller that sends the wording instead of the code gets the code stored all the same.
    ap.act(staff.caseworker, aid, "refuse_acceptance",
           {"reasons": ["not_registered_here", "明显不符合该项救助条件", "户口已迁往外省"]})
    assert ap.summary(staff.caseworker, aid).state.value == "not_accepted"
    from lishui_desktop.store.models import Application
    with staff.ctx.db.read() as s:
        assert s.get(Application, aid).reasons == ["not_registered_here", "clearly_ineligible", "户口已迁往外省"]
    issued = ns.issue(staff.caseworker, aid, "non_acceptance")
    text = flat("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(issued.pdf)).pages))
    for printed in ("申请人户籍不在本乡镇（街道）", "明显不符合该项救助条件", "户口已迁往外省"):
        assert flat(printed) in text
    assert "not_registered_here" not in text


def test_member_born_in_the_future_is_refused(staff, db_path):
    from datetime import date

    from lishui_desktop.domain import idnumber
    from lishui_desktop.services import households as hs
    from tests.services.helpers import household_form
    form = household_form(staff.village)
    form.members[2].id_number = idnumber.make("331102", date(2027, 3, 1), 12)   # the clock says 2026-11-02
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as e:
        hs.save_household(staff.caseworker, form)
    assert e.value.code == "id.future" and e.value.field.startswith("members[2]")
    assert snapshot(db_path) == before


def test_only_township_staff_resolve_conflicts_whoever_calls(staff):
    from lishui_desktop.domain.errors import PermissionDenied
    from lishui_desktop.services import conflicts, permissions
    with pytest.raises(PermissionDenied) as e:
        conflicts.resolve(staff.approver, "no-such-conflict", {})
    assert e.value.code == "conflict.role"
    assert not permissions.may_resolve_conflicts(staff.approver)
    assert permissions.may_resolve_conflicts(staff.caseworker)


def test_the_review_amount_is_computed_by_the_service_from_the_options(staff, db_path):
    aid = case_to(staff, "investigated")
    ap.act(staff.reviewer, aid, "review", {"recommend": True, "benefit_options": {}})
    summary = ap.summary(staff.reviewer, aid)
    expected = ap.compute_benefit(staff.reviewer, aid).amount_fen
    import sqlite3
    proposed, explanation = dbfile.connect(db_path).execute(
        "SELECT proposed_fen, explanation FROM applications WHERE id = ?", (aid,)).fetchone()
    assert summary.state.value == "reviewed" and proposed == expected and "低保" in explanation
