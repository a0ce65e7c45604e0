"""``import``: one entry for every kind of data a user may bring to a file."""

from __future__ import annotations

from pathlib import Path

from .errors import UnusableFileError
from .storage import SessionFile
from .storage.interchange import import_records, parse_document

MAX_IMPORT_BYTES = 1024**3


def import_path(sf: SessionFile, data: Path, *, session_id: str | None = None) -> str:
    """Import ``data`` into ``sf``; returns a one-line summary. The data file is only read."""
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
        return _summary(data, import_records(sf, parse_document(text)))
    if suffix == ".docx":
        from .exports.embedded import read_embedded_json

        return _summary(data, import_records(sf, parse_document(read_embedded_json(data))))
    if suffix in (".xlsx", ".csv"):
        from .sheets import import_sheet

        return import_sheet(sf, data, session_id=session_id)
    raise UnusableFileError(
        f"{data.name}: the app imports interchange .json, Word notes (.docx) it wrote, and .xlsx/.csv sheets."
    )


def _summary(data: Path, counts: dict[str, int]) -> str:
    return f"Imported {data.name}: {counts['added']} records added, {counts['skipped']} already there."
