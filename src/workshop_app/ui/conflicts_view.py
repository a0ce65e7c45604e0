"""The Conflicts view: each open merge conflict, both versions side by side, and "keep this one".

``ConflictsView(master, parent=None)``: ``master`` is a path (opened here, closed with the view) or
an open :class:`SessionFile`. Keeping a version records a new version that descends from both, so
the decision also settles the same conflict in any master this one is merged into; both versions
stay stored, marked resolved. Views call the merge service; no SQL here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
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

from ..domain.errors import WorkshopError
from ..merge.conflicts import Conflict, Readable, open_conflicts, resolve
from ..storage import SessionFile
from .master_dialog import MasterDialog
from .style import WARN_SOFT, icon

log = logging.getLogger(__name__)

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
                self._rows.append((self.field_label(d.field), readable.text(d.field, d.winner),
                                   readable.text(d.field, d.other), differs))
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
        self.heading.setText(self.tr("{n} open conflict(s) in {file}").format(n=len(conflicts), file=self.sf.path.name)
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
            QMessageBox.warning(self, self.tr("Merge conflicts"), str(exc))
            return False
        self.refresh()
        return True
