"""Entering a rating ballot: a row per option, rated by typing a digit (focus moves on)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.model import Ballot, Option, Question
from ...domain.rules import ValidationError
from ..common.style import label
from .ballots_model import option_code


class RatingRow(QWidget):
    """One option: its label and one button per value. Digits rate, 0/Delete/Backspace clear."""

    changed = Signal()

    def __init__(self, option: Option, number: int, scale: range, parent: QWidget | None = None):
        super().__init__(parent)
        self.option = option
        self.scale = scale
        self.last = False  # the last row keeps the focus once rated, so that Enter saves
        self.setObjectName("ratingRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(option.label)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive groups cannot be cleared
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        code = QLabel(option_code(option, number))
        code.setMinimumWidth(36)
        text = QLabel(option.label)
        text.setWordWrap(True)
        row.addWidget(code)
        row.addWidget(text, 1)
        for value in scale:
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedWidth(44)
            button.setProperty("role", "scale")
            self.group.addButton(button, value)
            row.addWidget(button)
        self.group.idClicked.connect(self._clicked)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in self.scale else None

    def set_value(self, value: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self.changed.emit()

    def _clicked(self, value: int) -> None:
        button = self.group.button(value)
        self.set_value(value if button.isChecked() else None)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and int(text) in self.scale:
            self.set_value(int(text))
            self._next()
        elif event.key() in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            forward = event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Right)
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and event.key() in (Qt.Key.Key_Right,
                                                                                             Qt.Key.Key_Left):
                forward = not forward
            current = self.value() or (self.scale.start - 1 if forward else self.scale.stop)
            step = current + (1 if forward else -1)
            if step in self.scale:
                self.set_value(step)
        elif event.key() == Qt.Key.Key_Down:
            self._next()
        elif event.key() == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)  # Enter goes on to the capture view, which saves

    def _next(self) -> None:
        if not self.last:
            self.focusNextChild()


class RatingEntry(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question: Question | None = None
        self.rows: list[RatingRow] = []
        self.hint = label("", "hint")
        self.box = QVBoxLayout()
        self.box.setSpacing(4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.title = label(self.tr("Rate each option"), "subheading")
        outer.addWidget(self.title)
        outer.addWidget(self.hint)
        outer.addLayout(self.box)
        outer.addStretch(1)

    def load(self, question: Question, options: list[Option], ballot: Ballot | None) -> None:
        self.question = question
        for row in self.rows:
            self.box.removeWidget(row)
            row.hide()
            row.deleteLater()
        scale = range(question.scale_min, question.scale_max + 1)
        self.hint.setText(self.tr("Type {lo}–{hi} on each row (focus moves to the next), then Enter to save; "
                                  "0 clears.").format(lo=question.scale_min, hi=question.scale_max))
        given = ballot.ratings if ballot is not None and ballot.ratings else {}
        self.rows = []
        previous: QWidget = self.title  # rows made now would otherwise come last in the window's Tab chain
        for n, option in enumerate(options):
            row = RatingRow(option, n + 1, scale)
            row.set_value(given.get(option.id))
            row.changed.connect(self.changed)
            self.box.addWidget(row)
            if self.isVisible():
                row.show()  # at once, so that it can take the focus
            QWidget.setTabOrder(previous, row)
            previous = row
            self.rows.append(row)
        if self.rows:
            self.rows[-1].last = True
        self.changed.emit()

    def clear(self) -> None:
        for row in self.rows:
            row.set_value(None)

    def focus_entry(self) -> None:
        if self.rows:
            self.rows[0].setFocus()

    def answer(self) -> dict:
        ratings = {row.option.id: row.value() for row in self.rows if row.value() is not None}
        if not ratings:
            raise ValidationError(self.tr("No option is rated yet: type a number on each row."))
        return {"ranking": None, "points": None, "ratings": ratings}
