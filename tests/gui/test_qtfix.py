"""The PySide6 reference work-around applies only where the bug is (Python < 3.12)."""
import subprocess
import sys

from lishui_desktop.gui import qtfix


def test_guard_only_before_3_12():
    script = ("import sys, lishui_desktop.gui as g\n"
              "from lishui_desktop.gui import qtfix\n"
              "print(sys.getrefcount(None) > qtfix.GUARD, qtfix.EMIT_DROPS_REFERENCE)\n")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                       env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    guarded, drops = r.stdout.split()
    if sys.version_info >= (3, 12):
        # immortal singletons: nothing to guard, and emit() must not add references
        assert qtfix.guard_singletons() is False
        assert drops == "False"
    else:
        assert guarded == "True"
