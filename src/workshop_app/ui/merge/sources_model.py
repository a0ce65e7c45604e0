"""The Merge window's model: the files to merge, with what the preview or the merge found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop_app.ui.app import ui_language  # absolute: survives the move of ui/ into sub-packages

from ...merge.report import COUNTS, MergeReport, SourceReport
from ..common.style import DANGER, MUTED, OK, WARN_SOFT

Index = QModelIndex | QPersistentModelIndex


class SourcesModel(QAbstractTableModel):
    """The files to merge, one row each, with what the preview or the merge found."""

    COLUMNS = ("file", "status", *COUNTS, "seal", "details")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._paths: list[Path] = []
        self._reports: dict[Path, SourceReport] = {}

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Status"), self.tr("Added"), self.tr("Unchanged"),
                self.tr("Fast-forwarded"), self.tr("Stale"), self.tr("Conflicts"), self.tr("Seal"), self.tr("Details")]

    # -- rows ------------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return list(self._paths)

    def add(self, paths: list[Path]) -> int:
        """Add files not already listed; returns how many were added."""
        new = [p for p in dict.fromkeys(Path(p) for p in paths) if p not in self._paths]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._paths), len(self._paths) + len(new) - 1)
            self._paths.extend(new)
            self.endInsertRows()
        return len(new)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._reports.pop(self._paths.pop(row), None)
            self.endRemoveRows()

    def set_report(self, report: MergeReport) -> None:
        self.beginResetModel()
        self._reports = {Path(s.path): s for s in report.sources}
        self.endResetModel()

    def clear_reports(self) -> None:
        self.beginResetModel()
        self._reports = {}
        self.endResetModel()

    def report_of(self, row: int) -> SourceReport | None:
        return self._reports.get(self._paths[row])

    # -- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._paths)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def status_text(self, r: SourceReport | None) -> str:
        if r is None:
            return self.tr("Waiting")
        return {"previewed": self.tr("Would merge"), "merged": self.tr("Merged"), "refused": self.tr("Refused"),
                "not merged": self.tr("Not merged"), "pending": self.tr("Waiting")}.get(r.status, r.status)

    def seal_text(self, r: SourceReport | None) -> str:
        if r is None or r.status in ("refused", "not merged", "pending"):
            return ""
        if r.kind != "workshop":
            return self.tr("Word note") if r.kind == "docx" else self.tr("JSON file")
        if r.seal_verified:
            return self.tr("Verified")
        return self.tr("Not sealed")

    def details_text(self, r: SourceReport | None) -> str:
        if r is None:
            return ""
        if r.reason:
            return r.reason_text(ui_language())
        titles = [s.get("title") or "" for s in r.sessions]
        parts = [", ".join(t for t in titles if t)]
        if r.already_merged_at:
            parts.append(self.tr("merged before, on {date}").format(date=r.already_merged_at[:10]))
        return "; ".join(p for p in parts if p)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        path = self._paths[index.row()]
        r = self._reports.get(path)
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "file":
                return path.name
            if column == "status":
                return self.status_text(r)
            if column in COUNTS:
                return "" if r is None or r.status not in ("merged", "previewed") else getattr(r, column)
            if column == "seal":
                return self.seal_text(r)
            return self.details_text(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "file":
                return str(path)
            if r is not None:
                language = ui_language()
                return "\n".join(filter(None, [r.reason_text(language), *r.notes_text(language)])) or None
        if role == Qt.ItemDataRole.ForegroundRole and r is not None:
            if r.status in ("refused", "not merged") and column in ("status", "details"):
                return QBrush(QColor(DANGER))
            if r.status == "merged" and column == "status":
                return QBrush(QColor(OK))
            if column == "seal" and not r.seal_verified:
                return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.BackgroundRole and r is not None and column == "conflicts" and r.conflicts:
            return QBrush(QColor(WARN_SOFT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNTS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None
