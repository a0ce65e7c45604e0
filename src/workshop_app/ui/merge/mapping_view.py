"""The Framework mapping view: options venues added without a framework key, mapped by staff.

``MappingView(master, parent=None)``: ``master`` is a path (opened here, closed with the view) or an
open :class:`SessionFile`. Options are grouped by label across sessions; staff tie a label to a
key (it then counts as that priority when sessions are compared) or keep it separate. The decision
is stored in the master and reused for every later file with that label; venue data is never edited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ...domain.errors import WorkshopError
from ...merge.mappings import SEPARATE, UNDECIDED, OptionGroup, decide, key_choices, option_groups, undecide
from ...storage import SessionFile
from ..common.style import icon
from .mapping_model import OptionGroupsModel
from .master_dialog import MasterDialog


class MappingView(MasterDialog):
    """Choose, for each unkeyed label, the framework key it counts as (or keep it separate)."""

    def __init__(self, master: str | Path | SessionFile, parent: QWidget | None = None):
        super().__init__(master, parent)
        self.setObjectName("mappingView")
        self.setWindowTitle(self.tr("Framework mapping"))
        self.model = OptionGroupsModel(self)
        self._build()
        self.refresh()
        self.resize(980, 520)

    def _build(self) -> None:
        self.heading = QLabel(objectName="mappingHeading", wordWrap=True)
        self.heading.setProperty("role", "subheading")
        hint = QLabel(self.tr("Options with the same framework key are the same priority in every session. These "
                              "options were added at a venue without a key: say which priority each counts as, or "
                              "keep it separate. The decision is kept in the master and reused for later files."),
                      wordWrap=True)
        hint.setProperty("role", "hint")
        self.table = QTableView(objectName="mappingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Counts as:")))
        self.choice = QComboBox(objectName="mappingChoice")
        row.addWidget(self.choice, 1)
        self.apply_button = QPushButton(icon("check"), self.tr("&Apply"), objectName="mappingApply")
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo decision"), objectName="mappingUndo")
        self.apply_button.clicked.connect(self.apply)
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.apply_button)
        row.addWidget(self.undo_button)
        close = QPushButton(self.tr("Close"), objectName="mappingClose")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        keep = self.current().label if self.current() else None
        choices = key_choices(self.sf)
        self.model.set_groups(option_groups(self.sf), dict(choices))
        self.choice.clear()
        self.choice.addItem(self.tr("Keep separate (its own option)"), None)
        for key, label in choices:
            self.choice.addItem(f"{key} — {label}", key)
        pending = sum(1 for g in (self.model.group(i) for i in range(self.model.rowCount())) if g.decision == UNDECIDED)
        self.heading.setText(self.tr("%n option labels to decide, {total} in all", "", pending).format(
            total=self.model.rowCount()) if self.model.rowCount()
            else self.tr("Every option carries a framework key: nothing to map."))
        rows = [i for i in range(self.model.rowCount()) if self.model.group(i).label == keep]
        if rows or self.model.rowCount():
            self.table.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    def current(self) -> OptionGroup | None:
        index = self.table.currentIndex()
        return self.model.group(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        g = self.current()
        self.apply_button.setEnabled(g is not None)
        self.undo_button.setEnabled(g is not None and g.decision != UNDECIDED)
        if g is not None and g.decision not in (UNDECIDED, SEPARATE):
            i = self.choice.findData(g.decision)
            self.choice.setCurrentIndex(max(i, 0))
        elif g is not None:
            self.choice.setCurrentIndex(0)

    def choose(self, key: str | None) -> None:
        """Select ``key`` (None: keep separate) in the choice box."""
        i = self.choice.findData(key) if key is not None else 0
        self.choice.setCurrentIndex(max(i, 0))

    def apply(self) -> None:
        g = self.current()
        if g is None:
            return
        try:
            choice = self.choice.currentData()
            self.write(lambda sf: decide(sf, g.label, choice))
        except WorkshopError as exc:
            QMessageBox.warning(self, self.tr("Framework mapping"), error_text(exc))
            return
        self.refresh()

    def undo(self) -> None:
        g = self.current()
        if g is None:
            return
        try:
            self.write(lambda sf: undecide(sf, g.label))
        except WorkshopError as exc:
            QMessageBox.warning(self, self.tr("Framework mapping"), error_text(exc))
            return
        self.refresh()
