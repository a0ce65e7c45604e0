"""What a merge run did (or, in a dry run, would do), per source file, for the CLI and the GUI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

COUNTS = ("added", "unchanged", "fast_forwarded", "stale", "conflicts")
COUNT_LABELS = {
    "added": "added",
    "unchanged": "unchanged",
    "fast_forwarded": "fast-forwarded",
    "stale": "stale",
    "conflicts": "conflicts",
}


@dataclass
class SourceReport:
    path: str
    name: str
    kind: str = ""
    status: str = "pending"  # merged, previewed, refused, not merged
    reason: str | None = None  # why it was refused or not merged
    added: int = 0
    unchanged: int = 0
    fast_forwarded: int = 0
    stale: int = 0
    conflicts: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    seal: str | None = None
    sealed: bool = False
    seal_verified: bool = False
    sessions: list[dict[str, Any]] = field(default_factory=list)
    already_merged_at: str | None = None
    notes: list[str] = field(default_factory=list)  # coded (domain.messages.Message): English as str
    why: Any = field(default=None, repr=False, compare=False)  # ``reason`` as a coded message (domain.messages)

    def set_reason(self, status: str, why: Any) -> None:
        """Refused or not merged, because of ``why`` (a coded error or Message); ``reason`` is its English."""
        if isinstance(why, BaseException):
            why.__traceback__ = None  # the report keeps the message, not the frames (and what they hold)
        self.status, self.reason, self.why = status, str(why), why

    def reason_text(self, language: str | None = "en") -> str | None:
        """Why it was refused or not merged, in ``language``."""
        return self.why.render(language) if self.why is not None else self.reason

    def notes_text(self, language: str | None = "en") -> list[str]:
        """The notes in ``language`` (a note read back from a report's JSON stays its English)."""
        return [n.render(language) if callable(getattr(n, "render", None)) else n for n in self.notes]

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in COUNTS}

    @property
    def ok(self) -> bool:
        return self.status in ("merged", "previewed") and self.conflicts == 0

    def summary(self) -> str:
        """One line: what happened to this file."""
        if self.status == "refused":
            return f"{self.name}: refused: {self.reason}"
        if self.status == "not merged":
            return f"{self.name}: not merged: {self.reason}"
        counts = ", ".join(f"{getattr(self, k)} {COUNT_LABELS[k]}" for k in COUNTS)
        seal = "seal verified" if self.seal_verified else ("SEAL NOT VERIFIED" if self.sealed else "not sealed")
        verb = "would merge" if self.status == "previewed" else "merged"
        return f"{self.name}: {verb}: {counts} ({seal})"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(replace(self, why=None))
        del data["why"]
        return data


@dataclass
class MergeReport:
    master: str
    dry_run: bool = False
    sources: list[SourceReport] = field(default_factory=list)
    backup: str | None = None
    cancelled: bool = False

    @property
    def exit_code(self) -> int:
        """0 when every file merged without a conflict; 2 when every file was refused as unusable
        (nothing could be merged, as ``check`` says of an unusable file); 1 otherwise (some file
        refused, a conflict, a stop)."""
        if self.sources and all(s.status == "refused" for s in self.sources):
            return 2
        return 0 if all(s.ok for s in self.sources) and not self.cancelled else 1

    def totals(self) -> dict[str, int]:
        return {k: sum(getattr(s, k) for s in self.sources) for k in COUNTS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "master": self.master, "dry_run": self.dry_run, "backup": self.backup, "cancelled": self.cancelled,
            "exit_code": self.exit_code, "totals": self.totals(), "sources": [s.to_dict() for s in self.sources],
        }
