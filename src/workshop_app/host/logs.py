"""Logging to a file in the user's data folder, so an unexpected error can be reported."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from .paths import log_file


def setup_logging() -> Path:
    """Log to the user data folder's log file (once; again if that folder has moved)."""
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_workshop_app", False):
            if Path(handler.baseFilename) == path.resolve():
                return path
            root.removeHandler(handler)
            handler.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler._workshop_app = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def log_unexpected(exc: BaseException) -> Path:
    """Write the full traceback to the log file; returns the file's path to tell the user."""
    try:
        path = setup_logging()
        logging.getLogger("workshop_app").error(
            "unexpected error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
        return path
    except OSError:
        return Path("(no log file could be written)")


def failure_message(exc: BaseException) -> str:
    """One sentence for a user: an expected failure's own message; for a bug, logged in full, a
    sentence naming the log file."""
    from ..domain.errors import WorkshopError

    if isinstance(exc, WorkshopError):
        return str(exc)
    where = log_unexpected(exc)
    return f"Unexpected error ({type(exc).__name__}: {exc}); details in {where}"
