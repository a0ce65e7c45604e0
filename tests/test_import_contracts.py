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

QT = "Qt only in the desktop app (ui/)"
PURE = "The domain is pure: it imports nothing else of the app"
ANALYSIS = "Analysis reads domain objects only (no storage, no SQL)"
FLOORS = "Floors (DESIGN §7): each floor imports only the floors below it"
PHONES = "Phones talk only to services, domain and storage reads (no Qt, no ui, no cli)"
CONTRACTS = (QT, PURE, ANALYSIS, FLOORS, PHONES)

# (contract, module file of the copy, the forbidden line written into it)
VIOLATIONS = [
    (QT, "exports/tables.py", "import PySide6.QtCore"),
    (PURE, "domain/model.py", "import sqlite3"),
    (ANALYSIS, "analysis/ranking.py", "from .. import storage"),
    # the floors: each floor upwards, and siblings of one floor sideways
    (FLOORS, "storage/check.py", "from ..exports import tables"),  # storage -> exports
    (FLOORS, "storage/interchange.py", "from ..merge import engine"),  # the knot issue 12 untied
    (FLOORS, "merge/sources.py", "from ..exports import embedded"),  # the other half of it
    (FLOORS, "merge/engine.py", "from ..imports import dispatch"),  # merge -> imports
    (FLOORS, "analysis/stats.py", "from ..merge import versions"),  # siblings: analysis | merge
    (FLOORS, "imports/dispatch.py", "from ..exports import registry"),  # siblings: imports | exports
    (FLOORS, "samples/templates.py", "from ..exports import tables"),  # samples -> exports
    (FLOORS, "services/session.py", "from ..ui import controller"),  # services -> ui
    (FLOORS, "ui/common/banner.py", "from ... import cli"),  # ui sits below cli
    (QT, "cli/merge.py", "from ..ui.merge import merge_window"),  # cli may start ui.app, nothing else of ui
    (FLOORS, "host/paths.py", "from ..storage import atomic"),  # host sits below storage
    (FLOORS, "domain/rules.py", "from ..host import paths"),  # the domain is the bottom floor
    (FLOORS, "services/session.py", "from .. import phones"),  # phones sit above services
    (PHONES, "phones/security.py", "import PySide6.QtCore"),  # the phone server is Qt-free
    (PHONES, "phones/state.py", "from ..exports import registry"),  # and talks to services only
]


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
    assert "BROKEN" not in out and f"{len(CONTRACTS)} kept, 0 broken" in out, out


def test_every_contract_is_broken_by_some_case():
    assert {c for c, _, _ in VIOLATIONS} == set(CONTRACTS)


@pytest.mark.parametrize(("contract", "relative", "line"), VIOLATIONS, ids=[f"{c[:12]}:{r}" for c, r, _ in VIOLATIONS])
def test_each_contract_fails_on_the_import_it_forbids(copy, contract, relative, line):
    module = copy / "workshop_app" / relative
    original = module.read_text(encoding="utf-8")
    module.write_text(original + f"\n{line}  # injected by the test\n", encoding="utf-8")
    try:
        out = lint(copy)
    finally:
        module.write_text(original, encoding="utf-8")
    assert f"{contract} BROKEN" in out, out  # (a floor below others may break theirs too, indirectly)


def test_merge_and_imports_never_hold_a_raw_connection():
    """One storage API: merge/ and imports/ reach the file through SessionFile (``master_rows()``,
    ``transaction()``), never through its connection (``sf.conn``) or a source's."""
    import re

    found = []
    for folder in ("merge", "imports"):
        for path in sorted((ROOT / "src" / "workshop_app" / folder).glob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"\.conn\b|sqlite3|open_source_copy|scan_source\(", line):
                    found.append(f"{folder}/{path.name}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
