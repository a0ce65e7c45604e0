"""Importing interchange JSON (a ``.json`` file or a Word note's data) into an open file.

Parsing and writing the document is storage's (``storage/interchange.py``: the document's shape);
applying it is the merge rule's (DESIGN §5), so the import sits here, above both: every record is
validated as the app validates a save, references are checked, then the records go through
:func:`merge.engine.import_into` in one transaction.
"""

from __future__ import annotations

from ..domain.errors import UnusableFileError
from ..domain.messages import record_word
from ..domain.model import Ballot, Option, Participant, Question, Record, Session
from ..domain.rules import ValidationError, check_record, invalid
from ..merge.engine import import_into
from ..storage import SessionFile
from ..storage.sessionfile import CONSOLIDATION_KEY


def import_records(sf: SessionFile, records: list[Record]) -> dict[str, int]:
    """Add records to the file in one transaction, as they are (revisions and chains kept).

    A record whose id is already here with the same content is skipped; with different content it
    goes through the merge rules (DESIGN §5): a newer version fast-forwards, an older one is
    ignored, and two versions that both changed become a conflict kept for review, never a
    duplicate and never a silent overwrite. The document's review data (stored conflict versions,
    provenance, option mappings: ``records.support`` from :func:`parse_document`) comes along.
    Returns the merge's counts (``added``, ``unchanged``, ``fast_forwarded``, ``stale``,
    ``conflicts``: see ``merge.report``), and ``skipped`` (the same as ``unchanged``).
    """
    questions = {q.id: q for q in sf.all(Question, include_deleted=True)}
    questions.update({r.id: r for r in records if isinstance(r, Question)})
    options: dict[str, list[Option]] = {}
    for o in sf.all(Option, include_deleted=True) + [r for r in records if isinstance(r, Option)]:
        options.setdefault(o.question, []).append(o)
    _check_references(sf, records)
    for record in records:
        existing = sf.get(type(record), record.id)
        if existing is not None and existing.hash == record.hash:
            continue
        try:
            if isinstance(record, Ballot):
                q = questions.get(record.question)
                if q is None:
                    raise invalid("json.ballot_question_missing")
                check_record(record, question=q, options=options.get(q.id, []), stored=True)
            else:
                check_record(record)
        except ValidationError as exc:
            raise UnusableFileError(code="import.invalid_record", params={
                "kind": record_word(record.TABLE), "id": record.id, "error": exc}) from None
    restoring = not sf.sessions(include_deleted=True)  # into a new file: the document's own texts are its own
    with sf.transaction():
        counts = import_into(sf, records, getattr(records, "support", None) or {})
        own = getattr(records, "consolidation", None)
        if own and restoring and sf.consolidation() is None:
            sf.set_meta(CONSOLIDATION_KEY, own)
    return {**counts, "skipped": counts["unchanged"]}


_LINKS = {
    "questions": {"session": Session},
    "options": {"question": Question},
    "participants": {"session": Session},
    "ballots": {"session": Session, "question": Question, "participant": Participant},
    "comments": {"session": Session, "question": Question, "option": Option, "participant": Participant},
    "key_messages": {"session": Session, "question": Question},
}


def _check_references(sf: SessionFile, records: list[Record]) -> None:
    incoming = {(type(r).TABLE, r.id) for r in records}
    for record in records:
        for field_name, target in _LINKS.get(record.TABLE, {}).items():
            ref = getattr(record, field_name)
            if ref is None or (target.TABLE, ref) in incoming or sf.get(target, ref) is not None:
                continue
            raise UnusableFileError(code="import.missing_reference", params={
                "kind": record_word(record.TABLE), "id": record.id, "target": record_word(target.TABLE),
                "ref": ref, "name": sf.path.name})
