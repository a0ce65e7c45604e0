"""Small builders shared by the storage and CLI tests."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain import Ballot, Comment, Participant
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile


def filled_file(path: Path, *, comments: int = 3) -> tuple[SessionFile, str]:
    """A file from the shipped template with two participants, a ranking ballot and comments (left open)."""
    sf = SessionFile.create(path)
    session = create_from_template(sf, "unhabitat-2026", title="Test dialogue", city="Nairobi")
    data = sf.load_session(session.id)
    ranking_q = next(q for q in data.questions if q.kind == "ranking")
    opts = data.options_of(ranking_q.id)
    ana = sf.save(Participant(session=session.id, name="Ana Souza", organisation="UN-Habitat",
                              stakeholder_group="un_system", country="Brazil", consent_named=True))
    sf.save(Participant(session=session.id, seat="Table 3, seat 2", stakeholder_group="member_state"))
    sf.save(Ballot(session=session.id, question=ranking_q.id, participant=ana.id,
                   ranking=[[opts[2].id], [opts[0].id, opts[1].id]]))
    for i in range(comments):
        sf.save(Comment(session=session.id, question=ranking_q.id, option=opts[i % len(opts)].id,
                        participant=ana.id, text=f"Comment {i}: 住房 السكن", swot="strength", tags=["housing"]))
    return sf, session.id
