"""Seal and handover: a self-contained copy whose content headquarters can verify.

The seal is the SHA-256 of the file's canonical content: every row of every content table, in a
fixed order, as canonical JSON. It does not depend on page layout, so a file re-copied or vacuumed
keeps its seal, while any changed value breaks it. The seal is stored in the ``meta`` table, which
is not part of the sealed content. Any change made through the app removes the seal (the copy is
then simply unsealed); a change made behind the app's back leaves a seal that no longer matches.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..domain.model import now_iso
from .schema import RECORD_TABLES, SCHEMA_VERSION, TABLE_SINCE, record_tables
from .sessionfile import SessionFile, _backup_to, connect, explain_write_error

_SUPPORT_SEALED = ("conflicts", "provenance", "option_mappings")
SEALED_TABLES = RECORD_TABLES + _SUPPORT_SEALED


def sealed_tables(version: int = SCHEMA_VERSION) -> tuple[str, ...]:
    """The tables the seal of a file of ``version`` covers, in order: a record table added by a
    later version is not in an older file, whose seal was made without it."""
    return record_tables(version) + _SUPPORT_SEALED


_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode  # canonical_json


@cache
def _key_order(names: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    return tuple((i, encode_basestring(n) + ":") for n, i in sorted((n, i) for i, n in enumerate(names)))


def encoded_values(values: tuple[Any, ...]) -> list[str]:
    """The JSON text of each column value as stored (what the seal's canonical JSON holds): the
    merge encodes each value of a source's row once and builds both the seal's text and the
    content hash's text from these (:func:`seal_text_of`, :func:`codec.content_text_of`).
    Raises TypeError for a value no JSON holds (a blob), as the JSON encoder does."""
    return [encode_basestring(v) if type(v) is str else "null" if v is None
            else int.__repr__(v) if type(v) is int else _encode(v) for v in values]


@cache
def seal_text_of(names: tuple[str, ...]) -> Callable[[list[str]], str]:
    """For rows with these column names, the function from :func:`encoded_values` to the row's
    seal text: the same text as ``canonical_json(dict(zip(names, values)))``."""
    order = _key_order(names)
    keys = [key for _, key in order]
    pick = _picker([i for i, _ in order])
    join, add = ",".join, str.__add__

    def text(encoded: list[str]) -> str:
        return "{" + join(map(add, keys, pick(encoded))) + "}"

    return text


def _picker(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    if len(indexes) == 1:
        only = indexes[0]
        return lambda seq: (seq[only],)
    return itemgetter(*indexes)


class SealHasher:
    """The seal, fed table by table and row by row (one pass, so the merge can read rows and seal
    together). The only place that knows how the seal is computed."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pending = b""

    def table(self, name: str) -> None:
        """Start a table. A record table added after version 3 (``schema.TABLE_SINCE``) enters the
        seal only when it has rows, so a file without any has the seal its older version gave it."""
        header = f"\x1e{name}\n".encode()
        if TABLE_SINCE.get(name, 1) > 3:
            self._pending = header
        else:
            self._pending = b""
            self._digest.update(header)

    def _start_rows(self) -> None:
        if self._pending:
            self._digest.update(self._pending)
            self._pending = b""

    def row(self, row: dict[str, Any]) -> None:
        self._start_rows()
        self._digest.update(_encode(row).encode("utf-8", "surrogatepass") + b"\n")

    def row_values(self, names: tuple[str, ...], values: tuple[Any, ...]) -> None:
        """The same as ``row(dict(zip(names, values)))``, written without the dict and the encoder's
        per-call setup (tests/test_storage_codec.py compares)."""
        self.texts([seal_text_of(names)(encoded_values(values))])

    def texts(self, texts: list[str]) -> None:
        """Rows given as their :func:`seal_text_of` texts, in order: one update for a whole table."""
        if texts:
            self._start_rows()
            self._digest.update(("\n".join(texts) + "\n").encode("utf-8", "surrogatepass"))

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def compute_seal(conn: sqlite3.Connection) -> str:
    """The seal of the content as the connection holds it (its own schema version)."""
    hasher = SealHasher()
    for table in sealed_tables(conn.execute("PRAGMA user_version").fetchone()[0]):
        hasher.table(table)
        cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
        names = [d[0] for d in cur.description]
        for row in cur:
            hasher.row(dict(zip(names, row, strict=True)))
    return hasher.hexdigest()


@dataclass
class SealStatus:
    """The one seal rule: a file is as sealed when its stored seal equals the seal of its content
    as found, in its own schema version, before any upgrade (an upgrade changes how content is
    stored, so a seal is never compared with upgraded content). ``check``, ``info``, the merge and
    opening an older file all decide with this."""

    stored: str | None
    actual: str

    @property
    def sealed(self) -> bool:
        return self.stored is not None

    @property
    def ok(self) -> bool:
        return self.stored == self.actual


def seal_status_of(conn: sqlite3.Connection) -> SealStatus:
    """Call before any migration of the connection's file (see :class:`SealStatus`)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'seal'").fetchone()
    return SealStatus(stored=row[0] if row else None, actual=compute_seal(conn))


def seal_status(sf: SessionFile) -> SealStatus:
    """A file's seal status: for a read-only copy, as found before its upgrade in the copy."""
    if sf.seal_as_found is not None:
        return sf.seal_as_found
    return seal_status_of(sf.conn)


def handover(sf: SessionFile, target: Path | str) -> str:
    """Write a sealed, self-contained copy of ``sf`` to ``target``; returns the seal.

    The copy is made with the backup API into a temporary file beside the target, sealed there,
    switched to rollback-journal mode (no ``-wal`` needed beside it), then moved into place.
    """
    target = Path(target)
    if os.path.realpath(target) == os.path.realpath(sf.path):  # realpath: no error on a loop of links
        from ..domain.errors import WorkshopError

        raise WorkshopError(code="handover.same_file")
    tmp = target.with_name(f".{target.name}.handover")
    _backup_to(sf.conn, tmp)
    try:
        conn = connect(tmp)
        try:
            seal = compute_seal(conn)
            conn.execute("BEGIN")
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seal', ?)", [seal])
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sealed_at', ?)", [now_iso()])
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise explain_write_error(exc, target) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        from ..domain.errors import WriteFailedError

        raise WriteFailedError(code="write.failed", params={"name": target.name, "reason": str(exc.strerror or exc)}) from None
    return seal
