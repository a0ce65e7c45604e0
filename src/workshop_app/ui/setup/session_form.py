"""The session details: each field is committed when the cursor leaves it (or Enter)."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.model import UN_LANGUAGES, Session
from ..common.style import compact, label
from ..common.vocab import language_labels
from ..controller import AppController

TEXT_FIELDS = ("title", "event", "venue", "city", "country", "date", "facilitator", "rapporteur")
DATE = re.compile(r"^$|^\d{4}-\d{2}-\d{2}$")


class SessionForm(QFrame):
    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setProperty("role", "card")
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "title": self.tr("Title"), "event": self.tr("Event"), "venue": self.tr("Venue"),
            "city": self.tr("City"), "country": self.tr("Country"), "date": self.tr("Date"),
            "facilitator": self.tr("Facilitator"), "rapporteur": self.tr("Rapporteur"),
        }
        hints = {
            "title": self.tr("e.g. Dialogue with civil society on the strategic plan"),
            "event": self.tr("e.g. Twelfth session of the World Urban Forum (WUF12)"),
            "venue": self.tr("e.g. Room 3, Egypt International Exhibition Center"),
            "date": self.tr("YYYY-MM-DD"),
        }
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(hints.get(name, ""))
            edit.setAccessibleName(captions[name])
            edit.editingFinished.connect(lambda n=name: self.commit(n))
            self.edits[name] = edit
        self.edits["date"].setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}-?\d{0,2}-?\d{0,2}")))
        self.language = QComboBox()
        for code, text in language_labels().items():
            self.language.addItem(text, code)
        self.language.activated.connect(lambda _=0: self.commit("language"))
        self.audience = QComboBox()
        self.audience.setEditable(True)
        self.audience.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        compact(self.audience, 20)
        self.audience.lineEdit().editingFinished.connect(lambda: self.commit("audience"))
        self.audience.activated.connect(lambda _=0: self.commit("audience"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout = [
            [("title", 3)],
            [("event", 1), ("venue", 1)],
            [("city", 1), ("country", 1)],
            [("date", 1), ("language", 1)],
            [("facilitator", 1), ("rapporteur", 1)],
            [("audience", 3)],
        ]
        captions["language"], captions["audience"] = self.tr("Language"), self.tr("Audience")
        widgets = dict(self.edits, language=self.language, audience=self.audience)
        for row, cells in enumerate(layout):
            col = 0
            for name, span in cells:
                caption = QLabel(captions[name])
                caption.setBuddy(widgets[name])
                grid.addWidget(caption, row, col)
                grid.addWidget(widgets[name], row, col + 1, 1, span)
                col += 2
        self.message = label("", "error", wrap=True)
        self.message.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        box.addWidget(label(self.tr("Session details"), "subheading"))
        box.addLayout(grid)
        box.addWidget(self.message)

    def session(self) -> Session | None:
        data = self.controller.session_data()
        return data.session if data else None

    def refresh(self, audiences: list[str]) -> None:
        s = self.session()
        if s is None:
            return
        for name, edit in self.edits.items():
            value = getattr(s, name)
            if edit.text() != value and not (edit.hasFocus() and edit.isModified()):
                edit.setText(value)
                edit.setCursorPosition(0)
                edit.setModified(False)
        if s.language not in UN_LANGUAGES and self.language.findData(s.language) < 0:
            self.language.addItem(s.language, s.language)
        self.language.setCurrentIndex(self.language.findData(s.language))
        self.audience.blockSignals(True)
        self.audience.clear()
        self.audience.addItems(audiences)
        self.audience.setEditText(s.audience)
        self.audience.blockSignals(False)

    def value(self, name: str) -> str:
        if name == "language":
            return self.language.currentData() or "en"
        if name == "audience":
            return self.audience.currentText().strip()
        return self.edits[name].text().strip()

    def commit(self, name: str) -> bool:
        s = self.session()
        if s is None:
            return False
        value = self.value(name)
        if value == getattr(s, name):
            return True
        if name == "date" and not DATE.match(value):
            self.message.setText(self.tr("Write the date as year-month-day, e.g. 2024-11-05."))
            self.message.show()
            return False
        edited = copy.deepcopy(s)
        setattr(edited, name, value)
        ok = self.controller.save(edited, self.tr("Edit session {field}").format(field=name))
        self.message.setVisible(not ok)
        if not ok:
            self.message.setText(self.controller.last_error or "")
        else:
            if name in self.edits:
                self.edits[name].setModified(False)
        return ok
