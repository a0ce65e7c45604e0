"""Rows to records and back: the one place that knows how a dataclass field sits in a column."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..domain.model import (
    BOOKKEEPING_FIELDS,
    TYPE_BY_TABLE,
    FrameworkItem,
    Record,
    canonical_json,
    content_hash,
    legacy_content_hash,
    version_id,
)

if TYPE_CHECKING:
    from sqlite_utils import Database  # the migrations hand it; imported lazily by schema.database


@cache
def field_kinds(cls: type[Record]) -> dict[str, str]:
    """Each field's storage kind: 'json' (lists, dicts), 'bool', or 'plain'."""
    hints = typing.get_type_hints(cls)
    kinds = {}
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        args = typing.get_args(tp) if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union else (tp,)
        origins = {typing.get_origin(a) or a for a in args}
        if origins & {list, dict}:
            kinds[f.name] = "json"
        elif bool in origins:
            kinds[f.name] = "bool"
        else:
            kinds[f.name] = "plain"
    return kinds


@cache
def plain_types(cls: type[Record]) -> dict[str, tuple[type, ...]]:
    """For 'plain' fields, the Python types a value may have (NoneType included when optional)."""
    hints = typing.get_type_hints(cls)
    out = {}
    for name, kind in field_kinds(cls).items():
        if kind == "plain":
            tp = hints[name]
            args = typing.get_args(tp) if isinstance(tp, types.UnionType) else (tp,)
            out[name] = tuple(args)
    return out


def content_to_row(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Column values from JSON-ready content (:meth:`Record.content`, a stored version's content):
    lists and dicts as canonical JSON text, booleans as 0/1. The inverse of :func:`row_values`."""
    kinds = field_kinds(TYPE_BY_TABLE[table])
    row: dict[str, Any] = {}
    for name, value in values.items():
        kind = kinds.get(name, "plain")
        if kind == "json":
            row[name] = None if value is None else canonical_json(value)
        elif kind == "bool":
            row[name] = 1 if value else 0
        else:
            row[name] = value
    return row


def record_to_row(record: Record) -> dict[str, Any]:
    content = record.content()
    values = content_to_row(record.TABLE, content)
    version = {"rev": record.rev, "chain": canonical_json(list(record.chain))}
    row = {name: version[name] if name in version else values[name] for name in field_kinds(type(record))}
    row["hash"] = content_hash(content)
    row["sources"] = ""  # a version written here: no file carried it (the merge fills it in)
    return row


def split_sources(text: str | None) -> set[str]:
    """The file names a ``sources`` (or a stored version's ``source``) text lists."""
    return {name for name in (text or "").split(", ") if name}


def join_sources(names: set[str] | frozenset[str]) -> str:
    return ", ".join(sorted(names))


def fix_text(value: Any) -> Any:
    """Replace lone surrogates (not text; SQLite cannot store them) with U+FFFD, recursively."""
    if isinstance(value, str):
        if value.isascii():  # most text: no surrogate possible, nothing to encode
            return value
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    if isinstance(value, list):
        return [fix_text(v) for v in value]
    if isinstance(value, dict):
        return {fix_text(k): fix_text(v) for k, v in value.items()}
    return value


def fix_record_text(record: Record) -> None:
    """Make every text field of ``record`` storable (see :func:`fix_text`), in place."""
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str | list | dict):
            fixed = fix_text(value)
            if fixed is not value and fixed != value:
                setattr(record, f.name, fixed)


def record_from_content(cls: type[Record], values: dict[str, Any]) -> Record:
    """Build a record from JSON-ready values (a decoded row or an interchange object)."""
    kinds = field_kinds(cls)
    kwargs: dict[str, Any] = {}
    for name, kind in kinds.items():
        if name not in values:
            if name in BOOKKEEPING_FIELDS:
                kwargs[name] = ""  # unknown, never restamped with this computer's clock
            continue
        value = fix_text(values[name])
        if kind == "bool":
            value = bool(value)
        kwargs[name] = value
    if cls.TABLE == "frameworks" and "items" in kwargs:
        kwargs["items"] = [FrameworkItem(**dict(i)) for i in kwargs["items"]]
    if cls.TABLE == "ballots" and kwargs.get("ranking") is not None:
        from ..domain.rules import normalise_ranking

        kwargs["ranking"] = normalise_ranking(kwargs["ranking"])
    return cls(**kwargs)


def row_to_record(cls: type[Record], row: dict[str, Any]) -> Record:
    kinds = field_kinds(cls)
    values: dict[str, Any] = {}
    for name, kind in kinds.items():
        if name not in row:
            continue
        value = row[name]
        if kind == "json" and value is not None:
            value = [] if value == "[]" else {} if value == "{}" else json.loads(value)
        values[name] = value
    return record_from_content(cls, values)


def row_values(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row's content and bookkeeping, JSON decoded, as :meth:`Record.content` gives them."""
    kinds = field_kinds(TYPE_BY_TABLE[table])
    out: dict[str, Any] = {}
    for name, value in row.items():
        if name in ("rev", "chain", "hash", "sources"):
            continue
        kind = kinds.get(name, "plain")
        if kind == "json" and value is not None:
            value = json.loads(value)
        elif kind == "bool":
            value = bool(value)
        out[name] = value
    return out


# -- the review data (conflicts, provenance, option mappings): rows <-> interchange JSON ---------------

SUPPORT_TABLES = ("conflicts", "provenance", "option_mappings")
_JSON_COLUMNS = ("content", "chain", "details")


def support_row_to_json(row: dict[str, Any]) -> dict[str, Any]:
    """A support table's row as the interchange document carries it (its JSON columns decoded)."""
    out = dict(row)
    for key in _JSON_COLUMNS:
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    return out


def support_row_from_json(table: str, obj: Any) -> dict[str, Any]:
    """A support row from the interchange document (untrusted), checked, in the table's shape.
    Raises ValueError (or TypeError, KeyError) naming what is wrong."""
    return {"conflicts": conflict_row_from_json, "provenance": provenance_row_from_json,
            "option_mappings": mapping_row_from_json}[table](obj)


def _need(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))):
        raise ValueError(f"“{what}” has a value of the wrong type")
    return value


def conflict_row_from_json(obj: Any) -> dict[str, Any]:
    """A stored version as the interchange JSON carries it, checked, in the table's shape."""
    _need(obj, dict, "conflicts")
    table = _need(obj.get("table_name"), str, "table_name")
    if table not in TYPE_BY_TABLE:
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


# -- a stored row's canonical content text, straight from its column values -------------------------
#
# The merge checks the content hash of every row of every source. Building the dict, decoding its
# JSON columns and encoding it again is most of that time; :func:`content_text` writes the very
# same text (byte for byte what ``canonical_json(content_only(row_values(table, row)))`` gives,
# see tests/test_storage.py) from the column values, encoding each value as the JSON encoder does.

_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_VERSION_COLUMNS = frozenset(("rev", "chain", "hash", "sources"))
_TRIVIAL_JSON = frozenset(("[]", "{}"))  # already canonical: no need to decode and encode again


@cache
def _content_plan(table: str, names: tuple[str, ...], legacy: bool) -> tuple[tuple[int, str, str], ...]:
    """(column index, kind, encoded key + ":") of the hashed columns, in canonical key order."""
    kinds = field_kinds(TYPE_BY_TABLE[table])
    wanted = [n for n in names if n not in _VERSION_COLUMNS and (legacy or n not in BOOKKEEPING_FIELDS)]
    index = {n: i for i, n in enumerate(names)}
    return tuple((index[n], kinds.get(n, "plain"), encode_basestring(n) + ":") for n in sorted(wanted))


def _encode_value(kind: str, value: Any) -> str:
    if value is None:
        return "null"
    if kind == "bool":
        return "true" if value else "false"
    if kind == "json":
        return value if value in _TRIVIAL_JSON else _canonical(json.loads(value))
    if type(value) is str:
        return encode_basestring(value)
    if type(value) is int:
        return int.__repr__(value)
    return _canonical(value)


def content_text(table: str, names: tuple[str, ...], values: tuple[Any, ...], *, legacy: bool = False) -> str:
    """The canonical JSON that a stored row's content hash covers (with ``legacy``, the rule of
    schema versions 1 and 2: bookkeeping included), from the row's column ``names`` and ``values``.

    Raises ValueError or TypeError for a value no JSON holds (a damaged JSON column, a blob).
    """
    return "{" + ",".join([key + _encode_value(kind, values[i])
                           for i, kind, key in _content_plan(table, names, legacy)]) + "}"


@cache
def content_text_of(table: str, names: tuple[str, ...], legacy: bool = False) -> Callable[[tuple[Any, ...], list[str]], str]:
    """:func:`content_text` for rows of ``table`` with these column names, as a function of the
    row's values and their stored JSON texts (:func:`storage.seal.encoded_values`), so that the
    merge encodes each value once for both the seal and the content hash: a plain column's text
    is the same in both; JSON and boolean columns are written again (decoded and canonical,
    ``true``/``false``). Raises ValueError or TypeError as :func:`content_text` does."""
    plan = _content_plan(table, names, legacy)
    keys = [key for _, _, key in plan]
    pick = itemgetter(*[i for i, _, _ in plan]) if len(plan) > 1 else (lambda seq, i=plan[0][0]: (seq[i],))
    special = [(pos, i, kind) for pos, (i, kind, _) in enumerate(plan) if kind != "plain"]
    join, add = ",".join, str.__add__

    def text(values: tuple[Any, ...], encoded: list[str]) -> str:
        texts = pick(encoded)
        if special:
            texts = list(texts)
            for pos, i, kind in special:
                texts[pos] = _encode_value(kind, values[i])
        return "{" + join(map(add, keys, texts)) + "}"

    return text


def rehash_table(db: Database, table: str, *, only_matching_legacy: bool = False) -> None:
    """Recompute the stored content hash of every row (after a migration changes what it covers).

    With ``only_matching_legacy``, a row is rehashed only when its stored hash is the one the old
    rule (:func:`legacy_content_hash`) gives: a row altered outside the app keeps a wrong hash.
    """
    for row in list(db[table].rows):
        values = row_values(table, row)
        if only_matching_legacy and legacy_content_hash(values) != row["hash"]:
            continue
        db.execute(f"UPDATE [{table}] SET hash = ? WHERE id = ?", [content_hash(values), row["id"]])


def rehash_stored_versions(db: Database) -> None:
    """Rehash the stored versions of the ``conflicts`` table under today's rule (ids follow the hash).

    A stored participant gets the ``created_at`` it now has (``""``: unknown).
    """
    for row in list(db["conflicts"].rows):
        try:
            content = json.loads(row["content"])
        except ValueError:
            continue
        if not isinstance(content, dict) or row["table_name"] not in TYPE_BY_TABLE:
            continue
        if legacy_content_hash(content) != row["hash"]:
            continue  # altered outside the app: left as found, still refused
        fields = {f.name for f in dataclasses.fields(TYPE_BY_TABLE[row["table_name"]])}
        for name in BOOKKEEPING_FIELDS:
            if name in fields:
                content.setdefault(name, "")
        new_hash = content_hash(content)
        new_id = version_id(row["table_name"], row["record_id"], new_hash, row["rev"], json.loads(row["chain"]))
        current = db.execute(f"SELECT hash, rev, chain FROM [{row['table_name']}] WHERE id = ?",
                             [row["record_id"]]).fetchone()
        taken = new_id != row["id"] and db.execute("SELECT 1 FROM conflicts WHERE id = ?", [new_id]).fetchone()
        if taken or (current is not None and tuple(current) == (new_hash, row["rev"], row["chain"])):
            # copies that differed only by an import time: under the new rule they are one version
            db.execute("DELETE FROM conflicts WHERE id = ?", [row["id"]])
            continue
        db.execute("UPDATE conflicts SET id = ?, hash = ?, content = ? WHERE id = ?",
                   [new_id, new_hash, canonical_json(content), row["id"]])
