"""Capture and Comments typed as a facilitator types: keys go to the window, Qt routes them.

Every test here drives the top-level window with ``tests/ui/keyboard.py`` (completer popups, combo
boxes, shortcuts and dialogs see the keys as on a real desktop) and checks the file on disk.
"""

from __future__ import annotations

import pytest
from keyboard import activate, focused, press, type_text

from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile


def ranking_question(controller):
    return next(q for q in controller.session_data().questions if q.kind == "ranking")


def person(controller, name: str):
    return next(p for p in controller.session_data().participants if p.name == name)


def open_capture(qtbot, window):
    activate(qtbot, window)
    window.show_page("capture")
    return window.pages["capture"]


def test_alt_p_a_name_enter_then_a_ranking_enter_saves_it_for_that_person(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    press(qtbot, "Alt+P")
    type_text(qtbot, "Carlos")
    press(qtbot, "Enter")
    assert focused() is view.ranking.typed, "Enter on a typed name moves to the entry"
    type_text(qtbot, "1 2 3 4 5")
    press(qtbot, "Enter")

    ballots = reread(controller.file.path).ballots_of(q.id)
    assert [b.participant for b in ballots] == [person(controller, "Carlos Rivera").id]
    assert len(ballots[0].ranking) == 5
    assert view.problem.text() == "Saved the ballot of Carlos Rivera."
    assert "1 of 4 participants answered" in view.progress.text()


def test_a_name_typed_in_lower_case_and_part_of_it_is_enough(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    press(qtbot, "Alt+P")
    type_text(qtbot, "sayed")
    press(qtbot, "Enter")
    assert focused() is view.ranking.typed
    type_text(qtbot, "2 1")
    press(qtbot, "Enter")
    assert [b.participant for b in reread(controller.file.path).ballots_of(q.id)] == [
        person(controller, "Fatima Al-Sayed").id]


def test_a_name_that_matches_no_one_says_so_once_and_keeps_the_focus(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    press(qtbot, "Alt+P")
    type_text(qtbot, "Zora")
    press(qtbot, "Enter")
    assert "No participant matches" in view.problem.text() and "Zora" in view.problem.text()
    assert view.problem.isVisible()
    assert focused() in (view.person_box, view.person_box.lineEdit())
    assert view.person_box.lineEdit().text() == "Zora"  # what was typed stays, to correct it
    assert reread(controller.file.path).ballots_of(q.id) == []


def test_the_comments_speaker_box_takes_a_typed_name_and_enter(qtbot, main_window, controller, reread):
    activate(qtbot, main_window)
    main_window.show_page("comments")
    view = main_window.pages["comments"]
    type_text(qtbot, "We need more housing")
    press(qtbot, "Alt+P")
    assert focused() in (view.entry.speaker, view.entry.speaker.lineEdit())
    type_text(qtbot, "wang")
    press(qtbot, "Enter")
    assert focused() is view.entry.text
    press(qtbot, "Enter")
    comments = reread(controller.file.path).comments
    assert [(c.text, c.participant) for c in comments] == [
        ("We need more housing", person(controller, "Wang Fang").id)]


# -- item 2: who is suggested ----------------------------------------------------------------------
@pytest.fixture
def empty_window(qtbot, qapp, tmp_path):
    """A new session from the template with nobody registered yet, in its main window."""
    from workshop_app.ui.controller import AppController
    from workshop_app.ui.main_window import MainWindow

    path = tmp_path / "new.workshop"
    with SessionFile.create(path) as sf:
        create_from_template(sf, "unhabitat-2026", title="New dialogue", city="Cairo", country="Egypt",
                             date="2024-11-04")
    controller = AppController(SessionFile.open(path))
    window = MainWindow(controller)
    qtbot.addWidget(window, before_close_func=lambda w: w.pages["capture"].clear_entry())
    activate(qtbot, window)
    yield window
    controller.file.close()


def test_people_registered_after_the_session_was_created_are_suggested_in_turn(qtbot, empty_window, reread):
    window, controller = empty_window, empty_window.controller
    capture = window.pages["capture"]
    assert capture.person_box.currentIndex() == 0  # nobody to suggest yet
    press(qtbot, "Ctrl+2")  # Participants
    assert focused() is window.pages["participants"].quick.name
    for name in ("Amina Diallo", "Wang Fang"):
        type_text(qtbot, name)
        press(qtbot, "Enter")
    press(qtbot, "Ctrl+3")  # Capture
    assert capture.person_box.currentText().startswith("Amina Diallo")
    assert focused() is capture.ranking.typed
    type_text(qtbot, "1 2")
    press(qtbot, "Enter")
    assert capture.person_box.currentText().startswith("Wang Fang")
    type_text(qtbot, "2 1")
    press(qtbot, "Enter")
    q = ranking_question(controller)
    ballots = reread(controller.file.path).ballots_of(q.id)
    assert [b.participant for b in ballots] == [person(controller, "Amina Diallo").id,
                                               person(controller, "Wang Fang").id]


def test_a_question_changed_suggests_its_first_participant_without_a_ballot(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    type_text(qtbot, "1")
    press(qtbot, "Enter")  # Amina's
    press(qtbot, "Alt+Q")
    press(qtbot, "Down")
    assert view.question().id != q.id
    assert view.person_box.currentText().startswith("Amina Diallo"), "nobody answered the new question yet"
    press(qtbot, "Up")
    assert view.question().id == q.id
    assert view.person_box.currentText().startswith("Wang Fang")
    assert view.editing is None and "New ballot" in view.mode.text()


# -- item 3: after the last person ------------------------------------------------------------------
def test_after_everyone_answered_the_next_paper_ballot_is_a_new_anonymous_one(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    for typed in ("1 2", "2 1", "3 1", "4 1"):  # the four registered people, in turn
        type_text(qtbot, typed)
        press(qtbot, "Enter")
    stored = {b.participant: b for b in reread(controller.file.path).ballots_of(q.id)}
    assert len(stored) == 4
    assert view.person_box.currentIndex() == 0 and view.editing is None
    assert view.mode.isVisible() and "Everyone listed has a ballot for this question" in view.mode.text()
    assert view.problem.text() == "Saved the ballot of Fatima Al-Sayed."
    assert view.ranking.typed.text() == "" and focused() is view.ranking.typed

    type_text(qtbot, "5 4")  # a paper ballot from someone not registered
    press(qtbot, "Enter")
    after = reread(controller.file.path).ballots_of(q.id)
    assert len(after) == 5
    assert {b.participant: (b.rev, b.ranking) for b in after if b.participant} == {
        pid: (b.rev, b.ranking) for pid, b in stored.items()}, "no listed person's ballot was touched"
    assert view.problem.text() == "Saved an anonymous ballot."
    assert "Everyone listed has a ballot for this question" in view.mode.text()


def test_editing_someone_s_ballot_happens_only_when_picked_and_is_announced(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    for typed in ("1 2", "2 1", "3 1", "4 1"):
        type_text(qtbot, typed)
        press(qtbot, "Enter")
    press(qtbot, "Alt+P")
    type_text(qtbot, "Wang")
    press(qtbot, "Enter")
    assert view.editing is not None and view.editing.participant == person(controller, "Wang Fang").id
    assert "Editing the ballot of Wang Fang" in view.mode.text() and view.mode.isVisible()
    assert focused() is view.ranking.typed and view.ranking.typed.text() == "2 1"
    type_text(qtbot, "5")  # replaces the selected text
    press(qtbot, "Enter")
    wang = next(b for b in reread(controller.file.path).ballots_of(q.id)
                if b.participant == person(controller, "Wang Fang").id)
    option5 = controller.session_data().options_of(q.id)[4].id
    assert (wang.rev, wang.ranking) == (2, [[option5]])
    assert view.problem.text() == "Saved the ballot of Wang Fang."
    assert view.editing is None and view.person_box.currentIndex() == 0  # back to new anonymous ballots
    assert len(reread(controller.file.path).ballots_of(q.id)) == 4


def test_a_name_that_matches_several_people_asks_for_more(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    before = view.person_box.currentIndex()
    press(qtbot, "Alt+P")
    type_text(qtbot, "an")
    press(qtbot, "Enter")
    assert "4 participants match" in view.problem.text() or "participants match “an”" in view.problem.text()
    assert focused() in (view.person_box, view.person_box.lineEdit())
    assert view.person_box.currentIndex() == before
    type_text(qtbot, "g")  # "ang": Wang Fang only
    press(qtbot, "Enter")
    assert focused() is view.ranking.typed
    type_text(qtbot, "1")
    press(qtbot, "Enter")
    assert [b.participant for b in reread(controller.file.path).ballots_of(q.id)] == [
        person(controller, "Wang Fang").id]


def test_tab_out_of_the_participant_box_picks_the_typed_name_too(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    press(qtbot, "Alt+P")
    type_text(qtbot, "carlos")
    press(qtbot, "Tab")
    assert focused() is view.ranking.typed
    assert view.person_box.currentText().startswith("Carlos Rivera")
    type_text(qtbot, "4 5")
    press(qtbot, "Enter")
    assert [b.participant for b in reread(controller.file.path).ballots_of(q.id)] == [
        person(controller, "Carlos Rivera").id]


def test_a_person_picked_stays_picked_when_someone_registers_meanwhile(qtbot, main_window, controller, reread):
    from workshop_app.domain.model import Participant

    view = open_capture(qtbot, main_window)
    press(qtbot, "Alt+P")
    type_text(qtbot, "Fatima")
    press(qtbot, "Enter")
    controller.save(Participant(session=controller.session_id, name="Kofi Mensah"), "Add participant")  # a phone
    assert view.person_box.currentText().startswith("Fatima Al-Sayed")
    type_text(qtbot, "1")
    press(qtbot, "Enter")
    q = ranking_question(controller)
    assert [b.participant for b in reread(controller.file.path).ballots_of(q.id)] == [
        person(controller, "Fatima Al-Sayed").id]


def test_a_speaker_nobody_has_says_so_and_keeps_the_comment(qtbot, main_window, controller, reread):
    activate(qtbot, main_window)
    main_window.show_page("comments")
    view = main_window.pages["comments"]
    type_text(qtbot, "Transport first")
    press(qtbot, "Alt+P")
    type_text(qtbot, "Zora")
    press(qtbot, "Enter")
    assert "No participant matches" in view.entry.status.text()
    assert focused() in (view.entry.speaker, view.entry.speaker.lineEdit())
    assert reread(controller.file.path).comments == []
    assert view.entry.text.toPlainText() == "Transport first"
    view.entry.text.clear()


def test_down_in_the_completion_list_then_enter_picks_that_row(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    press(qtbot, "Alt+P")
    type_text(qtbot, "fa")  # Wang Fang and Fatima Al-Sayed
    popup = view.person_picker.completer.popup()
    assert popup.isVisible()
    press(qtbot, "Down")
    press(qtbot, "Down")  # the second: Fatima
    press(qtbot, "Enter")
    assert focused() is view.ranking.typed
    assert view.person_box.currentText().startswith("Fatima Al-Sayed")
    type_text(qtbot, "3")
    press(qtbot, "Enter")
    assert [b.participant for b in reread(controller.file.path).ballots_of(q.id)] == [
        person(controller, "Fatima Al-Sayed").id]
