"""Starting the desktop app: logging, style, translations, the error hook, the first window.

``workshop-app`` with no command (or ``workshop-app open FILE``) and the ``workshop-app-gui``
script come here. Settings live under :func:`workshop_app.host.paths.user_data_dir`, so
``WORKSHOP_APP_HOME`` moves them (and the log) for tests or a portable install.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

RTL_LANGUAGES = ("ar", "he", "fa", "ur")

# What Qt's X11 plugin (xcb) loads, with the Debian/Ubuntu package of each. Qt itself reports any
# missing one as "xcb-cursor0 is needed" and aborts; naming the real ones saves the user a search.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def display_problem(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Why the desktop app cannot open a window here, in one paragraph, or None when it can.

    Checked before Qt starts, because Qt aborts the process with a misleading message when the X11
    plugin's libraries are missing, and with a bare "could not connect to display" when there is none.
    """
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "")
    if wanted and not wanted.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the user chose; Qt reports its own problems
    if not wanted and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("There is no display to open a window on (DISPLAY is not set). Run Workshop App from a "
                "desktop session, or on a machine without one under a virtual display: "
                "xvfb-run workshop-app … (or QT_QPA_PLATFORM=offscreen for scripts).")
    missing = [package for soname, package in XCB_LIBRARIES.items() if not _loadable(soname)]
    if missing:
        return ("The desktop app needs these system libraries, which are not installed: "
                f"{', '.join(missing)}. On Debian or Ubuntu: sudo apt-get install {' '.join(missing)} "
                "(see “System libraries” in the README for other systems).")
    return None


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


# The interface's languages, each named in itself (the language choosers show these), in the order
# the chooser lists them; the key is the base code used everywhere (catalogue, settings, sessions).
UI_LANGUAGES = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}
QM_SUFFIX = {"zh": "zh_CN"}  # the .ts/.qm files of Chinese are named for Simplified Chinese


def base_language(name: str | None) -> str:
    """One of :data:`UI_LANGUAGES` for a language or locale name ("zh_TW", "ar-EG", "fr_FR.UTF-8");
    English for any other ("de", "C", "")."""
    base = (name or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return base if base in UI_LANGUAGES else "en"


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return base_language(QLocale.system().name())


def ui_language() -> str:
    """The language for the interface: WORKSHOP_APP_LANG, else the setting chosen on the start screen
    or in Preferences, else the system's; always one of :data:`UI_LANGUAGES`."""
    wanted = os.environ.get("WORKSHOP_APP_LANG")
    if wanted:
        return base_language(wanted)
    from .settings import language_setting

    return base_language(language_setting() or system_language())


# Arabic as the UN writes it (Modern Standard Arabic, Western digits); English keeps the system's
# regional formats (a British or an American date); the others their main country's.
LOCALES = {"ar": "ar_001", "zh": "zh_CN", "fr": "fr_FR", "ru": "ru_RU", "es": "es_ES"}


def ui_locale(language: str | None = None):
    """The QLocale numbers and dates on screen are written in: the interface language's."""
    from PySide6.QtCore import QLocale

    base = base_language(language or ui_language())
    return QLocale(LOCALES[base]) if base in LOCALES else QLocale.system()


def error_text(exc: BaseException) -> str:
    """An expected error as the person reads it: a coded one (``WorkshopError``, ``ValidationError``)
    rendered in :func:`ui_language`; any other, its own sentence."""
    from ..domain.messages import in_language

    return in_language(exc, ui_language())


def load_translations(app, language: str) -> list:
    """Install the app's .qm for ``language`` ("zh", "zh_CN", "ar_EG"...) and Qt's own (standard
    buttons and dialogs) when present; returns the translators installed. English has one too: the
    singular of the strings with a count ("%n ballots": "1 ballot")."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ..host.paths import resource

    base = base_language(language)
    suffix = QM_SUFFIX.get(base, base)
    installed = []
    candidates = [(resource("translations"), f"workshop_app_{suffix}")]  # English's: its plural forms only
    if base != "en":
        candidates.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{suffix}"))
    for folder, name in candidates:
        translator = QTranslator(app)
        if folder.is_dir() and translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("loaded translation %s from %s", name, folder)
    return installed


def apply_language(app, language: str | None = None) -> str:
    """Speak ``language`` (default :func:`ui_language`) from now on: the translators of the previous
    one removed, the new ones installed, numbers and dates in its locale, the layout right to left
    for Arabic. Windows built before
    keep their texts: the caller rebuilds what it shows. Returns the language applied."""
    from PySide6.QtCore import QLocale, Qt

    language = base_language(language or ui_language())
    for translator in getattr(app, "_workshop_translators", []):
        app.removeTranslator(translator)
    app._workshop_translators = load_translations(app, language)  # kept alive with the app
    QLocale.setDefault(ui_locale(language))  # what QLocale() and "%Ln" give: numbers, dates
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    return language


def make_application(argv: list[str] | None = None):
    """The QApplication, styled, translated, with the error hook installed (reused if one exists)."""
    from PySide6.QtWidgets import QApplication

    from .common.error_dialog import install_excepthook
    from .common.style import apply_style

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Workshop App")
    app.setOrganizationName("WorkshopApp")
    apply_style(app)
    apply_language(app)
    install_excepthook()
    return app


def run_gui(path: str | None = None) -> int:
    """Open ``path`` (or the start screen) and run until the last window closes; returns the exit code."""
    from ..host.logs import setup_logging

    problem = display_problem()
    if problem:
        print(f"workshop-app: {problem}", file=sys.stderr)
        return 2
    log_path = setup_logging()
    log.info("starting the desktop app (log %s)", log_path)
    app = make_application()
    from .launcher import Launcher

    launcher = Launcher(app)
    app._workshop_launcher = launcher
    app._workshop_file_opener = _install_file_opener(launcher, app)
    if os.environ.get("WORKSHOP_APP_SMOKE_QUIT"):
        _quit_once_shown(app)
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


def _install_file_opener(launcher, app):
    """macOS hands "open with" and double-clicked files to a running app as FileOpen events."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpener(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.FileOpen and event.file():
                launcher.open_path(event.file())
                return True
            return super().eventFilter(watched, event)

    opener = FileOpener(app)
    app.installEventFilter(opener)
    return opener


def _quit_once_shown(app) -> None:
    """Smoke tests of a build (WORKSHOP_APP_SMOKE_QUIT=1): print the first window's title, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()]
        if not shown:
            QTimer.singleShot(100, check)
            return
        print(f"window shown: {shown[0].windowTitle()}", flush=True)
        QApplication.closeAllWindows()
        app.quit()

    QTimer.singleShot(200, check)


def main() -> None:
    """Entry point of the ``workshop-app-gui`` script: an optional file to open."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    sys.exit(run_gui(args[0] if args else None))


if __name__ == "__main__":
    main()
