"""Start-up as `lishui-desktop` runs it, in a process of its own: the sign-in dialog comes
up before the store and the services are imported (they load on the worker afterwards)
and before PySide6 makes its Qt namespace, and signing in still opens the main window
with its first page's data."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from gui_support import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "lishui_desktop.store.models", "lishui_desktop.store.db", "argon2", "sqlcipher3",
         "openpyxl", "reportlab", "alembic")

SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings, QTimer
    from lishui_desktop.gui import i18n
    from lishui_desktop.gui.app import AppController, make_application
    app = make_application()
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, sys.argv[4])
    i18n.install(app, "zh")
    c = AppController(sys.argv[1], "zh")
    c.start()
    from PySide6 import QtCore
    out = {"dialog": c.login_dialog is not None and c.login_dialog.isVisible(),
           "loaded_at_dialog": sorted(m for m in HEAVY if m in sys.modules),
           # PySide6 makes a class when it is first used; its Qt namespace alone is about a
           # hundred enums, 30-40 ms, which the sign-in dialog need not wait for.
           "qt_namespace_at_dialog": QtCore.__dict__.get("Qt") is not None}
    def sign_in():
        d = c.login_dialog
        d.ui.username.setText(sys.argv[2]); d.ui.password.setText(sys.argv[3])
        d.submit()
    def ready():
        page = c.main_window.current_page()
        out["page"] = page.objectName()
        out["worklist_rows"] = page.worklist.rowCount()
        out["count_texts"] = [b.text() for b in page.count_buttons.values()]
        print(json.dumps(out), flush=True)
        app.quit()
    c.ready.connect(ready)
    QTimer.singleShot(0, sign_in)
    QTimer.singleShot(60000, app.quit)
    app.exec()
""")


def test_sign_in_dialog_comes_before_the_store_and_the_main_window_still_opens(db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    script = f"HEAVY = {HEAVY!r}\n" + SCRIPT
    proc = subprocess.run([sys.executable, "-c", script, str(db_path), "cw1", PASSWORD, str(tmp_path / "qs")],
                          capture_output=True, text=True, env=env, timeout=120)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("{")), None)
    assert line is not None, proc.stdout + proc.stderr
    out = json.loads(line)
    assert out["dialog"]
    assert out["loaded_at_dialog"] == []
    assert out["qt_namespace_at_dialog"] is False
    # Signed in: the first page (工作台) with cw1's cases and the counts per state.
    assert out["page"] == "page_today"
    assert out["worklist_rows"] >= 1
    assert any(t.strip() for t in out["count_texts"])


def test_after_sign_in_a_face_waiting_to_be_converted_is_converted_beside_the_program(
        qtbot, controller, tmp_path, monkeypatch):
    """On a new computer with FandolFang, the first notice need not wait half a minute: a
    few seconds after sign-in the desktop starts `lishui-desktop fonts --background` in a
    process of its own, which converts it."""
    import pytest
    from lishui_desktop.gui.app import AppController
    from lishui_desktop.notices import fonts, otf2ttf
    from tests.notices.helpers import FANDOL, small_fandol_font
    from gui_support import sign_in
    if not any(p.exists() for p in FANDOL):
        pytest.skip("FandolFang not installed (make fandol)")
    face = small_fandol_font(tmp_path / "fonts")
    monkeypatch.setenv("LISHUI_FONT_DIRS", str(face.parent))
    monkeypatch.setenv("LISHUI_FONT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(AppController, "_fonts_prepared", False)
    monkeypatch.setattr(AppController, "FONTS_AFTER_MS", 50)
    started = []
    real = fonts.start_preparing
    monkeypatch.setattr(fonts, "start_preparing", lambda: started.append(real()) or started[-1])
    sign_in(qtbot, controller, "cw1")
    qtbot.waitUntil(lambda: bool(started), timeout=20000)
    child = started[0]
    assert child is not None and child.pid != os.getpid()
    assert child.wait(timeout=120) == 0
    assert otf2ttf.cached(face) is not None
    # Once per process: signing in again starts nothing.
    assert AppController._fonts_prepared
