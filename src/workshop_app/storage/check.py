"""``check``: is this file whole, ours, of a known version, of the exact schema, and as sealed?

:func:`trust_problems` is what ``check`` reports beyond the file being usable at all: records
whose content no longer matches their hash, ballots that break the rule every way in applies,
and a seal that does not match. ``export`` and ``handover`` refuse a file that has any of them
(:func:`refuse_untrusted`), so a copy never launders a change made behind the app's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UnusableFileError, WorkshopError
from ..domain.model import TYPE_BY_TABLE
from .codec import row_to_record
from .seal import seal_status
from .sessionfile import UNREADABLE, SessionFile, open_readonly

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


def _shown(items: list[str], n: int = 5) -> str:
    return "; ".join(items[:n]) + (f"; and {len(items) - n} more" if len(items) > n else "")


def altered_records(sf: SessionFile) -> list[str]:
    """``table id`` of every record whose stored content no longer matches its hash (or cannot be read)."""
    bad = []
    for table, cls in TYPE_BY_TABLE.items():
        for row in sf.db[table].rows:
            try:
                record = row_to_record(cls, row)
            except (TypeError, ValueError, RecursionError):  # RecursionError: JSON nested absurdly deep
                bad.append(f"{table} {row.get('id')} cannot be read")
                continue
            if record.hash != row["hash"]:
                bad.append(f"{table} {row['id']}")
    return bad


def trust_problems(sf: SessionFile) -> list[str]:
    """One sentence per kind of change made outside the app that the file shows."""
    problems = []
    bad = altered_records(sf)
    if bad:
        problems.append(
            f"{len(bad)} record(s) were changed outside the app (their content no longer matches "
            f"their hash): {_shown(bad).replace('; ', ', ')}"
        )
    breaks = [b for b in sf.rule_breaks() if not b.endswith(UNREADABLE)]  # already named above
    if breaks:
        problems.append(f"{len(breaks)} ballot(s) break the rules every import and merge applies: {_shown(breaks)}")
    status = seal_status(sf)
    if status.sealed and not status.ok:
        problems.append("the seal does not match the content: the file was altered after it was handed over")
    return problems


def refuse_untrusted(sf: SessionFile, what: str) -> None:
    """Refuse to make ``what`` (an export, a handover) of a file that shows changes made outside the app."""
    problems = trust_problems(sf)
    if problems:
        name = sf.path.name
        raise WorkshopError(
            f"{name}: {problems[0]}. The {what} was not written, so that no copy passes this off as the "
            f"app's own data; see `workshop-app check {name}`."
        )


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
            wal = Path(str(path) + "-wal")
            if sf.wal_frames == 0 and wal.exists() and wal.stat().st_size > WAL_HEADER_BYTES:
                report.notes.append(
                    f"{wal.name} lies beside it but holds nothing SQLite accepts for this file (left from "
                    "another copy or an older cycle): it is ignored, as SQLite ignores it, and reused at "
                    "the next change"
                )
            report.problems.extend(trust_problems(sf))
            status = seal_status(sf)
            if not status.sealed:
                report.notes.append("seal: none (a working file; `handover` writes a sealed copy)")
            elif status.ok:
                report.notes.append(f"seal: ok ({status.actual[:16]}…)")
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
