"""A case on one page: who, what, where it stands, the whole history, the visits and
the money, and exactly the actions the workflow allows this user now.

Shared by the applications page (township) and the county decisions page. The
buttons come from services.applications.allowed_actions, which asks
domain.workflow with this user's role: a user without the role never sees the
action (and the service refuses it if called anyway).
"""
from __future__ import annotations

import os
import tempfile
from functools import partial

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from lishui_desktop.domain import benefit
from lishui_desktop.domain.money import format_yuan
from lishui_desktop.services import applications as aps
from lishui_desktop.domain import workflow
from lishui_desktop.domain.workflow import State
from lishui_desktop.services import case_page, notices, queries

from .. import i18n, labels, step_text, tasks
from ..env import Env
from ..models import Column, RIGHT, RowsTableModel
from ..widgets import apply_widths, banner, banner_style, make_table_view, selected_row
from ..qtfix import emit

# Actions whose button stands out as the usual next step.
PRIMARY = {"accept", "start_investigation", "record_visit", "review", "publish", "close_notice", "hand_up",
           "approve", "supply_materials"}
DANGER = {"refuse", "refuse_acceptance", "stop", "withdraw"}

FINDING_LABELS = {
    "housing_type": QT_TRANSLATE_NOOP("CaseView", "Housing"),
    "housing_area_m2": QT_TRANSLATE_NOOP("CaseView", "Housing area (m²)"),
    "living_conditions": QT_TRANSLATE_NOOP("CaseView", "Living conditions"),
    "vehicles": QT_TRANSLATE_NOOP("CaseView", "Vehicles and machinery"),
    "livestock": QT_TRANSLATE_NOOP("CaseView", "Livestock"),
    "deposits_fen": QT_TRANSLATE_NOOP("CaseView", "Deposits (yuan)"),
    "supporters": QT_TRANSLATE_NOOP("CaseView", "Supporters"),
    "hardship_cause": QT_TRANSLATE_NOOP("CaseView", "Cause of hardship"),
    "official_relative": QT_TRANSLATE_NOOP("CaseView", "Relative of staff or officials"),
    "neighbours": QT_TRANSLATE_NOOP("CaseView", "Neighbours interviewed"),
    "members_present": QT_TRANSLATE_NOOP("CaseView", "Members present"),
    "village_witness": QT_TRANSLATE_NOOP("CaseView", "Village cadre present"),
    "head_signature": QT_TRANSLATE_NOOP("CaseView", "Household head signed"),
}
SIGNATURE = {"signed": QT_TRANSLATE_NOOP("CaseView", "Signed"),
             "thumbprint": QT_TRANSLATE_NOOP("CaseView", "Thumbprint"),
             "absent": QT_TRANSLATE_NOOP("CaseView", "Not present")}


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


translate = QCoreApplication.translate


def event_text(ev: queries.EventView) -> str:
    """The details of one history entry, in a sentence or two."""
    p = ev.params or {}
    parts = []
    if p.get("type"):
        parts.append(labels.assistance_type(p["type"]))
    if p.get("missing"):
        parts.append(translate("CaseView", "Missing: {items}").format(items=labels.materials(p["missing"])))
    if p.get("reasons"):
        parts.append(translate("CaseView", "Reasons: {items}").format(items=labels.reasons(p["reasons"])))
    if p.get("investigators"):
        parts.append(translate("CaseView", "Investigators: {names}").format(names=translate("CaseView", ", ").join(p["investigators"])))
    if p.get("visit_date"):
        parts.append(translate("CaseView", "Visited on {date}").format(date=p["visit_date"]))
    if p.get("conclusion") or (p.get("findings") or {}).get("conclusion"):
        parts.append(labels.conclusion((p.get("findings") or {}).get("conclusion"), str(p.get("conclusion") or "")))
    if "recommend" in p:
        parts.append(translate("CaseView", "Recommends approval") if p["recommend"] else translate("CaseView", "Does not recommend approval"))
    if p.get("amount_fen") is not None:
        parts.append(translate("CaseView", "Amount {amount} yuan").format(amount=format_yuan(int(p["amount_fen"]))))
    if p.get("start_month"):
        parts.append(translate("CaseView", "Paid from {month}").format(month=p["start_month"]))
    if p.get("start"):
        parts.append(translate("CaseView", "Notice posted on {date}").format(date=p["start"]))
    if p.get("appraisal"):
        a = p["appraisal"]
        parts.append(translate("CaseView", "Appraisal on {date}: {reps} of {panel} village representatives, {votes} votes for").format(
            date=a.get("date", ""), reps=a.get("village_reps", ""), panel=a.get("panel_size", ""),
            votes=a.get("votes_for", "")))
    if p.get("note"):
        parts.append(translate("CaseView", "Remarks: {note}").format(note=p["note"]))
    return translate("CaseView", "; ").join(parts)



def _notice_force(n: dict) -> str:
    if n["superseded"]:
        return translate("CaseView", "Replaced by a correction")
    return translate("CaseView", "Copy") if n["copy"] else translate("CaseView", "In force")

def _reckoning(d: queries.CaseDetail) -> str:
    """The review's reckoning in the interface language, from the steps the review recorded
    as codes; a review recorded before that (or from a newer site) as it was written."""
    review = next((e for e in reversed(d.events) if e.action == "review"), None)
    stored = (review.params or {}).get("steps") if review is not None else None
    steps = [benefit.Step.from_dict(s) for s in stored or ()]
    if not steps or None in steps:
        return d.explanation
    return "\n".join(s.text_zh() if i18n.current() == "zh" else s.text_en() for s in steps)


def _checksum_tip(a) -> str:
    return translate("CaseView", "SHA-256: {hash}\nThe same file always gives the same code; any change to the "
                                 "file gives another.").format(hash=a.sha256)


class CaseView(QWidget):
    back = Signal()
    loaded = Signal(object)         # CaseDetail

    def __init__(self, env: Env, parent: QWidget | None = None, *, show_back: bool = True,
                 decision_first: bool = False):
        super().__init__(parent)
        self.decision_first = decision_first
        self.env = env
        self.application_id: str | None = None
        self.detail: queries.CaseDetail | None = None
        self.actions: list[str] = []
        self.action_buttons: dict[str, QPushButton] = {}
        self.dialog = None
        self.preview = None
        env.runner.changed.connect(self._changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the list"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.back_button.setVisible(show_back)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("caseState")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("caseDue")
        # The limit and a provisional note make it long: wrap rather than widen the window.
        self.due_label.setWordWrap(True)
        head.addWidget(self.back_button)
        head.addSpacing(8)
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.state_label)
        head.addStretch(1)
        outer.addLayout(head)
        # On a line of its own: beside the title it squeezed both on a narrow page.
        outer.addWidget(self.due_label)

        self.staff_banner = banner(self, "caseStaffBanner", "danger")
        self.info_banner = banner(self, "caseInfoBanner", "info")
        self.reason_banner = banner(self, "caseReasonBanner", "warning")
        self.decision_banner = banner(self, "caseDecisionBanner", "ok")
        # What the last action here did, said in words; cleared when another case opens.
        self.outcome_banner = banner(self, "caseOutcomeBanner", "ok")
        self._outcome_for: str | None = None
        for b in (self.outcome_banner, self.staff_banner, self.info_banner, self.reason_banner,
                  self.decision_banner):
            outer.addWidget(b)

        # What comes next, who takes it and by when: the line a new caseworker reads first.
        self.next_step_label = banner(self, "caseNextStep", "info")
        f = QFont(self.next_step_label.font())
        f.setBold(True)
        self.next_step_label.setFont(f)
        outer.addWidget(self.next_step_label)

        self.actions_box = QGroupBox(self.tr("What you can do now"), self)
        self.actions_layout = QHBoxLayout(self.actions_box)
        self.no_actions = QLabel(self.tr("Nothing for you to do on this case now."), self.actions_box)
        self.actions_layout.addWidget(self.no_actions)
        self.actions_layout.addStretch(1)
        outer.addWidget(self.actions_box)

        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(18)
        self.fact_labels: dict[str, QLabel] = {}
        facts_box = QWidget(self)
        facts_box.setLayout(self.facts)
        for i, (key, title) in enumerate([
                ("applicant", QT_TRANSLATE_NOOP("CaseView", "Applicant")),
                ("address", QT_TRANSLATE_NOOP("CaseView", "Address")),
                ("phone", QT_TRANSLATE_NOOP("CaseView", "Phone")),
                ("members", QT_TRANSLATE_NOOP("CaseView", "Members")),
                ("submitted", QT_TRANSLATE_NOOP("CaseView", "Applied on")),
                ("accepted", QT_TRANSLATE_NOOP("CaseView", "Accepted on")),
                ("notice", QT_TRANSLATE_NOOP("CaseView", "Public notice")),
                ("handed_up", QT_TRANSLATE_NOOP("CaseView", "Handed up on")),
                ("proposed", QT_TRANSLATE_NOOP("CaseView", "Proposed amount")),
                ("decided", QT_TRANSLATE_NOOP("CaseView", "Decided amount")),
                ("caseworker", QT_TRANSLATE_NOOP("CaseView", "Caseworker")),
                ("number", QT_TRANSLATE_NOOP("CaseView", "Case number"))]):
            title_label = QLabel(_t(title) + translate("CaseView", ":"), facts_box)
            title_label.setStyleSheet("color: #555;")
            value = QLabel(facts_box)
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            # Wrapped, a long address does not hold the page (and the county's queue beside it) wide.
            value.setWordWrap(True)
            r, c = divmod(i, 3)
            self.facts.addWidget(title_label, r, c * 2)
            self.facts.addWidget(value, r, c * 2 + 1)
            self.fact_labels[key] = value
        for c in range(3):
            self.facts.setColumnStretch(c * 2 + 1, 1)
        outer.addWidget(facts_box)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        outer.addWidget(self.tabs, 1)
        self._build_tabs()
        if decision_first:
            # The county decides from the review's reckoning, the visit and the notice: that tab first.
            self.tabs.tabBar().moveTab(self.tabs.indexOf(self.amount_text), 0)
            self.tabs.setCurrentWidget(self.amount_text)

    # -- tabs ------------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        env = self.env
        # Household
        house = QSplitter(Qt.Vertical)
        self.members = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.name, width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "Relation"), lambda m: labels.relation(m.relation), width=80,
                   samples=lambda: [labels.relation(c) for c in labels.RELATIONS]),
            Column(QT_TRANSLATE_NOOP("Columns", "ID number"), lambda m: m.id_masked, width=170),
            Column(QT_TRANSLATE_NOOP("Columns", "Age"), lambda m: m.age, align=RIGHT, width=50),
            Column(QT_TRANSLATE_NOOP("Columns", "Health"), lambda m: m.health, width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Disability"),
                   lambda m: labels.disability(m.disability_type, m.disability_grade), width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Self-care"), lambda m: labels.selfcare_level(m.selfcare), width=150,
                   samples=lambda: [labels.selfcare_level(c) for c in labels.SELFCARE_LEVELS]),
            Column(QT_TRANSLATE_NOOP("Columns", "Occupation"), lambda m: m.occupation, width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "Covered"), lambda m: translate("CaseView", "Yes") if m.covered else translate("CaseView", "No"), width=50),
        ], parent=self)
        mv = make_table_view(house, "caseMembers")
        mv.setModel(self.members)
        apply_widths(mv, "case.members")
        self.money = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: r[0], width=260),
            Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda r: r[1], width=100),
            Column(QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"), lambda r: r[2], align=RIGHT, width=120),
            Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r[3], width=200)], parent=self)
        money_view = make_table_view(house, "caseMoney")
        money_view.setModel(self.money)
        apply_widths(money_view, "case.money")
        house.addWidget(mv)
        house.addWidget(money_view)
        self.tabs.addTab(house, self.tr("Household"))

        # History
        self.events = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda e: labels.moment(e.at),
                   width=130),
            Column(QT_TRANSLATE_NOOP("Columns", "Step"), lambda e: labels.action(e.action), width=150),
            Column(QT_TRANSLATE_NOOP("Columns", "State afterwards"), lambda e: labels.state(e.to_state), width=130),
            Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.actor, width=80),
            Column(QT_TRANSLATE_NOOP("Columns", "Details"), event_text, width=400, tooltip=event_text),
        ], parent=self)
        ev = make_table_view(self.tabs, "caseHistory")
        ev.setModel(self.events)
        apply_widths(ev, "case.history")
        self.tabs.addTab(ev, self.tr("History"))

        # Visits
        visits = QSplitter(Qt.Horizontal)
        self.visits = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Visit date"), lambda v: labels.day(v.visit_date), width=100),
            Column(QT_TRANSLATE_NOOP("Columns", "Investigators"), lambda v: translate("CaseView", ", ").join(v.investigators),
                   width=150),
            Column(QT_TRANSLATE_NOOP("Columns", "By the county"), lambda v: translate("CaseView", "Yes") if v.by_county else "",
                   width=70),
            Column(QT_TRANSLATE_NOOP("Columns", "Attachments"), lambda v: len(v.attachments) or "", align=RIGHT,
                   width=60),
        ], parent=self)
        self.visits_view = make_table_view(visits, "caseVisits")
        self.visits_view.setModel(self.visits)
        apply_widths(self.visits_view, "case.visits")
        self.visits_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_visit(cur.row()))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.visit_text = QPlainTextEdit(right)
        self.visit_text.setObjectName("visitFindings")
        self.visit_text.setReadOnly(True)
        rl.addWidget(self.visit_text, 1)
        self.visit_attachments = RowsTableModel(self._attachment_columns(), parent=self)
        self.visit_att_view = make_table_view(right, "visitAttachments")
        self.visit_att_view.setModel(self.visit_attachments)
        apply_widths(self.visit_att_view, "case.visit_attachments")
        self.visit_att_view.doubleClicked.connect(lambda i: self._open_attachment(self.visit_attachments, i.row()))
        self.visit_att_view.setMaximumHeight(130)
        rl.addWidget(self.visit_att_view)
        visits.addWidget(self.visits_view)
        visits.addWidget(right)
        visits.setStretchFactor(1, 2)
        self.visits_tab = visits
        self.tabs.addTab(visits, self.tr("Home visits"))

        from .crosscheck_tab import CrossCheckTab
        self.crosscheck_tab = CrossCheckTab(env, self)
        self.tabs.addTab(self.crosscheck_tab, self.tr("Data cross-check"))

        # Amount
        self.amount_text = QPlainTextEdit(self)
        self.amount_text.setObjectName("amountExplanation")
        self.amount_text.setReadOnly(True)
        self.tabs.addTab(self.amount_text, self.tr("Review and decision points"))

        # Attachments
        att = QWidget()
        al = QVBoxLayout(att)
        self.attachments = RowsTableModel(self._attachment_columns(), parent=self)
        self.att_view = make_table_view(att, "caseAttachments")
        self.att_view.setModel(self.attachments)
        apply_widths(self.att_view, "case.attachments")
        self.att_view.doubleClicked.connect(lambda i: self._open_attachment(self.attachments, i.row()))
        al.addWidget(self.att_view)
        row = QHBoxLayout()
        self.add_att_button = QPushButton(self.tr("Add scans…"), att)
        self.add_att_button.clicked.connect(self._add_attachments)
        self.open_att_button = QPushButton(self.tr("Open"), att)
        self.open_att_button.clicked.connect(lambda: self._open_attachment(self.attachments,
                                                                           selected_row(self.att_view)))
        row.addWidget(self.add_att_button)
        row.addWidget(self.open_att_button)
        row.addStretch(1)
        al.addLayout(row)
        self.attachments_tab = att
        self.tabs.addTab(att, self.tr("Attachments"))

        # Printed notices
        nw = QWidget()
        nl = QVBoxLayout(nw)
        issue_note = QLabel(self.tr("Issue a new notice. Each one gets the next document number of the year and is "
                                    "recorded; it opens for printing."), nw)
        issue_note.setWordWrap(True)
        nl.addWidget(issue_note)
        self.kinds_row = QHBoxLayout()
        self.no_kinds = QLabel(self.tr("No notice is issued for a case in this state."), nw)
        self.kinds_row.addWidget(self.no_kinds)
        self.kinds_row.addStretch(1)
        nl.addLayout(self.kinds_row)
        self.kind_buttons: dict[str, QPushButton] = {}
        self.public_hint = QLabel(self.tr("The public notice list is printed for a whole village: on the "
                                          "Applications list, \"Print a village's notices…\"."), nw)
        self.public_hint.setObjectName("publicNoticeHint")
        self.public_hint.setStyleSheet("color: #555;")
        self.public_hint.hide()
        nl.addWidget(self.public_hint)
        issued_title = QLabel(self.tr("Issued so far (a reprint is marked as a copy and recorded too):"), nw)
        nl.addWidget(issued_title)
        self.notices = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Notice"), lambda n: labels.notice_kind(n["kind"]), width=190),
            Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda n: n["number"], width=190),
            Column(QT_TRANSLATE_NOOP("Columns", "Issued on"), lambda n: labels.day(n["issued_on"]), width=100),
            Column(QT_TRANSLATE_NOOP("Columns", "Original or copy"),
                   lambda n: translate("CaseView", "Copy") if n["copy"] else translate("CaseView", "Original"),
                   width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "Issued by"), lambda n: n["by"], width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "In force"), _notice_force, width=160,
                   tooltip=lambda n: n["correction_reason"]),
        ], parent=self)
        self.notices_view = make_table_view(nw, "caseNotices")
        self.notices_view.setModel(self.notices)
        apply_widths(self.notices_view, "case.notices")
        self.notices_view.doubleClicked.connect(lambda i: self.reprint(i.row()))
        nl.addWidget(self.notices_view, 1)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("&Reprint the selected notice (copy)…"), nw)
        self.reprint_button.setObjectName("reprintNotice")
        self.reprint_button.clicked.connect(lambda: self.reprint(selected_row(self.notices_view)))
        row.addWidget(self.reprint_button)
        # A wrong original is never edited: a correction (更正) is a new original with a new
        # number that names the one it replaces, and needs its reason (services.notices.correct).
        self.correct_button = QPushButton(self.tr("&Correct the selected notice (new original)…"), nw)
        self.correct_button.setObjectName("correctNotice")
        self.correct_button.clicked.connect(lambda: self.correct_notice(selected_row(self.notices_view)))
        row.addWidget(self.correct_button)
        row.addStretch(1)
        nl.addLayout(row)
        self.notices_tab = nw
        self.tabs.addTab(nw, self.tr("Print notices"))

    def _attachment_columns(self) -> list[Column]:
        return [Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda a: a.filename, width=200),
                Column(QT_TRANSLATE_NOOP("Columns", "Size"), lambda a: f"{a.size / 1024:.0f} KB", align=RIGHT,
                       width=70),
                # A caseworker checks that a file is the one recorded; the algorithm is on hover.
                Column(QT_TRANSLATE_NOOP("Columns", "File checksum"), lambda a: a.sha256[:12] + "…", width=130,
                       tooltip=_checksum_tip),
                Column(QT_TRANSLATE_NOOP("Columns", "Added"),
                       lambda a: labels.day(a.created_at.date()) if a.created_at else "", width=90)]

    # -- loading ----------------------------------------------------------------------------

    def open(self, application_id: str) -> None:
        if application_id != self._outcome_for:
            self.outcome_banner.hide()
            self._outcome_for = None
        self.application_id = application_id
        self.reload()

    def show_outcome(self, action: str, state) -> None:
        """Say what the action just did to this case (it stays open, whatever lists do)."""
        d = self.detail
        head = d.row.head_name if d else ""
        state_value = getattr(state, "value", state)
        self.outcome_banner.setText(self.tr("Done: {action} for the {head} household. The case is now: "
                                            "{state}.").format(action=labels.action(action), head=head,
                                                               state=labels.state(state_value)))
        self._outcome_for = self.application_id
        self.outcome_banner.show()

    def reload(self) -> None:
        if not self.application_id:
            return
        env, app_id = self.env, self.application_id

        env.runner.submit(lambda: case_page.load(env.ctx, app_id), key=f"case-{id(self)}", done=self._loaded)

    def _changed(self, kinds) -> None:
        if kinds & {tasks.APPLICATIONS, tasks.NOTICES} and self.application_id and self.isVisible():
            self.reload()

    def _loaded(self, page: case_page.CasePage) -> None:
        detail, actions, kinds, issued, due = page.detail, page.actions, page.notice_kinds, page.issued, page.due
        self.detail, self.actions = detail, actions
        if detail is None:
            self.title.setText(self.tr("This case no longer exists."))
            return
        row, h = detail.row, detail.household
        self.title.setText(self.tr("{head} household · {type}").format(head=row.head_name,
                                                                      type=labels.assistance_type(row.type)))
        self.state_label.setText(labels.state(row.state))
        self.state_label.setStyleSheet("QLabel { background: #1d4f8c; color: white; padding: 3px 10px; "
                                       "border-radius: 9px; }")
        if row.due_date:
            text = (self.tr("Overdue since {date}") if row.overdue else self.tr("Due {date}")).format(
                date=row.due_date.isoformat())
            if due is not None and due.limit:
                text += self.tr(" · {limit}").format(limit=labels.limit(due.limit, due.limit_days))
            if due is not None and due.provisional:
                years = ", ".join(str(y) for y in due.provisional_years)
                text += self.tr(" (provisional: no official holiday schedule for {years} yet; "
                                "holidays computed from the statutory rules)").format(years=years)
                self.due_label.setToolTip(self.tr("The date may move when the city hands down the "
                                                  "official schedule with its adjusted working days."))
            else:
                self.due_label.setToolTip("")
            self.due_label.setText(text)
            self.due_label.setStyleSheet("color: #b03a2e; font-weight: bold;" if row.overdue else "")
        else:
            self.due_label.setText("")
        self._next_step(page.step)
        self._banners(detail)
        self._facts(detail)
        self._action_buttons(actions)
        self.members.set_rows(h.members)
        money = [(labels.income_category(i.category), i.member_name or translate("CaseView", "Whole household"),
                  format_yuan(i.monthly_fen) + translate("CaseView", "/month"), i.note) for i in h.incomes]
        money += [(labels.asset_kind(a.kind), "", format_yuan(a.value_fen), a.description) for a in h.assets]
        self.money.set_rows(money)
        self.events.set_rows(detail.events)
        self.visits.set_rows(detail.visits)
        if detail.visits:
            self.visits_view.selectRow(len(detail.visits) - 1)
            self._show_visit(len(detail.visits) - 1)
        else:
            self.visit_text.setPlainText(self.tr("No home visit yet."))
            self.visit_attachments.set_rows([])
        self.attachments.set_rows(detail.attachments)
        self.crosscheck_tab.show_case(detail)
        self.add_att_button.setVisible(not self.env.admin)
        self.amount_text.setPlainText(self._amount_text(detail))
        self.tabs.setTabText(self.tabs.indexOf(self.visits_tab),
                             self.tr("Home visits ({n})").format(n=len(detail.visits)))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab),
                             self.tr("Attachments ({n})").format(n=len(detail.attachments)))
        self._notice_buttons(kinds, row.state)
        self.notices.set_rows(issued)
        self.reprint_button.setEnabled(bool(issued) and not self.env.admin)
        self.correct_button.setEnabled(bool(issued) and not self.env.admin)
        self.public_hint.setVisible(row.state == State.PUBLICIZING.value and self.env.township_staff)
        self.tabs.setTabText(self.tabs.indexOf(self.notices_tab),
                             self.tr("Print notices ({n})").format(n=len(issued)))
        emit(self.loaded, detail)

    def _next_step(self, cs) -> None:
        self.next_step_label.setText(step_text.line(cs, self.env.today()))
        banner_style(self.next_step_label, "waiting" if cs is None or cs.waiting or cs.step.closed else "info")
        self.next_step_label.setVisible(cs is not None)

    def _banners(self, d: queries.CaseDetail) -> None:
        h = d.household
        if h.staff_relative:
            self.staff_banner.setText(self.tr("Close relative of staff ({note}): recorded separately; the county "
                                              "must visit in person before deciding.").format(
                note=h.staff_relative_note))
        self.staff_banner.setVisible(h.staff_relative)
        info = []
        state = State(d.row.state)
        if d.missing_materials and state is State.MATERIALS_MISSING:
            info.append(self.tr("Missing materials: {items}").format(items=labels.materials(d.missing_materials)))
        if d.row.notice_start and state in workflow.NOTICE_POSTED:
            info.append(self.tr("Public notice {first} to {last}").format(first=d.row.notice_start.isoformat(),
                                                                        last=d.row.notice_end.isoformat()))
        self.info_banner.setText("\n".join(info))
        self.info_banner.setVisible(bool(info))
        show_reasons = d.reasons and state in workflow.REASONS_SHOWN
        if show_reasons:
            self.reason_banner.setText(self.tr("Latest reasons: {items}").format(items=labels.reasons(d.reasons)))
        self.reason_banner.setVisible(bool(show_reasons))
        if state is State.APPROVED and d.paid_first_on is not None:
            # 先行救助: decided by the township; its paperwork owed by the due date.
            text = self.tr("Paid first by the township (urgent aid) on {day}: {amount} yuan.").format(
                day=labels.day(d.paid_first_on), amount=format_yuan(d.row.amount_fen or 0))
            if d.completed_on:
                # The sentence brings its own space (none between Chinese sentences).
                text += self.tr(" Investigation and paperwork completed on {day}.").format(
                    day=labels.day(d.completed_on))
            elif d.row.due_date:
                text += (self.tr(" Investigation and paperwork overdue since {day}.") if d.row.overdue
                               else self.tr(" Investigation and paperwork due by {day}.")).format(
                    day=labels.day(d.row.due_date))
            self.decision_banner.setText(text)
            self.decision_banner.show()
        elif state is State.APPROVED and d.row.amount_fen is not None:
            self.decision_banner.setText(self.tr("Approved: {amount} yuan, paid from {month}.").format(
                amount=format_yuan(d.row.amount_fen), month=d.start_month or ""))
            self.decision_banner.show()
        else:
            self.decision_banner.hide()

    def _facts(self, d: queries.CaseDetail) -> None:
        row, h = d.row, d.household
        f = self.fact_labels
        f["applicant"].setText(d.applicant_name)
        f["address"].setText(f"{h.village_name} {h.address}".strip())
        f["phone"].setText(h.phone or "—")
        f["members"].setText(self.tr("{n} ({covered} covered)").format(
            n=len(h.members), covered=sum(1 for m in h.members if m.covered)))
        f["submitted"].setText(labels.day(row.submitted_on))
        f["accepted"].setText(labels.day(d.accepted_on) or "—")
        f["notice"].setText(f"{labels.day(row.notice_start)} – {labels.day(row.notice_end)}" if row.notice_start
                            else "—")
        f["handed_up"].setText(labels.day(d.handed_up_on) or "—")
        f["proposed"].setText(labels.amount_sentence(row.proposed_fen, row.type)
                              if row.proposed_fen is not None else "—")
        f["decided"].setText(self.tr("{amount} from {month}").format(
            amount=labels.amount_sentence(row.amount_fen, row.type), month=d.start_month or "")
            if row.amount_fen is not None else "—")
        f["caseworker"].setText(row.assigned_name or "—")
        f["number"].setText(row.id[:8].upper())
        f["number"].setToolTip(row.id)

    def _amount_text(self, d: queries.CaseDetail) -> str:
        """Everything a decision rests on, in reading order: the review and its reckoning,
        the home visit, the public notice and objections, decisions so far."""
        out = []
        if d.review_recommends is not None:
            out.append(self.tr("Preliminary review: recommends approval") if d.review_recommends
                       else self.tr("Preliminary review: does not recommend approval"))
        if d.row.proposed_fen is not None:
            out.append(self.tr("Proposed amount: {amount}").format(
                amount=labels.amount_sentence(d.row.proposed_fen, d.row.type)))
        if d.row.requested_fen is not None:
            out.append(self.tr("Amount requested: {amount} yuan").format(amount=format_yuan(d.row.requested_fen)))
        explanation = _reckoning(d)
        if explanation:
            out += ["", self.tr("How the amount was reached:"), explanation]
        if d.visits:
            v = d.visits[-1]
            out += ["", self.tr("Home visit on {date} by {names}{county}").format(
                date=labels.day(v.visit_date), names=_t(", ").join(v.investigators),
                county=self.tr(" (county)") if v.by_county else ""),
                self.tr("Conclusion: {text}").format(text=labels.conclusion(v.findings.get("conclusion"), v.conclusion) or "—")]
        else:
            out += ["", self.tr("No home visit yet.")]
        objections = [e for e in d.events if e.action == "record_objection"]
        status = workflow.notice_status(d.row.notice_start, d.row.notice_end, self.env.ctx.today(),
                                        len(objections))
        if d.row.notice_start:
            out += ["", self.tr("Public notice {first} to {last}").format(
                first=d.row.notice_start.isoformat(), last=d.row.notice_end.isoformat())]
        # "Ended without objection" only once the last day is over (domain.workflow.notice_status).
        if status == workflow.NOTICE_RUNNING:
            out.append(self.tr("Public notice running (until {last})").format(last=d.row.notice_end.isoformat()))
        elif status == workflow.NOTICE_ENDED_CLEAR:
            out.append(self.tr("Public notice ended without objection"))
        elif objections:
            out.append(self.tr("Objections: {n}").format(n=len(objections)))
        for e in objections:
            out.append("  · " + event_text(e))
        for dec in d.decisions:
            line = self.tr("{outcome} by {who} on {date}").format(
                outcome=labels.outcome(dec.outcome), who=dec.decided_by,
                date=dec.decided_at.strftime("%Y-%m-%d") if dec.decided_at else "")
            if dec.amount_fen is not None:
                line += self.tr(": {amount} yuan").format(amount=format_yuan(dec.amount_fen))
            if dec.start_month:
                line += self.tr(", from {month}").format(month=dec.start_month)
            if dec.reasons:
                line += self.tr("; reasons: {items}").format(items=labels.reasons(dec.reasons))
            out += ["", line]
        return "\n".join(out)

    def _show_visit(self, row: int) -> None:
        if self.detail is None or not (0 <= row < len(self.detail.visits)):
            return
        v = self.detail.visits[row]
        lines = [self.tr("Visit on {date} by {names}").format(date=labels.day(v.visit_date),
                                                              names=translate("CaseView", ", ").join(v.investigators))]
        f = v.findings or {}
        for key, title in FINDING_LABELS.items():
            value = f.get(key)
            if value in (None, "", [], False) and key != "official_relative":
                continue
            if key == "housing_type":
                value = labels.housing_type(value)
            elif key == "deposits_fen":
                value = format_yuan(int(value))
            elif key == "official_relative":
                value = translate("CaseView", "Yes") if value else translate("CaseView", "No")
            elif key == "head_signature":
                value = _t(SIGNATURE.get(value, value))
            elif key == "supporters":
                value = translate("CaseView", "; ").join(
                    translate("CaseView", "{name} ({relation}), {income} yuan/month, {able}").format(
                        name=s.get("name", ""), relation=s.get("relation", ""),
                        income=format_yuan(s["monthly_income_fen"]) if s.get("monthly_income_fen") is not None else "—",
                        able=translate("CaseView", "able to support") if s.get("able") else translate("CaseView", "not able to support"))
                    for s in value)
            lines.append(_t(title) + translate("CaseView", ":") + str(value))
        lines += ["", self.tr("Conclusion: {text}").format(text=labels.conclusion(v.findings.get("conclusion"), v.conclusion) or "—")]
        self.visit_text.setPlainText("\n".join(lines))
        self.visit_attachments.set_rows(v.attachments)

    def _action_buttons(self, actions: list[str]) -> None:
        for b in self.action_buttons.values():
            self.actions_layout.removeWidget(b)
            b.deleteLater()
        self.action_buttons.clear()
        self.no_actions.setVisible(not actions)
        for i, action in enumerate(actions):
            b = QPushButton(labels.action(action), self.actions_box)
            b.setObjectName(f"action_{action}")
            if action in PRIMARY:
                b.setStyleSheet("font-weight: bold;")
            elif action in DANGER:
                b.setStyleSheet("color: #8c1d12;")
            b.clicked.connect(partial(self.start_action, action))
            self.actions_layout.insertWidget(i, b)
            b.show()
            self.action_buttons[action] = b

    def _notice_buttons(self, kinds: list[str], state: str) -> None:
        for b in self.kind_buttons.values():
            self.kinds_row.removeWidget(b)
            b.deleteLater()
        self.kind_buttons.clear()
        staff = not self.env.admin
        self.no_kinds.setVisible(not kinds or not staff)
        if not staff:
            self.no_kinds.setText(self.tr("Notices are issued by case staff."))
            return
        for i, kind in enumerate(kinds):
            b = QPushButton(labels.notice_kind(kind), self.notices_tab)
            b.setObjectName(f"notice_{kind}")
            if notices.USUAL_KIND.get(State(state)) == kind:
                b.setStyleSheet("font-weight: bold;")
            b.clicked.connect(partial(self.issue_notice, kind))
            self.kinds_row.insertWidget(i, b)
            b.show()
            self.kind_buttons[kind] = b

    # -- notices ---------------------------------------------------------------------------

    def issue_notice(self, kind: str) -> None:
        """Issue a new notice of ``kind`` for this case and open it for printing."""
        from lishui_desktop.services import notices
        env, app_id = self.env, self.application_id
        env.runner.submit(lambda: notices.issue(env.ctx, app_id, kind), done=self._show_issued, parent=self,
                          label=self.tr("Issuing the notice…"))

    def reprint(self, row: int) -> None:
        n = self.notices.row_data(row)
        if n is None or self.env.admin:
            return
        from lishui_desktop.services import notices
        env = self.env
        env.runner.submit(lambda: notices.reprint(env.ctx, n["id"]), done=self._show_issued, parent=self,
                          label=self.tr("Preparing the copy…"))

    def correct_notice(self, row: int, reason: str | None = None) -> None:
        """Ask why, then issue the corrected original; ``reason`` given skips the question (tests)."""
        n = self.notices.row_data(row)
        if n is None or self.env.admin:
            return
        if reason is None:
            from PySide6.QtWidgets import QInputDialog
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Correct a notice"),
                self.tr("{notice} {number} stays on file marked as replaced. A new original with a new "
                        "number is issued from the case as it is now.\n\nWhy is it corrected?").format(
                    notice=labels.notice_kind(n["kind"]), number=n["number"]))
            if not ok:
                return
            reason = text
        from lishui_desktop.services import notices
        env = self.env
        env.runner.submit(lambda: notices.correct(env.ctx, n["id"], reason), done=self._show_issued,
                          parent=self, label=self.tr("Issuing the corrected notice…"))

    def _show_issued(self, issued) -> None:
        from ..dialogs.notice_preview import NoticePreviewDialog
        label = labels.notice_kind(issued.kind)
        if issued.is_copy:
            title = self.tr("{notice} {number} (copy)").format(notice=label, number=issued.number)
            note = self.tr("A copy of the notice already issued, marked as such on the page; the reprint is "
                           "recorded.")
        else:
            title = self.tr("{notice} {number}").format(notice=label, number=issued.number)
            note = self.tr("Issued and recorded with document number {number}. Print it, or save it as a PDF "
                           "file.").format(number=issued.number)
        name = f"{label}-{issued.number}" + (self.tr("-copy") if issued.is_copy else "")
        dlg = NoticePreviewDialog(self.env, issued.pdf, title, name, note, self)
        self.preview = dlg
        dlg.open()

    # -- actions ---------------------------------------------------------------------------

    def start_action(self, action: str):
        """Open the dialog for ``action``; returns it (tests drive it)."""
        if self.detail is None:
            return None
        if action == "record_visit":
            from ..dialogs.visit import VisitDialog
            dlg = VisitDialog(self.env, self.detail, self)
        elif action == "review":
            from ..dialogs.review import ReviewDialog
            dlg = ReviewDialog(self.env, self.detail, self)
        elif action == "pay_first":
            from ..dialogs.urgent_aid import PayFirstDialog
            dlg = PayFirstDialog(self.env, self.detail, self)
        elif action == "complete_pay_first":
            from ..dialogs.urgent_aid import CompletionDialog
            dlg = CompletionDialog(self.env, self.detail, self)
        else:
            from ..dialogs.action import ActionDialog
            dlg = ActionDialog(self.env, self.detail, action, self)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _add_attachments(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Scans of the application's documents"), "",
                                                self.tr("Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;"
                                                        "All files (*)"))
        if paths:
            self.add_attachments(paths)

    def add_attachments(self, paths: list[str]) -> None:
        import mimetypes
        from pathlib import Path
        env, app_id = self.env, self.application_id

        def work():
            files = [aps.AttachmentFile(Path(p).name, Path(p).read_bytes(),
                                        mimetypes.guess_type(p)[0] or "application/octet-stream") for p in paths]
            return aps.add_attachments(env.ctx, app_id, files)

        env.runner.submit(work, parent=self, label=self.tr("Saving the scans…"))

    def _open_attachment(self, model: RowsTableModel, row: int) -> None:
        att = model.row_data(row)
        if att is None:
            return
        env = self.env

        def work():
            name, _mime, data = aps.attachment_data(env.ctx, att.id)
            folder = tempfile.mkdtemp(prefix="lishui-")
            path = os.path.join(folder, os.path.basename(name))
            with open(path, "wb") as f:
                f.write(data)
            return path

        env.runner.submit(work, done=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path)), parent=self)
