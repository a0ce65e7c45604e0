"""Look at a file before trusting it: header, size, application id, version, integrity, schema.

Everything here reads only. Each failure is an :class:`UnusableFileError` whose sentence says what
is wrong, so the CLI, the GUI and the merge all refuse a bad file the same way.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UnusableFileError
from .schema import APPLICATION_ID, SCHEMA_VERSION, describe_schema_difference, expected_schema, schema_objects

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 4 * 1024**3  # a master of hundreds of sessions is tens of MB; 4 GB is not a session file


@dataclass
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path, *, refuse_links: bool = False) -> Header:
    """Read the 100-byte SQLite header without opening the database.

    ``refuse_links`` is for untrusted sources (merge): a link could point anywhere on the machine.
    With a ``-wal`` (or a ``-journal``) beside the file, its size is not compared with the header
    here: a kill during a checkpoint leaves a file shorter than its header says, which the ``-wal``
    completes; the size is checked on a private copy after SQLite has read it (:func:`check_size`).
    """
    name = path.name
    if refuse_links and path.is_symlink():
        raise UnusableFileError(f"{name} is a link to another file, not a session file; use the file itself.")
    if not path.exists():
        if path.is_symlink():
            raise UnusableFileError(f"{name} is a link that leads nowhere (or round in a loop), not a session file.")
        raise UnusableFileError(f"{name} does not exist.")
    if path.is_dir():
        raise UnusableFileError(f"{name} is a folder, not a session file.")
    size, head = _read_head(path, name)
    if size == 0:
        raise UnusableFileError(f"{name} is empty: it holds no data at all.")
    if size > MAX_FILE_BYTES:
        raise UnusableFileError(f"{name} is {size / 1024**3:.1f} GB, far larger than any session file.")
    if not head.startswith(SQLITE_MAGIC):
        raise UnusableFileError(f"{name} is not a Workshop App session file (it is not an SQLite database).")
    if len(head) < 100:
        raise UnusableFileError(f"{name} is truncated: it ends inside its own header.")
    page_size, page_count = _pages(head)
    if page_size < 512 or page_size & (page_size - 1):
        raise UnusableFileError(f"{name} is damaged: its header gives an impossible page size.")
    user_version = struct.unpack(">i", head[60:64])[0]
    application_id = struct.unpack(">i", head[68:72])[0]
    journals = (Path(str(path) + "-wal"), Path(str(path) + "-journal"))
    if not any(j.exists() and j.stat().st_size > 0 for j in journals):
        _check_pages(name, size, page_size, page_count)
    return Header(page_size, page_count, user_version, application_id)


def _read_head(path: Path, name: str) -> tuple[int, bytes]:
    """The file's size and its first 100 bytes (the SQLite header)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            return size, fh.read(100)
    except OSError as exc:
        raise UnusableFileError(f"{name} cannot be read ({exc.strerror or exc}).") from None


def _pages(head: bytes) -> tuple[int, int]:
    """Page size and page count from a header; the count is 0 (unknown) when the header says it is stale."""
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    return page_size, page_count if change_counter == valid_for else 0


def _check_pages(name: str, size: int, page_size: int, page_count: int) -> None:
    if size % page_size:
        raise UnusableFileError(f"{name} is truncated or damaged: its size is not a whole number of pages.")
    if page_count * page_size > size:
        raise UnusableFileError(
            f"{name} is truncated: it should hold {page_count} pages but only {size // page_size} are there."
        )


def check_size(copy: Path, name: str) -> None:
    """The size check of :func:`read_header`, on a private copy whose ``-wal`` SQLite has replayed."""
    size, head = _read_head(copy, name)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise UnusableFileError(f"{name} is damaged: its header is not an SQLite header.")
    _check_pages(name, size, *_pages(head))


def check_identity(path: Path, header: Header) -> None:
    """Refuse a foreign SQLite file or one written by a newer version of the app.

    With a ``-wal`` beside the file, the header may predate the last commits (they are in the
    ``-wal`` until a checkpoint), so the check is left to :func:`check_connection`.
    """
    if Path(str(path) + "-wal").exists():
        return
    if header.application_id != APPLICATION_ID:
        if header.application_id == 0 and header.user_version == 0:
            raise UnusableFileError(
                f"{path.name} is an SQLite database but not a Workshop App session file."
            )
        raise UnusableFileError(
            f"{path.name} belongs to another application (application id {header.application_id:#x}), "
            "not Workshop App."
        )
    if header.user_version > SCHEMA_VERSION:
        raise UnusableFileError(
            f"{path.name} was written by a newer version of Workshop App (file version "
            f"{header.user_version}, this app reads up to {SCHEMA_VERSION}); update the app to open it."
        )
    if header.user_version < 1:
        raise UnusableFileError(f"{path.name} was never finished being created; it holds no schema.")


def check_connection(conn: sqlite3.Connection, name: str) -> int:
    """Integrity, identity and exact schema of an open connection; returns its schema version."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise UnusableFileError(f"{name} is damaged and cannot be read ({exc}).") from None
    if [r[0] for r in result] != ["ok"]:
        first = (result[0][0] if result else "no answer").strip().splitlines()[0][:160]
        raise UnusableFileError(f"{name} is damaged: SQLite's integrity check found “{first}”.")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise UnusableFileError(f"{name} is not a Workshop App session file.")
    if version > SCHEMA_VERSION:
        raise UnusableFileError(
            f"{name} was written by a newer version of Workshop App (file version {version}); update the app."
        )
    if version < 1:
        raise UnusableFileError(f"{name} holds no schema.")
    problem = describe_schema_difference(schema_objects(conn), expected_schema(version))
    if problem:
        raise UnusableFileError(f"{name} cannot be trusted: {problem}.")
    return version
