"""Help → Keyboard shortcuts: every shortcut of the app on one page."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from .style import label

KEY_CHORD = re.compile(r"\b(?:(?:Ctrl|Alt|Shift)\+)*(?:Up|Down|Delete|Enter|Esc|Tab|F\d{1,2}|[A-Z0-9])\b")


def key_names(keys: str) -> str:
    """The key chords of ``keys`` ("Ctrl+Up / Ctrl+Down, =, Delete") as the platform and the
    interface language name them (Qt's own translations: "Suppr" in French); the rest as written."""
    def native(match: re.Match) -> str:
        sequence = QKeySequence(match.group(), QKeySequence.SequenceFormat.PortableText)
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        return text or match.group()

    return KEY_CHORD.sub(native, keys)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(900, 760)
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What it does")])
        for where, keys, what in self.rows():
            items = [QStandardItem(text) for text in (where, key_names(keys), what)]
            for item in items:
                item.setEditable(False)
            model.appendRow(items)
        self.model: QObject = model
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(label(self.tr("Keyboard shortcuts"), "heading"))
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, keys, what) for every shortcut."""
        return [
            (self.tr("Everywhere"), "Ctrl+1 … Ctrl+6", self.tr("Setup, Participants, Capture, Comments, Results, Synthesis")),
            (self.tr("Everywhere"), "Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y",
             self.tr("Undo / redo the last saved change (any view); in a field with typing of its own, "
                     "its typing first")),
            (self.tr("Everywhere"), "Ctrl+O / Ctrl+N", self.tr("Open a file / new session from a template")),
            (self.tr("Everywhere"), "Ctrl+I", self.tr("Import ballot sheets, interchange JSON or Word notes, with a preview")),
            (self.tr("Everywhere"), "Ctrl+W / Ctrl+Q", self.tr("Close this window / quit (each asks about anything typed and not saved)")),
            (self.tr("Everywhere"), "F1", self.tr("This list")),
            (self.tr("Everywhere"), "F5", self.tr("Presenter window (live results for the projector)")),
            (self.tr("Everywhere"), "Ctrl+E", self.tr("Export (Word, Excel, CSV)")),
            (self.tr("Participants"), "Enter", self.tr("Add the person typed in the quick-add row; the cursor stays there")),
            (self.tr("Participants"), "Delete", self.tr("Delete the selected participants")),
            (self.tr("Capture"), "Alt+Q / Alt+P", self.tr("Go to the question / participant box")),
            (self.tr("Capture"), "3 1 5", self.tr("Type the order as option numbers; “3=1 5” ties options 3 and 1")),
            (self.tr("Capture"), self.tr("Shift+click"), self.tr("Tie the clicked option with the one before")),
            (self.tr("Capture"), "Ctrl+Up / Ctrl+Down, =, Delete", self.tr("In the ranked list: move, tie, un-rank")),
            (self.tr("Capture"), "1 … 5, 0", self.tr("Rating rows: rate and move to the next row; 0 clears")),
            (self.tr("Capture"), self.tr("a name, Enter"), self.tr("In the participant box: pick the person typed (part of the name is enough)")),
            (self.tr("Capture"), "Enter", self.tr("Save the ballot and move to the next participant")),
            (self.tr("Comments"), "Enter / Shift+Enter", self.tr("Save the comment / new line")),
            (self.tr("Comments"), "Alt+1 … Alt+9", self.tr("Link option 1…9 of the linked question (no question: question 1…9)")),
            (self.tr("Comments"), "Alt+Q / Alt+0", self.tr("Link the next question / remove the links")),
            (self.tr("Comments"), "Alt+S, Alt+W, Alt+O, Alt+T", self.tr("Strength, weakness, opportunity, threat")),
            (self.tr("Comments"), "Alt+K", self.tr("Key quote (star)")),
            (self.tr("Comments"), "Alt+P / Alt+G", self.tr("Pick the speaker / type tags (with completion)")),
            (self.tr("Comments"), "Ctrl+F", self.tr("Search all comments")),
            (self.tr("Comments"), "Enter / Delete", self.tr("On the list: edit / delete the selected comment")),
            (self.tr("Comments"), "Esc", self.tr("Cancel editing a saved comment")),
        ]
