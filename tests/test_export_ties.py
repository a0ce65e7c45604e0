"""Tied options in the by-group tables follow the tie-break rule the methodology states (issue 15):
the group table showed a shared rank ("1, 1") where the main table and the annex order the tie."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from workshop_app.cli import cli
from workshop_app.domain.model import Ballot, Option, Participant, Question, Session
from workshop_app.storage import SessionFile


def test_a_tie_within_a_group_is_broken_as_in_the_main_table(tmp_path):
    path = tmp_path / "tie.workshop"
    with SessionFile.create(path) as sf:
        s = Session(title="Tie")
        q = Question(session=s.id, kind="ranking", prompt="Rank")
        a, b, c = (Option(question=q.id, label=label, position=i) for i, label in enumerate(["Alpha", "Beta", "Gamma"]))
        people = [Participant(session=s.id, name=f"P{i}", stakeholder_group="member_state") for i in range(4)]
        orders = [[a, b, c], [b, a, c], [a, b, c], [b, a, c]]  # Alpha and Beta tie on Borda in the group
        ballots = [Ballot(session=s.id, question=q.id, participant=p.id, ranking=[[o.id] for o in order])
                   for p, order in zip(people, orders, strict=True)]
        sf.save_all([s, q, a, b, c, *people, *ballots])
    out = tmp_path / "tie.docx"
    result = CliRunner().invoke(cli, ["export", str(path), "--format", "docx", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    main = next(t for t in document.tables if t.rows[0].cells[0].text == "#")
    main_order = {row.cells[1].text: row.cells[0].text for row in main.rows[1:]}
    group = next(t for t in document.tables if "Member State" in t.rows[0].cells[-1].text)
    group_places = {row.cells[0].text: row.cells[-1].text for row in group.rows[1:]}
    assert group_places["Alpha"] != group_places["Beta"]
    assert {k: v for k, v in group_places.items()} == {k: v for k, v in main_order.items()}
