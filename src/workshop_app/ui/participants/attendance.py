"""An attendance sheet (.xlsx or .csv) as the Participants view previews it before adding.

The reading itself is :mod:`workshop_app.imports.sheets` (the same parser as ``workshop-app import``):
headers in several languages, stakeholder groups recognised from common words, people already in
the session skipped. This module only shapes its answer for the preview dialog. Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...domain.errors import UnusableFileError
from ...domain.messages import more
from ...domain.model import Participant
from ...imports.sheets import read_sheet
from ...storage import SessionFile


@dataclass
class AttendancePreview:
    participants: list[Participant]
    columns: dict[str, str]  # participant field -> header found in the sheet
    skipped: int = 0  # kept for the dialog; the parser reports skipped rows in ``notes``
    notes: list[str] = field(default_factory=list)


def read_attendance(sf: SessionFile, path: Path, session_id: str) -> AttendancePreview:
    """Participants from an attendance sheet, checked against the session; nothing is saved.

    Raises UnusableFileError (one sentence) when the sheet cannot be read, is not an attendance
    sheet, or has a row that cannot be used.
    """
    path = Path(path)
    preview, records = read_sheet(sf, path, session_id=session_id)
    if preview.kind == "ballots":
        raise UnusableFileError(code="attendance.is_ballots", params={"name": path.name})
    if preview.problems:
        raise UnusableFileError(code="sheet.nothing_imported", params={
            "name": path.name, "problem": preview.problems[0], "more": more(len(preview.problems) - 1,
                                                                             "sheet.more_problems")})
    if preview.kind != "attendance":
        raise UnusableFileError(code="attendance.no_header", params={"name": path.name})
    columns = {c.field: c.header for c in preview.columns if c.field not in (None, "ignore") and c.header}
    return AttendancePreview([r for r in records if isinstance(r, Participant)], columns, notes=preview.notes)
