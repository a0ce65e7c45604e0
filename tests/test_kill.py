"""A committed entry survives ``kill -9`` of the process that wrote it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from workshop_app.domain import Comment
from workshop_app.storage import SessionFile

from .helpers import filled_file

WRITER = textwrap.dedent(
    """
    import sys
    from workshop_app.domain import Comment
    from workshop_app.storage import SessionFile
    sf = SessionFile.open(sys.argv[1])
    sid = sf.sessions()[0].id
    i = 0
    while True:
        c = sf.save(Comment(session=sid, text=f"entry {i} 中文 العربية"))
        print("ACK", c.id, i, flush=True)
        i += 1
    """
)


def test_acknowledged_comments_survive_kill_9(tmp_path):
    path = tmp_path / "live.workshop"
    sf, _ = filled_file(path, comments=0)
    sf.close()
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        acked = []
        for line in proc.stdout:
            _, cid, i = line.split()
            acked.append((cid, int(i)))
            if len(acked) >= 15 + 10 * round_:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with SessionFile.open(path) as reopened:
            for cid, i in acked:
                stored = reopened.get(Comment, cid)
                assert stored is not None and stored.text == f"entry {i} 中文 العربية"
