"""Look at a file on a private copy before SQLite touches the file itself.

SQLite applies a ``-wal`` (or rolls back a ``-journal``) lying beside a database the moment it
reads it, and the last connection to close writes that into the database file. A ``-wal`` from
another database would so replace the file's content before any check could refuse it. So every
check that may refuse runs here, on a copy (with its ``-wal`` and ``-journal``) in a private
folder: integrity, identity, exact schema, and the size the header promises, compared only after
SQLite has replayed the ``-wal`` (a kill during a checkpoint leaves a file shorter than its
header says, which the ``-wal`` completes).

A ``-wal`` whose frames SQLite does not accept (written for another copy of the file, or left
from an older cycle: its salt or checksums do not match) holds nothing of this file: SQLite
ignores it and reuses it at the next write. The app does the same; ``check`` mentions it.

Private folders are named ``workshop-<kind>-<pid>-…`` in the temporary folder and removed on
exit; a folder left by a killed process (its pid gone) is removed by the next process that
makes one, since it holds a copy of someone's session file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UnusableFileError
from .inspect import check_connection, check_identity, check_size, read_header

log = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-journal")
_FOLDER = re.compile(r"^workshop-(read|merge|check)-(\d+)-")
_LEGACY = re.compile(r"^workshop-(read|merge)-[a-z0-9_]+$")
_LEGACY_AGE = 24 * 3600
_swept = False


def companions(path: Path) -> list[Path]:
    """The ``-wal`` and ``-journal`` files lying beside ``path`` (whatever their size)."""
    return [p for p in (Path(str(path) + s) for s in COMPANIONS) if os.path.lexists(p)]


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would terminate it on Windows
        return True  # there only folders older than a day are swept (see sweep_stale_folders)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A process that has exited but is not yet reaped (a killed merge's reading process until init
    collects it): dead for the sweep. Only Linux says so (/proc); elsewhere, not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat[stat.rfind(")") + 2:][:1] == "Z"  # the state follows the command name in parentheses


def sweep_stale_folders(root: Path | None = None) -> int:
    """Remove private folders left by killed processes (ours only); returns how many."""
    root = Path(root or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(root.iterdir())
    except OSError:
        return 0
    for entry in entries:
        m = _FOLDER.match(entry.name)
        try:
            st = entry.lstat()
            if not entry.is_dir() or entry.is_symlink() or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
                continue
            old = time.time() - st.st_mtime > _LEGACY_AGE
            if m:
                pid = int(m.group(2))
                stale = pid != os.getpid() and (not _pid_alive(pid) or (os.name == "nt" and old))
            else:  # written by an older version, without its pid: only when clearly abandoned
                stale = bool(_LEGACY.match(entry.name)) and old
        except OSError:
            continue
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
            log.info("removed %s, a private copy left by a process that was killed", entry)
    return removed


def private_folder(kind: str) -> tempfile.TemporaryDirectory:
    """A private temporary folder named after this process (see the module's docstring)."""
    global _swept
    if not _swept:
        _swept = True
        sweep_stale_folders()
    return tempfile.TemporaryDirectory(prefix=f"workshop-{kind}-{os.getpid()}-")


def copy_with_companions(path: Path, folder: Path, name: str = "source.workshop") -> Path:
    """Copy ``path`` and its ``-wal``/``-journal`` into ``folder``; links among them are refused."""
    copy = folder / name
    try:
        shutil.copyfile(path, copy)
        for extra in companions(path):
            if extra.is_symlink():
                raise UnusableFileError(code="file.companion_link", params={"extra": extra.name, "name": path.name})
            shutil.copyfile(extra, Path(str(copy) + extra.name[len(path.name):]))
    except OSError as exc:
        raise UnusableFileError(code="file.unreadable", params={"name": path.name, "reason": str(exc.strerror or exc)}) from None
    return copy


@dataclass
class Recovered:
    """What SQLite made of a private copy: its schema version and the ``-wal`` frames it accepted."""

    version: int
    wal_frames: int | None  # None: no -wal beside the file


def recover_copy(conn: sqlite3.Connection, copy: Path, name: str) -> int | None:
    """Let SQLite replay the copy's ``-wal`` into it (or roll back its hot ``-journal``), then check
    the size its header promises.

    Returns the number of ``-wal`` frames SQLite accepted (None when there was no ``-wal``).
    """
    wal = Path(str(copy) + "-wal")
    frames = None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read: a hot -journal is rolled back
        if wal.exists():
            row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            frames = max(row[1], 0) if row else 0
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as exc:
        raise UnusableFileError(code="file.damaged", params={"name": name, "reason": str(exc)}) from None
    check_size(copy, name)
    return frames


def check_copy(conn: sqlite3.Connection, copy: Path, name: str) -> Recovered:
    """Every check that may refuse a file, on its private copy; returns what was found."""
    frames = recover_copy(conn, copy, name)
    return Recovered(check_connection(conn, name), frames)


@contextlib.contextmanager
def private_connection(path: Path, *, refuse_links: bool = False, kind: str = "read"
                       ) -> Iterator[tuple[sqlite3.Connection, Recovered]]:
    """A checked connection to a private copy of ``path`` (with its ``-wal``); the file is only read."""
    header = read_header(path, refuse_links=refuse_links)
    check_identity(path, header)
    with private_folder(kind) as tmp:
        copy = copy_with_companions(path, Path(tmp))
        try:
            conn = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise UnusableFileError(code="file.cannot_open", params={"name": path.name, "reason": str(exc)}) from None
        try:
            found = check_copy(conn, copy, path.name)
            yield conn, found
        except sqlite3.DatabaseError as exc:
            raise UnusableFileError(code="file.damaged", params={"name": path.name, "reason": str(exc)}) from None
        finally:
            conn.close()


def preflight(path: Path, also: Callable[[sqlite3.Connection], None] | None = None) -> Recovered | None:
    """Before a file is opened for writing: when a ``-wal`` or ``-journal`` lies beside it, run every
    check (and ``also``, the caller's own) on a private copy first, so a refusal leaves the file and
    its companions byte-identical. Without companions, SQLite reading the file in place changes
    nothing and None is returned: the caller checks in place."""
    if not companions(path):
        return None
    with private_connection(path, kind="check") as (conn, found):
        if also is not None:
            also(conn)
        return found
