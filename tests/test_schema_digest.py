"""The schema check without the migrations: a file of a known version is recognised by a digest.

Opening a file checks its exact schema against the one its version must have. Running the
migrations in memory to know that schema needs sqlite-utils (click, pluggy, dateutil: about 0.1 s
of every start); the digest of each version's schema is kept in ``storage/schema.py`` instead, and
the migrations run only to say how a file that differs differs.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from workshop_app.domain.errors import UnusableFileError
from workshop_app.storage import SCHEMA_VERSION, SessionFile
from workshop_app.storage.schema import SCHEMA_DIGESTS, expected_schema, schema_digest, schema_problem


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_each_versions_digest_is_the_digest_of_what_its_migrations_build(version):
    assert SCHEMA_DIGESTS[version] == schema_digest(expected_schema(version)), (
        "a migration changed the schema: put the new digest in storage/schema.py SCHEMA_DIGESTS")


def test_a_schema_that_differs_is_still_described():
    found = set(expected_schema(SCHEMA_VERSION))
    found.add(("trigger", "sneaky", "CREATE TRIGGER sneaky AFTER INSERT ON comments BEGIN SELECT 1; END"))
    assert schema_problem(frozenset(found), SCHEMA_VERSION) == (
        "it contains an extra trigger “sneaky”, which a session file never has")
    assert schema_problem(expected_schema(SCHEMA_VERSION), SCHEMA_VERSION) is None


def test_a_file_with_an_extra_trigger_is_refused(tmp_path):
    path = tmp_path / "venue.workshop"
    SessionFile.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON comments BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    with pytest.raises(UnusableFileError, match="extra trigger “sneaky”"):
        SessionFile.open(path)


OPEN_READ_WRITE = textwrap.dedent('''
    import sys
    from workshop_app.domain.model import Participant
    from workshop_app.storage import SessionFile, open_readonly

    with SessionFile.open(sys.argv[1]) as sf:
        session = sf.sessions()[0]
        sf.load_session(session.id)
        sf.save(Participant(session=session.id, name="Amina Diallo"))
    with open_readonly(sys.argv[1]) as sf:
        assert [p.name for p in sf.load_session(session.id).participants] == ["Amina Diallo"]
    print(sorted(m for m in ("sqlite_utils", "click", "pluggy", "dateutil") if m in sys.modules))
''')


def test_a_current_file_is_opened_read_and_written_without_sqlite_utils(tmp_path):
    from workshop_app.samples.templates import create_from_template

    path = tmp_path / "venue.workshop"
    with SessionFile.create(path) as sf:
        create_from_template(sf, "unhabitat-2026", title="Start-up")
    r = subprocess.run([sys.executable, "-c", OPEN_READ_WRITE, str(path)], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "WORKSHOP_APP_HOME": str(tmp_path / "home")})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
