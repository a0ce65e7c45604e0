"""Ctrl+Z where a facilitator types: the field's own typing first, then the last saved step.

A text field takes Ctrl+Z for itself (Qt's ShortcutOverride), so Edit ▸ Undo never ran while the
focus was in a field, which is nearly always; and after a participant was added, the field's own
undo brought the cleared name back, ready to be added twice. Here a field keeps Ctrl+Z (and the
redo keys) only while it has typing of its own to undo (or redo) and is not empty; otherwise the
key goes to Edit ▸ Undo / Redo, the steps saved in the file. After Ctrl+Z undid a saved step, the
redo keys redo saved steps too, not the field's typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def field_can(widget: QWidget, redo: bool) -> bool:
    """Whether a focused field has typing of its own to undo (or redo)."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    elif isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else bool(widget.text()) and widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else not document.isEmpty() and document.isUndoAvailable()
    return False


def _is_redo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or any(
        QKeySequence(event.keyCombination()) == keys for keys in REDO_KEYS)


class UndoKeys(QObject):
    """Routes Ctrl+Z and the redo keys typed in one window's fields.

    The filter sits on the focus widget only (ShortcutOverride goes there), and moves with the
    focus: nothing runs for the application's other events.
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.stack_turn = False  # the last Ctrl+Z went to the saved steps: so does the next redo
        self.watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            if self.watched is not None:
                self.watched.removeEventFilter(self)
        except RuntimeError:  # the widget that had the focus is gone
            pass
        self.watched = None
        try:
            mine = new is not None and new.window() is self.window
        except RuntimeError:
            mine = False
        if mine:
            new.installEventFilter(self)
            self.watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        redo = _is_redo(event)
        if not (redo or event.matches(QKeySequence.StandardKey.Undo)):
            return False
        if field_can(watched, redo) and not (redo and self.stack_turn):
            self.stack_turn = False
            return False  # the field undoes its own typing
        self.stack_turn = not redo or self.stack_turn
        event.ignore()  # not wanted by the field: the key becomes Edit ▸ Undo / Redo
        return True
