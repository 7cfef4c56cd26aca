"""When Qt cannot open a window, the app says what is missing instead of Qt's abort;
`make qt-libs` (run by `make run`) prints or runs the apt-get line."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lishui_desktop.gui import platform_check as pc

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                                reason="the xcb plugin and ldd are Linux's")


def xcb_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return {**env, "QT_QPA_PLATFORM": "xcb", **extra}


def really_missing() -> list[str]:
    """What the loader lacks for the xcb plugin, asked of ldd here, not of the module."""
    out = subprocess.run(["ldd", str(pc.plugin_file("xcb"))], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def test_debian_package_names():
    assert pc.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert pc.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert pc.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert pc.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert pc.debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert pc.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_qt_alone_aborts_here():
    """The situation the check is for: Qt itself, with xcb and no display, gives up."""
    r = subprocess.run([sys.executable, "-c", "from PySide6.QtWidgets import QApplication; "
                        "QApplication([])"], capture_output=True, text=True, env=xcb_env(),
                       timeout=60)
    assert r.returncode != 0
    assert "xcb" in r.stderr


def test_the_app_names_what_is_missing(tmp_path):
    r = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "--db",
                        str(tmp_path / "x.sqlite3")], capture_output=True, text=True,
                       env=xcb_env(), timeout=120, cwd=ROOT)
    assert r.returncode == 3, r.stderr
    assert r.stderr.startswith("error: The desktop cannot open its window"), r.stderr
    assert "Aborted" not in r.stderr and "qt.qpa" not in r.stderr
    missing = really_missing()
    if missing:
        for lib in missing:
            assert lib in r.stderr
        line = re.search(r"apt-get install -y (.+)", r.stderr).group(1).split()
        assert sorted(line) == sorted({pc.debian_package(lib) for lib in missing})
    else:
        assert "there is no display (DISPLAY is not set)" in r.stderr
    assert not (tmp_path / "x.sqlite3").exists()       # stopped before anything was made


def test_make_qt_libs_prints_the_line_for_a_non_root_user():
    r = subprocess.run(["make", "-s", "qt-libs", "STAMP=", f"VPY={sys.executable}",
                        "USER_ID=1000"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    packages = sorted({pc.debian_package(lib) for lib in really_missing()})
    if packages:
        assert r.returncode != 0
        assert f"sudo apt-get install -y {' '.join(packages)}" in r.stdout
    else:
        assert r.returncode == 0 and r.stdout == ""
