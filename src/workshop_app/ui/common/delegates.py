"""Item delegates: a fixed list of choices edited with a combo box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose EditRole is a key, showing labels: ``choices()`` gives (key, label) pairs."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for key, text in self.choices():
            box.addItem(text, key)
        box.activated.connect(lambda _=0, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        key = index.data(Qt.ItemDataRole.EditRole)
        row = editor.findData(key)
        editor.setCurrentIndex(max(row, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        key = editor.currentData()
        if key != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, key, Qt.ItemDataRole.EditRole)
