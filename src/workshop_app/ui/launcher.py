"""Opening and creating files, and keeping track of the windows that hold them.

Every expected failure (not a session file, already open elsewhere, newer version, read-only
drive) is shown as the one sentence the storage layer wrote; nothing is opened half-way.
"""

from __future__ import annotations

import copy
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ..domain.errors import WorkshopError
from ..host.paths import user_data_dir
from ..storage import SessionFile
from .controller import AppController
from .settings import add_recent

log = logging.getLogger(__name__)


def build_demo_file(path: Path) -> None:
    """A new file holding the demo session (the same seed as ``workshop-app demo``)."""
    from ..samples.demo import build_demo  # start-up time: only File ▸ Open demo session needs it

    with SessionFile.create(path) as sf:
        build_demo(sf, seed=2024)


def create_session_file(path: Path, template: str, details: dict[str, str]) -> None:
    """A new file holding one session made from ``template`` with ``details`` (title, city...)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    details = dict(details)
    language = details.pop("language", "en")
    title = details.pop("title", None)
    with SessionFile.create(path) as sf:
        add_session(sf, template, title, language, details)


def add_session(sf: SessionFile, template: str, title: str | None, language: str, details: dict[str, str]):
    from ..samples.templates import create_from_template  # start-up time: only a new session needs it
    from .setup.new_session_dialog import BUILTIN

    if template == BUILTIN:
        return create_from_template(sf, template, title=title, language=language, **details)
    session = create_from_template(sf, template, title=title, **details)
    if session.language != language:
        session = copy.deepcopy(sf.get(type(session), session.id))
        session.language = language
        sf.save(session)
    return session


class Launcher(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.windows: list = []
        self.start_window = None

    # -- reporting -----------------------------------------------------------------------------
    def report(self, parent: QWidget | None, text: str) -> None:
        """An expected failure: one clear sentence, nothing else."""
        log.info("reported: %s", text)
        QMessageBox.warning(parent, self.tr("Workshop App"), text)

    def remember(self, path: Path) -> None:
        add_recent(path)

    # -- windows -------------------------------------------------------------------------------
    def show_start(self) -> None:
        from .start_window import StartWindow

        if self.start_window is None:
            self.start_window = StartWindow(self)
        self.start_window.refresh()
        self.start_window.show()
        self.start_window.raise_()

    def change_language(self, language: str) -> None:
        """The start screen's language chooser: remembered, applied at once, the start screen rebuilt
        in it (no file is open there, so nothing typed can be lost)."""
        from PySide6.QtWidgets import QApplication

        from .app import apply_language
        from .settings import set_language_setting

        set_language_setting(language)
        apply_language(QApplication.instance(), language)
        old, self.start_window = self.start_window, None
        self.show_start()
        if old is not None:
            self.start_window.move(old.pos())
            self.start_window.resize(old.size())
            old.close()
            old.deleteLater()
        self.start_window.language.setFocus()

    def open_path(self, path: str | Path, parent: QWidget | None = None):
        """Open a file in a new main window; returns the window, or None after saying why not."""
        from .main_window import MainWindow

        path = Path(path)
        for window in self.windows:
            if window.controller.file.path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:
            sf = SessionFile.open(path)
        except WorkshopError as exc:
            self.report(parent, error_text(exc))
            return None
        try:
            if not sf.sessions():
                from .setup.new_session_dialog import BUILTIN

                add_session(sf, BUILTIN, None, "en", {})
        except WorkshopError as exc:
            sf.close()
            self.report(parent, error_text(exc))
            return None
        controller = AppController(sf)
        window = MainWindow(controller, self)
        self.windows.append(window)
        self.remember(path)
        window.show()
        if self.start_window is not None:
            self.start_window.close()
        return window

    def closed(self, window) -> None:
        if window in self.windows:
            self.windows.remove(window)

    # -- actions -------------------------------------------------------------------------------
    def open_dialog(self, parent: QWidget | None = None):
        path, _ = QFileDialog.getOpenFileName(parent, self.tr("Open a session file"), "",
                                              self.tr("Session files (*.workshop)"))
        return self.open_path(path, parent) if path else None

    # The New session dialog is imported when first used: start-up time.
    def new_session(self, parent: QWidget | None = None):
        from .setup.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create(dialog.path(), dialog.template_name(), dialog.details(), parent)

    def create(self, path: Path, template: str, details: dict[str, str], parent: QWidget | None = None):
        try:
            create_session_file(path, template, details)
        except (WorkshopError, OSError) as exc:
            self.report(parent, error_text(exc))
            return None
        return self.open_path(path, parent)

    def add_session(self, window) -> None:
        from .setup.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(window, ask_file=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        details = dialog.details()
        language, title = details.pop("language"), details.pop("title")
        try:
            session = add_session(window.controller.file, dialog.template_name(), title, language, details)
        except WorkshopError as exc:
            self.report(window, error_text(exc))
            return
        window.controller.set_session(session.id)

    def open_demo(self, parent: QWidget | None = None):
        folder = user_data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"demo-{datetime.now():%Y%m%d-%H%M%S}.workshop"
        try:
            build_demo_file(path)
        except WorkshopError as exc:
            self.report(parent, error_text(exc))
            return None
        return self.open_path(path, parent)
