"""Every error code the code can raise has a sentence in English (the translation
source, gui/errors.py) and in Chinese (the .ts), so a person never reads a code."""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from lishui_desktop.gui import errors, i18n

ROOT = Path(__file__).resolve().parents[2] / "lishui_desktop"
ERRORS = {"DomainError", "ValidationError", "PermissionDenied", "WorkflowError", "NotFound", "ConflictError"}


def raised_codes() -> dict[str, str]:
    """code -> where it is raised, for every DomainError made with a literal code."""
    found: dict[str, str] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if "gui" in path.relative_to(ROOT).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in ERRORS and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def chinese() -> dict[str, str]:
    root = ET.parse(i18n.I18N_DIR / "lishui_zh_CN.ts").getroot()
    out = {}
    for ctx in root.findall("context"):
        if ctx.find("name").text == "Errors":
            for m in ctx.findall("message"):
                out[m.find("source").text] = "".join(m.find("translation").itertext()).strip()
    return out


def test_the_walk_finds_the_codes():
    codes = raised_codes()
    assert {"id.check", "workflow.role", "user.admin_only", "appraisal.panel"} <= set(codes)
    assert len(codes) > 80


def test_every_raised_code_has_an_english_and_a_chinese_sentence():
    zh = chinese()
    table = {**errors.MESSAGES, **errors.SYNC_MESSAGES}
    no_english = {c: where for c, where in raised_codes().items() if c not in table}
    assert no_english == {}, "add these codes to gui/errors.py MESSAGES"
    no_chinese = [c for c in raised_codes() if not zh.get(table[c])]
    assert no_chinese == []
    # And the GUI really shows the Chinese one.
    assert QCoreApplication.translate("Errors", table["user.admin_only"]) == zh[table["user.admin_only"]]
