"""The SQL a merge needs, and nothing else: ``merge/`` holds the rules and no SQL.

Two sides:

* an untrusted **source**: copied to a private folder first (never opened where it lies, so a
  write-protected USB stick works and nothing is ever written beside it), opened with
  ``trusted_schema=OFF``, checked (integrity, identity, exact schema, references, size) before any
  row is read, then read in one pass that recomputes the seal and every record's content hash;
* the **master**'s side (bulk reads of the rows and conflict versions a source touches, and the
  writes) is :class:`storage.master.MasterRows`, which ``SessionFile.master_rows()`` hands out.

Never ``immutable=1``: it would ignore a ``-wal`` beside the source and lose its last entries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from ..domain.model import TYPE_BY_TABLE, content_hash, legacy_content_hash
from .codec import content_text, content_text_of
from .inspect import check_connection, check_identity, check_image_size, read_header
from .private import companions, copy_with_companions, private_folder, recover_copy
from .schema import SCHEMA_VERSION, apply_migrations, database
from .seal import SEALED_TABLES, SealHasher, encoded_values, seal_text_of, sealed_tables

MAX_SOURCE_BYTES = 1024**3  # a master of hundreds of sessions is tens of MB
MAX_IN_MEMORY_BYTES = 64 * 1024**2  # a source up to this size is checked in memory (source_in_memory)
MAX_SOURCE_ROWS = 5_000_000
MAX_VALUE_BYTES = 64 * 1024**2  # one text or JSON value; a 100,000-word comment is about 1 MB


# -- the source ---------------------------------------------------------------------------------


def copy_source(path: Path, folder: Path) -> Path:
    """Check the header of ``path`` and copy it (and its ``-wal``) into the private ``folder``."""
    _check_source(path)
    return copy_with_companions(path, folder)


def _check_source(path: Path) -> int:
    """The checks before a source is copied: its header, whose file it is, links, size. Returns its size."""
    header = read_header(path, refuse_links=True)
    check_identity(path, header)
    wal = Path(str(path) + "-wal")
    if wal.is_symlink():
        raise UnusableFileError(code="file.companion_link", params={"extra": wal.name, "name": path.name})
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    if size > MAX_SOURCE_BYTES:
        raise UnusableFileError(code="file.too_large_mb", params={
            "name": path.name, "megabytes": size / 1024**2, "limit": MAX_SOURCE_BYTES / 1024**2})
    return size


def source_in_memory(path: Path) -> bytes | None:
    """The bytes of a source that can be checked in memory rather than in a private folder: a file
    in rollback-journal mode (as a handover copy is) with nothing beside it, of at most
    :data:`MAX_IN_MEMORY_BYTES`. None for any other (it is copied to a private folder instead:
    SQLite replays a ``-wal`` or rolls back a ``-journal`` only from files). Writing and removing a
    copy per source was a third of a merge's wall-clock time."""
    if companions(path):
        return None
    if _check_source(path) > MAX_IN_MEMORY_BYTES:
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableFileError(code="file.unreadable",
                                params={"name": path.name, "reason": str(exc.strerror or exc)}) from None
    return data if data[18:20] == b"\x01\x01" else None  # bytes 18-19 are 2 in WAL mode


def open_source_bytes(data: bytes, name: str) -> tuple[sqlite3.Connection, int]:
    """:func:`open_source_copy` for a source read into memory (:func:`source_in_memory`)."""
    try:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.deserialize(data)
    except sqlite3.Error as exc:
        raise UnusableFileError(code="file.cannot_open", params={"name": name, "reason": str(exc)}) from None

    def first_read() -> None:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_image_size(len(data), data[:100], name)

    return _checked(conn, name, first_read)


def open_source_copy(copy: Path, name: str) -> tuple[sqlite3.Connection, int]:
    """Open the private copy and refuse it, before reading any row, unless it is whole and ours.

    Returns the connection and the schema version the file has on disk.
    """
    try:
        conn = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise UnusableFileError(code="file.cannot_open", params={"name": name, "reason": str(exc)}) from None
    # replay its -wal, then the size its header promises
    return _checked(conn, name, lambda: recover_copy(conn, copy, name))


def _checked(conn: sqlite3.Connection, name: str, first_read: Callable[[], object]) -> tuple[sqlite3.Connection, int]:
    """Refuse the opened private copy, before reading any row, unless it is whole and ours; the
    connection and the schema version the file has on disk."""
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        first_read()
        version = check_connection(conn, name)  # quick_check, application id, version, exact schema
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UnusableFileError(code="file.dangling_references", params={"name": name})
        total = sum(conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in sealed_tables(version))
        if total > MAX_SOURCE_ROWS:
            raise UnusableFileError(code="file.too_many_rows", params={"name": name, "rows": total})
    except sqlite3.Error as exc:
        conn.close()
        raise UnusableFileError(code="file.damaged", params={"name": name, "reason": str(exc)}) from None
    except BaseException:
        conn.close()
        raise
    return conn, version


def upgrade_source_copy(conn: sqlite3.Connection, name: str) -> None:
    """Bring the private copy of an older file to this version (the source itself is untouched)."""
    try:
        apply_migrations(database(conn))
    except sqlite3.Error as exc:
        raise UnusableFileError(code="file.cannot_upgrade", params={"name": name, "reason": str(exc)}) from None


@dataclass
class SourceScan:
    """Everything read from a source in one pass, with what the pass found."""

    digest: str  # the seal recomputed over the content as found (see storage.seal)
    stored_seal: str | None
    sealed_at: str | None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    altered: list[str] = field(default_factory=list)  # "table id" of rows whose hash does not match
    version: int = 0  # the schema version of the file as found (``rows`` are upgraded to today's)


def read_source(path: Path, check: Callable[[Path, SourceScan], None]) -> SourceScan:
    """Check ``path`` in memory (:func:`source_in_memory`) or on a copy in a private folder, and
    read it in one pass (:func:`scan_source`).

    ``check(path, scan)`` sees the scan as found, before any upgrade of the copy, and raises
    :class:`UnusableFileError` to refuse the file; an older file's rows are then read again from
    the upgraded copy. The caller never holds a connection; the copy is gone when this returns.
    """
    data = source_in_memory(path)
    if data is not None:
        return _read_open(*open_source_bytes(data, path.name), path, check)
    with private_folder("merge") as tmp:
        copy = copy_source(path, Path(tmp))
        return _read_open(*open_source_copy(copy, path.name), path, check)


def _read_open(conn: sqlite3.Connection, version: int, path: Path, check: Callable[[Path, SourceScan], None]) -> SourceScan:
    try:
        scan = scan_source(conn, path.name)
        scan.version = version
        check(path, scan)
        if version < SCHEMA_VERSION:
            upgrade_source_copy(conn, path.name)
            scan.rows = read_tables(conn)
    finally:
        conn.close()
    return scan


def scan_source(conn: sqlite3.Connection, name: str = "The file") -> SourceScan:
    """Read every sealed table once: recompute the seal and check every stored content hash.

    The hashes are checked by the rule of the file's own schema version (versions 1 and 2 hashed
    the bookkeeping too), since the file is read as it was written, before any upgrade. Each row
    is read once, as a tuple, each of its values is encoded once (:func:`seal.encoded_values`),
    and both texts, the seal's and the content hash's, are put together from those
    (:func:`seal.seal_text_of`, :func:`codec.content_text_of`).
    """
    digest = SealHasher()
    rows: dict[str, list[dict[str, Any]]] = {}
    altered: list[str] = []
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        legacy = version < 3
        for table in sealed_tables(version):
            digest.table(table)
            cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
            names = tuple(d[0] for d in cur.description)
            found = rows[table] = []
            texts: list[str] = []
            seal_text = seal_text_of(names)
            record = _record_check(table, names, legacy)
            for values in cur:
                try:
                    encoded = encoded_values(values)
                except TypeError:  # bytes where text belongs: SQLite does not enforce column types
                    raise UnusableFileError(code="file.damaged", params={
                        "name": name, "reason": f"a value in table “{table}” is neither text nor a number"}) from None
                texts.append(seal_text(encoded))
                row = dict(zip(names, values, strict=True))
                found.append(row)
                if not (record(values, encoded) if record is not None else _hash_matches(table, row, legacy=legacy)):
                    altered.append(f"{table} {row.get('id')}")
            digest.texts(texts)
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('seal', 'sealed_at')").fetchall())
    except sqlite3.Error as exc:
        raise UnusableFileError(code="file.damaged_or_oversized", params={"name": name, "reason": str(exc)}) from None
    return SourceScan(digest.hexdigest(), meta.get("seal"), meta.get("sealed_at"), rows, altered)


def _record_check(table: str, names: tuple[str, ...], legacy: bool) -> Callable[[tuple[Any, ...], list[str]], bool] | None:
    """:func:`_hash_matches` for the rows of a record table, from their values and the texts of
    :func:`seal.encoded_values` (no dict, nothing encoded twice); None for any other table, or
    one without today's version columns (its rows are checked by :func:`_hash_matches`)."""
    if table not in TYPE_BY_TABLE or not {"id", "rev", "chain", "hash", "sources"} <= set(names) or "record_id" in names:
        return None
    content = content_text_of(table, names, legacy)
    i, r, c, h, s = (names.index(n) for n in ("id", "rev", "chain", "hash", "sources"))

    def matches(values: tuple[Any, ...], encoded: list[str]) -> bool:
        rid, rev, chain = values[i], values[r], values[c]
        try:  # the checks of _version_ok, then the hash
            if not isinstance(rid, str) or not rid or not isinstance(rev, int) or rev < 0 or not isinstance(values[s], str):
                return False
            if chain != "[]" and not _chain_ok(chain):
                return False
            return sha256(content(values, encoded).encode("utf-8", "surrogatepass")).hexdigest() == values[h]
        except (ValueError, TypeError, RecursionError):  # RecursionError: JSON nested absurdly deep
            return False

    return matches


def _chain_ok(chain: Any) -> bool:
    """A stored chain is a JSON list of hashes (raises ValueError if it is not JSON at all)."""
    decoded = json.loads(chain) if isinstance(chain, str) else None
    return isinstance(decoded, list) and all(isinstance(h, str) for h in decoded)


def _version_ok(row: dict[str, Any]) -> bool:
    """A version's bookkeeping as the app writes it: a text id, a whole revision, a list of hashes."""
    rid = row.get("record_id", row.get("id"))
    if not isinstance(rid, str) or not rid or not isinstance(row.get("rev"), int) or row["rev"] < 0:
        return False
    if not isinstance(row.get("sources", row.get("source", "")), str):
        return False
    return row.get("chain") == "[]" or _chain_ok(row.get("chain"))  # "[]": a first version, nothing to decode


def _hash_matches(table: str, row: dict[str, Any], *, legacy: bool = False) -> bool:
    """Whether a row's stored hash is its content's (by the old rule for a file of version 1 or 2)."""
    try:
        if table in TYPE_BY_TABLE or table == "conflicts":
            if not _version_ok(row):
                return False
        if table in TYPE_BY_TABLE:
            text = content_text(table, tuple(row), tuple(row.values()), legacy=legacy)
            return sha256(text.encode("utf-8", "surrogatepass")).hexdigest() == row["hash"]
        if table == "conflicts":
            content = json.loads(row["content"])
            rule = legacy_content_hash if legacy else content_hash
            return (isinstance(content, dict) and row["table_name"] in TYPE_BY_TABLE
                    and content.get("id") == row["record_id"] and rule(content) == row["hash"])
    except (ValueError, TypeError, RecursionError):  # RecursionError: JSON nested absurdly deep
        return False
    return True


def read_tables(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every record and support table (after an upgrade of the private copy)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in SEALED_TABLES:
        cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
        names = [d[0] for d in cur.description]
        out[table] = [dict(zip(names, values, strict=True)) for values in cur]
    return out
