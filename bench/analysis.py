"""Time the ranking analysis on large synthetic ballots.

    PYTHONPATH=src python bench/analysis.py [--ballots 10000] [--options 12] [--repeat 3]

Ballots (seeded) are a mix: half complete rankings, three in ten top-5 rankings, two in ten
complete rankings with ties. Preferences are noisy around a common order, so the statistics
have something to find. Every statistic is computed, bootstrap included (200 resamples), and
the time is compared with the 0.5 s target for 10,000 ballots over 12 options; the time per
ballot at 1,000 / 5,000 / 10,000 / 20,000 ballots shows whether growth is linear. A second
line per size adds a breakdown by stakeholder group (each group gets the full table too).
The floor is the least any pure-Python analysis must do: look up every option id of every
ballot once; "x floor" is the analysis time as a multiple of it.
"""

from __future__ import annotations

import argparse
import random
import time

from workshop_app.analysis import analyse_question
from workshop_app.domain.model import STAKEHOLDER_GROUPS, Ballot, Option, Participant, Question

TARGET_SECONDS = 0.5
TARGET_BALLOTS = 10_000


def make_data(n_ballots: int, n_options: int, seed: int = 1):
    rng = random.Random(seed)
    q = Question(session="bench", kind="ranking", prompt="Bench")
    options = [Option(question=q.id, label=f"Priority {i + 1}", key=f"P{i + 1}", position=i) for i in range(n_options)]
    ids = [o.id for o in options]
    base = [rng.gauss(0, 1.0) for _ in ids]
    participants: list[Participant] = []
    ballots: list[Ballot] = []
    for _ in range(n_ballots):
        p = Participant(session="bench", stakeholder_group=rng.choice(STAKEHOLDER_GROUPS),
                        country=rng.choice(["Kenya", "Egypt", "中国", "Brasil", "France"]))
        participants.append(p)
        order = sorted(ids, key=lambda i, b=dict(zip(ids, base, strict=True)): -(b[i] + rng.gauss(0, 1.2)))
        kind = rng.random()
        if kind < 0.5:
            tiers = [[x] for x in order]
        elif kind < 0.8:
            tiers = [[x] for x in order[:5]]
        else:
            tiers = []
            for x in order:
                if tiers and rng.random() < 0.3:
                    tiers[-1].append(x)
                else:
                    tiers.append([x])
        ballots.append(Ballot(session="bench", question=q.id, participant=p.id, ranking=tiers))
    return q, options, ballots, participants


def floor_pass(options, ballots) -> int:
    index = {o.id: i for i, o in enumerate(options)}
    total = 0
    for b in ballots:
        for tier in b.ranking:
            for oid in tier:
                total += index[oid]
    return total


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--options", type=int, default=12)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--bootstrap", type=int, default=200)
    args = ap.parse_args()

    print(f"Ranking analysis, {args.options} options, every statistic, {args.bootstrap} bootstrap resamples "
          f"(best of {args.repeat})")
    print(f"{'ballots':>8}  {'seconds':>8}  {'µs/ballot':>9}  {'ratio to 1k':>11}  {'x floor':>7}  "
          f"{'+groups s':>9}  {'µs/ballot':>9}")
    per_ballot_1k = None
    at_target = None
    for n in (1_000, 5_000, 10_000, 20_000):
        q, options, ballots, participants = make_data(n, args.options)
        t = best_of(args.repeat, lambda q=q, o=options, b=ballots, p=participants:
                    analyse_question(q, o, b, p, bootstrap=args.bootstrap))
        tg = best_of(args.repeat, lambda q=q, o=options, b=ballots, p=participants:
                     analyse_question(q, o, b, p, by="stakeholder_group", bootstrap=args.bootstrap))
        floor = best_of(args.repeat, lambda o=options, b=ballots: floor_pass(o, b))
        per = t / n * 1e6
        per_ballot_1k = per_ballot_1k or per
        if n == TARGET_BALLOTS:
            at_target = t
        print(f"{n:>8,}  {t:>8.3f}  {per:>9.1f}  {per / per_ballot_1k:>11.2f}  {t / floor:>7.0f}  "
              f"{tg:>9.3f}  {tg / n * 1e6:>9.1f}")
    if at_target is not None:
        verdict = "within" if at_target <= TARGET_SECONDS else "OVER"
        print(f"\n{TARGET_BALLOTS:,} ballots: {at_target:.3f} s against a target of {TARGET_SECONDS} s "
              f"({at_target / TARGET_SECONDS:.2f} of target, {verdict}).")
    print("A time-per-ballot ratio near 1.0 at every size means the cost grows linearly with ballots.")


if __name__ == "__main__":
    main()
