"""Unexpected errors: logged in full, shown as a dialog that names the log file. Never silent."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..host.logs import log_unexpected

log = logging.getLogger(__name__)
_showing = False



def unexpected_message(exc: BaseException, log_path) -> str:
    return QCoreApplication.translate("ErrorDialog", "Something unexpected went wrong ({kind}: {error}). Your saved entries are safe in the file; "
              "anything not yet saved is still on screen.\n\nThe details are in the log file:\n{log}\n"
              "Please send it to whoever supports the app.").format(
        kind=type(exc).__name__, error=str(exc)[:300], log=log_path)


def show_unexpected(exc: BaseException) -> None:
    """Log ``exc`` with its traceback and tell the user where the log is."""
    global _showing
    path = log_unexpected(exc)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("ErrorDialog", "Workshop App: unexpected error"),
                          unexpected_message(exc, path))
        box.setObjectName("unexpectedError")
        box.exec()
    finally:
        _showing = False


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    show_unexpected(exc)


def install_excepthook() -> None:
    sys.excepthook = excepthook
