"""Reading a source for a merge: a ``.workshop`` file, a Word note written by the app, or interchange JSON.

Every source is untrusted. A ``.workshop`` file is copied to a private temporary folder (with its
``-wal`` if one lies beside it) and checked there before any row is read; then one pass recomputes
its seal and every record's content hash. Anything wrong refuses the whole file with one sentence
(:class:`UnusableFileError`); nothing is ever written beside the source.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from ..domain.model import TYPE_BY_TABLE, Ballot, Option, Question, Record, canonical_json, content_hash
from ..domain.rules import ballot_problems
from ..storage import merge_io
from ..storage.codec import record_from_content, record_to_row, row_to_record, split_sources
from ..storage.private import private_folder
from ..storage.schema import RECORD_TABLES, SCHEMA_VERSION
from ..storage.seal import SealStatus
from .versions import Version

log = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".workshop", ".docx", ".json")
MAX_DOCUMENT_BYTES = 512 * 1024**2


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


def load_source(path: Path | str) -> Source:
    """Read and check one source; raises UnusableFileError with the reason it is refused."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_symlink():
        raise UnusableFileError(f"{path.name} is a link to another file, not a session file; use the file itself.")
    if suffix == ".docx":
        return _load_document(path, "docx", _docx_text)
    if suffix == ".json":
        return _load_document(path, "json", _json_text)
    return _load_workshop(path)


# -- .workshop ----------------------------------------------------------------------------------


def _load_workshop(path: Path) -> Source:
    with private_folder("merge") as tmp:
        copy = merge_io.copy_source(path, Path(tmp))
        conn, version = merge_io.open_source_copy(copy, path.name)
        try:
            scan = merge_io.scan_source(conn, path.name)  # before any upgrade of the copy
            seal = SealStatus(scan.stored_seal, scan.digest)
            if seal.sealed and not seal.ok:
                raise UnusableFileError(
                    f"{path.name} was altered after it was handed over: its seal does not match its content."
                )
            if scan.altered:
                shown = ", ".join(scan.altered[:3]) + (f" and {len(scan.altered) - 3} more" if len(scan.altered) > 3 else "")
                raise UnusableFileError(
                    f"{path.name} was changed outside the app: {len(scan.altered)} record(s) no longer match "
                    f"their content hash or carry a version history the app never writes ({shown})."
                )
            tables = scan.rows
            if version < SCHEMA_VERSION:
                merge_io.upgrade_source_copy(conn, path.name)
                tables = merge_io.read_tables(conn)
        finally:
            conn.close()
    source = Source(path, "workshop", scan.digest, scan.stored_seal, scan.sealed_at, version)
    _fill(source, tables)
    return source


def _fill(source: Source, tables: dict[str, list[dict[str, Any]]]) -> None:
    source.rows = {t: tables.get(t, []) for t in RECORD_TABLES}
    _refuse_rule_breaks(source)
    ids = {t: {r["id"] for r in rows} for t, rows in source.rows.items()}
    for row in tables.get("conflicts", []):
        row = normalise_conflict_row(row)
        table, rid = row["table_name"], row["record_id"]
        if rid not in ids.get(table, ()):
            raise UnusableFileError(
                f"{source.name} cannot be trusted: it keeps a version of a {table[:-1].replace('_', ' ')} "
                "that it does not hold."
            )
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
        raise UnusableFileError(f"{source.name} cannot be trusted: some of its questions or ballots cannot be read.") from None
    breaks = ballot_problems(ballots, questions, options)
    if breaks:
        more = f" (and {len(breaks) - 1} more)" if len(breaks) > 1 else ""
        raise UnusableFileError(
            f"{source.name} cannot be trusted: {breaks[0]}{more}; the app never writes such a record."
        )


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


def _docx_text(path: Path) -> str:
    try:
        from ..exports.embedded import read_embedded_json
    except ImportError:
        raise UnusableFileError(f"{path.name}: this version of the app cannot read Word notes yet.") from None
    return read_embedded_json(path)


def _json_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableFileError(f"{path.name} cannot be read ({exc.strerror or exc}).") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnusableFileError(f"{path.name} is not UTF-8 text, so not interchange JSON.") from None


def _load_document(path: Path, kind: str, read: Callable[[Path], str]) -> Source:
    from ..storage.interchange import parse_document

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnusableFileError(f"{path.name} cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_DOCUMENT_BYTES:
        raise UnusableFileError(f"{path.name} is larger than {MAX_DOCUMENT_BYTES // 1024**2} MB; that is not a note this app wrote.")
    text = read(path)
    try:
        records = parse_document(text)
    except UnusableFileError as exc:
        raise UnusableFileError(f"{path.name}: {exc}") from None
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
        tables["conflicts"] = [conflict_row_from_json(r) for r in support.get("conflicts", [])]
        tables["provenance"] = [provenance_row_from_json(r) for r in support.get("provenance", [])]
        tables["option_mappings"] = [mapping_row_from_json(r) for r in support.get("option_mappings", [])]
    except (TypeError, ValueError, KeyError) as exc:
        raise UnusableFileError(f"{path.name}: its review data (conflicts, provenance, mappings) is malformed ({exc}).") from None
    source = Source(path, kind, digest)
    _fill(source, tables)
    return source


def _need(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))):
        raise ValueError(f"“{what}” has a value of the wrong type")
    return value


def conflict_row_from_json(obj: Any) -> dict[str, Any]:
    """A stored version as the interchange JSON carries it, checked, in the table's shape."""
    _need(obj, dict, "conflicts")
    table = _need(obj.get("table_name"), str, "table_name")
    if table not in RECORD_TABLES:
        raise ValueError(f"unknown table “{table}”")
    content = _need(obj.get("content"), dict, "content")
    chain = _need(obj.get("chain", []), list, "chain")
    if not all(isinstance(h, str) for h in chain):
        raise ValueError("“chain” must be a list of hashes")
    row = {
        "id": _need(obj.get("id"), str, "id"),
        "table_name": table,
        "record_id": _need(obj.get("record_id"), str, "record_id"),
        "hash": _need(obj.get("hash"), str, "hash"),
        "rev": _need(obj.get("rev"), int, "rev"),
        "chain": canonical_json(chain),
        "content": canonical_json(content),
        "source": _need(obj.get("source", ""), str, "source"),
        "resolved": 1 if obj.get("resolved") else 0,
        "resolution": _need(obj.get("resolution"), (str, type(None)), "resolution"),
    }
    if content.get("id") != row["record_id"] or content_hash(content) != row["hash"]:
        raise ValueError(f"the stored version {row['id']} does not match its hash")
    return row


def provenance_row_from_json(obj: Any) -> dict[str, Any]:
    _need(obj, dict, "provenance")
    row: dict[str, Any] = {
        "id": _need(obj.get("id"), str, "id"),
        "file_name": _need(obj.get("file_name"), str, "file_name"),
        "seal": _need(obj.get("seal"), (str, type(None)), "seal"),
        "seal_verified": 1 if obj.get("seal_verified") else 0,
        "merged_at": _need(obj.get("merged_at", ""), str, "merged_at"),
        "details": canonical_json(_need(obj.get("details", {}), dict, "details")),
    }
    for key in ("added", "unchanged", "fast_forwarded", "stale", "conflicts"):
        row[key] = _need(obj.get(key, 0), int, key)
    return row


def mapping_row_from_json(obj: Any) -> dict[str, Any]:
    _need(obj, dict, "option_mappings")
    return {
        "id": _need(obj.get("id"), str, "id"),
        "label": _need(obj.get("label"), str, "label"),
        "framework_key": _need(obj.get("framework_key"), (str, type(None)), "framework_key"),
        "decided_at": _need(obj.get("decided_at", ""), str, "decided_at"),
    }


# -- versions -----------------------------------------------------------------------------------


def record_version(table: str, row: dict[str, Any], source: str = "") -> Version:
    """The version a record row holds. Its sources are the files it was made in: those the row
    lists (a master's row names the venue files), else ``source``, the file it comes from now."""
    content = canonical_json(merge_io.row_content(table, row))
    names = frozenset(split_sources(row.get("sources")) or ({source} if source else set()))
    return Version(table, row["id"], row["hash"], int(row["rev"]), tuple(json.loads(row["chain"])),
                   content, names, row)


def conflict_version(row: dict[str, Any], source: str = "") -> Version:
    """The version a conflicts-table row holds (the files it lists, else ``source``)."""
    names = frozenset(split_sources(row.get("source")) or ({source} if source else set()))
    return Version(row["table_name"], row["record_id"], row["hash"], int(row["rev"]),
                   tuple(json.loads(row["chain"])), canonical_json(json.loads(row["content"])),
                   names, note=row.get("resolution"))
