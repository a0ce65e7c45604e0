"""The status-bar line that tells the truth about saving.

It says "All changes saved" with the time of the last commit, and turns red with "NOT saved"
the moment a commit fails, staying red until a later commit succeeds. It never claims a save
the storage layer did not confirm.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .style import DANGER, OK, icon


def _last_change(path: Path) -> datetime | None:
    """When the file (or its -wal beside it) last changed on disk: the last commit before opening."""
    times = []
    for p in (path, Path(str(path) + "-wal")):
        try:
            times.append(p.stat().st_mtime)
        except OSError:
            continue
    return datetime.fromtimestamp(max(times)) if times else None


class SaveStatus(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("saveStatus")
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 0, 6, 0)
        box.setSpacing(6)
        box.addWidget(self.icon)
        box.addWidget(self.text)
        self.failed = False

    def opened(self, path: Path) -> None:
        when = _last_change(path)
        self.show_saved(when, opened=True)

    def show_saved(self, when: datetime | None, *, opened: bool = False) -> None:
        self.failed = False
        self.icon.setPixmap(icon("saved", OK).pixmap(QSize(18, 18)))
        if when is None:
            self.text.setText(self.tr("All changes saved"))
        elif opened:
            self.text.setText(self.tr("All changes saved · last change {time}").format(time=when.strftime("%H:%M")))
        else:
            self.text.setText(self.tr("All changes saved · {time}").format(time=when.strftime("%H:%M:%S")))
        self.text.setStyleSheet(f"color: {OK};")
        self.text.setToolTip("")

    def show_failed(self, message: str) -> None:
        self.failed = True
        self.icon.setPixmap(icon("not_saved", DANGER).pixmap(QSize(18, 18)))
        self.text.setText(self.tr("Last change NOT saved"))
        self.text.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
        self.text.setToolTip(message)
