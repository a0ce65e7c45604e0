"""Issue 11 item 16: one seal rule, version-aware, for check, info, merge and opening a file.

A seal is verified against the file as it was sealed (its own schema version, before any upgrade).
A handover never changes its input, also when the input is of an older version.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.storage import SCHEMA_VERSION, SessionFile
from workshop_app.storage.seal import compute_seal

from .helpers import as_version_3, filled_file

FIXTURE = Path(__file__).parent / "fixtures" / "v1.workshop"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def seal_in_place(path: Path) -> str:
    """What the handover of that version wrote: the seal of the content as it is, in meta."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        seal = compute_seal(conn)
        conn.execute("INSERT INTO meta (key, value) VALUES ('seal', ?)", [seal])
        conn.execute("INSERT INTO meta (key, value) VALUES ('sealed_at', '2024-09-05T18:00:00+00:00')")
    finally:
        conn.close()
    return seal


@pytest.fixture
def sealed_v1(tmp_path) -> Path:
    path = tmp_path / "addis.workshop"
    shutil.copyfile(FIXTURE, path)
    seal_in_place(path)
    return path


@pytest.fixture
def tampered_v1(tmp_path) -> Path:
    """Sealed, then a value changed behind the app's back (record hash made consistent again)."""
    path = tmp_path / "tampered.workshop"
    shutil.copyfile(FIXTURE, path)
    seal_in_place(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE sessions SET notes = 'added later'")
    row = conn.execute("SELECT * FROM sessions").fetchone()
    names = [d[0] for d in conn.execute("SELECT * FROM sessions").description]
    content = {k: v for k, v in zip(names, row, strict=True) if k not in ("rev", "hash", "chain")}
    content["deleted"] = bool(content["deleted"])
    from workshop_app.domain.model import content_hash

    conn.execute("UPDATE sessions SET hash = ?", [content_hash(content)])
    conn.close()
    return path


def verdicts(path: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess, dict, subprocess.CompletedProcess]:
    check = run_cli("check", path)
    info = json.loads(run_cli("info", path, "--json").stdout)
    master = tmp_path / f"master-{path.stem}.workshop"
    merge = run_cli("merge", "--create", master, path)
    return check, info, merge


def test_a_sealed_v1_file_is_sealed_ok_for_check_info_and_merge(sealed_v1, tmp_path):
    before = sealed_v1.read_bytes()
    check, info, merge = verdicts(sealed_v1, tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "seal: ok" in check.stdout
    assert info["schema_version"] == 1 and info["sealed"] is True and info["seal_ok"] is True
    assert merge.returncode == 0 and "seal verified" in merge.stdout, merge.stdout + merge.stderr
    assert sealed_v1.read_bytes() == before


def test_a_tampered_v1_file_is_altered_for_check_info_and_merge(tampered_v1, tmp_path):
    check, info, merge = verdicts(tampered_v1, tmp_path)
    assert check.returncode == 1 and "altered after it was handed over" in check.stderr
    assert info["seal_ok"] is False
    assert merge.returncode != 0 and "altered after it was handed over" in merge.stderr


def test_handover_of_a_v1_file_leaves_it_untouched(sealed_v1, tmp_path):
    out = tmp_path / "out" / "handed.workshop"
    out.parent.mkdir()
    folder_before = sorted(p.name for p in sealed_v1.parent.iterdir())
    before = sealed_v1.read_bytes()
    r = run_cli("handover", sealed_v1, "-o", out)
    assert r.returncode == 0, r.stderr
    assert sealed_v1.read_bytes() == before  # not upgraded in place
    assert sorted(p.name for p in sealed_v1.parent.iterdir()) == folder_before  # no backup, no -wal
    check = run_cli("check", out)
    assert check.returncode == 0 and "seal: ok" in check.stdout
    info = json.loads(run_cli("info", out, "--json").stdout)
    assert info["schema_version"] == SCHEMA_VERSION and info["counts"]["participants"] == 1


def test_handover_refuses_a_file_whose_seal_is_broken(tampered_v1, tmp_path):
    before = tampered_v1.read_bytes()
    r = run_cli("handover", tampered_v1, "-o", tmp_path / "laundered.workshop")
    assert r.returncode != 0 and "altered" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "laundered.workshop").exists()
    assert tampered_v1.read_bytes() == before


def test_opening_a_sealed_v1_file_upgrades_it_and_keeps_the_verdict(sealed_v1, tampered_v1):
    for path, ok in ((sealed_v1, True), (tampered_v1, False)):
        SessionFile.open(path).close()
        check = run_cli("check", path)
        info = json.loads(run_cli("info", path, "--json").stdout)
        assert info["schema_version"] == SCHEMA_VERSION
        assert info["seal_ok"] is ok, (path, check.stdout, check.stderr)


def test_a_sealed_current_file_is_sealed_ok_everywhere(tmp_path):
    source, _ = filled_file(tmp_path / "work.workshop")
    from workshop_app.storage import handover

    handover(source, tmp_path / "sealed.workshop")
    source.close()
    check, info, merge = verdicts(tmp_path / "sealed.workshop", tmp_path)
    assert check.returncode == 0 and info["seal_ok"] is True and "seal verified" in merge.stdout


def test_a_file_sealed_by_version_3_stays_sealed_through_the_upgrade(tmp_path):
    source, _ = filled_file(tmp_path / "work.workshop")
    source.close()
    v3 = tmp_path / "v3.workshop"
    as_version_3(tmp_path / "work.workshop", v3)
    seal_in_place(v3)
    check, info, merge = verdicts(v3, tmp_path)
    assert info["schema_version"] == 3 and info["seal_ok"] is True, info
    assert check.returncode == 0 and "seal verified" in merge.stdout, merge.stdout + merge.stderr
    SessionFile.open(v3).close()  # upgraded in place, after a backup
    info = json.loads(run_cli("info", v3, "--json").stdout)
    assert info["schema_version"] == SCHEMA_VERSION and info["seal_ok"] is True
    assert list(tmp_path.glob("v3.v3-backup-*.workshop"))


def test_a_sealed_consolidation_is_in_the_seal(tmp_path):
    from workshop_app.domain.model import Consolidation, content_hash
    from workshop_app.storage import handover

    source, _ = filled_file(tmp_path / "work.workshop")
    source.save(Consolidation(title="What we heard", key_messages=["Housing first."]))
    handover(source, tmp_path / "sealed.workshop")
    source.close()
    sealed = tmp_path / "sealed.workshop"
    check, info, merge = verdicts(sealed, tmp_path)
    assert info["seal_ok"] is True and "seal verified" in merge.stdout
    conn = sqlite3.connect(sealed, isolation_level=None)  # edited behind the app's back, hash made consistent
    row = dict(zip([d[0] for d in conn.execute("SELECT * FROM consolidations").description],
                   conn.execute("SELECT * FROM consolidations").fetchone(), strict=True))
    content = {k: v for k, v in row.items() if k not in ("rev", "hash", "chain", "sources")}
    content.update(deleted=bool(content["deleted"]), key_messages=["Finance first."])
    conn.execute("UPDATE consolidations SET key_messages = ?, hash = ?", ['["Finance first."]', content_hash(content)])
    conn.close()
    (tmp_path / "again").mkdir()
    check, info, merge = verdicts(sealed, tmp_path / "again")
    assert info["seal_ok"] is False and check.returncode == 1
    assert merge.returncode != 0 and "altered after it was handed over" in merge.stderr
