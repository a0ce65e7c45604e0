"""The Framework mapping view's model: one row per option label venues added without a key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...merge.mappings import SEPARATE, UNDECIDED, OptionGroup
from ..common.style import MUTED, WARN_SOFT

Index = QModelIndex | QPersistentModelIndex


class OptionGroupsModel(QAbstractTableModel):
    """One row per label: how many options carry it, in which sessions, and the decision."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[OptionGroup] = []
        self.key_labels: dict[str, str] = {}

    def set_groups(self, groups: list[OptionGroup], key_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(groups)
        self.key_labels = dict(key_labels)
        self.endResetModel()

    def group(self, row: int) -> OptionGroup:
        return self._rows[row]

    def decision_text(self, g: OptionGroup) -> str:
        if g.decision == UNDECIDED:
            return self.tr("To decide")
        if g.decision == SEPARATE:
            return self.tr("Kept separate")
        label = self.key_labels.get(g.decision)
        return f"{g.decision} — {label}" if label else g.decision

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Option label"), self.tr("Options"), self.tr("Sessions"), self.tr("Counts as"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (g.label, len(g.options), ", ".join(g.sessions), self.decision_text(g))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return "\n".join(g.sessions)
        if role == Qt.ItemDataRole.BackgroundRole and g.decision == UNDECIDED:
            return QBrush(QColor(WARN_SOFT))
        if role == Qt.ItemDataRole.ForegroundRole and g.decision == SEPARATE and index.column() == 3:
            return QBrush(QColor(MUTED))
        return None
