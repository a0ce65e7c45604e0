"""The entry points: one question, one session, or many sessions merged into a master.

Everything here is a pure function of domain objects; tombstoned records (``deleted=True``)
are ignored wherever they appear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..domain.model import (
    STAKEHOLDER_GROUPS,
    STAKEHOLDER_LABELS,
    Ballot,
    Comment,
    Option,
    Participant,
    Question,
    Session,
    SessionData,
)
from .comments import summarise_comments
from .groups import NOT_RECORDED_LABEL, group_label, group_value, split_by_group
from .pooled import pooled_scores, swot_by_key
from .profile import BallotKey, Packer, normalise
from .ranking import BOOTSTRAP_RESAMPLES, RankingSpec, rank_profile
from .results import (
    Count,
    Group,
    MasterResult,
    MergedRanking,
    OpenResult,
    Participation,
    RankingResult,
    ScoreResult,
    SessionResult,
)
from .scores import ballot_values, score_ballots, spec_for

QuestionResult = RankingResult | ScoreResult | OpenResult
ParticipantsArg = Iterable[Participant] | Mapping[str, Participant]


def _people(participants: ParticipantsArg | None) -> dict[str, Participant]:
    if participants is None:
        return {}
    if isinstance(participants, Mapping):
        return {k: p for k, p in participants.items() if not p.deleted}
    return {p.id: p for p in participants if not p.deleted}


def live_options(question: Question, options: Iterable[Option]) -> list[Option]:
    """The question's options that are not tombstoned, in their display order."""
    live = [o for o in options if not o.deleted and o.question == question.id]
    return sorted(live, key=lambda o: o.position)


def max_position(question: Question, n: int) -> int:
    """The last place a ballot can give: N for a top-N question, else the number of options."""
    if question.top_n is not None and 0 < question.top_n < n - 1:
        return question.top_n
    return n


def analyse_question(
    question: Question,
    options: Iterable[Option],
    ballots: Iterable[Ballot],
    participants: ParticipantsArg | None = None,
    *,
    by: str | None = None,
    min_group_size: int = 3,
    seed: int = 0,
    bootstrap: int = BOOTSTRAP_RESAMPLES,
    comments: Iterable[Comment] | None = None,
) -> QuestionResult:
    """Analyse one question: a RankingResult, ScoreResult or OpenResult according to its kind.

    ``by`` (``"stakeholder_group"``, ``"country"`` or a participant attribute) adds ``groups``:
    ``[(label, result for that group), ...]`` under the small-group rule. ``comments`` is only
    used by open questions.
    """
    opts = live_options(question, options)
    people = _people(participants)
    live = [b for b in ballots if not b.deleted and b.question == question.id]
    if question.kind == "ranking":
        return _analyse_ranking(question, opts, live, people, by, min_group_size, seed, bootstrap)
    if question.kind in ("points", "rating"):
        return _analyse_scores(question, opts, live, people, by, min_group_size)
    if question.kind == "open":
        mine = [c for c in (comments or ()) if c.question == question.id]
        summary = summarise_comments(
            mine, questions=[question], options=opts, participants=people,
            by=by or "stakeholder_group", min_group_size=min_group_size,
        )
        return OpenResult(question.id, question.prompt, summary)
    raise ValueError(f"Unknown question kind {question.kind!r}.")


def _analyse_ranking(question: Question, opts: list[Option], live: list[Ballot], people: dict[str, Participant],
                     by: str | None, min_group_size: int, seed: int, bootstrap: int) -> RankingResult:
    n = len(opts)
    spec = RankingSpec(
        question.id, question.prompt, [o.id for o in opts], [o.key for o in opts], [o.label for o in opts],
        max_position(question, n),
    )
    index = {o.id: i for i, o in enumerate(opts)}
    full = (1 << n) - 1
    keyed: list[tuple[BallotKey, Ballot]] = []
    ignored = 0
    for b in live:
        tiers = normalise(b.ranking, index, full) if b.ranking else None
        if tiers is None:
            ignored += 1
            continue
        keyed.append(((tiers, full), b))
    packer = Packer(n, len(keyed))
    result = rank_profile(spec, Counter(k for k, _ in keyed), ignored=ignored, seed=seed, resamples=bootstrap,
                          packer=packer)
    if by:
        groups, hidden = split_by_group(
            keyed, lambda kb: group_value(people.get(kb[1].participant or ""), by), by, min_group_size,
        )
        result.groups = [  # the bootstrap stream is named by the English label: the same seeds as ever
            Group(key, rank_profile(spec, Counter(k for k, _ in items), seed=seed, stream=group_label(key, by),
                                    resamples=bootstrap, packer=packer), by)
            for key, items in groups
        ]
        result.by, result.min_group_size, result.hidden_ballots = by, min_group_size, hidden
    return result


def _analyse_scores(question: Question, opts: list[Option], live: list[Ballot], people: dict[str, Participant],
                    by: str | None, min_group_size: int) -> ScoreResult:
    spec = spec_for(question, [o.id for o in opts], [o.key for o in opts], [o.label for o in opts])
    valued: list[tuple[dict[str, int], Ballot]] = []
    ignored = 0
    for b in live:
        values = ballot_values(b, spec)
        if values is None:
            ignored += 1
        else:
            valued.append((values, b))
    result = score_ballots(spec, [v for v, _ in valued], ignored=ignored)
    if by:
        groups, hidden = split_by_group(
            valued, lambda vb: group_value(people.get(vb[1].participant or ""), by), by, min_group_size,
        )
        result.groups = [Group(key, score_ballots(spec, [v for v, _ in items]), by) for key, items in groups]
        result.by, result.min_group_size, result.hidden_ballots = by, min_group_size, hidden
    return result


def participation(participants: Iterable[Participant]) -> Participation:
    """Attendance counts by stakeholder group (in the standard order) and by country."""
    live = [p for p in participants if not p.deleted]
    groups = Counter(p.stakeholder_group for p in live)
    order = [g for g in STAKEHOLDER_GROUPS if groups.get(g)] + sorted(g for g in groups if g not in STAKEHOLDER_GROUPS)
    countries = Counter(p.country.strip() for p in live)
    return Participation(
        total=len(live),
        by_stakeholder_group=[Count(g, STAKEHOLDER_LABELS.get(g, g), groups[g]) for g in order],
        by_country=[
            Count(c, c or NOT_RECORDED_LABEL, countries[c])
            for c in sorted(countries, key=lambda c: (not c, -countries[c], c.casefold()))
        ],
    )


def analyse_session(
    data: SessionData,
    *,
    by: str | None = None,
    min_group_size: int = 3,
    seed: int = 0,
    bootstrap: int = BOOTSTRAP_RESAMPLES,
) -> SessionResult:
    """Every question of a session, the comment counts and who took part."""
    questions = sorted((q for q in data.questions if not q.deleted), key=lambda q: q.position)
    results: list[QuestionResult] = [
        analyse_question(
            q, data.options_of(q.id), data.ballots_of(q.id), data.participants,
            by=by, min_group_size=min_group_size, seed=seed, bootstrap=bootstrap, comments=data.comments,
        )
        for q in questions
    ]
    all_options = [o for q in questions for o in data.options_of(q.id) if not o.deleted]
    summary = summarise_comments(
        data.comments, questions=questions, options=all_options, participants=_people(data.participants),
        sessions={data.session.id: data.session}, by=by or "stakeholder_group", min_group_size=min_group_size,
    )
    return SessionResult(
        session_id=data.session.id,
        title=data.session.title,
        event=data.session.event,
        questions=results,
        comments=summary,
        participation=participation(data.participants),
    )


# ------------------------------------------------------------------------------------ many sessions

PoolKey = Callable[[SessionData, Question], str | None]


def framework_pool(data: SessionData, question: Question) -> str | None:
    """The default pooling: the k-th ranking question with framework-keyed options of each session
    is pooled with the k-th of every other session (sessions made from one template line up)."""
    keyed = [
        q for q in sorted(data.questions, key=lambda q: q.position)
        if not q.deleted and q.kind == "ranking" and any(o.key and not o.deleted for o in data.options_of(q.id))
    ]
    for k, q in enumerate(keyed):
        if q.id == question.id:
            return f"framework-{k + 1}"
    return None


def analyse_many(
    sessions: Sequence[SessionData],
    *,
    by: str | None = None,
    min_group_size: int = 3,
    seed: int = 0,
    bootstrap: int = BOOTSTRAP_RESAMPLES,
    pool: PoolKey = framework_pool,
) -> MasterResult:
    """A merged master: framework priorities ranked across sessions, with breakdowns.

    Options are matched across sessions by ``Option.key``; an option without a key stays separate
    (identified by its session and label). An option that a session's question did not offer is
    absent from that session's ballots, not ranked last. Each pooled ranking is broken down by
    stakeholder group, by event and by country, always under the small-group rule; ``by`` adds one
    more breakdown as ``result.groups``.
    """
    datas = [d for d in sessions if not d.session.deleted]
    pools: dict[str, list[tuple[SessionData, Question]]] = {}
    for d in datas:
        for q in sorted((q for q in d.questions if not q.deleted), key=lambda q: q.position):
            if q.kind != "ranking":
                continue
            name = pool(d, q)
            if name is not None:
                pools.setdefault(name, []).append((d, q))
    people = {p.id: p for d in datas for p in d.participants if not p.deleted}
    session_by_id = {d.session.id: d.session for d in datas}
    rankings = [
        _merged_ranking(members, people, by, min_group_size, seed, bootstrap) for members in pools.values()
    ]
    events = Counter(d.session.event.strip() for d in datas)
    all_questions = [q for d in datas for q in d.questions if not q.deleted]
    all_options = [o for d in datas for opts in d.options.values() for o in opts if not o.deleted]
    comments = summarise_comments(
        (c for d in datas for c in d.comments), questions=all_questions, options=all_options,
        participants=people, sessions=session_by_id, by=by or "stakeholder_group", min_group_size=min_group_size,
    )
    return MasterResult(
        sessions=len(datas),
        events=[Count(e, e or NOT_RECORDED_LABEL, events[e])
                for e in sorted(events, key=lambda e: (not e, -events[e], e.casefold()))],
        participation=participation(p for d in datas for p in d.participants),
        comments=comments,
        rankings=rankings,
        scores=pooled_scores(datas, people, min_group_size),
        swot=swot_by_key(datas),
    )


def _merged_ranking(members: list[tuple[SessionData, Question]], people: dict[str, Participant],
                    by: str | None, min_group_size: int, seed: int, bootstrap: int) -> MergedRanking:
    ident: dict[str, int] = {}
    option_ids: list[str] = []
    keys: list[str | None] = []
    labels: list[str] = []
    english: list[bool] = []
    per_question: list[tuple[SessionData, Question, dict[str, int]]] = []
    positions = 0
    for d, q in members:
        opts = live_options(q, d.options_of(q.id))
        positions = max(positions, max_position(q, len(opts)))
        index: dict[str, int] = {}
        for o in opts:
            name = f"key:{o.key}" if o.key else f"session:{d.session.id}:{o.label}"
            if name not in ident:
                ident[name] = len(option_ids)
                option_ids.append(o.key or o.id)
                keys.append(o.key)
                labels.append(o.label)
                english.append(d.session.language == "en")
            elif not english[ident[name]] and d.session.language == "en":
                labels[ident[name]] = o.label  # prefer the English label for a shared key
                english[ident[name]] = True
            index[o.id] = ident[name]
        per_question.append((d, q, index))

    keyed: list[tuple[BallotKey, Ballot, Session]] = []
    ignored = 0
    for d, q, index in per_question:
        offered = 0
        for i in index.values():
            offered |= 1 << i
        for b in d.ballots_of(q.id):
            if b.deleted:
                continue
            tiers = normalise(b.ranking, index, offered) if b.ranking else None
            if tiers is None:
                ignored += 1
            else:
                keyed.append(((tiers, offered), b, d.session))

    first = members[0][1]
    spec = RankingSpec(first.id, first.prompt, option_ids, keys, labels, positions)
    packer = Packer(len(option_ids), len(keyed))
    result = rank_profile(spec, Counter(k for k, _, _ in keyed), ignored=ignored, seed=seed, resamples=bootstrap,
                          packer=packer)
    result.question_id = ""

    def breakdown(attr: str) -> tuple[list[Group], int]:
        groups, hidden = split_by_group(
            keyed, lambda kbs: group_value(people.get(kbs[1].participant or ""), attr, kbs[2]), attr, min_group_size,
        )
        return [
            Group(key, rank_profile(spec, Counter(k for k, _, _ in items), seed=seed,
                                    stream=f"{attr}/{group_label(key, attr)}", resamples=bootstrap, packer=packer),
                  attr)
            for key, items in groups
        ], hidden

    by_group, h_group = breakdown("stakeholder_group")
    by_event, h_event = breakdown("event")
    by_country, h_country = breakdown("country")
    hidden = {"stakeholder_group": h_group, "event": h_event, "country": h_country}
    if by:
        result.groups, h_by = breakdown(by)
        result.by, result.min_group_size, result.hidden_ballots = by, min_group_size, h_by
    for g in (*by_group, *by_event, *by_country, *result.groups):
        g.result.question_id = ""
    return MergedRanking(
        title=first.prompt,
        question_ids=[q.id for _, q in members],
        sessions=len({d.session.id for d, _ in members}),
        result=result,
        by_stakeholder_group=by_group,
        by_event=by_event,
        by_country=by_country,
        hidden_ballots=hidden,
    )
