"""Merges with one answer (issue 11, items 11-13): what a record is does not depend on when or where
it was imported, lists have one canonical order, and compile-notes keeps what merge keeps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workshop_app.storage import SCHEMA_VERSION, SessionFile

from .helpers import filled_file


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "160", **(env or {})}
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=180, env=env)


def _document(tmp_path: Path) -> Path:
    """An interchange document as another tool writes it: no created_at (the app would stamp one)."""
    sf, _ = filled_file(tmp_path / "origin.workshop", comments=6)
    sf.close()
    out = tmp_path / "doc.json"
    assert run_cli("export", tmp_path / "origin.workshop", "--format", "json", "-o", out).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    for s in doc["sessions"]:
        for key in ("ballots", "comments", "participants"):
            for r in s[key]:
                r.pop("created_at", None)
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return out


def test_two_laptops_importing_the_same_document_merge_without_conflicts(tmp_path):
    doc = _document(tmp_path)
    laptops = [tmp_path / "laptop1.workshop", tmp_path / "laptop2.workshop"]
    for i, laptop in enumerate(laptops):
        assert run_cli("new", laptop).returncode == 0
        done = run_cli("import", laptop, doc)
        assert done.returncode == 0, done.stderr
        if i == 0:
            import time

            time.sleep(1.1)  # the second laptop imports at another second of the clock
    master = tmp_path / "master.workshop"
    merged = run_cli("merge", "--create", "--json", master, *laptops)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    report = json.loads(merged.stdout)
    assert report["totals"]["conflicts"] == 0
    with SessionFile.open(master) as sf:
        assert sf.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0


# -- the upgrade to schema version 3 --------------------------------------------------------------


def as_version_2(v3: Path, out: Path) -> None:
    """``out``: the content of ``v3`` as version 2 of the app wrote it (created_at inside the hashes)."""
    import sqlite3

    from sqlite_utils import Database

    from workshop_app.domain import legacy_content_hash
    from workshop_app.storage.codec import row_values
    from workshop_app.storage.schema import RECORD_TABLES, apply_migrations

    src = sqlite3.connect(v3)
    src.row_factory = sqlite3.Row
    dst = sqlite3.connect(out, isolation_level=None)
    apply_migrations(Database(dst), up_to=2)
    dst.execute("BEGIN")
    for table in RECORD_TABLES:
        cols = {r[1] for r in dst.execute(f"PRAGMA table_info([{table}])")}
        for row in src.execute(f"SELECT * FROM [{table}]"):
            row = {k: row[k] for k in row.keys() if k in cols}
            if table in ("ballots", "comments"):
                row["hash"] = legacy_content_hash(row_values(table, row))
            dst.execute(f"INSERT INTO [{table}] ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()))
    dst.execute("COMMIT")
    dst.execute("PRAGMA journal_mode = DELETE")
    dst.close()
    src.close()


def edit_as_version_2(path: Path, comment_id: str, text: str) -> None:
    """A v2 app's edit of a comment: revision + 1, the old (old-rule) hash appended to the chain."""
    import sqlite3

    from workshop_app.domain import legacy_content_hash
    from workshop_app.storage.codec import row_values

    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM comments WHERE id = ?", [comment_id]).fetchone())
    chain = json.loads(row["chain"]) + [row["hash"]]
    row.update(text=text, rev=row["rev"] + 1, chain=json.dumps(chain))
    row["hash"] = legacy_content_hash(row_values("comments", row))
    conn.execute("UPDATE comments SET text = ?, rev = ?, chain = ?, hash = ? WHERE id = ?",
                 [text, row["rev"], row["chain"], row["hash"], comment_id])
    conn.close()


def _v2_pair(tmp_path: Path) -> tuple[Path, Path, str]:
    sf, _ = filled_file(tmp_path / "origin.workshop", comments=4)
    comment_id = sorted(c.id for c in sf.all(__import__("workshop_app.domain", fromlist=["Comment"]).Comment))[0]
    sf.close()
    before, after = tmp_path / "before.workshop", tmp_path / "after.workshop"
    as_version_2(tmp_path / "origin.workshop", before)
    as_version_2(tmp_path / "origin.workshop", after)
    edit_as_version_2(after, comment_id, "Edited on a laptop still running version 2.")
    return before, after, comment_id


def test_a_version_2_file_checks_and_upgrades_with_a_backup(tmp_path):
    before, _, _ = _v2_pair(tmp_path)
    assert run_cli("check", before).returncode == 0, run_cli("check", before).stdout
    with SessionFile.open(before) as sf:
        assert sf.version == SCHEMA_VERSION
        for table in ("ballots", "comments"):
            for row in sf.db[table].rows:
                from workshop_app.storage.codec import row_to_record

                assert row_to_record(__import__("workshop_app.domain", fromlist=["Comment"]).TYPE_BY_TABLE[table],
                                     row).hash == row["hash"]
    assert list(tmp_path.glob("before.v2-backup-*.workshop"))
    assert run_cli("check", before).returncode == 0


def test_an_altered_version_2_record_stays_detected_after_the_upgrade(tmp_path):
    import sqlite3

    before, _, comment_id = _v2_pair(tmp_path)
    conn = sqlite3.connect(before, isolation_level=None)
    conn.execute("UPDATE comments SET text = 'forged' WHERE id = ?", [comment_id])
    conn.close()
    with SessionFile.open(before):
        pass
    done = run_cli("check", before)
    assert done.returncode == 1 and comment_id in done.stdout + done.stderr


def test_fast_forward_and_stale_across_version_2_and_version_3(tmp_path):
    """Old chains hold old-rule hashes: an upgraded master still fast-forwards from a v2 edit, and a
    master upgraded from the edited file finds the unedited v2 file stale, with no conflict."""
    before, after, comment_id = _v2_pair(tmp_path)
    import shutil

    master1, master2 = tmp_path / "m1.workshop", tmp_path / "m2.workshop"
    shutil.copyfile(before, master1)
    shutil.copyfile(after, master2)
    for path in (master1, master2):
        with SessionFile.open(path):
            pass  # upgraded to version 3 in place
    one = run_cli("merge", "--json", master1, after)
    two = run_cli("merge", "--json", master2, before)
    assert one.returncode == 0 and two.returncode == 0, one.stdout + two.stdout
    assert json.loads(one.stdout)["totals"]["fast_forwarded"] == 1
    assert json.loads(two.stdout)["totals"]["stale"] == 1
    for path in (master1, master2):
        with SessionFile.open(path) as sf:
            assert sf.conn.execute("SELECT count(*) FROM conflicts WHERE resolved = 0").fetchone()[0] == 0
            assert sf.conn.execute("SELECT text FROM comments WHERE id = ?", [comment_id]).fetchone()[0] \
                == "Edited on a laptop still running version 2."


# -- one canonical order: the same files give the same documents, whatever the merge order --------


def _cli(*args: str | Path) -> str:
    from click.testing import CliRunner

    from workshop_app.cli import cli

    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def _three_sources(tmp_path: Path) -> list[Path]:
    """A venue file, a second laptop's copy that went on capturing (new people, new comments, an
    edit), and a third copy where someone edited the same comment differently (a conflict)."""
    import shutil

    from workshop_app.domain import Comment, Participant

    a = tmp_path / "a.workshop"
    sf, sid = filled_file(a, comments=4)
    sf.close()
    b, c = tmp_path / "b.workshop", tmp_path / "c.workshop"
    shutil.copyfile(a, b)
    shutil.copyfile(a, c)
    for path, who, words in ((b, "Bea", "laptop two"), (c, "Chen", "laptop three")):
        with SessionFile.open(path) as sf:
            first = sorted(sf.all(Comment), key=lambda x: x.id)[0]
            first.text = f"Edited on {words}."
            sf.save(first)
            for k in range(3):
                p = sf.save(Participant(session=sid, name=f"{who} {k}", consent_named=True,
                                        created_at="2024-09-05T10:00:00+00:00"))
                sf.save(Comment(session=sid, participant=p.id, text=f"{words} says {k}",
                                created_at=f"2024-09-05T10:0{k % 2}:00+00:00"))
    return [a, b, c]


def _word_text(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        out += [cell.text for row in table.rows for cell in row.cells]
    return out


def _workbook_cells(path: Path) -> tuple:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    return tuple((ws.title, tuple(tuple(row) for row in ws.iter_rows(values_only=True))) for ws in book.worksheets)


def test_every_merge_order_gives_the_same_json_and_word_text(tmp_path, monkeypatch):
    """Masters merged from the same three files in all 6 orders export byte-identical JSON, Word
    notes with the same text and workbooks with the same cells. (The clock is fixed: ``merged_at`` is the real time of a merge, the
    one thing a master may rightly differ by; what must not differ is what the order decides.)"""
    import itertools

    import workshop_app.merge.engine as engine

    monkeypatch.setattr(engine, "now_iso", lambda: "2026-01-01T00:00:00+00:00")
    sources = _three_sources(tmp_path)
    exports, words, sheets = set(), set(), set()
    for k, order in enumerate(itertools.permutations(sources)):
        folder = tmp_path / f"order{k}"
        folder.mkdir()
        master = folder / "master.workshop"  # the same name: the Word note names its source file
        _cli("merge", "--create", master, *order)
        _cli("export", master, "--format", "json", "-o", folder / "master.json")
        _cli("export", master, "--format", "docx", "-o", folder / "master.docx")
        _cli("export", master, "--format", "xlsx", "-o", folder / "master.xlsx")
        exports.add((folder / "master.json").read_bytes())
        words.add(tuple(_word_text(folder / "master.docx")))
        sheets.add(_workbook_cells(folder / "master.xlsx"))
    assert len(exports) == 1
    assert len(words) == 1
    assert len(sheets) == 1
    doc = json.loads(exports.pop())
    stored = sorted((c["resolved"], c["source"], c["content"]["text"]) for c in doc["conflicts"])
    # the losing edit names the laptop it was made on, the superseded original names the venue file
    assert stored[0][:2] in ((0, "b.workshop"), (0, "c.workshop")) and stored[1][:2] == (1, "a.workshop")
    assert stored[0][2] == {"b.workshop": "Edited on laptop two.", "c.workshop": "Edited on laptop three."}[stored[0][1]]
    assert len(doc["sessions"][0]["comments"]) == 4 + 6


# -- compile-notes keeps what merge keeps: one rule -----------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_BASE: dict = {}


def _base_document(folder: Path) -> dict:
    """A small session as interchange JSON (built once): the notes start from it."""
    if not _BASE:
        from workshop_app.storage.interchange import export_document

        sf, _ = filled_file(folder / "base.workshop", comments=3)
        with sf:
            _BASE.update(export_document(sf))
    return json.loads(json.dumps(_BASE))


def _edit(record: dict, session: str, **changes) -> None:
    """What the app does on a save: the old hash joins the chain, the revision goes up."""
    from workshop_app.domain import Comment
    from workshop_app.storage.codec import record_from_content

    def hash_of(r: dict) -> str:
        values = {k: v for k, v in r.items() if k not in ("rev", "chain", "sources")}
        return record_from_content(Comment, {**values, "session": session}).hash

    record["chain"] = record["chain"] + [hash_of(record)]
    record.update(changes)
    record["rev"] += 1


_steps = st.lists(st.tuples(st.sampled_from(["edit", "star", "delete", "sync"]), st.integers(0, 3),
                            st.integers(0, 3), st.sampled_from(["A", "B", "Housing first"])), max_size=8)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(n=st.integers(2, 3), steps=_steps)
def test_compile_notes_and_merge_keep_the_same_version(tmp_path_factory, n, steps):
    import copy

    from workshop_app.exports.compile import compiled_data
    from workshop_app.merge import merge_into
    from workshop_app.storage.interchange import export_document

    folder = tmp_path_factory.mktemp("notes")
    base = _base_document(folder)
    laptops = [copy.deepcopy(base) for _ in range(n)]
    for kind, who, which, value in steps:
        mine = laptops[who % n]["sessions"][0]["comments"]
        if kind == "sync":
            theirs = laptops[which % n]["sessions"][0]["comments"]
            laptops[who % n]["sessions"][0]["comments"] = copy.deepcopy(theirs)
            continue
        c = mine[which % len(mine)]
        sid = base["sessions"][0]["id"]
        if kind == "edit":
            _edit(c, sid, text=value)
        elif kind == "star":
            _edit(c, sid, starred=not c["starred"])
        else:
            _edit(c, sid, deleted=not c["deleted"])
    notes = [(f"note{i}.docx", json.dumps(doc, ensure_ascii=False)) for i, doc in enumerate(laptops)]
    compiled, _ = compiled_data(notes)

    paths = []
    for i, (_, text) in enumerate(notes):
        paths.append(folder / f"note{i}.json")
        paths[-1].write_text(text, encoding="utf-8")
    with SessionFile.create(folder / "master.workshop") as sf:
        report = merge_into(sf, paths, backup=False)
        assert all(s.status == "merged" for s in report.sources)
        merged = export_document(sf)

    def shown(doc: dict) -> list:
        return [(c["id"], c["rev"], c["text"], c["starred"], c["deleted"]) for c in doc["sessions"][0]["comments"]]

    def kept(doc: dict) -> set:
        return {(c["record_id"], c["hash"], c["rev"], c["resolved"]) for c in doc["conflicts"]}

    assert shown(compiled) == shown(merged)
    assert kept(compiled) == kept(merged)


def test_compile_notes_cli_shows_what_merge_shows(tmp_path):
    """Through the CLI: two notes of one session edited apart; the compiled note, merged, shows the
    same version as merging the two notes, and keeps the other one for review."""
    import shutil

    from workshop_app.domain import Comment

    a = tmp_path / "a.workshop"
    sf, _ = filled_file(a, comments=2)
    sf.close()
    b = tmp_path / "b.workshop"
    shutil.copyfile(a, b)
    for path, text in ((a, "Edited in Nairobi."), (b, "Edited in Kisumu.")):
        with SessionFile.open(path) as sf:
            c = sorted(sf.all(Comment), key=lambda x: x.id)[0]
            c.text = text
            sf.save(c)
        assert run_cli("export", path, "--format", "docx", "-o", path.with_suffix(".docx")).returncode == 0
    notes = [a.with_suffix(".docx"), b.with_suffix(".docx")]
    done = run_cli("compile-notes", "-o", tmp_path / "all.docx", *notes)
    assert done.returncode == 0, done.stderr
    one, two = tmp_path / "one.workshop", tmp_path / "two.workshop"
    assert run_cli("merge", "--create", one, tmp_path / "all.docx").returncode == 0  # it carries the conflict
    assert run_cli("merge", "--create", two, *notes).returncode == 1
    texts = []
    for master in (one, two):
        with SessionFile.open(master) as sf:
            texts.append((sorted(c.text for c in sf.all(Comment)),
                          sorted(json.loads(r[0])["text"] for r in sf.conn.execute(
                              "SELECT content FROM conflicts WHERE resolved = 0"))))
    assert texts[0] == texts[1]


def test_a_stored_version_names_the_file_it_came_from_in_either_order(tmp_path):
    """Item 18: the version kept for review named the file that displaced it ("OTHER … from
    b.workshop" beside a.workshop's text). Each version names its own file, in either order."""
    import shutil

    from workshop_app.domain import Comment

    a = tmp_path / "a.workshop"
    sf, _ = filled_file(a, comments=2)
    sf.close()
    b = tmp_path / "b.workshop"
    shutil.copyfile(a, b)
    for path in (a, b):
        with SessionFile.open(path) as sf:
            c = sorted(sf.all(Comment), key=lambda x: x.id)[0]
            c.text = f"Text written in {path.name}"
            sf.save(c)
    seen = []
    for k, order in enumerate(((a, b), (b, a))):
        master = tmp_path / f"m{k}.workshop"
        assert run_cli("merge", "--create", master, *order).returncode == 1
        (conflict,) = json.loads(run_cli("conflicts", "--json", master).stdout)
        for side in ("winner", "other"):
            assert conflict[side]["content"]["text"] == f"Text written in {conflict[side]['source']}"
        seen.append((conflict["winner"]["source"], conflict["other"]["source"]))
        shown = run_cli("conflicts", master).stdout
        assert f"from {conflict['other']['source']}" in shown and f"from {conflict['winner']['source']}" in shown
    assert seen[0] == seen[1]


def test_the_upgrade_settles_conflicts_that_only_an_import_time_made(tmp_path):
    """A v2 master that merged two laptops' imports of one document holds a 'conflict' between two
    copies differing only by created_at; under the new rule they are one version, so the upgrade
    drops the stored copy, and a genuine conflict next to it survives with its new id."""
    import sqlite3

    from workshop_app.domain import legacy_content_hash
    from workshop_app.domain.model import version_id
    from workshop_app.storage.codec import row_values

    sf, _ = filled_file(tmp_path / "origin.workshop", comments=2)
    sf.close()
    master = tmp_path / "master.workshop"
    as_version_2(tmp_path / "origin.workshop", master)
    conn = sqlite3.connect(master, isolation_level=None)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM comments ORDER BY id")]
    for row, change in ((rows[0], {"created_at": "2030-01-01T00:00:00+00:00"}), (rows[1], {"text": "Other words"})):
        content = {**row_values("comments", row), **change}
        h = legacy_content_hash(content)
        conn.execute("INSERT INTO conflicts (id, table_name, record_id, hash, rev, chain, content, source) "
                     "VALUES (?, 'comments', ?, ?, ?, ?, ?, 'laptop2.workshop')",
                     [version_id("comments", row["id"], h, row["rev"], []), row["id"], h, row["rev"],
                      row["chain"], json.dumps(content)])
    conn.close()
    with SessionFile.open(master) as sf:
        left = list(sf.db["conflicts"].rows)
    assert [r["record_id"] for r in left] == [rows[1]["id"]]
    (kept,) = left
    assert kept["id"] == version_id("comments", kept["record_id"], kept["hash"], kept["rev"], [])
    assert run_cli("check", master).returncode == 0
    shown = json.loads(run_cli("conflicts", "--json", master).stdout)
    assert [c["other"]["content"]["text"] for c in shown] == ["Other words"]
