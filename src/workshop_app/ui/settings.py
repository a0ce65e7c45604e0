"""Settings and the recent-files list, kept in an INI file in the user's data folder.

The folder comes from :func:`workshop_app.host.paths.user_data_dir`, so ``WORKSHOP_APP_HOME`` moves
everything (tests use a temporary folder and never touch the real settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..host.paths import user_data_dir

MAX_RECENT = 12


def app_settings() -> QSettings:
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    """Recently opened files that still exist, newest first."""
    raw = app_settings().value("recent/files", [])
    if isinstance(raw, str):  # QSettings gives a lone string for a one-item list
        raw = [raw]
    out = []
    for item in raw or []:
        path = Path(str(item))
        if path.exists() and path not in out:
            out.append(path)
    return out


def add_recent(path: Path) -> None:
    path = Path(path).resolve()
    files = [p for p in recent_files() if p.resolve() != path]
    files.insert(0, path)
    settings = app_settings()
    settings.setValue("recent/files", [str(p) for p in files[:MAX_RECENT]])
    settings.sync()


def remove_recent(path: Path) -> None:
    files = [p for p in recent_files() if p.resolve() != Path(path).resolve()]
    settings = app_settings()
    settings.setValue("recent/files", [str(p) for p in files])
    settings.sync()


_language_cache: dict[str, str] = {}  # settings file -> its language: asked for by every error shown


def language_setting() -> str:
    """The interface language chosen on the start screen or in Preferences ("" when never chosen:
    the system's is used)."""
    settings = app_settings()
    key = settings.fileName()
    if key not in _language_cache:
        _language_cache[key] = str(settings.value("ui/language", "") or "")
    return _language_cache[key]


def set_language_setting(language: str) -> None:
    settings = app_settings()
    settings.setValue("ui/language", language)
    settings.sync()
    _language_cache[settings.fileName()] = language
