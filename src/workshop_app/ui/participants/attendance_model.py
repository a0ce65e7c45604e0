"""The attendance preview's model: the people a sheet would add, read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ...domain.model import Participant
from ..common.record_model import Index, RecordTableModel
from ..common.vocab import group_label


class PreviewModel(RecordTableModel):
    COLUMNS = ("name", "organisation", "stakeholder_group", "country", "consent_named", "seat")

    def __init__(self, people: list[Participant], parent: QObject | None = None):
        super().__init__(parent)
        self._rows = list(people)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Stakeholder group"), self.tr("Country"),
                self.tr("May be named"), self.tr("Seat")]

    def display(self, record: Participant, column: str) -> Any:
        if column == "stakeholder_group":
            return group_label(record.stakeholder_group)
        if column == "consent_named":
            return self.tr("yes") if record.consent_named else self.tr("no")
        return getattr(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return None
        return super().data(index, role)
