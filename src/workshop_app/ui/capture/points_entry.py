"""Entering a points ballot: one box per option, the remaining budget shown live.

An over-budget (or under-budget) ballot is refused with a sentence saying by how much.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...domain.model import Ballot, Option, Question
from ...domain.rules import ValidationError
from ..common.style import label, set_role
from .ballots_model import option_code


class PointsEntry(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question: Question | None = None
        self._boxes: dict[str, QSpinBox] = {}
        self._rows: list[QWidget] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.remaining = QLabel()
        self.remaining.setObjectName("remainingBudget")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        font = self.remaining.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.remaining.setFont(font)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.title = label(self.tr("Share the points"), "subheading")
        outer.addWidget(self.title)
        outer.addLayout(self.grid)
        outer.addWidget(self.remaining)
        outer.addStretch(1)

    @property
    def budget(self) -> int:
        return (self.question.budget if self.question else None) or 0

    def load(self, question: Question, options: list[Option], ballot: Ballot | None) -> None:
        self.question = question
        for widget in self._rows:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._rows, self._boxes = [], {}
        given = ballot.points if ballot is not None and ballot.points else {}
        for n, option in enumerate(options):
            code = QLabel(option_code(option, n + 1))
            code.setMinimumWidth(36)
            name = QLabel(option.label)
            name.setWordWrap(True)
            box = QSpinBox()
            box.setRange(0, max(self.budget, 1))
            box.setMinimumWidth(110)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setValue(int(given.get(option.id, 0)))
            box.setAccessibleName(option.label)
            box.valueChanged.connect(self._update)
            name.setBuddy(box)
            self.grid.addWidget(code, n, 0)
            self.grid.addWidget(name, n, 1)
            self.grid.addWidget(box, n, 2)
            self._rows += [code, name, box]
            if self.isVisible():
                for w in (code, name, box):
                    w.show()
            self._boxes[option.id] = box
        self._chain_tab_order()
        self._update()

    def _chain_tab_order(self) -> None:
        """Tab goes through the boxes in order, from where this entry stands in its window's chain.

        Boxes made after the window was built would otherwise come last in it, after the buttons.
        """
        previous: QWidget = self.title
        for box in self._boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box

    def total(self) -> int:
        return sum(box.value() for box in self._boxes.values())

    def _update(self) -> None:
        total, budget = self.total(), self.budget
        if total > budget:
            self.remaining.setText(self.tr("%n points over the budget of {budget}", "", total - budget).format(
                budget=budget))
            set_role(self.remaining, "error")
        elif total == budget:
            self.remaining.setText(self.tr("All %n points given", "", budget))
            set_role(self.remaining, "ok")
        else:
            self.remaining.setText(self.tr("{left} of %n points left", "", budget).format(left=budget - total))
            set_role(self.remaining, "hint")
        self.problem.emit("")
        self.changed.emit()

    def clear(self) -> None:
        for box in self._boxes.values():
            box.blockSignals(True)
            box.setValue(0)
            box.blockSignals(False)
        self._update()

    def focus_entry(self) -> None:
        if self._boxes:
            first = next(iter(self._boxes.values()))
            first.setFocus()
            first.selectAll()

    def answer(self) -> dict:
        total, budget = self.total(), self.budget
        if total > budget:
            raise ValidationError(self.tr(
                "{total} points given, {over} over the budget of {budget}: take some away before saving."
            ).format(total=total, over=total - budget, budget=budget))
        if total < budget:
            raise ValidationError(self.tr(
                "{total} points given; the budget is {budget}, so {left} are still to give."
            ).format(total=total, budget=budget, left=budget - total))
        points = {oid: box.value() for oid, box in self._boxes.items() if box.value()}
        return {"ranking": None, "points": points, "ratings": None}
