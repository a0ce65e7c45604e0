"""A banner across the top of the window for what must not be missed (a failed save)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .style import DANGER, icon


class Banner(QFrame):
    saveCopy = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.icon = QLabel()
        self.icon.setPixmap(icon("not_saved", DANGER).pixmap(QSize(26, 26)))
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.copy_button = QPushButton(icon("copy"), self.tr("Save a copy elsewhere…"))
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setIcon(icon("copy", "#FFFFFF"))
        self.copy_button.clicked.connect(self.saveCopy)
        self.dismiss = QPushButton(icon("close"), "")
        self.dismiss.setToolTip(self.tr("Hide this message"))
        self.dismiss.setAccessibleName(self.tr("Hide this message"))
        self.dismiss.clicked.connect(self.hide)
        box = QHBoxLayout(self)
        box.setContentsMargins(14, 10, 10, 10)
        box.setSpacing(12)
        box.addWidget(self.icon)
        box.addWidget(self.text, 1)
        box.addWidget(self.copy_button)
        box.addWidget(self.dismiss)
        self.hide()

    def show_failure(self, message: str) -> None:
        self.setProperty("tone", "danger")
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setPixmap(icon("not_saved", DANGER).pixmap(QSize(26, 26)))
        self.text.setText(message + "\n" + self.tr(
            "What you typed is still on screen. Save a copy of the file somewhere that works "
            "(another USB stick, the laptop's disk), then press Enter again to save your entry there."))
        self.copy_button.show()
        self.show()

    def show_info(self, message: str) -> None:
        self.setProperty("tone", "info")
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setPixmap(icon("info").pixmap(QSize(26, 26)))
        self.text.setText(message)
        self.copy_button.hide()
        self.show()
