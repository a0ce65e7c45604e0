"""New session from a template: the shipped framework or any .workshop file, in a few fields.

Only the title is needed; everything else can be filled in later under Setup. The file is
created where the user says (by default in Documents/Workshop App).
"""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common.style import icon, label
from ..common.vocab import language_labels
from ..settings import recent_files

BUILTIN = "unhabitat-2026"


def default_folder() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Workshop App"


def file_name_for(title: str, city: str = "") -> str:
    words = re.sub(r"[^\w\s-]", "", f"{city} {title}".strip(), flags=re.UNICODE).split()
    return ("-".join(words)[:60] or "session").lower() + ".workshop"


class NewSessionDialog(QDialog):
    """Asks for a template, a title and a few details; ``details()`` gives what to create."""

    def __init__(self, parent: QWidget | None = None, *, ask_file: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session from a template"))
        self.setMinimumWidth(640)
        self.ask_file = ask_file
        self.template = QComboBox()
        self.template.addItem(icon("framework"), self.tr("UN-Habitat strategic plan 2026–2029 (priorities P1–P5)"),
                              BUILTIN)
        for path in recent_files():
            self.template.addItem(icon("file"), self.tr("Questions of {file}").format(file=path.name), str(path))
        self.template.addItem(icon("open"), self.tr("Another .workshop file…"), "")
        self.template.activated.connect(self._template_chosen)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Dialogue with civil society on the strategic plan"))
        self.event = QLineEdit()
        self.event.setPlaceholderText(self.tr("e.g. Africa Urban Forum"))
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language = QComboBox()
        for code, text in language_labels().items():
            self.language.addItem(text, code)
        self.file = QLineEdit()
        browse = QPushButton(icon("open"), self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.title.textEdited.connect(self._suggest_file)
        self.city.textEdited.connect(self._suggest_file)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Event"), self.event)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Language"), self.language)
        if ask_file:
            form.addRow(self.tr("Save as"), file_row)
        self.problem = label("", "error", wrap=True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(self.tr("Create session"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setProperty("role", "primary")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("New session"), "heading"))
        layout.addWidget(label(self.tr("The template gives the questions and the priorities to rank. Only the "
                                       "title is needed now; the rest can wait for Setup."), "hint", wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._suggest_file()

    def _template_chosen(self, _row: int) -> None:
        if self.template.currentData() == "":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Use the questions of"), "",
                                                  self.tr("Session files (*.workshop)"))
            if path:
                self.template.insertItem(1, icon("file"), self.tr("Questions of {file}").format(
                    file=Path(path).name), path)
                self.template.setCurrentIndex(1)
            else:
                self.template.setCurrentIndex(0)

    def _suggest_file(self) -> None:
        if self.ask_file and not self.file.isModified():
            self.file.setText(str(default_folder() / file_name_for(self.title.text(), self.city.text())))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new session as"), self.file.text(),
                                              self.tr("Session files (*.workshop)"))
        if path:
            self.file.setText(path if path.endswith(".workshop") else path + ".workshop")
            self.file.setModified(True)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self._say(self.tr("Give the session a title."))
            self.title.setFocus()
            return
        if self.ask_file:
            target = self.path()
            if target.exists():
                self._say(self.tr("{file} already exists; choose another name.").format(file=target.name))
                return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def template_name(self) -> str:
        return self.template.currentData() or BUILTIN

    def details(self) -> dict[str, str]:
        out = {"title": self.title.text().strip(), "language": self.language.currentData()}
        for name in ("event", "city", "country", "date"):
            value = getattr(self, name).text().strip()
            if value:
                out[name] = value
        return out
