"""What an export covers: the sessions chosen, their frameworks, provenance, and the embedded data.

Anonymisation (``--anonymize``), the same for the Word synthesis, the workbook and the embedded data:

- ``none``: people are named only when they consented; others appear as their stakeholder group.
  The embedded data is lossless (the same as ``export --format json`` of those sessions), so
  headquarters can merge the note as if it were the session file.
- ``organisation``: nobody is named; people appear as their organisation (or group). The embedded
  participants lose their name, seat and attributes.
- ``anonymous``: nobody is named and no organisation is shown; people appear as their stakeholder
  group. The embedded participants also lose their organisation.

Facilitator and rapporteur, the authors of the note, stay named in every mode. Redacted
participants keep their ids, revisions and chains, so the records still link up; a redacted note
imported where the original participants already are is refused by ``import`` and shows up as
conflicts in ``merge`` (the session file stays the record of reference). Unresolved merge conflicts
hold earlier versions of records, so they are embedded only in a lossless export of a whole file.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..domain.model import Framework, Participant, SessionData
from ..errors import WorkshopError
from ..storage import SessionFile
from ..storage.interchange import export_document
from .i18n import lang_code
from .terms import group_label

log = logging.getLogger(__name__)

MODES = ("none", "organisation", "anonymous")


def check_mode(mode: str | None) -> str:
    mode = mode or "none"
    if mode not in MODES:
        raise WorkshopError(f"Anonymisation must be one of {', '.join(MODES)}, not “{mode}”.")
    return mode


def attribution(participant: Participant | None, mode: str, language: str) -> str:
    """How a comment's author is shown under ``mode``: "" when the comment has no participant."""
    if participant is None or participant.deleted:
        return ""
    group = group_label(participant.stakeholder_group, language)
    name, org = participant.name.strip(), participant.organisation.strip()
    if mode == "none" and participant.consent_named and name:
        return f"{name} ({org})" if org else name
    if mode == "organisation" and org:
        return org
    return group


def shown_name(participant: Participant, mode: str) -> str:
    """The participant's name if it may be shown, else ""."""
    if mode == "none" and participant.consent_named:
        return participant.name.strip()
    return ""


def redact_participant(obj: dict[str, Any], mode: str) -> dict[str, Any]:
    if mode == "none":
        return obj
    out = dict(obj)
    out.update(name="", seat="", attributes={}, consent_named=False)
    # A redacted copy is a placeholder (revision 0, no history): wherever the real record is or
    # later arrives, the real one wins without a conflict (merge/versions.py).
    out.update(rev=0, chain=[])
    if mode == "anonymous":
        out["organisation"] = ""
    return out


def redact_document(doc: dict[str, Any], mode: str, *, whole_file: bool) -> dict[str, Any]:
    """The interchange document as the note embeds it under ``mode`` (a new dict)."""
    out = dict(doc)
    if mode != "none":
        out["redacted"] = mode
    out["sessions"] = [
        {**s, "participants": [redact_participant(p, mode) for p in s.get("participants", [])]}
        for s in doc.get("sessions", [])
    ]
    if not whole_file or mode != "none":
        out["conflicts"] = []
    if not whole_file:
        out["provenance"] = []
    return out


@dataclass
class ExportScope:
    """Everything an export reads from the file, loaded at once (so writing needs no database)."""

    source: str
    sessions: list[SessionData]
    frameworks: list[Framework]
    provenance: list[Any] = field(default_factory=list)
    interchange: dict[str, Any] = field(default_factory=dict)
    mode: str = "none"
    whole_file: bool = True

    @property
    def is_master(self) -> bool:
        return len(self.sessions) > 1

    def default_language(self) -> str:
        """The sessions' language if they share one (of the six), else English."""
        languages = Counter(lang_code(d.session.language) for d in self.sessions)
        return next(iter(languages)) if len(languages) == 1 else "en"


def provenance_records(sf: SessionFile) -> list[Any]:
    """The merge engineer's provenance records, or none while that module does not exist."""
    try:
        from ..merge import provenance_records as records  # type: ignore[attr-defined]
    except ImportError:
        return []
    try:
        return list(records(sf))
    except Exception:  # noqa: BLE001 - the annex is optional; never lose the export over it
        log.exception("provenance records could not be read; the annex is left out")
        return []


def load_scope(sf: SessionFile, session_ids: list[str] | None, mode: str, *, embed: bool = True) -> ExportScope:
    """Read what the export covers: the chosen sessions (all live ones by default)."""
    mode = check_mode(mode)
    live = {s.id: s for s in sf.sessions()}
    if session_ids:
        missing = [sid for sid in session_ids if sid not in live]
        if missing:
            raise WorkshopError(f"There is no session {missing[0]} in {sf.path.name}; see workshop-app info.")
        ids = list(dict.fromkeys(session_ids))
    else:
        ids = list(live)
    if not ids:
        raise WorkshopError(f"{sf.path.name} holds no session to export.")
    sessions = [sf.load_session(sid) for sid in ids]
    wanted_frameworks = {d.session.framework for d in sessions if d.session.framework}
    frameworks = [f for f in sf.frameworks() if f.id in wanted_frameworks]
    whole = not session_ids or set(ids) == set(live)
    interchange: dict[str, Any] = {}
    if embed:
        doc = export_document(sf, None if whole else ids)
        if not whole:
            doc["frameworks"] = [f for f in doc["frameworks"] if f["id"] in wanted_frameworks]
        interchange = redact_document(doc, mode, whole_file=whole)
    return ExportScope(
        source=sf.path.name,
        sessions=sessions,
        frameworks=frameworks,
        provenance=provenance_records(sf) if whole else [],
        interchange=interchange,
        mode=mode,
        whole_file=whole,
    )
