"""Headquarters' consolidation of points, ratings and SWOT equals the sum of the sessions' own results.

Property test: random sessions made from one framework (options keyed P1..P4, some sessions missing a
priority or adding one of their own), random ballots and SWOT comments; the master's pooled figures
per framework key are the sums of each session's figures for that key (issue 15).
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.analysis import analyse_many, analyse_session
from workshop_app.domain.model import (
    SWOT_CATEGORIES,
    Ballot,
    Comment,
    Option,
    Participant,
    Question,
    Session,
    SessionData,
)

KEYS = ("P1", "P2", "P3", "P4")
GROUPS = ("member_state", "civil_society", "academia")


@st.composite
def session(draw, k: int) -> SessionData:
    s = Session(title=f"Dialogue {k}", event=f"Event {k % 2}", language=draw(st.sampled_from(["en", "fr"])))
    keys = draw(st.lists(st.sampled_from(KEYS), min_size=2, max_size=4, unique=True))
    people = [Participant(session=s.id, name=f"p{k}-{i}", stakeholder_group=draw(st.sampled_from(GROUPS)))
              for i in range(draw(st.integers(0, 8)))]
    data = SessionData(session=s, participants=people)
    for position, (kind, extra) in enumerate((("points", {"budget": 10}), ("rating", {"scale_min": 1, "scale_max": 5}))):
        q = Question(session=s.id, kind=kind, prompt=f"{kind} {k}", position=position, **extra)
        opts = [Option(question=q.id, key=key, label=f"{key} label", position=i) for i, key in enumerate(keys)]
        if draw(st.booleans()):
            opts.append(Option(question=q.id, key=None, label=f"own option {k}", position=len(opts)))
        data.questions.append(q)
        data.options[q.id] = opts
        for p in people:
            if kind == "points":
                values = draw(st.lists(st.integers(0, 10), min_size=len(opts), max_size=len(opts)))
                ballot = Ballot(session=s.id, question=q.id, participant=p.id,
                                points={o.id: v for o, v in zip(opts, values, strict=True) if v})
            else:
                values = draw(st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=len(opts), max_size=len(opts)))
                ballot = Ballot(session=s.id, question=q.id, participant=p.id,
                                ratings={o.id: v for o, v in zip(opts, values, strict=True) if v is not None})
            data.ballots.append(ballot)
        for _ in range(draw(st.integers(0, 6))):
            option = draw(st.sampled_from([*opts, None]))
            data.comments.append(Comment(session=s.id, question=q.id, option=option.id if option else None,
                                         text="c", swot=draw(st.sampled_from([*SWOT_CATEGORIES, None]))))
    return data


@st.composite
def sessions(draw) -> list[SessionData]:
    return [draw(session(k)) for k in range(draw(st.integers(1, 4)))]


def by_key(result) -> dict[str, object]:
    return {(r.key or r.option_id): r for r in result.options}


@settings(max_examples=60, deadline=None)
@given(sessions())
def test_pooled_points_and_ratings_are_the_sums_of_the_sessions(datas):
    master = analyse_many(datas, bootstrap=0)
    own = [analyse_session(d, bootstrap=0) for d in datas]
    for kind in ("points", "rating"):
        pooled = [m for m in master.scores if m.kind == kind]
        assert len(pooled) == 1 and pooled[0].sessions == len(datas)
        rows = by_key(pooled[0].result)
        per_session = [by_key(next(q for q in r.questions if q.kind == kind)) for r in own]
        for key in KEYS:
            parts = [rows_of[key] for rows_of in per_session if key in rows_of]
            if not parts:
                assert key not in rows
                continue
            assert rows[key].total == sum(p.total for p in parts)
            assert rows[key].responses == sum(p.responses for p in parts)
            if kind == "rating":
                summed = Counter()
                for p in parts:
                    summed.update(dict((v, c) for v, c in p.distribution))
                assert dict((v, c) for v, c in rows[key].distribution if c) == {v: c for v, c in summed.items() if c}
        assert pooled[0].result.ballots == sum(
            next(q for q in r.questions if q.kind == kind).ballots for r in own)
        own_options = sum(1 for d in datas for q in d.questions if q.kind == kind
                          for o in d.options[q.id] if o.key is None)
        assert len(pooled[0].result.options) == len({k for d in datas for q in d.questions if q.kind == kind
                                                     for o in d.options[q.id] if o.key for k in [o.key]}) + own_options


@settings(max_examples=60, deadline=None)
@given(sessions())
def test_swot_counts_by_key_are_the_sums_of_the_sessions(datas):
    master = analyse_many(datas, bootstrap=0)
    expected: dict[str, Counter] = {}
    for d in datas:
        options = {o.id: o for opts in d.options.values() for o in opts}
        for c in d.comments:
            if c.swot:
                o = options.get(c.option or "")
                expected.setdefault(o.key if o is not None and o.key else "", Counter())[c.swot] += 1
    got = {row.key: Counter({k: v for k, v in row.counts.items() if v}) for row in master.swot}
    assert got == expected


def test_points_with_different_budgets_are_not_pooled_together():
    datas = []
    for k, budget in enumerate((10, 100)):
        s = Session(title=f"D{k}")
        q = Question(session=s.id, kind="points", prompt="Share", budget=budget)
        opts = [Option(question=q.id, key="P1", label="A"), Option(question=q.id, key="P2", label="B")]
        datas.append(SessionData(session=s, questions=[q], options={q.id: opts}))
    master = analyse_many(datas, bootstrap=0)
    assert sorted(m.sessions for m in master.scores) == [1, 1]
