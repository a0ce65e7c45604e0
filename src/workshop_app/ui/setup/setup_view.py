"""Setup: the session's details beside its questions and options."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...domain.model import Framework
from ..common.style import label
from ..controller import AppController
from .questions_editor import QuestionsEditor
from .session_form import SessionForm


class SetupView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.form = SessionForm(controller)
        self.questions = QuestionsEditor(controller)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Session setup"), "heading"))
        head.addStretch(1)
        head.addWidget(label(self.tr("Every change is saved as soon as you leave the field."), "hint"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(14)
        outer.addLayout(head)
        outer.addWidget(self.form)
        outer.addWidget(self.questions, 1)
        controller.dataChanged.connect(self._data_changed)
        self.refresh()

    def audiences(self) -> list[str]:
        data = self.controller.session_data()
        fw = self.controller.file.get(Framework, data.session.framework) if data and data.session.framework else None
        return list(fw.audiences) if fw else []

    def refresh(self) -> None:
        self.form.refresh(self.audiences())
        self.questions.refresh()

    def _data_changed(self, table: str) -> None:
        if table in ("", "sessions", "frameworks"):
            self.form.refresh(self.audiences())
        if table in ("", "questions", "options", "ballots"):
            self.questions.refresh()
