"""A master's own title, key messages and conclusions (issue 15): written with the CLI as staff do,
they open the master's note, travel in its data, survive a merge into another master, and a
single dialogue's note never shows them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from workshop_app.cli import cli
from workshop_app.storage import SessionFile, open_readonly

SAMPLES = Path(__file__).parent.parent / "sample_sessions"
VENUES = ["nairobi-un-entities-2024", "africa-urban-forum-2024", "wuf12-member-states-2024"]
TITLE = "Consultations on the strategic plan 2026–2029: what we heard"
MESSAGES = ["Housing is where the plan must start.", "Cities ask for finance they can reach directly."]
CONCLUSIONS = "Every region put housing first.\n\nLocal finance came second in Africa and Asia."


def run(*args, input: str | None = None) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, input=input)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("master") / "master.workshop"
    run("new", path)
    run("merge", path, *[SAMPLES / f"{v}.workshop" for v in VENUES])
    for v in VENUES:  # a merged file has no words of its own
        assert "no consolidated synthesis" in run("consolidation", SAMPLES / f"{v}.workshop")
    run("consolidation", path, "--title", TITLE, *[x for m in MESSAGES for x in ("--key-message", m)])
    run("consolidation", path, "--conclusions-file", "-", input=CONCLUSIONS)
    return path


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_the_cli_shows_what_it_wrote(master):
    shown = json.loads(run("consolidation", master, "--json"))
    assert shown["title"] == TITLE and shown["key_messages"] == MESSAGES and shown["conclusions"] == CONCLUSIONS
    assert shown["rev"] == 2  # two commands, two revisions of one record
    text = run("consolidation", master)
    assert TITLE in text and "1. " + MESSAGES[0] in text and "Local finance came second" in text


def test_they_open_the_master_note(master, tmp_path):
    out = tmp_path / "master.docx"
    run("export", master, "--format", "docx", "-o", out)
    found = paragraphs(out)
    texts = [t for _, t in found]
    assert docx.Document(str(out)).core_properties.title == TITLE
    assert ("Title", TITLE) in found
    summary = texts.index("Summary")
    contents = texts.index("Contents")
    head = texts[summary:contents]
    assert all(m in head for m in MESSAGES)  # key messages in the summary, before the contents
    assert "Every region put housing first." in head and "Local finance came second in Africa and Asia." in head
    # each text once: the body's last section holds each dialogue's own conclusions
    assert texts.count("Every region put housing first.") == 1 and texts.count(MESSAGES[0]) == 1
    assert any(style == "Heading 1" and t.endswith(". Conclusions of each dialogue") for style, t in found)
    assert not any(style == "Heading 1" and t.endswith(". Overall conclusions") for style, t in found)


def test_the_short_note_has_them_and_points_nowhere_missing(master, tmp_path):
    out = tmp_path / "short.docx"
    run("export", master, "--format", "docx", "-o", out, "--profile", "short")
    texts = [t for _, t in paragraphs(out)]
    assert all(m in texts for m in MESSAGES) and "Every region put housing first." in texts
    assert not any("Conclusions of each dialogue" in t for t in texts)  # no section to point to


def test_a_single_dialogue_note_does_not_show_them(master, tmp_path):
    with open_readonly(master) as sf:
        first = sf.sessions()[0].id
    out = tmp_path / "one.docx"
    run("export", master, "--format", "docx", "-o", out, "--session", first)
    texts = "\n".join(t for _, t in paragraphs(out))
    assert TITLE not in texts and MESSAGES[0] not in texts


def test_they_travel_in_the_note_and_merge_into_another_master(master, tmp_path):
    out = tmp_path / "master.docx"
    run("export", master, "--format", "docx", "-o", out)
    restored = tmp_path / "restored.workshop"
    run("new", restored)
    run("import", restored, out)  # a new file restored from the note: its words are its own again
    assert json.loads(run("consolidation", restored, "--json"))["key_messages"] == MESSAGES
    other = tmp_path / "hq.workshop"
    run("new", other)
    run("merge", other, SAMPLES / f"{VENUES[0]}.workshop")
    copy = tmp_path / "regional.workshop"
    shutil.copyfile(master, copy)
    run("merge", other, copy)
    with open_readonly(other) as sf:
        assert sf.consolidation() is None  # a merged master's words are kept, never passed off as this file's
        kept = sf.conn.execute("SELECT title FROM consolidations").fetchall()
    assert kept == [(TITLE,)]


def test_an_empty_key_message_is_refused_and_changes_nothing(master, tmp_path):
    copy = tmp_path / "m.workshop"
    shutil.copyfile(master, copy)
    before = copy.read_bytes()
    result = subprocess.run([sys.executable, "-m", "workshop_app.cli", "consolidation", str(copy), "--key-message", " "],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 1 and result.stderr.strip() == "workshop-app: A key message cannot be empty."
    assert copy.read_bytes() == before
    with SessionFile.open(copy) as sf:
        assert sf.consolidation().key_messages == MESSAGES


def test_the_masters_words_edited_in_word_are_found_and_kept_when_asked(master, tmp_path):
    from tests.test_word_round_trip import edit_in_word
    from workshop_app.exports.comments_section import own_bookmark

    note = tmp_path / "master.docx"
    run("export", master, "--format", "docx", "-o", note)
    with open_readonly(master) as sf:
        own_id = sf.consolidation().id
    edited = edit_in_word(note, own_id, "Housing is where the plan must start, with land.", tmp_path / "e1.docx",
                          name=own_bookmark("key_messages", own_id, 0))
    edited = edit_in_word(edited, own_id, "Every region but one put housing first.", tmp_path / "e2.docx",
                          name=own_bookmark("conclusions", own_id, 0))
    copy = tmp_path / "copy.workshop"
    shutil.copyfile(master, copy)
    said = subprocess.run([sys.executable, "-m", "workshop_app.cli", "import", str(copy), str(edited)],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert said.returncode == 0, said.stderr
    assert "2 key message(s) read differently" in said.stderr and "+ Every region but one put housing first." in said.stderr
    with open_readonly(copy) as sf:
        assert sf.consolidation().key_messages == MESSAGES  # never taken silently
    run("import", copy, edited, "--take-word-text")
    with open_readonly(copy) as sf:
        own = sf.consolidation()
    assert own.key_messages == ["Housing is where the plan must start, with land.", MESSAGES[1]]
    assert own.conclusions == "Every region but one put housing first.\n\nLocal finance came second in Africa and Asia."
