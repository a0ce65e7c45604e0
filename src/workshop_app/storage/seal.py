"""Seal and handover: a self-contained copy whose content headquarters can verify.

The seal is the SHA-256 of the file's canonical content: every row of every content table, in a
fixed order, as canonical JSON. It does not depend on page layout, so a file re-copied or vacuumed
keeps its seal, while any changed value breaks it. The seal is stored in the ``meta`` table, which
is not part of the sealed content. Any change made through the app removes the seal (the copy is
then simply unsealed); a change made behind the app's back leaves a seal that no longer matches.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import canonical_json, now_iso
from .schema import RECORD_TABLES
from .sessionfile import SessionFile, _backup_to, connect, explain_write_error

SEALED_TABLES = RECORD_TABLES + ("conflicts", "provenance", "option_mappings")


def compute_seal(conn: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for table in SEALED_TABLES:
        digest.update(f"\x1e{table}\n".encode())
        cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
        names = [d[0] for d in cur.description]
        for row in cur:
            line = canonical_json(dict(zip(names, row, strict=True)))
            digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


@dataclass
class SealStatus:
    stored: str | None
    actual: str

    @property
    def sealed(self) -> bool:
        return self.stored is not None

    @property
    def ok(self) -> bool:
        return self.stored == self.actual


def seal_status(sf: SessionFile) -> SealStatus:
    return SealStatus(stored=sf.meta("seal"), actual=compute_seal(sf.conn))


def handover(sf: SessionFile, target: Path | str) -> str:
    """Write a sealed, self-contained copy of ``sf`` to ``target``; returns the seal.

    The copy is made with the backup API into a temporary file beside the target, sealed there,
    switched to rollback-journal mode (no ``-wal`` needed beside it), then moved into place.
    """
    target = Path(target)
    if target.resolve() == sf.path.resolve():
        from ..errors import WorkshopError

        raise WorkshopError("The handover copy must be a different file from the one open.")
    tmp = target.with_name(f".{target.name}.handover")
    _backup_to(sf.conn, tmp)
    try:
        conn = connect(tmp)
        try:
            seal = compute_seal(conn)
            conn.execute("BEGIN")
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seal', ?)", [seal])
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sealed_at', ?)", [now_iso()])
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise explain_write_error(exc, target) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        from ..errors import WriteFailedError

        raise WriteFailedError(f"Could not write {target.name}: {exc.strerror or exc}.") from None
    return seal
