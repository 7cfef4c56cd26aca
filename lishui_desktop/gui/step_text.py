"""The next step of a case in words (services.next_step): on the case page one sentence
says what comes next, who takes it and by when, or whom the case waits on; the lists
show the step and who takes it in two columns."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from . import labels

# Steps as a sentence names them (the buttons say it shorter).
STEPS = {
    "accept": QT_TRANSLATE_NOOP("Step", "Accept (or ask for all missing materials at once)"),
    "wait_materials": QT_TRANSLATE_NOOP("Step", "Mark the materials supplied"),
    "start_investigation": QT_TRANSLATE_NOOP("Step", "Start the investigation"),
    "record_visit": QT_TRANSLATE_NOOP("Step", "Home visit by two investigators"),
    "request_crosscheck": QT_TRANSLATE_NOOP("Step", "Request the data cross-check (signed authorisation)"),
    "crosscheck_result": QT_TRANSLATE_NOOP("Step", "Data cross-check: the county checks and records the result"),
    "review": QT_TRANSLATE_NOOP("Step", "Preliminary review"),
    "publish": QT_TRANSLATE_NOOP("Step", "Start the 7-day public notice"),
    "wait_notice": QT_TRANSLATE_NOOP("Step", "Close the public notice"),
    "close_notice": QT_TRANSLATE_NOOP("Step", "Close the public notice"),
    "hand_up": QT_TRANSLATE_NOOP("Step", "Hand up to the county"),
    "approve": QT_TRANSLATE_NOOP("Step", "Decision: approve, refuse or return"),
    "record_delivery": QT_TRANSLATE_NOOP("Step", "Deliver the refusal and record it"),
    "periodic_review": QT_TRANSLATE_NOOP("Step", "Periodic review"),
    "complete_pay_first": QT_TRANSLATE_NOOP("Step", "Paid first: complete the home visit and paperwork"),
    "closed": QT_TRANSLATE_NOOP("Step", "None: the case is closed"),
}


translate = QCoreApplication.translate


def names() -> list[str]:
    """Every step's name (the width of a list's column)."""
    return [translate("Step", s) for s in STEPS.values()]


def column_samples() -> list[str]:
    """The longest texts of the "whose turn" column: a role with a name of three characters."""
    out = [translate("Step", "Waiting on the applicant"),
           translate("Step", "Waiting until {date}").format(date="2026-12-31")]
    for role in ("caseworker", "reviewer", "approver"):
        who = translate("Step", "{role} ({person})").format(role=labels.role(role), person="欧阳明华")
        out.append(translate("Step", "Waiting on {who}").format(who=who))
    return out


def name(cs) -> str:
    """The step, short enough for a list column."""
    if cs is None:
        return ""
    if cs.step.step == "approve" and cs.step.roles and cs.step.roles[0].value == "reviewer":
        return translate("Step", "Township decision (delegated): approve, refuse or return")
    source = STEPS.get(cs.step.step)
    return translate("Step", source) if source else cs.step.step


def who(cs) -> str:
    """Who takes the step: "you", or the role with the person's name where known."""
    if cs is None or cs.step.closed:
        return ""
    if cs.yours:
        return translate("Step", "You")
    role = labels.role(cs.step.roles[0].value)
    return translate("Step", "{role} ({person})").format(role=role, person=cs.person) if cs.person else role


def column(cs, today: date) -> str:
    """The list's "who" column: yours, or whom the case waits on."""
    if cs is None or cs.step.closed:
        return ""
    if cs.step.step == "wait_materials":
        return translate("Step", "Waiting on the applicant")
    if cs.step.until is not None and today < cs.step.until:
        return translate("Step", "Waiting until {date}").format(date=cs.step.until.isoformat())
    return who(cs) if cs.yours else translate("Step", "Waiting on {who}").format(who=who(cs))


def _due(cs, today: date) -> str:
    due = cs.step.due
    if due is None:
        return ""
    if due < today:
        return translate("Step", ", overdue (due {date})").format(date=due.isoformat())
    return translate("Step", ", due {date}").format(date=due.isoformat())


def line(cs, today: date) -> str:
    """One sentence for the case page."""
    if cs is None:
        return ""
    st = cs.step
    if st.closed:
        return translate("Step", "Next step: none. The case is closed.")
    step, due = name(cs), _due(cs, today)
    if st.step == "wait_materials":
        text = translate("Step", "Waiting on the applicant to bring the missing materials; then {who}: {step}{due}.").format(
            who=who(cs), step=step, due=due)
    elif st.until is not None and today < st.until:
        text = translate("Step", "Waiting until {date}: the public notice runs until {end}. Then {who}: {step}{due}.").format(
            date=st.until.isoformat(), end=(st.until - timedelta(days=1)).isoformat(),
            who=who(cs), step=step, due=due)
    elif st.step == "periodic_review":
        text = (translate("Step", "Receiving assistance. Next step: {step} by {who}, due {date}.").format(
            step=step, who=who(cs), date=st.due.isoformat()) if st.due else
            translate("Step", "Receiving assistance. Next step: {step} by {who}.").format(step=step, who=who(cs)))
    elif cs.yours:
        text = translate("Step", "Next step: {step}. It is yours{due}.").format(step=step, due=due)
    else:
        text = translate("Step", "Waiting on {who}: {step}{due}.").format(who=who(cs), step=step, due=due)
    if st.county_visit:
        text += " " + translate("Step", "The county visits in person before it decides (relative of staff).")
    return text
