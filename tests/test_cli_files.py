"""The CLI on good and bad files: exit 0 / 1 / 2, one sentence on stderr, the file untouched."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from workshop_app.domain.errors import UnusableFileError
from workshop_app.storage import SessionFile, handover

from .helpers import filled_file


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture
def good(tmp_path):
    sf, _ = filled_file(tmp_path / "good.workshop")
    sf.close()
    return tmp_path / "good.workshop"


def assert_refused(path, needle):
    before = path.read_bytes() if path.exists() else None
    for cmd in (["check", str(path)], ["info", str(path)], ["export", str(path), "-o", str(path) + ".json"]):
        r = run_cli(*cmd)
        assert r.returncode == 2, (cmd, r.stdout, r.stderr)
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and needle in lines[0], r.stderr
        assert "Traceback" not in r.stderr
    assert (path.read_bytes() if path.exists() else None) == before
    assert not os.path.exists(str(path) + ".json")


def test_check_and_info_on_a_good_file(good):
    r = run_cli("check", str(good))
    assert r.returncode == 0 and "OK" in r.stdout
    info = json.loads(run_cli("info", str(good), "--json").stdout)
    assert info["counts"]["participants"] == 2 and info["sessions"][0]["title"] == "Test dialogue"


def test_garbage_file(tmp_path):
    p = tmp_path / "garbage.workshop"
    p.write_bytes(os.urandom(8192))
    assert_refused(p, "not an SQLite database")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.workshop"
    p.write_bytes(b"")
    assert_refused(p, "empty")


def test_truncated_file(good, tmp_path):
    p = tmp_path / "truncated.workshop"
    data = good.read_bytes()
    p.write_bytes(data[: len(data) // 2 + 100])
    assert_refused(p, "truncated")


def test_wrong_application_id(tmp_path):
    p = tmp_path / "foreign.workshop"
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused(p, "another application")


def test_plain_sqlite_database(tmp_path):
    p = tmp_path / "plain.workshop"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused(p, "not a Workshop App session file")


def test_newer_version_is_refused(good):
    conn = sqlite3.connect(good)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert_refused(good, "newer version")
    r = run_cli("import", str(good), str(good))
    assert r.returncode == 2 and "newer version" in r.stderr


def test_extra_trigger_is_refused(good):
    conn = sqlite3.connect(good)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON comments BEGIN DELETE FROM comments; END")
    conn.commit()
    conn.close()
    assert_refused(good, "extra trigger")


@pytest.mark.parametrize("table,column", [("comments", "language"), ("participants", "name")])
def test_bytes_where_text_belongs_are_refused_as_damage(good, table, column):
    """SQLite does not enforce column types: bytes typed into a text column behind the app's back
    stopped check, info and export with "Unexpected error (TypeError …)"; now one sentence, as the
    merge says it, and the GUI's open refuses it the same way."""
    conn = sqlite3.connect(good)
    conn.execute(f"UPDATE [{table}] SET [{column}] = x'00ff' WHERE rowid = (SELECT min(rowid) FROM [{table}])")
    conn.commit()
    conn.close()
    assert_refused(good, f"a value in table “{table}” is neither text nor a number")
    before = good.read_bytes()
    with pytest.raises(UnusableFileError, match="neither text nor a number"):
        SessionFile.open(good)
    assert good.read_bytes() == before


def test_record_altered_behind_the_apps_back_is_reported(good):
    conn = sqlite3.connect(good)
    conn.execute("UPDATE comments SET text = 'forged' WHERE rowid = 1")
    conn.commit()
    conn.close()
    r = run_cli("check", str(good))
    assert r.returncode == 1 and "changed outside the app" in r.stderr


def test_handover_copy_is_self_contained_and_sealed(tmp_path):
    sf, _ = filled_file(tmp_path / "live.workshop")  # still open: its latest commits are in the -wal
    assert (tmp_path / "live.workshop-wal").stat().st_size > 0
    handover(sf, tmp_path / "copy.workshop")
    sf.close()
    assert not (tmp_path / "copy.workshop-wal").exists()
    # Move the copy alone to another folder, as a USB stick would carry it.
    away = tmp_path / "stick"
    away.mkdir()
    (tmp_path / "copy.workshop").rename(away / "copy.workshop")
    r = run_cli("check", str(away / "copy.workshop"))
    assert r.returncode == 0, r.stderr
    assert "seal: ok" in r.stdout
    info = json.loads(run_cli("info", str(away / "copy.workshop"), "--json").stdout)
    assert info["counts"]["comments"] == 3 and info["seal_ok"] is True


def test_tampered_seal_is_reported(tmp_path):
    sf, _ = filled_file(tmp_path / "live.workshop")
    handover(sf, tmp_path / "copy.workshop")
    sf.close()
    conn = sqlite3.connect(tmp_path / "copy.workshop")
    conn.execute("DELETE FROM comments WHERE rowid = 1")
    conn.commit()
    conn.close()
    r = run_cli("check", str(tmp_path / "copy.workshop"))
    assert r.returncode == 1 and "seal does not match" in r.stderr


def test_editing_a_sealed_file_in_the_app_drops_the_seal(tmp_path):
    sf, sid = filled_file(tmp_path / "live.workshop")
    handover(sf, tmp_path / "copy.workshop")
    sf.close()
    from workshop_app.domain import Comment

    with SessionFile.open(tmp_path / "copy.workshop") as copy:
        copy.save(Comment(session=sid, text="added at headquarters"))
    r = run_cli("check", str(tmp_path / "copy.workshop"))
    assert r.returncode == 0 and "seal: none" in r.stdout


def test_new_demo_free_file_and_template(tmp_path):
    r = run_cli("new", str(tmp_path / "empty.workshop"))
    assert r.returncode == 0
    info = json.loads(run_cli("info", str(tmp_path / "empty.workshop"), "--json").stdout)
    assert info["sessions"] == []
    r = run_cli("new", str(tmp_path / "t.workshop"), "--title", "Dialogue à Nairobi")
    assert r.returncode == 0
    info = json.loads(run_cli("info", str(tmp_path / "t.workshop"), "--json").stdout)
    assert info["sessions"][0]["title"] == "Dialogue à Nairobi" and info["counts"]["questions"] == 4
    r = run_cli("new", str(tmp_path / "u.workshop"), "--template", str(tmp_path / "t.workshop"), "--title", "Copy")
    assert r.returncode == 0
    info = json.loads(run_cli("info", str(tmp_path / "u.workshop"), "--json").stdout)
    assert info["counts"]["options"] == 13 and info["counts"]["frameworks"] == 1
    r = run_cli("new", str(tmp_path / "u.workshop"))
    assert r.returncode == 2 and "already exists" in r.stderr


def test_missing_file_is_one_sentence(tmp_path):
    r = run_cli("info", str(tmp_path / "nope.workshop"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "does not exist" in r.stderr


def test_cli_commands_never_import_qt(good):
    code = (
        "import sys\n"
        "from workshop_app.cli import main\n"
        f"main(['info', {str(good)!r}])\n"
        f"main(['check', {str(good)!r}]) if False else None\n"
        "from workshop_app.storage.check import check_file\n"
        f"check_file({str(good)!r})\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'matplotlib', 'docx'))]\n"
        "assert not bad, bad\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_a_command_that_cannot_be_loaded_is_reported_not_unknown(good):
    """The lazily loaded commands hide no import error: a broken module is logged and said as a bug,
    not turned into "No such command"."""
    code = (
        "import sys\n"
        "sys.modules['workshop_app.cli.results'] = None\n"  # importing it fails
        "from workshop_app.cli import main\n"
        f"main(['results', {str(good)!r}])\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "WORKSHOP_APP_HOME": str(good.parent / "home")})
    assert r.returncode == 1, r.stderr
    assert "No such command" not in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.startswith("workshop-app: ") and r.stderr.count("\n") == 1


def test_exported_files_get_ordinary_permissions(good, tmp_path):
    out = tmp_path / "out.json"
    assert run_cli("export", str(good), "-o", str(out)).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
