"""A base for table models over records: refreshes without resetting when it can.

After a commit the controller hands every view fresh records. Resetting a model would drop the
selection and the keyboard position, so :meth:`RecordTableModel.set_records` tells the view the
smallest change that explains the new list: same rows (values changed), rows added at the end, one
row removed, or, only otherwise, a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


def update_rows(model: QAbstractItemModel, old_ids: Sequence[str], new_ids: Sequence[str],
                assign: Callable[[], None]) -> None:
    """Call ``assign`` (which swaps the model's rows) wrapped in the right begin/end signals."""
    old_ids, new_ids = list(old_ids), list(new_ids)
    last_col = 0 if isinstance(model, QAbstractListModel) else max(model.columnCount() - 1, 0)
    if old_ids == new_ids:
        assign()
        if new_ids:
            model.dataChanged.emit(model.index(0, 0), model.index(len(new_ids) - 1, last_col))
        return
    n_old, n_new = len(old_ids), len(new_ids)
    if n_new > n_old and new_ids[:n_old] == old_ids:
        model.beginInsertRows(QModelIndex(), n_old, n_new - 1)
        assign()
        model.endInsertRows()
        return
    if n_new == n_old - 1:
        gone = next((i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=False)) if a != b), n_new)
        if old_ids[:gone] + old_ids[gone + 1:] == new_ids:
            model.beginRemoveRows(QModelIndex(), gone, gone)
            assign()
            model.endRemoveRows()
            if new_ids:
                model.dataChanged.emit(model.index(0, 0), model.index(n_new - 1, last_col))
            return
    model.beginResetModel()
    assign()
    model.endResetModel()


class RecordTableModel(QAbstractTableModel):
    """Rows are records; subclasses say what each column shows and how an edit is stored."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- subclasses ----------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return list(self.COLUMNS)

    def display(self, record: Any, column: str) -> Any:
        return getattr(record, column, "")

    # -- shared --------------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        records = list(records)

        def assign() -> None:
            self._rows = records

        update_rows(self, [r.id for r in self._rows], [r.id for r in records], assign)

    def records(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def column_of(self, name: str) -> int:
        return self.COLUMNS.index(name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.display(self._rows[index.row()], self.COLUMNS[index.column()])
        return None
