"""The domain imports the standard library and its own modules only (DESIGN.md layers).

import-linter forbids our other packages and the third-party ones we use; this
catches any other third-party import too.
"""
import ast
import sys
from pathlib import Path

import lishui_desktop.domain as domain


def test_domain_imports_only_stdlib():
    bad = []
    for path in Path(domain.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "__future__":
                    bad.append(f"{path.name}: {name}")
    assert bad == []
