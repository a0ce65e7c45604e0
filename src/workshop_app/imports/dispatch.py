"""``import``: one entry for every kind of data a user may bring to a file.

:func:`import_data` returns an :class:`ImportReport`: the merge's counts for interchange JSON and
Word notes (an import goes through the merge rule, DESIGN §5), one summary sentence, and the exit
status ``merge`` would give (1 when the data brought a conflict). :func:`import_path` is the
summary sentence alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UnusableFileError
from ..storage import SessionFile
from ..storage.interchange import import_records, parse_document

MAX_IMPORT_BYTES = 1024**3
COUNT_WORDS = (("added", "records added"), ("unchanged", "unchanged (already there)"),
               ("fast_forwarded", "fast-forwarded"), ("stale", "stale"), ("conflicts", "conflicts"))


@dataclass
class ImportReport:
    """What one import did."""

    name: str
    summary: str
    counts: dict[str, int] = field(default_factory=dict)  # the merge's counts (JSON and Word notes)
    open_conflicts: int = 0  # conflicts open in the file after the import, this one's and earlier

    @property
    def exit_code(self) -> int:
        """As ``merge``: 1 when this data brought a conflict (kept for review), else 0."""
        return 1 if self.counts.get("conflicts") else 0


def import_path(sf: SessionFile, data: Path, *, session_id: str | None = None) -> str:
    """Import ``data`` into ``sf``; returns a one-line summary. The data file is only read."""
    return import_data(sf, data, session_id=session_id).summary


def import_data(sf: SessionFile, data: Path | str, *, session_id: str | None = None) -> ImportReport:
    """Import ``data`` into ``sf`` (all or nothing) and report it. The data file is only read."""
    data = Path(data)
    suffix = data.suffix.lower()
    try:
        size = data.stat().st_size
    except OSError as exc:
        raise UnusableFileError(f"{data.name} cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_IMPORT_BYTES:
        raise UnusableFileError(f"{data.name} is larger than 1 GB; that is not data this app wrote.")
    if suffix == ".json":
        try:
            text = data.read_bytes()
        except OSError as exc:
            raise UnusableFileError(f"{data.name} cannot be read ({exc.strerror or exc}).") from None
        return _report(sf, data, import_records(sf, _parse(data, text)))
    if suffix == ".docx":
        from ..exports.embedded import read_embedded_json

        return _report(sf, data, import_records(sf, _parse(data, read_embedded_json(data))))
    if suffix in (".xlsx", ".csv"):
        from .sheets import import_sheet

        return ImportReport(data.name, import_sheet(sf, data, session_id=session_id))
    raise UnusableFileError(
        f"{data.name}: the app imports interchange .json, Word notes (.docx) it wrote, and .xlsx/.csv sheets."
    )


def _parse(data: Path, text: str | bytes) -> list:
    try:
        return parse_document(text)
    except UnusableFileError as exc:
        raise UnusableFileError(f"{data.name}: {exc}") from None


def _report(sf: SessionFile, data: Path, counts: dict[str, int]) -> ImportReport:
    open_now = sf.conn.execute("SELECT count(*) FROM conflicts WHERE resolved = 0").fetchone()[0]
    text = f"Imported {data.name}: " + ", ".join(f"{counts.get(k, 0)} {w}" for k, w in COUNT_WORDS) + "."
    if counts.get("conflicts"):
        text += (f" {counts['conflicts']} record(s) were edited apart here and in {data.name}: both versions are "
                 f"kept, one shown; review them with: workshop-app conflicts {sf.path.name}")
    elif open_now:
        text += f" {open_now} conflict(s) still open in {sf.path.name} (workshop-app conflicts {sf.path.name})."
    return ImportReport(data.name, text, dict(counts), open_now)
