"""The start screen: new from template, open, demo, recent files, and a drop target."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .common.style import ACCENT, BORDER, icon, label
from .recent_files_model import RecentFilesModel


def session_paths(event) -> list[Path]:
    """The .workshop files in a drag, if any."""
    if not event.mimeData().hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in event.mimeData().urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(".workshop")]


def language_box(current: str, parent: QWidget | None = None) -> QComboBox:
    """A combo box of the interface languages, each in its own name, ``current`` selected."""
    from .app import UI_LANGUAGES

    box = QComboBox(parent)
    for code, name in UI_LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class StartWindow(QWidget):
    def __init__(self, launcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.launcher = launcher
        self.setWindowTitle(self.tr("Workshop App"))
        self.resize(1280, 800)
        self.setAcceptDrops(True)
        self.setObjectName("startWindow")
        self.setStyleSheet("#startWindow { background: #F5F6F8; }")
        self.recent = RecentFilesModel(self)
        self._build()
        self.new_button.setFocus()  # the default action: Enter starts a new session

    def _big_button(self, icon_name: str, text: str, hint: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(icon(icon_name, "#FFFFFF" if primary else ACCENT), f"  {text}")
        button.setIconSize(QSize(26, 26))
        button.setMinimumHeight(56)
        button.setToolTip(hint)
        button.setAutoDefault(True)  # Enter on the focused button presses it, as Space does
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build(self) -> None:
        title = label(self.tr("Workshop App"), "heading")
        font = title.font()
        font.setPointSizeF(26)
        title.setFont(font)
        intro = label(self.tr("Run a structured dialogue offline: register participants, capture their "
                              "rankings and comments, and hand over one safe file. Every entry is saved "
                              "the moment you confirm it."), "hint", wrap=True)
        self.new_button = self._big_button("new", self.tr("New session from template…"),
                                           self.tr("The UN-Habitat framework, or the questions of an earlier file"),
                                           lambda: self.launcher.new_session(self), primary=True)
        self.open_button = self._big_button("open", self.tr("Open a file…"), self.tr("A .workshop file"),
                                            lambda: self.launcher.open_dialog(self))
        self.demo_button = self._big_button("demo", self.tr("Open the demo session"),
                                            self.tr("A realistic session to try everything; a new copy each time"),
                                            lambda: self.launcher.open_demo(self))
        from .app import ui_language

        self.language = language_box(ui_language())
        self.language.setObjectName("languageChooser")
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.language.setToolTip(self.tr("Language of the interface (a session's own language is set in the session)"))
        self.language.activated.connect(lambda _row: self._language_chosen())
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addLayout(heading)
        left.addWidget(intro)
        left.addSpacing(18)
        left.addWidget(self.new_button)
        left.addWidget(self.open_button)
        left.addWidget(self.demo_button)
        left.addStretch(1)

        self.list = QListView()
        self.list.setModel(self.recent)
        self.list.setIconSize(QSize(28, 28))
        self.list.setSpacing(4)
        self.list.setAccessibleName(self.tr("Recent files"))
        self.list.activated.connect(lambda i: self.launcher.open_path(self.recent.path(i.row()), self))
        self.empty = label(self.tr("No recent files yet."), "hint")
        drop = QFrame()
        drop.setObjectName("dropZone")
        drop.setStyleSheet(f"#dropZone {{ border: 2px dashed {BORDER}; border-radius: 10px; background: #FFFFFF; }}")
        drop_box = QHBoxLayout(drop)
        drop_box.setContentsMargins(18, 18, 18, 18)
        drop_icon = QLabel()
        drop_icon.setPixmap(icon("drop", ACCENT).pixmap(QSize(32, 32)))
        drop_box.addWidget(drop_icon)
        drop_box.addWidget(label(self.tr("Drop a .workshop file here to open it"), "hint"), 1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(label(self.tr("Recent files"), "subheading"))
        right.addWidget(self.list, 1)
        right.addWidget(self.empty)
        right.addWidget(drop)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(64, 56, 64, 56)
        outer.setSpacing(56)
        outer.addLayout(left, 2)
        outer.addLayout(right, 3)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code:
            self.launcher.change_language(code)

    def refresh(self) -> None:
        self.recent.reload()
        self.empty.setVisible(self.recent.rowCount() == 0)
        if self.recent.rowCount():
            self.list.setCurrentIndex(self.recent.index(0))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if session_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = session_paths(event)
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.launcher.open_path(path, self)
