"""The start screen's model: the recent files, newest first, with when each was last changed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from .common.record_model import Index
from .common.style import accent_icon
from .settings import recent_files


class RecentFilesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._paths: list[Path] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._paths = recent_files()
        self.endResetModel()

    def path(self, row: int) -> Path:
        return self._paths[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._paths):
            return None
        path = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            try:
                when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            except OSError:
                when = ""
            return f"{path.name}\n{path.parent}  ·  {when}"
        if role == Qt.ItemDataRole.DecorationRole:
            return accent_icon("file")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path)
        return None
