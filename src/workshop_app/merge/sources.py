"""Reading a source for a merge: a ``.workshop`` file, a Word note written by the app, or interchange JSON.

Every source is untrusted. A ``.workshop`` file is checked in memory, or on a copy in a private
folder (with its ``-wal`` if one lies beside it), before any row is read; then one pass recomputes
its seal and every record's content hash. Anything wrong refuses the whole file with one sentence
(:class:`UnusableFileError`); nothing is ever written beside the source.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from ..domain.messages import more, record_word
from ..domain.model import TYPE_BY_TABLE, Ballot, Option, Question, Record, canonical_json, content_hash
from ..domain.rules import ballot_problems
from ..storage import merge_io
from ..storage.codec import (
    SUPPORT_TABLES,
    record_from_content,
    record_to_row,
    row_to_record,
    row_values,
    split_sources,
    support_row_from_json,
)
from ..storage.embedded import read_document
from ..storage.interchange import parse_document
from ..storage.schema import RECORD_TABLES
from ..storage.seal import SealStatus
from .versions import Version

log = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".workshop", ".docx", ".json")


@dataclass
class Source:
    """A checked source, held in memory: its rows in the shape of the session file's tables."""

    path: Path
    kind: str  # "workshop", "docx" or "json"
    digest: str  # the recomputed seal of a .workshop; the SHA-256 of the data of a note or JSON file
    stored_seal: str | None = None
    sealed_at: str | None = None
    version: int | None = None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)  # table -> id -> rows
    provenance: list[dict[str, Any]] = field(default_factory=list)
    option_mappings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def seal_verified(self) -> bool:
        seal = SealStatus(self.stored_seal, self.digest)
        return seal.sealed and seal.ok

    def sessions(self) -> list[dict[str, Any]]:
        keys = ("id", "title", "event", "venue", "city", "country", "date", "language")
        return [{k: s.get(k) for k in keys} for s in self.rows.get("sessions", []) if not s.get("deleted")]

    def record_count(self) -> int:
        return sum(len(r) for r in self.rows.values())

    def __getstate__(self) -> dict[str, Any]:
        """Sent from a reading process (merge.readers): a table's rows as their column names and a
        tuple of values each, which unpickles in a quarter of the time thousands of dicts take."""
        return {**self.__dict__, "rows": {t: _packed(rows) for t, rows in self.rows.items()}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, rows={t: _unpacked(p) for t, p in state["rows"].items()})


def _packed(rows: list[dict[str, Any]]) -> tuple[tuple[str, ...] | None, list[Any]]:
    """Rows that all have the same columns in the same order as (columns, values of each row);
    any others as they are, (None, rows)."""
    if not rows:
        return (), []
    names = tuple(rows[0])
    values = [tuple(r.values()) for r in rows]
    if any(len(r) != len(names) for r in rows) or any(tuple(r) != names for r in rows):
        return None, rows
    return names, values


def _unpacked(packed: tuple[tuple[str, ...] | None, list[Any]]) -> list[dict[str, Any]]:
    names, rows = packed
    if names is None:
        return rows
    return [dict(zip(names, values, strict=True)) for values in rows]


def load_source(path: Path | str) -> Source:
    """Read and check one source; raises UnusableFileError with the reason it is refused."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_symlink():
        raise UnusableFileError(code="file.is_link", params={"name": path.name})
    if suffix == ".docx":
        return _load_document(path, "docx")
    if suffix == ".json":
        return _load_document(path, "json")
    return _load_workshop(path)


# -- .workshop ----------------------------------------------------------------------------------


def _load_workshop(path: Path) -> Source:
    scan = merge_io.read_source(path, check=_refuse_altered)
    source = Source(path, "workshop", scan.digest, scan.stored_seal, scan.sealed_at, scan.version)
    _fill(source, scan.rows)
    return source


def _refuse_altered(path: Path, scan: merge_io.SourceScan) -> None:
    """The seal and every content hash, as found (before any upgrade of the private copy)."""
    seal = SealStatus(scan.stored_seal, scan.digest)
    if seal.sealed and not seal.ok:
        raise UnusableFileError(code="merge.seal_mismatch", params={"name": path.name})
    if scan.altered:
        raise UnusableFileError(code="merge.altered", params={
            "name": path.name, "count": len(scan.altered), "shown": scan.altered[:3],
            "more": more(len(scan.altered) - 3, "list.plus_more")})


def _fill(source: Source, tables: dict[str, list[dict[str, Any]]]) -> None:
    source.rows = {t: tables.get(t, []) for t in RECORD_TABLES}
    _refuse_rule_breaks(source)
    ids = {t: {r["id"] for r in rows} for t, rows in source.rows.items()}
    for row in tables.get("conflicts", []):
        row = normalise_conflict_row(row)
        table, rid = row["table_name"], row["record_id"]
        if rid not in ids.get(table, ()):
            raise UnusableFileError(code="merge.orphan_version",
                                    params={"name": source.name, "table": record_word(table)})
        source.conflicts.setdefault(table, {}).setdefault(rid, []).append(row)
    source.provenance = list(tables.get("provenance", []))
    source.option_mappings = list(tables.get("option_mappings", []))


def _refuse_rule_breaks(source: Source) -> None:
    """The validation every way in applies (:func:`ballot_problems`): one bad ballot refuses the file."""
    try:
        questions = {r["id"]: row_to_record(Question, r) for r in source.rows.get("questions", [])}
        options: dict[str, list[Option]] = {}
        for r in source.rows.get("options", []):
            options.setdefault(r["question"], []).append(row_to_record(Option, r))
        ballots = [row_to_record(Ballot, r) for r in source.rows.get("ballots", []) if not r.get("deleted")]
    except (TypeError, ValueError, KeyError, RecursionError):
        raise UnusableFileError(code="merge.unreadable_records", params={"name": source.name}) from None
    breaks = ballot_problems(ballots, questions, options)
    if breaks:
        raise UnusableFileError(code="merge.rule_breaks",
                                params={"name": source.name, "problem": breaks[0], "more": more(len(breaks) - 1)})


def normalise_conflict_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored version written by an older version of the app gets today's fields (and hash)."""
    cls = TYPE_BY_TABLE[row["table_name"]]
    content = json.loads(row["content"])
    wanted = {f.name for f in dataclasses.fields(cls)} - {"rev", "chain"}
    if set(content) == wanted:
        return row
    record = record_from_content(cls, content)
    fresh = record.content()
    return {**row, "content": canonical_json(fresh), "hash": content_hash(fresh)}


# -- Word notes and interchange JSON ------------------------------------------------------------


def _load_document(path: Path, kind: str) -> Source:
    text = read_document(path)  # the front door import uses too: one size limit, one reader
    try:
        records = parse_document(text)
    except UnusableFileError as exc:
        raise UnusableFileError(code="file.in_file", params={"name": path.name, "error": exc}) from None
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return source_from_records(path, kind, digest, records, getattr(records, "support", None) or {})


def source_from_records(path: Path, kind: str, digest: str, records: list[Record],
                        support: dict[str, list[Any]]) -> Source:
    """A source from parsed interchange records and the document's review data (JSON-shaped rows)."""
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in RECORD_TABLES}
    placeholders = bool(getattr(records, "redacted", False))
    listed = getattr(records, "sources", None) or {}
    for record in records:
        if not (placeholders and record.TABLE == "participants"):
            record.rev = max(record.rev, 1)
        row = record_to_row(record)
        row["sources"] = listed.get((record.TABLE, record.id), "")
        tables[record.TABLE].append(row)
    try:
        for table in SUPPORT_TABLES:
            tables[table] = [support_row_from_json(table, r) for r in support.get(table, [])]
    except (TypeError, ValueError, KeyError) as exc:
        raise UnusableFileError(code="merge.bad_review_data", params={"name": path.name, "reason": str(exc)}) from None
    source = Source(path, kind, digest)
    _fill(source, tables)
    return source


# -- versions -----------------------------------------------------------------------------------


def record_version(table: str, row: dict[str, Any], source: str = "") -> Version:
    """The version a record row holds. Its sources are the files it was made in: those the row
    lists (a master's row names the venue files), else ``source``, the file it comes from now."""
    content = canonical_json(row_values(table, row))
    names = frozenset(split_sources(row.get("sources")) or ({source} if source else set()))
    return Version(table, row["id"], row["hash"], int(row["rev"]), tuple(json.loads(row["chain"])),
                   content, names, row)


def conflict_version(row: dict[str, Any], source: str = "") -> Version:
    """The version a conflicts-table row holds (the files it lists, else ``source``)."""
    names = frozenset(split_sources(row.get("source")) or ({source} if source else set()))
    return Version(row["table_name"], row["record_id"], row["hash"], int(row["rev"]),
                   tuple(json.loads(row["chain"])), canonical_json(json.loads(row["content"])),
                   names, note=row.get("resolution"))
