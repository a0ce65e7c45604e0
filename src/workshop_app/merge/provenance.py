"""Where every session of a master came from: one record per source file merged, for the annex.

A master merged into another master brings its own provenance records along, so the consolidated
synthesis can name the venue file of every session however many merges it went through.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..storage import SessionFile


@dataclass(frozen=True)
class ProvenanceRecord:
    id: str
    file_name: str
    seal: str | None  # the content seal recomputed at merge time (SHA-256)
    seal_verified: bool  # the file carried a seal and it matched
    added: int
    unchanged: int
    fast_forwarded: int
    stale: int
    conflicts: int
    merged_at: str
    kind: str = "workshop"  # workshop, docx or json
    sealed: bool = False  # the file carried a seal at all
    sessions: tuple[dict[str, Any], ...] = field(default_factory=tuple)  # id, title, event, city, date...

    @property
    def session_ids(self) -> list[str]:
        return [s["id"] for s in self.sessions if s.get("id")]

    def seal_text(self) -> str:
        """How the annex states the seal: verified, broken never happens (refused), or absent."""
        if self.seal_verified:
            return f"sealed, verified ({(self.seal or '')[:12]})"
        return f"not sealed ({(self.seal or '')[:12]})" if self.kind == "workshop" else f"{self.kind}, no seal"


def provenance_records(sf: SessionFile) -> list[ProvenanceRecord]:
    """Every source merged into ``sf`` (directly or through a merged master), oldest first."""
    out = []
    for row in sf.master_rows().table_rows("provenance", order_by="merged_at, file_name, id"):
        try:
            details = json.loads(row["details"] or "{}")
        except ValueError:
            details = {}
        sessions = details.get("sessions") if isinstance(details, dict) else None
        out.append(ProvenanceRecord(
            id=row["id"], file_name=row["file_name"], seal=row["seal"], seal_verified=bool(row["seal_verified"]),
            added=row["added"], unchanged=row["unchanged"], fast_forwarded=row["fast_forwarded"],
            stale=row["stale"], conflicts=row["conflicts"], merged_at=row["merged_at"],
            kind=str(details.get("kind", "workshop")) if isinstance(details, dict) else "workshop",
            sealed=bool(details.get("sealed")) if isinstance(details, dict) else False,
            sessions=tuple(s for s in (sessions or []) if isinstance(s, dict)),
        ))
    return out


def sources_by_session(sf: SessionFile) -> dict[str, list[ProvenanceRecord]]:
    """Session id -> the source files that brought it (usually one; more when re-handed over)."""
    out: dict[str, list[ProvenanceRecord]] = {}
    for record in provenance_records(sf):
        for sid in record.session_ids:
            out.setdefault(sid, []).append(record)
    return out
