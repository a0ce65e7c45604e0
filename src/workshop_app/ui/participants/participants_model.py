"""The participants table: every cell editable in place, each edit one undoable commit."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Qt

from ...domain.model import Participant, SessionData
from ..common.record_model import Index, RecordTableModel
from ..common.style import icon
from ..common.vocab import group_label
from ..controller import AppController

EDITABLE = ("name", "organisation", "stakeholder_group", "country", "seat")


class ParticipantsModel(RecordTableModel):
    COLUMNS = ("name", "organisation", "stakeholder_group", "country", "consent_named", "seat", "answered")

    def __init__(self, controller: AppController, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        self._answered: dict[str, int] = {}
        self._questions = 0

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Stakeholder group"), self.tr("Country"),
                self.tr("May be named"), self.tr("Seat"), self.tr("Answered")]

    def load(self, data: SessionData | None) -> None:
        if data is None:
            self.set_records([])
            return
        asked = {q.id for q in data.questions if q.kind != "open"}
        self._questions = len(asked)
        seen: dict[str, set[str]] = {}
        for b in data.ballots:
            if b.participant and b.question in asked:
                seen.setdefault(b.participant, set()).add(b.question)
        self._answered = {pid: len(qs) for pid, qs in seen.items()}
        self.set_records(data.participants)

    def display(self, record: Participant, column: str) -> Any:
        if column == "stakeholder_group":
            return group_label(record.stakeholder_group)
        if column == "consent_named":
            return None
        if column == "answered":
            return f"{self._answered.get(record.id, 0)} / {self._questions}"
        return getattr(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record: Participant = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "consent_named" and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if record.consent_named else Qt.CheckState.Unchecked
        if column == "stakeholder_group" and role == Qt.ItemDataRole.EditRole:
            return record.stakeholder_group
        if column == "name" and role == Qt.ItemDataRole.DecorationRole and not record.name:
            return icon("seat") if record.seat else icon("anonymous")
        if column == "name" and role == Qt.ItemDataRole.DisplayRole and not record.name:
            return record.seat or self.tr("(anonymous)")
        if column == "answered" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        column = self.COLUMNS[index.column()]
        if column == "consent_named":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.COLUMNS[index.column()]
        edited = copy.deepcopy(self._rows[index.row()])
        if column == "consent_named" and role == Qt.ItemDataRole.CheckStateRole:
            edited.consent_named = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column in EDITABLE and role == Qt.ItemDataRole.EditRole:
            setattr(edited, column, str(value).strip())
        else:
            return False
        return self.controller.save(edited, self.tr("Edit participant"))
