"""Comments: counts by question, option, SWOT category, tag and group; the starred quotes.

The group counts follow the small-group rule, with a group's size measured in distinct people
who commented (comments without a participant form "Not recorded"). A starred quote names its
author only when the participant consented to be named; otherwise it carries their stakeholder
group, or nothing when the comment has no participant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from ..domain.model import STAKEHOLDER_LABELS, SWOT_CATEGORIES, Comment, Option, Participant, Question, Session
from .groups import distinct_count, group_label, group_value, split_by_group
from .results import CommentSummary, Count, Quote

GENERAL_LABEL = "General (no question)"


def attribution(participant: Participant | None) -> str:
    if participant is None or participant.deleted:
        return ""
    if participant.consent_named and participant.name.strip():
        if participant.organisation.strip():
            return f"{participant.name.strip()} ({participant.organisation.strip()})"
        return participant.name.strip()
    return STAKEHOLDER_LABELS.get(participant.stakeholder_group, participant.stakeholder_group)


def _counts(counter: Counter[str], labels: Mapping[str, str], order: list[str] | None = None) -> list[Count]:
    if order is not None:
        keys = [k for k in order if counter.get(k)] + sorted(k for k in counter if k not in order)
    else:
        keys = sorted(counter, key=lambda k: (-counter[k], labels.get(k, k).casefold(), k))
    return [Count(k, labels.get(k, k), counter[k]) for k in keys]


def summarise_comments(
    comments: Iterable[Comment],
    *,
    questions: Iterable[Question] = (),
    options: Iterable[Option] = (),
    participants: Mapping[str, Participant] | None = None,
    sessions: Mapping[str, Session] | None = None,
    by: str = "stakeholder_group",
    min_group_size: int = 3,
) -> CommentSummary:
    """Counts and starred quotes for the given comments (tombstones are skipped)."""
    live = [c for c in comments if not c.deleted]
    people = participants or {}
    session_of = sessions or {}
    q_label = {q.id: q.prompt or q.id[:8] for q in questions}
    o_label = {o.id: o.label for o in options}

    by_question = Counter(c.question or "" for c in live)
    q_label[""] = GENERAL_LABEL
    by_option = Counter(c.option for c in live if c.option)
    by_swot = Counter(c.swot for c in live if c.swot)
    swot_labels = {s: s.capitalize() for s in SWOT_CATEGORIES}
    by_tag: Counter[str] = Counter()
    for c in live:
        by_tag.update({t.strip() for t in c.tags if t.strip()})

    def value(c: Comment) -> str:
        return group_value(people.get(c.participant or ""), by, session_of.get(c.session))

    grouped, hidden = split_by_group(
        live, value, by, min_group_size, size_of=distinct_count(lambda c: c.participant or f"comment:{c.id}"),
    )
    by_group = [Count(key, group_label(key, by), len(items)) for key, items in grouped]

    starred = [c for c in live if c.starred]
    quotes = [
        Quote(
            comment_id=c.id,
            text=c.text,
            language=c.language,
            question_id=c.question,
            option_label=o_label.get(c.option) if c.option else None,
            attribution=attribution(people.get(c.participant or "")),
            swot=c.swot,
            tags=list(c.tags),
        )
        for c in starred
    ]
    return CommentSummary(
        total=len(live),
        starred_count=len(starred),
        by_question=_counts(by_question, q_label, order=[q.id for q in questions] + [""]),
        by_option=_counts(by_option, o_label),
        by_swot=_counts(by_swot, swot_labels, order=list(SWOT_CATEGORIES)),
        by_tag=_counts(by_tag, {}),
        by_group=by_group,
        hidden_comments=hidden,
        starred=quotes,
        by=by,
        min_group_size=min_group_size,
    )

