"""Synthetic sessions for the export tests and the export benchmark (not for people: see demo.py).

Seeded and deterministic. Each session comes from the shipped template (rank the five priorities,
share 100 points, rate the entry points, SWOT), with participants of every stakeholder group, some
of them consenting to be named, ballots of every kind (complete, top-3, with ties), comments in
English, French, Chinese and Arabic, starred quotes, key messages, and one comment holding
characters a Word document cannot (NUL, vertical tab, form feed, U+FFFE).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..domain.model import (
    STAKEHOLDER_GROUPS,
    SWOT_CATEGORIES,
    Ballot,
    Comment,
    KeyMessage,
    Participant,
    Record,
    Session,
)
from ..samples.templates import create_from_template
from ..storage import SessionFile

CONTROL_TEXT = "Tabs\tand lines\nstay; NUL\x00, VT\x0b, FF\x0c and U+FFFE\ufffe do not."

TEXTS = {
    "en": ["Housing finance must reach informal settlements, not only the formal market.",
           "Local governments need direct access to climate funds.",
           "Data on secondary cities is missing; the plan should invest in it.",
           "Recovery plans should build on community networks."],
    "fr": ["Le logement abordable doit rester la priorité des villes africaines.",
           "La planification intégrée manque de moyens au niveau local."],
    "zh": ["住房问题是城市发展的核心，应优先考虑。", "地方政府需要更多的气候融资渠道。"],
    "ar": ["يجب أن يظل السكن الميسور التكلفة أولوية في الخطة.", "تحتاج الحكومات المحلية إلى تمويل مباشر للعمل المناخي."],
}
NAMES = ["Amina Diallo", "Wang Fang", "Carlos Méndez", "Olga Petrova", "فاطمة الزهراء", "John Mwangi",
         "Marie Dubois", "李明", "Ahmed Hassan", "Grace Otieno"]
COUNTRIES = ["Kenya", "Egypt", "China", "France", "Brazil", "Ethiopia", "Senegal", "Mexico", "India", ""]


@dataclass
class SampleSpec:
    title: str = "Dialogue with stakeholders, Nairobi"
    language: str = "en"
    participants: int = 24
    comments: int = 40
    ballots_per_question: int | None = None  # default: one per participant
    event: str = "Africa Urban Forum"
    city: str = "Addis Ababa"
    country: str = "Ethiopia"
    date: str = "2024-09-04"


def _ranking(rng: random.Random, ids: list[str]) -> list[list[str]]:
    order = ids[:]
    rng.shuffle(order)
    kind = rng.random()
    if kind < 0.2:
        return [[o] for o in order[:3]]  # top 3 only
    if kind < 0.3:
        return [order[:2]] + [[o] for o in order[2:]]  # a tie at the top
    return [[o] for o in order]


def _points(rng: random.Random, ids: list[str], budget: int) -> dict[str, int]:
    cuts = sorted(rng.randint(0, budget) for _ in range(len(ids) - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, budget], strict=True)]
    return {o: p for o, p in zip(ids, parts, strict=True) if p}


def build_session(sf: SessionFile, spec: SampleSpec | None = None, *, seed: int = 1,
                  control_comment: bool = True) -> Session:
    """Add one synthetic session to ``sf`` (in one transaction) and return it."""
    spec = spec or SampleSpec()
    rng = random.Random(seed)
    session = create_from_template(
        sf, "unhabitat-2026", title=spec.title, language=spec.language, event=spec.event, venue="Conference room 2",
        city=spec.city, country=spec.country, date=spec.date, audience="Member States and stakeholders",
        facilitator="Grace Wambui", rapporteur="Tomás Herrera",
    )
    data = sf.load_session(session.id)
    records: list[Record] = []
    people = []
    for i in range(spec.participants):
        group = STAKEHOLDER_GROUPS[i % 6] if i % 11 else "other"
        p = Participant(session=session.id, name=f"{NAMES[i % len(NAMES)]} {i}", organisation=f"Organisation {i % 7}",
                        stakeholder_group=group, country=COUNTRIES[i % len(COUNTRIES)], consent_named=i % 3 == 0,
                        seat=f"T{i // 6}-{i % 6}", attributes={"region": ["Africa", "Asia", "Europe"][i % 3]},
                        created_at=f"2024-09-04T08:{i // 60 % 60:02d}:{i % 60:02d}+00:00")
        people.append(p)
    records += people
    for q in data.questions:
        ids = [o.id for o in data.options_of(q.id)]
        voters = people[: spec.ballots_per_question] if spec.ballots_per_question else people
        for p in voters:
            if q.kind == "ranking":
                records.append(Ballot(session=session.id, question=q.id, participant=p.id, ranking=_ranking(rng, ids)))
            elif q.kind == "points":
                records.append(Ballot(session=session.id, question=q.id, participant=p.id,
                                      points=_points(rng, ids, q.budget or 100)))
            elif q.kind == "rating":
                records.append(Ballot(session=session.id, question=q.id, participant=p.id,
                                      ratings={o: rng.randint(q.scale_min, q.scale_max) for o in ids}))
    comments = _comments(rng, spec, session.id, data, people, control_comment)
    records += comments
    records += _key_messages(session.id, data, comments)
    sf.save_all(records)
    return session


def _comments(rng: random.Random, spec: SampleSpec, session_id: str, data, people, control: bool) -> list[Comment]:
    questions = [q for q in data.questions]
    languages = list(TEXTS)
    out = []
    for i in range(spec.comments):
        q = questions[i % len(questions)]
        opts = data.options_of(q.id)
        lang = languages[i % len(languages)] if i % 5 else spec.language if spec.language in TEXTS else "en"
        text = TEXTS[lang][i % len(TEXTS[lang])]
        out.append(Comment(
            session=session_id, question=q.id if i % 9 else None,
            option=opts[i % len(opts)].id if opts and i % 4 else None,
            participant=people[i % len(people)].id if people and i % 6 else None,
            text=text, language=lang, swot=SWOT_CATEGORIES[i % 4] if i % 5 else None,
            tags=["housing"] if i % 2 else [], starred=i % 7 == 0, created_at=f"2024-09-04T10:{i % 60:02d}:00+00:00",
        ))
    if control:
        ranking = next(q for q in questions if q.kind == "ranking")
        out.append(Comment(session=session_id, question=ranking.id, participant=people[0].id if people else None,
                           text=CONTROL_TEXT, language="en", swot="threat", starred=True))
    return out


def _key_messages(session_id: str, data, comments: list[Comment]) -> list[KeyMessage]:
    ranking = next(q for q in data.questions if q.kind == "ranking")
    starred = [c.id for c in comments if c.starred and c.question == ranking.id][:2]
    return [
        KeyMessage(session=session_id, question=ranking.id, position=0, quotes=starred,
                   text="Housing and climate action lead; governance is ranked lower but divides the room."),
        KeyMessage(session=session_id, question=None, position=0,
                   text="Participants ask for a plan that puts local governments and finance first."),
    ]


def build_master(sf: SessionFile, *, sessions: int = 50, participants: int = 2000, comments: int = 20000,
                 ballots: int = 5000, seed: int = 7) -> list[Session]:
    """A merged master of ``sessions`` synthetic sessions with the given totals.

    ``ballots`` counts ballots over all questions (three scored questions per session).
    """
    out = []
    languages = ["en", "fr", "es", "en", "zh", "ar"]
    per_question = max(1, ballots // (sessions * 3))
    for k in range(sessions):
        spec = SampleSpec(title=f"Dialogue {k + 1}", language=languages[k % len(languages)],
                          participants=participants // sessions, comments=comments // sessions,
                          ballots_per_question=min(per_question, participants // sessions),
                          event=["Africa Urban Forum", "WUF12", "UN Civil Society Conference"][k % 3],
                          city=["Addis Ababa", "Cairo", "Nairobi"][k % 3], date=f"2024-{(k % 9) + 1:02d}-15")
        out.append(build_session(sf, spec, seed=seed + k, control_comment=k == 0))
    return out
