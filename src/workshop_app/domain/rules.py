"""Validation rules: what makes a record acceptable. Each failure is one sentence for a person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from .model import (
    QUESTION_KINDS,
    STAKEHOLDER_GROUPS,
    SWOT_CATEGORIES,
    Ballot,
    Comment,
    Option,
    Participant,
    Question,
    Session,
)

MAX_TEXT = 2_000_000  # characters in one comment: a 100,000-word paste is about 700,000


class ValidationError(ValueError):
    """A record that breaks a rule; ``str()`` is a sentence fit to show a user."""


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
        raise ValidationError("A session needs a title.")


def check_question(q: Question) -> None:
    if q.kind not in QUESTION_KINDS:
        raise ValidationError(
            f"Question kind must be one of {', '.join(QUESTION_KINDS)}, not {q.kind!r}."
        )
    if q.kind == "points" and (q.budget is None or q.budget <= 0):
        raise ValidationError("A points question needs a positive points budget.")
    if q.top_n is not None and q.top_n <= 0:
        raise ValidationError("Top-N must be a positive number of options.")
    if q.kind == "rating" and q.scale_min >= q.scale_max:
        raise ValidationError("A rating scale must go from a lower to a higher number.")


def check_option(o: Option) -> None:
    if not o.label.strip():
        raise ValidationError("An option needs a label.")


def check_participant(p: Participant) -> None:
    if p.stakeholder_group not in STAKEHOLDER_GROUPS:
        raise ValidationError(
            f"Unknown stakeholder group {p.stakeholder_group!r}; "
            f"use one of {', '.join(STAKEHOLDER_GROUPS)}."
        )


def check_comment(c: Comment) -> None:
    if not c.text.strip():
        raise ValidationError("A comment cannot be empty.")
    if len(c.text) > MAX_TEXT:
        raise ValidationError(
            f"This comment is {len(c.text):,} characters long; the most one comment can hold is "
            f"{MAX_TEXT:,}. Split it into several comments."
        )
    if c.swot is not None and c.swot not in SWOT_CATEGORIES:
        raise ValidationError(f"SWOT category must be one of {', '.join(SWOT_CATEGORIES)}.")


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
        raise ValidationError("A ballot holds exactly one of: a ranking, points, or ratings.")
    if question.kind == "ranking":
        if b.ranking is None:
            raise ValidationError("This is a ranking question: enter an order of options.")
        seen: set[str] = set()
        count = 0
        for tier in b.ranking:
            if not tier:
                raise ValidationError("A ranking cannot contain an empty position.")
            for oid in tier:
                if oid not in valid:
                    raise ValidationError(f"The ranking names an option that is not in this question ({oid}).")
                if oid in seen:
                    raise ValidationError(f"The ranking names “{label.get(oid, oid)}” more than once.")
                seen.add(oid)
                count += 1
        if count == 0:
            raise ValidationError("The ranking is empty: put at least one option first.")
        if not stored and question.top_n is not None and count > question.top_n:
            raise ValidationError(
                f"This question asks for the top {question.top_n} only; the ranking names {count} options."
            )
    elif question.kind == "points":
        if b.points is None:
            raise ValidationError("This is a points question: share the points budget between options.")
        for oid, n in b.points.items():
            if oid not in valid:
                raise ValidationError(f"The points name an option that is not in this question ({oid}).")
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise ValidationError("Points must be whole numbers, zero or more.")
        total = sum(b.points.values())
        if not stored and question.budget is not None and total != question.budget:
            if total > question.budget:
                raise ValidationError(
                    f"{total} points given, {total - question.budget} over the budget of {question.budget}."
                )
            raise ValidationError(
                f"{total} points given; the budget is {question.budget}, so "
                f"{question.budget - total} are still to give."
            )
    elif question.kind == "rating":
        if b.ratings is None:
            raise ValidationError("This is a rating question: rate the options.")
        for oid, n in b.ratings.items():
            if oid not in valid:
                raise ValidationError(f"The ratings name an option that is not in this question ({oid}).")
            if not isinstance(n, int) or isinstance(n, bool) or not (
                    stored or question.scale_min <= n <= question.scale_max):
                raise ValidationError(
                    f"Ratings go from {question.scale_min} to {question.scale_max}; "
                    f"“{label.get(oid, oid)}” has {n!r}."
                )
    else:
        raise ValidationError("An open question takes comments, not ballots.")


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
            raise ValidationError(f"Type option numbers separated by spaces, “=” for a tie: “{text[pos:].strip()}” is not understood.")
        tie, num = m.group(1), int(m.group(2))
        if not 1 <= num <= n_options:
            raise ValidationError(f"There is no option {num}; the options are numbered 1 to {n_options}.")
        if num in seen:
            raise ValidationError(f"Option {num} is typed twice.")
        seen.add(num)
        if tie and tiers:
            tiers[-1].append(num)
        elif tie:
            raise ValidationError("A ranking cannot start with “=”.")
        else:
            tiers.append([num])
        pos = m.end()
    return tiers


def format_typed_order(tiers: list[list[int]]) -> str:
    return " ".join("=".join(str(n) for n in tier) for tier in tiers)


def ballot_problems(ballots: Iterable[Ballot], questions: Mapping[str, Question],
                    options: Mapping[str, list[Option]]) -> list[str]:
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
            found.append(f"ballot {b.id}: {exc}")
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
    elif isinstance(record, Ballot) and question is not None:
        check_ballot(record, question, options or [], stored=stored)
