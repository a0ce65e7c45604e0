"""Reliability: ``workshop-app serve`` killed with SIGKILL at random moments while phones answer.

Simulated phones (threads, httpx, loopback only) rank, give points and comment, and change their
answers; the server process is killed at a random instant, often mid-commit. Afterwards every
answer a phone saw confirmed is in the file (at the confirmed revision, or at a later revision of
the same ballot that committed just before the kill), and the file passes ``check``. Then the
server is started again on the same file, as a facilitator would. The default run kills 2 times;
``pytest -m slow`` kills 30 times.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import threading
import time
from pathlib import Path

import httpx
import pytest

from workshop_app.domain import Ballot, Comment
from workshop_app.storage.check import check_file
from workshop_app.storage.codec import row_to_record

from .conftest import make_file
from .test_serve_cli import start

PHONES = 8


def phone_loop(url: str, questions: dict[str, list[str]], seed: int, confirmed: list, stop: threading.Event) -> None:
    rng = random.Random(seed)
    base, code = url.rsplit("/j/", 1)
    try:
        with httpx.Client(base_url=base, timeout=10, trust_env=False) as phone:
            phone.get(f"/j/{code}")
            headers = {"Origin": base, "X-CSRF-Token": phone.cookies["wa_csrf"]}
            while not stop.is_set():
                kind = rng.choice(["ranking", "ranking", "points", "comment"])
                if kind == "ranking":
                    order = questions["ranking"][:]
                    rng.shuffle(order)
                    body = {"question_id": questions["ranking_id"][0], "ranking": [[o] for o in order[:rng.randint(1, 5)]]}
                elif kind == "points":
                    a = rng.randint(0, 100)
                    p = questions["points"]
                    body = {"question_id": questions["points_id"][0], "points": {p[0]: a, p[1]: 100 - a}}
                else:
                    body = {"question_id": questions["ranking_id"][0], "text": f"comment {rng.random()} السكن"}
                what = "comment" if kind == "comment" else "answer"
                r = phone.post(f"/api/{code}/{what}", json=body, headers=headers)
                if r.status_code == 200:
                    confirmed.append((what, body, r.json()))
    except (httpx.HTTPError, KeyError):
        return  # the server was killed: this phone saw no confirmation of its last request


def verify(path: Path, confirmed: list) -> None:
    assert check_file(path).exit_code == 0, check_file(path).problems
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        latest: dict[str, tuple[int, dict]] = {}
        for what, body, reply in confirmed:
            if what == "comment":
                row = conn.execute("SELECT * FROM comments WHERE id = ?", [reply["comment_id"]]).fetchone()
                assert row is not None, f"confirmed comment {reply['comment_id']} lost"
                assert row_to_record(Comment, dict(row)).text == body["text"]
            else:
                rev, _ = latest.get(reply["ballot_id"], (0, {}))
                if reply["revision"] >= rev:
                    latest[reply["ballot_id"]] = (reply["revision"], body)
        for ballot_id, (rev, body) in latest.items():
            row = conn.execute("SELECT * FROM ballots WHERE id = ?", [ballot_id]).fetchone()
            assert row is not None, f"confirmed ballot {ballot_id} lost"
            ballot = row_to_record(Ballot, dict(row))
            assert ballot.rev >= rev, f"ballot {ballot_id} at revision {ballot.rev}, confirmed at {rev}"
            if ballot.rev == rev:  # else a later revision committed just before the kill
                stored = ballot.ranking if "ranking" in body else ballot.points
                sent = body.get("ranking", body.get("points"))
                assert json.loads(json.dumps(stored)) == sent, f"ballot {ballot_id} is not what was confirmed"
    finally:
        conn.close()


def kill_rounds(tmp_path: Path, rounds: int, seed: int) -> int:
    path = tmp_path / "kill.workshop"
    sf, _ = make_file(path)
    from workshop_app.domain import Option, Question

    qs = {q.kind: q for q in sf.all(Question)}
    questions = {
        "ranking_id": [qs["ranking"].id], "points_id": [qs["points"].id],
        "ranking": [o.id for o in sf.all(Option, "question = ?", [qs["ranking"].id])],
        "points": [o.id for o in sf.all(Option, "question = ?", [qs["points"].id])],
    }
    sf.close()
    rng = random.Random(seed)
    confirmed: list = []
    for r in range(rounds):
        proc, url = start(path)
        stop = threading.Event()
        phones = [threading.Thread(target=phone_loop, args=(url, questions, seed * 1000 + r * 50 + i, confirmed, stop))
                  for i in range(PHONES)]
        for t in phones:
            t.start()
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        stop.set()
        for t in phones:
            t.join(30)
        verify(path, confirmed)
    return len(confirmed)


def test_serve_killed_twice_loses_no_confirmed_answer(tmp_path):
    assert kill_rounds(tmp_path, rounds=2, seed=3) > 0


@pytest.mark.slow
def test_serve_killed_30_times_loses_no_confirmed_answer(tmp_path):
    n = kill_rounds(tmp_path, rounds=30, seed=11)
    print(f"30 kills survived, {n} confirmed answers verified")
