"""Can Qt open a window here? Asked before the QApplication exists.

When Qt's platform plugin cannot load (on a stock Debian desktop, xcb lacks
libxcb-cursor0 and friends) or there is no display, Qt prints a line about
"the Qt platform plugin xcb" and aborts the process. The office's IT helper
needs to read instead which libraries are missing and the line that installs
them, so the app checks first (`ldd` on the plugin) and says so.

``python -m lishui_desktop.gui.platform_check --missing-packages`` prints the
Debian packages that would fix it (`make run` installs them when root).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Debian package names that the soname rule below gets wrong
_PACKAGE_OF = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
               "libgobject-2.0.so.0": "libglib2.0-0"}


def debian_package(soname: str) -> str:
    """The Debian package holding a library, by Debian's naming policy:
    libxcb-cursor.so.0 -> libxcb-cursor0, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    if soname in _PACKAGE_OF:
        return _PACKAGE_OF[soname]
    m = re.fullmatch(r"(.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not m:
        return soname
    name, major = m.group(1).lower(), m.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


@dataclass
class Problem:
    plugin: str
    missing_libraries: list[str] = field(default_factory=list)
    no_display: bool = False

    @property
    def packages(self) -> list[str]:
        return sorted({debian_package(lib) for lib in self.missing_libraries})

    def message(self) -> str:
        if self.missing_libraries:
            out = (f"The desktop cannot open its window: Qt's {self.plugin} platform plugin needs "
                   f"libraries this computer does not have: "
                   f"{', '.join(self.missing_libraries)}.")
            if shutil.which("apt-get"):
                out += (f"\nInstall them as root with:\n  apt-get install -y "
                        f"{' '.join(self.packages)}\n(`make run` does this when run as root.)")
            else:
                out += "\nInstall the packages of your system that provide them."
            return out
        return (f"The desktop cannot open its window: there is no display (DISPLAY is not set). "
                f"Start it from a desktop session; for the command-line tasks (demo, verify, "
                f"notices, screenshot) no window is needed.")


def _plugin_name() -> str | None:
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if requested:
        return requested
    if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return None                     # Qt's own choice on a Wayland session
    return "xcb"


def plugin_file(name: str) -> Path | None:
    import PySide6
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """Libraries the dynamic loader cannot find for the plugin (and what it loads)."""
    if not shutil.which("ldd"):
        return []
    r = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True)
    found = re.findall(r"^\s*(\S+) => not found", r.stdout, flags=re.M)
    return sorted(set(found))


def problem() -> Problem | None:
    """Why Qt's platform plugin cannot start on this computer, or None when it can (or when
    only Qt can tell: other systems than Linux, Wayland)."""
    if not sys.platform.startswith("linux"):
        return None
    name = _plugin_name()
    if name is None:
        return None
    plugin = plugin_file(name)
    if plugin is None:
        return None                     # an unknown plugin name: Qt lists the ones it has
    missing = missing_libraries(plugin)
    if missing:
        return Problem(name, missing)
    if name == "xcb" and not os.environ.get("DISPLAY"):
        return Problem(name, no_display=True)
    return None


def main(argv: list[str] | None = None) -> int:
    import argparse
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--missing-packages", action="store_true",
                   help="print the Debian packages the xcb plugin lacks (nothing when none)")
    args = p.parse_args(argv)
    if args.missing_packages:
        plugin = plugin_file("xcb")
        missing = missing_libraries(plugin) if plugin else []
        print(" ".join(sorted({debian_package(lib) for lib in missing})))
        return 0
    found = problem()
    print(found.message() if found else "Qt can start here")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
