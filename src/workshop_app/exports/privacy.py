"""What an export meant to be read may say about a participant: the one rule, used by every writer.

DESIGN §9: nobody is named or identifiable without consent in any byte of any export. For every
Word note (its text and its embedded data), workbook, CSV table and compiled note:

- a name, seat and the participant's own attributes appear only for someone who consented to be
  named, and only in the ``none`` mode;
- for someone who declined, the organisation is shown only when at least :data:`MIN_SHARED` live
  participants of the same session share it (spacing and case ignored), otherwise the
  stakeholder group stands for it; the same holds for the country. Outside the ``anonymous``
  mode a consenting person's organisation is shown; in it, nobody's is;
- in the embedded data, everyone not shown in full travels as a *placeholder* (revision 0, no
  history, consent cleared): any real version of the record supersedes it on merge, so the
  session file, handed over sealed, stays the only place with the names (DESIGN §5).

The lossless interchange JSON (``export --format json``) is a transfer copy, like a handover, and
does not go through this module. No Qt here.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from ..domain.model import Participant, SessionData

MIN_SHARED = 3
SHARED_FIELDS = ("organisation", "country")
# The mark of embedded data whose participants may be placeholders, by mode (storage/interchange.py).
REDACTED_MARK = {"none": "declined", "organisation": "organisation", "anonymous": "anonymous"}


def _key(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


class Peers:
    """How many live participants of each session share each organisation and each country."""

    def __init__(self, people: Iterable[tuple[str, Mapping[str, Any]]]):
        self.counts: Counter[tuple[str, str, str]] = Counter()
        for session, p in people:
            if p.get("deleted"):
                continue
            for name in SHARED_FIELDS:
                key = _key(p.get(name))
                if key:
                    self.counts[(session, name, key)] += 1

    @classmethod
    def of_sessions(cls, sessions: Iterable[SessionData]) -> Peers:
        return cls((d.session.id, p.content()) for d in sessions for p in d.participants)

    @classmethod
    def of_document(cls, doc: Mapping[str, Any]) -> Peers:
        return cls((s.get("id", ""), p) for s in doc.get("sessions", []) for p in s.get("participants", []))

    def shared(self, session: str, name: str, value: Any) -> bool:
        key = _key(value)
        return bool(key) and self.counts[(session, name, key)] >= MIN_SHARED


def named(p: Mapping[str, Any], mode: str) -> bool:
    """Whether the participant is shown in full (name, seat, attributes): consent, and mode ``none``."""
    return mode == "none" and bool(p.get("consent_named"))


def public_fields(p: Mapping[str, Any], session: str, peers: Peers, mode: str) -> dict[str, Any]:
    """THE rule: the identifying fields of participant ``p`` (interchange-shaped) as an export may show them."""
    full = named(p, mode)
    consented = bool(p.get("consent_named"))
    org, country = p.get("organisation") or "", p.get("country") or ""
    return {
        "name": p.get("name", "") if full else "",
        "seat": p.get("seat", "") if full else "",
        "attributes": dict(p.get("attributes") or {}) if full else {},
        "organisation": "" if mode == "anonymous" else
        org if consented or peers.shared(session, "organisation", org) else "",
        "country": country if consented or peers.shared(session, "country", country) else "",
    }


def public_participant(p: Participant, peers: Peers, mode: str) -> Participant:
    """``p`` as the writers may see it (a copy; consent kept, so the writers know whom to name)."""
    return dataclasses.replace(p, **public_fields(p.content(), p.session, peers, mode))


def public_sessions(sessions: Iterable[SessionData], mode: str) -> list[SessionData]:
    """The sessions with every participant replaced by what an export may show of them."""
    sessions = list(sessions)
    peers = Peers.of_sessions(sessions)
    return [dataclasses.replace(d, participants=[public_participant(p, peers, mode) for p in d.participants])
            for d in sessions]


def placeholder(obj: Mapping[str, Any], session: str, peers: Peers, mode: str) -> dict[str, Any]:
    """A participant of the embedded data: as it is if shown in full, else a placeholder."""
    if named(obj, mode):
        return dict(obj)
    out = {**obj, **public_fields(obj, session, peers, mode)}
    # A placeholder (revision 0, no history): wherever the real record is or later arrives, the
    # real one wins without a conflict (merge/versions.py). No chain: old hashes would fingerprint it.
    out.update(consent_named=False, rev=0, chain=[])
    return out


def public_document(doc: Mapping[str, Any], mode: str) -> dict[str, Any]:
    """The interchange document as a note embeds it: participants through :func:`placeholder`,
    stored versions of participants not shown in full left out, the placeholders marked."""
    peers = Peers.of_document(doc)
    out = dict(doc)
    sessions = []
    full: set[str] = set()
    for s in doc.get("sessions", []):
        sid = s.get("id", "")
        people = [placeholder(p, sid, peers, mode) for p in s.get("participants", [])]
        full |= {p["id"] for p in s.get("participants", []) if named(p, mode)}
        sessions.append({**s, "participants": people})
    out["sessions"] = sessions
    out["conflicts"] = [c for c in doc.get("conflicts", []) if c.get("table_name") != "participants"
                        or (c.get("record_id") in full and named(c.get("content") or {}, mode))]
    if mode != "none" or len(full) < sum(len(s["participants"]) for s in sessions):
        out["redacted"] = REDACTED_MARK[mode]
    return out
