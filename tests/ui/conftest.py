"""Fixtures for the desktop-app tests: a real session file in tmp_path, a controller, the main window.

QT_QPA_PLATFORM=offscreen and a private WORKSHOP_APP_HOME come from tests/conftest.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop_app.domain.model import Participant, SessionData  # noqa: E402
from workshop_app.samples.templates import create_from_template  # noqa: E402
from workshop_app.storage import SessionFile, open_readonly  # noqa: E402

ENGLISH_QM = str(Path(__file__).resolve().parents[2] / "resources" / "translations" / "workshop_app_en.qm")

PEOPLE = [
    ("Amina Diallo", "Ministry of Urban Development", "member_state", "Senegal", True),
    ("Wang Fang", "Tsinghua University", "academia", "China", False),
    ("Carlos Rivera", "Habitat for Humanity", "civil_society", "Mexico", True),
    ("Fatima Al-Sayed", "UN-Habitat", "staff", "Egypt", True),
]


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    """A file made from the shipped framework template, with four participants; closed."""
    path = tmp_path / "venue.workshop"
    with SessionFile.create(path) as sf:
        session = create_from_template(sf, "unhabitat-2026", title="Dialogue at the Africa Urban Forum",
                                       city="Addis Ababa", country="Ethiopia", date="2024-09-04")
        sf.save_all([Participant(session=session.id, name=n, organisation=o, stakeholder_group=g, country=c,
                                 consent_named=k) for n, o, g, c, k in PEOPLE])
    return path


@pytest.fixture
def controller(qapp, session_path: Path):
    from workshop_app.ui.controller import AppController

    sf = SessionFile.open(session_path)
    ctrl = AppController(sf)
    yield ctrl
    ctrl.file.close()


def _forget_typing(window) -> None:
    """Closing would otherwise stop to ask about a ballot or comment typed and not saved."""
    window.pages["comments"].entry.text.clear()
    window.pages["capture"].clear_entry()


@pytest.fixture
def main_window(qtbot, controller):
    from workshop_app.ui.main_window import MainWindow

    window = MainWindow(controller)
    qtbot.addWidget(window, before_close_func=_forget_typing)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def reread() -> Callable[[Path], SessionData]:
    """What a file holds, read from disk afresh (a private copy; the open file is not touched)."""

    def read(path: Path) -> SessionData:
        with open_readonly(path) as sf:
            return sf.load_session(sf.sessions()[0].id)

    return read



@pytest.fixture(autouse=True)
def _english(qapp):
    """The app speaks English as ``make_application`` sets it up (its plural forms: "1 ballot"),
    and a test that chose another language leaves the shared QApplication so for the next."""
    from tests.ui.tour import speak_english

    if [t.filePath() for t in getattr(qapp, "_workshop_translators", [])] != [ENGLISH_QM]:
        speak_english(qapp)
    yield
    if [t.filePath() for t in getattr(qapp, "_workshop_translators", [])] != [ENGLISH_QM]:
        speak_english(qapp)
