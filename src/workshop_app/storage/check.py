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
from ..domain.messages import Message, record_word
from ..domain.model import TYPE_BY_TABLE
from .codec import row_to_record
from .seal import seal_status
from .sessionfile import SessionFile, open_readonly

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


def _shown(items: list[str], n: int = 5) -> Message | str:
    """The first ``n`` items and how many more, as a coded piece rendered in the message's language."""
    if len(items) > n:
        return Message("check.shown_more", items=list(items[:n]), count=len(items) - n)
    return Message("check.shown", items=list(items))


def altered_records(sf: SessionFile) -> list[str]:
    """``table id`` of every record whose stored content no longer matches its hash (or cannot be read)."""
    bad = []
    for table, cls in TYPE_BY_TABLE.items():
        for row in sf.db[table].rows:
            try:
                record = row_to_record(cls, row)
            except (TypeError, ValueError, RecursionError):  # RecursionError: JSON nested absurdly deep
                bad.append(Message("check.unreadable_record", table=record_word(table), id=row.get("id")))
                continue
            if record.hash != row["hash"]:
                bad.append(f"{table} {row['id']}")
    return bad


def trust_problems(sf: SessionFile) -> list[str]:
    """One sentence per kind of change made outside the app that the file shows."""
    problems = []
    bad = altered_records(sf)
    if bad:
        problems.append(Message("check.altered", count=len(bad), shown=_shown(bad)))
    breaks = [b for b in sf.rule_breaks() if b.code != "ballot.unreadable"]  # already named above
    if breaks:
        problems.append(Message("check.rule_breaks", count=len(breaks), shown=_shown(breaks)))
    status = seal_status(sf)
    if status.sealed and not status.ok:
        problems.append(Message("check.seal_broken"))
    return problems


def refuse_untrusted(sf: SessionFile, what: str) -> None:
    """Refuse to make ``what`` (an export, a handover) of a file that shows changes made outside the app."""
    problems = trust_problems(sf)
    if problems:
        name = sf.path.name
        raise WorkshopError(code="file.untrusted_copy", params={"name": name, "problem": problems[0], "what": Message(what)})


def check_file(path: Path | str) -> CheckReport:
    """Every check, reading a private copy: the file itself is never changed."""
    path = Path(path)
    report = CheckReport(path)
    try:
        with open_readonly(path) as sf:
            report.notes.append(Message("check.integrity_ok", version=sf.source_version))
            if sf.source_version < sf.version:
                report.notes.append(Message("check.older_version"))
            wal = Path(str(path) + "-wal")
            if sf.wal_frames == 0 and wal.exists() and wal.stat().st_size > WAL_HEADER_BYTES:
                report.notes.append(Message("check.stray_wal", name=wal.name))
            report.problems.extend(trust_problems(sf))
            status = seal_status(sf)
            if not status.sealed:
                report.notes.append(Message("check.no_seal"))
            elif status.ok:
                report.notes.append(Message("check.seal_ok", digest=status.actual[:16]))
            counts = sf.counts()
            report.notes.append(
                Message("check.holds", counts=[Message(f"check.count.{t}", n=n) for t, n in counts.items() if n])
                if any(counts.values()) else Message("check.holds_nothing")
            )
    except UnusableFileError as exc:
        report.unusable = True
        report.problems.append(Message("check.unusable", error=exc))
    if Path(str(path) + ".lock").exists():
        report.notes.append(Message("check.lock_file"))
    return report
