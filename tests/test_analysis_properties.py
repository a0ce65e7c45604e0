"""Properties every profile must satisfy (hypothesis): unanimity, monotonicity, relabelling."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.analysis import analyse_question
from workshop_app.domain.model import Ballot, Option, Question

FAST = settings(max_examples=100, deadline=None)


def question(n: int, ids: list[str] | None = None, labels: list[str] | None = None):
    q = Question(session="s", kind="ranking", prompt="Rank")
    ids = ids or [f"o{i}" for i in range(n)]
    labels = labels or [f"Option {i}" for i in range(n)]
    opts = [Option(id=ids[i], question=q.id, label=labels[i], position=i) for i in range(n)]
    return q, opts


@st.composite
def rankings(draw, n: int):
    """A ballot over option indices 0..n-1: some prefix of a permutation, cut into tiers."""
    order = draw(st.permutations(range(n)))
    k = draw(st.integers(min_value=1, max_value=n))
    cuts = draw(st.lists(st.booleans(), min_size=k, max_size=k))
    tiers: list[list[int]] = []
    for i, new_tier in zip(order[:k], cuts, strict=True):
        if new_tier or not tiers:
            tiers.append([i])
        else:
            tiers[-1].append(i)
    return tiers


@st.composite
def profiles(draw):
    n = draw(st.integers(min_value=2, max_value=6))
    ballots = draw(st.lists(rankings(n), min_size=1, max_size=25))
    return n, ballots


def to_ballots(q: Question, ids: list[str], ballots: list[list[list[int]]]) -> list[Ballot]:
    return [Ballot(session="s", question=q.id, ranking=[[ids[i] for i in t] for t in b]) for b in ballots]


@FAST
@given(n=st.integers(min_value=2, max_value=7), copies=st.integers(min_value=1, max_value=9), data=st.data())
def test_unanimous_profile_ranks_in_that_order_under_every_method(n, copies, data):
    order = data.draw(st.permutations(range(n)))
    q, opts = question(n)
    ids = [o.id for o in opts]
    r = analyse_question(q, opts, to_ballots(q, ids, [[[i] for i in order]] * copies), [], bootstrap=20)
    want = [ids[i] for i in order]
    assert [row.option_id for row in r.options] == want  # final position (Borda)
    assert [t for tier in r.schulze_order for t in tier] == want and all(len(t) == 1 for t in r.schulze_order)
    assert r.condorcet_winner == want[0]
    by_mean = sorted(r.options, key=lambda row: row.mean_rank)
    assert [row.option_id for row in by_mean] == want
    assert [row.interval for row in r.options] == [[p, p] for p in range(1, n + 1)]
    assert r.options[0].first_preferences == copies
    if copies >= 3:
        assert r.kendall.w == 1.0
    assert not any(row.dissent for row in r.options)
    assert r.agreement in ("The top 3 are the same under Borda and Schulze.", "Borda and Schulze give the same order.")


@FAST
@given(profile=profiles(), data=st.data())
def test_adding_a_ballot_with_x_first_never_lowers_x(profile, data):
    n, ballots = profile
    x = data.draw(st.integers(min_value=0, max_value=n - 1))
    rest = data.draw(rankings(n))
    rest = [[i for i in t if i != x] for t in rest]
    extra = [[x]] + [t for t in rest if t]
    q, opts = question(n)
    ids = [o.id for o in opts]
    before = analyse_question(q, opts, to_ballots(q, ids, ballots), [], bootstrap=0).option(ids[x])
    after = analyse_question(q, opts, to_ballots(q, ids, [*ballots, extra]), [], bootstrap=0).option(ids[x])
    assert after.borda >= before.borda + (n - 1)  # alone at the top, it is above every other option
    assert after.position <= before.position
    assert after.borda_rank <= before.borda_rank
    assert after.first_preferences == before.first_preferences + 1


@FAST
@given(profile=profiles(), data=st.data())
def test_relabelling_options_permutes_the_result(profile, data):
    n, ballots = profile
    perm = data.draw(st.permutations(range(n)))  # option i is shown at position perm[i], with a new id
    q, opts = question(n)
    ids = [o.id for o in opts]
    new_ids = [f"renamed-{i}" for i in range(n)]
    q2 = Question(session="s", kind="ranking", prompt="Rank")
    opts2 = [Option(id=new_ids[i], question=q2.id, label=opts[i].label, position=perm[i]) for i in range(n)]
    r1 = analyse_question(q, opts, to_ballots(q, ids, ballots), [], bootstrap=0)
    r2 = analyse_question(q2, opts2, to_ballots(q2, new_ids, ballots), [], bootstrap=0)
    rename = dict(zip(ids, new_ids, strict=True))
    fields = ("position", "borda", "mean_rank", "ranked_by", "first_preferences", "top3", "borda_rank",
              "schulze_rank", "spread", "dissent")
    for row in r1.options:
        other = r2.option(rename[row.option_id])
        assert [getattr(row, f) for f in fields] == [getattr(other, f) for f in fields]
    assert (r1.condorcet_winner and rename[r1.condorcet_winner]) == r2.condorcet_winner
    assert [sorted(rename[i] for i in t) for t in r1.schulze_order] == [sorted(t) for t in r2.schulze_order]
    i1 = {oid: k for k, oid in enumerate(r1.option_ids)}
    i2 = {oid: k for k, oid in enumerate(r2.option_ids)}
    for a in ids:
        for b in ids:
            assert r1.pairwise[i1[a]][i1[b]] == r2.pairwise[i2[rename[a]]][i2[rename[b]]]
    assert r1.kendall == r2.kendall and r1.agreement == r2.agreement


@FAST
@given(profile=profiles())
def test_borda_is_the_row_sum_of_the_pairwise_matrix(profile):
    n, ballots = profile
    q, opts = question(n)
    r = analyse_question(q, opts, to_ballots(q, [o.id for o in opts], ballots), [], bootstrap=0)
    for k, oid in enumerate(r.option_ids):
        assert r.option(oid).borda == sum(r.pairwise[k])
    assert sum(row.borda for row in r.options) == sum(map(sum, r.pairwise))
    for k in range(n):
        for j in range(n):
            assert r.pairwise[k][j] + r.pairwise[j][k] <= r.ballots


def naive(n: int, ballots: list[list[list[int]]]):
    """Every tally computed the slow, obvious way, to check the packed-integer arithmetic."""
    borda, pos_sum, ranked, first, top3 = [0] * n, [0.0] * n, [0] * n, [0] * n, [0] * n
    d = [[0] * n for _ in range(n)]
    complete = 0
    for tiers in ballots:
        named = [i for t in tiers for i in t]
        if len(named) == n - 1:
            tiers = [*tiers, [next(i for i in range(n) if i not in named)]]
            named = [i for t in tiers for i in t]
        level = {i: k for k, t in enumerate(tiers) for i in t}
        bottom = len(tiers)
        lv = [level.get(i, bottom) for i in range(n)]
        for i in range(n):
            for j in range(n):
                if lv[i] < lv[j]:
                    d[i][j] += 1
                    borda[i] += 1
        start = 1
        for k, t in enumerate(tiers):
            for i in t:
                pos_sum[i] += start + (len(t) - 1) / 2
                ranked[i] += 1
                first[i] += k == 0
                top3[i] += start <= 3
            start += len(t)
        complete += len(named) == n
    return borda, d, pos_sum, ranked, first, top3, complete


@FAST
@given(profile=profiles())
def test_packed_tallies_match_the_obvious_computation(profile):
    n, ballots = profile
    q, opts = question(n)
    r = analyse_question(q, opts, to_ballots(q, [o.id for o in opts], ballots), [], bootstrap=0)
    borda, d, pos_sum, ranked, first, top3, complete = naive(n, ballots)
    assert r.pairwise == d
    for i, o in enumerate(opts):
        row = r.option(o.id)
        assert (row.borda, row.ranked_by, row.first_preferences, row.top3) == (borda[i], ranked[i], first[i], top3[i])
        assert row.mean_rank == (pos_sum[i] / ranked[i] if ranked[i] else None)
    assert r.kendall.ballots == complete
