"""The key-message editor: what the rapporteur writes is saved as they type.

Each :class:`KeyMessageEditor` edits one :class:`KeyMessage`. Typing starts an 800 ms timer;
when it runs out, or the editor loses focus, or the view is hidden or closed, the text is
committed through ``controller.save`` (one undoable, committed step). A message that was never
given any text is never stored. When the file changes under an editor (undo, another view), the
editor takes the stored text unless it holds typing not yet committed, which is never thrown
away.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import KeyMessage
from ..common.style import icon
from ..controller import AppController

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800


class SavedAsTyped:
    """What typing does in a widget saved as typed: ``pending`` while typed text is not committed,
    a commit after :data:`AUTOSAVE_MS` of quiet, none for text the widget itself loads
    (``_loading``). The widget defines ``commit()``, which calls :meth:`_take_typing` first."""

    def _start_saving_as_typed(self) -> None:
        self.pending = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.commit)

    def _typed(self) -> None:
        if self._loading:
            return
        self.pending = True
        self._timer.start()

    def _take_typing(self) -> bool:
        """Stop the timer; whether there is typing to commit."""
        self._timer.stop()
        return self.pending


class KeyMessageEditor(SavedAsTyped, QPlainTextEdit):
    """Edits one key message; ``pending`` is True while typed text is not yet committed."""

    focused = Signal(object)  # self, when it gets the focus (the target of the next quote)

    def __init__(self, controller: AppController, record: KeyMessage, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.record = copy.deepcopy(record)
        self._start_saving_as_typed()
        self.setObjectName("keyMessageEditor")
        self.setPlaceholderText(self.tr("Write a key message: what did participants conclude?"))
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlainText(record.text)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())
        self._fit_height()
        self.textChanged.connect(self._typed)

    def _fit_height(self) -> None:
        """Grow with the text (a message is read whole, not scrolled), from four lines up."""
        lines = max(4.0, self.document().size().height() + 1)
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(int(lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
                                + margins + 4))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()  # a new width wraps the text into more or fewer lines

    @property
    def stored(self) -> bool:
        return self.record.rev > 0

    def commit(self) -> bool:
        """Save the text now if it changed. False when the save failed (the text stays on screen)."""
        if not self._take_typing():
            return True
        text = self.toPlainText()
        if not self.stored and not text.strip():
            self.pending = False
            return True
        record = copy.deepcopy(self.record)
        record.text = text
        ok = self.controller.save(record, self.tr("Edit key message"))
        if ok:
            self.pending = False
            stored = self.controller.file.get(KeyMessage, record.id)
            self.record = stored if stored is not None else record
        return ok

    def add_quote(self, quote: str, comment_id: str) -> bool:
        """Append ``quote`` on a line of its own, link the comment, and save at once."""
        text = self.toPlainText().rstrip()
        self.setPlainText(f"{text}\n{quote}" if text else quote)
        self.moveCursor(QTextCursor.MoveOperation.End)
        if comment_id not in self.record.quotes:
            self.record.quotes.append(comment_id)
        self.pending = True
        return self.commit()

    def take_stored(self, record: KeyMessage) -> None:
        """The file holds ``record`` now; show it unless the rapporteur is mid-sentence."""
        if self.pending:
            self.record.quotes = list(record.quotes)
            self.record.rev = record.rev
            return
        self.record = copy.deepcopy(record)
        if record.text != self.toPlainText():
            self._loading = True
            cursor = self.textCursor().position()
            self.setPlainText(record.text)
            c = self.textCursor()
            c.setPosition(min(cursor, len(record.text)))
            self.setTextCursor(c)
            self._loading = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.focused.emit(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.commit()


class KeyMessagesPanel(QWidget):
    """The key messages of one scope (a question, or the session's overall conclusions)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.session_id: str | None = None
        self.question_id: str | None = None
        self.editors: list[KeyMessageEditor] = []
        self._current: KeyMessageEditor | None = None

        self.title = QLabel(self)
        self.title.setProperty("role", "subheading")
        self.title.setWordWrap(True)
        self.add_button = QPushButton(icon("add"), self.tr("Add key message"), self)
        self.add_button.setObjectName("addKeyMessage")
        self.add_button.clicked.connect(lambda: self.add_message(focus=True))
        self.saved_label = QLabel(self)
        self.saved_label.setProperty("role", "hint")

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 0, 0)  # apart from the evidence beside it
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- scope ---------------------------------------------------------------------------------
    def set_scope(self, session_id: str | None, question_id: str | None, title: str,
                  messages: list[KeyMessage]) -> None:
        """Show the messages of a new scope (pending typing of the old one is committed first)."""
        self.commit_pending()
        self.session_id, self.question_id = session_id, question_id
        self.title.setText(title)
        for editor in self.editors:
            editor.setParent(None)
            editor.deleteLater()
        self.editors = []
        self._current = None
        for record in self._mine(messages):
            self._add_editor(record)
        if not self.editors and session_id is not None:
            self.add_message(focus=False)
        self.add_button.setEnabled(session_id is not None)

    def _mine(self, messages: list[KeyMessage]) -> list[KeyMessage]:
        live = [m for m in messages if not m.deleted and m.session == self.session_id
                and m.question == self.question_id]
        return sorted(live, key=lambda m: m.position)

    def refresh(self, messages: list[KeyMessage]) -> None:
        """The file changed: take stored texts, add messages that appeared, drop deleted ones."""
        stored = {m.id: m for m in self._mine(messages)}
        for editor in list(self.editors):
            record = stored.get(editor.record.id)
            if record is not None:
                editor.take_stored(record)
            elif editor.stored and not editor.pending:
                self._remove_editor(editor)  # deleted (or its creation undone)
        shown = {e.record.id for e in self.editors}
        for record in stored.values():
            if record.id not in shown:
                self._add_editor(record)
        if not self.editors and self.session_id is not None:
            self.add_message(focus=False)

    # -- editors -------------------------------------------------------------------------------
    def add_message(self, *, focus: bool = True) -> KeyMessageEditor | None:
        if self.session_id is None:
            return None
        position = max((e.record.position for e in self.editors), default=-1) + 1
        record = KeyMessage(session=self.session_id, question=self.question_id, position=position)
        editor = self._add_editor(record)
        if focus:
            editor.setFocus()
        return editor

    def _add_editor(self, record: KeyMessage) -> KeyMessageEditor:
        editor = KeyMessageEditor(self.controller, record, self._list)
        editor.focused.connect(self._set_current)
        self._list_layout.insertWidget(self._list_layout.count() - 1, editor)
        self.editors.append(editor)
        return editor

    def _remove_editor(self, editor: KeyMessageEditor) -> None:
        self.editors.remove(editor)
        if self._current is editor:
            self._current = None
        editor.setParent(None)
        editor.deleteLater()

    def _set_current(self, editor: KeyMessageEditor) -> None:
        self._current = editor

    def current_editor(self) -> KeyMessageEditor | None:
        """Where a quote goes: the editor last focused, else the last one."""
        if self._current in self.editors:
            return self._current
        return self.editors[-1] if self.editors else None

    def quote(self, quote: str, comment_id: str) -> bool:
        editor = self.current_editor() or self.add_message(focus=False)
        return editor.add_quote(quote, comment_id) if editor is not None else False

    def commit_pending(self) -> bool:
        return all([e.commit() for e in self.editors])

    def texts(self) -> list[str]:
        return [e.toPlainText() for e in self.editors]
