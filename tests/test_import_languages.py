"""``workshop-app import`` speaks the person's language (issue 14): the summary of a sheet, its notes,
every row problem and the summary of an interchange import come out in French or Arabic, with no
English sentence left, while English stays as it was (logs, scripts with ``--lang en``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile
from workshop_app.storage.interchange import dumps, export_document

TITLE = "Nairobi 2026"
PEOPLE = "Name;Organisation;Group;Country;Consent\nAmina Yusuf;SDI;CSO;Kenya;yes\nTomas Herrera;Press;Media;Chile;\n"
AGAIN = "Name;Organisation;Group;Country;Consent\nAmina Yusuf;SDI;CSO;Kenya;yes\n"
GOOD = "Participant;Question;1;2;3\nAmina Yusuf;1;P3;P1;P2\n;1;;;\n;1;P2;P1;\n"
HEAD = "Participant;Question;1;2;3\n;1;P3;P1;P2\n"
BAD = [HEAD + row for row in ("Nobody Here;1;P1;;\n", ";1;P9;;\n", ";4;P1;;\n", ";7;P1;;\n", ";1;P1;P1;\n",
                              "Amina Yusuf;1;P2;;\n", ";xyz;P1;;\n;1;P1;;\n")] + [
    "Participant;Question;P1;P2;P3;P4;P5\n;2;40.5;59.5;0;0;0\n",
    "Name;Organisation;Consent\nAmina Yusuf;SDI;perhaps\n;;yes\n",
    HEAD + "Tomas Herrera;1;P1;;\nTomas Herrera;1;P2;;\n", "Participant;P1;E1\n;1;2\n",
    "Name;Organisation;Consent\n;;yes\n"]
DATA = ("Universal access to adequate, safe and affordable housing",  # an option's label, in the session's language
        "Amina Yusuf", "Tomas Herrera", "Nobody Here", "Media", "Consent", "perhaps", "xyz", TITLE, "workshop-app",
        "venue.workshop")


def run(capsys, *argv: str) -> str:
    try:
        main([*argv])
    except SystemExit:
        pass
    out = capsys.readouterr()
    return out.out + out.err


def scenario(tmp_path: Path, capsys, language: str) -> str:
    """Everything ``import`` says, in ``language``, for sheets with notes, a sheet with bad rows and a
    JSON document, each imported into a fresh copy of the same file."""
    folder = tmp_path / language
    folder.mkdir()
    path = folder / "venue.workshop"
    with SessionFile.create(path) as sf:
        create_from_template(sf, "unhabitat-2026", title=TITLE)
        document = dumps(export_document(sf))
    files = {"people.csv": PEOPLE, "again.csv": AGAIN, "good.csv": GOOD,
             **{f"bad{n}.csv": text for n, text in enumerate(BAD)}, "doc.json": document}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return "\n".join(run(capsys, "--lang", language, "import", str(path), str(folder / name)) for name in files)


def english_runs(text: str) -> set[str]:
    """Every run of three English words (data left out) in the English output."""
    for datum in DATA:
        text = text.replace(datum, " | ")
    runs = set()
    for line in text.splitlines():
        for part in re.split(r"[^A-Za-z' ]+", line):
            words = part.split()
            runs |= {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    return runs


@pytest.fixture
def english(tmp_path, capsys, monkeypatch) -> str:
    monkeypatch.delenv("WORKSHOP_APP_LANG", raising=False)
    text = scenario(tmp_path, capsys, "en")
    # the scenario reaches every kind of sentence: summaries, notes, row problems, the JSON report
    for expected in ("Added 2 participant(s)", "with a stakeholder group not recognised", "already in the session",
                     "Added 2 ballot(s)", "row(s) with no answer, skipped", "there is no participant",
                     "is not an option of question", "is an open question", "there is no question 7",
                     "The ranking names", "already has a ballot", "other row(s) have problems too", "is not a whole number",
                     "is not one question of this session",
                     "is not yes or no", "has no name, organisation or seat", "on row 3", "Add a “Question” column",
                     "Imported doc.json:", "records added"):
        assert expected in text, (expected, text)
    return text


@pytest.mark.parametrize("language, expected", [
    ("fr", ("2 participant", "« Media »", "Rien n’a été importé de bad0.csv", "Ligne 3", "doc.json")),
    ("ar", ("bad0.csv", "doc.json", "لم يُستورد أي شيء")),
])
def test_import_speaks_the_persons_language(tmp_path, capsys, english, language, expected):
    text = scenario(tmp_path, capsys, language)
    for fragment in expected:
        assert fragment in text, (fragment, text)
    left = sorted(run for run in english_runs(english) if run in text)
    assert not left, f"English left in the {language} output: {left}\n{text}"


def test_arabic_import_has_no_latin_word_but_data(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("WORKSHOP_APP_LANG", raising=False)
    text = scenario(tmp_path, capsys, "ar")
    text = re.sub(r"\b(?:people|again|good|bad\d+)\.csv|doc\.json|\bP\d\b", "", text)
    for datum in DATA:
        text = text.replace(datum, "")
    assert not re.findall(r"[A-Za-z]{2,}", text), text


@pytest.mark.parametrize("typed, meant", [("да", True), ("Да", True), ("нет", False), ("sí", True), ("no", False)])
def test_consent_as_the_russian_and_spanish_messages_say_it(typed, meant):
    """sheet.row_consent in Russian and Spanish names да/нет and sí/no: the reader understands them."""
    from workshop_app.imports.sheets import consent

    assert consent(typed) is meant
