"""The 数据同步 page against a real city server (`lishui-hq serve` on loopback) and real
database files: a conflict made on purpose is shown, resolved by a person field by field
and reaches the server; a sync runs in the background (the window keeps working) and
stops when cancelled; the timer syncs by itself; refused changes are shown and put away;
the first-run setup registers the office with the server, or says it could not."""
from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from lishui_desktop.domain import regions
from lishui_desktop.gui.app import AppController
from lishui_desktop.gui.sync_control import CANCELLED, DONE, UNREACHABLE
from lishui_desktop.services import households as hs
from lishui_desktop.services import sync, users
from lishui_desktop.store.models import Site
from tests.hq.hq_helpers import Client, Server, free_port, rec
from tests.sync.proxy import FaultyProxy

from gui_support import ADMIN_PASSWORD, PASSWORD, SITE, accept_recovery_code, close_all, service_ctx, sign_in, wait_idle
from tests import dbfile


@pytest.fixture
def city(tmp_path):
    from lishui_hq.store import Store
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    store = Store(url, migrate_now=True)
    server = Server(url, tmp_path / "hq.log")
    server.store = store
    server.path = tmp_path / "hq.sqlite3"
    yield server
    server.stop()
    store.close()


def connect(c, city, url=None) -> str:
    """The administrator sets this office up with the city (as the setup dialog does)."""
    ctx = service_ctx(c)
    admin = ctx.as_user(users.login(ctx, "admin", ADMIN_PASSWORD))
    token = city.store.add_site(SITE, "township")
    sync.configure(admin, url or city.url, token)
    return token


def started(qtbot, c):
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)


def server_record(city, entity, rid):
    conn = sqlite3.connect(city.path)
    try:
        row = conn.execute("SELECT version, payload FROM record WHERE entity=? AND id=?", (entity, rid)).fetchone()
    finally:
        conn.close()
    return (row[0], json.loads(row[1])) if row else None


def sync_and_wait(qtbot, page):
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=20000)
    qtbot.mouseClick(page.sync_button, Qt.LeftButton)
    sched = page.env.sync
    assert sched.running
    qtbot.waitUntil(lambda: not sched.running, timeout=60000)
    wait_idle(qtbot, page.env.runner)
    return sched.outcome


def test_a_conflict_is_shown_resolved_field_by_field_and_reaches_the_server(qtbot, controller, city, ids):
    c = controller
    started(qtbot, c)
    token = connect(c, city)
    hid = ids["h_wang"]
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("sync")
    wait_idle(qtbot, c.runner)
    assert page.status_labels["server"].text() == city.url
    assert page.status_labels["last"].text() == "从未同步"
    first = sync_and_wait(qtbot, page)
    assert first.kind == DONE and first.report.pushed["applied"] > 0
    assert "同步完成" in page.result_label.text()
    version, payload = server_record(city, "household", hid)

    # Another computer of this office changes the household on the server meanwhile.
    theirs = dict(payload, address="下南山村12号（东侧新屋）", phone="13900000002")
    other_pc = Client(city, SITE, token)
    assert other_pc.push([rec("household", hid, SITE, theirs, version=version + 1, base=version)],
                         audit=False)["results"][0]["status"] == "applied"
    other_pc.close()
    # ... and the caseworker here changes the same household.
    cw = service_ctx(c).as_user(users.login(service_ctx(c), "cw1", PASSWORD))
    form, _v = hs.form_for_edit(cw, hid)
    form.address, form.phone = "下南山村14号", "13900000001"
    hs.save_household(cw, form, household_id=hid)

    second = sync_and_wait(qtbot, page)
    assert second.kind == DONE and second.report.pushed["conflict"] == 1
    # Never overwritten silently: the server still holds the other computer's version.
    assert server_record(city, "household", hid) == (version + 1, theirs)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=20000)
    assert page.conflict_banner.isVisible()
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts_tab)) == "同步冲突（1）"
    assert page.conflicts.data(page.conflicts.index(0, 0)) == "家庭基本信息"
    assert page.conflicts.data(page.conflicts.index(0, 1)) == "王建国户（下南山村）"
    assert page.conflicts.data(page.conflicts.index(0, 2)) == "地址、联系电话"
    assert mw.sync_label.text().count("有1条冲突待处理") == 1

    # A person opens it: both versions side by side, in Chinese.
    page.conflicts_view.selectRow(0)
    qtbot.mouseClick(page.resolve_button, Qt.LeftButton)
    dlg = page.dialog
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.windowTitle() == "同步冲突"
    assert set(dlg.radios) == {"address", "phone"}
    assert dlg.findChild(type(page.status_labels["server"]), "field_address").text() == "地址"
    assert dlg.findChild(type(page.status_labels["server"]), "field_phone").text() == "联系电话"
    local_addr = dlg.radios["address"]["local"].parentWidget().value.text()
    server_addr = dlg.radios["address"]["server"].parentWidget().value.text()
    assert (local_addr, server_addr) == ("下南山村14号", "下南山村12号（东侧新屋）")
    # Nothing chosen yet: refused beside the rows, nothing resolved.
    qtbot.mouseClick(dlg.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    assert dlg.isVisible() and dlg.row_errors["address"].text() == "请为每一项选择要保留的版本。"
    # This computer's address, the server's phone number.
    qtbot.mouseClick(dlg.radios["address"]["local"], Qt.LeftButton)
    qtbot.mouseClick(dlg.radios["phone"]["server"], Qt.LeftButton)
    assert dlg.chosen() == {"address": "local", "phone": "server"}
    qtbot.mouseClick(dlg.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=20000)
    assert not page.conflict_banner.isVisible()

    third = sync_and_wait(qtbot, page)
    assert third.kind == DONE and third.report.pushed["applied"] >= 1 and third.report.pushed["conflict"] == 0
    new_version, held = server_record(city, "household", hid)
    assert new_version == version + 2
    assert (held["address"], held["phone"]) == ("下南山村14号", "13900000002")
    conn = dbfile.connect(c.db_path)
    audit = conn.execute("SELECT user, detail FROM audit_log WHERE event='sync.resolve_conflict'").fetchall()
    conn.close()
    assert len(audit) == 1 and audit[0][0] == "cw1"
    assert json.loads(audit[0][1])["choices"] == {"address": "local", "phone": "server"}


def test_sync_runs_in_the_background_and_cancel_stops_it(qtbot, controller, city):
    c = controller
    started(qtbot, c)
    # Every push answered "500" by a faulty link: the sync keeps retrying until cancelled.
    proxy = FaultyProxy(city.port, fail_pushes=1000)
    try:
        connect(c, city, proxy.url)
        mw = sign_in(qtbot, c, "cw1")
        page = mw.show_page("sync")
        wait_idle(qtbot, c.runner)
        qtbot.mouseClick(page.sync_button, Qt.LeftButton)
        sched = c.main_window.env.sync
        assert sched.running and page.cancel_button.isEnabled() and not page.sync_button.isEnabled()
        qtbot.waitUntil(lambda: proxy.failures >= 2, timeout=30000)
        # The window goes on: timers fire, and the caseworker's database work is answered
        # while the sync waits on the network.
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        answered = []
        c.runner.submit(lambda: "searched", done=answered.append)
        qtbot.waitUntil(lambda: answered == ["searched"] and len(ticks) >= 5, timeout=10000)
        timer.stop()
        assert sched.running
        # A second start while one runs is not a second sync.
        assert page.sync_now() is None and sched.check_and_sync() is None
        assert page.progress.isVisible() and page.progress_label.text()

        qtbot.mouseClick(page.cancel_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not sched.running, timeout=30000)
        assert sched.outcome.kind == CANCELLED
        assert "同步已取消" in page.result_label.text()
        assert page.sync_button.isEnabled() and not page.cancel_button.isEnabled()
        assert sync.last_sync(c.base_ctx)["error"] == "cancelled"
        wait_idle(qtbot, c.runner)
        assert page.status_labels["last"].text().endswith("已取消")
    finally:
        proxy.close()


def test_the_timer_syncs_when_the_server_answers(qtbot, db_path, clock, city):
    c = AppController(db_path, "zh", clock=clock, sync_timer=(60_000, 50))
    try:
        started(qtbot, c)
        connect(c, city)
        mw = sign_in(qtbot, c, "rv1")
        sched = mw.env.sync
        qtbot.waitUntil(lambda: sched.outcome is not None, timeout=60000)
        assert sched.outcome.kind == DONE and sched.outcome.automatic
        assert sched.outcome.report.pushed["applied"] > 0
        assert mw.sync_label.text().count("已同步") == 1
        with sqlite3.connect(city.path) as conn:
            assert conn.execute("SELECT count(*) FROM record WHERE site_code=?", (SITE,)).fetchone()[0] > 0
    finally:
        close_all(qtbot, c)


def test_the_timer_notes_an_unreachable_server_quietly(qtbot, db_path, clock, city):
    c = AppController(db_path, "zh", clock=clock, sync_timer=(60_000, 50))
    try:
        started(qtbot, c)
        ctx = service_ctx(c)
        admin = ctx.as_user(users.login(ctx, "admin", ADMIN_PASSWORD))
        sync.configure(admin, f"http://127.0.0.1:{free_port()}", "token", register=False)
        mw = sign_in(qtbot, c, "cw1")
        sched = mw.env.sync
        qtbot.waitUntil(lambda: sched.outcome is not None, timeout=60000)
        assert sched.outcome.kind == UNREACHABLE
        assert mw.sync_label.text().count("连不上城市服务器") == 1
        # No error dialog for a background check: an office offline for days is normal.
        from PySide6.QtWidgets import QApplication, QMessageBox
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert sync.last_sync(ctx) is None
    finally:
        close_all(qtbot, c)


def test_refused_changes_are_shown_then_put_away(qtbot, controller, city, ids):
    c = controller
    started(qtbot, c)
    connect(c, city)
    # Another township already holds a record under the id of one of ours: the server will
    # not let this office take it over, and refuses our change with its reason.
    other = regions.townships_of("331102")[1]
    intruder = Client(city, other, city.store.add_site(other, "township"))
    intruder.push([rec("household", ids["h_wang"], other, {"head_name": "某"})])
    intruder.close()
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("sync")
    outcome = sync_and_wait(qtbot, page)
    # The household, and its members and account with it (their parent is not ours there).
    n = outcome.report.pushed["refused"]
    assert n > 1
    qtbot.waitUntil(lambda: page.refusals.rowCount() == n, timeout=20000)
    assert page.tabs.tabText(page.tabs.indexOf(page.refusals_tab)) == f"被拒收的更改（{n}）"
    assert page.status_labels["refused"].text() == str(n)
    kinds = [page.refusals.data(page.refusals.index(i, 1)) for i in range(n)]
    row = kinds.index("家庭基本信息")
    assert page.refusals.data(page.refusals.index(row, 2)) == "王建国户（下南山村）"
    assert page.refusals.data(page.refusals.index(row, 3)) == "这条记录属于别的单位，本单位不能修改。"
    assert other in page.refusals.data(page.refusals.index(row, 4))
    member = kinds.index("家庭成员")
    assert page.refusals.data(page.refusals.index(member, 5)) == "所属家庭"   # the field named
    page.tabs.setCurrentWidget(page.refusals_tab)
    # Sent again: the household and the records refused with it are queued once more.
    page.refusals_view.selectRow(row)
    qtbot.mouseClick(page.resend_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: all(page.refusals.data(page.refusals.index(i, 6))
                                for i in range(page.refusals.rowCount())), timeout=20000)
    for _ in range(n):
        page.refusals_view.selectRow(0)
        left = page.refusals.rowCount()
        qtbot.mouseClick(page.dismiss_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.refusals.rowCount() == left - 1, timeout=20000)
    with dbfile.connect(c.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE event='sync.dismiss_refusal' "
                            "AND user='cw1'").fetchone() == (n,)
        assert conn.execute("SELECT user FROM audit_log WHERE event='sync.resend_refusal'"
                            ).fetchall() == [("cw1",)]
        assert conn.execute("SELECT count(*) FROM sync_refusals WHERE dismissed_at IS NULL").fetchone() == (0,)


def test_the_administrator_registers_the_office_from_the_sync_page(qtbot, controller, city):
    c = controller
    started(qtbot, c)
    token = city.store.add_site(SITE, "township")
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    page = mw.show_page("sync")
    wait_idle(qtbot, c.runner)
    assert not page.sync_button.isEnabled() and "尚未连接" in page.progress_label.text()
    page.tabs.setCurrentWidget(page.settings_tab)
    page.server_url.setText(city.url)
    page.token.setText("not-the-token")
    qtbot.mouseClick(page.register_button, Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    assert page.settings_result.text() == "城市服务器不接受本单位的令牌。请核对地址和令牌（必要时请市里重新发放）。"
    page.token.setText(token)
    qtbot.mouseClick(page.register_button, Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    assert page.settings_result.text().startswith("已保存")
    with c.db.read() as s:
        public_key = s.scalar(select(Site)).public_key
    assert server_record(city, "site_key", SITE)[1]["public_key"] == public_key
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=20000)
    assert page.status_labels["server"].text() == city.url


def test_a_caseworker_sees_the_settings_but_cannot_change_them(qtbot, controller):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("sync")
    wait_idle(qtbot, c.runner)
    assert not page.server_url.isEnabled() and not page.token.isEnabled() and not page.register_button.isEnabled()
    assert page.status_labels["server"].text() == "未设置"
    assert page.sync_now() is not None          # not set up: says so, in Chinese
    qtbot.waitUntil(lambda: not page.env.sync.running, timeout=20000)
    assert "本单位还没有连接城市服务器" in page.result_label.text()


# -- first-run setup -----------------------------------------------------------------------------------

def fill_setup(qtbot, c, url, token):
    c.start()
    qtbot.waitUntil(lambda: c.setup_dialog is not None and c.setup_dialog.isVisible(), timeout=30000)
    d = c.setup_dialog
    d.ui.county.setCurrentIndex(d.ui.county.findData("331102"))
    d.ui.township.setCurrentIndex(d.ui.township.findData(SITE))
    d.ui.adminPassword.setText("Admin2026x")
    d.ui.adminPassword2.setText("Admin2026x")
    d.ui.serverUrl.setText(url)
    d.ui.siteToken.setText(token)
    qtbot.mouseClick(d.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    return d


def test_setup_registers_the_office_with_the_city(qtbot, tmp_path, clock, city):
    token = city.store.add_site(SITE, "township")
    c = AppController(tmp_path / "new.sqlite3", "zh", clock=clock)
    try:
        d = fill_setup(qtbot, c, city.url, token)
        accept_recovery_code(qtbot, d)
        qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=30000)
        with c.db.read() as s:
            site = s.scalar(select(Site))
            assert (site.server_url, site.token) == (city.url, token)
        assert server_record(city, "site_key", SITE)[1]["public_key"] == site.public_key
    finally:
        close_all(qtbot, c)


def test_setup_goes_on_when_the_city_cannot_be_reached(qtbot, tmp_path, clock):
    url = f"http://127.0.0.1:{free_port()}"
    c = AppController(tmp_path / "new.sqlite3", "zh", clock=clock)
    try:
        d = fill_setup(qtbot, c, url, "the-token")
        accept_recovery_code(qtbot, d)
        qtbot.waitUntil(lambda: d.ui.connectionNote.isVisible(), timeout=30000)
        wait_idle(qtbot, c.runner)
        assert d.isVisible() and url in d.ui.connectionNote.text() and "没有应答" in d.ui.connectionNote.text()
        assert d.ui.buttonBox.button(QDialogButtonBox.Ok).text() == "重试"
        assert not d.ui.siteGroup.isEnabled()
        # The address and token are kept for later; the administrator goes on.
        with c.db.read() as s:
            site = s.scalar(select(Site))
            assert (site.server_url, site.token) == (url, "the-token")
        qtbot.mouseClick(d.later_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=30000)
    finally:
        close_all(qtbot, c)


def test_setup_asks_for_the_address_with_a_token(qtbot, tmp_path, clock):
    c = AppController(tmp_path / "new.sqlite3", "zh", clock=clock)
    try:
        d = fill_setup(qtbot, c, "", "the-token")
        wait_idle(qtbot, c.runner)
        assert d.errors.message_for("server_url") == "填写了站点令牌，也请填写城市服务器地址。"
        assert c.base_ctx is None and d.isVisible()
    finally:
        close_all(qtbot, c)


def test_usb_transfer_from_the_sync_page(qtbot, controller, tmp_path):
    """An office without a connection: export to a file, the city imports it with its CLI and
    hands back the acknowledgements, which the page reads in."""
    from lishui_hq.store import Store
    from tests.hq.hq_helpers import run_cli
    c = controller
    started(qtbot, c)
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    store = Store(url, migrate_now=True)
    try:
        admin = service_ctx(c).as_user(users.login(service_ctx(c), "admin", ADMIN_PASSWORD))
        sync.configure(admin, "https://offline.invalid", store.add_site(SITE, "township"), register=False)
        mw = sign_in(qtbot, c, "cw1")
        page = mw.show_page("sync")
        wait_idle(qtbot, c.runner)
        assert not page.status_labels["pending"].text().startswith("0项")
        page.tabs.setCurrentIndex(2)
        bundle = tmp_path / "碧湖镇.bundle"
        page.export_bundle(str(bundle))
        wait_idle(qtbot, c.runner)
        assert bundle.exists() and page.usb_result.text().startswith(f"已写入 {bundle}")
        run_cli("import-bundle", str(bundle), db=url)
        acks = tmp_path / "碧湖镇.acks"
        run_cli("export-acks", "--bundle", str(bundle), "--out", str(acks), db=url)
        page.import_acks(str(acks))
        wait_idle(qtbot, c.runner)
        assert page.usb_result.text().startswith("已导入 碧湖镇.acks。")
        qtbot.waitUntil(lambda: page.status_labels["pending"].text().startswith("0项更改"), timeout=20000)
        # A damaged file is refused as a whole, in Chinese.
        broken = tmp_path / "broken.acks"
        broken.write_bytes(acks.read_bytes()[:-20])
        page.import_acks(str(broken))
        wait_idle(qtbot, c.runner)
        assert page.usb_result.text().startswith("回执文件被拒收")
    finally:
        store.close()
