"""What an export covers: the sessions chosen, their frameworks, provenance, and the embedded data.

Anonymisation (``--anonymize``), the same for the Word synthesis, the workbook, the CSV tables and
the embedded data; what may be shown of each participant is decided once, by
:mod:`.privacy`, before any writer sees them:

- ``none``: people are named only when they consented; others appear as their stakeholder group.
  In the embedded data those who consented are as in the file; those who declined are
  placeholders without name, seat or attributes (their organisation and country only when at
  least 3 participants of the session share it).
- ``organisation``: nobody is named; people appear as their organisation (or group): a decliner's
  organisation only when at least 3 participants of the session share it. Every embedded
  participant is a placeholder.
- ``anonymous``: nobody is named and no organisation is shown; people appear as their stakeholder
  group. The embedded participants also lose their organisation.

Facilitator and rapporteur, the authors of the note, stay named in every mode. Placeholders keep
their ids, so the records still link up, and have revision 0: wherever the original participants
are or later arrive, ``import`` and ``merge`` keep the originals without a conflict (the session
file stays the record of reference). Unresolved merge conflicts hold earlier versions of records,
so they are embedded only in a ``none`` export of a whole file, and never for a participant who
is not shown in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import WorkshopError
from ..domain.model import Consolidation, Framework, Participant, SessionData, shared_language
from ..merge import provenance as merge_provenance
from ..storage import SessionFile
from ..storage.interchange import export_document
from .i18n import t
from .privacy import named, public_document, public_sessions
from .terms import group_label

MODES = ("none", "organisation", "anonymous")


def check_mode(mode: str | None) -> str:
    mode = mode or "none"
    if mode not in MODES:
        raise WorkshopError(code="export.unknown_anonymisation", params={"choices": MODES, "mode": mode})
    return mode


def attribution(participant: Participant | None, mode: str, language: str, *, prose: bool = False) -> str:
    """How a comment's author is shown under ``mode``: "" when the comment has no participant.

    ``participant`` is as :func:`.privacy.public_participant` left it (the scope's participants
    are), so an organisation it still carries may be shown. Someone shown by stakeholder group
    only reads, with ``prose``, as "a participant (Civil society)" (the document's quotes); without,
    as the group's name (the tables' Author column).
    """
    if participant is None or participant.deleted:
        return ""
    group = group_label(participant.stakeholder_group, language)
    name, org = participant.name.strip(), participant.organisation.strip()
    if named(participant.content(), mode) and name:
        return f"{name} ({org})" if org else name
    if mode == "organisation" and org:
        return org
    return t("participant_of", language, group=group) if prose else group


def shown_name(participant: Participant, mode: str) -> str:
    """The participant's name if it may be shown, else ""."""
    return participant.name.strip() if named(participant.content(), mode) else ""


def redact_document(doc: dict[str, Any], mode: str, *, whole_file: bool) -> dict[str, Any]:
    """The interchange document as the note embeds it under ``mode`` (a new dict)."""
    out = public_document(doc, mode)
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
    consolidation: Consolidation | None = None  # the file's own words over its dialogues (whole file only)

    @property
    def is_master(self) -> bool:
        return len(self.sessions) > 1

    def default_language(self) -> str:
        """The sessions' language if they share one (of the six), else English."""
        return shared_language(d.session.language for d in self.sessions)


def load_scope(sf: SessionFile, session_ids: list[str] | None, mode: str, *, embed: bool = True) -> ExportScope:
    """Read what the export covers: the chosen sessions (all live ones by default)."""
    mode = check_mode(mode)
    live = {s.id: s for s in sf.sessions()}
    if session_ids:
        missing = [sid for sid in session_ids if sid not in live]
        if missing:
            raise WorkshopError(code="export.no_such_session", params={"session": missing[0], "name": sf.path.name})
        ids = list(dict.fromkeys(session_ids))
    else:
        ids = list(live)
    if not ids:
        raise WorkshopError(code="export.no_session", params={"name": sf.path.name})
    sessions = public_sessions([sf.load_session(sid) for sid in ids], mode)
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
        provenance=merge_provenance.provenance_records(sf) if whole else [],
        interchange=interchange,
        mode=mode,
        whole_file=whole,
        consolidation=sf.consolidation() if whole else None,
    )
