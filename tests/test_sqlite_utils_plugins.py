"""No sqlite-utils plugin runs on a session file's connection.

sqlite-utils loads every installed package that declares a ``sqlite_utils`` entry point the first
time a ``Database`` is made, and calls its ``prepare_connection`` on each connection: code the app
does not ship would run on every session file (and the scan of every installed package's entry
points cost about 40 ms of each start). The app makes its ``Database`` objects without plugins.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

PLUGIN = textwrap.dedent('''
    import pathlib

    import sqlite_utils


    @sqlite_utils.hookimpl
    def prepare_connection(conn):
        pathlib.Path(__file__).with_name("plugin-ran").touch()
''')

SCRIPT = textwrap.dedent('''
    import sys
    from pathlib import Path

    from workshop_app.domain.model import Participant
    from workshop_app.samples.templates import create_from_template
    from workshop_app.storage import SessionFile, open_readonly
    from workshop_app.storage.check import check_file

    path = Path(sys.argv[1])
    with SessionFile.create(path) as sf:
        session = create_from_template(sf, "unhabitat-2026", title="Plugins")
    with SessionFile.open(path) as sf:
        sf.save(Participant(session=session.id, name="Amina Diallo"))
        sf.load_session(session.id)
    with open_readonly(path) as sf:
        sf.load_session(session.id)
    assert check_file(path).exit_code == 0
    print("plugin imported" if "fake_sqlite_utils_plugin" in sys.modules else "plugin not imported")
''')


def test_an_installed_sqlite_utils_plugin_never_runs_on_a_session_file(tmp_path):
    site = tmp_path / "site"
    dist = site / "fake_sqlite_utils_plugin-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-sqlite-utils-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[sqlite_utils]\nfake = fake_sqlite_utils_plugin\n")
    (site / "fake_sqlite_utils_plugin.py").write_text(PLUGIN)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
           "WORKSHOP_APP_HOME": str(tmp_path / "home")}
    r = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "venue.workshop")], capture_output=True,
                       text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "plugin not imported"
    assert not (site / "plugin-ran").exists()
