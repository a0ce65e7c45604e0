"""A dialog working on a merge master given as a path or as the file already open in the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from ...services import SessionService, find_open, service_for
from ...storage import SessionFile

T = TypeVar("T")


class MasterDialog(QDialog):
    """Opens ``master`` when given a path (and closes it when done); borrows an open SessionFile.

    A path that this process has open already (the main window's file) is borrowed too, through
    its session service, instead of being opened a second time. Writes go through :meth:`write`,
    so the views of the open file hear of them.
    """

    def __init__(self, master: str | Path | SessionFile, parent: QWidget | None = None):
        super().__init__(parent)
        if isinstance(master, SessionFile):
            borrowed: SessionFile | None = master
        else:
            open_service = find_open(master)
            borrowed = open_service.file if open_service is not None else None
        self._own = borrowed is None
        self.sf = SessionFile.open(master) if borrowed is None else borrowed
        self.service: SessionService = service_for(self.sf)

    def write(self, change: Callable[[SessionFile], T]) -> T:
        """Run ``change(sf)`` through the file's session service (origin "merge")."""
        return self.service.run(change, origin="merge")

    def done(self, result: int) -> None:
        if self._own:
            self.sf.close()
            self._own = False
        super().done(result)
