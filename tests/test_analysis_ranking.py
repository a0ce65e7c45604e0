"""Ranking analysis on textbook cases with known answers."""

from __future__ import annotations

import pytest

from workshop_app.analysis import analyse_question, results_to_json
from workshop_app.analysis.ranking import _sampler
from workshop_app.domain.model import Ballot, Option, Question


def make(labels: str | list[str], *, top_n: int | None = None):
    q = Question(session="s", kind="ranking", prompt="Rank", top_n=top_n)
    opts = [Option(question=q.id, label=lab, position=i) for i, lab in enumerate(labels)]
    return q, opts


def ballots_from(q: Question, opts: list[Option], profile: list[tuple[int, str]]) -> list[Ballot]:
    """``(count, "AC=BD")``: letters are options in label order, ``=`` ties a letter to the one before."""
    by_letter = {chr(65 + i): o.id for i, o in enumerate(opts)}
    out = []
    for count, text in profile:
        tiers: list[list[str]] = []
        tie = False
        for ch in text:
            if ch == "=":
                tie = True
                continue
            if tie:
                tiers[-1].append(by_letter[ch])
            else:
                tiers.append([by_letter[ch]])
            tie = False
        out.extend(Ballot(session="s", question=q.id, ranking=[list(t) for t in tiers]) for _ in range(count))
    return out


def by_label(result):
    return {row.label: row for row in result.options}


WIKIPEDIA = [(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"), (2, "CBADE"),
             (7, "DCEBA"), (8, "EBADC")]


def test_schulze_wikipedia_example():
    q, opts = make("ABCDE")
    r = analyse_question(q, opts, ballots_from(q, opts, WIKIPEDIA), [], bootstrap=0)
    label = {o.id: o.label for o in opts}
    assert [[label[i] for i in tier] for tier in r.schulze_order] == [["E"], ["A"], ["C"], ["B"], ["D"]]
    # The published pairwise table and strongest paths (rows and columns in order A..E).
    assert r.pairwise == [[0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24],
                          [15, 12, 28, 0, 14], [23, 27, 21, 31, 0]]
    assert r.strongest_paths == [[0, 28, 28, 30, 24], [25, 0, 28, 33, 24], [25, 29, 0, 29, 24],
                                 [25, 28, 28, 0, 24], [25, 28, 28, 31, 0]]
    assert r.condorcet_winner is None
    assert r.ballots == 45
    rows = by_label(r)
    assert [rows[x].schulze_rank for x in "EACBD"] == [1, 2, 3, 4, 5]
    # Borda here puts B above C, so the methods disagree on the top 3, and the sentence says so.
    assert [row.label for row in r.options] == ["E", "A", "B", "C", "D"]
    assert "differ" in r.agreement and "B is 3rd under Borda and 4th under Schulze" in r.agreement


def test_condorcet_cycle_has_no_winner_and_a_three_way_tie():
    q, opts = make("ABC")
    r = analyse_question(q, opts, ballots_from(q, opts, [(1, "ABC"), (1, "BCA"), (1, "CAB")]), [], bootstrap=0)
    assert r.condorcet_winner is None
    assert len(r.schulze_order) == 1 and len(r.schulze_order[0]) == 3
    assert {row.borda for row in r.options} == {3}
    # All tied everywhere: the table falls back to label order.
    assert [row.label for row in r.options] == ["A", "B", "C"]
    assert r.agreement == "Borda and Schulze give the same order."


def test_condorcet_winner_found():
    q, opts = make("ABC")
    r = analyse_question(q, opts, ballots_from(q, opts, [(3, "BAC"), (2, "ACB"), (2, "CAB")]), [], bootstrap=0)
    assert r.condorcet_winner == opts[0].id  # A beats B 4-3 and C 5-2


def test_borda_with_ties_and_truncated_ballots_by_hand():
    # Options A, B, C, D with labels chosen so that label order would break the B/C tie the
    # other way: the final position must follow Schulze.
    q, opts = make(["Delta", "Yankee", "Bravo", "Zulu"])
    profile = [
        (1, "ABCD"),   # complete:                   A3 B2 C1 D0; positions 1 2 3 4
        (1, "B=CA"),   # all but D named -> D last:  B2 C2 A1 D0; positions 1.5 1.5 3 4
        (1, "D"),      # top-1: A, B, C tied below:  D3;          position D1
        (1, "CA=D"),   # all but B named -> B last:  C3 A1 D1 B0; positions C1 A2.5 D2.5 B4
        (1, "A=B"),    # top-2 tie: C, D below:      A2 B2;       positions 1.5 1.5
    ]
    r = analyse_question(q, opts, ballots_from(q, opts, profile), [], bootstrap=0)
    rows = {o.id: r.option(o.id) for o in opts}
    a, b, c, d = (rows[o.id] for o in opts)
    assert (a.borda, b.borda, c.borda, d.borda) == (7, 6, 6, 4)
    assert a.borda_share == pytest.approx(7 / 23)
    assert (a.mean_rank, b.mean_rank) == (pytest.approx(2.0), pytest.approx(2.25))
    assert (c.mean_rank, d.mean_rank) == (pytest.approx(5.5 / 3), pytest.approx(2.875))
    assert (a.ranked_by, b.ranked_by, c.ranked_by, d.ranked_by) == (4, 4, 3, 4)
    assert (a.first_preferences, b.first_preferences, c.first_preferences, d.first_preferences) == (2, 2, 2, 1)
    assert (a.top3, b.top3, c.top3, d.top3) == (4, 3, 3, 2)
    assert a.top3_share == pytest.approx(0.8)
    # Pairwise by hand (A ties C 2-2, so there is no Condorcet winner).
    assert r.pairwise == [[0, 2, 2, 3], [1, 0, 2, 3], [2, 1, 0, 3], [1, 2, 1, 0]]
    assert r.condorcet_winner is None
    assert r.schulze_order == [[opts[0].id], [opts[1].id], [opts[2].id], [opts[3].id]]
    # B and C tie on Borda; Schulze puts B (Yankee) above C (Bravo).
    assert [row.label for row in r.options] == ["Delta", "Yankee", "Bravo", "Zulu"]
    assert [row.position for row in r.options] == [1, 2, 3, 4]
    assert (b.borda_rank, c.borda_rank) == (2, 2)
    # Kendall's W over the three complete ballots (1, 2 and 4): W = 1/3, chi-square 3 on 3 df.
    assert r.kendall.ballots == 3
    assert r.kendall.w == pytest.approx(1 / 3)
    assert r.kendall.chi_square == pytest.approx(3.0)
    assert "Moderate agreement" in r.kendall.reading


def test_not_enough_complete_ballots():
    q, opts = make("ABCD")
    r = analyse_question(q, opts, ballots_from(q, opts, [(1, "ABCD"), (1, "BACD"), (5, "AB")]), [], bootstrap=0)
    assert r.kendall.w is None and r.kendall.ballots == 2
    assert "Not enough complete ballots" in r.kendall.reading


def test_tombstones_unknown_ids_and_repeats_are_ignored():
    q, opts = make("ABC")
    a, b, c = (o.id for o in opts)
    gone = Option(question=q.id, label="Gone", position=9, deleted=True)
    ballots = [
        Ballot(session="s", question=q.id, ranking=[[a], [b], [c]]),
        Ballot(session="s", question=q.id, ranking=[[c], [b], [a]], deleted=True),
        Ballot(session="s", question=q.id, ranking=[["nope", a], [a, b]]),  # -> A > B > C
        Ballot(session="s", question=q.id, ranking=[[gone.id]]),  # nothing valid left
        Ballot(session="s", question=q.id, ranking=[]),
        Ballot(session="s", question="other question", ranking=[[c]]),
    ]
    r = analyse_question(q, [*opts, gone], ballots, [], bootstrap=0)
    assert r.ballots == 2 and r.ignored == 2
    assert r.option_ids == [a, b, c]
    assert [row.borda for row in r.options] == [4, 2, 0]


def test_dissent_flags_a_divisive_option():
    q, opts = make("ABCDE")
    # A is first or last, never in between; B is always second or third.
    profile = [(3, "ABCDE"), (3, "BCDEA"), (1, "ACBDE"), (1, "CBDEA")]
    r = analyse_question(q, opts, ballots_from(q, opts, profile), [], bootstrap=0)
    rows = by_label(r)
    # The threshold is the spread of positions drawn at random: sqrt((5 + 1) / (3 * 4)) for five options.
    assert r.dissent_threshold == pytest.approx(0.5 ** 0.5)
    assert rows["A"].dissent and rows["A"].spread == pytest.approx(1.0)
    assert not rows["B"].dissent and rows["B"].spread < 0.5


def test_random_placement_is_the_dissent_threshold():
    # Each option placed once in each position: exactly as spread as chance, so flagged...
    q, opts = make("ABC")
    latin = [(1, "ABC"), (1, "BCA"), (1, "CAB")]
    r = analyse_question(q, opts, ballots_from(q, opts, latin), [], bootstrap=0)
    assert all(row.dissent for row in r.options)
    # ...while a room that mostly agrees is not divided on anything.
    r = analyse_question(q, opts, ballots_from(q, opts, [(8, "ABC"), (1, "BAC"), (1, "ACB")]), [], bootstrap=0)
    assert not any(row.dissent for row in r.options)


def test_dissent_needs_three_ballots_and_uses_top_n_scale():
    q, opts = make("ABCDEFGH", top_n=3)
    r = analyse_question(q, opts, ballots_from(q, opts, [(1, "ABC"), (1, "BCA")]), [], bootstrap=0)
    assert not any(row.dissent for row in r.options)  # only two ballots
    r = analyse_question(q, opts, ballots_from(q, opts, [(2, "ABC"), (2, "BCA")]), [], bootstrap=0)
    a = by_label(r)["A"]
    assert a.spread == pytest.approx(1.0)  # positions 1 and 3 on a 1..3 scale
    assert a.dissent


def test_agreement_sentence_when_same_top_three():
    q, opts = make("ABCDE")
    r = analyse_question(q, opts, ballots_from(q, opts, [(4, "ABCDE"), (2, "BACDE"), (1, "EDCBA")]), [],
                         bootstrap=0)
    assert r.agreement == "The top 3 are the same under Borda and Schulze."


def test_bootstrap_is_seeded_and_brackets_a_clear_order():
    q, opts = make("ABCD")
    ballots = ballots_from(q, opts, [(30, "ABCD"), (5, "BACD"), (3, "ABDC")])
    r1 = analyse_question(q, opts, ballots, [], seed=7)
    r2 = analyse_question(q, opts, ballots, [], seed=7)
    assert [row.interval for row in r1.options] == [row.interval for row in r2.options]
    assert r1.bootstrap_resamples == 200 and r1.bootstrap_level == 0.9
    for row in r1.options:
        lo, hi = row.interval
        assert lo <= row.borda_rank <= hi
    assert by_label(r1)["A"].interval == [1, 1]
    assert by_label(r1)["D"].interval[1] == 4


def test_bootstrap_large_profile_uses_fast_sampler_and_is_seeded():
    q, opts = make("ABCDEF")
    ballots = ballots_from(q, opts, [(900, "ABCDEF"), (700, "BACDEF"), (400, "FEDCBA")])
    r1 = analyse_question(q, opts, ballots, [], seed=3)
    r2 = analyse_question(q, opts, ballots, [], seed=3)
    assert [row.interval for row in r1.options] == [row.interval for row in r2.options]
    rows = by_label(r1)
    assert (rows["B"].borda, rows["A"].borda) == (7500, 7300)  # 900·4 + 700·5 + 400·1 against 900·5 + 700·4
    assert rows["B"].interval == [1, 1] and rows["A"].interval == [2, 2]


@pytest.mark.parametrize("m", [1000, 1234, 21846, 32768, 40000])
def test_fast_sampler_draws_exactly_m_ballots_uniformly(m):
    import random

    # Every vector worth 1: each resample must total exactly m, whatever the rejections.
    draw = _sampler([1] * m, 40, random.Random(1))
    assert all(draw() == m for _ in range(5))
    # Only the first and last ballot count: over many resamples each is drawn once on average.
    vectors = [0] * m
    vectors[0], vectors[-1] = 1, 1 << 20
    draw = _sampler(vectors, 40, random.Random(2))
    firsts = lasts = 0
    rounds = 150
    for _ in range(rounds):
        total = draw()
        firsts += total & 0xFFFFF
        lasts += total >> 20
    assert abs(firsts / rounds - 1) < 0.3 and abs(lasts / rounds - 1) < 0.3  # about 3.7 standard errors


def test_json_round_trip_is_plain():
    import json

    q, opts = make(["住房", "السكن", "Housing"])
    r = analyse_question(q, opts, ballots_from(q, opts, [(3, "ABC"), (2, "CBA")]), [])
    data = json.loads(results_to_json(r))
    assert data["kind"] == "ranking"
    assert data["options"][0]["label"] in {"住房", "السكن", "Housing"}
    assert data == r.to_dict()


def test_empty_question():
    q, opts = make("AB")
    r = analyse_question(q, opts, [], [])
    assert r.ballots == 0 and r.condorcet_winner is None and r.schulze_order == []
    assert all(row.interval is None and row.mean_rank is None for row in r.options)
    assert "no ballots" in r.agreement
    q2, _ = make("")
    assert analyse_question(q2, [], [], []).options == []
