"""Chinese by default through Qt's translations: the .ts is complete and current, the
domain's own Chinese names agree, the generated files match their sources, and no
English is left anywhere in the Chinese interface."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QLineEdit,
                               QListWidget, QMenu, QTabWidget, QWidget)

from lishui_desktop.domain import codes, crosscheck
from lishui_desktop.domain import household as hh
from lishui_desktop.domain import workflow
from lishui_desktop.gui import i18n, i18n_build, labels
from lishui_desktop.services import applications as ap
from lishui_desktop.services import notices
from lishui_desktop.services import users

from gui_support import ADMIN_PASSWORD, PASSWORD, service_ctx, sign_in, wait_idle

TS = i18n.I18N_DIR / "lishui_zh_CN.ts"


def test_every_message_is_translated():
    root = ET.parse(TS).getroot()
    missing = []
    for ctx in root.findall("context"):
        for m in ctx.findall("message"):
            tr = m.find("translation")
            text = "".join(tr.itertext()).strip()
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                missing.append((ctx.find("name").text, m.find("source").text))
    assert missing == []


def test_the_ts_holds_every_source_string(tmp_path):
    """A string added to the code without its Chinese fails here (run i18n_build --update-ts)."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in sorted(i18n_build.GUI.rglob("*.py")) if "forms" not in p.relative_to(i18n_build.GUI).parts]
    sources += [str(p) for p in sorted(i18n_build.FORMS.glob("*.ui"))]
    subprocess.run([str(tool), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)], check=True,
                   capture_output=True)

    def messages(path):
        root = ET.parse(path).getroot()
        return {(c.find("name").text, m.find("source").text) for c in root.findall("context")
                for m in c.findall("message")}

    assert messages(copy) == messages(TS)


def test_generated_forms_and_translations_match_their_sources():
    assert i18n_build.check() == []


DOMAIN_ZH = {
    "State": {k: workflow.STATE_LABELS_ZH[workflow.State(k)] for k in labels.STATES},
    "Action": {k: workflow.ACTION_LABELS_ZH[workflow.Action(k)] for k in labels.ACTIONS if k != "submit"},
    "Role": {k: workflow.ROLE_LABELS_ZH[workflow.Role(k)] for k in labels.ROLES},
    "AssistanceType": dict(workflow.ASSISTANCE_TYPES),
    "Relation": dict(hh.RELATIONS), "Disability": dict(hh.DISABILITY_TYPES),
    "DisabilityGrade": dict(hh.DISABILITY_GRADES), "SelfCare": dict(hh.SELFCARE_ITEMS),
    "SelfCareLevel": dict(hh.SELFCARE_LEVELS), "Income": dict(hh.INCOME_CATEGORIES),
    "Asset": dict(hh.ASSET_KINDS), "Housing": dict(hh.HOUSING_TYPES),
    "NoticeKind": dict(notices.KIND_LABELS_ZH),
    "Delivery": dict(workflow.DELIVERY_METHODS),
    # Codes in records: the GUI's Chinese is the wording the notices print.
    "Reason": dict(codes.REASONS), "Material": dict(codes.MATERIALS),
    "Conclusion": dict(codes.VISIT_CONCLUSIONS),
    "CrossCheckSource": dict(crosscheck.SOURCES), "CrossCheckOutcome": dict(crosscheck.OUTCOMES),
}


@pytest.mark.parametrize("context", sorted(DOMAIN_ZH))
def test_labels_agree_with_the_domain(context):
    table = labels.TABLES[context]
    for code, zh in DOMAIN_ZH[context].items():
        assert QCoreApplication.translate(context, table[code]) == zh, (context, code)


# -- no English in the Chinese interface ---------------------------------------------------

# Latin words that belong in a Chinese interface: key names, units, protocols, the
# command, the search example, the file filter patterns.
ALLOWED = {"Ctrl", "SHA", "http", "https", "zs", "MB", "KB", "lishui", "desktop", "verify", "backups",
           "jpg", "jpeg", "png", "pdf", "PDF", "tif", "tiff", "English", "Excel", "xlsx"}
WORD = re.compile(r"[A-Za-z]{2,}")


def ui_texts(widget: QWidget) -> list[str]:
    """The interface's own words in a widget tree (not the records it shows)."""
    out = [widget.windowTitle()] if widget.isWindow() else []
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel) and not w.objectName().startswith(("fact_", "case", "household")):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QMenu):
            out += [a.text() for a in w.actions()]
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QListWidget):
            m = w.model()
            out += [str(m.headerData(i, Qt.Horizontal) or "") for i in range(m.columnCount())]
    return [t for t in out if t]


def english_in(widget: QWidget) -> list[str]:
    bad = []
    for text in ui_texts(widget):
        plain = re.sub(r"<[^>]+>", "", text)          # rich-text tags
        plain = re.sub(r"\(&\w\)|&", "", plain)       # accelerators: 保存(&S)
        plain = re.sub(r"/[\w/.\-]+", "", plain)       # file paths
        words = [w for w in WORD.findall(plain) if w not in ALLOWED]
        if words:
            bad.append(text)
    return bad


def test_the_checker_sees_english(qtbot):
    w = QWidget()
    QLabel("保存 Save", w)
    QLabel("保存(&S)  Ctrl+S  https://city", w)
    qtbot.addWidget(w)
    assert english_in(w) == ["保存 Save"]


def test_no_english_left_in_the_chinese_interface(qtbot, controller, ids, tmp_path):
    c = controller
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
    problems = {"login": english_in(c.login_dialog)}
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    ap.act(cw, ids["a_wang"], "record_visit", {"investigators": ["陈经办", "林经办"]})

    mw = sign_in(qtbot, c, "cw1")
    for name in ("today", "households", "applications", "visits"):
        page = mw.show_page(name)
        wait_idle(qtbot, c.runner)
        problems[name] = english_in(mw)
        assert len(ui_texts(mw)) > 20, name
    hpage = mw.pages["households"]
    from lishui_desktop.gui.list_export import export_view
    dlg = export_view(hpage.view)
    problems["export"] = english_in(dlg)
    dlg.reject()
    hpage.edit_selected()
    d = hpage.dialog
    qtbot.waitUntil(lambda: d.loaded, timeout=20000)
    problems["household form"] = english_in(d)
    d.add_member()
    problems["member form"] = english_in(d.member_dialog)
    d.member_dialog.reject()
    d.add_income()
    problems["income form"] = english_in(d.income_dialog)
    d.income_dialog.reject()
    d.add_asset()
    problems["asset form"] = english_in(d.asset_dialog)
    d.asset_dialog.reject()
    d.reject()
    apps = mw.show_page("applications")
    dlg = apps.new_application(ids["h_liu"])
    wait_idle(qtbot, c.runner)
    problems["new application"] = english_in(dlg)
    dlg.reject()
    apps.open_case(ids["a_wang"])
    qtbot.waitUntil(lambda: apps.case.detail is not None, timeout=20000)
    wait_idle(qtbot, c.runner)
    problems["case"] = english_in(mw)
    for action in workflow.TRANSITIONS:
        a = action.value
        if a in ("record_visit", "review"):
            continue
        dlg = apps.case.start_action(a)
        problems[f"step {a}"] = english_in(dlg)
        dlg.reject()
    dlg = apps.case.start_action("record_visit")
    wait_idle(qtbot, c.runner)
    problems["visit form"] = english_in(dlg)
    dlg.reject()
    c.logout()
    mw = sign_in(qtbot, c, "rv1")
    apps = mw.show_page("applications")
    apps.open_case(ids["a_wang"])
    qtbot.waitUntil(lambda: apps.case.detail is not None, timeout=20000)
    dlg = apps.case.start_action("review")
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=20000)
    problems["review form"] = english_in(dlg)
    dlg.reject()
    c.logout()
    mw = sign_in(qtbot, c, "ap1")
    mw.show_page("county")
    wait_idle(qtbot, c.runner)
    problems["county"] = english_in(mw)
    c.logout()
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    admin = mw.show_page("admin")
    wait_idle(qtbot, c.runner)
    problems["admin"] = english_in(mw)
    admin.new_item()
    problems["account form"] = english_in(admin.dialog)
    admin.dialog.reject()
    c.change_password()
    problems["password form"] = english_in(c.password_dialog)
    c.password_dialog.reject()
    c.lock()
    problems["lock"] = english_in(c.lock_dialog)
    from lishui_desktop.gui.dialogs.setup import SetupDialog
    problems["setup"] = english_in(SetupDialog(c.runner, c.db))
    assert {k: v for k, v in problems.items() if v} == {}


def test_english_on_request(qtbot, controller):
    app = QCoreApplication.instance()
    try:
        i18n.install(app, "en")
        assert labels.state("approved") == "Receiving assistance"
        c = controller
        c.start()
        qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
        assert c.login_dialog.windowTitle() == "Sign in"
        assert c.login_dialog.ui.usernameLabel.text() == "&Account"
    finally:
        i18n.install(app, "zh")
    assert labels.state("approved") == "救助中"


def test_no_english_in_sync_and_notices(qtbot, controller, ids):
    from lishui_desktop.services.conflicts import ConflictView, FieldDiff
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    problems = {}
    page = mw.show_page("sync")
    wait_idle(qtbot, c.runner)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        problems[f"sync tab {i}"] = english_in(mw)
    from lishui_desktop.gui.dialogs.conflict import ConflictDialog
    view = ConflictView("c1", "household", ids["h_wang"], 2, 3, [
        FieldDiff("address", "下南山村14号", "下南山村12号"), FieldDiff("staff_relative", False, True),
        FieldDiff("housing_type", "owned", "rented"), FieldDiff("village_code", "331102100202", None),
        FieldDiff("housing_area_dm2", 8000, 9050)])
    dlg = ConflictDialog(mw.env, view, {"head_name": "王建国", "village": "下南山村"}, {"331102100202": "下南山村"}, mw)
    problems["conflict"] = english_in(dlg)
    dlg.reject()
    apps = mw.show_page("applications")
    dlg = apps.batch_notices()
    wait_idle(qtbot, c.runner)
    problems["batch"] = english_in(dlg)
    dlg.reject()
    apps.open_case(ids["a_wang"])
    case = apps.case
    qtbot.waitUntil(lambda: case.detail is not None and bool(case.kind_buttons), timeout=20000)
    case.tabs.setCurrentWidget(case.notices_tab)
    problems["case notices"] = english_in(mw)
    case.issue_notice("acceptance")
    qtbot.waitUntil(lambda: case.preview is not None and case.preview.isVisible(), timeout=20000)
    problems["preview"] = english_in(case.preview)
    case.preview.reject()
    assert {k: v for k, v in problems.items() if v} == {}
