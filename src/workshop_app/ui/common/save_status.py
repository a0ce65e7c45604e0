"""The status-bar line that tells the truth about saving.

It says "All changes saved" with the time of the last commit, and turns red with "NOT saved"
the moment a commit fails, staying red until a later commit succeeds. It never claims a save
the storage layer did not confirm. Beside it, a link undoes the last saved step.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .style import ACCENT, DANGER, OK, icon


def _last_change(path: Path) -> datetime | None:
    """When the file (or its -wal beside it) last changed on disk: the last commit before opening."""
    times = []
    for p in (path, Path(str(path) + "-wal")):
        try:
            times.append(p.stat().st_mtime)
        except OSError:
            continue
    return datetime.fromtimestamp(max(times)) if times else None


class SaveStatus(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("saveStatus")
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 0, 6, 0)
        box.setSpacing(6)
        box.addWidget(self.icon)
        box.addWidget(self.text)
        self.failed = False

    def opened(self, path: Path) -> None:
        when = _last_change(path)
        self.show_saved(when, opened=True)

    def show_saved(self, when: datetime | None, *, opened: bool = False) -> None:
        self.failed = False
        self.icon.setPixmap(icon("saved", OK).pixmap(QSize(18, 18)))
        if when is None:
            self.text.setText(self.tr("All changes saved"))
        elif opened:
            self.text.setText(self.tr("All changes saved · last change {time}").format(time=when.strftime("%H:%M")))
        else:
            self.text.setText(self.tr("All changes saved · {time}").format(time=when.strftime("%H:%M:%S")))
        self.text.setStyleSheet(f"color: {OK};")
        self.text.setToolTip("")

    def show_failed(self, message: str) -> None:
        self.failed = True
        self.icon.setPixmap(icon("not_saved", DANGER).pixmap(QSize(18, 18)))
        self.text.setText(self.tr("Last change NOT saved"))
        self.text.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
        self.text.setToolTip(message)


class UndoLink(QWidget):
    """'Undo: Ballot of Amina Diallo (Ctrl+Z)' after every saved step, and what an undo or redo did."""

    def __init__(self, controller, undo_action, redo_action, parent: QWidget | None = None):
        super().__init__(parent)
        stack = controller.undo_stack
        self.stack = stack
        self.keys = [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in (undo_action, redo_action)]
        self.message = QLabel()
        self.message.setObjectName("undoMessage")
        self.undo_button = self._link(undo_action.trigger)
        self.undo_button.setObjectName("undoLink")
        self.undo_button.setIcon(icon("undo"))
        self.redo_button = self._link(redo_action.trigger)
        self.redo_button.setIcon(icon("redo"))
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 0, 6, 0)
        box.setSpacing(8)
        for widget in (self.message, self.undo_button, self.redo_button):
            box.addWidget(widget)
        # bound methods, not lambdas: the controller outlives this window and must not call into it
        stack.indexChanged.connect(self.update_links)
        controller.undone.connect(self.show_undone)
        controller.redone.connect(self.show_redone)
        controller.saved.connect(self.forget_message)
        self.update_links()

    def show_undone(self, step: str) -> None:
        self.message.setText(self.tr("Undone: {step}.").format(step=step))

    def show_redone(self, step: str) -> None:
        self.message.setText(self.tr("Redone: {step}.").format(step=step))

    def forget_message(self, *_args) -> None:
        self.message.clear()

    @staticmethod
    def _link(slot) -> QPushButton:
        button = QPushButton()
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are Ctrl+Z and Ctrl+Shift+Z
        button.setStyleSheet(f"QPushButton {{ color: {ACCENT}; text-decoration: underline; border: none; }}")
        button.clicked.connect(slot)
        return button

    def update_links(self, *_args) -> None:
        undo_keys, redo_keys = self.keys
        try:
            can_undo, can_redo = self.stack.canUndo(), self.stack.canRedo()
        except RuntimeError:  # the stack is being destroyed (its clear() signals on the way out)
            return
        self.undo_button.setText(self.tr("Undo: {step} ({keys})").format(step=self.stack.undoText(), keys=undo_keys))
        self.undo_button.setVisible(can_undo)
        self.redo_button.setText(self.tr("Redo: {step} ({keys})").format(step=self.stack.redoText(), keys=redo_keys))
        self.redo_button.setVisible(can_redo and bool(self.message.text()))
