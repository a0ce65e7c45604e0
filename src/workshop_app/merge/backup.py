"""A copy of the master before each merge run: ``MASTER.backup-YYYYmmdd-HHMMSS.workshop`` beside it.

Made with SQLite's backup API (a consistent copy, never a raw copy of a live file); the last
:data:`KEEP` are kept and older ones removed.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from ..storage import SessionFile

log = logging.getLogger(__name__)

KEEP = 5


def _pattern(master: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(master.stem)}\.backup-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(master.suffix)}$"
    )


def backups_of(master: Path) -> list[Path]:
    """The master's merge backups, oldest first."""
    pattern = _pattern(master)
    found = []
    for p in master.parent.iterdir():
        m = pattern.match(p.name)
        if m:
            found.append(((m.group(1), int(m.group(2) or 1)), p))
    return [p for _, p in sorted(found)]


def backup_master(sf: SessionFile) -> Path:
    """Write a backup of the open master beside it and keep only the last :data:`KEEP`."""
    master = sf.path
    stamp = time.strftime("%Y%m%d-%H%M%S")
    # Within one second, a counter higher than any backup of that second (never a freed name,
    # which would sort before the others and be pruned first).
    pattern = _pattern(master)
    counters = [int(m.group(2) or 1) for p in backups_of(master) if (m := pattern.match(p.name)) and m.group(1) == stamp]
    n = max(counters, default=0) + 1
    target = master.with_name(f"{master.stem}.backup-{stamp}{f'-{n}' if n > 1 else ''}{master.suffix}")
    while target.exists():  # a file of that name that is not one of ours: never overwrite it
        n += 1
        target = master.with_name(f"{master.stem}.backup-{stamp}-{n}{master.suffix}")
    sf.backup_to(target)
    log.info("backed up %s to %s before merging", master, target)
    for old in backups_of(master)[:-KEEP]:
        try:
            old.unlink()
        except OSError as exc:  # an old backup that cannot be removed is no reason to stop
            log.warning("could not remove old backup %s: %s", old, exc)
    return target
