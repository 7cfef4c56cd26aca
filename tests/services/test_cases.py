"""Use cases on a real database file: the whole procedure, refusals, bad input."""
import sqlite3
from datetime import date, timedelta

import pytest

from lishui_desktop.domain.errors import ConflictError, DomainError, PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from tests.services.helpers import case_to, household_form, member
from tests import dbfile


def snapshot(path):
    """Every row of every table: what "the database is unchanged" compares."""
    conn = dbfile.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def test_whole_dibao_case(staff, db_path, clock):
    aid = case_to(staff, "approved", clock=clock)
    s = ap.summary(staff.caseworker, aid)
    assert s.state is State.APPROVED and s.amount_fen == 150000
    conn = dbfile.connect(db_path)
    actions = [r[0] for r in conn.execute(
        "SELECT action FROM case_events WHERE application_id=? ORDER BY at, rowid", (aid,))]
    assert actions == ["submit", "accept", "start_investigation", "record_visit", "review",
                       "publish", "close_notice", "hand_up", "approve"]
    # The review computed the dibao gap: 3 people, 500 yuan wage, 1,060 standard.
    proposed, explanation = conn.execute("SELECT proposed_fen, explanation FROM applications").fetchone()
    assert proposed == (106000 - 16667) * 3    # 500 yuan / 3 = 166.67 (nearest fen)
    assert "低保" in explanation and "3" in explanation
    decision = conn.execute("SELECT outcome, amount_fen, start_month, site_code FROM decisions").fetchone()
    assert decision == ("approved", 150000, "2026-12", "331102")
    assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1


def test_refusal_path_with_reasons(staff, clock):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    with pytest.raises(ValidationError) as e:
        ap.act(staff.approver, aid, Action.REFUSE, {"reasons": []})
    assert e.value.field == "reasons"
    ap.act(staff.approver, aid, Action.REFUSE, {"reasons": ["家庭月人均收入高于低保标准"]})
    assert ap.summary(staff.caseworker, aid).state is State.REFUSED
    assert ap.allowed_actions(staff.approver, aid) == []


def test_objection_sends_back_and_review_again(staff, clock):
    aid = case_to(staff, "publicizing", clock=clock)
    ap.act(staff.caseworker, aid, Action.RECORD_OBJECTION, {"reasons": ["群众反映其子女有稳定收入"]})
    assert ap.summary(staff.caseworker, aid).state is State.INVESTIGATING
    assert ap.summary(staff.caseworker, aid).notice_end is None


def test_actions_offered_match_the_role(staff, clock):
    aid = case_to(staff, "investigated", clock=clock)
    assert Action.REVIEW in ap.allowed_actions(staff.reviewer, aid)
    assert Action.REVIEW not in ap.allowed_actions(staff.caseworker, aid)
    assert ap.allowed_actions(staff.ctx, aid) == []          # admin does no casework


def test_forced_call_without_the_role_changes_nothing(staff, db_path, clock):
    aid = case_to(staff, "investigated", clock=clock)
    before = snapshot(db_path)
    with pytest.raises(PermissionDenied) as e:
        ap.act(staff.caseworker, aid, Action.REVIEW, {"recommend": True})
    assert e.value.code == "workflow.role" and e.value.field == "role"
    with pytest.raises(PermissionDenied):
        ap.act(staff.ctx, aid, Action.REVIEW, {"recommend": True})
    assert snapshot(db_path) == before


def test_wrong_state_changes_nothing(staff, db_path, clock):
    aid = case_to(staff, "accepted", clock=clock)
    before = snapshot(db_path)
    with pytest.raises(WorkflowError) as e:
        ap.act(staff.reviewer, aid, Action.HAND_UP)
    assert e.value.code == "workflow.state"
    assert snapshot(db_path) == before


def test_decider_who_investigated_is_refused(staff, clock):
    # The reviewer decides when a county delegates the type; but the reviewer reviewed it.
    from lishui_desktop.store.models import ApprovalLevel
    with staff.ctx.db.write() as s:
        s.get(ApprovalLevel, ("331102", "dibao")).level = "township"
    aid = case_to(staff, "awaiting_decision", clock=clock)
    with pytest.raises(PermissionDenied) as e:
        ap.act(staff.reviewer, aid, Action.APPROVE, {"amount_fen": 1, "start_month": "2026-12"})
    assert e.value.code == "duty.separation"


def test_stale_version_is_a_conflict(staff, clock):
    aid = case_to(staff, "submitted", clock=clock)
    v = ap.summary(staff.caseworker, aid).version
    ap.act(staff.caseworker, aid, Action.ACCEPT, expected_version=v)
    with pytest.raises(ConflictError):
        ap.act(staff.caseworker, aid, Action.START_INVESTIGATION, expected_version=v)


@pytest.mark.parametrize("mutate,field,code", [
    (lambda f: setattr(f.members[1], "id_number", "331102197005060029"), "members[1].id_number", "id.check"),
    (lambda f: setattr(f.members[0], "id_number", "33110219680304"), "members[0].id_number", "id.length"),
    (lambda f: setattr(f.members[2], "id_number", "331102209901010012"), "members[2].id_number", "id.future"),
    (lambda f: setattr(f.incomes[0], "monthly_fen", -100), "incomes[0].monthly_fen", "income.negative"),
    (lambda f: setattr(f.incomes[0], "category", "lottery"), "incomes[0].category", "income.category"),
    (lambda f: setattr(f.members[0], "relation", "spouse"), "members", "household.head"),
    (lambda f: setattr(f.members[1], "id_number", f.members[0].id_number), "members[1].id_number", "member.duplicate_id"),
    (lambda f: setattr(f, "members", []), "members", "household.no_members"),
    (lambda f: setattr(f, "village_code", "331102100999"), "village_code", "household.village"),
    (lambda f: setattr(f.members[0], "disability_grade", 7) or setattr(f.members[0], "disability_type", "physical"),
     "members[0].disability_grade", "disability.grade"),
])
def test_bad_household_input_is_refused_and_nothing_saved(staff, db_path, mutate, field, code):
    form = household_form(staff.village)
    mutate(form)
    before = snapshot(db_path)
    with pytest.raises(DomainError) as e:
        hs.save_household(staff.caseworker, form)
    assert (e.value.code, e.value.field) == (code, field)
    assert snapshot(db_path) == before


def test_bad_application_input(staff, db_path):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as e:
        ap.create_application(staff.caseworker, household_id=hid, assistance_type="lottery")
    assert e.value.field == "type"
    with pytest.raises(ValidationError) as e:
        ap.create_application(staff.caseworker, household_id=hid, assistance_type="linshi",
                              requested_fen=-1)
    assert e.value.code == "money.negative"
    with pytest.raises(PermissionDenied):
        ap.create_application(staff.approver, household_id=hid, assistance_type="dibao")
    assert snapshot(db_path) == before
    ap.create_application(staff.caseworker, household_id=hid, assistance_type="dibao")
    with pytest.raises(ValidationError) as e:
        ap.create_application(staff.caseworker, household_id=hid, assistance_type="dibao")
    assert e.value.code == "application.duplicate"


def test_edit_household_keeps_history_and_queues_changes(staff, db_path):
    form = household_form(staff.village)
    hid = hs.save_household(staff.caseworker, form)
    conn = dbfile.connect(db_path)
    ids = [r[0] for r in conn.execute("SELECT id FROM members WHERE household_id=? ORDER BY seq", (hid,))]
    form.members[0].id, form.members[1].id = ids[0], ids[1]
    form.members[2] = member("张小红", "child", date(2015, 2, 3), sex="F")
    form.incomes[0].monthly_fen = 80000
    hs.save_household(staff.caseworker, form, household_id=hid, expected_version=1)
    rows = conn.execute("SELECT name, covered, version FROM members WHERE household_id=? ORDER BY seq",
                        (hid,)).fetchall()
    names = {r[0]: r for r in rows}
    # Taken out of the form: entered by mistake, so removed (one who lived here and left
    # is recorded as moved out instead, see test_record_guards).
    assert "张小明" not in names
    assert conn.execute("SELECT count(*) FROM outbox WHERE entity='member' AND deleted=1").fetchone()[0] == 1
    assert names["张小红"][1] == 1 and names["张三"][2] == 2
    assert conn.execute("SELECT monthly_fen FROM incomes WHERE household_id=?", (hid,)).fetchall() == [(80000,)]
    deleted = conn.execute("SELECT count(*) FROM outbox WHERE entity='income' AND deleted=1").fetchone()[0]
    assert deleted == 1
    with pytest.raises(ConflictError):
        hs.save_household(staff.caseworker, form, household_id=hid, expected_version=1)


def test_reading_a_full_id_number_is_audited(staff, db_path):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    conn = dbfile.connect(db_path)
    mid, number = conn.execute("SELECT id, id_number FROM members WHERE relation='self'").fetchone()
    assert hs.reveal_id_number(staff.caseworker, mid) == number
    row = conn.execute("SELECT user, event, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert row == ("cw1", "member.reveal_id", mid)


def test_full_id_numbers_only_for_casework_roles_within_their_scope(staff, db_path):
    from lishui_desktop.domain.errors import NotFound, PermissionDenied
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    conn = dbfile.connect(db_path)
    mid, number = conn.execute("SELECT id, id_number FROM members WHERE relation='self'").fetchone()
    conn.close()
    # The system administrator manages accounts, not households: refused, nothing recorded.
    before = snapshot(db_path)
    with pytest.raises(PermissionDenied) as e:
        hs.reveal_id_number(staff.ctx, mid)
    assert e.value.code == "member.reveal_denied" and snapshot(db_path) == before
    # The county approver decides the township's cases: may read it (audited).
    assert hs.reveal_id_number(staff.approver, mid) == number
    # A household of another township (as a county file holds them) is not the caseworker's.
    conn = dbfile.connect(db_path)
    conn.execute("UPDATE households SET site_code='331102101', village_code='331102101201' WHERE id=?", (hid,))
    conn.commit()
    conn.close()
    before = snapshot(db_path)
    with pytest.raises(NotFound):
        hs.reveal_id_number(staff.caseworker, mid)
    assert snapshot(db_path) == before
    assert hs.reveal_id_number(staff.approver, mid) == number       # still within 莲都区


def test_staff_relative_needs_county_visit_before_decision(staff, clock):
    hid = hs.save_household(staff.caseworker, household_form(staff.village, staff_relative=True))
    aid = case_to(staff, "awaiting_decision", household_id=hid, clock=clock)
    with pytest.raises(WorkflowError) as e:
        ap.act(staff.approver, aid, Action.APPROVE, {"amount_fen": 1, "amount_reason": "试算"})
    assert e.value.code == "duty.county_visit"
    visit = {"visit_date": clock.when.date(), "investigators": ["刘文俊", "县局王某"],
             "conclusion": "县级入户核实属实"}
    ap.act(staff.approver, aid, Action.APPROVE, {"amount_fen": 1, "amount_reason": "试算",
                                                 "county_visit": visit})
    import sqlite3
    rows = dbfile.connect(staff.ctx.db.path).execute(
        "SELECT by_county, conclusion FROM visits WHERE application_id=? ORDER BY by_county", (aid,)).fetchall()
    assert rows == [(0, "家庭经济状况属实"), (1, "县级入户核实属实")]


def test_due_dates_are_kept(staff, clock):
    aid = case_to(staff, "accepted", clock=clock)
    s = ap.summary(staff.caseworker, aid)
    assert s.due_date is not None and s.due_date > clock.when.date()
    clock.set(clock.when + timedelta(days=30))
    assert ap.summary(staff.caseworker, aid).overdue


def test_banded_dibao_is_a_county_setting(staff, clock):
    from lishui_desktop.services import reference
    aid = case_to(staff, "investigated", clock=clock)
    gap = ap.compute_benefit(staff.reviewer, aid)
    assert gap.amount_fen == (106000 - 16667) * 3    # 500 yuan / 3 = 166.67 (nearest fen)
    with pytest.raises(PermissionDenied):
        reference.set_dibao_method(staff.caseworker, "banded", [(50000, 30000), (106000, 60000)])
    with pytest.raises(ValidationError):
        reference.set_dibao_method(staff.ctx, "banded", [])
    reference.set_dibao_method(staff.ctx, "banded", [(10000, 90000), (106000, 60000)])
    banded = ap.compute_benefit(staff.reviewer, aid)
    assert banded.amount_fen == 60000 * 3      # per-capita 166.66 yuan falls in the second band
    ap.act(staff.reviewer, aid, Action.REVIEW, {"recommend": True})
    assert ap.summary(staff.reviewer, aid).proposed_fen == 180000
