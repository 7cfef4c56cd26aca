"""FandolFang converted once, in a process of its own: ``lishui-desktop fonts`` (which the
desktop starts after sign-in when a face waits), one conversion at a time across processes.

The face is a real CFF OpenType font: FandolFang cut down with fontTools' subsetter to the
characters every notice face must have, so its conversion takes a moment, not half a minute."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lishui_desktop.notices import fonts, otf2ttf

from .helpers import FANDOL, small_fandol_font

pytestmark = pytest.mark.skipif(not any(p.exists() for p in FANDOL), reason="FandolFang not installed (make fandol)")


@pytest.fixture
def small_fandol(tmp_path, monkeypatch):
    """A font folder holding a small FandolFang and an empty conversion cache, for this
    process and the ones it starts."""
    out = small_fandol_font(tmp_path / "fonts")
    monkeypatch.setenv("LISHUI_FONT_DIRS", str(out.parent))
    monkeypatch.setenv("LISHUI_FONT_CACHE", str(tmp_path / "cache"))
    return out


def cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lishui_desktop.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ), **kw)


def test_the_fonts_command_converts_once_and_waits_for_a_conversion_under_way(small_fandol):
    from filelock import FileLock
    assert fonts.pending_conversions() == [small_fandol]
    target = otf2ttf.target(small_fandol)
    # Another process converting (here: this one holding the lock): the command waits for
    # it rather than converting the same face a second time.
    lock = FileLock(str(target) + ".lock")
    lock.acquire()
    child = cli("fonts", "--background")
    try:
        time.sleep(3)
        assert child.poll() is None, child.communicate()
        assert not target.exists()
    finally:
        lock.release()
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert target.exists() and fonts.pending_conversions() == []
    assert f"converted {small_fandol}" in out
    assert "fangsong: FandolFang 仿宋" in out and str(target) in out
    # Converted already: nothing is converted again, the same faces are named.
    mtime = target.stat().st_mtime_ns
    again = cli("fonts")
    out2, _ = again.communicate(timeout=120)
    assert again.returncode == 0 and f"converted {small_fandol}" not in out2 and "fangsong: FandolFang" in out2
    assert target.stat().st_mtime_ns == mtime


def test_start_preparing_starts_the_command_only_while_a_face_waits(small_fandol):
    child = fonts.start_preparing()
    assert child is not None
    assert child.wait(timeout=120) == 0
    assert otf2ttf.cached(small_fandol) is not None
    assert fonts.start_preparing() is None


def test_a_broken_face_is_skipped_not_fatal(small_fandol):
    small_fandol.write_bytes(b"OTTO" + b"\0" * 200)
    assert otf2ttf.converted(small_fandol) is None
    assert not otf2ttf.target(small_fandol).exists()


def test_a_conversion_that_cannot_be_written_is_said_and_not_claimed(small_fandol, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("LISHUI_FONT_CACHE", str(blocked / "fonts"))
    child = cli("fonts")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 1
    assert f"converted {small_fandol}" not in out
    assert f"error: {small_fandol} could not be converted" in err
    assert "fangsong: FandolFang" not in out and "fangsong: " in out     # the next face, named
