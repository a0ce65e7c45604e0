"""A dialog working on a merge master given as a path or as the file already open in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ..storage import SessionFile


class MasterDialog(QDialog):
    """Opens ``master`` when given a path (and closes it when done); borrows an open SessionFile."""

    def __init__(self, master: str | Path | SessionFile, parent: QWidget | None = None):
        super().__init__(parent)
        self._own = not isinstance(master, SessionFile)
        self.sf = SessionFile.open(master) if self._own else master

    def done(self, result: int) -> None:
        if self._own:
            self.sf.close()
            self._own = False
        super().done(result)
