"""The Conflicts view's models: the open conflicts, and both versions of one side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...merge.conflicts import Conflict, Readable
from ..app import error_text
from ..common.style import WARN_SOFT

Index = QModelIndex | QPersistentModelIndex


class ConflictListModel(QAbstractTableModel):
    """One row per open conflict: what it is, where, and which fields differ."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Conflict] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def what(self, c: Conflict) -> str:
        return {"frameworks": self.tr("Framework"), "sessions": self.tr("Session"), "questions": self.tr("Question"),
                "options": self.tr("Option"), "participants": self.tr("Participant"), "ballots": self.tr("Ballot"),
                "comments": self.tr("Comment"), "key_messages": self.tr("Key message")}.get(c.table, c.table)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("What"), self.tr("Session"), self.tr("Differs in"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.what(c), c.session_title, ", ".join(d.field for d in c.differences)
                    or self.tr("same content"))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.record_id
        return None


class ConflictFieldsModel(QAbstractTableModel):
    """Both versions of one record side by side: field, the version shown, the other version."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.conflict: Conflict | None = None
        self._rows: list[tuple[str, str, str, bool]] = []
        self.only_differences = False

    def set_conflict(self, conflict: Conflict | None, readable: Readable | None) -> None:
        self.beginResetModel()
        self.conflict = conflict
        self._rows = []
        if conflict is not None and readable is not None:
            for d in sorted(conflict.fields, key=lambda d: d.winner == d.other):  # what differs first
                differs = d.winner != d.other
                if self.only_differences and not differs:
                    continue
                self._rows.append((self.field_label(d.field), error_text(readable.text(d.field, d.winner)),
                                   error_text(readable.text(d.field, d.other)), differs))
        self.endResetModel()

    def field_label(self, name: str) -> str:
        labels = {
            "text": self.tr("Text"), "title": self.tr("Title"), "label": self.tr("Label"), "prompt": self.tr("Prompt"),
            "name": self.tr("Name"), "organisation": self.tr("Organisation"), "deleted": self.tr("Deleted"),
            "starred": self.tr("Key quote"), "swot": self.tr("SWOT"), "tags": self.tr("Tags"),
            "language": self.tr("Language"), "created_at": self.tr("Created"), "session": self.tr("Session"),
            "question": self.tr("Question"), "option": self.tr("Option"), "participant": self.tr("Participant"),
            "ranking": self.tr("Ranking"), "points": self.tr("Points"), "ratings": self.tr("Ratings"),
            "stakeholder_group": self.tr("Stakeholder group"), "country": self.tr("Country"),
            "consent_named": self.tr("Consents to be named"), "seat": self.tr("Seat"), "position": self.tr("Position"),
            "quotes": self.tr("Quotes"), "key": self.tr("Framework key"),
        }
        return labels.get(name, name.replace("_", " "))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.conflict
        if section == 0:
            return self.tr("Field")
        if c is None:
            return ""
        if section == 1:
            return self.tr("Shown now (revision {rev})").format(rev=c.winner.rev)
        return self.tr("Other version (revision {rev})").format(rev=c.other.rev)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, shown, other, differs = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (name, shown, other)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return QBrush(QColor(WARN_SOFT))
        if role == Qt.ItemDataRole.FontRole and differs:
            font = QFont()
            font.setBold(True)
            return font
        return None
