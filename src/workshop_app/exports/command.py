"""The export entry points used by the CLI and the GUI: ``export_other`` and ``compile-notes``."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from ..errors import WorkshopError
from ..storage import SessionFile
from .context import ProgressCallback
from .i18n import LANGUAGES
from .scope import check_mode, load_scope

log = logging.getLogger(__name__)

FORMATS = ("docx", "xlsx", "csv")


def check_language(language: str | None) -> str | None:
    if language is None or language == "":
        return None
    code = language.split("-")[0].lower()
    if code not in LANGUAGES:
        raise WorkshopError(f"The document language must be one of {', '.join(LANGUAGES)}, not “{language}”.")
    return code


def export_other(sf: SessionFile, fmt: str, output: Path, *, session_ids: list[str] | None = None,
                 anonymize: str = "none", language: str | None = None, table: str = "comments",
                 progress: ProgressCallback | None = None) -> Path:
    """Write ``sf`` (or the chosen sessions) as a Word synthesis, an Excel workbook or one CSV table.

    ``anonymize`` is none / organisation / anonymous (see :mod:`.scope`); ``language`` sets the
    Word document's fixed headings; ``table`` is the CSV's table (comments, participants, ballots,
    scores, sessions, key_messages, results). Returns the path written.
    """
    mode = check_mode(anonymize)
    code = check_language(language)
    output = Path(output)
    if fmt == "docx":
        from .synthesis import write_synthesis

        scope = load_scope(sf, session_ids, mode)
        return write_synthesis(scope, output, language=code, progress=progress)
    if fmt in ("xlsx", "csv"):
        from .tables import write_csv, write_xlsx

        scope = load_scope(sf, session_ids, mode, embed=False)
        if fmt == "xlsx":
            return write_xlsx(scope, output, language=code, progress=progress)
        return write_csv(scope, output, table=table, language=code)
    raise WorkshopError(f"Unknown export format “{fmt}”; use one of json, {', '.join(FORMATS)}.")


@click.command("compile-notes")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The compiled .docx to write.")
@click.option("--title", help="Title of the compiled document.")
@click.option("--language", help="Language of the contents page (default: the first note's).")
@click.argument("notes", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
def compile_notes(output: str, title: str | None, language: str | None, notes: tuple[str, ...]) -> None:
    """Join several Word notes into one document with a contents page, keeping their edits and styles.

    The compiled document also carries the union of the notes' data, so it can be imported.
    """
    from .compile import compile_documents

    report = compile_documents([Path(n) for n in notes], Path(output), title=title,
                               language=check_language(language))
    for line in report.warnings:
        click.echo(f"workshop-app: {line}", err=True)
    click.echo(f"Wrote {output}: {len(report.titles)} notes" + (", with their data" if report.records else "") + ".")
