"""Excel and CSV: one sheet per table, labels as well as ids, Arabic and Chinese intact, no formulas."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from workshop_app.analysis import analyse_session
from workshop_app.cli import main
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import Comment
from workshop_app.exports.command import export_other
from workshop_app.exports.sample import TEXTS, SampleSpec, build_session
from workshop_app.storage import SessionFile, open_readonly

INJECTIONS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rx"]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("sheets") / "venue.workshop"
    with SessionFile.create(path) as sf:
        sid = build_session(sf, SampleSpec(participants=12, comments=16), seed=9).id
        sf.save_all([Comment(session=sid, text=t, language="en") for t in INJECTIONS])
    return path, sid


def export(path: Path, fmt: str, out: Path, **kw) -> Path:
    with open_readonly(path) as sf:
        return export_other(sf, fmt, out, **kw)


@pytest.fixture(scope="module")
def workbook(source, tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx") / "data.xlsx"
    export(source[0], "xlsx", out)
    return openpyxl.load_workbook(out)


def rows_of(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_one_sheet_per_table(workbook):
    assert workbook.sheetnames == ["Sessions", "Participants", "Ballots", "Scores", "Comments", "Key messages",
                                   "Results"]
    session = rows_of(workbook["Sessions"])[0]
    assert session["Title"] == "Dialogue with stakeholders, Nairobi" and session["Participants"] == 12


def test_ballots_have_one_column_per_rank_with_labels(source, workbook):
    with open_readonly(source[0]) as sf:
        data = sf.load_session(source[1])
    ranking = [b for b in data.ballots if b.ranking]
    labels = {o.id: o.label for opts in data.options.values() for o in opts}
    rows = rows_of(workbook["Ballots"])
    assert len(rows) == len(ranking)
    by_id = {r["Ballot id"]: r for r in rows}
    for b in ranking:
        row = by_id[b.id]
        for k, tier in enumerate(b.ranking, start=1):
            assert row[f"Rank {k}"] == " = ".join(labels[o] for o in tier)


def test_results_sheet_matches_the_analysis(source, workbook):
    with open_readonly(source[0]) as sf:
        result = analyse_session(sf.load_session(source[1]), bootstrap=0)
    ranking = next(q for q in result.questions if q.kind == "ranking")
    rows = [r for r in rows_of(workbook["Results"]) if r["Kind"] == "ranking"]
    assert [(r["Option"], r["Borda score"], r["Schulze rank"]) for r in rows] == [
        (o.label, o.borda, o.schulze_rank) for o in ranking.options]


def test_text_that_looks_like_a_formula_stays_text(workbook):
    ws = workbook["Comments"]
    header = [c.value for c in ws[1]]
    col = header.index("Text")
    cells = {ws.cell(row=r, column=col + 1).value: ws.cell(row=r, column=col + 1) for r in range(2, ws.max_row + 1)}
    for text in INJECTIONS:
        cell = cells[text]  # the value itself is unchanged
        assert cell.data_type == "s" and cell.quotePrefix


def test_names_follow_the_anonymisation(source, tmp_path):
    with open_readonly(source[0]) as sf:
        people = sf.load_session(source[1]).participants
    out = export(source[0], "xlsx", tmp_path / "anon.xlsx", anonymize="anonymous")
    rows = rows_of(openpyxl.load_workbook(out)["Participants"])
    assert all(r["Name"] in (None, "") and r["Organisation"] in (None, "") for r in rows)
    out = export(source[0], "xlsx", tmp_path / "named.xlsx")
    named = {r["Name"] for r in rows_of(openpyxl.load_workbook(out)["Participants"]) if r["Name"]}
    assert named == {p.name for p in people if p.consent_named}


def test_csv_is_utf8_with_bom_and_neutralised(source, tmp_path):
    out = export(source[0], "csv", tmp_path / "comments.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = {r["Text"] for r in rows}
    assert set(TEXTS["ar"]) & texts and set(TEXTS["zh"]) & texts
    for text in INJECTIONS:
        assert "'" + text in texts and text not in texts


def test_csv_other_tables_and_unknown_ones(source, tmp_path):
    out = export(source[0], "csv", tmp_path / "people.csv", table="participants")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 12
    with pytest.raises(WorkshopError, match="no table"):
        export(source[0], "csv", tmp_path / "x.csv", table="nonsense")


def test_the_cli_writes_a_workbook_and_refuses_a_bad_language(source, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(source[0]), "--format", "xlsx", "-o", str(out)])
        raise SystemExit(0)
    assert exit_.value.code in (0, None) and out.exists()
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(source[0]), "--format", "docx", "-o", str(tmp_path / "x.docx"), "--language", "pt"])
    assert exit_.value.code == 1
    assert "must be one of en, fr, es, ru, zh, ar" in capsys.readouterr().err
