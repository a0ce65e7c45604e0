"""Keyboard paths a facilitator takes, typed into the window as a person types (issue 11, item 5).

Every key goes to the active window (tests/ui/keyboard.py), so Qt routes it through combo boxes,
popups, buttons and shortcuts as a real keyboard does; results are read back from the file on disk.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from tests.ui.keyboard import activate, focused, press, type_text

from workshop_app.ui.launcher import Launcher


def participants(qtbot, window):
    window.show_page("participants")
    activate(qtbot, window)
    view = window.pages["participants"]
    view.quick.name.setFocus()
    qtbot.waitUntil(lambda: focused() is view.quick.name)
    return view


def tab_to(qtbot, widget, limit: int = 12) -> None:
    for _ in range(limit):
        if focused() is widget:
            return
        press(qtbot, "Tab")
    assert focused() is widget, f"Tab never reached {widget!r}; focus is on {focused()!r}"


def person(reread, path, name):
    return next((p for p in reread(path).participants if p.name == name), None)


# -- Participants: Enter anywhere in the add row adds -----------------------------------------------

def test_enter_on_the_consent_checkbox_adds(qtbot, main_window, controller, reread):
    view = participants(qtbot, main_window)
    type_text(qtbot, "Kofi Mensah")
    tab_to(qtbot, view.quick.consent)
    press(qtbot, "Space")
    assert view.quick.consent.isChecked()
    press(qtbot, "Enter")
    kofi = person(reread, controller.file.path, "Kofi Mensah")
    assert kofi is not None and kofi.consent_named
    assert view.quick.name.text() == "" and focused() is view.quick.name


def test_enter_on_the_add_button_adds_once(qtbot, main_window, controller, reread):
    view = participants(qtbot, main_window)
    type_text(qtbot, "Ama Owusu")
    tab_to(qtbot, view.quick.add)
    press(qtbot, "Enter")
    people = [p for p in reread(controller.file.path).participants if p.name == "Ama Owusu"]
    assert len(people) == 1


def test_enter_in_the_name_field_adds_exactly_once(qtbot, main_window, controller, reread):
    participants(qtbot, main_window)
    type_text(qtbot, "Yaw Boateng")
    press(qtbot, "Enter")
    assert [p.name for p in reread(controller.file.path).participants].count("Yaw Boateng") == 1


def test_typing_a_group_name_in_the_combo_selects_it_without_opening_the_list(qtbot, main_window, controller,
                                                                             reread):
    view = participants(qtbot, main_window)
    type_text(qtbot, "Efua Asante")
    tab_to(qtbot, view.quick.group)
    type_text(qtbot, "civil society")
    assert QApplication.activePopupWidget() is None
    assert view.quick.group.currentData() == "civil_society"
    press(qtbot, "Tab")
    assert focused() is view.quick.country
    type_text(qtbot, "Ghana")
    press(qtbot, "Enter")
    efua = person(reread, controller.file.path, "Efua Asante")
    assert efua is not None and efua.stakeholder_group == "civil_society" and efua.country == "Ghana"


def test_alt_down_still_opens_the_group_list(qtbot, main_window):
    view = participants(qtbot, main_window)
    tab_to(qtbot, view.quick.group)
    press(qtbot, "Alt+Down")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    press(qtbot, "Up")  # "Other" is last: one up is "UN-Habitat staff"
    press(qtbot, "Enter")  # chooses in the list and closes it
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert view.quick.group.currentData() == "staff"


# -- Capture: points and ratings ------------------------------------------------------------------

def capture(qtbot, window, kind: str, who: str):
    window.show_page("capture")
    view = window.pages["capture"]
    row = next(r for r in range(view.questions_model.rowCount()) if view.questions_model.question(r).kind == kind)
    view.question_box.setCurrentIndex(row)
    view.person_box.setCurrentIndex(view.people_model.find(who))
    activate(qtbot, window)
    return view


def test_tab_from_the_participant_goes_through_the_points_then_to_save(qtbot, main_window):
    view = capture(qtbot, main_window, "points", "Amina Diallo")
    press(qtbot, "Alt+P")
    assert focused() is view.person_box.lineEdit() or focused() is view.person_box
    boxes = list(view.points._boxes.values())
    assert len(boxes) > 2
    for box in boxes:
        press(qtbot, "Tab")
        assert focused() is box, f"expected the box of {box.accessibleName()!r}, focus is on {focused()!r}"
    press(qtbot, "Tab")
    assert focused() is view.save_button


def test_points_typed_through_the_boxes_and_enter_saves(qtbot, main_window, controller, reread):
    view = capture(qtbot, main_window, "points", "Carlos Rivera")
    q = view.question()
    press(qtbot, "Alt+P")
    press(qtbot, "Tab")
    type_text(qtbot, "60")
    press(qtbot, "Tab")
    type_text(qtbot, "40")
    press(qtbot, "Enter")
    options = controller.session_data().options_of(q.id)
    ballots = reread(controller.file.path).ballots_of(q.id)
    assert [b.points for b in ballots] == [{options[0].id: 60, options[1].id: 40}]


def test_enter_after_the_last_rating_saves(qtbot, main_window, controller, reread):
    view = capture(qtbot, main_window, "rating", "Wang Fang")
    q = view.question()
    view.focus_entry()
    assert focused() is view.rating.rows[0]
    values = [4, 5, 2, 3, 1][:len(view.rating.rows)]
    type_text(qtbot, "".join(str(v) for v in values))
    assert [r.value() for r in view.rating.rows] == values
    press(qtbot, "Enter")
    options = controller.session_data().options_of(q.id)
    stored = reread(controller.file.path).ballots_of(q.id)
    assert [b.ratings for b in stored] == [{o.id: v for o, v in zip(options, values, strict=True)}]


# -- Start screen ------------------------------------------------------------------------------

class RecordingLauncher(Launcher):
    def __init__(self):
        super().__init__()
        self.calls: list[str] = []

    def new_session(self, parent=None):
        self.calls.append("new")

    def open_dialog(self, parent=None):
        self.calls.append("open")

    def open_demo(self, parent=None):
        self.calls.append("demo")


@pytest.fixture
def start(qtbot, qapp):
    launcher = RecordingLauncher()
    launcher.show_start()
    window = launcher.start_window
    qtbot.addWidget(window)
    activate(qtbot, window)
    return launcher, window


def test_start_screen_enter_runs_the_default_action(qtbot, start):
    launcher, window = start
    assert focused() is window.new_button
    press(qtbot, "Enter")
    assert launcher.calls == ["new"]


@pytest.mark.parametrize("button, call", [("open_button", "open"), ("demo_button", "demo")])
def test_start_screen_buttons_answer_enter(qtbot, start, button, call):
    launcher, window = start
    tab_to(qtbot, getattr(window, button))
    press(qtbot, "Enter")
    assert launcher.calls == [call]


def test_tab_from_the_participant_reaches_the_first_rating_row(qtbot, main_window):
    view = capture(qtbot, main_window, "rating", "Amina Diallo")
    press(qtbot, "Alt+P")
    press(qtbot, "Tab")
    assert focused() is view.rating.rows[0]
