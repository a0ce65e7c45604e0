"""The SQL a merge needs, and nothing else: ``merge/`` holds the rules and no SQL.

Two sides:

* an untrusted **source**: copied to a private folder first (never opened where it lies, so a
  write-protected USB stick works and nothing is ever written beside it), opened with
  ``trusted_schema=OFF``, checked (integrity, identity, exact schema, references, size) before any
  row is read, then read in one pass that recomputes the seal and every record's content hash;
* the **master**: bulk reads of the rows and conflict versions a source touches, and the writes.

Never ``immutable=1``: it would ignore a ``-wal`` beside the source and lose its last entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from ..domain.model import TYPE_BY_TABLE, content_hash, content_only, legacy_content_hash
from .codec import row_values
from .inspect import check_connection, check_identity, read_header
from .private import copy_with_companions, recover_copy
from .schema import RECORD_TABLES, apply_migrations
from .seal import SEALED_TABLES, SealHasher

SUPPORT_TABLES = ("conflicts", "provenance", "option_mappings")
MAX_SOURCE_BYTES = 1024**3  # a master of hundreds of sessions is tens of MB
MAX_SOURCE_ROWS = 5_000_000
MAX_VALUE_BYTES = 64 * 1024**2  # one text or JSON value; a 100,000-word comment is about 1 MB
_BATCH = 500  # ids per IN (...) query, well under SQLite's variable limit
# domain.model.canonical_json with its encoder built once: the same text, without the per-call setup
# (two encodings per row are most of a merge's time).
_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


# -- the source ---------------------------------------------------------------------------------


def copy_source(path: Path, folder: Path) -> Path:
    """Check the header of ``path`` and copy it (and its ``-wal``) into the private ``folder``."""
    header = read_header(path, refuse_links=True)
    check_identity(path, header)
    wal = Path(str(path) + "-wal")
    if wal.is_symlink():
        raise UnusableFileError(f"{wal.name} beside {path.name} is a link to another file; use the file itself.")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    if size > MAX_SOURCE_BYTES:
        raise UnusableFileError(
            f"{path.name} is {size / 1024**2:,.0f} MB, larger than any session file (the limit is "
            f"{MAX_SOURCE_BYTES / 1024**2:,.0f} MB)."
        )
    return copy_with_companions(path, folder)


def open_source_copy(copy: Path, name: str) -> tuple[sqlite3.Connection, int]:
    """Open the private copy and refuse it, before reading any row, unless it is whole and ours.

    Returns the connection and the schema version the file has on disk.
    """
    try:
        conn = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise UnusableFileError(f"{name} cannot be opened ({exc}).") from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        recover_copy(conn, copy, name)  # replay its -wal, then the size its header promises
        version = check_connection(conn, name)  # quick_check, application id, version, exact schema
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UnusableFileError(
                f"{name} cannot be trusted: some of its records refer to records that are not in it."
            )
        total = sum(conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in SEALED_TABLES)
        if total > MAX_SOURCE_ROWS:
            raise UnusableFileError(f"{name} holds {total:,} rows, far more than any session file.")
    except sqlite3.Error as exc:
        conn.close()
        raise UnusableFileError(f"{name} is damaged and cannot be read ({exc}).") from None
    except BaseException:
        conn.close()
        raise
    return conn, version


def upgrade_source_copy(conn: sqlite3.Connection, name: str) -> None:
    """Bring the private copy of an older file to this version (the source itself is untouched)."""
    from sqlite_utils import Database

    try:
        apply_migrations(Database(conn))
    except sqlite3.Error as exc:
        raise UnusableFileError(f"{name} cannot be upgraded to this version ({exc}).") from None


def row_content(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row's content and bookkeeping, as :meth:`Record.content` gives them (JSON decoded)."""
    return row_values(table, row)


@dataclass
class SourceScan:
    """Everything read from a source in one pass, with what the pass found."""

    digest: str  # the seal recomputed over the content as found (see storage.seal)
    stored_seal: str | None
    sealed_at: str | None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    altered: list[str] = field(default_factory=list)  # "table id" of rows whose hash does not match


def scan_source(conn: sqlite3.Connection, name: str = "The file") -> SourceScan:
    """Read every sealed table once: recompute the seal and check every stored content hash.

    The hashes are checked by the rule of the file's own schema version (versions 1 and 2 hashed
    the bookkeeping too), since the file is read as it was written, before any upgrade.
    """
    digest = SealHasher()
    rows: dict[str, list[dict[str, Any]]] = {}
    altered: list[str] = []
    try:
        legacy = conn.execute("PRAGMA user_version").fetchone()[0] < 3
        for table in SEALED_TABLES:
            digest.table(table)
            cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
            names = [d[0] for d in cur.description]
            found = rows[table] = []
            for values in cur:
                row = dict(zip(names, values, strict=True))
                digest.row(row)
                found.append(row)
                if not _hash_matches(table, row, legacy=legacy):
                    altered.append(f"{table} {row.get('id')}")
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('seal', 'sealed_at')").fetchall())
    except sqlite3.Error as exc:
        raise UnusableFileError(f"{name} is damaged or oversized and cannot be read ({exc}).") from None
    return SourceScan(digest.hexdigest(), meta.get("seal"), meta.get("sealed_at"), rows, altered)


def _version_ok(row: dict[str, Any]) -> bool:
    """A version's bookkeeping as the app writes it: a text id, a whole revision, a list of hashes."""
    rid = row.get("record_id", row.get("id"))
    if not isinstance(rid, str) or not rid or not isinstance(row.get("rev"), int) or row["rev"] < 0:
        return False
    if not isinstance(row.get("sources", row.get("source", "")), str):
        return False
    chain = json.loads(row["chain"]) if isinstance(row.get("chain"), str) else None
    return isinstance(chain, list) and all(isinstance(h, str) for h in chain)


def _hash_matches(table: str, row: dict[str, Any], *, legacy: bool = False) -> bool:
    """Whether a row's stored hash is its content's (by the old rule for a file of version 1 or 2)."""
    try:
        if table in TYPE_BY_TABLE or table == "conflicts":
            if not _version_ok(row):
                return False
        if table in TYPE_BY_TABLE:
            values = row_content(table, row)
            text = _canonical(values if legacy else content_only(values)).encode("utf-8", "surrogatepass")
            return hashlib.sha256(text).hexdigest() == row["hash"]
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


# -- the master: reading ------------------------------------------------------------------------


def _batches(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _BATCH):
        yield ids[i:i + _BATCH]


def fetch_rows(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The master's rows of ``table`` whose id is among ``ids``."""
    _known(table)
    out: dict[str, dict[str, Any]] = {}
    for batch in _batches(list(ids)):
        marks = ",".join("?" * len(batch))
        cur = conn.execute(f"SELECT * FROM [{table}] WHERE id IN ({marks})", batch)
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            out[row["id"]] = row
    return out


def fetch_conflicts(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The master's stored versions (conflicts table) of the records ``ids`` of ``table``."""
    out: dict[str, list[dict[str, Any]]] = {}
    for batch in _batches(list(ids)):
        marks = ",".join("?" * len(batch))
        cur = conn.execute(
            f"SELECT * FROM conflicts WHERE table_name = ? AND record_id IN ({marks}) ORDER BY id", [table, *batch]
        )
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            out.setdefault(row["record_id"], []).append(row)
    return out


def conflict_rows(conn: sqlite3.Connection, *, open_only: bool = True) -> list[dict[str, Any]]:
    where = "WHERE resolved = 0" if open_only else ""
    cur = conn.execute(f"SELECT * FROM conflicts {where} ORDER BY table_name, record_id, rev DESC, hash DESC")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, values, strict=True)) for values in cur]


def table_rows(conn: sqlite3.Connection, table: str, order_by: str = "id") -> list[dict[str, Any]]:
    """Every row of a support table (provenance, option mappings)."""
    if table not in SUPPORT_TABLES:
        raise ValueError(f"not a support table: {table}")
    cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY {order_by}")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, values, strict=True)) for values in cur]


def unkeyed_options(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Live options without a framework key, with their question and session, for mapping."""
    cur = conn.execute(
        """SELECT o.id AS option_id, o.label AS label, q.id AS question_id, q.prompt AS prompt,
                  q.kind AS kind, s.id AS session_id, s.title AS session_title, s.city AS city
           FROM options o JOIN questions q ON q.id = o.question JOIN sessions s ON s.id = q.session
           WHERE o.key IS NULL AND o.deleted = 0 AND q.deleted = 0 AND s.deleted = 0
           ORDER BY o.label, s.title, o.id"""
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, values, strict=True)) for values in cur]


def framework_keys(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every (framework title, item) pair of the master's live frameworks."""
    out = []
    for title, items in conn.execute("SELECT title, items FROM frameworks WHERE deleted = 0 ORDER BY title, id"):
        for item in json.loads(items):
            out.append({"framework": title, "key": item.get("key"), "label": item.get("label", "")})
    return out


def option_keys_in_use(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Distinct (key, label) of keyed live options: the keys staff can map to besides a framework's."""
    return conn.execute(
        "SELECT DISTINCT key, label FROM options WHERE key IS NOT NULL AND deleted = 0 ORDER BY key, label"
    ).fetchall()


# -- the master: writing ------------------------------------------------------------------------


def _known(table: str) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"not a record table: {table}")


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert new rows (all with the same columns) in one statement."""
    if not rows:
        return
    _known(table)
    cols = list(rows[0])
    sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def put_row(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert a row or replace the stored version of that id (rev and chain as given)."""
    _known(table)
    cols = list(row)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id")
    conn.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        [row[c] for c in cols],
    )


def insert_conflicts(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        cols = ("id", "table_name", "record_id", "hash", "rev", "chain", "content", "source", "resolved", "resolution")
        conn.executemany(
            f"INSERT INTO conflicts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[r[c] for c in cols] for r in rows],
        )


def delete_conflicts(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    conn.executemany("DELETE FROM conflicts WHERE id = ?", [[i] for i in ids])


def set_conflict_content(conn: sqlite3.Connection, conflict_id: str, content: str, source: str) -> None:
    """Rewrite a stored version's bookkeeping: its capture time and the files that carried it."""
    conn.execute("UPDATE conflicts SET content = ?, source = ? WHERE id = ?", [content, source, conflict_id])


def set_conflict_state(conn: sqlite3.Connection, conflict_id: str, resolved: bool, resolution: str | None) -> None:
    conn.execute("UPDATE conflicts SET resolved = ?, resolution = ? WHERE id = ?",
                 [1 if resolved else 0, resolution, conflict_id])


def insert_or_ignore(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> int:
    """Add support rows (provenance, option mappings) whose id is not here yet; returns how many."""
    if table not in ("provenance", "option_mappings") or not rows:
        return 0
    before = conn.total_changes
    for row in rows:
        cols = list(row)
        conn.execute(
            f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
    return conn.total_changes - before


def merge_provenance(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Add provenance rows; one already here (the same file, by its content) keeps the earliest
    ``merged_at`` and lists every name the file was merged under, so the result does not depend
    on the order of merging."""
    for row in rows:
        here = conn.execute("SELECT file_name, merged_at FROM provenance WHERE id = ?", [row["id"]]).fetchone()
        if here is None:
            cols = list(row)
            conn.execute(f"INSERT INTO provenance ({', '.join(f'[{c}]' for c in cols)}) "
                         f"VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols])
            continue
        names = sorted({n for n in (*here[0].split(", "), *row["file_name"].split(", ")) if n})
        times = [t for t in (here[1], row["merged_at"]) if t]
        merged = (", ".join(names), min(times) if times else "")
        if merged != tuple(here):
            conn.execute("UPDATE provenance SET file_name = ?, merged_at = ? WHERE id = ?", [*merged, row["id"]])


def put_mapping(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO option_mappings (id, label, framework_key, decided_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET label = excluded.label, framework_key = excluded.framework_key, "
        "decided_at = excluded.decided_at",
        [row["id"], row["label"], row["framework_key"], row["decided_at"]],
    )


def delete_mapping(conn: sqlite3.Connection, mapping_id: str) -> None:
    conn.execute("DELETE FROM option_mappings WHERE id = ?", [mapping_id])


def defer_foreign_keys(conn: sqlite3.Connection) -> None:
    """Check references at commit rather than per row (the pragma ends with the transaction)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")


@contextlib.contextmanager
def rolled_back(conn: sqlite3.Connection) -> Iterator[None]:
    """Run writes in a transaction that is always rolled back: a dry run sees its own effects only."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


