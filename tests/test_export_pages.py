"""What a reader sees on the Word note's pages (issue 15's rendered pages): tables whose headers sit over
their figures."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workshop_app.cli import cli
from workshop_app.samples.demo import build_demo
from workshop_app.storage import SessionFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("pages") / "demo.workshop"
    with SessionFile.create(source) as sf:
        build_demo(sf)
    return source


def export(source: Path, language: str) -> Path:
    out = source.parent / f"{language}.docx"
    result = CliRunner().invoke(cli, ["export", str(source), "--format", "docx", "-o", str(out), "--language", language],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def alignment(cell) -> str | None:
    jc = cell.find(f"{W}p/{W}pPr/{W}jc")
    return None if jc is None else jc.get(W + "val")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_numeric_columns_header_is_aligned_with_its_figures(demo, language):
    """Figures are set to the column's end; their header was at its start ("Borda score" over the
    left of a column whose numbers stand at its right)."""
    with zipfile.ZipFile(export(demo, language)) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    checked = 0
    for table in body.iter(W + "tbl"):
        rows = table.findall(W + "tr")
        if len(rows) < 2 or rows[0].find(f"{W}trPr/{W}tblHeader") is None:
            continue
        for column, head in enumerate(rows[0].findall(W + "tc")):
            below = {alignment(r.findall(W + "tc")[column]) for r in rows[1:] if len(r.findall(W + "tc")) > column}
            assert below == {alignment(head)} or below != {"right"}, (column, below, alignment(head))
            checked += below == {"right"}
    assert checked >= 10
