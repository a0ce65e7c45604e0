"""No English left on screen (issue 14): every view and dialog, every visible text of every widget.

A pseudo language (each translation is its English source between ⟦ ⟧, placeholders and & kept)
is compiled with pyside6-lrelease and installed; the Qt-free catalogue gets the same treatment.
:func:`tests.ui.tour.tour` then opens everything on the demo session and each text with a Latin
word left once the marked parts, the data (every text of the files shown, file names) and proper
names are taken out was written in English in the code: a hard-coded string.

The real check runs the same walk with each language's .qm: for Arabic, Chinese and Russian no
Latin word may be left; for French and Spanish no text may be an English source string of the .ts
(unless its translation is the same word, e.g. French "Options"). A language whose .ts still has
unfinished strings is skipped (CI's ``packaging/translations.py check`` wants them finished).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from tests.ui.tour import speak_english, tour

from workshop_app.domain import messages

ROOT = Path(__file__).resolve().parents[2]
TS_FOLDER = ROOT / "resources" / "translations"
OPEN, CLOSE = "⟦", "⟧"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ’']+")
PATHS = re.compile(r"\S*[/\\]\S*|\S+\.(?:workshop|docx|xlsx|csv|json|log|png|md|txt)\b"
                   r"|\((?:eth|en|wl|wlan|lo|docker|br|veth|virbr|tun|tap)\w*\)", re.I)  # and network interfaces
# Proper names, file formats, keyboard keys and the languages' own names stay as they are.
ALLOWED = {
    "Workshop", "App", "Word", "Excel", "CSV", "JSON", "QR", "PDF", "SQLite", "USB", "Wi", "Fi", "Borda",
    "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "Del", "Delete", "Up", "Down", "Home", "End", "Space",
    "Backspace", "PgUp", "PgDown", "Return", "English", "Français", "Español", "http", "https", "www",
    "Kendall", "Schulze", "SWOT", "URL", "IP", "HTTP",  # method names and acronyms often kept in Latin
    "REFI", "QDA", "qdpx", "xlsx", "csv", "docx", "json",  # a file format's own name and suffixes
    "Windows", "Android", "Ethernet", "WUF",  # products, and the World Urban Forum's acronym (WUF12)
    "YYYY", "MM", "DD",  # the ISO date pattern typed into date fields
    "OK",  # Qt's own OK button: Russian writes it so too
}
QT_OWN = {"OK", "Cancel", "Close", "Apply", "Help", "Save", "Yes", "No", "Open", "Reset", "Discard"}  # qtbase's
ROWS = 40  # cells read per table: enough to meet every kind of row, fast


def _tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text and ">" in text else text


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in ``root``: labels, buttons, group
    boxes, tabs, headers and cells, combo items, placeholders, tooltips, accessible names, titles,
    menu actions, status messages."""
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            yield f"{where} title", w.windowTitle()
        yield f"{where} tooltip", plain(w.toolTip())
        yield f"{where} accessible name", w.accessibleName()
        if isinstance(w, QLabel):
            yield where, plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield f"{where} placeholder", w.placeholderText()
            if w.isReadOnly() and not isinstance(w.parent(), QAbstractSpinBox):
                yield where, w.text()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield f"{where} placeholder", w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab", w.tabText(i)
                yield f"{where} tab tooltip", w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item", w.itemText(i)
        elif isinstance(w, QSpinBox):
            yield f"{where} affix", f"{w.prefix()} {w.suffix()} {w.specialValueText()}"
        elif isinstance(w, QStatusBar):
            yield f"{where} message", w.currentMessage()
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
            yield from _model_texts(where, w.model())
        for action in w.actions():
            yield f"{where} action", action.text()
            if action.toolTip() != action.text().replace("&", "").replace("…", "").strip():
                yield f"{where} action tooltip", action.toolTip()
        if isinstance(w, QMenu):
            for action in w.actions():
                if action.menu() is not None:
                    for sub in action.menu().actions():
                        yield f"{where} submenu", sub.text()


def _model_texts(where: str, model) -> Iterator[tuple[str, str]]:
    from PySide6.QtCore import QAbstractListModel, Qt

    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for section in range(columns):
        for role in (display, tip):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{where} header", value
    for row in range(min(model.rowCount(), ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (display, tip):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} cell", plain(value)


def data_texts(folder: Path) -> list[str]:
    """Every text held by the files of the tour (session files, sheets) and their names: data."""
    found: set[str] = set()
    for path in folder.rglob("*"):
        found.update({path.name, path.stem})
        if path.suffix == ".workshop":
            conn = sqlite3.connect(path)
            try:
                tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
                for table in tables:
                    for row in conn.execute(f"SELECT * FROM [{table}]"):
                        for value in row:
                            if isinstance(value, str) and len(value) < 5000:
                                found.update(_strings(value))
            finally:
                conn.close()
        elif path.suffix in (".csv", ".xlsx"):
            found.update(_sheet_cells(path))
    from workshop_app.domain.catalogue import samples  # the framework's questions, in the session's language

    found.update(v for k, v in samples.ENGLISH.items() if k.startswith("framework.") and "{" not in v)
    return sorted((t for t in found if len(t) >= 2), key=len, reverse=True)


def _strings(value: str) -> set[str]:
    """A column's text, and the texts inside it when it holds JSON (tags, details)."""
    import json

    out = {value.strip()}
    if value[:1] in "[{":
        try:
            stack = [json.loads(value)]
        except ValueError:
            return out
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                out.add(item.strip())
            elif isinstance(item, dict):
                stack += [*item.keys(), *item.values()]
            elif isinstance(item, list):
                stack += item
    return out


def _sheet_cells(path: Path) -> set[str]:
    if path.suffix == ".csv":
        return {c.strip() for line in path.read_text(encoding="utf-8").splitlines() for c in line.split(";")}
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    return {str(c).strip() for row in book.active.iter_rows(values_only=True) for c in row if c}


def leftover(text: str, data: list[str], allowed: set[str] = ALLOWED) -> str:
    """The Latin words of ``text`` outside its marked parts (innermost first), its data (a whole
    value, or an elided or joined piece of one), paths and proper names."""
    previous = None
    while previous != text:  # same length: the positions below stay those of the text
        previous, text = text, MARKED.sub(lambda m: " " * len(m.group()), text)
    covered = bytearray(len(text))

    def cover(start: int, end: int) -> None:
        covered[start:end] = b"\x01" * (end - start)

    for m in PATHS.finditer(text):
        cover(*m.span())
    for value in data:
        if value in text:
            # Latin-letter boundaries only: Chinese writes data with no space around it ("在x.xlsx中")
            for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", text):
                cover(*m.span())
    for m in re.finditer(r"[^…·—\n;()]+(?=…|\.\.\.)|(?<=…)[^…·—\n;()]+", text):  # an elided piece of data
        piece = m.group().strip(" .:,")
        if len(piece) >= 3 and any(piece in value for value in data):
            cover(*m.span())
    return " ".join(m.group() for m in LATIN_WORD.finditer(text)
                    if not any(covered[m.start():m.end()]) and m.group() not in allowed)


def walk(folder: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Tour the app once; every (stop, where, text) with letters, and the stops' names."""
    seen: list[tuple[str, str, str]] = []

    def visit(widget: QWidget, name: str) -> None:
        for where, text in widget_texts(widget):
            if text and re.search(r"[^\W\d_]", text):
                seen.append((name, where, text))

    stops = tour(visit, folder)
    return stops, seen


# -- the pseudo language ------------------------------------------------------------------------------


def mark(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def pseudo_qm(folder: Path) -> Path:
    """Every tr() string of src/ extracted and 'translated' as ⟦source⟧, compiled."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    ts = folder / "workshop_app_pseudo.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-target-language", "fr", *translations.sources(), "-ts", str(ts)], cwd=ROOT, check=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = mark(source)
        if not forms:
            translation.text = mark(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "workshop_app_pseudo.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def pseudo_language(qapp, tmp_path, monkeypatch):
    if not (_tool("pyside6-lupdate") and _tool("pyside6-lrelease")):
        pytest.skip("pyside6-lupdate/lrelease are not installed (they ship with PySide6-Essentials)")
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm(tmp_path)))
    qapp.installTranslator(translator)
    monkeypatch.setenv("WORKSHOP_APP_LANG", "ru")  # the Qt-free catalogue's language, marked below
    saved = messages._CATALOGUES.get("ru")
    marked = {code: mark(text) for code, text in messages.ENGLISH.items()}
    marked[messages.LIST_SEPARATOR] = ", "
    messages._CATALOGUES["ru"] = marked
    yield
    qapp.removeTranslator(translator)
    if saved is None:
        messages._CATALOGUES.pop("ru", None)
    else:
        messages._CATALOGUES["ru"] = saved


EVERY_STOP = {"start", "new-session", "setup", "participants", "capture-ranking", "capture-points",
              "capture-rating", "comments", "results", "results-by-group", "synthesis", "attendance", "seats",
              "import", "export", "merge", "conflicts", "mapping", "phones", "presenter-hidden", "presenter",
              "shortcuts", "preferences", "write-failed", "synthesis-consolidated"}


def test_every_text_on_screen_goes_through_the_translation(qapp, tmp_path, pseudo_language):
    assert QCoreApplication.translate("MainWindow", "&File") == mark("&File")  # the pseudo language is on
    stops, seen = walk(tmp_path / "tour")
    assert EVERY_STOP <= set(stops), f"the tour did not reach {EVERY_STOP - set(stops)}"
    assert sum(1 for s in stops if s.startswith("menu-")) == 4
    data = data_texts(tmp_path / "tour")
    english = sorted({(stop, where, text) for stop, where, text in seen if leftover(text, data, ALLOWED | QT_OWN)})
    assert not english, "hard-coded English (not marked by the pseudo language):\n" + "\n".join(
        f"  {stop}: {where}: {text!r}" for stop, where, text in english)


# -- the real languages --------------------------------------------------------------------------------


def _messages(language: str) -> list[ET.Element]:
    return list(ET.parse(TS_FOLDER / f"workshop_app_{language}.ts").getroot().iter("message"))


def _unfinished(language: str) -> int:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return len(translations.unfinished(TS_FOLDER / f"workshop_app_{language}.ts"))


def english_sources(language: str) -> set[str]:
    """The English source texts of ``language``'s .ts whose translation is not the same text
    (French "Options" and "Date" are English too, and right)."""
    out = set()
    for message in _messages(language):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if any(f.replace("&", "") != source for f in forms):
            out.add(source)
    return out


def _finished(language: str):
    left = _unfinished(language)
    return pytest.param(language, marks=pytest.mark.skipif(
        left > 0, reason=f"workshop_app_{language}.ts has {left} unfinished strings (translations not merged yet)"))


@pytest.mark.parametrize("language", [_finished(lang) for lang in ("ar", "zh_CN", "fr", "ru", "es")])
def test_no_english_left_in_the_language(qapp, tmp_path, monkeypatch, language):
    from workshop_app.ui.app import apply_language

    monkeypatch.setenv("WORKSHOP_APP_LANG", language)
    apply_language(qapp, language)
    try:
        stops, seen = walk(tmp_path / "tour")
    finally:
        speak_english(qapp)
    assert EVERY_STOP <= set(stops)
    if language in ("fr", "es"):  # Latin script: no text may be an English source string
        sources = english_sources(language)
        english = sorted({(stop, where, text) for stop, where, text in seen
                          if text.replace("&", "").strip() in sources})
    else:  # another script: no Latin word outside data and proper names
        data = data_texts(tmp_path / "tour")
        english = sorted({(stop, where, text) for stop, where, text in seen if leftover(text, data)})
    assert not english, f"English left in {language}:\n" + "\n".join(
        f"  {stop}: {where}: {text!r}" for stop, where, text in english)
