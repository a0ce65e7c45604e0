"""The ``workshop-app`` command: CLI subcommands for staff and scripts, the GUI with none.

The heavier commands are imported only when they run (a name maps to a function whose import is
in its body), so ``workshop-app info`` imports neither Qt nor python-docx and answers at once. Expected failures are one sentence on stderr with
exit status 1 (a problem found) or 2 (a file that is not usable); never a traceback.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from ..domain.errors import WorkshopError
from ..domain.messages import Message, in_language, render
from ..domain.rules import ValidationError
from ..exports import registry as export_registry
from .language import cli_language, remember_language


# Start-up time: these commands import analysis, charts, the merge engine or python-docx, so each
# is imported when it is asked for. A failing import is a bug and is reported as one, not hidden.
def _results() -> click.Command:
    from .results import results

    return results


def _merge() -> click.Command:
    from .merge import merge

    return merge


def _conflicts() -> click.Command:
    from .merge import conflicts

    return conflicts


def _compile_notes() -> click.Command:
    from ..exports.command import compile_notes

    return compile_notes


def _consolidation() -> click.Command:
    from .consolidation import consolidation

    return consolidation


def _serve() -> click.Command:
    from .serve import serve

    return serve


LAZY_COMMANDS: dict[str, Callable[[], click.Command]] = {
    "results": _results,
    "merge": _merge,
    "conflicts": _conflicts,
    "compile-notes": _compile_notes,
    "serve": _serve,
    "consolidation": _consolidation,
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            return LAZY_COMMANDS[name]()
        return super().get_command(ctx, name)


def fail(message: str, code: int) -> None:
    click.echo(f"workshop-app: {message}", err=True)
    sys.exit(code)


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.version_option(package_name="workshop-app")
@click.option("--lang", metavar="LANG", expose_value=False, callback=remember_language,
              help="Language of the messages (en, fr, …); default WORKSHOP_APP_LANG, then the locale.")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Workshop App: offline structured dialogues, rankings and comments, Word syntheses.

    With no command, opens the desktop app.
    """
    if ctx.invoked_subcommand is None:
        _start_gui(None)


def _start_gui(path: str | None) -> None:
    from ..ui.app import run_gui  # Qt is imported only here

    sys.exit(run_gui(path))


@cli.command("open")
@click.argument("file", type=click.Path(dir_okay=False), required=False)
def open_cmd(file: str | None) -> None:
    """Open FILE in the desktop app."""
    _start_gui(file)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--template", "-t", help="A .workshop or .json file to copy questions and framework from, "
              "or the name of a shipped template (default with --title: unhabitat-2026).")
@click.option("--title", help="Title of the first session.")
def new(file: str, template: str | None, title: str | None) -> None:
    """Create FILE. With neither option it holds no session (an empty merge master or import target)."""
    from ..samples.templates import create_from_template
    from ..storage import SessionFile

    path = Path(file)
    with SessionFile.create(path) as sf:
        if template or title:
            session = create_from_template(sf, template or "unhabitat-2026", title=title)
            click.echo(f"Created {path} with session “{session.title}” ({session.id}).")
        else:
            click.echo(f"Created {path} (no session yet).")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False), required=False)
@click.option("--seed", default=2024, show_default=True, help="Same seed, same demo.")
@click.option("--open", "open_after", is_flag=True,
              help="Then open it in the desktop app; a demo already at FILE is opened as it is.")
@click.option("--fresh", is_flag=True, help="Replace a demo already at FILE with a new one.")
def demo(file: str | None, seed: int, open_after: bool, fresh: bool) -> None:
    """Create FILE holding a realistic demo session (about 40 participants, 150 comments).

    Without FILE the demo lives in the app's own folder, so ``workshop-app demo --open`` can be run
    again and again: it opens the demo made the first time (``--fresh`` starts a new one).
    """
    from ..host.paths import default_demo_path

    path = Path(file) if file else default_demo_path()
    if path.exists() and not fresh:
        if not open_after:
            fail(render("cli.demo_exists", {"path": str(path)}, cli_language()), 2)
        click.echo(f"Opening the demo already at {path} (add --fresh to start a new one).")
    else:
        _write_demo(path, seed, replace=fresh)
    if open_after:
        _start_gui(str(path))


def _write_demo(path: Path, seed: int, *, replace: bool) -> None:
    """Build the demo beside ``path`` and move it into place, so a failure leaves ``path`` as it was."""
    import os

    from ..samples.demo import build_demo
    from ..storage import SessionFile
    from ..storage.lock import FileLock

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    with SessionFile.create(building) as sf:
        session = build_demo(sf, seed=seed)
        counts = sf.counts()
    if replace and path.exists():
        lock = FileLock(path)
        try:
            lock.acquire()  # refuses while the app has the old demo open
        except WorkshopError:
            building.unlink(missing_ok=True)
            raise
        try:
            for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)  # they belong to the demo being replaced
            os.replace(building, path)
        finally:
            lock.release()
    else:
        os.replace(building, path)
    click.echo(
        f"Created {path}: “{session.title}”, {counts['participants']} participants, "
        f"{counts['ballots']} ballots, {counts['comments']} comments."
    )


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info(file: str, as_json: bool) -> None:
    """What FILE holds: sessions, counts, version, seal."""
    from ..storage import open_readonly, seal_status

    with open_readonly(file) as sf:
        status = seal_status(sf)
        data = {
            "file": str(file),
            "schema_version": sf.source_version,
            "sealed": status.sealed,
            "seal_ok": status.ok if status.sealed else None,
            "seal": status.stored,
            "counts": sf.counts(),
            "sessions": [
                {
                    "id": s.id, "title": s.title, "event": s.event, "venue": s.venue, "city": s.city,
                    "country": s.country, "date": s.date, "language": s.language, "audience": s.audience,
                }
                for s in sf.sessions()
            ],
        }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{file}: schema version {data['schema_version']}, "
               + ("sealed, seal ok" if data["seal_ok"] else "sealed, SEAL DOES NOT MATCH" if data["sealed"]
                  else "not sealed"))
    click.echo("  " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in data["counts"].items()))
    for s in data["sessions"]:
        where = ", ".join(x for x in (s["event"], s["city"], s["date"]) if x)
        click.echo(f"  session {s['id']}: {s['title']}" + (f" ({where})" if where else "") + f" [{s['language']}]")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
def check(file: str) -> None:
    """Verify FILE: integrity, that it is ours, its version and exact schema, record hashes, seal."""
    from ..storage.check import check_file

    report = check_file(file)
    language = cli_language()
    for note in report.notes:
        click.echo(f"  {in_language(note, language)}")
    for problem in report.problems:
        click.echo(f"workshop-app: {file}: {in_language(problem, language)}", err=True)
    if report.exit_code == 0:
        click.echo(f"{file}: OK")
    sys.exit(report.exit_code)


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("data", type=click.Path(dir_okay=False, exists=True))
@click.option("--session", "session_id", help="Session to add an attendance or ballots sheet to.")
@click.option("--take-word-text", is_flag=True,
              help="For a Word note whose key messages were edited in Word: keep the text as edited there "
                   "(a new revision of each), not the data the note carries.")
def import_cmd(file: str, data: str, session_id: str | None, take_word_text: bool) -> None:
    """Add DATA to FILE: interchange .json, a Word note (.docx), or an attendance/ballots sheet (.xlsx/.csv).

    A note edited in Word is never taken silently: the key messages whose text differs are listed."""
    from ..imports.dispatch import import_data
    from ..storage import SessionFile

    with SessionFile.open(file) as sf:
        report = import_data(sf, Path(data), session_id=session_id, take_word_text=take_word_text)
    language = cli_language()
    click.echo(in_language(report.summary, language))
    for note in report.notes:
        click.echo(note.render(language), err=True)
    for edit in report.word_edits:
        click.echo(f"  - {edit.data_text}\n  + {edit.word_text}", err=True)
    if report.word_edits and not take_word_text:
        click.echo(Message("import.word_edits_hint").render(language), err=True)
    if report.exit_code:
        sys.exit(report.exit_code)  # as merge: 1 when the data brought a conflict


class RegistryChoice(click.Choice):
    """A choice read from the export registry each time it is used, so every registered format is offered."""

    def __init__(self, source: Callable[[], Sequence[str]]):
        self._source = source
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(self._source())

    @choices.setter
    def choices(self, _value: Sequence[str]) -> None:
        pass  # click.Choice.__init__ assigns it; the registry is the source


def _honouring(option: str) -> str:
    return "/".join(f.name for f in export_registry.formats() if f.honours(option))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=RegistryChoice(export_registry.names), default="json", show_default=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--session", "session_ids", multiple=True, help="Only this session (repeatable).")
@click.option("--anonymize", type=RegistryChoice(export_registry.anonymisation_modes), default="none",
              show_default=True, help=f"{_honouring(export_registry.ANONYMIZE)}: named only with consent (none), "
              "by organisation, or nobody named.")
@click.option("--language", help=f"{_honouring(export_registry.LANGUAGE)}: language of the fixed headings "
              "(default: the session's).")
@click.option("--table", type=RegistryChoice(export_registry.csv_tables), default="comments", show_default=True,
              help=f"{_honouring(export_registry.TABLE)}: which table to write.")
@click.option("--profile", type=RegistryChoice(export_registry.profiles), default="full", show_default=True,
              help=f"{_honouring(export_registry.PROFILE)}: the full note, or a short one (summary, results "
              "tables and key quotes).")
@click.option("--methodology/--no-methodology", default=None,
              help=f"{_honouring(export_registry.METHODOLOGY)}: add the methodology annex (default: for a "
              "merged master, not for a venue's note).")
def export(file: str, fmt: str, output: str, session_ids: tuple[str, ...], anonymize: str,
           language: str | None, table: str, profile: str, methodology: bool | None) -> None:
    """Write FILE's content in one of the registered formats: Word, Excel, CSV, REFI-QDA, interchange JSON."""
    options = export_registry.ExportOptions(session_ids=list(session_ids) or None, anonymize=anonymize,
                                            language=language, table=table, profile=profile,
                                            methodology=methodology)
    export_registry.export_file(Path(file), fmt, Path(output), options)
    click.echo(f"Wrote {output}")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The sealed copy to write.")
def handover(file: str, output: str) -> None:
    """Write a sealed, self-contained copy of FILE to hand over (no -wal needed beside it).

    FILE itself is never changed: the copy is made from a private copy of it (upgraded there if
    FILE is of an older version), and refused if FILE shows changes made outside the app.
    """
    from ..storage import handover as do_handover
    from ..storage import open_readonly
    from ..storage.check import refuse_untrusted
    from ..storage.lock import FileLock

    lock = FileLock(Path(file))  # not while a window has it open (it may be writing)
    lock.acquire()
    try:
        with open_readonly(file) as sf:
            refuse_untrusted(sf, "copy.handover")
            seal = do_handover(sf, Path(output))
    finally:
        lock.release()
    click.echo(f"Wrote {output}, sealed {seal[:16]}…")


def main(argv: list[str] | None = None) -> None:
    language = cli_language(sys.argv[1:] if argv is None else argv)
    try:
        cli.main(args=argv, prog_name="workshop-app", standalone_mode=False)
    except WorkshopError as exc:
        fail(exc.render(language), exc.exit_code)
    except click.exceptions.Abort:
        fail(render("cli.aborted", None, language), 1)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "workshop-app"
        fail(f"{exc.format_message()} (see `{command} --help`)", exc.exit_code)
    except click.ClickException as exc:
        fail(exc.format_message(), exc.exit_code)
    except sqlite3.DatabaseError as exc:  # damage found only while reading rows
        fail(render("cli.damaged_rows", {"reason": str(exc).splitlines()[0][:160]}, language), 2)
    except RecursionError:  # a value nested absurdly deep (JSON in a column, a document)
        fail(render("cli.nested_too_deep", None, language), 2)
    except ValidationError as exc:  # bad data given
        fail(exc.render(language), 1)
    except KeyboardInterrupt:
        fail(render("cli.interrupted", None, language), 1)
    except Exception as exc:  # noqa: BLE001 - a bug: logged in full, one sentence for the user
        from ..host.logs import failure_message

        fail(failure_message(exc, language), 1)

