"""Interchange JSON: the whole content of a file, lossless (tombstones, revisions and chains too).

Shape (see docs/interchange.md and docs/interchange.schema.json)::

    {"format": "workshop-app/1", "frameworks": [...],
     "sessions": [{..., "questions": [{..., "options": [...]}], "participants": [...],
                   "ballots": [...], "comments": [...], "key_messages": [...]}],
     "conflicts": [...], "provenance": [...], "option_mappings": [...]}

Nested records leave out the link to their parent (a question's ``session``, an option's
``question``), which their place in the document gives.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from ..domain.errors import UnusableFileError
from ..domain.model import (
    TYPE_BY_TABLE,
    Ballot,
    Comment,
    Consolidation,
    Framework,
    KeyMessage,
    Option,
    Participant,
    Question,
    Record,
    Session,
    canonical_json,
)
from ..domain.rules import interchange_ranking
from .codec import (
    SUPPORT_TABLES,
    field_kinds,
    join_sources,
    plain_types,
    record_from_content,
    split_sources,
    support_row_to_json,
)
from .sessionfile import SessionFile

FORMAT = "workshop-app/1"
MAX_JSON_BYTES = 1024**3  # text handed over directly; files come through storage.embedded.read_document


def record_to_json(record: Record, *, drop: Iterable[str] = (), sources: dict[str, str] | None = None) -> dict[str, Any]:
    out = record.content()
    for name in drop:
        out.pop(name, None)
    if isinstance(record, Ballot) and record.ranking is not None:
        out["ranking"] = interchange_ranking(record.ranking)
    out["rev"] = record.rev
    out["chain"] = list(record.chain)
    if sources and sources.get(record.id):
        out["sources"] = sorted(split_sources(sources[record.id]))
    return out


def _sources(sf: SessionFile, table: str) -> dict[str, str]:
    """Record id -> the files its version was made in (only records that came through a merge)."""
    return dict(sf.conn.execute(f"SELECT id, sources FROM [{table}] WHERE sources != ''").fetchall())


def export_document(sf: SessionFile, session_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """The interchange document of the whole file, or of the chosen sessions only."""
    wanted = set(session_ids) if session_ids is not None else None
    src = {t: _sources(sf, t) for t in TYPE_BY_TABLE}
    sessions = []
    for s in sf.sessions(include_deleted=True):
        if wanted is not None and s.id not in wanted:
            continue
        data = sf.load_session(s.id, include_deleted=True)

        def nested(records: Iterable[Record], table: str) -> list[dict[str, Any]]:
            return [record_to_json(r, drop=["session"], sources=src[table]) for r in records]

        sessions.append(
            {
                **record_to_json(s, sources=src["sessions"]),
                "questions": [
                    {
                        **record_to_json(q, drop=["session"], sources=src["questions"]),
                        "options": [record_to_json(o, drop=["question"], sources=src["options"])
                                    for o in data.options_of(q.id)],
                    }
                    for q in data.questions
                ],
                "participants": nested(data.participants, "participants"),
                "ballots": nested(data.ballots, "ballots"),
                "comments": nested(data.comments, "comments"),
                "key_messages": nested(data.key_messages, "key_messages"),
            }
        )
    doc: dict[str, Any] = {
        "format": FORMAT,
        "frameworks": [record_to_json(f, sources=src["frameworks"]) for f in sf.all(Framework, include_deleted=True)],
        "sessions": sessions,
    }
    if wanted is None:  # a master's own words belong to the whole file
        consolidations = sf.all(Consolidation, include_deleted=True)
        if consolidations:
            doc["consolidations"] = [record_to_json(c, sources=src["consolidations"]) for c in consolidations]
        own = sf.consolidation()
        if own is not None:
            doc["consolidation"] = own.id
    for table in SUPPORT_TABLES:
        doc[table] = [support_row_to_json(row) for row in sf.master_rows().table_rows(table)]
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False)


# -- reading ----------------------------------------------------------------------------------


class _Reader:
    """Turns a parsed document into records, with one clear sentence for the first thing wrong."""

    def __init__(self, doc: Any):
        if not isinstance(doc, dict):
            raise UnusableFileError(code="json.not_object")
        fmt = doc.get("format")
        if fmt != FORMAT:
            if isinstance(fmt, str) and fmt.startswith("workshop-app/"):
                raise UnusableFileError(code="json.other_format", params={"format": fmt, "supported": FORMAT})
            raise UnusableFileError(code="json.no_format", params={"supported": FORMAT})
        self.doc = doc
        self.records: list[Record] = []
        self.sources: dict[tuple[str, str], str] = {}  # (table, id) -> the files a version was made in
        self.seen: dict[tuple[str, str], str] = {}  # (table, id) -> where in the document it first is

    def read(self) -> list[Record]:
        for i, f in enumerate(self._list(self.doc, "frameworks", "the document")):
            self._add(Framework, f, f"framework {i + 1}")
        for i, c in enumerate(self._list(self.doc, "consolidations", "the document")):
            self._add(Consolidation, c, f"consolidated synthesis {i + 1}")
        for i, s in enumerate(self._list(self.doc, "sessions", "the document")):
            where = f"session {i + 1}"
            session = self._add(Session, s, where)
            for j, q in enumerate(self._list(s, "questions", where)):
                qwhere = f"{where}, question {j + 1}"
                question = self._add(Question, q, qwhere, session=session.id)
                for k, o in enumerate(self._list(q, "options", qwhere)):
                    self._add(Option, o, f"{qwhere}, option {k + 1}", question=question.id)
            for cls, key in ((Participant, "participants"), (Ballot, "ballots"), (Comment, "comments"),
                             (KeyMessage, "key_messages")):
                for j, item in enumerate(self._list(s, key, where)):
                    self._add(cls, item, f"{where}, {key[:-1].replace('_', ' ')} {j + 1}", session=session.id)
        return self.records

    @staticmethod
    def _list(obj: dict, key: str, where: str) -> list:
        value = obj.get(key, [])
        if not isinstance(value, list):
            raise UnusableFileError(code="json.not_list", params={"where": where, "key": key})
        return value

    def _add(self, cls: type[Record], obj: Any, where: str, **parent: str) -> Record:
        if not isinstance(obj, dict):
            raise UnusableFileError(code="json.record_not_object", params={"where": where})
        values = {k: v for k, v in obj.items() if k in field_kinds(cls)}
        values.update(parent)
        if not isinstance(values.get("id"), str) or not values["id"]:
            raise UnusableFileError(code="json.no_id", params={"where": where})
        first = self.seen.setdefault((cls.TABLE, values["id"]), where)
        if first != where:
            raise UnusableFileError(code="json.repeated_id", params={"where": where, "id": values["id"], "first": first})
        problem = _type_problem(cls, values)
        if problem:
            raise UnusableFileError(code="json.record_problem", params={"where": where, "problem": problem})
        sources = obj.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(n, str) and n for n in sources):
            raise UnusableFileError(code="json.bad_sources", params={"where": where})
        try:
            record = record_from_content(cls, values)
        except (TypeError, ValueError) as exc:
            raise UnusableFileError(code="json.record_unreadable", params={"where": where, "reason": str(exc)}) from None
        if sources:
            self.sources[(cls.TABLE, record.id)] = join_sources(set(sources))
        self.records.append(record)
        return record


def _type_problem(cls: type[Record], values: dict[str, Any]) -> str | None:
    kinds = field_kinds(cls)
    for name, value in values.items():
        kind = kinds[name]
        if name == "chain":
            if not isinstance(value, list) or not all(isinstance(h, str) for h in value):
                return "“chain” must be a list of hashes"
        elif name == "rev":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                return "“rev” must be a whole number"
        elif kind == "json":
            if value is not None and not isinstance(value, list | dict):
                return f"“{name}” must be a list or an object"
            if isinstance(value, dict) and any(isinstance(v, float) and not math.isfinite(v) for v in value.values()):
                return f"“{name}” holds a number that is not finite"
        elif kind == "bool":
            if not isinstance(value, bool | int):
                return f"“{name}” must be true or false"
        else:
            allowed = plain_types(cls)[name]
            if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
                return f"“{name}” has a value of the wrong type"
    return None


def parse_document(text: str | bytes) -> list[Record]:
    if len(text) > MAX_JSON_BYTES:
        raise UnusableFileError(code="json.too_large")
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UnusableFileError(code="json.invalid", params={"reason": str(exc)}) from None
    except RecursionError:
        raise UnusableFileError(code="json.too_deep") from None
    reader = _Reader(doc)
    records = ParsedRecords(reader.read())
    records.sources = reader.sources
    records.redacted = doc.get("redacted") in ("declined", "organisation", "anonymous")
    own = doc.get("consolidation")
    if own is not None and not any(isinstance(r, Consolidation) and r.id == own for r in records):
        raise UnusableFileError(code="json.no_consolidation", params={"id": str(own)[:80]})
    records.consolidation = own
    for table in SUPPORT_TABLES:
        rows = doc.get(table, [])
        if not isinstance(rows, list):
            raise UnusableFileError(code="json.table_not_list", params={"table": table})
        records.support[table] = rows
    return records


class ParsedRecords(list):
    """The records of a document, plus its review data (``support``: conflicts, provenance and
    option mappings, as the document holds them), which ``imports.interchange.import_records``
    carries over."""

    def __init__(self, records: Iterable[Record] = ()):
        super().__init__(records)
        self.support: dict[str, list[Any]] = {}
        # True for a note's data ("redacted"): participants not shown in full are placeholders (rev 0).
        self.redacted = False
        # (table, id) -> the files a record's version was made in, as the document lists them.
        self.sources: dict[tuple[str, str], str] = {}
        self.consolidation: str | None = None  # the id of the document's own consolidation, if any


def support_rows(text: str | bytes) -> dict[str, list[dict]]:
    doc = json.loads(text)
    return {t: doc.get(t, []) for t in SUPPORT_TABLES if isinstance(doc.get(t, []), list)}


def document_equal(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return canonical_json(a) == canonical_json(b)
