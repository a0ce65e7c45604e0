"""The floors hold (pyproject's [tool.importlinter]), and each contract fails on the import it forbids.

`lint-imports` runs over a copy of the package; for each contract one forbidden import is written
into a module of the copy, and the contract must then be reported broken.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = shutil.which("lint-imports")

pytestmark = pytest.mark.skipif(LINT is None, reason="import-linter is not installed (pip install -e '.[test]')")

# contract name -> (module file of the copy, the forbidden line written into it)
VIOLATIONS = {
    "Qt only in the desktop app (ui/)": ("exports/tables.py", "import PySide6.QtCore"),
    "The domain is pure: it imports nothing else of the app": ("domain/model.py", "import sqlite3"),
    "Storage imports no floor above it": ("storage/check.py", "from ..exports import tables"),
    "Analysis reads domain objects only (no storage, no SQL)": ("analysis/ranking.py", "from .. import storage"),
    "Merge does not import the exporters": ("merge/engine.py", "from ..exports import document"),
    "Phones talk only to services, domain and storage reads (no Qt, no ui, no cli)":
        ("phones/security.py", "import PySide6.QtCore"),
    "Nothing below the phones floor imports it": ("services/session.py", "from .. import phones"),
}


def lint(src: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([LINT, str(ROOT / "pyproject.toml"), "--no-cache"], cwd=src.parent, env=env,
                          capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("lint") / "src"
    shutil.copytree(ROOT / "src" / "workshop_app", src / "workshop_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return src


def test_the_tree_keeps_every_contract():
    out = lint(ROOT / "src")
    assert "BROKEN" not in out and f"{len(VIOLATIONS)} kept, 0 broken" in out, out


@pytest.mark.parametrize("contract", sorted(VIOLATIONS))
def test_each_contract_fails_on_the_import_it_forbids(copy, contract):
    relative, line = VIOLATIONS[contract]
    module = copy / "workshop_app" / relative
    original = module.read_text(encoding="utf-8")
    module.write_text(original + f"\n{line}  # injected by the test\n", encoding="utf-8")
    try:
        out = lint(copy)
    finally:
        module.write_text(original, encoding="utf-8")
    assert f"{contract} BROKEN" in out, out  # (a floor below others may break theirs too, indirectly)
