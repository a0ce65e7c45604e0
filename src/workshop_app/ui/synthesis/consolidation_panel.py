"""A master's own words: the title, key messages and conclusions headquarters writes over all the
dialogues of the file. They open the master's Word synthesis (its title, and the key messages and
conclusions of its summary).

Saved as typed, as the key messages are (:mod:`.synthesis_editor`): an 800 ms pause, leaving a
field, hiding the view or closing the window commits them through ``controller.save`` as one
undoable step. Key messages are written one per line. When the file changes underneath (undo, the
CLI), the fields take the stored text unless they hold typing not yet committed.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.model import Consolidation, shared_language
from ..controller import AppController
from .synthesis_editor import SavedAsTyped


def key_messages_of(text: str) -> list[str]:
    """One key message per non-blank line, in order."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class ConsolidationPanel(SavedAsTyped, QWidget):
    """Edits the file's own :class:`Consolidation` (created on the first words typed)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.record: Consolidation | None = None
        self._start_saving_as_typed()
        self.setObjectName("consolidationPanel")
        heading = QLabel(self.tr("Consolidated synthesis"), self)
        heading.setProperty("role", "subheading")
        hint = QLabel(self.tr("Your own words over all the dialogues of this file: they open its synthesis "
                              "(the title, then the key messages and conclusions of its summary)."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setObjectName("consolidationTitle")
        self.title.setPlaceholderText(self.tr("Consultations on the strategic plan"))
        self.messages = QPlainTextEdit(self)
        self.messages.setObjectName("consolidationMessages")
        self.messages.setTabChangesFocus(True)
        self.messages.setPlaceholderText(self.tr("One key message per line"))
        self.conclusions = QPlainTextEdit(self)
        self.conclusions.setObjectName("consolidationConclusions")
        self.conclusions.setTabChangesFocus(True)
        self.conclusions.setPlaceholderText(self.tr("What the dialogues concluded, together"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._label(self.tr("&Title"), self.title), self.title)
        form.addRow(self._label(self.tr("&Key messages (one per line)"), self.messages), self.messages)
        form.addRow(self._label(self.tr("Co&nclusions"), self.conclusions), self.conclusions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        self.title.textEdited.connect(self._typed)
        for editor in (self.messages, self.conclusions):
            editor.textChanged.connect(self._typed)
        for editor in (self.title, self.messages, self.conclusions):
            editor.installEventFilter(self)
        self.refresh()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def commit(self) -> bool:
        """Save what was typed, now. False when the save failed (the text stays on screen)."""
        if not self._take_typing():
            return True
        record = copy.deepcopy(self.record) if self.record is not None else Consolidation(
            language=shared_language(s.language for s in self.controller.file.sessions()))
        record.title = self.title.text().strip()
        record.key_messages = key_messages_of(self.messages.toPlainText())
        record.conclusions = self.conclusions.toPlainText().strip()
        if self.record is None and not (record.title or record.key_messages or record.conclusions):
            self.pending = False
            return True
        ok = self.controller.save(record, self.tr("Edit consolidated synthesis"))
        if ok:
            self.pending = False
            self.record = self.controller.file.consolidation()
        return ok

    def refresh(self) -> None:
        """Show the stored words, unless typing is not yet committed (never thrown away)."""
        if self.pending:
            return
        self.record = self.controller.file.consolidation()
        record = self.record or Consolidation()
        self._loading = True
        try:
            if self.title.text() != record.title:
                self.title.setText(record.title)
                self.title.setCursorPosition(0)  # a long title reads from its start
            messages = "\n".join(record.key_messages)
            if key_messages_of(self.messages.toPlainText()) != record.key_messages:
                self.messages.setPlainText(messages)
            if self.conclusions.toPlainText().strip() != record.conclusions:
                self.conclusions.setPlainText(record.conclusions)
        finally:
            self._loading = False
