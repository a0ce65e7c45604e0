"""Reading an attendance sheet (.xlsx or .csv) into participants, for a preview before adding.

Pure Python (no Qt): sign-in sheets come in many shapes, so columns are found by their header
("Name", "Organization", "Constituency", "Country", "Consent"...) in English, French or Spanish,
and stakeholder groups are recognised from common words. Nothing is written here.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.model import STAKEHOLDER_GROUPS, Participant
from ..errors import UnusableFileError

MAX_ROWS = 5000
HEADER_SEARCH = 10  # a sign-in sheet often starts with a title and a blank line
MAX_BYTES = 20 * 1024 * 1024

HEADERS = {
    "name": ("name", "full name", "participant", "nom", "nombre", "nom complet", "first and last name"),
    "organisation": ("organisation", "organization", "org", "institution", "agency", "entity", "affiliation",
                     "organisme", "organización", "organizacion", "institución"),
    "stakeholder_group": ("stakeholder group", "group", "stakeholder", "constituency", "category", "sector",
                          "type", "groupe", "grupo", "catégorie"),
    "country": ("country", "pays", "país", "pais", "nationality", "member state"),
    "consent_named": ("consent", "consent to be named", "may be named", "named", "consentement", "consentimiento"),
    "seat": ("seat", "table", "place", "siège", "asiento"),
}

GROUP_WORDS = [  # first match wins: more specific words first
    ("staff", ("un-habitat staff", "staff", "secretariat", "personnel")),
    ("local_government", ("local government", "municipal", "city", "mayor", "county", "collectivité", "municipio",
                          "ville de", "mairie", "commune", "ciudad", "alcaldía", "ayuntamiento")),
    ("un_system", ("un system", "un entity", "united nations", "un agency", "unep", "undp", "unicef", "unhcr",
                   "world bank", "multilateral", "onu", "un ")),
    ("member_state", ("member state", "government", "ministry", "mission", "delegation", "état membre",
                      "estado miembro", "gobierno", "gouvernement")),
    ("professional_association", ("professional", "association", "institute of", "planners", "architects")),
    ("academia", ("academ", "university", "universit", "research", "college", "school")),
    ("private_sector", ("private", "company", "business", "firm", "bank", "ltd", "inc", "sector privado")),
    ("civil_society", ("civil society", "ngo", "cso", "community", "foundation", "société civile",
                       "sociedad civil", "youth", "women")),
]

YES = {"yes", "y", "true", "1", "x", "oui", "si", "sí", "✓", "✔", "ok"}


def _fold(text: object) -> str:
    return unicodedata.normalize("NFKC", str(text or "")).strip().casefold()


def guess_group(text: object) -> str:
    value = _fold(text)
    if not value:
        return "other"
    if value.replace(" ", "_") in STAKEHOLDER_GROUPS:
        return value.replace(" ", "_")
    padded = value + " "
    for key, words in GROUP_WORDS:
        if any(w in padded for w in words):
            return key
    return "other"


@dataclass
class AttendancePreview:
    participants: list[Participant]
    columns: dict[str, str]  # participant field -> header found in the sheet
    skipped: int = 0  # rows with nothing in them
    notes: list[str] = field(default_factory=list)


def _read_rows(path: Path) -> list[list[str]]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnusableFileError(f"{path.name} cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_BYTES:
        raise UnusableFileError(f"{path.name} is larger than 20 MB; that is not an attendance sheet.")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        return [list(r) for r in csv.reader(io.StringIO(text), dialect)][: MAX_ROWS + 1]
    if suffix == ".xlsx":
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a broken file
            raise UnusableFileError(f"{path.name} is not a readable Excel workbook ({exc}).") from None
        try:
            sheet = book.worksheets[0]
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append(["" if v is None else str(v) for v in row])
                if len(rows) > MAX_ROWS:
                    break
        finally:
            book.close()
        return rows
    raise UnusableFileError(f"{path.name}: an attendance sheet must be .xlsx or .csv.")


def _find_columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    folded = [_fold(h) for h in header]
    for fld, names in HEADERS.items():
        for n, h in enumerate(folded):
            if n not in found.values() and (h in names or any(h.startswith(x + " ") for x in names)):
                found[fld] = n
                break
    return found


def read_attendance(path: Path, session_id: str) -> AttendancePreview:
    """Participants from a sheet; its header row ("Name", "Organisation"...) may follow a title.

    Raises UnusableFileError when the sheet cannot be read or has no recognisable header.
    """
    rows = _read_rows(Path(path))
    start = next((n for n, r in enumerate(rows[:HEADER_SEARCH])
                  if {"name", "organisation"} & set(_find_columns(r))), None)
    if start is None:
        if not any(any(c.strip() for c in r) for r in rows):
            raise UnusableFileError(f"{Path(path).name} is empty.")
        raise UnusableFileError(
            f"{Path(path).name}: no “Name” or “Organisation” column heading in the first rows; add a header row."
        )
    header, body = rows[start], rows[start + 1:]
    cols = _find_columns(header)
    out, skipped = [], 0
    for row in body[:MAX_ROWS]:
        def cell(fld: str, row: list[str] = row) -> str:
            n = cols.get(fld)
            return " ".join(row[n].split()) if n is not None and n < len(row) else ""

        if not any(cell(f) for f in ("name", "organisation", "country")):
            skipped += 1
            continue
        out.append(Participant(
            session=session_id, name=cell("name"), organisation=cell("organisation"),
            stakeholder_group=guess_group(cell("stakeholder_group") or cell("organisation")),
            country=cell("country"), consent_named=_fold(cell("consent_named")) in YES, seat=cell("seat"),
        ))
    notes = []
    if len(body) > MAX_ROWS:
        notes.append(f"Only the first {MAX_ROWS} rows are read.")
    return AttendancePreview(out, {f: header[n] for f, n in cols.items()}, skipped, notes)
