"""Questions of a session (a list) and the options of one question (an editable table)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from ...domain.model import Option, Question
from ..common.record_model import Index, RecordTableModel, update_rows
from ..common.style import icon, isolate
from ..common.vocab import kind_labels
from ..controller import AppController

KIND_ICONS = {"ranking": "ranking", "points": "points", "rating": "rating", "open": "open_question"}


def question_title(question: Question, number: int) -> str:
    prompt = " ".join(question.prompt.split()) or "…"
    return f"{number}. {isolate(prompt)}"  # the number first: typing "2" in a question box finds question 2


class QuestionsModel(QAbstractListModel):
    """The session's questions in order, each with its kind's icon."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Question] = []

    def set_questions(self, questions: list[Question]) -> None:
        questions = list(questions)

        def assign() -> None:
            self._rows = questions

        update_rows(self, [q.id for q in self._rows], [q.id for q in questions], assign)

    def question(self, row: int) -> Question:
        return self._rows[row]

    def questions(self) -> list[Question]:
        return list(self._rows)

    def row_of(self, question_id: str | None) -> int:
        return next((i for i, q in enumerate(self._rows) if q.id == question_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        q = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return question_title(q, index.row() + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(KIND_ICONS.get(q.kind, "open_question"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{kind_labels().get(q.kind, q.kind)}: {q.prompt}"
        if role == Qt.ItemDataRole.UserRole:
            return q.id
        return None


class OptionsModel(RecordTableModel):
    """The options of one question; key and label are edited in place."""

    COLUMNS = ("number", "key", "label")

    def __init__(self, controller: AppController, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller

    def headers(self) -> list[str]:
        return ["#", self.tr("Key"), self.tr("Option")]

    def display(self, record: Option, column: str) -> Any:
        if column == "number":
            return self.row_of(record.id) + 1
        if column == "key":
            return record.key or ""
        return record.label

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.COLUMNS[index.column()] in ("key", "label"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.COLUMNS[index.column()]
        if column not in ("key", "label"):
            return False
        edited = copy.deepcopy(self._rows[index.row()])
        text = str(value).strip()
        if column == "key":
            edited.key = text or None
        else:
            edited.label = text
        return self.controller.save(edited, self.tr("Edit option"))
