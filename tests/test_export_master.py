"""Headquarters' consolidated note: every question kind pooled, headings in the note's language (issue 15).

The three sample venues (English and French sessions of one framework) are merged with the CLI into a
new master, as staff do, and the note is written with the CLI.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from workshop_app.analysis import analyse_many
from workshop_app.cli import cli
from workshop_app.storage import open_readonly

SAMPLES = Path(__file__).parent.parent / "sample_sessions"
VENUES = ["nairobi-un-entities-2024", "africa-urban-forum-2024", "wuf12-member-states-2024"]


def run(*args) -> None:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("master") / "master.workshop"
    run("new", path)
    # the French venue first: its prompts must not become the English note's headings
    run("merge", path, *[SAMPLES / f"{v}.workshop" for v in VENUES])  # Nairobi (French) first
    return path


def test_points_ratings_and_swot_are_consolidated(master, tmp_path):
    with open_readonly(master) as sf:
        result = analyse_many([sf.load_session(s.id) for s in sf.sessions()], bootstrap=0)
    assert {m.kind for m in result.scores} == {"points", "rating"} and all(m.sessions == 3 for m in result.scores)
    assert sum(sum(r.counts.values()) for r in result.swot) > 0
    out = tmp_path / "master.docx"
    run("export", master, "--format", "docx", "-o", out)
    document = docx.Document(str(out))
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert any(t.startswith("2.") and "Share 100 points" in t for t in h2)
    assert any(t.startswith("2.") and "How relevant" in t for t in h2)
    assert any(t.startswith("2.") and t.endswith("SWOT comments by priority") for t in h2)
    assert not any(t.startswith("2.") and "Classez" in t for t in h2)  # the French prompts stay French-only
    body = "\n".join(p.text for p in document.paragraphs)
    assert "The rankings, points and ratings of all dialogues are pooled" in body


def test_the_french_note_of_the_master_takes_the_french_headings(master, tmp_path):
    out = tmp_path / "master-fr.docx"
    run("export", master, "--format", "docx", "-o", out, "--language", "fr")
    document = docx.Document(str(out))
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2" and p.text.startswith("2.")]
    with open_readonly(master) as sf:
        french = [q.prompt for s in sf.sessions() if s.language == "fr" for q in sf.load_session(s.id).questions]
    assert french and any(any(prompt in t for prompt in french) for t in h2)
