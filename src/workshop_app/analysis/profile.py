"""Ballots as tiers of option indices, and every per-ballot tally packed into big integers.

A ballot is normalised once to tiers of option indices (best first). Identical ballots are then
counted once: a *profile* maps each distinct normalised ballot to how many cast it. Each distinct
ballot is turned once into two big integers whose bit-fields hold its contribution to every tally
(pairwise wins, positions, squares of positions, first places, top-3 places, ...), so adding a
ballot (or a thousand identical ones) to the tallies is one multiply-add, whatever the number of
options; a breakdown by group reuses the same integers. The second integer holds the ballot's
Borda points only: the bootstrap adds those.

Conventions (see docs/analysis.md for the words given to people):

* an option the ballot does not name is tied below every named option;
* a ballot that names all the options but one is complete: the missing one is placed last;
* an option's position on a ballot is the average of the places its tier spans (two options tied
  for first both sit at 1.5); positions are stored doubled so that they stay whole numbers;
* in a merged master, an option that was not on a ballot's question is *absent* from that ballot
  (neither above nor below anything), unlike an option that was offered but left unranked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate, chain
from operator import getitem, lshift

TOP_K = 3

Tiers = tuple[tuple[int, ...], ...]
BallotKey = tuple[Tiers, int]  # (tiers, bitmask of the options the ballot's question offered)


def normalise(ranking: Iterable[Iterable[str]], index: Mapping[str, int], offered: int) -> Tiers | None:
    """Tiers of option indices, best first, or None when the ballot names no valid option.

    ``index`` maps the ids of the options the ballot's question offered to their indices and
    ``offered`` is the bitmask of those indices. Unknown ids and repeats (after the first) are
    dropped, and empty tiers go. When exactly one offered option is left unnamed, it is added as
    a last tier of its own.
    """
    get = index.__getitem__
    try:  # the usual case, at C speed: known ids, no repeats, no empty tiers
        tiers = [(get(t[0]),) if len(t) == 1 else tuple(sorted(map(get, t))) for t in ranking]
    except (KeyError, IndexError, TypeError):
        return _normalise_carefully(ranking, index, offered)
    seen = set(chain.from_iterable(tiers))
    named = sum(map(len, tiers))
    if len(seen) != named:
        return _normalise_carefully(ranking, index, offered)
    if not tiers:
        return None
    if named == offered.bit_count() - 1:  # all but one: the missing one is last
        rest = offered
        for i in seen:
            rest &= ~(1 << i)
        tiers.append((rest.bit_length() - 1,))
    return tuple(tiers)


def _normalise_carefully(ranking: Iterable[Iterable[str]], index: Mapping[str, int], offered: int) -> Tiers | None:
    seen = 0
    tiers: list[tuple[int, ...]] = []
    for tier in ranking:
        if isinstance(tier, str):  # tolerate the interchange form ["a", ["b", "c"]]
            tier = (tier,)
        elif not isinstance(tier, list | tuple):
            continue
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
    if not tiers:
        return None
    rest = offered & ~seen
    if rest and rest & (rest - 1) == 0:
        tiers.append((rest.bit_length() - 1,))
    return tuple(tiers)


@dataclass
class Tally:
    """The tallies of one profile, unpacked."""

    ballots: int
    pairwise: list[list[int]]  # pairwise[i][j]: ballots ranking i strictly above j
    borda: list[int]
    pos2_sum: list[int]  # sum of twice the position, over the ballots that ranked the option
    pos2_sq: list[int]  # sum of the squares of twice the position
    ranked: list[int]
    offered: list[int]
    first: list[int]
    top3: list[int]
    complete: int
    complete_rank2: list[int]  # sum of twice the mid-rank, over complete ballots only
    tie_sum: int  # sum over complete ballots and tied tiers of t³ - t


class Packer:
    """The bit layout of the packed tallies for ``n`` options and up to ``capacity`` ballots."""

    def __init__(self, n: int, capacity: int):
        self.n = n
        count = max(capacity, 1).bit_length() + 1
        pos = (max(capacity, 1) * 2 * max(n, 1)).bit_length() + 1
        layout = [  # the pairwise matrix goes last, so the other fields stay in small integers
            ("ranked", n, count), ("offered", n, count), ("first", n, count), ("top3", n, count),
            ("pos2", n, pos), ("pos2sq", n, 2 * pos), ("crank2", n, pos), ("complete", 1, count),
            ("ties", 1, (max(capacity, 1) * max(n, 1) ** 3).bit_length() + 1), ("pairwise", n * n, count),
        ]
        self.offset: dict[str, int] = {}
        self.width: dict[str, int] = {}
        at = 0
        for name, fields, width in layout:
            self.offset[name], self.width[name] = at, width
            at += fields * width
        self.borda_width = (max(capacity, 1) * max(n - 1, 1)).bit_length() + 1
        self._bshift = [i * self.borda_width for i in range(n)]
        self._pair_at = self.offset["pairwise"]
        self._unit = [1 << (j * count) for j in range(n)]  # column j of the pairwise matrix's row 0
        self._row = [i * n * count for i in range(n)]
        self._single: dict[bool, list[list[int]]] = {}
        self._places: dict[tuple[int, int, int, bool, bool], int] = {}
        self._offered: dict[int, int] = {}
        self._cache: dict[BallotKey, tuple[int, int]] = {}

    def _bit(self, name: str, i: int = 0) -> int:
        return 1 << (self.offset[name] + i * self.width[name])

    def _place(self, i: int, start: int, size: int, first: bool, complete: bool) -> int:
        """Everything option ``i`` adds when its tier starts at place ``start`` and holds ``size``."""
        key = (i, start, size, first, complete)
        vec = self._places.get(key)
        if vec is None:
            vec = self._places[key] = self._compute_place(i, start, size, first, complete)
        return vec

    def _compute_place(self, i: int, start: int, size: int, first: bool, complete: bool) -> int:
        p2 = 2 * start + size - 1
        vec = p2 * self._bit("pos2", i) + p2 * p2 * self._bit("pos2sq", i) + self._bit("ranked", i)
        if first:
            vec += self._bit("first", i)
        if start <= TOP_K:
            vec += self._bit("top3", i)
        if complete:
            vec += p2 * self._bit("crank2", i)
        return vec

    def _position_tables(self, complete: bool) -> list[list[int]]:
        """``tables[k][i]``: what option i adds when it is alone in place k + 1."""
        tables = self._single.get(complete)
        if tables is None:
            tables = [[self._place(i, start, 1, start == 1, complete) for i in range(self.n)]
                      for start in range(1, self.n + 1)]
            self._single[complete] = tables
        return tables

    def _offer(self, offered: int) -> int:
        vec = self._offered.get(offered)
        if vec is None:
            vec = sum(self._bit("offered", i) for i in range(self.n) if offered >> i & 1)
            self._offered[offered] = vec
        return vec

    def vectors(self, key: BallotKey) -> tuple[int, int]:
        """(tallies, Borda points) of one distinct ballot, packed; computed once per ballot."""
        found = self._cache.get(key)
        if found is None:
            tiers, offered = key
            named = [i for tier in tiers for i in tier]
            rest = offered
            for i in named:
                rest &= ~(1 << i)
            unranked = [i for i in range(self.n) if rest >> i & 1] if rest else []
            complete = not unranked and offered == (1 << self.n) - 1
            if len(named) == len(tiers):
                found = self._strict(named, unranked, offered, complete)
            else:
                found = self._tied(tiers, unranked, offered, complete)
            self._cache[key] = found
        return found

    def _strict(self, order: list[int], unranked: list[int], offered: int, complete: bool) -> tuple[int, int]:
        """A ballot without ties, with each step done by ``map`` at C speed."""
        below_first = len(unranked)
        backwards = order[::-1]
        # below[k]: the pairwise columns of the options under backwards[k]
        below = list(accumulate(map(self._unit.__getitem__, backwards),
                                initial=sum(map(self._unit.__getitem__, unranked))))
        pair = sum(map(lshift, below, map(self._row.__getitem__, backwards)))
        borda = sum(map(lshift, range(below_first, below_first + len(order)), map(self._bshift.__getitem__, backwards)))
        tables = self._position_tables(complete)
        stat = self._offer(offered) + sum(map(getitem, tables, order))
        if complete:
            stat += self._bit("complete")
        return stat + (pair << self._pair_at), borda

    def _tied(self, tiers: Tiers, unranked: list[int], offered: int, complete: bool) -> tuple[int, int]:
        unit, row, bshift = self._unit, self._row, self._bshift
        below = len(unranked)  # how many options lie below the current tier
        below_cols = sum(unit[i] for i in unranked)  # the same options, as pairwise columns
        borda = 0
        pair = 0
        for tier in reversed(tiers):
            tier_cols = 0
            for i in tier:
                if below:
                    borda += below << bshift[i]
                    pair += below_cols << row[i]
                tier_cols += unit[i]
            below += len(tier)
            below_cols += tier_cols
        stat = self._offer(offered)
        start = 1
        for k, tier in enumerate(tiers):
            size = len(tier)
            for i in tier:
                stat += self._place(i, start, size, k == 0, complete)
            if complete and size > 1:
                stat += (size**3 - size) * self._bit("ties")
            start += size
        if complete:
            stat += self._bit("complete")
        return stat + (pair << self._pair_at), borda

    def _fields(self, total: int, name: str, count: int) -> list[int]:
        at, width = self.offset[name], self.width[name]
        mask = (1 << width) - 1
        return [(total >> (at + k * width)) & mask for k in range(count)]

    def unpack(self, total: int, ballots: int) -> Tally:
        n = self.n
        flat = self._fields(total, "pairwise", n * n)
        pairwise = [flat[i * n:(i + 1) * n] for i in range(n)]
        return Tally(
            ballots=ballots,
            pairwise=pairwise,
            borda=[sum(r) for r in pairwise],  # points for each option ranked strictly below
            pos2_sum=self._fields(total, "pos2", n),
            pos2_sq=self._fields(total, "pos2sq", n),
            ranked=self._fields(total, "ranked", n),
            offered=self._fields(total, "offered", n),
            first=self._fields(total, "first", n),
            top3=self._fields(total, "top3", n),
            complete=self._fields(total, "complete", 1)[0],
            complete_rank2=self._fields(total, "crank2", n),
            tie_sum=self._fields(total, "ties", 1)[0],
        )

    def tally(self, profile: Mapping[BallotKey, int]) -> tuple[Tally, list[int]]:
        """The tallies of a profile, and its ballots' Borda vectors in a fixed order (for resampling)."""
        total = 0
        ballots = 0
        boot: list[int] = []
        for key, c in profile.items():
            stat, borda = self.vectors(key)
            total += c * stat
            ballots += c
            boot.extend([borda] * c)
        boot.sort()  # the same ballots give the same resamples, whatever order they came in
        return self.unpack(total, ballots), boot
