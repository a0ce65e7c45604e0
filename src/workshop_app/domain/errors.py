"""The app's own exception types: expected failures, each carrying one sentence for a person.

``exit_code`` follows the CLI convention: 1 a problem found, 2 a file that is not usable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .messages import Coded, render


class WorkshopError(Coded, Exception):
    """An expected failure: a plain English sentence, or a message ``code`` with ``params``
    (:mod:`.domain.messages`) whose English rendering is ``str()`` and which ``render(language)``
    gives in another language."""

    exit_code = 1

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 params: Mapping[str, Any] | None = None):
        self.code = code
        self.params = dict(params or {})
        if message is None:
            message = render(code, self.params)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UnusableFileError(WorkshopError):
    """Not a session file, broken, from a newer version, or unreadable."""

    exit_code = 2


class FileInUseError(WorkshopError):
    """Another copy of the app has the file open."""

    exit_code = 2


class WriteFailedError(WorkshopError):
    """A commit did not reach the disk (full, read-only, removed): nothing was saved."""

    exit_code = 1


class ImportConflictError(WorkshopError):
    """Incoming data has a record whose id exists here with different content."""

    exit_code = 1
