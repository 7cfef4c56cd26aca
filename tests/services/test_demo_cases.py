"""Every demo case follows from its household's data under the project's rules.

The demo is what a pilot office judges the system by: each case's amount, state, reasons
and dates are recomputed here through the services' own rule path
(services.applications._compute on the stored household) and compared, case by case.
"""
from datetime import date

import pytest
from sqlalchemy import select

from lishui_desktop.domain import benefit, workflow
from lishui_desktop.domain import household as hh
from lishui_desktop.domain.workflow import State
from lishui_desktop.services import access, reference
from lishui_desktop.services import applications as ap
from lishui_desktop.services.demo import DEMO_USERS, make_demo, reasons_from
from lishui_desktop.services.households import domain_household
from lishui_desktop.store.models import Application, CaseEvent, Decision, Household

PASSWORDS = {u: p for u, _, _, p in DEMO_USERS}


@pytest.fixture(scope="module", params=[("331102100", 11), ("331127101", 5)])
def cases(request, tmp_path_factory):
    site, seed = request.param
    path = tmp_path_factory.mktemp("democases") / "demo.sqlite3"
    make_demo(path, site_code=site, households=900, seed=seed)
    ctx = access.open_signed_in(path, "admin", PASSWORDS["admin"])
    yield ctx
    ctx.db.dispose()


def _as_of(h: Household, day: date) -> hh.HouseholdFacts:
    """The household on ``day``: income from a job that began later is not yet there."""
    d = domain_household(h)
    return hh.HouseholdFacts(d.members, [i for i in d.incomes if i.employment_start is None
                                    or i.employment_start <= day],
                        d.assets, d.housing_type, d.housing_area_m2, d.household_id)


def _events(s, app) -> dict:
    rows = s.scalars(select(CaseEvent).where(CaseEvent.application_id == app.id)
                     .order_by(CaseEvent.at)).all()
    return {e.action: e for e in rows}, [e.at.date() for e in rows]


def test_every_case_follows_from_its_household(cases):
    ctx = cases
    checked = {s: 0 for s in State}
    with ctx.db.read() as s:
        apps = s.scalars(select(Application)).all()
        assert len(apps) > 150
        for app in apps:
            h = s.get(Household, app.household_id)
            county = app.county_code
            cal, limits = reference.calendar(s), reference.deadline_limits(s, county)
            ev, days = _events(s, app)
            where = f"{app.type} case {app.id} ({app.state})"
            # Dates: every step after the one before, each within its time limit.
            assert days == sorted(days), where
            assert days[0] == app.submitted_on, where
            assert h.created_at.date() <= app.submitted_on, where
            if app.accepted_on:
                assert cal.is_working_day(app.accepted_on), where
                if "start_investigation" in ev:
                    assert ev["start_investigation"].at.date() <= cal.add_working_days(
                        app.accepted_on, limits.start_investigation), where
                if "review" in ev:
                    assert ev["review"].at.date() <= cal.add_working_days(
                        app.accepted_on, limits.investigation), where
            if app.notice_start:
                assert app.notice_end == app.notice_start.fromordinal(
                    app.notice_start.toordinal() + workflow.NOTICE_DAYS - 1), where
                assert ev["review"].at.date() <= app.notice_start, where
                if "close_notice" in ev:
                    assert ev["close_notice"].at.date() > app.notice_end, where
            if app.handed_up_on and app.decided_on:
                assert app.decided_on <= cal.add_working_days(app.handed_up_on, limits.decision), where
                assert app.decided_on <= cal.add_working_days(app.accepted_on, limits.whole), where
            # The 初审: what the rules computed on its day.
            if "review" in ev:
                day = ev["review"].at.date()
                result = ap._compute(s, app, day, household=_as_of(h, day))
                assert bool(app.review_recommends) == result.eligible, where
                if result.eligible:
                    assert app.proposed_fen == result.amount_fen, where
                else:
                    assert ev["review"].params["reasons"] == reasons_from(result, "refuse"), where
                    assert "publish" not in ev, where
            state = State(app.state)
            if state in (State.APPROVED, State.STOPPED):
                day = app.decided_on
                result = ap._compute(s, app, day, household=_as_of(h, day))
                assert result.eligible, (where, result.text_zh())
                params = ev["approve"].params
                if app.amount_fen != result.amount_fen:
                    assert params.get("amount_reason"), (where, app.amount_fen, result.amount_fen)
                # 低保边缘 is a status: it pays nothing itself.
                assert (app.amount_fen > 0) != (app.type == "dibian") and app.start_month == workflow.first_payment_month(day), where
                d = s.get(Decision, params["decision_id"])
                assert (d.outcome, d.amount_fen, d.site_code) == ("approved", app.amount_fen, county), where
                assert d.decided_at.date() == day, where
                if app.type == "dibao":
                    per_capita = next(st for st in result.steps if st.code == "income.per_capita")
                    std = benefit.standard_on(reference.standards(s, county), county, "dibao", day)
                    assert per_capita.params["per_capita_fen"] < std.amount_fen, where
                if app.type == "tekun":
                    # The approval names the person supported, a member of the household.
                    assert params["member_id"] == app.applicant_id, where
                    assert params["member_id"] in {m.id for m in h.members}, where
                    assert params["care"]["care_fen"] == next(
                        st for st in result.steps if st.code == "tekun.care").params["care_fen"], where
            if state is State.STOPPED:
                stop = ev["stop"]
                day = stop.at.date()
                result = ap._compute(s, app, day, household=_as_of(h, day))
                assert not result.eligible, where
                assert app.reasons == reasons_from(result, "stop") == stop.params["reasons"], where
                assert s.get(Decision, stop.params["decision_id"]).outcome == "stopped", where
            if state is State.REFUSED:
                day = app.decided_on
                result = ap._compute(s, app, day, household=_as_of(h, day))
                assert not result.eligible, where
                assert app.reasons and app.reasons == reasons_from(result, "refuse"), where
                d = s.get(Decision, ev["refuse"].params["decision_id"])
                assert (d.outcome, list(d.reasons)) == ("refused", app.reasons), where
                assert app.decided_on <= app.delivered_on <= cal.add_working_days(
                    app.decided_on, limits.delivery), where
                assert app.delivery["recipient"], where
            if state is State.NOT_ACCEPTED:
                # 逾期未补正: the materials asked for are on record.
                assert app.reasons == ["materials_not_supplied"] and app.missing_materials, where
            checked[state] += 1
    assert all(checked[st] for st in (State.APPROVED, State.REFUSED, State.STOPPED, State.NOT_ACCEPTED))


def test_approved_dibao_households_earn_less_than_the_standard(cases):
    """The figure a reviewer looks at first, from the stored rows alone."""
    with cases.db.read() as s:
        rows = s.scalars(select(Application).where(Application.type == "dibao",
                                                   Application.state == "approved")).all()
        assert rows
        for app in rows:
            result = ap._compute(s, app, app.decided_on)
            assert result.eligible and result.amount_fen == app.amount_fen, app.id
