"""Participants through the real widgets: quick add, edits in the table, sheet import, seats."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from workshop_app.domain.errors import UnusableFileError
from workshop_app.imports.sheets import stakeholder_group
from workshop_app.ui.attendance import read_attendance


def page(window):
    window.show_page("participants")
    return window.pages["participants"]


def by_name(data, name):
    return next(p for p in data.participants if p.name == name)


def accept_next_dialog(qtbot, action=None):
    """Accept the next modal dialog (after ``action`` on it), as a person clicking OK would."""
    seen = {}

    def finish():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, finish)
            return
        seen["dialog"] = dialog
        if action:
            action(dialog)
        dialog.accept()

    QTimer.singleShot(0, finish)
    return seen


def test_quick_add_keeps_the_focus_for_the_next_person(qtbot, main_window, controller, reread):
    view = page(main_window)
    quick = view.quick
    quick.name.setFocus()
    qtbot.keyClicks(quick.name, "Kofi Mensah")
    qtbot.keyClicks(quick.organisation, "City of Accra")
    quick.group.setCurrentIndex(quick.group.findData("local_government"))
    qtbot.keyClicks(quick.country, "Ghana")
    quick.consent.setChecked(True)
    qtbot.keyClick(quick.country, Qt.Key.Key_Return)
    assert quick.name.hasFocus() and quick.name.text() == "" and quick.organisation.text() == ""
    assert quick.country.text() == "Ghana"  # a delegation's country and group stay for the next person
    quick.name.setText("Лейла Назарова")  # non-ASCII typed with setText
    qtbot.keyClick(quick.name, Qt.Key.Key_Return)

    data = reread(controller.file.path)
    kofi = by_name(data, "Kofi Mensah")
    assert (kofi.organisation, kofi.stakeholder_group, kofi.country, kofi.consent_named) == (
        "City of Accra", "local_government", "Ghana", True)
    assert by_name(data, "Лейла Назарова").consent_named is False
    assert view.model.rowCount() == 6


def test_an_empty_quick_add_is_refused(qtbot, main_window, controller, reread):
    view = page(main_window)
    view.quick.country.clear()
    qtbot.keyClick(view.quick.name, Qt.Key.Key_Return)
    assert "anonymous seats" in view.message.text()
    assert len(reread(controller.file.path).participants) == 4


def test_table_edits_are_commits_and_undoable(qtbot, main_window, controller, reread):
    view = page(main_window)
    model = view.model
    row = model.row_of(by_name(controller.session_data(), "Wang Fang").id)
    assert model.setData(model.index(row, model.column_of("organisation")), "Peking University")
    assert model.setData(model.index(row, model.column_of("stakeholder_group")), "un_system")
    consent = model.index(row, model.column_of("consent_named"))
    assert model.setData(consent, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wang = by_name(reread(controller.file.path), "Wang Fang")
    assert (wang.organisation, wang.stakeholder_group, wang.consent_named) == ("Peking University", "un_system", True)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    wang = by_name(reread(controller.file.path), "Wang Fang")
    assert (wang.organisation, wang.stakeholder_group, wang.consent_named) == ("Peking University", "academia", False)
    controller.undo_stack.undo()
    assert by_name(reread(controller.file.path), "Wang Fang").organisation == "Tsinghua University"
    assert model.data(model.index(row, model.column_of("organisation"))) == "Tsinghua University"


def test_delete_key_deletes_and_undo_brings_back(qtbot, main_window, controller, reread):
    view = page(main_window)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(reread(controller.file.path).participants) == 3
    controller.undo_stack.undo()
    assert len(reread(controller.file.path).participants) == 4


def write_sheet(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def test_import_xlsx_with_preview(qtbot, main_window, controller, reread, tmp_path):
    sheet = tmp_path / "attendance.xlsx"
    write_sheet(sheet, [
        ["Sign-in sheet, Africa Urban Forum"],
        [],
        ["Full name", "Organization", "Constituency", "Country", "Consent to be named"],
        ["Tsegaye Bekele", "Addis Ababa City Administration", "Local government", "Ethiopia", "yes"],
        ["Grace Otieno", "Slum Dwellers International", "NGO", "Kenya", "no"],
        [None, None, None, None, None],
        ["Marie Dupont", "Université de Genève", "", "Switzerland", "oui"],
    ])
    view = page(main_window)
    seen = accept_next_dialog(qtbot)
    assert view.import_sheet(str(sheet))
    preview = seen["dialog"]
    assert preview.model.rowCount() == 3
    assert preview.add_button.text() == "Add 3 participants"
    data = reread(controller.file.path)
    assert len(data.participants) == 7
    assert by_name(data, "Tsegaye Bekele").stakeholder_group == "local_government"
    assert by_name(data, "Grace Otieno").stakeholder_group == "civil_society"
    assert by_name(data, "Marie Dupont").stakeholder_group == "academia"
    assert by_name(data, "Marie Dupont").consent_named
    controller.undo_stack.undo()  # the whole import is one step
    assert len(reread(controller.file.path).participants) == 4


def test_cancelled_import_adds_nobody(qtbot, main_window, controller, reread, tmp_path):
    sheet = tmp_path / "attendance.csv"
    sheet.write_text("Name;Organisation;Country\nAna Souza;UN-Habitat;Brazil\n", encoding="utf-8")
    view = page(main_window)

    def cancel():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert not view.import_sheet(str(sheet))
    assert len(reread(controller.file.path).participants) == 4


def test_anonymous_seats(qtbot, main_window, controller, reread):
    view = page(main_window)

    def fill(dialog):
        dialog.table.setValue(3)
        dialog.count.setValue(4)
        dialog.group.setCurrentIndex(dialog.group.findData("member_state"))

    accept_next_dialog(qtbot, fill)
    view.add_seats()
    seats = [p for p in reread(controller.file.path).participants if p.seat]
    assert [p.seat for p in seats] == [f"Table 3, seat {n}" for n in range(1, 5)]
    assert {p.stakeholder_group for p in seats} == {"member_state"} and not any(p.name for p in seats)
    row = view.model.row_of(seats[1].id)
    assert view.model.data(view.model.index(row, 0)) == "Table 3, seat 2"


def test_csv_reader_sniffs_separators_and_encodings(controller, tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes("Nom;Organisme;Pays\nRené Lévesque;Ville de Montréal;Canada\n".encode("cp1252"))
    preview = read_attendance(controller.file, path, controller.session_id)
    assert preview.participants[0].name == "René Lévesque"
    assert preview.participants[0].stakeholder_group == "local_government"
    assert preview.columns == {"name": "Nom", "organisation": "Organisme", "country": "Pays"}


def test_a_sheet_without_a_header_is_refused_in_one_sentence(qtbot, main_window, controller, reread, tmp_path):
    sheet = tmp_path / "numbers.xlsx"
    write_sheet(sheet, [["Participants list"], ["1", "2", "3"], ["4", "5", "6"]])
    view = page(main_window)
    assert not view.import_sheet(str(sheet))
    # Headings that are numbers read as rank columns: a ballots sheet, refused here in one sentence.
    assert "not an attendance sheet" in view.message.text()
    assert len(reread(controller.file.path).participants) == 4


def test_reader_refuses_what_is_not_a_sheet(controller, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnusableFileError, match="cannot be read as an Excel workbook"):
        read_attendance(controller.file, bad, controller.session_id)
    text = tmp_path / "x.txt"
    text.write_text("Name\nAna\n")
    with pytest.raises(UnusableFileError, match=".xlsx or .csv"):
        read_attendance(controller.file, text, controller.session_id)


@pytest.mark.parametrize("text, group", [
    ("Ministry of Foreign Affairs", "member_state"), ("UNEP", "un_system"), ("World Bank", "un_system"),
    ("Kenyatta University", "academia"), ("Shack Dwellers NGO", "civil_society"),
    ("Acme Construction Ltd", "private_sector"), ("", "other"), ("civil_society", "civil_society"),
])
def test_groups_are_guessed_from_common_words(text, group):
    assert (stakeholder_group(text) or "other") == group
