"""Helpers for the phone page tests: the real phone server on 127.0.0.1 and Debian's chromium.

Used by ``test_page_browser.py`` and the screenshot script; the phone server's own tests keep
``conftest.py`` to themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from workshop_app.domain.model import SessionData
from workshop_app.phones import PhoneServer
from workshop_app.samples.templates import create_from_template
from workshop_app.services import service_for
from workshop_app.storage import SessionFile, open_readonly

CHROMIUM = "/usr/bin/chromium"
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
WAIT = 15_000  # ms: the most a step may take on a busy 2-core machine before a test fails


@dataclass
class Served:
    server: PhoneServer
    path: Path
    file: SessionFile

    def read(self) -> SessionData:
        """The file as stored, read through a private copy (the server keeps it open)."""
        with open_readonly(self.path) as sf:
            return sf.load_session(sf.sessions()[0].id)

    def question(self, kind: str):
        data = self.read()
        q = next(q for q in data.questions if q.kind == kind)
        return q, data.options_of(q.id)


def serve(tmp_path: Path, registration: str = "optional") -> Iterator[Served]:
    path = tmp_path / "venue.workshop"
    with SessionFile.create(path) as sf:
        create_from_template(sf, "unhabitat-2026", title="Dialogue at the Africa Urban Forum", city="Addis Ababa")
    sf = SessionFile.open(path)
    server = PhoneServer(service_for(sf), host="127.0.0.1", port=0, registration=registration)
    server.start()
    try:
        yield Served(server, path, sf)
    finally:
        server.stop()
        sf.close()


def launch(playwright):
    """Debian's chromium, or a clean skip saying why."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])


def open_page(context, served: Served, query: str = ""):
    """The phone page as a participant sees it once the questions are there; page errors fail the test."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    page.goto(served.server.url + query)
    page.wait_for_selector(".q")
    return page


def card(page, kind: str):
    return page.locator(f'.q[data-kind="{kind}"]')
