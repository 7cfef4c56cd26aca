"""Columns of the lists, shared by the pages that show households and cases."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from lishui_desktop.domain import regions
from lishui_desktop.services import queries

from . import labels, match_text, step_text
from .models import CENTER, OVERDUE, RIGHT, WARNING, Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


translate = QCoreApplication.translate


def _flag(row) -> str:
    return translate("Columns", "Staff relative") if row.staff_relative else ""


def _type_names() -> list[str]:
    return [labels.assistance_type(c) for c in labels.TYPES]


def _state_names() -> list[str]:
    return [labels.state(c) for c in labels.STATES]


def match_column() -> Column:
    """Shown while searching: who and what the words typed matched (the page highlights it)."""
    return Column(QT_TRANSLATE_NOOP("Columns", "Matched"), lambda r: match_text.plain(r.matches), None, width=300,
                  tooltip=lambda r: match_text.plain(r.matches))


def household_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, "head", width=110),
        match_column(),
        Column(QT_TRANSLATE_NOOP("Columns", "ID number"), lambda r: r.head_id_masked, None, width=170),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, "village", width=110),
        Column(QT_TRANSLATE_NOOP("Columns", "Address"), lambda r: r.address, "address", width=200),
        Column(QT_TRANSLATE_NOOP("Columns", "Persons"), lambda r: r.member_count, "members", RIGHT, width=50),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone, "phone", width=120),
        Column(QT_TRANSLATE_NOOP("Columns", "Open cases"), lambda r: r.open_cases or "", None, RIGHT, width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "Note"), _flag, None, width=110,
               foreground=lambda r: OVERDUE if r.staff_relative else None),
        Column(QT_TRANSLATE_NOOP("Columns", "Updated"),
               lambda r: labels.day(r.updated_at.date()) if r.updated_at else "", "updated", width=100),
    ]


def _due_text(today: Callable[[], date]):
    def text(r) -> str:
        if r.due_date is None:
            return ""
        if r.overdue:
            return labels.Day(translate("Columns", "{date} (overdue)").format(date=r.due_date.isoformat()),
                              r.due_date)
        return labels.day(r.due_date)
    return text


def _due_color(r):
    return OVERDUE if r.overdue else None


def _amount(r) -> str:
    if r.amount_fen is not None:
        return labels.amount(r.amount_fen, r.type)
    if r.proposed_fen is not None:
        return labels.amount(r.proposed_fen, r.type)
    return ""


def application_columns(today: Callable[[], date]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, "head", width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, "village", width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Assistance"), lambda r: labels.assistance_type(r.type), "type",
               width=150, samples=_type_names),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: labels.state(r.state), "state", width=130, samples=_state_names),
        Column(QT_TRANSLATE_NOOP("Columns", "Next step"), lambda r: step_text.name(r.step), None, width=170,
               tooltip=lambda r: step_text.line(r.step, today()), samples=step_text.names),
        Column(QT_TRANSLATE_NOOP("Columns", "Whose turn"), lambda r: step_text.column(r.step, today()), None,
               width=200, samples=step_text.column_samples),
        Column(QT_TRANSLATE_NOOP("Columns", "Applied on"), lambda r: labels.day(r.submitted_on), "submitted",
               width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), _due_text(today), "due", width=165, foreground=_due_color),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"), _amount, "amount", RIGHT, width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Caseworker"), lambda r: r.assigned_name, None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Note"), _flag, None, width=100,
               foreground=lambda r: OVERDUE if r.staff_relative else None),
    ]


def worklist_columns(today: Callable[[], date]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), _due_text(today), "due", width=165, foreground=_due_color),
        Column(QT_TRANSLATE_NOOP("Columns", "Next step"), lambda r: step_text.name(r.step), "state", width=180,
               tooltip=lambda r: step_text.line(r.step, today()), samples=step_text.names),
        Column(QT_TRANSLATE_NOOP("Columns", "Whose turn"), lambda r: step_text.column(r.step, today()), None,
               width=200, samples=step_text.column_samples),
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, "head", width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, "village", width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Assistance"), lambda r: labels.assistance_type(r.type), "type",
               width=150, samples=_type_names),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: labels.state(r.state), None, width=130, samples=_state_names),
        Column(QT_TRANSLATE_NOOP("Columns", "Note"), _flag, None, width=100,
               foreground=lambda r: OVERDUE if r.staff_relative else None),
    ]


def notice_columns(today: Callable[[], date]) -> list[Column]:
    def left(r) -> str:
        days = queries.notice_days_left(r, today())
        if days is None:
            return ""
        if days < 0:
            return translate("Columns", "Ended: close it")
        if days == 0:
            return translate("Columns", "Last day")
        return translate("Columns", "{n} days left").format(n=days)

    def color(r):
        days = queries.notice_days_left(r, today())
        if days is not None and days < 0:
            return OVERDUE
        if queries.notice_ending_soon(r, today()):
            return WARNING
        return None

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Notice period"),
               lambda r: f"{labels.day(r.notice_start)} – {labels.day(r.notice_end)}", None, width=190),
        Column(QT_TRANSLATE_NOOP("Columns", "Remaining"), left, None, width=110, foreground=color),
    ]


def visit_due_columns(today: Callable[[], date]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, "head", width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, "village", width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Assistance"), lambda r: labels.assistance_type(r.type), "type",
               width=140, samples=_type_names),
        Column(QT_TRANSLATE_NOOP("Columns", "Visits"), lambda r: r.visits or "", None, RIGHT, width=75),
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), _due_text(today), "due", width=165, foreground=_due_color),
    ]


def township_name(code: str) -> str:
    try:
        return regions.township_name(code)
    except Exception:
        return code


def queue_columns(today: Callable[[], date]) -> list[Column]:
    # What the approver sorts by comes first: where the case is from and when it is due.
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), _due_text(today), "due", width=165, foreground=_due_color,
               tooltip=lambda r: step_text.line(r.step, today())),
        Column(QT_TRANSLATE_NOOP("Columns", "Township"), lambda r: township_name(r.township_code), "township",
               width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, "village", width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, "head", width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "Assistance"), lambda r: labels.assistance_type(r.type), "type",
               width=130, samples=_type_names),
        Column(QT_TRANSLATE_NOOP("Columns", "Proposed (yuan)"), lambda r: labels.yuan(r.proposed_fen), "amount",
               RIGHT, width=110),
        Column(QT_TRANSLATE_NOOP("Columns", "Handed up"), lambda r: labels.day(r.handed_up_on), "handed_up",
               width=95),
        Column(QT_TRANSLATE_NOOP("Columns", "Note"), _flag, None, width=100,
               foreground=lambda r: OVERDUE if r.staff_relative else None),
    ]


def visit_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Visit date"), lambda r: labels.day(r.visit_date), None, width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village_name, None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Assistance"), lambda r: labels.assistance_type(r.type), None,
               width=140, samples=_type_names),
        Column(QT_TRANSLATE_NOOP("Columns", "Investigators"), lambda r: translate("Columns", ", ").join(r.investigators), None,
               width=150),
        Column(QT_TRANSLATE_NOOP("Columns", "By the county"), lambda r: translate("Columns", "Yes") if r.by_county else "", None,
               CENTER, width=70),
        Column(QT_TRANSLATE_NOOP("Columns", "Attachments"), lambda r: r.attachments or "", None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Conclusion"), lambda r: labels.conclusion(r.conclusion_code,
                                                                                   (r.conclusion.splitlines() or [""])[0]),
               None, width=200),
    ]
