"""Logging to a file in the user's data folder, so an unexpected error can be reported."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from .paths import log_file


def setup_logging() -> Path:
    path = log_file()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
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
