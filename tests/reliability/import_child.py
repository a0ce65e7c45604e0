"""Child process for the import-kill test: ``import`` as the CLI does it, with its phases announced.

It prints ``OPEN`` once the target is open, ``COMMITTED`` once the import's one transaction is on
disk (in the ``-wal``: automatic checkpoints are off, so the whole import waits there, as a big
import does), then checkpoints the ``-wal`` into the file (``CHECKPOINTED``) and closes. The parent
kills it with SIGKILL at a random moment, often inside that checkpoint.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workshop_app.imports.dispatch import import_path
from workshop_app.storage import SessionFile


def main(target: str, document: str) -> None:
    sf = SessionFile.open(target)
    sf.conn.execute("PRAGMA wal_autocheckpoint = 0")
    print("OPEN", flush=True)
    import_path(sf, Path(document))
    print("COMMITTED", flush=True)
    sf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print("CHECKPOINTED", flush=True)
    sf.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
