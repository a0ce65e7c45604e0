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
from .schema import APPLICATION_ID, SCHEMA_VERSION, schema_objects, schema_problem

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
        raise UnusableFileError(code="file.is_link", params={"name": name})
    if not path.exists():
        if path.is_symlink():
            raise UnusableFileError(code="file.dangling_link", params={"name": name})
        raise UnusableFileError(code="file.missing", params={"name": name})
    if path.is_dir():
        raise UnusableFileError(code="file.is_folder", params={"name": name})
    size, head = _read_head(path, name)
    if size == 0:
        raise UnusableFileError(code="file.empty", params={"name": name})
    if size > MAX_FILE_BYTES:
        raise UnusableFileError(code="file.huge", params={"name": name, "gigabytes": size / 1024**3})
    if not head.startswith(SQLITE_MAGIC):
        raise UnusableFileError(code="file.not_sqlite", params={"name": name})
    if len(head) < 100:
        raise UnusableFileError(code="file.header_truncated", params={"name": name})
    page_size, page_count = _pages(head)
    if page_size < 512 or page_size & (page_size - 1):
        raise UnusableFileError(code="file.bad_page_size", params={"name": name})
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
        raise UnusableFileError(code="file.unreadable", params={"name": name, "reason": str(exc.strerror or exc)}) from None


def _pages(head: bytes) -> tuple[int, int]:
    """Page size and page count from a header; the count is 0 (unknown) when the header says it is stale."""
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    return page_size, page_count if change_counter == valid_for else 0


def _check_pages(name: str, size: int, page_size: int, page_count: int) -> None:
    if size % page_size:
        raise UnusableFileError(code="file.partial_page", params={"name": name})
    if page_count * page_size > size:
        raise UnusableFileError(code="file.truncated",
                                params={"name": name, "expected": page_count, "present": size // page_size})


def check_size(copy: Path, name: str) -> None:
    """The size check of :func:`read_header`, on a private copy whose ``-wal`` SQLite has replayed."""
    check_image_size(*_read_head(copy, name), name)


def check_image_size(size: int, head: bytes, name: str) -> None:
    """The size check on a file's ``size`` and first 100 bytes (``head``), wherever the copy lies."""
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise UnusableFileError(code="file.bad_header", params={"name": name})
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
            raise UnusableFileError(code="file.other_sqlite", params={"name": path.name})
        raise UnusableFileError(code="file.other_application",
                                params={"name": path.name, "application_id": header.application_id})
    if header.user_version > SCHEMA_VERSION:
        raise UnusableFileError(code="file.newer_version", params={
            "name": path.name, "version": header.user_version, "supported": SCHEMA_VERSION})
    if header.user_version < 1:
        raise UnusableFileError(code="file.unfinished", params={"name": path.name})


def check_connection(conn: sqlite3.Connection, name: str) -> int:
    """Integrity, identity and exact schema of an open connection; returns its schema version."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise UnusableFileError(code="file.damaged", params={"name": name, "reason": str(exc)}) from None
    if [r[0] for r in result] != ["ok"]:
        first = (result[0][0] if result else "no answer").strip().splitlines()[0][:160]
        raise UnusableFileError(code="file.integrity", params={"name": name, "first": first})
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise UnusableFileError(code="file.not_workshop", params={"name": name})
    if version > SCHEMA_VERSION:
        raise UnusableFileError(code="file.newer_version_short", params={"name": name, "version": version})
    if version < 1:
        raise UnusableFileError(code="file.no_schema", params={"name": name})
    problem = schema_problem(schema_objects(conn), version)
    if problem:
        raise UnusableFileError(code="file.schema_differs", params={"name": name, "problem": problem})
    table = _table_with_bytes(conn)
    if table is not None:  # SQLite does not enforce column types; the app only ever writes text and numbers
        raise UnusableFileError(code="file.damaged", params={
            "name": name, "reason": f"a value in table “{table}” is neither text nor a number"})
    return version


def _table_with_bytes(conn: sqlite3.Connection) -> str | None:
    """The first table of the file's content holding a value that is bytes (a blob), or None: one
    pass over each table, like the quick check before it."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_sqlite%' ESCAPE '\\' "
                                         "ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
        if columns and conn.execute(f"SELECT 1 FROM [{table}] WHERE "
                                    + " OR ".join(f"typeof([{c}]) = 'blob'" for c in columns) + " LIMIT 1").fetchone():
            return table
    return None
