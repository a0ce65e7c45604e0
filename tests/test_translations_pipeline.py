"""The cheap half of ``packaging/translations.py check``: the committed .ts files are what lupdate
makes of today's sources, so a new tr() string committed without ``update`` fails the suite (the
translations being finished and the .qm compiled are CI's ``check``)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pipeline():
    spec = importlib.util.spec_from_file_location("translations_pipeline", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    tr = pipeline()
    if not (shutil.which("pyside6-lupdate") or shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))):
        pytest.skip("pyside6-lupdate is not installed (it ships with PySide6-Essentials)")
    folder = tmp_path_factory.mktemp("ts")
    for language in tr.ALL:  # the five and English's plural forms
        if tr.ts_file(language).exists():
            shutil.copy(tr.ts_file(language), tr.ts_file(language, folder))
    tr.update(folder)
    return folder


@pytest.mark.parametrize("language", ["ar", "zh_CN", "fr", "ru", "es", "en"])
def test_the_ts_file_is_up_to_date_with_the_sources(fresh, language):
    tr = pipeline()
    committed = tr.ts_file(language)
    assert committed.exists(), f"{committed.name} is missing: run `python packaging/translations.py update`"
    assert tr.ts_file(language, fresh).read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is out of date with the tr() strings of src/: run "
        "`python packaging/translations.py update` (then translate and `release`)")


def test_a_new_tr_string_is_caught(tmp_path):
    """The comparison above can fail: a module with a new string makes lupdate write another file."""
    tr = pipeline()
    folder = tmp_path / "ts"
    folder.mkdir()
    shutil.copy(tr.ts_file("fr"), tr.ts_file("fr", folder))
    before = tr.ts_file("fr", folder).read_text(encoding="utf-8")
    extra = tmp_path / "probe.py"  # as if a module of src/ had it
    extra.write_text('from PySide6.QtCore import QObject\n\n\nclass Probe(QObject):\n'
                     '    def text(self):\n        return self.tr("A string nobody has extracted yet")\n',
                     encoding="utf-8")
    sources = tr.sources
    tr.sources = lambda: [*sources(), str(extra)]
    tr.ALL = ("fr",)
    tr.update(folder)
    assert "A string nobody has extracted yet" in tr.ts_file("fr", folder).read_text(encoding="utf-8")
    assert tr.ts_file("fr", folder).read_text(encoding="utf-8") != before
