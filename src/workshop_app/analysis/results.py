"""Result types of the analysis: plain dataclasses that serialise to JSON.

Every result has ``to_dict()`` (JSON-ready: lists, dicts, str, int, float, bool, None) and
:func:`results_to_json` turns one result or a list of results into text. Group breakdowns are
lists of :class:`Group` named tuples, so ``for key, result in r.groups`` works (``g.label`` is the
English name); in JSON each becomes ``{"group": label, "key": key, "result": {...}}``.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .groups import group_label


def to_jsonable(value: Any) -> Any:
    """Walk dataclasses, named tuples, lists and dicts into JSON-ready values (NaN becomes None)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Group):
        return {"group": value.label, "key": value.key, "result": to_jsonable(value.result)}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class _Serialisable:
    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)


def results_to_json(result: Any, *, indent: int | None = 2) -> str:
    """JSON text for a result, a list of results, or anything built from them."""
    return json.dumps(to_jsonable(result), ensure_ascii=False, indent=indent)


class _GroupFields(NamedTuple):
    key: str
    result: Any


class Group(_GroupFields):
    """One row of a breakdown: the group's key (:mod:`.groups`: a value of ``by``, "other", "" for
    not recorded) and the same analysis restricted to it. A reader names it from ``key`` and ``by``
    in its own language; ``label`` is the English name (the CLI's text and JSON)."""

    def __new__(cls, key: str, result: Any, by: str = "") -> Group:
        self = super().__new__(cls, key, result)
        self.by = by
        return self

    @property
    def label(self) -> str:
        return group_label(self.key, self.by)


@dataclass
class Count(_Serialisable):
    """How many of something: ``key`` is machine-readable (an id, a code), ``label`` is for people."""

    key: str
    label: str
    count: int


# ----------------------------------------------------------------------------------------- ranking


@dataclass
class OptionRanking(_Serialisable):
    """One row of a ranking table. ``position`` is the final position (the table's order)."""

    option_id: str
    key: str | None
    label: str
    position: int
    borda: int
    borda_share: float
    mean_rank: float | None
    ranked_by: int
    offered: int
    first_preferences: int
    top3: int
    top3_share: float
    borda_rank: int
    schulze_rank: int
    interval: list[int] | None
    spread: float | None
    dissent: bool


@dataclass
class Kendall(_Serialisable):
    """Kendall's coefficient of concordance over the complete ballots. ``reading`` is the English
    sentence (the CLI's text); a reader in another language uses the keys: ``band`` (a key of
    ``stats.W_BAND_KEYS``) when W was measured, else ``note`` ("too_few", "one_option", "all_tied")."""

    w: float | None
    chi_square: float | None
    df: int | None
    p_value: float | None
    ballots: int
    reading: str
    band: str | None = None
    note: str | None = None


@dataclass
class RankingResult(_Serialisable):
    question_id: str
    prompt: str
    ballots: int
    ignored: int
    options: list[OptionRanking]
    option_ids: list[str]
    pairwise: list[list[int]]
    strongest_paths: list[list[int]]
    schulze_order: list[list[str]]
    condorcet_winner: str | None
    kendall: Kendall
    agreement: str
    dissent_threshold: float
    bootstrap_resamples: int
    bootstrap_level: float
    seed: int
    by: str | None = None
    min_group_size: int = 3
    groups: list[Group] = field(default_factory=list)
    hidden_ballots: int = 0
    kind: str = "ranking"

    def option(self, option_id: str) -> OptionRanking:
        for row in self.options:
            if row.option_id == option_id:
                return row
        raise KeyError(option_id)


# ---------------------------------------------------------------------------------- points, rating


@dataclass
class OptionScore(_Serialisable):
    """One row of a points or rating table. ``distribution`` is a list of ``[value, count]``."""

    option_id: str
    key: str | None
    label: str
    position: int
    responses: int
    total: int
    mean: float | None
    median: float | None
    sd: float | None
    share: float | None
    distribution: list[list[int]]


@dataclass
class ScoreResult(_Serialisable):
    question_id: str
    prompt: str
    kind: str
    ballots: int
    ignored: int
    options: list[OptionScore]
    budget: int | None = None
    scale_min: int | None = None
    scale_max: int | None = None
    by: str | None = None
    min_group_size: int = 3
    groups: list[Group] = field(default_factory=list)
    hidden_ballots: int = 0

    def option(self, option_id: str) -> OptionScore:
        for row in self.options:
            if row.option_id == option_id:
                return row
        raise KeyError(option_id)


# -------------------------------------------------------------------------------- open, comments


@dataclass
class Quote(_Serialisable):
    """A starred comment. ``attribution`` names the person only when they consented to be named."""

    comment_id: str
    text: str
    language: str
    question_id: str | None
    option_label: str | None
    attribution: str
    swot: str | None
    tags: list[str]


@dataclass
class CommentSummary(_Serialisable):
    total: int
    starred_count: int
    by_question: list[Count]
    by_option: list[Count]
    by_swot: list[Count]
    by_tag: list[Count]
    by_group: list[Count]
    hidden_comments: int
    starred: list[Quote]
    by: str = "stakeholder_group"
    min_group_size: int = 3


@dataclass
class OpenResult(_Serialisable):
    question_id: str
    prompt: str
    comments: CommentSummary
    kind: str = "open"
    ballots: int = 0


QuestionResult = RankingResult | ScoreResult | OpenResult


# --------------------------------------------------------------------------------- session, master


@dataclass
class Participation(_Serialisable):
    """Who took part. These are attendance counts, shown for every group whatever its size."""

    total: int
    by_stakeholder_group: list[Count]
    by_country: list[Count]


@dataclass
class SessionResult(_Serialisable):
    session_id: str
    title: str
    event: str
    questions: list[RankingResult | ScoreResult | OpenResult]
    comments: CommentSummary
    participation: Participation
    kind: str = "session"


@dataclass
class MergedRanking(_Serialisable):
    """Ranking questions of several sessions pooled, options matched by framework key."""

    title: str
    question_ids: list[str]
    sessions: int
    result: RankingResult
    by_stakeholder_group: list[Group]
    by_event: list[Group]
    by_country: list[Group]
    hidden_ballots: dict[str, int] = field(default_factory=dict)


@dataclass
class MasterResult(_Serialisable):
    sessions: int
    events: list[Count]
    participation: Participation
    comments: CommentSummary
    rankings: list[MergedRanking]
    kind: str = "master"
    scores: list[Any] = field(default_factory=list)  # pooled points and rating questions (.pooled.MergedScores)
    swot: list[Any] = field(default_factory=list)  # SWOT comments by framework key (.pooled.SwotCount)
