"""Attendance and ballots sheets: .xlsx and .csv, headers in English or French, all rows or none."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from workshop_app.cli import main
from workshop_app.domain.errors import UnusableFileError, WorkshopError
from workshop_app.domain.model import Ballot, Option, Participant
from workshop_app.imports.sheet_files import MAX_ROWS
from workshop_app.imports.sheets import import_sheet, preview_sheet, stakeholder_group
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile

PEOPLE = [
    ["Amina Yusuf", "Slum Dwellers International", "CSO", "Kenya", "yes", "amina@example.org"],
    ["علي حسن", "وزارة الإسكان", "دولة عضو", "Egypt", "non", ""],
    ["王丽华", "住房和城乡建设部", "Government", "China", "x", ""],
    ["Jean-Pierre Kouassi", "Université de Yaoundé I", "University", "Cameroon", "oui", ""],
    ["Sara Lindqvist", "UNEP", "UN", "Kenya", "0", ""],
    ["Tomás Herrera", "Press", "Media", "Chile", "", ""],
]


@pytest.fixture
def sf(tmp_path):
    with SessionFile.create(tmp_path / "venue.workshop") as f:
        create_from_template(f, "unhabitat-2026", title="Side event")
        yield f


def _xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _people(sf: SessionFile) -> dict[str, Participant]:
    return {p.name or p.seat: p for p in sf.all(Participant)}


def _attend(sf: SessionFile, tmp_path: Path) -> None:
    rows = [["Name", "Organisation", "Group", "Country", "Consent", "Email", "Seat"], *[[*p, ""] for p in PEOPLE],
            ["", "", "NGO", "Kenya", "no", "", "Table 3, seat 2"]]
    import_sheet(sf, _xlsx(tmp_path / "attendance.xlsx", rows))


def test_xlsx_attendance_maps_groups_consent_and_scripts(sf, tmp_path):
    rows = [["Name", "Organisation", "Stakeholder group", "Country", "Consent to be named", "E-mail", "Seat"],
            *[[*p, ""] for p in PEOPLE], ["", "", "NGO", "Kenya", "no", "", "Table 3, seat 2"]]
    summary = import_sheet(sf, _xlsx(tmp_path / "attendance.xlsx", rows))
    assert "Added 7 participant(s)" in summary and "“Media”" in summary
    people = _people(sf)
    assert people["علي حسن"].stakeholder_group == "member_state" and not people["علي حسن"].consent_named
    assert people["王丽华"].stakeholder_group == "member_state" and people["王丽华"].consent_named
    assert people["Jean-Pierre Kouassi"].stakeholder_group == "academia"
    assert people["Sara Lindqvist"].stakeholder_group == "un_system" and not people["Sara Lindqvist"].consent_named
    assert people["Tomás Herrera"].stakeholder_group == "other"
    assert people["Table 3, seat 2"].stakeholder_group == "civil_society"
    assert not any("example.org" in repr(p) for p in people.values())  # e-mail columns are not kept
    again = import_sheet(sf, tmp_path / "attendance.xlsx")
    assert "Added 0" in again and "7 already in the session" in again
    assert len(sf.all(Participant)) == 7


@pytest.mark.parametrize("encoding,delimiter", [("utf-8-sig", ";"), ("utf-8", ","), ("utf-16", "\t")])
def test_csv_attendance_with_french_headers(sf, tmp_path, encoding, delimiter):
    lines = ["Liste de présence — Forum urbain africain", "",
             delimiter.join(["Nom", "Organisme", "Catégorie", "Pays", "Consentement", "Courriel"])]
    lines += [delimiter.join(p) for p in PEOPLE]
    path = tmp_path / "presence.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    assert "Added 6 participant(s)" in import_sheet(sf, path)
    assert set(_people(sf)) == {p[0] for p in PEOPLE}


def test_csv_in_windows_1252_is_read_with_a_note(sf, tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("Name,Organisation,Group\nJosé Müller,Université Cheikh Anta Diop,Académie\n".encode("cp1252"))
    summary = import_sheet(sf, path)
    assert "Windows-1252" in summary
    assert _people(sf)["José Müller"].stakeholder_group == "academia"


def test_control_characters_kept_nul_dropped_formulas_as_text(sf, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Name,Organisation,Group\nAmi\x00na\x07,=HYPERLINK(\"http://x\"),NGO\n", encoding="utf-8")
    import_sheet(sf, path)
    person = sf.all(Participant)[0]
    assert person.name == "Amina\x07" and person.organisation == '=HYPERLINK("http://x")'
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Organisation", "Group"])
    wb.active.append(["=1+1", "=SUM(A1:A9)", "UN"])
    wb.save(tmp_path / "formulas.xlsx")
    import_sheet(sf, tmp_path / "formulas.xlsx")
    assert _people(sf)["=1+1"].organisation == "=SUM(A1:A9)"


def test_bad_attendance_row_refuses_the_whole_sheet(sf, tmp_path):
    rows = [["Name", "Organisation", "Consent"], ["A", "B", "yes"], ["C", "D", "perhaps"], ["", "", ""], ["E", "", ""]]
    with pytest.raises(WorkshopError, match=r"Row 3: “perhaps” .* not yes or no") as info:
        import_sheet(sf, _xlsx(tmp_path / "a.xlsx", rows))
    assert "Nothing was imported" in str(info.value)
    assert sf.all(Participant) == []


def test_ballots_by_rank_with_ties_keys_numbers_and_labels(sf, tmp_path):
    _attend(sf, tmp_path)
    rows = [["Participant", "Question", "1", "2", "3", "4"],
            ["Amina Yusuf", 1, "P3", "P1=P2", 5, None],
            ["Table 3, seat 2", None, "Universal access", "2", None, None],
            [None, None, "4=5", None, "1", None],
            ["王丽华", "Rank the five", "p4", "P2", "P1", "P3"]]
    summary = import_sheet(sf, _xlsx(tmp_path / "ballots.xlsx", rows))
    assert "Added 4 ballot(s)" in summary and "question 1: 4" in summary
    key = {o.id: o.key for o in sf.all(Option)}
    people = _people(sf)
    got = {b.participant: [[key[o] for o in tier] for tier in b.ranking] for b in sf.all(Ballot)}
    assert got[people["Amina Yusuf"].id] == [["P3"], ["P1", "P2"], ["P5"]]
    assert got[people["Table 3, seat 2"].id] == [["P1"], ["P2"]]
    assert got[None] == [["P4", "P5"], ["P1"]]
    assert got[people["王丽华"].id] == [["P4"], ["P2"], ["P1"], ["P3"]]
    # the file lists them in the sheet's order (capture time to the microsecond, not to the second)
    order = [b.participant for b in sf.all(Ballot)]
    assert order == [people["Amina Yusuf"].id, people["Table 3, seat 2"].id, None, people["王丽华"].id]


def test_ballots_with_points_ratings_and_a_typed_order(sf, tmp_path):
    _attend(sf, tmp_path)
    (tmp_path / "points.csv").write_text("Participant;Question;P1;P2;P3;P4;P5\nAmina Yusuf;2;40;10;20;20;10\n"
                                         "علي حسن;;100;;;;\n", encoding="utf-8")
    assert "question 2: 2" in import_sheet(sf, tmp_path / "points.csv")
    (tmp_path / "ratings.csv").write_text("Nom,E1,E2,E3\nAmina Yusuf,5,3,\n", encoding="utf-8")
    assert "question 3: 1" in import_sheet(sf, tmp_path / "ratings.csv")
    (tmp_path / "order.csv").write_text("Classement\nP3 P1 = P2 P5\n3=1 5\n", encoding="utf-8")
    assert "question 1: 2" in import_sheet(sf, tmp_path / "order.csv")
    with pytest.raises(WorkshopError, match="already in this session"):
        import_sheet(sf, tmp_path / "order.csv")  # unnamed ballots imported twice would count twice
    points = [b.points for b in sf.all(Ballot) if b.points]
    assert sorted(sum(p.values()) for p in points) == [100, 100]


@pytest.mark.parametrize("row,problem", [
    (["Amina Yusuf", 1, "P9", "P1"], "Row 3: “P9” under “1” is not an option of question 1"),
    (["Nobody", 1, "P1", "P2"], "Row 3: there is no participant “Nobody”"),
    (["Amina Yusuf", 1, "P1", "P1"], "Row 3: The ranking names .* more than once"),
    (["Amina Yusuf", 4, "P1", "P2"], "Row 3: question 4 is an open question"),
    (["Amina Yusuf", 9, "P1", "P2"], "Row 3: there is no question 9"),
    (["علي حسن", 1, "P2", ""], "Row 3: علي حسن already has a ballot for question 1 on row 2"),
])
def test_a_bad_ballot_row_adds_nothing(sf, tmp_path, row, problem):
    _attend(sf, tmp_path)
    rows = [["Participant", "Question", "1", "2"], ["علي حسن", 1, "P1", "P2"], row]
    with pytest.raises(WorkshopError, match=problem):
        import_sheet(sf, _xlsx(tmp_path / "b.xlsx", rows))
    assert sf.all(Ballot) == []


def test_points_over_budget_names_the_row(sf, tmp_path):
    (tmp_path / "p.csv").write_text("P1,P2\n60,30\n60,50\n", encoding="utf-8")
    with pytest.raises(WorkshopError, match="Row 2: 90 points given; the budget is 100"):
        import_sheet(sf, tmp_path / "p.csv")


def test_unknown_sheet_is_refused_clearly(sf, tmp_path):
    (tmp_path / "minutes.csv").write_text("Item,Speaker\n1,2\n", encoding="utf-8")
    with pytest.raises(UnusableFileError, match="neither an attendance sheet .* nor a ballots sheet.*“Item”"):
        import_sheet(sf, tmp_path / "minutes.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(UnusableFileError, match="cannot be read as an Excel workbook"):
        import_sheet(sf, tmp_path / "broken.xlsx")


def test_a_file_with_several_sessions_needs_the_session_id(sf, tmp_path):
    other = create_from_template(sf, "unhabitat-2026", title="Second room")
    path = tmp_path / "a.csv"
    path.write_text("Name,Organisation\nA,B\n", encoding="utf-8")
    with pytest.raises(WorkshopError, match=f"holds 2 sessions.*{other.id}"):
        import_sheet(sf, path)
    import_sheet(sf, path, session_id=other.id)
    assert [p.session for p in sf.all(Participant)] == [other.id]


def test_too_many_rows_is_refused(sf, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("Name,Organisation\n" + "".join(f"P{n},Org\n" for n in range(MAX_ROWS + 1)), encoding="utf-8")
    with pytest.raises(UnusableFileError, match="more than 50,000 rows"):
        import_sheet(sf, path)
    assert sf.all(Participant) == []


def test_preview_shows_mapping_rows_and_problems_without_writing(sf, tmp_path):
    rows = [["Nom", "Organisation", "Groupe", "Courriel"], *[[f"P{n}", "Org", "ONG", "x@y"] for n in range(30)],
            ["", "", "", "z@y"]]
    path = _xlsx(tmp_path / "a.xlsx", rows)
    bare = preview_sheet(path)
    assert bare.kind == "attendance" and bare.mapping()["Courriel"] == "ignored" and len(bare.rows) == 20
    checked = preview_sheet(path, sf=sf)
    assert checked.rows[0]["stakeholder_group"] == "civil_society" and checked.row_count == 31
    assert checked.problems == ["Row 32 has no name, organisation or seat; fill one in or delete the row."]
    assert not checked.ok and sf.all(Participant) == []


@pytest.mark.parametrize("value,group", [("Member State", "member_state"), ("Gouvernement", "member_state"),
                                         ("UN agency", "un_system"), ("Civil society organisation (CSO)", "civil_society"),
                                         ("Professional association", "professional_association"),
                                         ("Think tank", "academia"), ("Municipality", "local_government"),
                                         ("民间社会", "civil_society"), ("Donor", None)])
def test_stakeholder_groups_are_read_generously(value, group):
    assert stakeholder_group(value) == group


def test_cli_import_of_a_sheet(tmp_path, capsys):
    target = tmp_path / "cli.workshop"
    with SessionFile.create(target) as f:
        create_from_template(f, "unhabitat-2026", title="Side event")
    path = tmp_path / "a.csv"
    path.write_text("Name,Organisation\nA,B\n", encoding="utf-8")
    main(["import", str(target), str(path)])
    assert "Added 1 participant(s)" in capsys.readouterr().out
    (tmp_path / "bad.csv").write_text("Name,Consent\nA,maybe\n", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["import", str(target), str(tmp_path / "bad.csv")])
    assert info.value.code == 1 and "Row 2" in capsys.readouterr().err


@pytest.mark.slow
def test_a_20_mb_sheet_under_the_row_limit_is_imported(sf, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Name,Organisation,Group,Notes\n" + "".join(
        f"Person {n},Organisation {n % 300},NGO,{'x' * 480}\n" for n in range(40_000)), encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    assert "Added 40000 participant(s)" in import_sheet(sf, path)
