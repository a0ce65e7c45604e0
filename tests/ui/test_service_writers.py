"""Writers other than the facilitator, through the session service, while the main window is open.

A plain ``threading.Thread`` (as the phone server will be) writes a ballot through the service of
the open file; the views follow on the GUI thread, nothing lands on the facilitator's undo stack,
and nobody opens the file a second time. An import through the dialog is published the same way.
"""

from __future__ import annotations

import threading

from keyboard import activate, press, type_text

from workshop_app.domain.errors import FileInUseError
from workshop_app.domain.model import Ballot
from workshop_app.services import Changes, find_open
from workshop_app.storage import SessionFile


def ranking_question(controller):
    return next(q for q in controller.session_data().questions if q.kind == "ranking")


def save_a_ballot_by_keyboard(qtbot, window) -> None:
    """The facilitator's own step: a ranking typed on the Capture page, Enter (Amina Diallo's)."""
    activate(qtbot, window)
    window.show_page("capture")
    type_text(qtbot, "1 2")
    press(qtbot, "Enter")


def test_a_ballot_written_on_another_thread_updates_results_and_counts(qtbot, main_window, controller, reread):
    save_a_ballot_by_keyboard(qtbot, main_window)
    steps = controller.undo_stack.count()
    assert steps == 1
    q = ranking_question(controller)
    wang = next(p for p in controller.session_data().participants if p.name == "Wang Fang")
    options = controller.session_data().options_of(q.id)
    main_window.show_page("results")
    results = main_window.pages["results"]
    qtbot.waitUntil(lambda: results.panel.model.result is not None and results.panel.model.result.ballots == 1,
                    timeout=3000)
    assert main_window.counts.text() == "4 participants · 1 ballot · 0 comments"

    path = controller.file.path
    outcome: dict = {}

    def phone() -> None:  # what a second writer in this process does: no SessionFile.open of its own
        try:
            try:
                SessionFile.open(path)
            except FileInUseError:
                outcome["second open refused"] = True
            service = find_open(path)
            ballot = Ballot(session=q.session, question=q.id, participant=wang.id,
                            ranking=[[options[2].id], [options[0].id]])
            outcome["stored"] = service.save(ballot, origin="phone")
        except Exception as exc:  # noqa: BLE001 - reported to the test below
            outcome["error"] = exc

    writer = threading.Thread(target=phone)
    writer.start()
    writer.join(10)
    assert "error" not in outcome and outcome["second open refused"]
    qtbot.waitUntil(lambda: main_window.counts.text() == "4 participants · 2 ballots · 0 comments", timeout=3000)
    qtbot.waitUntil(lambda: results.panel.model.result.ballots == 2, timeout=3000)
    table = results.panel.model
    firsts = {table.index(r, 0).data(): table.result.options[r].first_preferences for r in range(table.rowCount())}
    assert table.rowCount() == len(options) and sum(firsts.values()) == 2
    assert controller.undo_stack.count() == steps  # the phone's ballot is not the facilitator's to undo
    assert controller.session_data() == reread(path)  # the patched cache is what the file holds
    assert len(reread(path).ballots_of(q.id)) == 2


def test_the_facilitators_save_is_still_undone_by_ctrl_z(qtbot, main_window, controller, reread):
    seen: list[Changes] = []
    controller.service.subscribe(seen.append)
    save_a_ballot_by_keyboard(qtbot, main_window)
    q = ranking_question(controller)
    assert [c.origin for c in seen] == ["gui"] and seen[0].tables == {"ballots"}
    assert len(reread(controller.file.path).ballots_of(q.id)) == 1
    press(qtbot, "Ctrl+Z")
    qtbot.waitUntil(lambda: reread(controller.file.path).ballots_of(q.id) == [], timeout=3000)
    assert [c.origin for c in seen] == ["gui", "gui"]
    assert main_window.counts.text() == "4 participants · 0 ballots · 0 comments"


def test_an_import_through_the_dialog_is_published_and_the_views_reload(qtbot, main_window, controller, tmp_path):
    from test_import_gui import open_import, press_to_close, previewed

    sheet = tmp_path / "ballots.csv"
    sheet.write_text("Participant;Question;P1;P2;P3;P4;P5\nAmina Diallo;2;40;10;20;20;10\n", encoding="utf-8")
    seen: list[Changes] = []
    controller.service.subscribe(seen.append)
    dialog = previewed(qtbot, open_import(qtbot, main_window), sheet)
    assert seen == []  # the preview runs on a copy: nothing published
    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    assert [(c.origin, c.full_reload) for c in seen] == [("import", True)]
    assert main_window.counts.text() == "4 participants · 1 ballot · 0 comments"
    assert controller.undo_stack.count() == 0
    press_to_close(qtbot, "Enter", dialog)


def test_merging_into_the_open_file_by_its_path_uses_its_service(qtbot, main_window, controller, tmp_path):
    from PySide6.QtCore import Qt

    from workshop_app.domain.model import Participant
    from workshop_app.ui.merge.merge_window import MergeWindow

    laptop = tmp_path / "laptop2.workshop"
    controller.file.backup_to(laptop)
    with SessionFile.open(laptop) as sf:
        sf.save(Participant(session=sf.sessions()[0].id, name="Kwame Asare", stakeholder_group="local_government"))
    save_a_ballot_by_keyboard(qtbot, main_window)
    seen: list[Changes] = []
    controller.service.subscribe(seen.append)
    merge = MergeWindow(main_window, master=controller.file.path)  # chosen by its path, as staff would
    qtbot.addWidget(merge)
    merge.show()
    merge.add_files([laptop])
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.last_report is not None and not merge.running(), timeout=20000)
    assert merge.last_report.sources[0].status == "merged", merge.last_report.sources[0].reason
    assert [(c.origin, c.full_reload) for c in seen] == [("merge", True)]
    qtbot.waitUntil(lambda: main_window.counts.text() == "5 participants · 1 ballot · 0 comments", timeout=3000)
    assert controller.undo_stack.count() == 0  # the views reloaded after a merge: older steps dropped, none added
