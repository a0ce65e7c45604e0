"""Cost of one durable insert through the storage layer vs a raw sqlite3 insert+commit.

Both sides use the same file settings (WAL, synchronous=FULL, foreign keys on), so the ratio
shows what the app adds on top of the unavoidable fsync. Target: ≤ 1.5×.

    python bench/capture.py [--n 300]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from workshop_app.domain import Ballot, Comment
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile
from workshop_app.storage.sessionfile import PRAGMAS

TARGET = 1.5


def timed(fn, n: int) -> list[float]:
    out = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - t)
    return out


def p99(xs: list[float]) -> float:
    return sorted(xs)[int(len(xs) * 0.99) - 1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sf = SessionFile.create(tmp / "app.workshop")
        session = create_from_template(sf, "unhabitat-2026", title="bench")
        data = sf.load_session(session.id)
        q = next(q for q in data.questions if q.kind == "ranking")
        opts = [o.id for o in data.options_of(q.id)]
        raw = sqlite3.connect(tmp / "raw.db", isolation_level=None)
        for pragma in PRAGMAS:
            raw.execute(pragma)
        raw.execute("CREATE TABLE comments (id TEXT PRIMARY KEY, session TEXT, text TEXT, tags TEXT, swot TEXT,"
                    " rev INTEGER, hash TEXT, chain TEXT, deleted INTEGER)")

        def raw_insert(i: int) -> None:
            raw.execute("BEGIN")
            raw.execute("INSERT INTO comments VALUES (?, ?, ?, ?, ?, 1, ?, '[]', 0)",
                        [str(uuid.uuid4()), session.id, f"comment {i} " * 20, json.dumps(["housing"]), "strength",
                         uuid.uuid4().hex])
            raw.execute("COMMIT")

        # Interleaved, so that both sides see the same disk and cache conditions.
        floor: list[float] = []
        app_comment: list[float] = []
        app_ballot: list[float] = []
        for i in range(args.n):
            floor += timed(raw_insert, 1)
            app_comment += timed(lambda i: sf.save(Comment(session=session.id, text=f"comment {i} " * 20,
                                                           tags=["housing"], swot="strength")), 1)
            app_ballot += timed(lambda i: sf.save(Ballot(session=session.id, question=q.id,
                                                         ranking=[[o] for o in opts[i % 5:] + opts[:i % 5]])), 1)
        sf.close()
        raw.close()
    f_med = statistics.median(floor)
    print(f"{'what':32} {'median ms':>10} {'p99 ms':>8} {'ratio':>6}  target")
    print(f"{'raw sqlite3 insert+commit':32} {f_med * 1e3:10.2f} {p99(floor) * 1e3:8.2f} {1:6.2f}  (floor)")
    for name, xs in (("comment via SessionFile.save", app_comment), ("ballot via SessionFile.save", app_ballot)):
        med = statistics.median(xs)
        ratio = med / f_med
        verdict = "ok" if ratio <= TARGET else "OVER"
        print(f"{name:32} {med * 1e3:10.2f} {p99(xs) * 1e3:8.2f} {ratio:6.2f}  ≤ {TARGET}× {verdict}")


if __name__ == "__main__":
    main()
