"""Issue 11 item 17: one validation for every way in.

A ballot naming another question's option, in a ``.workshop`` whose hashes and seal are
consistent (made outside the app), is refused by ``check``, ``merge``, opening the file, ``import``
into it and ``results``, as the JSON importer refuses the same ballot. A ballot that names an
option removed after it was entered, or predates a change of the points budget, is not.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.domain import Ballot, Option, Question
from workshop_app.domain.errors import UnusableFileError
from workshop_app.domain.model import canonical_json
from workshop_app.storage import SessionFile
from workshop_app.storage.codec import row_to_record
from workshop_app.storage.seal import compute_seal

from .helpers import filled_file


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def cross_question_file(folder: Path, name: str = "crafted.workshop", *, seal: bool = True) -> tuple[Path, str]:
    """A file whose one ballot names an option of another question, with its hash and the seal recomputed."""
    path = folder / name
    sf, session_id = filled_file(path)
    data = sf.load_session(session_id)
    ranking_q = next(q for q in data.questions if q.kind == "ranking")
    other_q = next(q for q in data.questions if q.kind != "ranking" and data.options_of(q.id))
    ballot = data.ballots_of(ranking_q.id)[0]
    sf.close()
    foreign = Option  # noqa: F841 - for the reader: the option belongs to other_q
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    other_option = conn.execute("SELECT id FROM options WHERE question = ? LIMIT 1", [other_q.id]).fetchone()[0]
    row = dict(conn.execute("SELECT * FROM ballots WHERE id = ?", [ballot.id]).fetchone())
    ranking = json.loads(row["ranking"]) + [[other_option]]
    row["ranking"] = canonical_json(ranking)
    digest = row_to_record(Ballot, row).hash
    conn.execute("UPDATE ballots SET ranking = ?, hash = ? WHERE id = ?", [row["ranking"], digest, ballot.id])
    if seal:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seal', ?)", [compute_seal(conn)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path, ballot.id


@pytest.fixture
def crafted(tmp_path) -> tuple[Path, str]:
    return cross_question_file(tmp_path)


def test_the_crafted_file_is_otherwise_consistent(crafted):
    """Hashes and seal hold: only the rule can catch it."""
    path, _ = crafted
    from workshop_app.storage import open_readonly
    from workshop_app.storage.check import altered_records
    from workshop_app.storage.seal import seal_status

    with open_readonly(path) as sf:
        assert altered_records(sf) == [] and seal_status(sf).ok


def test_check_reports_the_ballot(crafted):
    path, ballot_id = crafted
    r = run_cli("check", path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert ballot_id in r.stderr and "not in this question" in r.stderr


def test_merge_refuses_the_file(crafted, tmp_path):
    path, ballot_id = crafted
    master = tmp_path / "master.workshop"
    r = run_cli("merge", "--create", master, path)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "refused" in r.stderr and ballot_id in r.stderr
    assert sqlite3.connect(master).execute("SELECT count(*) FROM ballots").fetchone()[0] == 0


def test_merge_refuses_the_same_ballot_in_a_json_document(crafted, tmp_path):
    path, ballot_id = crafted
    good, _ = filled_file(tmp_path / "good.workshop")
    good.close()
    doc_path = tmp_path / "good.json"
    assert run_cli("export", tmp_path / "good.workshop", "-o", doc_path).returncode == 0
    doc = json.loads(doc_path.read_text(encoding="utf-8"))
    questions = doc["sessions"][0]["questions"]
    ranking_q = next(q for q in questions if q["kind"] == "ranking")
    other = next(q for q in questions if q["kind"] != "ranking" and q["options"])
    ballot = next(b for b in doc["sessions"][0]["ballots"] if b["question"] == ranking_q["id"])
    ballot["ranking"].append(other["options"][0]["id"])
    doc_path.write_text(json.dumps(doc), encoding="utf-8")
    master = tmp_path / "master.workshop"
    r = run_cli("merge", "--create", master, doc_path)
    assert r.returncode == 2 and ballot["id"] in r.stderr, r.stdout + r.stderr
    target = tmp_path / "target.workshop"
    assert run_cli("new", target).returncode == 0
    r = run_cli("import", target, doc_path)  # the importer has always refused it
    assert r.returncode == 2 and "not in this question" in r.stderr


def test_opening_and_importing_into_it_refuse(crafted, tmp_path):
    path, ballot_id = crafted
    before = path.read_bytes()
    with pytest.raises(UnusableFileError, match=ballot_id):
        SessionFile.open(path)
    other, _ = filled_file(tmp_path / "other.workshop")
    other.close()
    doc = tmp_path / "other.json"
    assert run_cli("export", tmp_path / "other.workshop", "-o", doc).returncode == 0
    r = run_cli("import", path, doc)
    assert r.returncode == 2 and ballot_id in r.stderr and "Traceback" not in r.stderr
    assert path.read_bytes() == before


def test_results_refuses_instead_of_leaving_the_option_out(crafted):
    path, ballot_id = crafted
    r = run_cli("results", path, "--bootstrap", "0")
    assert r.returncode == 1, r.stdout + r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and ballot_id in lines[0]


def test_ballots_the_app_did_write_still_pass_everywhere(tmp_path):
    """An option removed after ballots named it, and a budget changed after points were given."""
    path = tmp_path / "edited.workshop"
    sf, session_id = filled_file(path)
    data = sf.load_session(session_id)
    ranking_q = next(q for q in data.questions if q.kind == "ranking")
    points_q = next(q for q in data.questions if q.kind == "points")
    named = data.ballots_of(ranking_q.id)[0].ranking[0][0]
    popts = data.options_of(points_q.id)
    sf.save(Ballot(session=session_id, question=points_q.id, points={popts[0].id: points_q.budget}))
    sf.delete(next(o for o in data.options_of(ranking_q.id) if o.id == named))
    points_q = sf.get(Question, points_q.id)
    points_q.budget = (points_q.budget or 100) + 50
    sf.save(points_q)
    sf.close()
    assert run_cli("check", path).returncode == 0
    SessionFile.open(path).close()
    assert run_cli("results", path, "--bootstrap", "0").returncode == 0
    master = tmp_path / "master.workshop"
    r = run_cli("merge", "--create", master, path)
    assert r.returncode == 0, r.stdout + r.stderr
    doc = tmp_path / "edited.json"
    assert run_cli("export", path, "-o", doc).returncode == 0
    assert run_cli("new", tmp_path / "t.workshop").returncode == 0
    r = run_cli("import", tmp_path / "t.workshop", doc)
    assert r.returncode == 0, r.stderr


def test_refusing_a_file_with_its_own_wal_leaves_both_identical(crafted, tmp_path):
    """The refusal happens on the private copy: the -wal is not checkpointed into the file."""
    path, ballot_id = crafted
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('note', 'last entry, still in the -wal')")
    db, wal = path.read_bytes(), Path(str(path) + "-wal").read_bytes()
    conn.close()  # checkpoints; put the file back as a kill would have left it
    path.write_bytes(db)
    Path(str(path) + "-wal").write_bytes(wal)
    with pytest.raises(UnusableFileError, match=ballot_id):
        SessionFile.open(path)
    assert path.read_bytes() == db and Path(str(path) + "-wal").read_bytes() == wal
