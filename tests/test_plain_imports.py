"""Every dependency between the app's own modules is a plain import (DESIGN §7, issue 12).

No ``importlib`` loading of the app's modules by name and no ``try: import … except ImportError``
around them: such imports are invisible to import-linter, and a module that fails to import (a bug)
would silently turn into a missing feature. Imports of third-party libraries may still be guarded.
"""

from __future__ import annotations

import ast
from pathlib import Path

import workshop_app

PACKAGE = Path(workshop_app.__file__).parent
# Still to untie (issue 12, helper untie): the provenance annex and Word-note readers. Remove a line
# when its fallback is gone.
STILL_TO_UNTIE = {"merge/sources.py", "exports/scope.py"}


def _is_own(node: ast.Import | ast.ImportFrom) -> bool:
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] == "workshop_app"
    return any(alias.name.split(".")[0] == "workshop_app" for alias in node.names)


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = [handler.type] if not isinstance(handler.type, ast.Tuple) else list(handler.type.elts)
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError") for n in names)


def scaffolding(source: str) -> list[str]:
    """The lines that load the app's own modules by name or hide their import errors."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers):
            found += [f"line {n.lineno}: guarded import" for stmt in node.body for n in ast.walk(stmt)
                      if isinstance(n, ast.Import | ast.ImportFrom) and _is_own(n)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "import_module":
            found.append(f"line {node.lineno}: importlib.import_module")
    return found


def test_the_check_finds_both_kinds():
    assert scaffolding("try:\n    from .x import y\nexcept ImportError:\n    y = None\n") == ["line 2: guarded import"]
    assert scaffolding("import importlib\nm = importlib.import_module('workshop_app.ui.x')\n") == [
        "line 2: importlib.import_module"]
    assert scaffolding("try:\n    import numpy\nexcept ImportError:\n    numpy = None\n") == []


def test_no_module_loads_the_apps_own_modules_by_name_or_hides_their_import_errors():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel not in STILL_TO_UNTIE and (lines := scaffolding(path.read_text(encoding="utf-8"))):
            found[rel] = lines
    assert found == {}
