"""The vocabulary of the app as plain dataclasses: no Qt, no SQL.

Every stored thing is a :class:`Record`: a UUID ``id``, the user-visible fields, and three
fields the merge needs (DESIGN §5): ``rev`` (how many times it was edited), ``chain`` (the
content hashes it had before, oldest first) and ``deleted`` (a tombstone). The content hash
itself is derived from the user-visible fields, see :func:`content_hash`.

What is content and what is bookkeeping (schema version 3 on):

* **content** is what people said and decided: every field of a record except the ones below,
  ``id`` and ``deleted`` included. The content hash covers exactly this, so the same document
  imported on two laptops, or copied, merged and handed over, is the same record everywhere.
* **version fields** (``VERSION_FIELDS``: ``rev``, ``chain``) say how a record got here.
* **bookkeeping** (``BOOKKEEPING_FIELDS``: ``created_at``, the time a record was first captured)
  is stored, exported and carried by every copy, but is outside the hash: a clock or an import
  time can never make two copies of one record differ. When two copies of a record disagree on
  it, the earliest non-empty time is kept (:func:`first_captured`), so the answer does not depend
  on the order of merging. An import never stamps it: a document without it stores ``""``.

Files of schema versions 1 and 2 hashed ``created_at`` too (:func:`legacy_content_hash`); the
migration to version 3 rehashes them, and old hashes still found in chains are recognised by the
merge (see ``merge/versions.py``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

QUESTION_KINDS = ("ranking", "points", "rating", "open")
SWOT_CATEGORIES = ("strength", "weakness", "opportunity", "threat")

# The dialogue audiences of the seed report (HSP/EB.2024/5 para 26), split as staff report them.
STAKEHOLDER_GROUPS = (
    "member_state",
    "un_system",
    "civil_society",
    "professional_association",
    "academia",
    "private_sector",
    "local_government",
    "staff",
    "other",
)
STAKEHOLDER_LABELS = {
    "member_state": "Member State",
    "un_system": "UN system entity",
    "civil_society": "Civil society",
    "professional_association": "Professional association",
    "academia": "Academia",
    "private_sector": "Private sector",
    "local_government": "Local government",
    "staff": "UN-Habitat staff",
    "other": "Other",
}
UN_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

# Fields every record has that say how it got here, not what it says (never hashed).
VERSION_FIELDS = ("rev", "chain")
# Fields stored and exported with a record but outside its content hash (see the module docstring).
BOOKKEEPING_FIELDS = ("created_at",)


def shared_language(languages: Iterable[str | None]) -> str:
    """The one UN language these sessions (or texts) share, as its two-letter code ("zh-CN" is
    "zh"); English when they use several or one outside the six."""
    codes = {(language or "en").split("-")[0].split("_")[0].lower() for language in languages}
    code = codes.pop() if len(codes) == 1 else "en"
    return code if code in UN_LANGUAGES else "en"


def new_id() -> str:
    """A fresh random UUID as text: identity that never collides across laptops."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time, for display only: nothing relies on the laptop's clock."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def captured_now() -> str:
    """The time a record is first captured (UTC, to the microsecond, so records captured in the same
    second, such as the rows of one attendance sheet, keep the order they were captured in)."""
    return datetime.now(UTC).isoformat()


@dataclass(kw_only=True)
class Record:
    """Base of every stored record."""

    TABLE: ClassVar[str] = ""
    id: str = field(default_factory=new_id)
    rev: int = 0
    chain: list[str] = field(default_factory=list)
    deleted: bool = False

    def content(self) -> dict[str, Any]:
        """Every stored field but the version fields (content and bookkeeping, the tombstone flag
        included), as JSON-ready values; :func:`content_hash` of it leaves the bookkeeping out."""
        out = {}
        for f in dataclasses.fields(self):
            if f.name in ("rev", "chain"):
                continue
            out[f.name] = _jsonable(getattr(self, f.name))
        return out

    @property
    def hash(self) -> str:
        return content_hash(self.content())


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text kept as is: the same bytes on every machine."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_only(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` without the bookkeeping fields: what the content hash covers."""
    return {k: v for k, v in values.items() if k not in BOOKKEEPING_FIELDS}


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a record's content (bookkeeping fields left out)."""
    data = canonical_json(content_only(content)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def legacy_content_hash(content: dict[str, Any]) -> str:
    """The hash schema versions 1 and 2 stored: every field, bookkeeping included."""
    data = canonical_json(content).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


_VERSION_NS = uuid.UUID("8a1f0c55-7e1d-4c9b-9f40-6d0a2e3b5c71")


def version_id(table: str, record_id: str, hash_: str, rev: int, chain: list[str] | tuple[str, ...]) -> str:
    """The id of a stored version (a conflicts-table row), derived from the version itself, so the
    same version has the same row in every master whatever the order of merging."""
    name = "\x1f".join([table, record_id, hash_, str(rev), canonical_json(list(chain))])
    return str(uuid.uuid5(_VERSION_NS, name))


def first_captured(*times: str | None) -> str:
    """The earliest non-empty capture time (ISO 8601 UTC text sorts as time), or ``""``."""
    known = [t for t in times if isinstance(t, str) and t]
    return min(known) if known else ""


@dataclass(kw_only=True)
class FrameworkItem:
    """One priority of a framework, with a stable key such as ``P3``."""

    key: str
    label: str
    translations: dict[str, str] = field(default_factory=dict)


@dataclass(kw_only=True)
class Framework(Record):
    """A versioned list of priorities sent by headquarters."""

    TABLE: ClassVar[str] = "frameworks"
    code: str = ""
    version: str = "1"
    title: str = ""
    language: str = "en"
    items: list[FrameworkItem] = field(default_factory=list)
    entry_points: list[str] = field(default_factory=list)
    swot_prompts: dict[str, str] = field(default_factory=dict)
    audiences: list[str] = field(default_factory=list)

    def content(self) -> dict[str, Any]:
        out = super().content()
        out["items"] = [dataclasses.asdict(i) for i in self.items]
        return out


@dataclass(kw_only=True)
class Session(Record):
    TABLE: ClassVar[str] = "sessions"
    title: str = ""
    event: str = ""
    venue: str = ""
    city: str = ""
    country: str = ""
    date: str = ""
    language: str = "en"
    audience: str = ""
    facilitator: str = ""
    rapporteur: str = ""
    framework: str | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Question(Record):
    TABLE: ClassVar[str] = "questions"
    session: str
    kind: str = "ranking"
    prompt: str = ""
    position: int = 0
    top_n: int | None = None
    budget: int | None = None
    scale_min: int = 1
    scale_max: int = 5
    description: str = ""


@dataclass(kw_only=True)
class Option(Record):
    TABLE: ClassVar[str] = "options"
    question: str
    key: str | None = None
    label: str = ""
    position: int = 0
    description: str = ""


@dataclass(kw_only=True)
class Participant(Record):
    TABLE: ClassVar[str] = "participants"
    session: str
    name: str = ""
    organisation: str = ""
    stakeholder_group: str = "other"
    country: str = ""
    consent_named: bool = False
    seat: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    created_at: str = field(default_factory=captured_now)  # bookkeeping: registered at (schema 3 on)

    def display_name(self) -> str:
        return self.name or self.seat or self.organisation or self.id[:8]


@dataclass(kw_only=True)
class Ballot(Record):
    """One participant's answer to one question.

    ``ranking`` is a list of tiers, best first; each tier is a list of option ids that are tied.
    Options not named are tied below every named one.
    """

    TABLE: ClassVar[str] = "ballots"
    session: str
    question: str
    participant: str | None = None
    ranking: list[list[str]] | None = None
    points: dict[str, int] | None = None
    ratings: dict[str, int] | None = None
    created_at: str = field(default_factory=captured_now)


@dataclass(kw_only=True)
class Comment(Record):
    TABLE: ClassVar[str] = "comments"
    session: str
    question: str | None = None
    option: str | None = None
    participant: str | None = None
    text: str = ""
    language: str = ""
    swot: str | None = None
    tags: list[str] = field(default_factory=list)
    starred: bool = False
    created_at: str = field(default_factory=captured_now)


@dataclass(kw_only=True)
class KeyMessage(Record):
    """The rapporteur's conclusion for a question, or for the whole session when ``question`` is None."""

    TABLE: ClassVar[str] = "key_messages"
    session: str
    question: str | None = None
    text: str = ""
    position: int = 0
    quotes: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Consolidation(Record):
    """Headquarters' own words over many dialogues: the title, key messages and conclusions a
    master's synthesis opens with (schema version 4 on). A file shows one of them, its own (the
    id in its ``meta``); others merged in from other masters are kept, as every record is."""

    TABLE: ClassVar[str] = "consolidations"
    title: str = ""
    language: str = "en"
    key_messages: list[str] = field(default_factory=list)
    conclusions: str = ""


RECORD_TYPES: tuple[type[Record], ...] = (
    Framework,
    Session,
    Question,
    Option,
    Participant,
    Ballot,
    Comment,
    KeyMessage,
    Consolidation,
)
TYPE_BY_TABLE: dict[str, type[Record]] = {t.TABLE: t for t in RECORD_TYPES}


@dataclass
class SessionData:
    """A session with everything that belongs to it, as the GUI, analysis and exports see it.

    Tombstoned records are left out unless the loader was asked for them.
    """

    session: Session
    questions: list[Question] = field(default_factory=list)
    options: dict[str, list[Option]] = field(default_factory=dict)  # question id -> options
    participants: list[Participant] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    key_messages: list[KeyMessage] = field(default_factory=list)

    def options_of(self, question_id: str) -> list[Option]:
        return self.options.get(question_id, [])

    def ballots_of(self, question_id: str) -> list[Ballot]:
        return [b for b in self.ballots if b.question == question_id]

    def participant_by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}
