"""Preview of an attendance sheet before its people are added (one undoable step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ..app import error_text
from ..common.style import label
from .attendance import AttendancePreview
from .attendance_model import PreviewModel


class AttendanceDialog(QDialog):
    def __init__(self, path: Path, preview: AttendancePreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import attendance sheet"))
        self.resize(900, 560)
        self.model = PreviewModel(preview.participants, self)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        found = ", ".join(f"{self.model.headers()[self.model.COLUMNS.index(f)]} ← “{h}”"
                          for f, h in preview.columns.items() if f in self.model.COLUMNS)
        summary = self.tr("%n people found in {file}.", "", len(preview.participants)).format(file=path.name)
        if preview.skipped:
            summary += " " + self.tr("%n empty rows left out.", "", preview.skipped)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add %n participants", "", len(preview.participants)),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setProperty("role", "primary")
        self.add_button.setEnabled(bool(preview.participants))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        layout.addWidget(label(summary, "subheading", wrap=True))
        layout.addWidget(label(self.tr("Columns used: {found}").format(found=found), "hint", wrap=True))
        for note in preview.notes:
            layout.addWidget(label(error_text(note), "hint", wrap=True))
        layout.addWidget(table, 1)
        layout.addWidget(label(self.tr("Check the stakeholder groups: they are guessed from the sheet and can be "
                                       "corrected in the table afterwards."), "hint", wrap=True))
        layout.addWidget(buttons)
