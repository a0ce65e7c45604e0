"""Ranking questions: Borda, mean rank, first preferences, Schulze, Kendall's W, dissent, bootstrap.

The ballots arrive as a profile (distinct normalised ballot -> count, see :mod:`.profile`); the
tallies come from packed integers, and the bootstrap resamples the ballots' packed Borda vectors,
so one resample costs one big-integer addition per ballot.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .profile import TOP_K, BallotKey, Packer, Tally
from .results import Kendall, OptionRanking, RankingResult
from .schulze import condorcet_winner, schulze_tiers, strongest_paths, tier_ranks
from .stats import kendall_w, percentile_bounds

DISSENT_THRESHOLD = 0.5  # the floor; the threshold of a question is dissent_threshold(max_position)


def dissent_threshold(max_position: int) -> float:
    """The spread an option's positions would have if every participant placed it at random.

    For positions 1..k drawn uniformly the standard deviation is sqrt((k² - 1) / 12); divided by
    the widest possible spread, (k - 1) / 2, that is sqrt((k + 1) / (3 (k - 1))): 0.71 for five
    options, 0.62 for twelve. An option placed at least that inconsistently has no shared view
    behind its average: the room is divided on it.
    """
    if max_position < 2:
        return 1.0
    return max(DISSENT_THRESHOLD, math.sqrt((max_position + 1) / (3 * (max_position - 1))))
DISSENT_MIN_BALLOTS = 3
BOOTSTRAP_RESAMPLES = 200
BOOTSTRAP_LEVEL = 0.90
SMALL_RESAMPLE = 1_000  # below this many ballots, plain random.choices is fast enough


@dataclass
class RankingSpec:
    """What is being ranked: the options in question order, and the scale used for dissent."""

    question_id: str
    prompt: str
    option_ids: list[str]
    keys: list[str | None]
    labels: list[str]
    max_position: int  # positions on a ballot run from 1 to this (N for a top-N question)

    @property
    def n(self) -> int:
        return len(self.option_ids)


def competition_ranks(scores: Sequence[int | float]) -> list[int]:
    """1 + the number of options with a strictly higher score (ties share the better rank)."""
    ordered = sorted(scores, reverse=True)
    first_at: dict[int | float, int] = {}
    for pos, s in enumerate(ordered, start=1):
        first_at.setdefault(s, pos)
    return [first_at[s] for s in scores]


def _sampler(vectors: list[int], extra_bit: int, rng: random.Random):
    """A function drawing ``len(vectors)`` of ``vectors`` uniformly with replacement and summing them.

    For up to 32,768 ballots the draw runs at C speed: random 16-bit numbers index a table in which
    every ballot fills the same number of slots; the left-over slots hold a marker (a bit above
    every Borda field) that counts rejected draws, which are then drawn again. Every ballot is
    therefore equally likely. Above that size it falls back to ``random.choices``.
    """
    m = len(vectors)
    if m < SMALL_RESAMPLE or m > 1 << 15:
        choices = rng.choices
        return lambda: sum(choices(vectors, k=m))
    per = (1 << 16) // m
    marker = 1 << extra_bit
    table = [v for v in vectors for _ in range(per)]
    table.extend([marker] * ((1 << 16) - len(table)))
    pick = table.__getitem__
    randbytes = rng.randbytes

    def draw() -> int:
        need = m
        total = 0
        while need:
            got = sum(map(pick, memoryview(randbytes(2 * need)).cast("H")))
            need = got >> extra_bit
            total += got & (marker - 1)
        return total

    return draw


def bootstrap_intervals(
    vectors: list[int], n: int, width: int, resamples: int, level: float, rng: random.Random
) -> list[list[int]] | None:
    """For each option, the central ``level`` interval of its Borda position over resamples.

    Each resample draws as many ballots as there are, with replacement, and adds their packed
    Borda vectors; the position is the competition rank of the option's resampled Borda score.
    """
    m = len(vectors)
    if m == 0 or resamples <= 0 or n == 0:
        return None
    mask = (1 << width) - 1
    shifts = [i * width for i in range(n)]
    positions: list[list[int]] = [[] for _ in range(n)]
    draw = _sampler(vectors, n * width, rng)
    for _ in range(resamples):
        total = draw()
        scores = [(total >> s) & mask for s in shifts]
        for i, r in enumerate(competition_ranks(scores)):
            positions[i].append(r)
    return [percentile_bounds(p, level) for p in positions]


def _ordinal(k: int) -> str:
    if 10 <= k % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _place(rank: int, ranks: Sequence[int]) -> str:
    shared = sum(1 for r in ranks if r == rank) > 1
    return ("joint " if shared else "") + _ordinal(rank)


def agreement_sentence(labels: Sequence[str], borda_rank: Sequence[int], schulze_rank: Sequence[int],
                       order: Sequence[int], ballots: int) -> str:
    """One plain sentence on whether Borda and Schulze agree on the leading options."""
    n = len(labels)
    if ballots == 0 or n == 0:
        return "There are no ballots yet, so there is nothing to compare."
    if n == 1:
        return "There is only one option."
    k = min(TOP_K, n)
    scope = "order" if k >= n else f"top {k}"
    lead = [i for i in order if borda_rank[i] <= k or schulze_rank[i] <= k]
    differ = [i for i in lead if borda_rank[i] != schulze_rank[i]]
    if not differ:
        if k >= n:
            return "Borda and Schulze give the same order."
        return f"The top {k} are the same under Borda and Schulze."
    details = "; ".join(
        f"{labels[i]} is {_place(borda_rank[i], borda_rank)} under Borda and "
        f"{_place(schulze_rank[i], schulze_rank)} under Schulze"
        for i in differ
    )
    same_set = {i for i in range(n) if borda_rank[i] <= k} == {i for i in range(n) if schulze_rank[i] <= k}
    if same_set and k < n:
        return f"The same {k} options lead under Borda and Schulze, but in a different order: {details}."
    return f"Borda and Schulze differ in the {scope}: {details}."


def _spread(pos2_sum: int, pos2_sq: int, ranked: int, max_position: int) -> float | None:
    """Standard deviation of the positions, as a share of the largest possible (0 to 1)."""
    if ranked == 0 or max_position <= 1:
        return None
    mean = pos2_sum / (2 * ranked)
    var = pos2_sq / (4 * ranked) - mean * mean
    sd = math.sqrt(max(0.0, var))
    return min(1.0, sd / ((max_position - 1) / 2))


def rank_profile(
    spec: RankingSpec,
    profile: Mapping[BallotKey, int],
    *,
    ignored: int = 0,
    seed: int = 0,
    stream: str = "",
    resamples: int = BOOTSTRAP_RESAMPLES,
    level: float = BOOTSTRAP_LEVEL,
    packer: Packer | None = None,
) -> RankingResult:
    """Every ranking statistic for one profile (the groups are filled in by the caller).

    Pass the same ``packer`` (sized for the largest profile) to analyse several profiles of one
    question, e.g. its groups: each distinct ballot is then packed only once.
    """
    n = spec.n
    packer = packer or Packer(n, sum(profile.values()))
    t, boot = packer.tally(profile)
    m = t.ballots
    p = strongest_paths(t.pairwise)
    tiers = schulze_tiers(p) if n else []
    s_rank = tier_ranks(tiers, n)
    b_rank = competition_ranks(t.borda)
    order = sorted(range(n), key=lambda i: (-t.borda[i], s_rank[i], spec.labels[i].casefold(), spec.option_ids[i]))
    total_borda = sum(t.borda)
    rng = random.Random(f"{seed}/{stream}")
    intervals = bootstrap_intervals(boot, n, packer.borda_width, resamples, level, rng)
    kendall = _kendall(t, n)
    rows: list[OptionRanking] = []
    for position, i in enumerate(order, start=1):
        spread = _spread(t.pos2_sum[i], t.pos2_sq[i], t.ranked[i], spec.max_position)
        threshold = dissent_threshold(spec.max_position)
        rows.append(OptionRanking(
            option_id=spec.option_ids[i],
            key=spec.keys[i],
            label=spec.labels[i],
            position=position,
            borda=t.borda[i],
            borda_share=t.borda[i] / total_borda if total_borda else 0.0,
            mean_rank=t.pos2_sum[i] / (2 * t.ranked[i]) if t.ranked[i] else None,
            ranked_by=t.ranked[i],
            offered=t.offered[i],
            first_preferences=t.first[i],
            top3=t.top3[i],
            top3_share=t.top3[i] / m if m else 0.0,
            borda_rank=b_rank[i],
            schulze_rank=s_rank[i],
            interval=intervals[i] if intervals and m else None,
            spread=spread,
            dissent=bool(spread is not None and t.ranked[i] >= DISSENT_MIN_BALLOTS and spread >= threshold - 1e-9),
        ))
    winner = condorcet_winner(t.pairwise) if m else None
    return RankingResult(
        question_id=spec.question_id,
        prompt=spec.prompt,
        ballots=m,
        ignored=ignored,
        options=rows,
        option_ids=list(spec.option_ids),
        pairwise=t.pairwise,
        strongest_paths=p,
        schulze_order=[[spec.option_ids[i] for i in tier] for tier in tiers] if m else [],
        condorcet_winner=spec.option_ids[winner] if winner is not None else None,
        kendall=kendall,
        agreement=agreement_sentence(spec.labels, b_rank, s_rank, order, m),
        dissent_threshold=dissent_threshold(spec.max_position),
        bootstrap_resamples=resamples if intervals else 0,
        bootstrap_level=level,
        seed=seed,
    )


def _kendall(t: Tally, n: int) -> Kendall:
    sums = [r / 2 for r in t.complete_rank2]
    return kendall_w(t.complete, n, sums, t.tie_sum)
