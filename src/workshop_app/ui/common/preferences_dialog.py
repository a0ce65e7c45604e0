"""Edit ▸ Preferences…: the interface language (the session's own language is set in the session).

The choice is stored in the app's settings and used from the next opening of a window: a window
already open keeps its language, so nothing typed in it can be lost by rebuilding it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from .style import label


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        from ..app import ui_language
        from ..start_window import language_box

        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.initial = ui_language()
        self.language = language_box(self.initial)
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.language.currentIndexChanged.connect(lambda _row: self._changed())
        self.note = label("", "hint", wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Language of the interface:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("A session's own language (its questions, its Word synthesis) is set "
                                       "when the session is created, in Setup."), "hint", wrap=True))
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._changed()

    def chosen(self) -> str:
        return self.language.currentData()

    def _changed(self) -> None:
        self.note.setText(self.tr("The new language applies from the next time Workshop App opens.")
                          if self.chosen() != self.initial else "")

    def accept(self) -> None:
        from ..settings import set_language_setting

        set_language_setting(self.chosen())
        super().accept()
