"""Child process for the crash test: a scripted capture session through the storage layer.

It prints one line per acknowledged commit — ``ACK <table> <id> <hash> <deleted>`` — only after
``save``/``delete`` has returned, i.e. after the commit reached the disk. The parent kills it with
SIGKILL at a random moment and checks the file against what was acknowledged.
"""

from __future__ import annotations

import random
import sys

from workshop_app.domain import Ballot, Comment, Participant
from workshop_app.storage import SessionFile


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    sf = SessionFile.open(path)
    session = sf.sessions()[0]
    data = sf.load_session(session.id)
    ranking = next(q for q in data.questions if q.kind == "ranking")
    points = next(q for q in data.questions if q.kind == "points")
    r_opts = [o.id for o in data.options_of(ranking.id)]
    p_opts = [o.id for o in data.options_of(points.id)]
    people: list[Participant] = []
    comments: list[Comment] = []

    def ack(record) -> None:
        print("ACK", record.TABLE, record.id, record.hash, int(record.deleted), flush=True)

    step = 0
    while True:
        step += 1
        action = rng.random()
        if action < 0.15 or not people:
            p = sf.save(Participant(session=session.id, name=f"Person {step} 王 علي",
                                    stakeholder_group=rng.choice(["member_state", "civil_society", "academia"])))
            people.append(p)
            ack(p)
        elif action < 0.35:
            order = r_opts[:]
            rng.shuffle(order)
            cut = rng.randint(1, len(order))
            b = sf.save(Ballot(session=session.id, question=ranking.id, participant=rng.choice(people).id,
                               ranking=[[o] for o in order[:cut]]))
            ack(b)
        elif action < 0.45:
            a = rng.randint(0, 100)
            b = sf.save(Ballot(session=session.id, question=points.id, participant=rng.choice(people).id,
                               points={p_opts[0]: a, p_opts[1]: 100 - a}))
            ack(b)
        elif action < 0.80 or not comments:
            c = sf.save(Comment(session=session.id, text=f"comment {step} " + "x" * rng.randint(0, 3000),
                                participant=rng.choice(people).id, tags=["t"]))
            comments.append(c)
            ack(c)
        elif action < 0.92:
            c = rng.choice(comments)
            c.text = c.text + " edited"
            c.starred = not c.starred
            ack(sf.save(c))
        else:
            c = comments.pop(rng.randrange(len(comments)))
            ack(sf.delete(c))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
