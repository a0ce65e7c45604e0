"""Starting the desktop app: logging, style, translations, the error hook, the first window.

``workshop-app`` with no command (or ``workshop-app open FILE``) and the ``workshop-app-gui``
script come here. Settings live under :func:`workshop_app.paths.user_data_dir`, so
``WORKSHOP_APP_HOME`` moves them (and the log) for tests or a portable install.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

RTL_LANGUAGES = ("ar", "he", "fa", "ur")


def ui_language() -> str:
    """The language for the interface: WORKSHOP_APP_LANG, else the system's."""
    from PySide6.QtCore import QLocale

    wanted = os.environ.get("WORKSHOP_APP_LANG")
    return (wanted or QLocale.system().name()).split("_")[0].split("-")[0].lower()


def load_translations(app, language: str) -> list:
    """Install the app's .qm for ``language`` (and Qt's own, for standard buttons) when present."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .paths import resource

    installed = []
    candidates = [(resource("translations"), f"workshop_app_{language}"),
                  (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}")]
    for folder, name in candidates:
        translator = QTranslator(app)
        if folder.is_dir() and translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("loaded translation %s from %s", name, folder)
    return installed


def make_application(argv: list[str] | None = None):
    """The QApplication, styled, translated, with the error hook installed (reused if one exists)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from .ui.error_dialog import install_excepthook
    from .ui.style import apply_style

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Workshop App")
    app.setOrganizationName("WorkshopApp")
    apply_style(app)
    language = ui_language()
    app._workshop_translators = load_translations(app, language)  # kept alive with the app
    if language in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    install_excepthook()
    return app


def run_gui(path: str | None = None) -> int:
    """Open ``path`` (or the start screen) and run until the last window closes; returns the exit code."""
    from .logs import setup_logging

    log_path = setup_logging()
    log.info("starting the desktop app (log %s)", log_path)
    app = make_application()
    from .ui.launcher import Launcher

    launcher = Launcher(app)
    app._workshop_launcher = launcher
    if path:
        if not Path(path).exists():
            launcher.show_start()
            launcher.report(launcher.start_window, app.translate(
                "App", "{file} does not exist; create it with “New session from template”.").format(file=path))
        elif launcher.open_path(path) is None:
            launcher.show_start()
    else:
        launcher.show_start()
    return app.exec()


def main() -> None:
    """Entry point of the ``workshop-app-gui`` script: an optional file to open."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    sys.exit(run_gui(args[0] if args else None))


if __name__ == "__main__":
    main()
