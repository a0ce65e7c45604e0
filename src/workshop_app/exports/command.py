"""Library and CLI entry points: ``export_other`` (an open file, any registered format) and ``compile-notes``."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from ..storage import SessionFile
from .context import ProgressCallback
from .registry import ExportOptions, check_language, write_export

log = logging.getLogger(__name__)


def export_other(sf: SessionFile, fmt: str, output: Path, *, session_ids: list[str] | None = None,
                 anonymize: str = "none", language: str | None = None, table: str = "comments",
                 progress: ProgressCallback | None = None) -> Path:
    """Write ``sf`` (or the chosen sessions) in any registered format (:mod:`.registry`).

    ``anonymize`` is none / organisation / anonymous (see :mod:`.scope`); ``language`` sets the
    fixed headings; ``table`` is the CSV's table (comments, participants, ballots, scores, sessions,
    key_messages, results). Returns the path written. For a file on disk, the CLI and the dialog use
    :func:`.registry.export_file`, which also refuses a file altered outside the app.
    """
    options = ExportOptions(session_ids=session_ids, anonymize=anonymize, language=language, table=table,
                            progress=progress)
    return write_export(sf, fmt, Path(output), options)


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
