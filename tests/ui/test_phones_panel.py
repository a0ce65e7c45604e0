"""File ▸ Open to phones: the panel, driven by keys, and a phone's answer arriving over HTTP."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from tests.ui.keyboard import activate, press

from workshop_app.ui.phones.panel import LOOPBACK, NetworkChoice, network_choices, order_choices
from workshop_app.ui.settings import app_settings


def test_private_addresses_come_first_and_this_laptop_only_last():
    choices = [
        NetworkChoice("Ethernet — 10.0.0.5", "10.0.0.5", True, 1),
        NetworkChoice("This laptop only — 127.0.0.1", "127.0.0.1", True, 3),
        NetworkChoice("Wi-Fi — 41.204.1.9", "41.204.1.9", False, 0),
        NetworkChoice("Wi-Fi — 192.168.137.1", "192.168.137.1", True, 0),
        NetworkChoice("tun0 — 100.64.0.2", "100.64.0.2", False, 2),
    ]
    assert [c.address for c in order_choices(choices)] == [
        "192.168.137.1", "10.0.0.5", "41.204.1.9", "100.64.0.2", "127.0.0.1"]


def test_the_machines_interfaces_are_offered_without_loopback_but_for_the_test_entry(qapp):
    choices = network_choices()
    assert choices[-1].address == LOOPBACK
    assert all(not c.address.startswith("127.") for c in choices[:-1])
    assert all(c.address.count(".") == 3 for c in choices)  # IPv4 only


class Phone:
    """A participant's phone as HTTP: joins with the URL, then posts as the page does."""

    def __init__(self, url: str):
        self.url = url
        self.base, self.code = url.split("/j/")
        self.client = httpx.Client(timeout=10)
        self.client.get(url).raise_for_status()

    def post(self, what: str, body: dict) -> httpx.Response:
        return self.client.post(f"{self.base}/api/{self.code}/{what}", json=body, headers={
            "Origin": self.base, "X-CSRF-Token": self.client.cookies["wa_csrf"]})


def test_open_to_phones_start_a_phone_answers_and_results_follow(qtbot, main_window):
    controller = main_window.controller
    data = controller.session_data()
    question = next(q for q in data.questions if q.kind == "ranking")
    options = data.options_of(question.id)
    activate(qtbot, main_window)
    press(qtbot, "Ctrl+Shift+P")
    panel = main_window.phones
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=3000)
    assert QApplication.focusWidget() is panel.network
    press(qtbot, "End")  # the last choice: this laptop only (a test has no room network)
    assert panel.network.currentData() == LOOPBACK
    press(qtbot, "Enter")  # Start is the default button
    qtbot.waitUntil(lambda: panel.server is not None, timeout=5000)
    server = panel.server
    assert server.url.startswith(f"http://{LOOPBACK}:") and panel.url.text() == server.url
    assert server.join_code in panel.code.text()
    assert not panel.qr.pixmap().isNull() and panel.qr.pixmap().width() >= 300
    assert app_settings().value("phones/address") == LOOPBACK  # remembered for next time

    phone = Phone(server.url)
    answer = phone.post("answer", {"question_id": question.id, "ranking": [[options[3].id], [options[0].id]]})
    assert answer.json()["ok"] is True
    qtbot.waitUntil(lambda: "Phones joined: 1" in panel.counts.text(), timeout=5000)
    qtbot.waitUntil(lambda: any(line.startswith("1. ") and line.endswith(" — 1")
                                for line in panel.counts.text().splitlines()), timeout=5000)

    # the ballot is in the results as if typed, and on nobody's undo stack
    qtbot.waitUntil(lambda: len(controller.session_data().ballots_of(question.id)) == 1, timeout=5000)
    assert controller.undo_stack.count() == 0
    press(qtbot, "Esc")  # the panel hides; the server goes on
    assert not panel.isVisible() and server.running
    main_window.show_page("results")
    results = main_window.pages["results"]
    controller.select_question(question.id)
    qtbot.waitUntil(lambda: results.counts.text() == "1 ballot", timeout=5000)

    # Close answers: refused at once, in the phone's language, and the file keeps only the first
    press(qtbot, "Ctrl+Shift+P")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=3000)
    panel.close_button.click()
    assert "Closed" in panel.state.text() and panel.reopen_button.isVisible()
    refused = phone.post("answer", {"question_id": question.id, "ranking": [[options[1].id]]})
    assert refused.status_code == 409 and refused.json()["code"] == "phone.closed"
    [ballot] = controller.file.load_session(controller.session_id).ballots_of(question.id)
    assert ballot.ranking == [[options[3].id], [options[0].id]] and ballot.rev == 1
    phone.client.close()


def test_the_server_stops_when_the_file_closes(qtbot, main_window):
    main_window.open_phones()
    panel = main_window.phones
    panel.network.setCurrentIndex(panel.network.findData(LOOPBACK))
    assert panel.start()
    server = panel.server
    url = server.url
    assert httpx.get(url, timeout=5).status_code == 200
    main_window.pages["capture"].clear_entry()
    main_window.close()
    assert not server.running and panel.server is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_the_network_and_registration_chosen_are_remembered(qtbot, controller):
    from workshop_app.ui.phones.panel import PhonesPanel

    first = PhonesPanel(controller)
    qtbot.addWidget(first)
    first.network.setCurrentIndex(first.network.findData(LOOPBACK))
    first.registration.setCurrentIndex(first.registration.findData("required"))
    assert first.start() and first.server.state.registration == "required"
    first.shutdown()
    again = PhonesPanel(controller)
    qtbot.addWidget(again)
    assert again.network.currentData() == LOOPBACK and again.registration.currentData() == "required"


def test_the_presenter_shows_the_join_code_while_phones_can_answer(qtbot, main_window):
    from workshop_app.ui.phones.presenter_badge import JoinBadge

    main_window.open_presenter()
    presenter = main_window.presenter
    presenter.resize(1280, 720)
    main_window.open_phones()
    panel = main_window.phones
    panel.network.setCurrentIndex(panel.network.findData(LOOPBACK))
    assert panel.start()
    badge = presenter.page.findChild(JoinBadge)
    assert badge is not None and badge.isVisible()
    assert badge.url.text() == panel.server.url.removeprefix("http://")
    assert panel.server.join_code in badge.code.text() and not badge.qr.pixmap().isNull()
    # the question flows around it: nothing of the page's text sits under the badge
    qtbot.waitUntil(lambda: presenter.prompt.geometry().right() < badge.geometry().left(), timeout=3000)
    panel.close_answers()
    assert not badge.isVisible()
    panel.reopen_answers()
    assert badge.isVisible()
    panel.shutdown()
    assert not badge.isVisible()


def test_work_going_on_in_a_copy_stops_the_server_of_the_old_file(qtbot, controller, tmp_path):
    from workshop_app.storage import SessionFile, handover
    from workshop_app.ui.phones.panel import PhonesPanel

    panel = PhonesPanel(controller)
    qtbot.addWidget(panel)
    panel.network.setCurrentIndex(panel.network.findData(LOOPBACK))
    assert panel.start()
    old = panel.server
    copy = tmp_path / "copy.workshop"
    handover(controller.file, copy)
    original = controller.file
    controller.replace_file(SessionFile.open(copy))
    original.close()
    assert panel.server is None and not old.running
    assert "another file" in panel.state.text()
    assert panel.start() and panel.server.state.service is controller.service
    panel.shutdown()


def test_one_question_at_a_time_follows_the_question_selected_in_the_app(qtbot, controller):
    from workshop_app.ui.phones.panel import PhonesPanel

    first, second = controller.session_data().questions[:2]
    controller.select_question(first.id)
    panel = PhonesPanel(controller)
    qtbot.addWidget(panel)
    panel.network.setCurrentIndex(panel.network.findData(LOOPBACK))
    panel.scope.setCurrentIndex(panel.scope.findData("current"))
    assert panel.start()
    phone = Phone(panel.server.url)

    def open_ids() -> set[str]:
        view = phone.client.get(f"{phone.base}/api/{phone.code}/session").json()
        return {q["id"] for q in view["questions"] if q["open"]}

    assert open_ids() == {first.id} and "question 1 only" in panel.state.text()
    controller.select_question(second.id)  # the facilitator moves on in Capture or Results
    assert open_ids() == {second.id} and "question 2 only" in panel.state.text()
    panel.close_answers()
    controller.select_question(first.id)  # closed stays closed
    assert open_ids() == set()
    panel.reopen_answers()
    assert open_ids() == {first.id}
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    assert open_ids() == {q.id for q in controller.session_data().questions}
    phone.client.close()
    panel.shutdown()
