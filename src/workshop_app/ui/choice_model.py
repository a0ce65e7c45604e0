"""A list of participants to pick from (capture, comments), with "anonymous" first."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from ..domain.model import Participant
from .record_model import Index, update_rows
from .style import OK, icon
from .vocab import group_label


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class ParticipantChoiceModel(QAbstractListModel):
    """Row 0 is "no one / anonymous" (id None); then the participants, answered ones ticked."""

    def __init__(self, none_label: str, parent: QObject | None = None):
        super().__init__(parent)
        self.none_label = none_label
        self._people: list[Participant] = []
        self.answered: set[str] = set()

    def set_participants(self, people: list[Participant], answered: set[str] | None = None) -> None:
        people = list(people)
        self.answered = set(answered or ())

        def assign() -> None:
            self._people = people

        update_rows(self, [""] + [p.id for p in self._people], [""] + [p.id for p in people], assign)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people) + 1

    def participant_id(self, row: int) -> str | None:
        return None if row <= 0 or row > len(self._people) else self._people[row - 1].id

    def row_of(self, participant_id: str | None) -> int:
        if participant_id is None:
            return 0
        return next((n + 1 for n, p in enumerate(self._people) if p.id == participant_id), 0)

    def ids(self) -> list[str]:
        return [p.id for p in self._people]

    def text(self, row: int) -> str:
        if row == 0:
            return self.none_label
        p = self._people[row - 1]
        extra = p.organisation or group_label(p.stakeholder_group)
        name = p.display_name()
        return f"{name} — {extra}" if extra and extra != name else name

    def find(self, typed: str) -> int:
        """The row best matching what was typed: exact, then starting with it, then containing it."""
        needle = _fold(typed.strip())
        if not needle:
            return -1
        texts = [_fold(self.text(r)) for r in range(self.rowCount())]
        for test in (lambda t: t == needle, lambda t: t.startswith(needle), lambda t: needle in t):
            for row, t in enumerate(texts):
                if test(t):
                    return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row)
        if role == Qt.ItemDataRole.DecorationRole:
            if row == 0:
                return icon("anonymous")
            if self._people[row - 1].id in self.answered:
                return icon("check", OK)
            return icon("mdi6.circle-small")
        if role == Qt.ItemDataRole.UserRole:
            return self.participant_id(row)
        return None
