"""``check``: is this file whole, ours, of a known version, of the exact schema, and as sealed?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.model import TYPE_BY_TABLE
from ..errors import UnusableFileError
from .codec import row_to_record
from .seal import seal_status
from .sessionfile import open_readonly

WAL_HEADER_BYTES = 32


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unusable: bool = False

    @property
    def exit_code(self) -> int:
        return 2 if self.unusable else (1 if self.problems else 0)


def check_file(path: Path | str) -> CheckReport:
    """Every check, reading a private copy: the file itself is never changed."""
    path = Path(path)
    report = CheckReport(path)
    try:
        with open_readonly(path) as sf:
            report.notes.append(
                f"integrity: ok (quick_check); application id and schema (version {sf.source_version}): ok"
            )
            if sf.source_version < sf.version:
                report.notes.append("the file is of an older version; opening it in the app will upgrade it")
            bad = []
            for table, cls in TYPE_BY_TABLE.items():
                for row in sf.db[table].rows:
                    try:
                        record = row_to_record(cls, row)
                    except (TypeError, ValueError):
                        bad.append(f"{table} {row.get('id')} cannot be read")
                        continue
                    if record.hash != row["hash"]:
                        bad.append(f"{table} {row['id']}")
            if bad:
                shown = ", ".join(bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
                report.problems.append(
                    f"{len(bad)} record(s) were changed outside the app (their content no longer matches "
                    f"their hash): {shown}"
                )
            wal = Path(str(path) + "-wal")
            if sf.wal_frames == 0 and wal.exists() and wal.stat().st_size > WAL_HEADER_BYTES:
                report.notes.append(
                    f"{wal.name} lies beside it but holds nothing SQLite accepts for this file (left from "
                    "another copy or an older cycle): it is ignored, as SQLite ignores it, and reused at "
                    "the next change"
                )
            status = seal_status(sf)
            if not status.sealed:
                report.notes.append("seal: none (a working file; `handover` writes a sealed copy)")
            elif status.ok:
                report.notes.append(f"seal: ok ({status.actual[:16]}…)")
            else:
                report.problems.append(
                    "the seal does not match the content: the file was altered after it was handed over"
                )
            counts = sf.counts()
            report.notes.append(
                "holds " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in counts.items() if n)
                if any(counts.values()) else "holds no sessions yet"
            )
    except UnusableFileError as exc:
        report.unusable = True
        report.problems.append(str(exc))
    if Path(str(path) + ".lock").exists():
        report.notes.append("a lock file is beside it: the file may be open in the app right now")
    return report
