"""The English catalogue of reference, one module per floor that raises the messages.

Each module holds ``ENGLISH``: code -> ``str.format`` template. A code's first part names its subject
("file.", "json.", "sheet.", "note."), not the module, so a code raised on two floors (a file that
cannot be read) is written once. A translation (issue 14) is one mapping over all of them, plugged
in with :func:`workshop_app.domain.messages.add_catalogue`.
"""

from __future__ import annotations

from . import cli, exports, host, imports, merge, phones, records, samples, storage

ENGLISH: dict[str, str] = {}
for _floor in (records, storage, merge, imports, exports, samples, cli, host, phones):
    _clash = ENGLISH.keys() & _floor.ENGLISH.keys()
    assert not _clash, f"message codes defined twice: {sorted(_clash)}"
    ENGLISH.update(_floor.ENGLISH)
