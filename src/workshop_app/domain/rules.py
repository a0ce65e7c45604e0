"""Validation rules: what makes a record acceptable. Each failure is a message code (:mod:`.messages`)
with its parameters; ``str()`` is one English sentence for a person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from .messages import Coded, Message, render
from .model import (
    QUESTION_KINDS,
    STAKEHOLDER_GROUPS,
    SWOT_CATEGORIES,
    Ballot,
    Comment,
    Consolidation,
    Option,
    Participant,
    Question,
    Session,
)

MAX_TEXT = 2_000_000  # characters in one comment: a 100,000-word paste is about 700,000


class ValidationError(Coded, ValueError):
    """A record that breaks a rule; ``str()`` is a sentence fit to show a user (English).

    Raised by the rules with a ``code`` and ``params`` (:func:`invalid`), so ``render(language)``
    gives it in another language; raised with a plain sentence (the UI's own, already translated),
    it has no code and renders as that sentence.
    """

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 params: Mapping[str, Any] | None = None):
        self.code = code
        self.params = dict(params or {})
        super().__init__(message if message is not None else render(code, self.params))


def invalid(code: str, **params: Any) -> ValidationError:
    """The error of rule ``code`` (a key of :data:`.messages.ENGLISH`) with its parameters."""
    return ValidationError(code=code, params=params)


def normalise_ranking(raw: Iterable) -> list[list[str]]:
    """Accept ``["a", ["b", "c"], "d"]`` (interchange form) or tiers; return tiers of ids."""
    tiers: list[list[str]] = []
    for item in raw:
        if isinstance(item, str):
            tiers.append([item])
        else:
            tier = [str(x) for x in item]
            if tier:
                tiers.append(tier)
    return tiers


def interchange_ranking(tiers: list[list[str]]) -> list:
    """The interchange form: a lone option as a string, a tie as a list."""
    return [t[0] if len(t) == 1 else list(t) for t in tiers]


def check_session(s: Session) -> None:
    if not s.title.strip():
        raise invalid("session.no_title")


def check_question(q: Question) -> None:
    if q.kind not in QUESTION_KINDS:
        raise invalid("question.unknown_kind", choices=QUESTION_KINDS, kind=q.kind)
    if q.kind == "points" and (q.budget is None or q.budget <= 0):
        raise invalid("question.no_budget")
    if q.top_n is not None and q.top_n <= 0:
        raise invalid("question.bad_top_n")
    if q.kind == "rating" and q.scale_min >= q.scale_max:
        raise invalid("question.bad_scale")


def check_option(o: Option) -> None:
    if not o.label.strip():
        raise invalid("option.no_label")


def check_participant(p: Participant) -> None:
    if p.stakeholder_group not in STAKEHOLDER_GROUPS:
        raise invalid("participant.unknown_group", group=p.stakeholder_group, choices=STAKEHOLDER_GROUPS)


def check_comment(c: Comment) -> None:
    if not c.text.strip():
        raise invalid("comment.empty")
    if len(c.text) > MAX_TEXT:
        raise invalid("comment.too_long", length=len(c.text), limit=MAX_TEXT)
    if c.swot is not None and c.swot not in SWOT_CATEGORIES:
        raise invalid("comment.unknown_swot", choices=SWOT_CATEGORIES)


def conclusion_paragraphs(text: str) -> list[str]:
    """Conclusions as paragraphs: blocks a blank line apart, each block's lines joined by a space."""
    blocks = (" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in text.split("\n\n"))
    return [b for b in blocks if b]


def check_consolidation(c: Consolidation) -> None:
    if not all(isinstance(m, str) for m in c.key_messages):
        raise invalid("consolidation.not_text")
    if any(not m.strip() for m in c.key_messages):
        raise invalid("consolidation.empty_message")
    for text in (c.title, c.conclusions, *c.key_messages):
        if len(text) > MAX_TEXT:
            raise invalid("consolidation.too_long", length=len(text), limit=MAX_TEXT)


def check_ballot(b: Ballot, question: Question, options: list[Option], *, stored: bool = False) -> None:
    """A ballot must fit its question: known options, each at most once, budget respected.

    ``stored``: a version already kept in a file or carried by a document (check, open, merge,
    import). It must still name only options of its own question, each once, with whole numbers;
    it may name an option removed since it was entered, and predate a change of the question's
    top-N, points budget or rating scale (the question editor allows those after ballots exist).
    """
    valid = {o.id for o in options if stored or not o.deleted}
    label = {o.id: o.label for o in options}
    filled = [x is not None for x in (b.ranking, b.points, b.ratings)]
    if sum(filled) != 1:
        raise invalid("ballot.not_one_kind")
    if question.kind == "ranking":
        if b.ranking is None:
            raise invalid("ranking.missing")
        seen: set[str] = set()
        count = 0
        for tier in b.ranking:
            if not tier:
                raise invalid("ranking.empty_position")
            for oid in tier:
                if oid not in valid:
                    raise invalid("ranking.unknown_option", option=oid)
                if oid in seen:
                    raise invalid("ranking.repeated_option", option=label.get(oid, oid))
                seen.add(oid)
                count += 1
        if count == 0:
            raise invalid("ranking.empty")
        if not stored and question.top_n is not None and count > question.top_n:
            raise invalid("ranking.over_top_n", top_n=question.top_n, count=count)
    elif question.kind == "points":
        if b.points is None:
            raise invalid("points.missing")
        for oid, n in b.points.items():
            if oid not in valid:
                raise invalid("points.unknown_option", option=oid)
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise invalid("points.not_whole")
        total = sum(b.points.values())
        if not stored and question.budget is not None and total != question.budget:
            if total > question.budget:
                raise invalid("points.over_budget", total=total, over=total - question.budget,
                              budget=question.budget)
            raise invalid("points.under_budget", total=total, budget=question.budget, left=question.budget - total)
    elif question.kind == "rating":
        if b.ratings is None:
            raise invalid("ratings.missing")
        for oid, n in b.ratings.items():
            if oid not in valid:
                raise invalid("ratings.unknown_option", option=oid)
            if not isinstance(n, int) or isinstance(n, bool) or not (
                    stored or question.scale_min <= n <= question.scale_max):
                raise invalid("ratings.out_of_scale", low=question.scale_min, high=question.scale_max,
                              option=label.get(oid, oid), value=n)
    else:
        raise invalid("ballot.open_question")


_TOKEN = re.compile(r"\s*(=)?\s*(\d+)")


def parse_typed_order(text: str, n_options: int) -> list[list[int]]:
    """Parse what a facilitator types, ``"3 1 5"`` or ``"3=1 5"``, into tiers of 1-based numbers.

    ``=`` joins an option to the tier before it (a tie). Raises ValidationError with the problem.
    """
    text = unicodedata.normalize("NFKC", text).replace(",", " ")
    tiers: list[list[int]] = []
    pos = 0
    seen: set[int] = set()
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise invalid("typed.not_understood", rest=text[pos:].strip())
        tie, num = m.group(1), int(m.group(2))
        if not 1 <= num <= n_options:
            raise invalid("typed.no_such_option", number=num, count=n_options)
        if num in seen:
            raise invalid("typed.twice", number=num)
        seen.add(num)
        if tie and tiers:
            tiers[-1].append(num)
        elif tie:
            raise invalid("typed.starts_with_tie")
        else:
            tiers.append([num])
        pos = m.end()
    return tiers


def format_typed_order(tiers: list[list[int]]) -> str:
    return " ".join("=".join(str(n) for n in tier) for tier in tiers)


def ballot_problems(ballots: Iterable[Ballot], questions: Mapping[str, Question],
                    options: Mapping[str, list[Option]]) -> list[Message]:
    """The rule every way in applies to ballots already stored (``check``, opening a file, the
    merge, the import): one sentence per live ballot that breaks it, naming the ballot."""
    found = []
    for b in ballots:
        question = questions.get(b.question)
        if b.deleted or question is None:  # a missing question is a broken reference, checked elsewhere
            continue
        try:
            check_ballot(b, question, options.get(question.id, []), stored=True)
        except ValidationError as exc:
            found.append(Message("ballot.breaks_rule", id=b.id, error=exc))
    return found


def check_record(record, *, question: Question | None = None, options: list[Option] | None = None,
                 stored: bool = False) -> None:
    """Run the rule for any record type (ballots need their question and options; ``stored``: see
    :func:`check_ballot`)."""
    if record.deleted:
        return
    if isinstance(record, Session):
        check_session(record)
    elif isinstance(record, Question):
        check_question(record)
    elif isinstance(record, Option):
        check_option(record)
    elif isinstance(record, Participant):
        check_participant(record)
    elif isinstance(record, Comment):
        check_comment(record)
    elif isinstance(record, Consolidation):
        check_consolidation(record)
    elif isinstance(record, Ballot) and question is not None:
        check_ballot(record, question, options or [], stored=stored)
