"""Points (budget allocation) and rating questions: totals, means, medians, spread, distribution.

Points: an option a ballot gives no points to counts as 0 on that ballot (the budget went
elsewhere), so every ballot counts for every option. Ratings: an option a ballot does not rate is
left out of that option's figures (``responses`` says how many rated it). The standard deviation
is the sample one (n - 1), as spreadsheets compute it, and needs two responses.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.model import Ballot, Question
from .results import OptionScore, ScoreResult


@dataclass
class ScoreSpec:
    question_id: str
    prompt: str
    kind: str  # "points" or "rating"
    option_ids: list[str]
    keys: list[str | None]
    labels: list[str]
    budget: int | None
    scale_min: int | None
    scale_max: int | None


def spec_for(question: Question, option_ids: list[str], keys: list[str | None], labels: list[str]) -> ScoreSpec:
    rating = question.kind == "rating"
    return ScoreSpec(
        question.id, question.prompt, question.kind, option_ids, keys, labels,
        budget=None if rating else question.budget,
        scale_min=question.scale_min if rating else None,
        scale_max=question.scale_max if rating else None,
    )


def ballot_values(ballot: Ballot, spec: ScoreSpec) -> dict[str, int] | None:
    """The ballot's numbers for this question's options, or None if it holds none usable."""
    raw = ballot.ratings if spec.kind == "rating" else ballot.points
    if not raw:
        return None
    valid = set(spec.option_ids)
    values: dict[str, int] = {}
    for oid, v in raw.items():
        if oid not in valid or isinstance(v, bool) or not isinstance(v, int | float):
            continue
        v = int(v)
        if spec.kind == "rating" and spec.scale_min is not None and spec.scale_max is not None:
            if not spec.scale_min <= v <= spec.scale_max:
                continue
        elif v < 0:
            continue
        values[oid] = v
    return values or None


def score_ballots(spec: ScoreSpec, ballots: Sequence[dict[str, int]], *, ignored: int = 0,
                  offered_only: bool = False) -> ScoreResult:
    """The table for a list of already-checked ballots (as ``option id -> value`` dicts).

    ``offered_only``: a points ballot counts only for the options it names (pooled sessions fill in 0
    for the options their question offered, so an option another session lacked is not diluted)."""
    rows: list[OptionScore] = []
    points = spec.kind == "points"
    totals: list[int] = []
    for oid in spec.option_ids:
        if points and not offered_only:
            vals = [b.get(oid, 0) for b in ballots]
        else:
            vals = [b[oid] for b in ballots if oid in b]
        totals.append(sum(vals))
        rows.append(_row(spec, oid, vals))
    grand = sum(totals)
    for row in rows:
        row.share = (row.total / grand if grand else 0.0) if points else None
    if points:
        rows.sort(key=lambda r: (-r.total, r.label.casefold(), r.option_id))
    else:
        rows.sort(key=lambda r: (-(r.mean if r.mean is not None else float("-inf")), -r.responses,
                                 r.label.casefold(), r.option_id))
    for pos, row in enumerate(rows, start=1):
        row.position = pos
    return ScoreResult(
        question_id=spec.question_id,
        prompt=spec.prompt,
        kind=spec.kind,
        ballots=len(ballots),
        ignored=ignored,
        options=rows,
        budget=spec.budget,
        scale_min=spec.scale_min,
        scale_max=spec.scale_max,
    )


def _row(spec: ScoreSpec, oid: str, vals: list[int]) -> OptionScore:
    i = spec.option_ids.index(oid)
    counts = Counter(vals)
    if spec.kind == "rating" and spec.scale_min is not None and spec.scale_max is not None:
        distribution = [[v, counts.get(v, 0)] for v in range(spec.scale_min, spec.scale_max + 1)]
    else:
        distribution = [[v, counts[v]] for v in sorted(counts)]
    return OptionScore(
        option_id=oid,
        key=spec.keys[i],
        label=spec.labels[i],
        position=0,
        responses=len(vals),
        total=sum(vals),
        mean=statistics.fmean(vals) if vals else None,
        median=float(statistics.median(vals)) if vals else None,
        sd=statistics.stdev(vals) if len(vals) >= 2 else None,
        share=None,
        distribution=distribution,
    )
