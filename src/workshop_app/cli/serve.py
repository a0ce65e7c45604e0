"""``workshop-app serve``: the phone server without the desktop app (issue 13).

Prints the URL and the join code (and a QR code on a terminal), then serves until Ctrl+C (or
SIGTERM): answers stop, the server stops, the file is closed, and the command exits 0.
"""

from __future__ import annotations

import signal
import sys
import time

import click

from ..domain.errors import WorkshopError
from ..phones import PhoneServer
from ..phones.network import private_addresses
from ..phones.state import REGISTRATION_MODES
from ..services.session import service_for
from .results import _pick


def pick_host() -> str:
    """The one private address of this machine, or a sentence saying which --host to give."""
    found = private_addresses()
    if len(found) == 1:
        return found[0][1]
    if not found:
        raise WorkshopError(code="phones.no_private_address")
    listed = [f"{address} ({name})" if name else address for name, address in found]
    raise WorkshopError(code="phones.several_addresses", params={"addresses": listed})


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@click.option("--host", help="The address to listen on (default: this computer's one private address).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="0: any free port.")
@click.option("--question", "question_ids", multiple=True,
              help="Only this question (its id or the start of it; repeatable). Default: every question.")
@click.option("--session", "session_id", help="The session to serve when FILE holds several.")
@click.option("--registration", type=click.Choice(REGISTRATION_MODES), default="optional", show_default=True,
              help="Whether phones may (optional), must (required) or cannot (off) register.")
def serve(file: str, host: str | None, port: int, question_ids: tuple[str, ...], session_id: str | None,
          registration: str) -> None:
    """Let participants answer from their phones over the local network, until Ctrl+C."""
    from ..storage import SessionFile

    host = host or pick_host()
    with SessionFile.open(file) as sf:
        service = service_for(sf)
        questions = _questions(sf, question_ids, file) if question_ids else None
        server = PhoneServer(service, host=host, port=port, questions=questions, registration=registration,
                             session_id=session_id)
        server.start()
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            _announce(server)
            _wait(server)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
            signal.signal(signal.SIGTERM, previous)
        stats = server.stats()
    click.echo(f"Stopped. {sum(stats.answers.values())} answers and {stats.comments} comments "
               f"from {stats.devices} phones are in {file}.")


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _questions(sf, wanted: tuple[str, ...], file: str) -> list[str]:
    from ..domain import Question

    ids = [q.id for q in sf.all(Question)]
    return [_pick("questions", w, ids, file) for w in wanted]


def _announce(server: PhoneServer) -> None:
    click.echo(f"Phones can answer at {server.url}")
    click.echo(f"Join code: {server.join_code}")
    if sys.stdout.isatty():
        import segno

        try:
            segno.make(server.url, error="m").terminal(compact=True)
        except UnicodeEncodeError:  # a console that cannot show block characters: the URL is enough
            pass
    click.echo("Press Ctrl+C to stop.", nl=True)
    sys.stdout.flush()


def _wait(server: PhoneServer) -> None:
    shown = None
    while server.running:
        time.sleep(1)
        stats = server.stats()
        now = (stats.devices, sum(stats.answers.values()), stats.comments)
        if now != shown and now != (0, 0, 0):
            click.echo(f"{now[0]} phones, {now[1]} answers, {now[2]} comments")
            sys.stdout.flush()
            shown = now
    raise WorkshopError(code="phones.stopped")
