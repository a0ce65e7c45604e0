"""A small, seeded session with ballots and comments for the results tests, benchmark and screenshots.

No Qt here. The demo generator (:mod:`workshop_app.samples.demo`) makes the realistic sessions; this only
makes exactly the shape a test asks for (so many ballots, these group sizes), fast.
"""

from __future__ import annotations

import random

from ..domain.model import Ballot, Comment, Participant, Question, Session
from ..samples.templates import create_from_template
from ..storage import SessionFile

DEFAULT_GROUPS = {"member_state": 6, "civil_society": 5, "un_system": 4, "academia": 3}
COMMENTS = [
    ("strength", "Country offices know local governments well; build the plan on that."),
    ("weakness", "Housing programmes reach too few informal settlements."),
    ("opportunity", "Climate finance could fund upgrading if cities can prepare bankable projects."),
    ("threat", "Shrinking core funding makes long-term commitments hard."),
    ("opportunity", "地方政府需要更多数据能力来落实可持续发展目标。"),
    ("strength", "التخطيط الحضري المتكامل هو نقطة قوة البرنامج."),
]


def question_of(sf: SessionFile, session: Session, kind: str) -> Question:
    return next(q for q in sf.all(Question, "session = ?", [session.id]) if q.kind == kind)


def add_ballots(sf: SessionFile, session: Session, groups: dict[str, int], *, seed: int = 1,
                names: bool = True) -> list[Participant]:
    """One participant per seat in ``groups`` (group -> how many), each with a ranking, points and
    ratings ballot. Preferences are noisy around a common order, so the results say something."""
    rng = random.Random(seed)
    data = sf.load_session(session.id)
    ranking = next(q for q in data.questions if q.kind == "ranking")
    points = next(q for q in data.questions if q.kind == "points")
    rating = next(q for q in data.questions if q.kind == "rating")
    r_opts = data.options_of(ranking.id)
    weight = {o.id: w for o, w in zip(r_opts, (1.4, 0.6, 1.1, 0.9, 0.2), strict=False)}
    records: list = []
    people: list[Participant] = []
    for group, count in groups.items():
        for _ in range(count):
            n = len(people) + 1
            p = Participant(session=session.id, name=f"Delegate Name{n:04d}" if names else "",
                            organisation=f"Organisation {n}", stakeholder_group=group,
                            consent_named=n % 2 == 0, seat=f"S{n}")
            people.append(p)
            order = sorted(weight, key=lambda oid: -(weight[oid] + rng.gauss(0, 0.8)))
            cut = len(order) if rng.random() < 0.8 else 3
            split = rng.sample(range(100), len(order) - 1)
            split.sort()
            shares = [b - a for a, b in zip([0, *split], [*split, 100], strict=True)]
            records += [
                p,
                Ballot(session=session.id, question=ranking.id, participant=p.id, ranking=[[o] for o in order[:cut]]),
                Ballot(session=session.id, question=points.id, participant=p.id,
                       points={o.id: s for o, s in zip(data.options_of(points.id), shares, strict=False)}),
                Ballot(session=session.id, question=rating.id, participant=p.id,
                       ratings={o.id: rng.randint(2, 5) for o in data.options_of(rating.id)}),
            ]
    sf.save_all(records)
    return people


def add_comments(sf: SessionFile, session: Session, people: list[Participant], *, starred: int = 3) -> list[Comment]:
    data = sf.load_session(session.id)
    ranking = next(q for q in data.questions if q.kind == "ranking")
    options = data.options_of(ranking.id)
    comments = [
        Comment(session=session.id, question=ranking.id, option=options[i % len(options)].id,
                participant=people[i % len(people)].id if people else None, text=text, swot=swot,
                language="zh" if "地方" in text else "ar" if "التخطيط" in text else "en",
                tags=["finance"] if "finance" in text else ["data"] if i % 2 else [], starred=i < starred)
        for i, (swot, text) in enumerate(COMMENTS)
    ]
    sf.save_all(comments)
    return comments


def build_results_sample(sf: SessionFile, *, groups: dict[str, int] | None = None, seed: int = 1,
                         title: str = "Dialogue with partners on the strategic plan 2026–2029",
                         language: str = "en") -> Session:
    """A session from the UN-Habitat template with ballots from ``groups`` and a few comments."""
    session = create_from_template(sf, "unhabitat-2026", title=title, language=language,
                                   event="Africa Urban Forum", city="Addis Ababa", country="Ethiopia")
    people = add_ballots(sf, session, groups or DEFAULT_GROUPS, seed=seed)
    add_comments(sf, session, people)
    return session
