"""``workshop-app consolidation``: a master's own title, key messages and conclusions.

With no option, prints them. With options, writes a new revision of the file's own consolidation
(creating it the first time): ``--title``, ``--key-message`` (repeat it, in order; it replaces the
list), ``--conclusions`` or ``--conclusions-file`` (``-`` for standard input), ``--language``.
They open the master's synthesis (``workshop-app export``): its title, and its summary's key
messages and conclusions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..domain.messages import render
from ..domain.model import UN_LANGUAGES, Consolidation, shared_language
from .language import cli_language


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--title", help="The synthesis's title (empty: the default title).")
@click.option("--key-message", "key_messages", multiple=True,
              help="A key message; repeat it for several, in order. Replaces the list.")
@click.option("--no-key-messages", is_flag=True, help="Remove every key message.")
@click.option("--conclusions", help="The overall conclusions (paragraphs separated by a blank line).")
@click.option("--conclusions-file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read the conclusions from this UTF-8 text file (- for standard input).")
@click.option("--language", type=click.Choice(UN_LANGUAGES), help="The language they are written in.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def consolidation(file: str, title: str | None, key_messages: tuple[str, ...], no_key_messages: bool,
                  conclusions: str | None, conclusions_file: str | None, language: str | None, as_json: bool) -> None:
    """Show or write the consolidated synthesis of FILE: the title, key messages and conclusions
    headquarters writes over all its dialogues, which open the master's Word synthesis."""
    lang = cli_language()
    name = click.format_filename(file)
    if conclusions_file is not None:
        if conclusions is not None:
            raise click.UsageError(render("cli.consolidation_two_conclusions", None, lang))
        conclusions = _read_text(conclusions_file)
    if key_messages and no_key_messages:
        raise click.UsageError(render("cli.consolidation_two_lists", None, lang))
    writing = any(v is not None for v in (title, conclusions, language)) or key_messages or no_key_messages
    if not writing:
        from ..storage import open_readonly

        with open_readonly(file) as sf:
            current = sf.consolidation()
        _show(current, name, as_json, lang)
        return
    from ..services import service_for
    from ..storage import SessionFile

    with SessionFile.open(file) as sf:
        current = sf.consolidation() or Consolidation(language=shared_language(s.language for s in sf.sessions()))
        if title is not None:
            current.title = title.strip()
        if key_messages or no_key_messages:
            current.key_messages = [m.strip() for m in key_messages]
        if conclusions is not None:
            current.conclusions = conclusions.strip()
        if language is not None:
            current.language = language
        stored = service_for(sf).save(current, origin="cli")
    if as_json:
        _show(stored, name, True, lang)
    else:
        click.echo(render("cli.consolidation_saved", {"name": name, "rev": stored.rev}, lang))


def _read_text(path: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return data.decode("utf-8-sig", errors="replace")


def _show(c: Consolidation | None, name: str, as_json: bool, lang: str) -> None:
    if as_json:
        out = None if c is None else {"id": c.id, "rev": c.rev, "title": c.title, "language": c.language,
                                       "key_messages": c.key_messages, "conclusions": c.conclusions}
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if c is None:
        click.echo(render("cli.consolidation_none", {"name": name}, lang))
        return
    click.echo(render("cli.consolidation_title", {"title": c.title or "—"}, lang))
    click.echo(render("cli.consolidation_key_messages", {"n": len(c.key_messages)}, lang))
    for i, message in enumerate(c.key_messages, 1):
        click.echo(f"  {i}. {message}")
    click.echo(render("cli.consolidation_conclusions", None, lang))
    for paragraph in c.conclusions.split("\n") if c.conclusions else ["—"]:
        click.echo(f"  {paragraph}")
