"""Nobody who declined to be named is named or identifiable in any byte of an export meant to be read.

The session holds decliners who share an organisation with at least 3 participants (it may be
shown), decliners whose organisation, country, seat or attributes are theirs alone (never shown),
and names that appear nowhere else, in Latin, Chinese and Arabic script and with characters XML
escapes. Every export a person reads is written the way a user writes it (the CLI), unzipped, and
every part searched: as written, case-folded, XML-escaped, JSON-escaped, and as parsed text.
"""

from __future__ import annotations

import csv
import html
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workshop_app.cli import cli
from workshop_app.domain.model import Participant
from workshop_app.exports.embedded import read_embedded_json
from workshop_app.exports.i18n import LANGUAGES
from workshop_app.exports.sample import SampleSpec, build_session
from workshop_app.exports.tables import CSV_TABLES
from workshop_app.exports.terms import group_label
from workshop_app.storage import SessionFile, open_readonly

MODES = ("none", "organisation", "anonymous")
SHARED_ORG = "Shared Org Alpha"  # 4 members: shown for a decliner outside the anonymous mode
PAIR_ORG = "Pair Collective <two>"  # a decliner and a consenting person: shown for the latter only
# (name, organisation, country, seat, attributes) of people who declined to be named
DECLINERS = [
    ("Zebulon Quartermaine", SHARED_ORG, "Kenya", "Table 9, seat 7", {"region": "Sirius-Quokka"}),
    ("Ysolde Farquharson-Tandy", SHARED_ORG, "Liechtenstein", "", {}),
    ("Xanthe Okonkwo-Lindqvist", "Unique Bureau Xylophone", "Bhutan", "Window seat Ω", {"badge": "Lantern-88"}),
    ("Wenceslas Þórðardóttir", "Société d'Études Ünique & Fils", "Kenya", "", {}),
    ("欧阳娜娜", "独特研究所", "Kenya", "", {}),
    ("نور الهدى الزعبي", "مؤسسة فريدة للأبحاث", "Kenya", "", {}),
    ("Valentin Pairwise-Oduya", PAIR_ORG, "Kenya", "", {}),
]
CONSENTING = [
    ("Consenting Amara Belvedere", SHARED_ORG, "Kenya"),
    ("Consenting Bruno Castellane", SHARED_ORG, "Kenya"),
    ("Consenting Chiara Dunmore", PAIR_ORG, "Kenya"),
    ("Consenting Dmitri Ellingwood", "Solo Consenting Institute", "Tonga"),
]


def secrets() -> list[str]:
    """What must appear in no export: decliners' names, unique organisations, countries, seats, attributes."""
    out = []
    for name, org, country, seat, attributes in DECLINERS:
        out.append(name)
        if org not in (SHARED_ORG, PAIR_ORG):  # organisations others may show are checked row by row
            out.append(org)
        if country != "Kenya":
            out.append(country)
        out += [s for s in (seat, *attributes.values()) if s]
    return out


def forms(text: str) -> set[str]:
    """A secret as it may be written in a file: as is, case-folded, XML- and JSON-escaped."""
    out = set()
    # notes set names with non-breaking hyphens, and a short one read in the other direction with no-break spaces
    unbroken = text.replace("-", "\u2011")
    for s in (text, text.casefold(), unbroken, unbroken.replace(" ", "\u00a0"), unbroken.replace(" ", "\u202f")):
        out |= {s, html.escape(s, quote=True), s.replace("'", "&apos;"), json.dumps(s)[1:-1],
                json.dumps(s, ensure_ascii=False)[1:-1]}
    return {f.casefold() for f in out}


def texts_of(path: Path) -> list[tuple[str, str]]:
    """(part, text) for every part of a zip package (raw and parsed XML) or the whole of a text file."""
    if not zipfile.is_zipfile(path):
        return [(path.name, path.read_bytes().decode("utf-8-sig"))]
    out = []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            raw = data.decode("utf-8", "replace")
            out.append((info.filename, raw))
            if info.filename.endswith((".xml", ".rels", ".qde")):
                root = etree.fromstring(data)
                parsed = " ".join(root.xpath("//text()") + root.xpath("//@*"))
                out.append((info.filename + " (parsed)", parsed))
    if path.suffix == ".docx":
        out.append(("embedded data (decoded)", json.dumps(json.loads(read_embedded_json(path)), ensure_ascii=False)))
    return out


def leaks(path: Path, words: list[str]) -> list[tuple[str, str]]:
    found = []
    for part, text in texts_of(path):
        folded = text.casefold()
        found += [(part, w) for w in words if any(f in folded for f in forms(w))]
    return found


def run(*args: str) -> None:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def venue(tmp_path_factory) -> Path:
    """A session with the people above, every one of them with comments, ballots and quoted comments."""
    path = tmp_path_factory.mktemp("privacy") / "venue.workshop"
    with SessionFile.create(path) as sf:
        sid = build_session(sf, SampleSpec(participants=len(DECLINERS) + len(CONSENTING), comments=44), seed=4).id
        people = sorted(sf.load_session(sid).participants, key=lambda p: p.seat)
        for p, (name, org, country, seat, attributes) in zip(people, DECLINERS, strict=False):
            p.name, p.organisation, p.country, p.seat, p.attributes = name, org, country, seat, attributes
            p.consent_named = False
        for p, (name, org, country) in zip(people[len(DECLINERS):], CONSENTING, strict=True):
            p.name, p.organisation, p.country, p.consent_named = name, org, country, True
            p.seat, p.attributes = "", {}
        sf.save_all(people)
        data = sf.load_session(sid)
        commenters = {c.participant for c in data.comments} | {c.participant for c in data.comments if c.starred}
        assert all(p.id in commenters for p in data.participants)
    return path


def test_the_session_file_holds_every_name(venue):
    with open_readonly(venue) as sf:
        people = sf.all(Participant)
    assert {p.name for p in people} == {d[0] for d in DECLINERS} | {c[0] for c in CONSENTING}


@pytest.fixture(scope="module")
def word_notes(venue) -> dict[tuple[str, str], Path]:
    """Word notes in every mode and every language, written with the CLI."""
    out = {}
    for mode, lang in ((m, lang) for m in MODES for lang in LANGUAGES):
        path = venue.parent / f"note-{mode}-{lang}.docx"
        run("export", venue, "--format", "docx", "-o", path, "--anonymize", mode, "--language", lang)
        out[(mode, lang)] = path
    return out


def test_word_notes_carry_no_declined_name_or_unique_detail(word_notes):
    for (mode, lang), path in word_notes.items():
        assert leaks(path, secrets()) == [], (mode, lang)


def test_word_notes_still_name_those_who_consented(word_notes):
    note = word_notes[("none", "en")]
    body = "\n".join(text for part, text in texts_of(note) if part == "word/document.xml (parsed)")
    assert all(name in body for name, _, _ in CONSENTING)
    assert "Tonga" in body and "Not recorded or not shown" in body  # a consenting person's country; decliners'
    carried = json.loads(read_embedded_json(note))
    named = {p["name"] for s in carried["sessions"] for p in s["participants"] if p["name"]}
    assert named == {name for name, _, _ in CONSENTING}
    org_note = word_notes[("organisation", "en")]
    body = "\n".join(text for part, text in texts_of(org_note) if part == "word/document.xml (parsed)")
    assert SHARED_ORG in body and "Solo Consenting Institute" in body
    assert not any(name in body for name, _, _ in CONSENTING)


def test_excel_and_every_csv_table_carry_no_declined_name_or_unique_detail(venue):
    folder = venue.parent / "tables"
    folder.mkdir()
    written = []
    for mode in MODES:
        path = folder / f"data-{mode}.xlsx"
        run("export", venue, "--format", "xlsx", "-o", path, "--anonymize", mode)
        written.append(path)
        for table in CSV_TABLES:
            path = folder / f"{table}-{mode}.csv"
            run("export", venue, "--format", "csv", "--table", table, "-o", path, "--anonymize", mode)
            written.append(path)
    assert {p.name: leaks(p, secrets()) for p in written} == {p.name: [] for p in written}
    participants = (folder / "participants-none.csv").read_text(encoding="utf-8-sig")
    assert all(name in participants for name, _, _ in CONSENTING)
    assert "Solo Consenting Institute" in participants and "Tonga" in participants
    with open_readonly(venue) as sf:
        people = {p.id: p for p in sf.all(Participant)}
    authors: dict[str, set[str]] = {}
    for table in ("comments", "ballots", "scores"):
        with open(folder / f"{table}-organisation.csv", encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                authors.setdefault(row["Participant id"], set()).add(row["Author"])
    by_name = {people[pid].name: shown for pid, shown in authors.items() if pid}
    pair = next(p for p in people.values() if p.name == "Valentin Pairwise-Oduya")
    assert by_name["Valentin Pairwise-Oduya"] == {group_label(pair.stakeholder_group, "en")}  # 2 share it
    assert by_name["Consenting Chiara Dunmore"] == {PAIR_ORG}
    assert by_name["Zebulon Quartermaine"] == {SHARED_ORG}  # 4 share it: shown
    with open(folder / "participants-organisation.csv", encoding="utf-8-sig", newline="") as fh:
        orgs = {people[r["Participant id"]].name: r["Organisation"] for r in csv.DictReader(fh)}
    assert orgs["Valentin Pairwise-Oduya"] == "" and orgs["Consenting Chiara Dunmore"] == PAIR_ORG


def test_compiled_notes_carry_no_declined_name(word_notes, venue):
    out = venue.parent / "compiled.docx"
    run("compile-notes", "-o", out, word_notes[("none", "en")], word_notes[("organisation", "fr")])
    assert leaks(out, secrets()) == []


def test_the_interchange_json_stays_lossless(venue):
    """The transfer copy (like a handover) keeps everything, decliners included."""
    out = venue.parent / "transfer.json"
    run("export", venue, "--format", "json", "-o", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    names = {p["name"] for s in doc["sessions"] for p in s["participants"]}
    assert {d[0] for d in DECLINERS} <= names


@pytest.mark.parametrize("mode", MODES)
def test_a_note_merged_alone_gives_placeholders_then_the_file_supersedes_them(venue, word_notes, tmp_path, mode):
    note = word_notes[(mode, "en")]
    master = tmp_path / "master.workshop"
    run("new", master)
    run("import", master, note)
    with open_readonly(master) as m, open_readonly(venue) as v:
        here = {p.id: p for p in m.all(Participant)}
        real = {p.id: p for p in v.all(Participant)}
        assert set(here) == set(real)
        for pid, p in real.items():
            if mode == "none" and p.consent_named:
                assert here[pid].hash == p.hash and here[pid].rev == p.rev
            else:
                assert here[pid].rev == 0 and here[pid].name == ""
        assert len(m.load_session(next(iter(real.values())).session).comments) == \
            len(v.load_session(next(iter(real.values())).session).comments)
    run("merge", master, venue)
    with open_readonly(master) as m, open_readonly(venue) as v:
        from workshop_app.merge import open_conflicts

        assert open_conflicts(m) == []
        assert {p.id: p.hash for p in m.all(Participant)} == {p.id: p.hash for p in v.all(Participant)}


def test_the_file_then_the_note_changes_nothing(venue, word_notes, tmp_path):
    master = tmp_path / "master.workshop"
    run("merge", "--create", master, venue)
    run("merge", master, word_notes[("none", "en")], word_notes[("organisation", "en")])
    with open_readonly(master) as m, open_readonly(venue) as v:
        from workshop_app.merge import open_conflicts

        assert open_conflicts(m) == []
        assert {p.id: p.hash for p in m.all(Participant)} == {p.id: p.hash for p in v.all(Participant)}


def test_the_presenter_shows_nothing_of_a_decliner(qtbot, venue, tmp_path):
    """The projector shows no participant at all; walked over every question, hidden and revealed."""
    import shutil

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from workshop_app.ui.controller import AppController
    from workshop_app.ui.results.presenter import PresenterWindow

    shutil.copyfile(venue, tmp_path / "room.workshop")
    with SessionFile.open(tmp_path / "room.workshop") as sf:
        w = PresenterWindow(AppController(sf))
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        seen: list[str] = []
        for question in w.controller.session_data().questions:
            w.controller.select_question(question.id)
            for revealed in (False, True):
                w.set_revealed(revealed)
                w.chart.draw_now()
                seen += [w.windowTitle(), *w.chart.texts()]
                for child in w.findChildren(QWidget):
                    seen += [child.toolTip(), child.windowTitle()]
                    if isinstance(child, QLabel | QAbstractButton):
                        seen.append(child.text())
        w.close()
    assert any("Borda" in t for t in seen)  # the walk reached a chart
    words = secrets() + [SHARED_ORG, PAIR_ORG] + [name for name, _, _ in CONSENTING]
    assert [(t, s) for t in seen for s in words if s.casefold() in t.casefold()] == []


def test_the_rule_counts_live_participants_of_the_same_session_ignoring_case_and_spacing():
    from workshop_app.exports.privacy import Peers, public_fields

    def person(org: str, *, consent: bool = False, deleted: bool = False, country: str = "Chad") -> dict:
        return {"name": "N", "organisation": org, "country": country, "consent_named": consent, "seat": "S",
                "attributes": {"a": "b"}, "deleted": deleted}

    people = [("s1", person("Acme  Ltd")), ("s1", person("acme ltd")), ("s1", person("ACME LTD", deleted=True)),
              ("s2", person("Acme Ltd")), ("s1", person("Other", consent=True))]
    peers = Peers(people)
    decliner = person("Acme Ltd")
    assert public_fields(decliner, "s1", peers, "organisation")["organisation"] == ""  # 2 live in s1
    peers = Peers([*people, ("s1", person(" ACME ltd "))])
    assert public_fields(decliner, "s1", peers, "organisation")["organisation"] == "Acme Ltd"
    assert public_fields(decliner, "s1", peers, "none") == {"name": "", "seat": "", "attributes": {},
                                                           "organisation": "Acme Ltd", "country": "Chad"}
    assert public_fields(decliner, "s1", peers, "anonymous")["organisation"] == ""
    assert public_fields(decliner, "s2", peers, "organisation")["organisation"] == ""  # 1 in s2
    consenting = person("Other", consent=True, country="Tuvalu")
    assert public_fields(consenting, "s1", peers, "none") == {"name": "N", "seat": "S", "attributes": {"a": "b"},
                                                             "organisation": "Other", "country": "Tuvalu"}
    assert public_fields(consenting, "s1", peers, "organisation") == {
        "name": "", "seat": "", "attributes": {}, "organisation": "Other", "country": "Tuvalu"}


def test_in_a_master_an_organisation_counts_within_the_decliners_own_session(tmp_path):
    path = tmp_path / "master.workshop"
    with SessionFile.create(path) as sf:
        a = build_session(sf, SampleSpec(title="A", participants=4, comments=4), seed=1).id
        b = build_session(sf, SampleSpec(title="B", participants=4, comments=4), seed=2).id
        people = sf.load_session(a).participants + sf.load_session(b).participants
        for p in people:
            p.organisation = "Cross Session Org" if p.session == b or p.consent_named is False else p.organisation
        sf.save_all(people)
        alone = [p for p in people if p.session == a and not p.consent_named and p.organisation == "Cross Session Org"]
    out = tmp_path / "participants.csv"
    run("export", path, "--format", "csv", "--table", "participants", "-o", out, "--anonymize", "organisation")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        shown = {r["Participant id"]: r["Organisation"] for r in csv.DictReader(fh)}
    in_b = [p for p in people if p.session == b]
    assert all(shown[p.id] == "Cross Session Org" for p in in_b)
    assert len(alone) == 2  # 2 in A, 4 in B: 6 in the master, but fewer than 3 in their own session
    assert all(shown[p.id] == "" for p in alone)


def test_qdpx_projects_carry_no_declined_name_or_unique_detail(venue):
    """The REFI-QDA project: cases are named only with consent; sources never hold a name."""
    written = []
    for mode in MODES:
        path = venue.parent / f"project-{mode}.qdpx"
        run("export", venue, "--format", "qdpx", "-o", path, "--anonymize", mode)
        written.append(path)
    assert {p.name: leaks(p, secrets()) for p in written} == {p.name: [] for p in written}
    parts = dict(texts_of(venue.parent / "project-none.qdpx"))
    assert all(name in parts["project.qde (parsed)"] for name, _, _ in CONSENTING)
    sources = " ".join(text for part, text in parts.items() if part.startswith("Sources/"))
    assert not any(name in sources for name, _, _ in CONSENTING)
    anonymous = dict(texts_of(venue.parent / "project-anonymous.qdpx"))["project.qde (parsed)"]
    assert not any(name in anonymous for name, _, _ in CONSENTING) and SHARED_ORG not in anonymous
