"""Build step for the GUI's generated files: `python -m lishui_desktop.gui.i18n_build`.

- forms/*.ui (Designer sources) -> lishui_desktop/gui/forms/ui_*.py (pyside6-uic)
- resources/i18n/*.ts (translations) -> resources/i18n/*.qm (pyside6-lrelease)

The generated files are committed, so a fresh checkout runs without a build
step and without Qt's tools; tests/gui/test_generated.py runs ``--check`` and
fails when a .ui or .ts was edited without rebuilding. ``make translations``
runs this module.

``--update-ts`` runs pyside6-lupdate over the GUI's Python files and forms to
add new source strings to the .ts (existing translations are kept); the
Chinese is then written into the .ts by hand (or in Qt Linguist).
"""
from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GUI = ROOT / "lishui_desktop" / "gui"
UI_OUT = GUI / "forms"
I18N = ROOT / "resources" / "i18n"

HEADER = ("# Generated from forms/{name} by `python -m lishui_desktop.gui.i18n_build`.\n"
          "# Do not edit: change the .ui file in Qt Designer and rebuild.\n")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def compile_ui(ui: Path, out: Path) -> None:
    result = subprocess.run([_tool("pyside6-uic"), "-g", "python", "-a", str(ui)],
                            check=True, capture_output=True, text=True)
    # uic's own header names the Qt version and would make every upgrade look like a change.
    body = "\n".join(line for line in result.stdout.splitlines()
                     if not line.startswith("##") and "Created by: Qt User Interface Compiler" not in line)
    body = _BUTTON_BOX.sub(r"\1\2 = QDialogButtonBox()\n\1\2.setParent(\3)", body)
    out.write_text(HEADER.format(name=ui.name) + _used_imports(body.lstrip("\n")) + "\n", encoding="utf-8")


# ``QDialogButtonBox(parent)`` is matched against the (Qt.Orientation, parent) overload
# too, and checking that argument makes PySide6 build the whole Qt namespace (see
# _used_imports): made bare and then given its parent, the box is the same.
_BUTTON_BOX = re.compile(r"^( +)(self\.\w+) = QDialogButtonBox\((\w+)\)$", re.M)


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.M)


def _used_imports(body: str) -> str:
    """uic imports every Qt type a form could use; keep the ones this form uses. PySide6
    makes a type when it is first imported, and the Qt namespace alone (a hundred enums)
    is tens of milliseconds: the sign-in dialog's form must not pay for what it never uses."""
    code = _QT_IMPORT.sub("", body)

    def keep(m: re.Match) -> str:
        names = [n.strip() for n in m.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", code)]
        return f"from {m.group(1)} import ({', '.join(used)})\n" if used else ""

    return _QT_IMPORT.sub(keep, body)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def outputs() -> list[tuple[Path, Path, str]]:
    """(source, generated file, kind) for everything this step makes."""
    out = [(ui, UI_OUT / f"ui_{ui.stem}.py", "ui") for ui in sorted(FORMS.glob("*.ui"))]
    out += [(ts, ts.with_suffix(".qm"), "ts") for ts in sorted(I18N.glob("*.ts"))]
    return out


def build(target_dir: Path | None = None) -> list[Path]:
    made = []
    UI_OUT.mkdir(parents=True, exist_ok=True)
    init = UI_OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Python generated from forms/*.ui; see lishui_desktop.gui.i18n_build."""\n')
    for src, dst, kind in outputs():
        if target_dir is not None:
            dst = target_dir / dst.name
        (compile_ui if kind == "ui" else compile_ts)(src, dst)
        made.append(dst)
    return made


def check() -> list[str]:
    """Names of generated files that are missing or differ from a fresh build."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        for src, dst, _ in outputs():
            fresh = Path(tmp) / dst.name
            if not dst.exists() or not filecmp.cmp(fresh, dst, shallow=False):
                stale.append(str(dst.relative_to(ROOT)))
        expected = {dst.name for _, dst, kind in outputs() if kind == "ui"}
        for extra in UI_OUT.glob("ui_*.py"):
            if extra.name not in expected:
                stale.append(f"{extra.relative_to(ROOT)} (no forms/ source)")
    return stale


def update_ts() -> None:
    sources = [str(p) for p in sorted(GUI.rglob("*.py")) if "forms" not in p.relative_to(GUI).parts]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    for ts in sorted(I18N.glob("*.ts")) or [I18N / "lishui_zh_CN.ts"]:
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", "zh_CN", *sources, "-ts", str(ts)], check=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m lishui_desktop.gui.i18n_build", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true", help="report stale generated files, change nothing")
    p.add_argument("--update-ts", action="store_true", help="add new source strings to the .ts files")
    args = p.parse_args(argv)
    if args.check:
        stale = check()
        for s in stale:
            print(f"stale: {s}")
        return 1 if stale else 0
    if args.update_ts:
        update_ts()
    for path in build():
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
