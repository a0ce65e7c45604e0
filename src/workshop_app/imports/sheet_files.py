"""Reading a spreadsheet file (.xlsx or .csv) into a header row and data rows, safely.

Cells are read as text (formulas never evaluated, dates as ISO text); CSV may be UTF-8 (with or
without BOM), UTF-16 or Windows-1252, separated by commas, semicolons or tabs; limits on rows,
columns and size keep a stray 200 MB file from hanging the app. What the header *means* is
decided by the caller (:mod:`workshop_app.imports.sheets`) through ``is_header``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError
from ..domain.messages import Message

MAX_ROWS = 50_000
MAX_COLUMNS = 256
MAX_CSV_BYTES = 256 * 1024**2
HEADER_SEARCH = 10  # a title or a blank line may sit above the header row
WHITESPACE = " \t\r\n\u00a0\u3000"

IsHeader = Callable[[list[str]], bool]


@dataclass
class Table:
    sheet: str
    header_row: int
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the spreadsheet shows it, cells)
    notes: list[str]  # coded sentences (Message)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    text = getattr(value, "text", value)  # an array formula: its text, never its result
    return str(text)


def blank(cells: list[str]) -> bool:
    return not any(c.strip(WHITESPACE) for c in cells)


def _finish(path: Path, sheet: str, rows: list[tuple[int, list[str]]], notes: list[str],
            is_header: IsHeader) -> Table | None:
    """Find the header (below at most a few one-cell title rows); the rest are data. None when there is none."""
    for i, (number, cells) in enumerate(rows[:HEADER_SEARCH]):
        if not is_header(cells):
            if sum(1 for c in cells if c.strip(WHITESPACE)) > 1:
                return None  # a row of several cells that is not a header: a table without one
        else:
            data = [(n, c) for n, c in rows[i + 1:] if not blank(c)]
            if len(data) > MAX_ROWS:
                raise UnusableFileError(code="sheet.too_many_rows", params={"name": path.name, "limit": MAX_ROWS})
            return Table(sheet, number, cells, data, notes)
    return None


def read_table(path: Path, is_header: IsHeader) -> Table:
    """The sheet's header row and data rows, from an .xlsx (first worksheet with a header) or a .csv."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows, notes = _read_csv(path)
        table = _finish(path, "", rows, notes, is_header)
        first = rows
    elif suffix in (".xlsx", ".xlsm"):
        table, first = _read_xlsx(path, is_header)
    else:
        raise UnusableFileError(code="sheet.wrong_suffix", params={"name": path.name})
    if table is None:
        header = next((c for _, c in first[:HEADER_SEARCH] if not blank(c)), [])
        shown = [Message("sheet.quoted", text=c) for c in header[:6] if c.strip(WHITESPACE)] or Message("sheet.first_row_empty")
        raise UnusableFileError(code="sheet.unknown_kind", params={"name": path.name, "shown": shown})
    return table


def _read_xlsx(path: Path, is_header: IsHeader) -> tuple[Table | None, list[tuple[int, list[str]]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise UnusableFileError(code="sheet.not_xlsx", params={"name": path.name, "reason": str(exc)}) from None
    first: list[tuple[int, list[str]]] = []
    try:
        for ws in wb.worksheets:
            rows: list[tuple[int, list[str]]] = []
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [cell_text(v) for v in values[:MAX_COLUMNS]]
                if not blank(cells):
                    rows.append((number, cells))
                if len(rows) > MAX_ROWS + HEADER_SEARCH:
                    break
                if len(rows) == HEADER_SEARCH and _finish(path, ws.title, rows, [], is_header) is None:
                    break  # no header near the top: not this sheet
            first = first or rows
            table = _finish(path, ws.title, rows, [], is_header)
            if table is not None:
                if len(wb.worksheets) > 1:
                    table.notes.append(Message("sheet.worksheet", sheet=ws.title))
                return table, first
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise UnusableFileError(code="file.damaged", params={"name": path.name, "reason": str(exc)}) from None
    finally:
        wb.close()
    return None, first


def _decode(path: Path, raw: bytes) -> tuple[str, list[str]]:
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
            return raw.decode("utf-16"), []
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            raise UnusableFileError(code="sheet.false_bom", params={"name": path.name}) from None
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise UnusableFileError(code="sheet.encoding", params={"name": path.name}) from None
    return text, [Message("sheet.read_as_cp1252", name=path.name)]


def _read_csv(path: Path) -> tuple[list[tuple[int, list[str]]], list[str]]:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise UnusableFileError(code="sheet.csv_too_large", params={"name": path.name, "megabytes": MAX_CSV_BYTES // 1024**2})
        raw = path.read_bytes()
    except OSError as exc:
        raise UnusableFileError(code="file.unreadable", params={"name": path.name, "reason": str(exc.strerror or exc)}) from None
    text, notes = _decode(path, raw)
    head = text[:20_000].splitlines()[:HEADER_SEARCH]
    delimiter = max(",;\t", key=lambda d: sum(line.count(d) for line in head))
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if not blank(cells):
                rows.append((number, cells[:MAX_COLUMNS]))
            if len(rows) > MAX_ROWS + HEADER_SEARCH:
                break
    except csv.Error as exc:
        raise UnusableFileError(code="sheet.csv_unreadable",
                                params={"name": path.name, "line": reader.line_num, "reason": str(exc)}) from None
    return rows, notes
