"""Fixtures for the GUI tests: a real database file per test, real widgets, offscreen Qt.

A template database (site, accounts, villages, a few households and cases, all
made through the services) is built once per session and copied for each test,
so every test starts from the same fresh file without paying for the argon2
hashes and migrations again.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

import lishui_desktop.gui  # noqa: E402,F401  (first: guards None/True/False, see gui/qtfix.py)

from gui_support import Clock, build_template, close_all  # noqa: E402


@pytest.fixture(scope="session")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    path = folder / "lishui.sqlite3"
    ids = build_template(path)
    # The notices' faces, resolved before any test waits on a rendered notice: on a new
    # machine the first resolution converts FandolFang to TrueType outlines (about 30 s
    # here, cached after), which ran inside whichever test rendered first and, run on
    # its own, overran that test's 20 s wait for the preview.
    from lishui_desktop.notices import fonts
    fonts.default_resolver().roles()
    return path, ids


@pytest.fixture
def db_path(template, tmp_path) -> Path:
    path = tmp_path / "lishui.sqlite3"
    shutil.copyfile(template[0], path)
    # The key file goes with its database (the service key is the same for both copies).
    shutil.copyfile(template[0].with_name(template[0].name + ".keys"), path.with_name(path.name + ".keys"))
    return path


@pytest.fixture
def ids(template) -> dict:
    return template[1]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(scope="session")
def qapp_args():
    return ["lishui-desktop-tests"]


@pytest.fixture(scope="session", autouse=True)
def chinese(qapp):
    from lishui_desktop.gui import i18n
    from lishui_desktop.gui.app import make_application
    make_application()
    i18n.install(qapp, "zh")
    yield


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now().replace(microsecond=0))


@pytest.fixture
def controller(qtbot, db_path, clock):
    from lishui_desktop.gui.app import AppController
    c = AppController(db_path, "zh", clock=clock)
    yield c
    close_all(qtbot, c)


