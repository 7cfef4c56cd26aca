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
