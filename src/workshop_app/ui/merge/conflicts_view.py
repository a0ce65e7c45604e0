"""The Conflicts view: each open merge conflict, both versions side by side, and "keep this one".

``ConflictsView(master, parent=None)``: ``master`` is a path (opened here, closed with the view) or
an open :class:`SessionFile`. Keeping a version records a new version that descends from both, so
the decision also settles the same conflict in any master this one is merged into; both versions
stay stored, marked resolved. Views call the merge service; no SQL here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ...domain.errors import WorkshopError
from ...merge.conflicts import Conflict, Readable, open_conflicts, resolve
from ...storage import SessionFile
from ..common.style import icon
from .conflicts_model import ConflictFieldsModel, ConflictListModel
from .master_dialog import MasterDialog

log = logging.getLogger(__name__)

class ConflictsView(MasterDialog):
    """List of open conflicts; the selected one side by side; keep the version shown or the other."""

    def __init__(self, master: str | Path | SessionFile, parent: QWidget | None = None):
        super().__init__(master, parent)
        self.setObjectName("conflictsView")
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.readable = Readable(self.sf)
        self.list_model = ConflictListModel(self)
        self.fields_model = ConflictFieldsModel(self)
        self._build()
        self.refresh()
        self.resize(1100, 600)

    def _build(self) -> None:
        self.heading = QLabel(objectName="conflictsHeading")
        self.heading.setProperty("role", "subheading")
        self.list = QTableView(objectName="conflictsList")
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        list_header = self.list.horizontalHeader()
        list_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        list_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        list_header.setStretchLastSection(True)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.fields = QTableView(objectName="conflictFields")
        self.fields.setModel(self.fields_model)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().hide()
        self.fields.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.only_diff = QCheckBox(self.tr("Only the fields that differ"), objectName="conflictsOnlyDiff")
        self.only_diff.toggled.connect(self._toggle_only_diff)

        self.keep_shown = QPushButton(icon("check"), self.tr("Keep the version shown"), objectName="keepWinner")
        self.keep_other = QPushButton(icon("check"), self.tr("Keep the other version"), objectName="keepOther")
        self.keep_shown.clicked.connect(lambda: self.keep("winner"))
        self.keep_other.clicked.connect(lambda: self.keep("other"))
        self.note = QLabel(self.tr("Both versions stay stored. Your choice is saved as a new version that "
                                   "descends from both, so it also settles this conflict wherever the master "
                                   "is merged."), wordWrap=True)
        self.note.setProperty("role", "hint")
        close = QPushButton(self.tr("Close"), objectName="conflictsClose")
        close.clicked.connect(self.accept)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.origin = QLabel(wordWrap=True, objectName="conflictOrigin")
        self.origin.setProperty("role", "hint")
        rlay.addWidget(self.origin)
        rlay.addWidget(self.fields, 1)
        rlay.addWidget(self.only_diff)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_shown)
        keep_row.addWidget(self.keep_other)
        keep_row.addStretch()
        rlay.addLayout(keep_row)
        rlay.addWidget(self.note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])

        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        conflicts = open_conflicts(self.sf)
        self.list_model.set_conflicts(conflicts)
        self.heading.setText(self.tr("%n open conflicts in {file}", "", len(conflicts)).format(file=self.sf.path.name)
                             if conflicts else self.tr("No open conflicts in {file}.").format(file=self.sf.path.name))
        if conflicts:
            self.list.selectRow(0)
        self._show_current()

    def current(self) -> Conflict | None:
        index = self.list.currentIndex()
        return self.list_model.conflict(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        c = self.current()
        self.fields_model.set_conflict(c, self.readable)
        if c is None:
            self.origin.setText("")
        else:
            where = self.tr(" in “{session}”").format(session=c.session_title) if c.session_title else ""
            origin = " ".join(
                self.tr("The {which} came from {files}.").format(which=which, files=v.source) if v.source else
                self.tr("The {which} was made in this file (or before files were recorded).").format(which=which)
                for which, v in ((self.tr("version shown"), c.winner), (self.tr("other version"), c.other)))
            self.origin.setText(self.tr("{what}{where}: two versions edited apart; the one with the higher "
                                        "revision is shown until you decide.").format(
                what=self.list_model.what(c), where=where) + (" " + origin if origin else ""))
        self.keep_shown.setEnabled(c is not None)
        self.keep_other.setEnabled(c is not None)

    def _toggle_only_diff(self, on: bool) -> None:
        self.fields_model.only_differences = on
        self._show_current()

    def keep(self, which: str) -> bool:
        c = self.current()
        if c is None:
            return False
        try:
            self.write(lambda sf: resolve(sf, c.id, which))
        except WorkshopError as exc:
            QMessageBox.warning(self, self.tr("Merge conflicts"), error_text(exc))
            return False
        self.refresh()
        return True
