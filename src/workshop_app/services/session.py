"""The session service of one open file, what it publishes, and the registry of open files.

See the package docstring for the threading rule.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..domain.model import TYPE_BY_TABLE, Record
from ..storage import SessionFile

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)
T = TypeVar("T")
Subscriber = Callable[["Changes"], None]

ALL_TABLES = frozenset(TYPE_BY_TABLE)


@dataclass(frozen=True)
class Changes:
    """What one committed write changed; published to every subscriber, never altered.

    ``records`` are copies of the records as stored (new rev and chain), for a subscriber that
    patches a cache; they belong to every subscriber at once, so none may change them.
    ``full_reload`` says that the change is not described record by record (an import, a
    merge): read the file again. ``seq`` counts commits in the order they reached the disk.
    """

    path: Path  # the file written
    origin: str  # "gui", "import", "merge", "phone", ...
    tables: frozenset[str]
    ids: frozenset[str] = frozenset()
    records: tuple[Record, ...] = ()
    full_reload: bool = False
    seq: int = 0


class SessionService:
    """Every write to one open session file, and who is told about it (see the package docstring)."""

    def __init__(self, file: SessionFile):
        self._file = file
        self._subscribers: list[Subscriber] = []
        self._subscribers_lock = threading.Lock()
        self.seq = 0  # the last commit published (read under :meth:`reading` to pair it with data)

    @property
    def file(self) -> SessionFile:
        return self._file

    @property
    def path(self) -> Path:
        return self._file.path

    # -- subscribers -----------------------------------------------------------------------------
    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(changes)`` after each commit, on the writing thread; returns the way out."""
        with self._subscribers_lock:
            self._subscribers.append(subscriber)
        return lambda: self.unsubscribe(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._subscribers_lock, contextlib.suppress(ValueError):
            self._subscribers.remove(subscriber)

    def _publish(self, changes: Changes) -> None:
        with self._subscribers_lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:  # noqa: BLE001 - one broken listener must not silence the others
                log.exception("a subscriber of %s failed on %s", self.path.name, changes)

    def _stamp(self, **fields) -> Changes:
        """The next Changes; called with the file's lock held, right after the commit."""
        self.seq += 1
        return Changes(path=self.path, seq=self.seq, **fields)

    # -- reading ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[SessionFile]:
        """Hold the file for several reads that must agree (no write from any thread meanwhile)."""
        with self._file.lock:
            yield self._file

    # -- writing records -------------------------------------------------------------------------
    def save(self, record: R, *, origin: str) -> R:
        """Store a new record or a new revision, validated, in one transaction; then publish it."""
        return self.save_all([record], origin=origin)[0]  # type: ignore[return-value]

    def save_all(self, records: Iterable[Record], *, origin: str) -> list[Record]:
        """Store several records in one transaction (all or none); then publish them as one change.

        Raises what the storage layer raises (``ValidationError``, ``WriteFailedError``): nothing
        was stored then, and nothing is published.
        """
        with self._file.lock:
            stored, changes = self._store(list(records), origin)
        self._publish(changes)
        return stored

    def delete(self, record: R, *, origin: str) -> R:
        """Delete as a tombstone (a new revision), so the deletion merges too."""
        return self._flag(record, deleted=True, origin=origin)

    def restore(self, record: R, *, origin: str) -> R:
        return self._flag(record, deleted=False, origin=origin)

    def _flag(self, record: R, *, deleted: bool, origin: str) -> R:
        with self._file.lock:  # the version read is the version flagged: no write in between
            version = copy.deepcopy(self._file.get(type(record), record.id) or record)
            version.deleted = deleted
            stored, changes = self._store([version], origin)
        self._publish(changes)
        return stored[0]  # type: ignore[return-value]

    def _store(self, records: list[Record], origin: str) -> tuple[list[Record], Changes]:
        """Save in one transaction and stamp the change; the caller holds the lock and publishes."""
        stored = self._file.save_all(records)
        return stored, self._record_changes(stored, origin)

    def _record_changes(self, stored: list[Record], origin: str) -> Changes:
        return self._stamp(origin=origin, tables=frozenset(r.TABLE for r in stored),
                           ids=frozenset(r.id for r in stored), records=tuple(copy.deepcopy(stored)))

    # -- bulk operations -------------------------------------------------------------------------
    def run(self, operation: Callable[[SessionFile], T], *, origin: str,
            tables: Iterable[str] | None = None) -> T:
        """Run ``operation(file)`` (an import, a merge) holding the file; publish a full reload if it wrote.

        The operation makes its own transactions through the storage layer (a merge commits one
        per source). Whatever it committed is published, even when it raises afterwards.
        """
        changes: Changes | None = None
        try:
            with self._file.lock:
                rows = self._file.master_rows()
                before = rows.changes()
                try:
                    return operation(self._file)
                finally:
                    if rows.changes() != before:
                        changes = self._stamp(origin=origin, full_reload=True,
                                              tables=frozenset(tables) if tables is not None else ALL_TABLES)
        finally:
            if changes is not None:
                self._publish(changes)


# -- the open files of this process ---------------------------------------------------------------
_registry: weakref.WeakValueDictionary[str, SessionService] = weakref.WeakValueDictionary()
_registry_lock = threading.Lock()


def _key(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(path))


def service_for(file: SessionFile) -> SessionService:
    """The service of an open file: the one already serving it, or a new one (kept while used)."""
    with _registry_lock:
        key = _key(file.path)
        service = _registry.get(key)
        if service is None or service.file is not file:
            service = SessionService(file)
            _registry[key] = service
        return service


def find_open(path: Path | str) -> SessionService | None:
    """The service of ``path`` when this process has it open for writing, else None.

    A second writer uses it instead of opening the file again (which ``SessionFile.open`` refuses).
    """
    with _registry_lock:
        service = _registry.get(_key(path))
    if service is None or service.file.closed or service.file.readonly:
        return None
    return service
