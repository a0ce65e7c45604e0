"""The ballots already entered for one question, with each answer in one short line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt

from ...domain.model import Ballot, Option, Participant, SessionData
from ..common.record_model import Index, RecordTableModel
from ..common.style import icon


def option_code(option: Option, number: int) -> str:
    """How an option is named in short: its framework key (P3), else its number."""
    return option.key or str(number)


def answer_summary(ballot: Ballot, options: list[Option]) -> str:
    """"P3 › P1 = P2" for a ranking, "P1 40 · P3 60" for points, "E1 4 · E2 5" for ratings."""
    codes = {o.id: option_code(o, n + 1) for n, o in enumerate(options)}
    if ballot.ranking is not None:
        return " › ".join(" = ".join(codes.get(i, "?") for i in tier) for tier in ballot.ranking)
    values = ballot.points if ballot.points is not None else ballot.ratings or {}
    ordered = [o.id for o in options if values.get(o.id)]  # an option given no points is left out
    return " · ".join(f"{codes[i]} {values[i]}" for i in ordered)


def local_time(iso: str) -> str:
    """An ISO timestamp shown as the laptop's local hour and minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")
    except (TypeError, ValueError):
        return ""


class BallotsModel(RecordTableModel):
    COLUMNS = ("participant", "answer", "time")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._people: dict[str, Participant] = {}
        self._options: list[Option] = []

    def headers(self) -> list[str]:
        return [self.tr("Participant"), self.tr("Answer"), self.tr("Time")]

    def load(self, data: SessionData | None, question_id: str | None) -> None:
        if data is None or question_id is None:
            self._options = []
            self.set_records([])
            return
        self._people = data.participant_by_id()
        self._options = data.options_of(question_id)
        self.set_records(data.ballots_of(question_id))

    def participant_name(self, ballot: Ballot) -> str:
        person = self._people.get(ballot.participant or "")
        if person is None:
            return self.tr("Anonymous")
        return person.display_name()

    def display(self, record: Ballot, column: str) -> Any:
        if column == "participant":
            return self.participant_name(record)
        if column == "answer":
            return answer_summary(record, self._options)
        return local_time(record.created_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            if self._rows[index.row()].participant is None:
                return icon("anonymous")
        return super().data(index, role)
