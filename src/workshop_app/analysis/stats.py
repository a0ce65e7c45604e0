"""Small statistics written out in pure Python: the chi-square tail, Kendall's W, summaries.

The chi-square p-value needs the regularised upper incomplete gamma function Q(a, x); it is
computed with the usual power series below ``x < a + 1`` and a continued fraction (modified
Lentz) above, both to about 1e-14 relative accuracy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .results import Kendall

_EPS = 1e-15
_TINY = 1e-300
_MAX_ITER = 10_000

MIN_COMPLETE_BALLOTS = 3

# Upper bounds of the bands used to read Kendall's W for people (see docs/analysis.md).
W_BANDS: tuple[tuple[float, str], ...] = (
    (0.1, "very weak agreement"),
    (0.3, "weak agreement"),
    (0.5, "moderate agreement"),
    (0.7, "strong agreement"),
    (math.inf, "very strong agreement"),
)
W_BAND_KEYS = ("very_weak", "weak", "moderate", "strong", "very_strong")  # the bands' keys, in the same order


def _lower_series(a: float, x: float) -> float:
    """P(a, x) by its power series; converges fast when x < a + 1."""
    term = 1.0 / a
    total = term
    denom = a
    for _ in range(_MAX_ITER):
        denom += 1.0
        term *= x / denom
        total += term
        if abs(term) < abs(total) * _EPS:
            break
    return total * math.exp(-x + a * math.log(x) - math.lgamma(a))


def _upper_fraction(a: float, x: float) -> float:
    """Q(a, x) by its continued fraction (modified Lentz); converges fast when x >= a + 1."""
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_ITER):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < _TINY:
            d = _TINY
        c = b + an / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def gamma_q(a: float, x: float) -> float:
    """The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a)."""
    if a <= 0:
        raise ValueError("gamma_q needs a > 0")
    if x <= 0:
        return 1.0
    if x < a + 1.0:
        return max(0.0, 1.0 - _lower_series(a, x))
    return min(1.0, _upper_fraction(a, x))


def chi_square_p(statistic: float, df: int) -> float:
    """P(X >= statistic) for X chi-square distributed with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    if statistic <= 0:
        return 1.0
    return gamma_q(df / 2.0, statistic / 2.0)


def w_band(w: float) -> str:
    """The key of the band a value of Kendall's W falls in ("moderate")."""
    for (upper, _), key in zip(W_BANDS, W_BAND_KEYS, strict=True):
        if w < upper:
            return key
    return W_BAND_KEYS[-1]


def read_w(w: float) -> str:
    """The English band name for a value of Kendall's W."""
    return W_BANDS[W_BAND_KEYS.index(w_band(w))][1]


def format_p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def kendall_w(m: int, n: int, rank_sums: Sequence[float], tie_sum: float) -> Kendall:
    """Kendall's W with tie correction, and Friedman's chi-square test of it.

    ``m`` complete ballots over ``n`` options; ``rank_sums[i]`` is the sum over ballots of the
    option's mid-rank; ``tie_sum`` is the sum over ballots and tied groups of t³ - t.
    W = 12 S / (m²(n³ - n) - m·tie_sum), S the squared deviations of the rank sums from their
    mean; chi-square = m (n - 1) W on n - 1 degrees of freedom.
    """
    if m < MIN_COMPLETE_BALLOTS:
        return Kendall(None, None, None, None, m, f"Not enough complete ballots ({m}; at least 3 are needed).",
                       note="too_few")
    if n < 2:
        return Kendall(None, None, None, None, m, "Only one option: there is nothing to agree on.", note="one_option")
    mean = m * (n + 1) / 2.0
    s = sum((r - mean) ** 2 for r in rank_sums)
    denom = m * m * (n**3 - n) - m * tie_sum
    if denom <= 0:
        return Kendall(None, None, None, None, m, "Every complete ballot ties all options: agreement cannot be measured.",
                       note="all_tied")
    w = min(1.0, max(0.0, 12.0 * s / denom))
    chi2 = m * (n - 1) * w
    p = chi_square_p(chi2, n - 1)
    reading = f"{read_w(w).capitalize()} (W = {w:.2f}, {format_p(p)}, {m} complete ballots)."
    return Kendall(w, chi2, n - 1, p, m, reading, band=w_band(w))


def kendall_w_from_ranks(rows: Sequence[Sequence[float]]) -> Kendall:
    """W from a table of mid-ranks, one row per rater (each row ranks the same n items).

    A convenience for checking worked examples; the ranking analysis calls :func:`kendall_w`.
    """
    m = len(rows)
    n = len(rows[0]) if rows else 0
    sums = [0.0] * n
    tie_sum = 0.0
    for row in rows:
        counts: dict[float, int] = {}
        for i, r in enumerate(row):
            sums[i] += r
            counts[r] = counts.get(r, 0) + 1
        tie_sum += sum(t**3 - t for t in counts.values())
    return kendall_w(m, n, sums, tie_sum)


def percentile_bounds(values: list[int], level: float) -> list[int]:
    """The central ``level`` interval of ``values``: the values at the (1-level)/2 and (1+level)/2
    quantiles of the sorted list (nearest rank, no interpolation, so the bounds are observed values)."""
    ordered = sorted(values)
    k = len(ordered)
    tail = (1.0 - level) / 2.0
    cut = round(tail * k, 9)  # 0.05 * 200 must be 10, not 9.999...
    lo = ordered[min(k - 1, math.floor(cut))]
    hi = ordered[max(0, math.ceil(k - cut) - 1)]
    return [lo, hi]
