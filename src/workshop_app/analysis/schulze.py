"""The Schulze method: strongest paths through the pairwise-preference graph.

``d[x][y]`` is the number of ballots that rank x strictly above y. A link x→y has strength
``d[x][y]`` when x beats y head to head (``d[x][y] > d[y][x]``, "winning votes") and 0 otherwise;
``p[x][y]`` is the strength of the strongest path from x to y (a path is as strong as its weakest
link). x is placed above y when ``p[x][y] > p[y][x]``; this relation is transitive, so the order is
built tier by tier: each tier holds the remaining options that no remaining option beats.
"""

from __future__ import annotations

from collections.abc import Sequence


def strongest_paths(d: Sequence[Sequence[int]]) -> list[list[int]]:
    """Widths of the strongest paths (a Floyd–Warshall variant, O(n³))."""
    n = len(d)
    p = [[d[i][j] if i != j and d[i][j] > d[j][i] else 0 for j in range(n)] for i in range(n)]
    for k in range(n):
        pk = p[k]
        for i in range(n):
            if i == k:
                continue
            pi = p[i]
            pik = pi[k]
            if pik == 0:
                continue
            for j in range(n):
                if j == i or j == k:
                    continue
                via = pik if pik < pk[j] else pk[j]
                if via > pi[j]:
                    pi[j] = via
    return p


def schulze_tiers(p: Sequence[Sequence[int]]) -> list[list[int]]:
    """The Schulze ranking as tiers of option indices, best first; a tier of several is a tie."""
    remaining = list(range(len(p)))
    tiers: list[list[int]] = []
    while remaining:
        tier = [i for i in remaining if not any(p[j][i] > p[i][j] for j in remaining if j != i)]
        if not tier:  # cannot happen (the relation is transitive), but never loop forever
            tier = list(remaining)
        tiers.append(sorted(tier))
        chosen = set(tier)
        remaining = [i for i in remaining if i not in chosen]
    return tiers


def condorcet_winner(d: Sequence[Sequence[int]]) -> int | None:
    """The option that beats every other head to head, if there is one."""
    n = len(d)
    for i in range(n):
        if n > 1 and all(d[i][j] > d[j][i] for j in range(n) if j != i):
            return i
    return None


def tier_ranks(tiers: Sequence[Sequence[int]], n: int) -> list[int]:
    """Competition ranks from tiers: 1 + the number of options in better tiers."""
    ranks = [0] * n
    above = 0
    for tier in tiers:
        for i in tier:
            ranks[i] = above + 1
        above += len(tier)
    return ranks
