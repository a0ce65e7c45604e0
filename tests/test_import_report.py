"""``import`` reports what the merge rule did, as ``merge`` does (issue 11, items 18 and 19)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from workshop_app.domain import Comment
from workshop_app.imports.dispatch import import_data
from workshop_app.storage import SessionFile

from .helpers import filled_file
from .test_merge_determinism import run_cli


def _target_and_edited_document(tmp_path: Path) -> tuple[Path, Path]:
    """A file and a JSON export of a copy of it where one comment was edited apart."""
    target = tmp_path / "target.workshop"
    sf, _ = filled_file(target, comments=3)
    sf.close()
    other = tmp_path / "other.workshop"
    shutil.copyfile(target, other)
    for path, text in ((target, "Edited here."), (other, "Edited there.")):
        with SessionFile.open(path) as sf:
            c = sorted(sf.all(Comment), key=lambda x: x.id)[0]
            c.text = text
            sf.save(c)
    doc = tmp_path / "other.json"
    assert run_cli("export", other, "--format", "json", "-o", doc).returncode == 0
    return target, doc


def test_import_reports_a_conflict_as_merge_does(tmp_path):
    target, doc = _target_and_edited_document(tmp_path)
    preview = tmp_path / "preview.workshop"
    shutil.copyfile(target, preview)
    merged = json.loads(run_cli("merge", "--dry-run", "--json", preview, doc).stdout)["totals"]

    done = run_cli("import", target, doc)
    assert done.returncode == 1, done.stdout + done.stderr  # as merge: a conflict is a problem found
    assert f"{merged['conflicts']} conflicts" in done.stdout and merged["conflicts"] == 1
    assert f"{merged['unchanged']} unchanged" in done.stdout and f"{merged['added']} records added" in done.stdout
    assert "workshop-app conflicts" in done.stdout
    with SessionFile.open(target) as sf:
        assert sf.conn.execute("SELECT count(*) FROM conflicts WHERE resolved = 0").fetchone()[0] == 1


def test_the_import_report_object_for_the_app(tmp_path):
    target, doc = _target_and_edited_document(tmp_path)
    with SessionFile.open(target) as sf:
        report = import_data(sf, doc)
    assert report.counts["conflicts"] == 1 and report.exit_code == 1
    assert report.summary.startswith("Imported other.json:") and "1 conflicts" in report.summary
    with SessionFile.open(target) as sf:
        again = import_data(sf, doc)
    # as merge does for a file merged twice: nothing new, exit 0, and the open conflict is mentioned
    assert again.counts["added"] == 0 and again.counts["conflicts"] == 0 and again.exit_code == 0
    assert "1 conflict(s) still open" in again.summary


def test_a_clean_import_exits_0(tmp_path):
    sf, _ = filled_file(tmp_path / "a.workshop")
    sf.close()
    doc = tmp_path / "a.json"
    assert run_cli("export", tmp_path / "a.workshop", "--format", "json", "-o", doc).returncode == 0
    assert run_cli("new", tmp_path / "b.workshop").returncode == 0
    done = run_cli("import", tmp_path / "b.workshop", doc)
    assert done.returncode == 0 and "0 conflicts" in done.stdout and " added" in done.stdout


def test_duplicate_ids_in_one_document_are_refused_in_one_sentence(tmp_path):
    sf, _ = filled_file(tmp_path / "a.workshop")
    sf.close()
    doc = tmp_path / "a.json"
    assert run_cli("export", tmp_path / "a.workshop", "--format", "json", "-o", doc).returncode == 0
    data = json.loads(doc.read_text(encoding="utf-8"))
    comments = data["sessions"][0]["comments"]
    twin = dict(comments[0], text="Another text under the same id")
    comments.append(twin)
    doc.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "b.workshop"
    assert run_cli("new", target).returncode == 0
    before = target.read_bytes()
    for command in (("import", target, doc), ("merge", target, doc)):
        done = run_cli(*command)
        assert done.returncode == 2, done.stdout + done.stderr
        assert twin["id"] in done.stderr and "UNIQUE" not in done.stderr + done.stdout
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert target.read_bytes() == before
