"""The presenter window: live, hidden until revealed, black-out, follows the main window, no names."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget  # noqa: E402
from tests.results_sample import build_results_sample, question_of  # noqa: E402

from workshop_app.domain.model import Ballot, Comment, Participant  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.controller import AppController  # noqa: E402
from workshop_app.ui.results.presenter import PresenterWindow, presenter_screen  # noqa: E402


@pytest.fixture
def opened(tmp_path):
    sf = SessionFile.create(tmp_path / "presenter.workshop")
    session = build_results_sample(sf, groups={"member_state": 5, "civil_society": 4})
    yield sf, session
    sf.close()


@pytest.fixture
def window(qtbot, opened):
    sf, _ = opened
    w = PresenterWindow(AppController(sf))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def all_text(w: PresenterWindow) -> list[str]:
    """Every text the window holds: each child widget's text and tooltip, and the chart's text artists."""
    texts = [w.windowTitle()]
    for child in w.findChildren(QWidget):
        texts.append(child.toolTip())
        texts.append(child.windowTitle())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
    texts += w.chart.texts()
    return [t for t in texts if t]


def test_saving_a_ballot_updates_the_presenter(qtbot, window, opened):
    sf, session = opened
    window.set_revealed(True)
    assert window.status.text() == "9 responses"
    q = question_of(sf, session, "ranking")
    opts = sf.load_session(session.id).options_of(q.id)
    p = Participant(session=session.id, stakeholder_group="academia")
    window.controller.save(p, "participant")
    window.controller.save(Ballot(session=session.id, question=q.id, participant=p.id,
                                  ranking=[[o.id] for o in reversed(opts)]), "ballot")
    qtbot.waitUntil(lambda: window.status.text() == "10 responses", timeout=3000)
    assert window.chart.isVisibleTo(window)
    qtbot.waitUntil(lambda: not window.chart.pending and window.chart.figure is not None, timeout=3000)
    borda = window.live.snapshot.result.options
    assert sum(r.borda for r in borda) > 0
    # The chart's bar values are the new Borda scores.
    bars = [p.get_width() for p in window.chart.figure.axes[0].patches]
    assert bars == [r.borda for r in borda]


def test_reveal_hide_and_black_out_keys(qtbot, window):
    assert not window.revealed and window.chart.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.revealed and window.chart.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.revealed and window.chart.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.stack.currentWidget() is window.black
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.stack.currentWidget() is window.page
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_follows_the_selected_question_and_starts_hidden(qtbot, window, opened):
    sf, session = opened
    window.set_revealed(True)
    points = question_of(sf, session, "points")
    window.controller.select_question(points.id)
    assert window.prompt.text() == points.prompt
    assert not window.revealed and window.chart.isHidden()
    window.set_revealed(True)
    qtbot.waitUntil(lambda: window.chart.figure is not None, timeout=3000)
    open_q = question_of(sf, session, "open")
    window.controller.select_question(open_q.id)
    assert window.prompt.text() == open_q.prompt
    assert window.status.text() == "0 comments"
    for text in ("Strength: the country offices.", "Threat: funding."):
        window.controller.save(Comment(session=session.id, question=open_q.id, text=text), "comment")
    qtbot.waitUntil(lambda: window.status.text() == "2 comments", timeout=3000)


def test_the_presenter_never_shows_a_participant_name(qtbot, window, opened):
    sf, session = opened
    people = sf.load_session(session.id).participants
    for p in people:  # everyone agrees to be named: the presenter still must not name them
        p.consent_named = True
    sf.save_all(people)
    q = question_of(sf, session, "ranking")
    window.controller.save(Comment(session=session.id, question=q.id, participant=people[0].id,
                                   text="Quoted words", starred=True), "comment")
    names = [p.name for p in people] + [p.organisation for p in people]
    assert all(names)
    seen: list[str] = []
    for question in window.controller.session_data().questions:
        window.controller.select_question(question.id)
        for revealed in (False, True):
            window.set_revealed(revealed)
            window.chart.draw_now()
            seen += all_text(window)
    window.set_blacked_out(True)
    seen += all_text(window)
    assert any("Borda" in t for t in seen)  # the walk did reach the chart
    leaked = [t for t in seen for n in names if n in t]
    assert leaked == []


def test_the_presenter_goes_to_another_display_when_there_is_one():
    a, b = object(), object()
    assert presenter_screen([a, b], a) is b
    assert presenter_screen([a, b], b) is a
    assert presenter_screen([a], a) is None


def test_present_without_a_second_display_opens_a_window(qtbot, window):
    window.hide()
    window.present()
    qtbot.waitExposed(window)
    assert window.isVisible() and not window.isFullScreen()
