"""The statistics written by hand: the chi-square tail and Kendall's W (with and without ties)."""

from __future__ import annotations

import math

import pytest

from workshop_app.analysis.stats import (
    chi_square_p,
    gamma_q,
    kendall_w,
    kendall_w_from_ranks,
    percentile_bounds,
    read_w,
)

# Critical values from printed chi-square tables (upper tail), three decimals.
TABLE = [
    (1, 3.841, 0.05), (1, 6.635, 0.01), (2, 5.991, 0.05), (3, 7.815, 0.05), (4, 13.277, 0.01),
    (5, 11.070, 0.05), (10, 18.307, 0.05), (10, 23.209, 0.01), (20, 31.410, 0.05), (30, 43.773, 0.05),
    (11, 19.675, 0.05), (11, 24.725, 0.01), (6, 16.812, 0.01), (8, 2.733, 0.95),
]


@pytest.mark.parametrize(("df", "x", "p"), TABLE)
def test_chi_square_matches_printed_tables(df, x, p):
    assert chi_square_p(x, df) == pytest.approx(p, abs=2e-4)


@pytest.mark.parametrize("x", [0.01, 0.5, 1.0, 2.0, 3.5, 7.0, 15.0, 40.0, 120.0])
def test_chi_square_matches_closed_forms(x):
    # df = 2: exp(-x/2); df = 1: erfc(sqrt(x/2)); df = 4: exp(-x/2)(1 + x/2)
    assert chi_square_p(x, 2) == pytest.approx(math.exp(-x / 2), rel=1e-12, abs=1e-300)
    assert chi_square_p(x, 1) == pytest.approx(math.erfc(math.sqrt(x / 2)), rel=1e-10, abs=1e-300)
    assert chi_square_p(x, 4) == pytest.approx(math.exp(-x / 2) * (1 + x / 2), rel=1e-12, abs=1e-300)


def test_gamma_q_edges():
    assert gamma_q(3.0, 0.0) == 1.0
    assert gamma_q(0.5, 1e-12) == pytest.approx(1.0, abs=1e-5)
    assert gamma_q(5.0, 1000.0) == pytest.approx(0.0, abs=1e-300)
    # Q(a, x) for integer a is the Poisson sum e^-x sum_{k<a} x^k/k!
    for a in (1, 3, 7, 12):
        for x in (0.3, 4.0, a + 1.0, 25.0):
            poisson = math.exp(-x) * sum(x**k / math.factorial(k) for k in range(a))
            assert gamma_q(a, x) == pytest.approx(poisson, rel=1e-11)
    with pytest.raises(ValueError):
        gamma_q(0, 1.0)
    assert chi_square_p(0.0, 3) == 1.0


def test_kendall_w_without_ties_worked_example():
    # 3 raters, 4 items. Rank sums 4, 6, 8, 12; mean 7.5; S = 12.25 + 2.25 + 0.25 + 20.25 = 35.
    # W = 12 S / (m^2 (n^3 - n)) = 420 / 540 = 7/9.
    k = kendall_w_from_ranks([[1, 2, 3, 4], [2, 1, 3, 4], [1, 3, 2, 4]])
    assert k.w == pytest.approx(7 / 9)
    assert k.chi_square == pytest.approx(3 * 3 * 7 / 9)  # m (n - 1) W = 7
    assert k.df == 3
    assert k.p_value == pytest.approx(chi_square_p(7.0, 3))
    assert k.ballots == 3


def test_kendall_w_with_ties_checked_against_friedman_formula():
    rows = [[1, 2, 3, 4], [3, 1.5, 1.5, 4], [2.5, 4, 1, 2.5]]
    # By hand: rank sums 6.5, 7.5, 5.5, 10.5 (mean 7.5): S = 1 + 0 + 4 + 9 = 14.
    # Ties: one pair on each of rows 2 and 3: T = 2 * (2^3 - 2) = 12.
    # W = 12 * 14 / (9 * 60 - 3 * 12) = 168 / 504 = 1/3.
    k = kendall_w_from_ranks(rows)
    assert k.w == pytest.approx(1 / 3)
    # Friedman's tie-corrected statistic, computed the textbook way, must equal m (n-1) W.
    m, n = 3, 4
    sums = [6.5, 7.5, 5.5, 10.5]
    q = (12 / (m * n * (n + 1)) * sum(r * r for r in sums) - 3 * m * (n + 1)) / (1 - 12 / (m * (n**3 - n)))
    assert q == pytest.approx(3.0)
    assert k.chi_square == pytest.approx(q)
    assert k.p_value == pytest.approx(0.3916251, abs=1e-6)
    # Without the correction W would be 168 / 540: the correction raises it.
    assert 168 / 540 < k.w


def test_kendall_w_extremes_and_refusals():
    assert kendall_w_from_ranks([[1, 2, 3]] * 5).w == pytest.approx(1.0)
    opposite = kendall_w_from_ranks([[1, 2, 3], [3, 2, 1], [2, 2, 2], [2, 2, 2]])
    assert opposite.w == pytest.approx(0.0)
    few = kendall_w(2, 4, [3, 4, 5, 8], 0)
    assert few.w is None and "Not enough complete ballots" in few.reading
    all_tied = kendall_w_from_ranks([[2, 2, 2]] * 3)
    assert all_tied.w is None


@pytest.mark.parametrize(("w", "words"), [
    (0.0, "very weak"), (0.09, "very weak"), (0.1, "weak"), (0.29, "weak"), (0.3, "moderate"),
    (0.5, "strong"), (0.69, "strong"), (0.7, "very strong"), (1.0, "very strong"),
])
def test_w_bands(w, words):
    assert read_w(w) == f"{words} agreement"


def test_percentile_bounds_are_observed_values():
    values = list(range(1, 201))  # 1..200
    assert percentile_bounds(values, 0.90) == [11, 190]
    assert percentile_bounds([4] * 10, 0.9) == [4, 4]
    assert percentile_bounds([1, 2], 0.9) == [1, 2]
