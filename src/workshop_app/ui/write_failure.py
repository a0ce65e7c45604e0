"""After a failed write: save a copy of the file elsewhere and carry on in it.

The copy is made with SQLite's backup API from the open connection (which can still read when
the disk is full or the file turned read-only), then opened for writing. Whatever the user had
typed stays in its view, so pressing Enter again saves it into the copy.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from ..domain.errors import WorkshopError
from ..storage import SessionFile
from .controller import AppController

log = logging.getLogger(__name__)


def suggested_copy_name(path: Path) -> str:
    return f"{path.stem}-copy{path.suffix or '.workshop'}"


def continue_in_copy(controller: AppController, target: Path) -> SessionFile:
    """Copy the open file to ``target``, open the copy, and switch the controller to it.

    Raises WorkshopError (one sentence) when the copy cannot be written or opened; the old file
    stays open then, and nothing on screen changes.
    """
    target = Path(target)
    old = controller.file
    if target.resolve() == old.path.resolve():
        raise WorkshopError("Choose a different file from the one that cannot be written.")
    if target.exists():
        raise WorkshopError(f"{target.name} already exists; choose a new name.")
    old.backup_to(target)
    new = SessionFile.open(target)
    controller.replace_file(new)
    log.info("continuing in %s after a failed write to %s", target, old.path)
    with contextlib.suppress(Exception):  # the old drive may be gone: closing it must not stop us
        old.close()
    return new
