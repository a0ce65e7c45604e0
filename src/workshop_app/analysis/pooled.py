"""Headquarters' consolidation of the questions that are not rankings: points, ratings and SWOT.

Points and rating questions are pooled the way rankings are (:func:`.api.framework_pool`): the k-th
question of a kind whose options carry framework keys, in each session, with the k-th of every other
session; options are matched by key (an option without one stays its session's own). Only questions
that measure alike are pooled: points with the same budget, ratings on the same scale (a question
that differs gets a pool of its own). A points ballot counts for the options its own question offered
(0 where it gave none), not for a priority its session lacked. Every pooled table is broken down by stakeholder group, event and
country under the small-group rule. SWOT comments are counted by framework key and category, with
the number of sessions they came from. Every figure is the sum of the per-session figures: tests hold
the consolidation to that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.model import SWOT_CATEGORIES, Ballot, Participant, Question, Session, SessionData
from .groups import group_value, split_by_group
from .results import Group, ScoreResult, _Serialisable
from .scores import ScoreSpec, ballot_values, score_ballots


@dataclass
class MergedScores(_Serialisable):
    """Points or rating questions of several sessions pooled, options matched by framework key."""

    title: str
    kind: str
    question_ids: list[str]
    sessions: int
    result: ScoreResult
    by_stakeholder_group: list[Group]
    by_event: list[Group]
    by_country: list[Group]
    hidden_ballots: dict[str, int] = field(default_factory=dict)


@dataclass
class SwotCount(_Serialisable):
    """SWOT comments on one framework priority (``key``; "" for comments on no keyed option)."""

    key: str
    label: str
    counts: dict[str, int]  # category -> comments
    sessions: int


def pool_name(data: SessionData, question: Question) -> str | None:
    """The k-th points (or rating) question with keyed options, and its budget or scale."""
    if question.kind not in ("points", "rating"):
        return None
    keyed = [q for q in sorted(data.questions, key=lambda q: q.position)
             if not q.deleted and q.kind == question.kind and any(o.key and not o.deleted for o in data.options_of(q.id))]
    for k, q in enumerate(keyed):
        if q.id == question.id:
            measure = f"budget {q.budget}" if q.kind == "points" else f"scale {q.scale_min}-{q.scale_max}"
            return f"{q.kind}-{k + 1}-{measure}"
    return None


def pooled_scores(datas: Sequence[SessionData], people: dict[str, Participant], min_group_size: int) -> list[MergedScores]:
    pools: dict[str, list[tuple[SessionData, Question]]] = {}
    for d in datas:
        for q in sorted((q for q in d.questions if not q.deleted), key=lambda q: q.position):
            name = pool_name(d, q)
            if name is not None:
                pools.setdefault(name, []).append((d, q))
    return [_merged_scores(members, people, min_group_size) for members in pools.values()]


def _merged_scores(members: list[tuple[SessionData, Question]], people: dict[str, Participant],
                   min_group_size: int) -> MergedScores:
    ident: dict[str, str] = {}  # option id -> pooled id
    option_ids: list[str] = []
    keys: list[str | None] = []
    labels: list[str] = []
    english: dict[str, bool] = {}
    for d, q in members:
        for o in sorted((o for o in d.options_of(q.id) if not o.deleted), key=lambda o: o.position):
            pooled = f"key:{o.key}" if o.key else f"session:{d.session.id}:{o.id}"
            if pooled not in english:
                english[pooled] = d.session.language == "en"
                option_ids.append(pooled)
                keys.append(o.key)
                labels.append(o.label)
            elif not english[pooled] and d.session.language == "en":
                labels[option_ids.index(pooled)] = o.label  # prefer the English label for a shared key
                english[pooled] = True
            ident[o.id] = pooled
    first = members[0][1]
    spec = ScoreSpec(first.id, first.prompt, first.kind, option_ids, keys, labels,
                     budget=first.budget if first.kind == "points" else None,
                     scale_min=first.scale_min if first.kind == "rating" else None,
                     scale_max=first.scale_max if first.kind == "rating" else None)
    valued: list[tuple[dict[str, int], Ballot, Session]] = []
    ignored = 0
    for d, q in members:
        own = ScoreSpec(q.id, q.prompt, q.kind, [o.id for o in d.options_of(q.id) if not o.deleted], [], [],
                        q.budget, q.scale_min, q.scale_max)
        for b in d.ballots_of(q.id):
            if b.deleted:
                continue
            values = ballot_values(b, own)
            if values is None:
                ignored += 1
                continue
            pooled = {ident[oid]: 0 for oid in own.option_ids} if q.kind == "points" else {}  # offered: 0 unless given
            pooled.update({ident[oid]: v for oid, v in values.items()})
            valued.append((pooled, b, d.session))
    result = score_ballots(spec, [v for v, _, _ in valued], ignored=ignored, offered_only=True)
    result.question_id = ""

    def breakdown(attr: str) -> tuple[list[Group], int]:
        groups, hidden = split_by_group(
            valued, lambda vbs: group_value(people.get(vbs[1].participant or ""), attr, vbs[2]), attr, min_group_size)
        out = [Group(key, score_ballots(spec, [v for v, _, _ in items], offered_only=True), attr)
               for key, items in groups]
        for g in out:
            g.result.question_id = ""
        return out, hidden

    by_group, h_group = breakdown("stakeholder_group")
    by_event, h_event = breakdown("event")
    by_country, h_country = breakdown("country")
    return MergedScores(
        title=first.prompt, kind=first.kind, question_ids=[q.id for _, q in members],
        sessions=len({d.session.id for d, _ in members}), result=result,
        by_stakeholder_group=by_group, by_event=by_event, by_country=by_country,
        hidden_ballots={"stakeholder_group": h_group, "event": h_event, "country": h_country},
    )


def swot_by_key(datas: Sequence[SessionData]) -> list[SwotCount]:
    """SWOT comments counted by the framework key of the option they are on, and category."""
    counts: dict[str, Counter] = {}
    sessions: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for d in datas:
        options = {o.id: o for opts in d.options.values() for o in opts}
        for c in d.comments:
            if c.deleted or c.swot not in SWOT_CATEGORIES:
                continue
            option = options.get(c.option or "")
            key = option.key if option is not None and option.key else ""
            if key and (key not in labels or d.session.language == "en"):
                labels[key] = option.label  # type: ignore[union-attr]
            counts.setdefault(key, Counter())[c.swot] += 1
            sessions.setdefault(key, set()).add(d.session.id)
    order = sorted((k for k in counts if k), key=lambda k: (not k.startswith("P"), len(k), k))  # priorities first
    order += [""] if "" in counts else []
    return [SwotCount(key=k, label=labels.get(k, ""), counts={s: counts[k].get(s, 0) for s in SWOT_CATEGORIES},
                      sessions=len(sessions[k])) for k in order]
