"""The questions editor: add, remove, reorder questions; their settings; their options.

Options can come from the framework (with their keys, P1…P5), so that headquarters can compare
sessions; a key already used in the question is not offered again.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import QUESTION_KINDS, Framework, Option, Question
from ..common.style import compact, icon, label
from ..common.vocab import kind_labels
from ..controller import AppController
from .questions_model import OptionsModel, QuestionsModel

KIND_ICON = {"ranking": "ranking", "points": "points", "rating": "rating", "open": "open_question"}


def _tool(name: str, tip: str) -> QPushButton:
    button = QPushButton(icon(name), "")
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class QuestionsEditor(QFrame):
    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setProperty("role", "card")
        self.questions = QuestionsModel(self)
        self.options = OptionsModel(controller, self)
        self._loading = False
        self._build()

    def _build(self) -> None:
        self.list = QListView()
        self.list.setModel(self.questions)
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_question())
        add = QPushButton(icon("add"), self.tr("Add question"))
        menu = QMenu(add)
        for kind in QUESTION_KINDS:
            menu.addAction(icon(KIND_ICON[kind]), kind_labels()[kind], lambda k=kind: self.add_question(k))
        add.setMenu(menu)
        add.setProperty("hasMenu", True)
        self.remove_q = _tool("remove", self.tr("Remove question"))
        self.remove_q.clicked.connect(self.remove_question)
        self.up_q = _tool("up", self.tr("Move question up"))
        self.up_q.clicked.connect(lambda: self.move_question(-1))
        self.down_q = _tool("down", self.tr("Move question down"))
        self.down_q.clicked.connect(lambda: self.move_question(1))

        self.prompt = QLineEdit()
        self.prompt.setAccessibleName(self.tr("Question text"))
        self.prompt.editingFinished.connect(lambda: self.commit_question("prompt"))
        self.kind = QComboBox()
        for kind in QUESTION_KINDS:
            self.kind.addItem(icon(KIND_ICON[kind]), kind_labels()[kind], kind)
        compact(self.kind, 12)
        self.kind.activated.connect(lambda _=0: self.commit_question("kind"))
        self.top_n = QSpinBox()
        self.top_n.setRange(0, 99)
        self.top_n.setSpecialValueText(self.tr("all options"))
        self.top_n.setKeyboardTracking(False)
        self.top_n.valueChanged.connect(lambda _=0: self.commit_question("top_n"))
        self.budget = QSpinBox()
        self.budget.setRange(1, 10000)
        self.budget.setKeyboardTracking(False)
        self.budget.valueChanged.connect(lambda _=0: self.commit_question("budget"))
        self.scale_max = QSpinBox()
        self.scale_max.setRange(2, 10)
        self.scale_max.setKeyboardTracking(False)
        self.scale_max.valueChanged.connect(lambda _=0: self.commit_question("scale_max"))

        self.option_table = QTableView()
        self.option_table.setModel(self.options)
        self.option_table.setAccessibleName(self.tr("Options"))
        self.option_table.setToolTip(self.tr("Double-click (or F2) to edit an option's key or text"))
        self.option_table.verticalHeader().hide()
        self.option_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.option_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.option_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.option_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        QShortcut(QKeySequence.StandardKey.Delete, self.option_table, self.remove_option,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.add_option_button = QPushButton(icon("add"), self.tr("Add option"))
        self.add_option_button.clicked.connect(self.add_option)
        self.framework_button = QPushButton(icon("framework"), self.tr("From framework"))
        self.framework_menu = QMenu(self.framework_button)
        self.framework_menu.aboutToShow.connect(self._fill_framework_menu)
        self.framework_button.setMenu(self.framework_menu)
        self.framework_button.setProperty("hasMenu", True)
        self.remove_o = _tool("remove", self.tr("Remove option"))
        self.remove_o.clicked.connect(self.remove_option)
        self.up_o = _tool("up", self.tr("Move option up"))
        self.up_o.clicked.connect(lambda: self.move_option(-1))
        self.down_o = _tool("down", self.tr("Move option down"))
        self.down_o.clicked.connect(lambda: self.move_option(1))
        self.message = label("", "error", wrap=True)
        self.message.hide()
        self._layout(add)

    def _layout(self, add: QPushButton) -> None:
        def with_tools(view: QWidget, buttons: tuple[QPushButton, ...]) -> QHBoxLayout:
            column = QVBoxLayout()
            column.setSpacing(6)
            for b in buttons:
                column.addWidget(b)
            column.addStretch(1)
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(view, 1)
            row.addLayout(column)
            return row

        q_tools = QHBoxLayout()
        q_tools.addWidget(add)
        q_tools.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Questions"), "subheading"))
        left.addLayout(with_tools(self.list, (self.up_q, self.down_q, self.remove_q)), 1)
        left.addLayout(q_tools)

        self.settings = QFormLayout()
        self.settings.setVerticalSpacing(8)
        self.settings.addRow(self.tr("Question"), self.prompt)
        self.settings.addRow(self.tr("Kind"), self.kind)
        self.settings.addRow(self.tr("Rank the top"), self.top_n)
        self.settings.addRow(self.tr("Points to share"), self.budget)
        self.settings.addRow(self.tr("Rating scale 1 to"), self.scale_max)
        o_tools = QHBoxLayout()
        o_tools.addWidget(self.add_option_button)
        o_tools.addWidget(self.framework_button)
        o_tools.addStretch(1)
        self.detail = QWidget()
        right = QVBoxLayout(self.detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.settings)
        right.addLayout(with_tools(self.option_table, (self.up_o, self.down_o, self.remove_o)), 1)
        right.addLayout(o_tools)
        right.addWidget(self.message)

        box = QHBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(18)
        box.addLayout(left, 2)
        box.addWidget(self.detail, 3)

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        data = self.controller.session_data()
        keep = self.current_question()
        self.questions.set_questions(data.questions if data else [])
        row = self.questions.row_of(keep.id if keep else self.controller.question_id)
        if row < 0 and self.questions.rowCount():
            row = 0
        if row >= 0 and row != self.list.currentIndex().row():
            self.list.setCurrentIndex(self.questions.index(row))
        self._show_question()

    def current_question(self) -> Question | None:
        row = self.list.currentIndex().row()
        return self.questions.question(row) if 0 <= row < self.questions.rowCount() else None

    def _current_options(self) -> list[Option]:
        data, q = self.controller.session_data(), self.current_question()
        return data.options_of(q.id) if data and q else []

    def _show_question(self) -> None:
        q = self.current_question()
        self.detail.setEnabled(q is not None)
        self.options.set_records(self._current_options())
        if q is None:
            return
        self._loading = True
        try:
            if not (self.prompt.hasFocus() and self.prompt.isModified()):
                self.prompt.setText(q.prompt)
                self.prompt.setCursorPosition(0)
            self.kind.setCurrentIndex(self.kind.findData(q.kind))
            self.top_n.setValue(q.top_n or 0)
            self.budget.setValue(q.budget or 100)
            self.scale_max.setValue(q.scale_max)
        finally:
            self._loading = False
        self.settings.setRowVisible(self.top_n, q.kind == "ranking")
        self.settings.setRowVisible(self.budget, q.kind == "points")
        self.settings.setRowVisible(self.scale_max, q.kind == "rating")
        for w in (self.option_table, self.add_option_button, self.framework_button, self.up_o, self.down_o,
                  self.remove_o):
            w.setVisible(q.kind != "open")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _save(self, record, text: str) -> bool:
        ok = self.controller.save(record, text)
        self._say("" if ok else (self.controller.last_error or ""))
        return ok

    # -- questions -----------------------------------------------------------------------------
    def commit_question(self, name: str) -> None:
        q = self.current_question()
        if q is None or self._loading:
            return
        edited = copy.deepcopy(q)
        if name == "prompt":
            edited.prompt = self.prompt.text().strip()
        elif name == "kind":
            edited.kind = self.kind.currentData()
            data = self.controller.session_data()
            if data and data.ballots_of(q.id) and edited.kind != q.kind:
                self._say(self.tr("This question already has ballots; its kind cannot change. "
                                  "Add a new question instead."))
                self.kind.setCurrentIndex(self.kind.findData(q.kind))
                return
            if edited.kind == "points" and not edited.budget:
                edited.budget = 100
        elif name == "top_n":
            edited.top_n = self.top_n.value() or None
        elif name == "budget":
            edited.budget = self.budget.value()
        elif name == "scale_max":
            edited.scale_max = self.scale_max.value()
        self._save(edited, self.tr("Edit question"))

    def add_question(self, kind: str) -> Question | None:
        data = self.controller.session_data()
        if data is None:
            return None
        position = max((q.position for q in data.questions), default=-1) + 1
        prompts = {"ranking": self.tr("Rank these options, most important first."),
                   "points": self.tr("Share the points between these options."),
                   "rating": self.tr("How relevant is each of these? (1 = not at all, 5 = essential)"),
                   "open": self.tr("What should the plan learn from your experience?")}
        question = Question(session=data.session.id, kind=kind, position=position, prompt=prompts[kind],
                            budget=100 if kind == "points" else None)
        if self._save(question, self.tr("Add question")):
            self.list.setCurrentIndex(self.questions.index(self.questions.row_of(question.id)))
            self.prompt.setFocus()
            self.prompt.selectAll()
            return question
        return None

    def remove_question(self) -> None:
        q = self.current_question()
        if q is not None:
            self.controller.delete(q, self.tr("Remove question"))

    def move_question(self, step: int) -> None:
        self._reorder(self.questions.questions(), self.current_question(), step, self.tr("Move question"))

    def _reorder(self, items: list, current, step: int, text: str) -> None:
        if current is None:
            return
        ids = [i.id for i in items]
        at = ids.index(current.id)
        target = at + step
        if not 0 <= target < len(items):
            return
        items = list(items)
        items[at], items[target] = items[target], items[at]
        changed = []
        for position, item in enumerate(items):
            if item.position != position:
                edited = copy.deepcopy(item)
                edited.position = position
                changed.append(edited)
        self.controller.save_many(changed, text)

    # -- options -------------------------------------------------------------------------------
    def current_option(self) -> Option | None:
        rows = self.option_table.selectionModel().selectedRows()
        return self.options.record(rows[0].row()) if rows else None

    def add_option(self, text: str | None = None, key: str | None = None) -> Option | None:
        q = self.current_question()
        if q is None:
            return None
        existing = self._current_options()
        option = Option(question=q.id, key=key, label=text or self.tr("New option"),
                        position=max((o.position for o in existing), default=-1) + 1)
        if not self._save(option, self.tr("Add option")):
            return None
        row = self.options.row_of(option.id)
        if row >= 0 and text is None:
            index = self.options.index(row, self.options.column_of("label"))
            self.option_table.setCurrentIndex(index)
            self.option_table.edit(index)
        return option

    def remove_option(self) -> None:
        option = self.current_option()
        if option is not None:
            self.controller.delete(option, self.tr("Remove option"))

    def move_option(self, step: int) -> None:
        option = self.current_option()
        self._reorder(self._current_options(), option, step, self.tr("Move option"))
        if option is not None:
            row = self.options.row_of(option.id)
            self.option_table.selectRow(row)

    def framework(self) -> Framework | None:
        data = self.controller.session_data()
        if data is None or not data.session.framework:
            return None
        return self.controller.file.get(Framework, data.session.framework)

    def framework_items(self) -> list[tuple[str, str]]:
        """(key, label) of framework priorities not yet options of this question, in the session's language."""
        fw = self.framework()
        if fw is None:
            return []
        data = self.controller.session_data()
        language = data.session.language if data else "en"
        used = {o.key for o in self._current_options()}
        return [(i.key, i.translations.get(language) or i.label) for i in fw.items if i.key not in used]

    def _fill_framework_menu(self) -> None:
        self.framework_menu.clear()
        items = self.framework_items()
        if not items:
            action = self.framework_menu.addAction(self.tr("All framework priorities are already options"))
            action.setEnabled(False)
            return
        self.framework_menu.addAction(self.tr("All of them"), lambda: self.add_framework_options(items))
        self.framework_menu.addSeparator()
        for key, text in items:
            self.framework_menu.addAction(f"{key} · {text}", lambda k=key, t=text: self.add_framework_options([(k, t)]))

    def add_framework_options(self, items: list[tuple[str, str]]) -> None:
        q = self.current_question()
        if q is None:
            return
        start = max((o.position for o in self._current_options()), default=-1) + 1
        options = [Option(question=q.id, key=k, label=t, position=start + n) for n, (k, t) in enumerate(items)]
        self.controller.save_many(options, self.tr("Add options from the framework"))
