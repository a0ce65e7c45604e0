"""``import``: one entry for every kind of data a user may bring to a file.

:func:`import_data` returns an :class:`ImportReport`: the merge's counts for interchange JSON and
Word notes (an import goes through the merge rule, DESIGN §5), one summary sentence, and the exit
status ``merge`` would give (1 when the data brought a conflict). :func:`import_path` is the
summary sentence alone. The summary and the notes are coded (:class:`~workshop_app.domain.messages.Message`):
English as a ``str``, ``render(language)`` for the person reading them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UnusableFileError
from ..domain.messages import Message
from ..storage import SessionFile
from ..storage.embedded import DOCUMENT_SUFFIXES, read_document
from ..storage.interchange import parse_document
from .interchange import import_records
from .word_edits import WordEdit, word_edits
from .word_edits import take_word_text as keep_word_text

COUNTS = ("added", "unchanged", "fast_forwarded", "stale", "conflicts")  # the merge's counts, as import.summary names them


@dataclass
class ImportReport:
    """What one import did."""

    name: str
    summary: str  # a Message: its English text as a str (logs, tests), ``summary.render(language)`` for a person
    counts: dict[str, int] = field(default_factory=dict)  # the merge's counts (JSON and Word notes)
    open_conflicts: int = 0  # conflicts open in the file after the import, this one's and earlier
    word_edits: list[WordEdit] = field(default_factory=list)  # key messages edited in the note's Word text
    word_text_taken: int = 0  # of those, kept as new revisions (take_word_text)
    notes: list[Message] = field(default_factory=list)  # what else the person must hear, coded

    @property
    def exit_code(self) -> int:
        """As ``merge``: 1 when this data brought a conflict (kept for review), else 0."""
        return 1 if self.counts.get("conflicts") else 0


def import_path(sf: SessionFile, data: Path, *, session_id: str | None = None) -> Message:
    """Import ``data`` into ``sf``; returns a one-line summary. The data file is only read."""
    return import_data(sf, data, session_id=session_id).summary


def import_data(sf: SessionFile, data: Path | str, *, session_id: str | None = None,
                take_word_text: bool = False) -> ImportReport:
    """Import ``data`` into ``sf`` (all or nothing) and report it. The data file is only read.

    A Word note whose key messages were edited in Word is reported (``word_edits``); with
    ``take_word_text`` the Word text becomes a new revision of each (``imports/word_edits.py``)."""
    data = Path(data)
    suffix = data.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:  # the front door merge uses too: one size limit, one reader
        records = _parse(data, read_document(data))
        edits = word_edits(data, records) if suffix == ".docx" else []
        report = _report(sf, data, import_records(sf, records))
        report.word_edits = edits
        if edits and take_word_text:
            report.word_text_taken = keep_word_text(sf, edits)
            report.notes.append(Message("import.word_edits_taken", name=data.name, count=report.word_text_taken))
        elif edits:
            report.notes.append(Message("import.word_edits", name=data.name, count=len(edits)))
        return report
    if suffix in (".xlsx", ".csv"):
        from .sheets import import_sheet

        return ImportReport(data.name, import_sheet(sf, data, session_id=session_id))
    raise UnusableFileError(code="import.unknown_kind", params={"name": data.name})


def _parse(data: Path, text: str | bytes) -> list:
    try:
        return parse_document(text)
    except UnusableFileError as exc:
        raise UnusableFileError(code="file.in_file", params={"name": data.name, "error": exc}) from None


def _report(sf: SessionFile, data: Path, counts: dict[str, int]) -> ImportReport:
    open_now = sf.master_rows().open_conflict_count()
    then: Message | str = ""
    if counts.get("conflicts"):
        then = Message("import.conflicts_kept", count=counts["conflicts"], name=data.name, file=sf.path.name)
    elif open_now:
        then = Message("import.conflicts_open", count=open_now, file=sf.path.name)
    text = Message("import.summary", name=data.name, then=then, **{k: counts.get(k, 0) for k in COUNTS})
    return ImportReport(data.name, text, dict(counts), open_now)
