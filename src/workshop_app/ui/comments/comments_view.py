"""Comments: the entry card on top, every comment below with a live filter.

Saving keeps nothing only in memory: Enter commits the comment, and only then is the box
cleared. If the commit fails the text stays in the box, word for word.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import SWOT_CATEGORIES, Comment
from ..common.style import icon, label, set_role
from ..common.vocab import language_labels, swot_labels
from ..controller import AppController
from .comment_entry import CommentEntry
from .comments_model import CommentsModel

log = logging.getLogger(__name__)

WIDTHS = {"starred": 30, "time": 58, "speaker": 150, "link": 150, "swot": 118, "tags": 120}


class CommentsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.model = CommentsModel(self)
        self._build()
        controller.dataChanged.connect(self._data_changed)
        controller.questionSelected.connect(self.entry.link_question)
        controller.undone.connect(self._step_undone)
        self.refresh()

    def _build(self) -> None:
        self.entry = CommentEntry()
        self.entry.submitted.connect(self.save)
        self.entry.cancelled.connect(self.cancel_edit)
        self.entry.speakerProblem.connect(lambda text: self._say(text, "error"))

        self.filter = QLineEdit()
        self.filter.setObjectName("commentFilter")
        self.filter.setPlaceholderText(self.tr("Search all comments (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.setMinimumWidth(220)
        self.filter.textChanged.connect(self._filter_changed)
        self.starred_only = QPushButton(icon("star_off"), self.tr("Key quotes only"))
        self.starred_only.setCheckable(True)
        self.starred_only.setProperty("role", "chip")
        self.starred_only.toggled.connect(self._filter_changed)
        self.swot_filter = QComboBox()
        self.swot_filter.addItem(self.tr("All SWOT"), None)
        for key in SWOT_CATEGORIES:
            self.swot_filter.addItem(icon(key), swot_labels()[key], key)
        self.swot_filter.currentIndexChanged.connect(self._filter_changed)
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Language"))
        self.language_filter.currentIndexChanged.connect(self._filter_changed)
        self.shown = label("", "hint")

        self.table = QTableView()
        self.table.setObjectName("commentsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("All comments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for name, width in WIDTHS.items():
            self.table.setColumnWidth(self.model.column_of(name), width)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(self.model.column_of("time"), Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self.edit_row)
        self.table.doubleClicked.connect(self.edit_row)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.setToolTip(self.tr("Edit the selected comment (Enter)"))
        self.edit_button.setAccessibleName(self.tr("Edit"))
        self.edit_button.clicked.connect(lambda: self.edit_row(self.table.currentIndex()))
        self.star_button = QPushButton(icon("star_off"), "")
        self.star_button.setToolTip(self.tr("Make the selected comment a key quote, or not"))
        self.star_button.setAccessibleName(self.tr("Key quote"))
        self.star_button.clicked.connect(self.toggle_star_selected)
        self.delete_button = QPushButton(icon("remove"), "")
        self.delete_button.setToolTip(self.tr("Delete the selected comment (Delete)"))
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self._layout()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.filter, 3)
        tools.addWidget(self.starred_only)
        tools.addWidget(self.swot_filter)
        tools.addWidget(self.language_filter)
        tools.addStretch(1)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.star_button)
        tools.addWidget(self.delete_button)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 8, 0, 0)
        lower_box.setSpacing(8)
        lower_box.addLayout(tools)
        lower_box.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.entry)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 4)
        self.count = label("", "hint")
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Comments"), "heading"))
        head.addStretch(1)
        head.addWidget(self.shown)
        head.addWidget(self.count)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(12)
        outer.addLayout(head)
        outer.addWidget(split, 1)
        hints = self.tr("Alt+1…9 option · Alt+Q question · Alt+0 no link · Alt+S/W/O/T SWOT · Alt+K key quote · "
                        "Alt+P speaker · Alt+G tags · F1 all shortcuts")
        self.entry.status.setText(hints)
        self.hints = hints

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        data = self.controller.session_data()
        self.model.load(data)
        self.entry.load(data, self.model.all_tags())
        self._fill_languages()
        if self.controller.question_id and not self.entry.question_id():
            self.entry.link_question(self.controller.question_id)
        self._update_counts()

    def _data_changed(self, table: str) -> None:
        if table in ("", "comments", "participants", "questions", "options", "sessions"):
            self.refresh()

    def _fill_languages(self) -> None:
        keep = self.language_filter.currentData()
        names = language_labels()
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), None)
        for code in self.model.languages():
            self.language_filter.addItem(names.get(code, code), code)
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(keep), 0))
        self.language_filter.blockSignals(False)

    def _filter_changed(self, *_args) -> None:
        self.starred_only.setIcon(icon("star", "#0B6FB8") if self.starred_only.isChecked() else icon("star_off"))
        self.model.set_filter(self.filter.text(), starred_only=self.starred_only.isChecked(),
                              swot=self.swot_filter.currentData(), language=self.language_filter.currentData())
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.total()
        shown = self.model.rowCount()
        self.count.setText(self.tr("%n comments", "", total))
        self.shown.setText(self.tr("showing {shown} of").format(shown=shown) if shown != total else "")

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _say(self, text: str, role: str = "hint") -> None:
        self.entry.status.setText(text or self.hints)
        set_role(self.entry.status, role if text else "hint")

    def _step_undone(self, _step: str) -> None:
        """"Comment saved." is no longer true after an undo (the status line says what was undone)."""
        if self.entry.status.property("role") == "ok":
            self._say("")

    # -- saving, editing, deleting -------------------------------------------------------------
    def save(self) -> bool:
        session_id = self.controller.session_id
        if session_id is None:
            return False
        comment = self.entry.comment(session_id)
        if not comment.text:
            self._say(self.tr("The comment box is empty: type what was said, then press Enter."), "error")
            return False
        editing = self.entry.editing is not None
        text = self.tr("Edit comment") if editing else self.tr("Add comment")
        if not self.controller.save(comment, text):
            # Nothing was stored: the text stays exactly as typed, with the reason beside it.
            self._say(self.controller.last_error or self.tr("The comment was NOT saved."), "error")
            return False
        self.entry.reset()
        self._say(self.tr("Comment saved.") if not editing else self.tr("Changes saved."), "ok")
        return True

    def cancel_edit(self) -> None:
        if self.entry.editing is not None:
            self.entry.reset()
            self._say("")

    def selected_comment(self) -> Comment | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.record(index.row())

    def edit_row(self, index) -> None:
        if not index.isValid():
            return
        if self.entry.has_unsaved_text():
            self._say(self.tr("Save (Enter) or clear the comment being typed before editing another one."),
                      "error")
            return
        self.entry.show_comment(self.model.record(index.row()))
        self._say(self.tr("Editing a saved comment: Enter saves the changes, Esc cancels."))

    def delete_selected(self) -> None:
        comment = self.selected_comment()
        if comment is None:
            return
        if self.controller.delete(comment, self.tr("Delete comment")):
            if self.entry.editing is not None and self.entry.editing.id == comment.id:
                self.entry.reset()
            self._say(self.tr("Comment deleted. Undo with Ctrl+Z."), "ok")

    def toggle_star_selected(self) -> None:
        comment = self.selected_comment()
        if comment is None:
            return
        edited = copy.deepcopy(comment)
        edited.starred = not edited.starred
        self.controller.save(edited, self.tr("Key quote on") if edited.starred else self.tr("Key quote off"))
