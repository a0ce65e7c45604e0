"""Adding anonymous seats ("Table 3, seat 2") for people who answer without giving a name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from ...domain.model import STAKEHOLDER_GROUPS, Participant
from ..common.style import label
from ..common.vocab import group_label


class SeatsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add anonymous seats"))
        self.table = QSpinBox()
        self.table.setRange(1, 999)
        self.first = QSpinBox()
        self.first.setRange(1, 999)
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(8)
        self.group = QComboBox()
        for key in STAKEHOLDER_GROUPS:
            self.group.addItem(group_label(key), key)
        self.group.setCurrentIndex(self.group.findData("other"))
        form = QFormLayout()
        form.addRow(self.tr("Table"), self.table)
        form.addRow(self.tr("First seat"), self.first)
        form.addRow(self.tr("Number of seats"), self.count)
        form.addRow(self.tr("Stakeholder group"), self.group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(label(self.tr("Each seat becomes a participant without a name, so ballots and comments "
                                       "can be linked to it."), "hint", wrap=True))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def seat_name(self, table: int, seat: int) -> str:
        return self.tr("Table {table}, seat {seat}").format(table=table, seat=seat)

    def participants(self, session_id: str) -> list[Participant]:
        table, first = self.table.value(), self.first.value()
        return [Participant(session=session_id, seat=self.seat_name(table, first + n),
                            stakeholder_group=self.group.currentData())
                for n in range(self.count.value())]
