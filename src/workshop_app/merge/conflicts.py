"""Open conflicts in a master, both versions side by side, and a person's decision on each.

A conflict is never settled silently: the merge shows a deterministic winner and keeps the other
version. Resolving records a *new* version that descends from both (its chain holds both hashes,
its revision is higher), so the decision travels: merged into another master that has the same
conflict, it settles it there too. Both versions stay stored, marked resolved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import WorkshopError
from ..domain.messages import Message
from ..domain.model import now_iso
from ..storage import SessionFile
from ..storage.schema import RECORD_TABLES
from .engine import store_settlement
from .sources import conflict_version, record_version
from .versions import Version, descendant, settle

KEEP_CHOICES = ("winner", "other")
# Bookkeeping fields left out of the side-by-side view.
_HIDDEN = ("id",)


@dataclass
class Difference:
    field: str
    winner: Any
    other: Any


@dataclass
class Conflict:
    """An open conflict: the version shown (winner) and one other head kept for review."""

    id: str  # the stored other version's id
    table: str
    record_id: str
    winner: Version
    other: Version
    session_title: str = ""
    fields: list[Difference] = field(default_factory=list)  # every field, both values

    @property
    def what(self) -> str:
        return self.table[:-1].replace("_", " ")

    @property
    def differences(self) -> list[Difference]:
        return [d for d in self.fields if d.winner != d.other]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "table": self.table, "record_id": self.record_id, "session": self.session_title,
            "winner": {"hash": self.winner.hash, "rev": self.winner.rev, "source": self.winner.source,
                       "content": json.loads(self.winner.content)},
            "other": {"hash": self.other.hash, "rev": self.other.rev, "source": self.other.source,
                      "content": json.loads(self.other.content)},
            "differences": [d.field for d in self.differences],
        }


def _fields(winner: Version, other: Version) -> list[Difference]:
    a, b = json.loads(winner.content), json.loads(other.content)
    names = sorted((set(a) | set(b)) - set(_HIDDEN))
    return [Difference(n, a.get(n), b.get(n)) for n in names]


def open_conflicts(sf: SessionFile) -> list[Conflict]:
    """Every open conflict of the file, grouped by table and record, best version first."""
    rows = sf.master_rows().conflict_rows(open_only=True)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_table.setdefault(row["table_name"], []).append(row)
    titles = {s.id: s.title for s in sf.sessions(include_deleted=True)}
    out: list[Conflict] = []
    for table in RECORD_TABLES:
        found = by_table.get(table, [])
        records = sf.master_rows().fetch_rows(table, {r["record_id"] for r in found})
        for row in found:
            current = records.get(row["record_id"])
            if current is None:
                continue
            winner, other = record_version(table, current), conflict_version(row)
            content = json.loads(winner.content)
            session = content.get("session") or (content.get("id") if table == "sessions" else None)
            out.append(Conflict(row["id"], table, row["record_id"], winner, other, titles.get(session, ""),
                                _fields(winner, other)))
    return out


_LINKED = {"session": "sessions", "question": "questions", "option": "options", "participant": "participants"}


class Readable:
    """Turns a field's value into text a person reads: linked ids become titles, labels and names."""

    def __init__(self, sf: SessionFile):
        self.sf = sf
        self._names: dict[str, str] = {}

    def _load(self, table: str, ids: set[str]) -> None:
        wanted = ids - set(self._names)
        if not wanted:
            return
        for rid, row in self.sf.master_rows().fetch_rows(table, wanted).items():
            name = (row.get("label") or row.get("title") or row.get("prompt") or row.get("name")
                    or row.get("seat") or row.get("organisation") or rid[:8])
            self._names[rid] = str(name)

    def name(self, table: str, rid: str) -> str:
        self._load(table, {rid})
        return self._names.get(rid, rid)

    def text(self, field_name: str, value: Any) -> str:
        if value is None:
            return "—"
        if field_name in _LINKED and isinstance(value, str):
            return self.name(_LINKED[field_name], value)
        if field_name == "ranking" and isinstance(value, list):
            return " > ".join(" = ".join(self.name("options", str(o)) for o in tier) for tier in value)
        if field_name in ("points", "ratings") and isinstance(value, dict):
            return ", ".join(f"{self.name('options', str(k))}: {v}" for k, v in value.items())
        if isinstance(value, bool):
            return Message("value.yes") if value else Message("value.no")
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)


def find_conflict(sf: SessionFile, ident: str) -> Conflict:
    """The open conflict with this id, or the only one whose id starts with it (at least 6 characters)."""
    ident = ident.strip()
    found = [c for c in open_conflicts(sf) if c.id == ident or (len(ident) >= 6 and c.id.startswith(ident))]
    if not found:
        raise WorkshopError(code="conflict.not_found", params={"ident": ident, "name": sf.path.name})
    if len(found) > 1:
        raise WorkshopError(code="conflict.ambiguous", params={"ident": ident, "count": len(found)})
    return found[0]


def resolve(sf: SessionFile, ident: str, keep: str) -> Version:
    """Keep the ``winner`` or the ``other`` version of a conflict; returns the new version stored."""
    if keep not in KEEP_CHOICES:
        raise WorkshopError(code="conflict.bad_keep", params={"choices": " or ".join(KEEP_CHOICES), "keep": keep})
    conflict = find_conflict(sf, ident)
    table, rid = conflict.table, conflict.record_id
    with sf.transaction():
        current = sf.master_rows().fetch_rows(table, [rid])[rid]
        stored = sf.master_rows().fetch_conflicts(table, [rid]).get(rid, [])
        versions = [record_version(table, current)] + [conflict_version(r) for r in stored]
        before = settle(versions)
        other = next((v for v in before.open if v.conflict_id == conflict.id), None)
        if other is None:
            raise WorkshopError(code="conflict.already_resolved")
        chosen = before.winner if keep == "winner" else other
        new = descendant(before.winner, other, chosen.content, chosen.hash)
        after = settle([*versions, new])
        newly = store_settlement(sf.master_rows(), table, after, current, stored, sf.path.name)
        note = f"resolved on {now_iso()}: kept the {'version shown' if keep == 'winner' else 'other version'}"
        for cid in newly:
            sf.master_rows().set_conflict_state(cid, True, note)
    return after.winner


def history(sf: SessionFile, table: str, record_id: str) -> list[tuple[Version, str]]:
    """Every stored version of one record with its state: shown, open, or superseded."""
    current = sf.master_rows().fetch_rows(table, [record_id]).get(record_id)
    if current is None:
        return []
    stored = sf.master_rows().fetch_conflicts(table, [record_id]).get(record_id, [])
    s = settle([record_version(table, current)] + [conflict_version(r) for r in stored])
    return [(s.winner, "shown")] + [(v, "open") for v in s.open] + [(v, "superseded") for v in s.superseded]
