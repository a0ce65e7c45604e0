"""Ranking questions: Borda, mean rank, first preferences, Schulze, Kendall's W, dissent, bootstrap.

A ballot is first normalised to tiers of option indices (best first). Identical ballots are then
counted once (a *profile*: normalised ballot → how many), and every tally is made from each
distinct ballot once, weighted by its count. Two tallies are packed into big integers so that a
ballot adds to them in one operation: the pairwise matrix (one bit-field per ordered pair) and
the Borda vector (one field per option). The bootstrap resamples the packed Borda vectors, so one
resample costs one big-integer addition per ballot.

Conventions (see docs/analysis.md for the words given to people):

* an option the ballot does not name is tied below every named option;
* a ballot that names all options but one is complete: the missing one is placed last;
* an option's position on a ballot is the average of the places its tier spans (so two options
  tied for first both sit at 1.5);
* in a merged master, an option that was not on a ballot's question is *absent* from that ballot
  (neither above nor below anything), unlike an option that was offered but left unranked.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .results import Kendall, OptionRanking, RankingResult
from .schulze import condorcet_winner, schulze_tiers, strongest_paths, tier_ranks
from .stats import kendall_w, percentile_bounds

DISSENT_THRESHOLD = 0.5
DISSENT_MIN_BALLOTS = 3
BOOTSTRAP_RESAMPLES = 200
BOOTSTRAP_LEVEL = 0.90
TOP_K = 3
SMALL_RESAMPLE = 1_000  # below this many ballots, plain random.choices is fast enough

Tiers = tuple[tuple[int, ...], ...]
BallotKey = tuple[Tiers, int]  # (tiers, bitmask of the options the ballot's question offered)


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


def normalise(ranking: Iterable[Iterable[str]], index: Mapping[str, int], offered: int) -> Tiers | None:
    """Tiers of option indices, best first, or None when the ballot names no valid option.

    Unknown ids, options not offered and repeats (after the first) are dropped; empty tiers go.
    When exactly one offered option is left unnamed, it is added as a last tier of its own.
    """
    seen = 0
    named = 0
    tiers: list[tuple[int, ...]] = []
    for tier in ranking:
        if isinstance(tier, str):  # tolerate the interchange form ["a", ["b", "c"]]
            tier = (tier,)
        row: list[int] = []
        for oid in tier:
            i = index.get(oid)
            if i is None:
                continue
            bit = 1 << i
            if seen & bit or not offered & bit:
                continue
            seen |= bit
            row.append(i)
        if row:
            row.sort()
            tiers.append(tuple(row))
            named += len(row)
    if not tiers:
        return None
    rest = offered & ~seen
    if rest and rest & (rest - 1) == 0:  # exactly one offered option unnamed
        tiers.append((rest.bit_length() - 1,))
    return tuple(tiers)


def build_profile(keys: Iterable[BallotKey]) -> Counter[BallotKey]:
    return Counter(keys)


@dataclass
class _Tally:
    ballots: int
    borda: list[int]
    pos2_sum: list[int]  # sum of twice the position (twice, so mid-ranks stay whole numbers)
    pos2_sq: list[int]
    ranked: list[int]
    offered: list[int]
    first: list[int]
    top3: list[int]
    pairwise: list[list[int]]
    complete: int
    complete_rank2: list[int]
    tie_sum: int
    boot_vectors: list[int]
    borda_width: int


def _tally(profile: Mapping[BallotKey, int], n: int) -> _Tally:
    m = sum(profile.values())
    width = m.bit_length() + 1  # a pairwise field holds at most m
    bwidth = (m * max(n - 1, 1)).bit_length() + 1  # a Borda field holds at most m (n - 1)
    unit = [1 << (j * width) for j in range(n)]
    row_shift = [i * n * width for i in range(n)]
    bshift = [i * bwidth for i in range(n)]
    full = (1 << n) - 1

    pos2_sum = [0] * n
    pos2_sq = [0] * n
    ranked = [0] * n
    first = [0] * n
    top3 = [0] * n
    complete_rank2 = [0] * n
    complete = 0
    tie_sum = 0
    pair_total = 0
    borda_total = 0
    offered_masks: Counter[int] = Counter()
    boot: list[int] = []

    for (tiers, offered), c in sorted(profile.items()):
        offered_masks[offered] += c
        named_mask = 0
        n_named = 0
        for tier in tiers:
            n_named += len(tier)
            for i in tier:
                named_mask |= 1 << i
        rest = offered & ~named_mask
        cum = 0
        below_cols = 0
        while rest:
            low = rest & -rest
            below_cols += unit[low.bit_length() - 1]
            cum += 1
            rest ^= low
        borda_vec = 0
        pair_vec = 0
        for tier in reversed(tiers):
            tier_cols = 0
            for i in tier:
                if cum:
                    borda_vec += cum << bshift[i]
                    pair_vec += below_cols << row_shift[i]
                tier_cols += unit[i]
            cum += len(tier)
            below_cols += tier_cols
        is_complete = offered == full and n_named == n
        start = 1
        for k, tier in enumerate(tiers):
            size = len(tier)
            p2 = 2 * start + size - 1
            cp2 = c * p2
            cq = cp2 * p2
            for i in tier:
                pos2_sum[i] += cp2
                pos2_sq[i] += cq
                ranked[i] += c
                if k == 0:
                    first[i] += c
                if start <= TOP_K:
                    top3[i] += c
                if is_complete:
                    complete_rank2[i] += cp2
            if is_complete and size > 1:
                tie_sum += c * (size**3 - size)
            start += size
        if is_complete:
            complete += c
        pair_total += c * pair_vec
        borda_total += c * borda_vec
        boot.extend([borda_vec] * c)

    mask = (1 << width) - 1
    bmask = (1 << bwidth) - 1
    pairwise = [[(pair_total >> (row_shift[i] + j * width)) & mask for j in range(n)] for i in range(n)]
    borda = [(borda_total >> bshift[i]) & bmask for i in range(n)]
    offered_count = [0] * n
    for om, c in offered_masks.items():
        for i in range(n):
            if om >> i & 1:
                offered_count[i] += c
    return _Tally(
        m, borda, pos2_sum, pos2_sq, ranked, offered_count, first, top3, pairwise,
        complete, complete_rank2, tie_sum, boot, bwidth,
    )


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
) -> RankingResult:
    """Every ranking statistic for one profile (the groups are filled in by the caller)."""
    n = spec.n
    t = _tally(profile, n)
    m = t.ballots
    p = strongest_paths(t.pairwise)
    tiers = schulze_tiers(p) if n else []
    s_rank = tier_ranks(tiers, n)
    b_rank = competition_ranks(t.borda)
    order = sorted(range(n), key=lambda i: (-t.borda[i], s_rank[i], spec.labels[i].casefold(), spec.option_ids[i]))
    total_borda = sum(t.borda)
    rng = random.Random(f"{seed}/{stream}")
    intervals = bootstrap_intervals(t.boot_vectors, n, t.borda_width, resamples, level, rng)
    kendall = _kendall(t, n)
    rows: list[OptionRanking] = []
    for position, i in enumerate(order, start=1):
        spread = _spread(t.pos2_sum[i], t.pos2_sq[i], t.ranked[i], spec.max_position)
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
            dissent=bool(spread is not None and t.ranked[i] >= DISSENT_MIN_BALLOTS and spread >= DISSENT_THRESHOLD),
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
        dissent_threshold=DISSENT_THRESHOLD,
        bootstrap_resamples=resamples if intervals else 0,
        bootstrap_level=level,
        seed=seed,
    )


def _kendall(t: _Tally, n: int) -> Kendall:
    sums = [r / 2 for r in t.complete_rank2]
    return kendall_w(t.complete, n, sums, t.tie_sum)
