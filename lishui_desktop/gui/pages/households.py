"""家庭档案: every household, searched as you type; the selected one's members, income,
assets and cases below. Full ID numbers appear only on request, and each request is audited."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from lishui_desktop.domain.household import COUNTED_INCOME as _COUNTED
from lishui_desktop.domain.money import format_yuan
from lishui_desktop.services import households as hs
from lishui_desktop.services import queries

from .. import labels, match_text, settings, tasks
from ..columns import application_columns, household_columns
from ..models import Column, LazyTableModel, RIGHT, RowsTableModel
from ..widgets import SearchBox, apply_widths, banner, combo_code, fill_combo, make_table_view, selected_row
from .base import Page
from ..qtfix import emit


def _tr(text: str) -> str:
    return QCoreApplication.translate("HouseholdsPage", text)


translate = QCoreApplication.translate

MATCH_COLUMN = 1        # household_columns: "Matched"


class HouseholdsPage(Page):
    listens_to = frozenset({tasks.HOUSEHOLDS, tasks.APPLICATIONS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self.revealed: dict[str, str] = {}
        self.detail: queries.HouseholdDetail | None = None
        self._select_after_load: str | None = None
        self._ready_flag = False
        outer = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = SearchBox(self)
        self.search.setObjectName("householdSearch")
        self.search.setMinimumWidth(380)
        self.search.setPlaceholderText(self.tr("Search: name, pinyin or initials (zs), ID number, phone, village"))
        self.search.search.connect(self._search)
        self.village = QComboBox(self)
        self.village.setObjectName("villageFilter")
        self.village.currentIndexChanged.connect(
            lambda _i: self.model.update_query(village_code=combo_code(self.village)))
        self.staff_only = QCheckBox(self.tr("Relatives of staff only"), self)
        self.staff_only.toggled.connect(lambda on: self.model.update_query(staff_relative_only=on))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("householdCount")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.village)
        bar.addWidget(self.staff_only)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        outer.addLayout(bar)
        # The same person in two townships, as the city found it: shown until resolved.
        self.duplicates_banner = banner(self, "duplicatePersons", "danger")
        outer.addWidget(self.duplicates_banner)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New household"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.apply_button = QPushButton(self.tr("&Apply for assistance"), self)
        self.apply_button.clicked.connect(self._apply)
        self.import_button = QPushButton(self.tr("Import &roster…"), self)
        self.import_button.setObjectName("importRoster")
        self.import_button.clicked.connect(self.import_roster)
        for b in (self.new_button, self.edit_button, self.apply_button, self.import_button):
            buttons.addWidget(b)
            b.setVisible(env.township_staff)
        buttons.addStretch(1)
        self.duplicates_button = QPushButton(self.tr("Same person in two townships…"), self)
        self.duplicates_button.setObjectName("duplicatesButton")
        self.duplicates_button.setToolTip(self.tr("Every case the city found, open and resolved"))
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.duplicates_button.hide()
        buttons.addWidget(self.duplicates_button)
        outer.addLayout(buttons)

        split = QSplitter(Qt.Vertical, self)
        self.split = split
        self.view = make_table_view(split, "householdsTable")
        self.model = LazyTableModel(env.runner, household_columns(),
                                    lambda q: queries.household_keys(env.ctx, q),
                                    lambda ids: queries.household_rows(env.ctx, ids, self.model.query.text),
                                    queries.HouseholdQuery(sort="updated", descending=True), parent=self,
                                    fetch_first=lambda q, n: queries.household_first_keys(env.ctx, q, n),
                                    snapshot=lambda: env.ctx.db.read())
        self.model.attach(self.view)
        self.view.setSortingEnabled(True)
        # Most recently changed first: the households a caseworker is working on.
        self.view.sortByColumn(9, Qt.DescendingOrder)
        apply_widths(self.view, "households.list")
        match_text.attach(self.view, MATCH_COLUMN)
        self.model.keys_loaded.connect(self._keys_loaded)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur.row()))
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.activated.connect(lambda _i: self.edit_selected())
        split.addWidget(self.view)
        split.addWidget(self._detail_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        settings.restore_splitter(split, "households")
        split.splitterMoved.connect(lambda *_: settings.save_splitter(split, "households"))
        outer.addWidget(split, 1)

    def _search(self, text: str) -> None:
        # What matched is shown only while searching (the column is empty otherwise).
        match_text.searching(self.view, MATCH_COLUMN, text)
        self.model.update_query(text=text)

    def _detail_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.detail_title = QLabel(self.tr("Choose a household above."))
        self.detail_title.setObjectName("householdTitle")
        self.detail_title.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show full ID number"), panel)
        self.reveal_button.setObjectName("revealId")
        self.reveal_button.setToolTip(self.tr("Shows the selected member's full ID number. Every use is recorded "
                                              "in the audit log."))
        self.reveal_button.clicked.connect(self._reveal)
        head.addWidget(self.detail_title, 1)
        head.addWidget(self.reveal_button)
        layout.addLayout(head)
        self.staff_banner = banner(panel, "staffRelativeBanner", "danger")
        layout.addWidget(self.staff_banner)
        tabs = QTabWidget(panel)
        self.detail_tabs = tabs
        self.members = RowsTableModel(self._member_columns(), parent=self)
        self.members_view = make_table_view(tabs, "membersView")
        self.members_view.setModel(self.members)
        apply_widths(self.members_view, "households.members")
        tabs.addTab(self.members_view, self.tr("Members"))
        self.money = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: r[0], width=260),
            Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda r: r[1], width=100),
            Column(QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"), lambda r: r[2], align=RIGHT, width=120),
            Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r[3], width=200)], parent=self)
        self.money_view = make_table_view(tabs, "moneyView")
        self.money_view.setModel(self.money)
        apply_widths(self.money_view, "households.money")
        tabs.addTab(self.money_view, self.tr("Income and assets"))
        self.cases = RowsTableModel(application_columns(self.env.today), parent=self)
        self.cases_view = make_table_view(tabs, "householdCases")
        self.cases_view.setModel(self.cases)
        apply_widths(self.cases_view, "households.cases")
        self.cases_view.doubleClicked.connect(self._open_case)
        tabs.addTab(self.cases_view, self.tr("Cases"))
        layout.addWidget(tabs, 1)
        return panel

    def _member_columns(self) -> list[Column]:
        def id_text(m):
            return self.revealed.get(m.id, m.id_masked)
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.name, width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "Relation"), lambda m: labels.relation(m.relation), width=80,
                   samples=lambda: [labels.relation(c) for c in labels.RELATIONS]),
            Column(QT_TRANSLATE_NOOP("Columns", "ID number"), id_text, width=170),
            Column(QT_TRANSLATE_NOOP("Columns", "Sex"), lambda m: labels.sex(m.sex), width=50),
            Column(QT_TRANSLATE_NOOP("Columns", "Age"), lambda m: m.age, align=RIGHT, width=50),
            Column(QT_TRANSLATE_NOOP("Columns", "Health"), lambda m: m.health, width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Disability"),
                   lambda m: labels.disability(m.disability_type, m.disability_grade), width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Self-care"), lambda m: labels.selfcare_level(m.selfcare), width=160,
                   samples=lambda: [labels.selfcare_level(c) for c in labels.SELFCARE_LEVELS]),
            Column(QT_TRANSLATE_NOOP("Columns", "Covered"), lambda m: translate("HouseholdsPage", "Yes") if m.covered else translate("HouseholdsPage", "No"),
                   width=60),
        ]

    def import_roster(self):
        """The roster import dialog (returned for tests and screenshots)."""
        from ..dialogs.roster_import import RosterImportDialog
        dlg = RosterImportDialog(self.env, self)
        self.import_dialog = dlg
        dlg.open()
        return dlg

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        env = self.env
        if self.village.count() == 0:
            def villages():
                return queries.village_names(env.ctx)
            env.runner.submit(villages, done=self._villages)
        from lishui_desktop.services import duplicates
        env.runner.submit(lambda: duplicates.duplicate_persons(env.ctx, include_resolved=True),
                          done=self._duplicates)
        self.model.reload()

    def show_duplicates(self):
        from ..dialogs.duplicates import DuplicatesDialog
        self.dialog = DuplicatesDialog(self.env, self)
        self.dialog.open()
        return self.dialog

    def _duplicates(self, cases) -> None:
        self.duplicates_button.setVisible(bool(cases))
        cases = [c for c in cases if not c.resolved_at]
        if not cases:
            self.duplicates_banner.hide()
            return
        items = []
        for c in cases[:5]:
            a, b = c.sides
            items.append(self.tr("{name} ({id}): {town_a} {village_a}, household of {head_a}, "
                                 "since {since_a}; {town_b} {village_b}, household of {head_b}, "
                                 "since {since_b}").format(
                name=a.name, id=c.id_number_masked, town_a=a.township_name,
                village_a=a.village_name, head_a=a.head_name, since_a=a.since,
                town_b=b.township_name, village_b=b.village_name, head_b=b.head_name,
                since_b=b.since))
        self.duplicates_banner.setText(
            self.tr("The city found %n person(s) in households of two townships; a person must "
                    "resolve each case with the other township:", "", len(cases))
            + "\n" + "\n".join(items))
        self.duplicates_banner.show()

    def _villages(self, villages) -> None:
        fill_combo(self.village, [(None, self.tr("All villages"))] + villages)

    def _keys_loaded(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n household(s)", "", n))
        target = self._select_after_load
        if target:
            self._select_after_load = None
            self._select_id(target)
        elif n and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        elif n:
            self._show_detail(selected_row(self.view))
        else:
            # Nothing matches: the household of the last search must not stay on show under
            # "0 households", as if it were one of them.
            self._clear_detail()
        if not self._ready_flag:
            self._ready_flag = True
            emit(self.ready)

    def _select_id(self, household_id: str) -> None:
        for r in range(self.model.rowCount()):
            row = self.model.row_data(r)
            if row is not None and row.id == household_id:
                self.view.selectRow(r)
                self.view.scrollTo(self.model.index(r, 0))
                return
        # Not among the rows read yet: found by its key, anywhere in the list.
        env = self.env
        env.runner.submit(lambda: queries.household_rowid(env.ctx, household_id),
                          done=lambda key: self._select_key(key, household_id))

    def _select_key(self, key: int | None, household_id: str) -> None:
        r = self.model.row_of_key(key) if key is not None else -1
        if r >= 0:
            # Its row is read when scrolled to; the detail does not wait for it.
            self.view.selectRow(r)
            self.view.scrollTo(self.model.index(r, 0))
        # Not in the list as filtered (or its keys are still coming): shown anyway.
        self._load_detail(household_id)

    def _clear_detail(self) -> None:
        self.env.runner.drop(f"household-detail-{id(self)}")     # one on its way is not shown
        self.detail = None
        self.revealed.clear()
        text = self.model.query.text.strip()
        self.detail_title.setText(self.tr("No household matches “{text}”.").format(text=text) if text
                                  else self.tr("Choose a household above."))
        self.staff_banner.hide()
        for model in (self.members, self.money, self.cases):
            model.set_rows([])

    def _show_detail(self, row: int) -> None:
        data = self.model.row_data(row)
        if data is None:
            return
        self._load_detail(data.id)

    def _load_detail(self, household_id: str) -> None:
        env = self.env
        env.runner.submit(lambda: queries.household_detail(env.ctx, household_id),
                          key=f"household-detail-{id(self)}", done=self._detail_loaded)

    def _detail_loaded(self, detail: queries.HouseholdDetail | None) -> None:
        self.detail = detail
        if detail is None:
            return
        self.revealed.clear()
        self.detail_title.setText(self.tr("<b>{head}</b> household · {village} {address} · phone {phone} · "
                                          "{n} member(s)").format(head=detail.head_name, village=detail.village_name,
                                                                  address=detail.address, phone=detail.phone or "—",
                                                                  n=len(detail.members)))
        if detail.staff_relative:
            self.staff_banner.setText(self.tr("Close relative of staff: {note}. Recorded separately; the county "
                                              "visits in person before deciding.").format(
                note=detail.staff_relative_note))
            self.staff_banner.show()
        else:
            self.staff_banner.hide()
        self.members.set_rows(detail.members)
        money = [(labels.income_category(i.category) + ("" if i.category in _COUNTED else translate("HouseholdsPage", " (not counted)")),
                  i.member_name or translate("HouseholdsPage", "Whole household"), format_yuan(i.monthly_fen) + translate("HouseholdsPage", "/month"), i.note)
                 for i in detail.incomes]
        money += [(labels.asset_kind(a.kind) + (f" ×{a.quantity}" if a.quantity > 1 else ""), "",
                   format_yuan(a.value_fen), a.description) for a in detail.assets]
        if detail.housing_type:
            area = f"{detail.housing_area_dm2 / 100:g} m²" if detail.housing_area_dm2 else ""
            money.append((translate("HouseholdsPage", "Housing: {type}").format(type=labels.housing_type(detail.housing_type)), "", "", area))
        self.money.set_rows(money)
        self.cases.set_rows(detail.applications)
        if self.members.rowCount():
            self.members_view.selectRow(0)

    # -- actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> str | None:
        data = self.model.row_data(selected_row(self.view))
        return data.id if data else (self.detail.id if self.detail else None)

    def new_item(self) -> None:
        if not self.env.township_staff:
            return
        self._open_dialog(None)

    def edit_selected(self) -> None:
        hid = self.selected_id()
        if hid and self.env.township_staff:
            self._open_dialog(hid)

    def _open_dialog(self, household_id: str | None) -> None:
        from ..dialogs.household import HouseholdDialog
        dlg = HouseholdDialog(self.env, household_id, self)
        dlg.accepted.connect(lambda: self._saved(dlg.saved_id))
        dlg.open()
        self.dialog = dlg

    def _saved(self, household_id: str | None) -> None:
        if household_id:
            self._select_after_load = household_id

    def open_household(self, household_id: str) -> None:
        self._select_after_load = None
        self._select_id(household_id)

    def _apply(self) -> None:
        hid = self.selected_id()
        if hid:
            emit(self.env.new_application, hid)

    def _open_case(self, index) -> None:
        row = self.cases.row_data(index.row())
        if row is not None:
            emit(self.env.open_case, row.id)

    def _reveal(self) -> None:
        member = self.members.row_data(selected_row(self.members_view))
        if member is None:
            return
        ctx = self.env.ctx

        def shown(number: str, member_id=member.id) -> None:
            self.revealed[member_id] = number
            emit(self.members.dataChanged, self.members.index(0, 2),
                                          self.members.index(self.members.rowCount() - 1, 2))

        self.env.runner.submit(lambda: hs.reveal_id_number(ctx, member.id, purpose="view"), done=shown)

    def save_state(self) -> None:
        settings.save_splitter(self.split, "households")
