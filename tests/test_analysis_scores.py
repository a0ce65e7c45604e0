"""Points, ratings, open questions and comments, checked against figures worked out by hand."""

from __future__ import annotations

import pytest

from workshop_app.analysis import analyse_question, summarise_comments
from workshop_app.domain.model import Ballot, Comment, Option, Participant, Question


def test_points_by_hand():
    q = Question(session="s", kind="points", prompt="Share 10 points", budget=10)
    x, y, z = (Option(question=q.id, label=lab, position=i) for i, lab in enumerate("XYZ"))
    alloc = [{x.id: 5, y.id: 5}, {x.id: 10}, {y.id: 2, z.id: 8}, {x.id: 4, y.id: 3, z.id: 3}]
    ballots = [Ballot(session="s", question=q.id, points=a) for a in alloc]
    ballots.append(Ballot(session="s", question=q.id, points={x.id: 10}, deleted=True))
    r = analyse_question(q, [x, y, z], ballots, [])
    assert r.kind == "points" and r.ballots == 4 and r.budget == 10
    assert [row.label for row in r.options] == ["X", "Z", "Y"]
    rx, rz, ry = r.options
    assert (rx.total, ry.total, rz.total) == (19, 10, 11)
    assert rx.mean == pytest.approx(4.75) and rx.median == pytest.approx(4.5)
    assert rx.sd == pytest.approx((50.75 / 3) ** 0.5)  # sample SD: squared deviations 50.75 over n - 1
    assert rz.median == pytest.approx(1.5)
    assert (rx.share, rz.share, ry.share) == (pytest.approx(0.475), pytest.approx(0.275), pytest.approx(0.25))
    assert rx.distribution == [[0, 1], [4, 1], [5, 1], [10, 1]]
    assert rx.responses == 4  # an option given no points counts as 0 on that ballot


def test_ratings_by_hand():
    q = Question(session="s", kind="rating", prompt="Rate", scale_min=1, scale_max=5)
    p, qq = Option(question=q.id, label="P", position=0), Option(question=q.id, label="Q", position=1)
    ratings = [{p.id: 5, qq.id: 3}, {p.id: 4}, {p.id: 5, qq.id: 1}, {qq.id: 2}, {p.id: 7}, {}]
    ballots = [Ballot(session="s", question=q.id, ratings=r) for r in ratings]
    r = analyse_question(q, [p, qq], ballots, [])
    assert r.ballots == 4 and r.ignored == 2  # a rating off the scale is dropped; nothing left -> ignored
    rp, rq = r.options
    assert rp.label == "P" and rp.responses == 3 and rp.mean == pytest.approx(14 / 3) and rp.median == 5
    assert rq.mean == pytest.approx(2.0) and rq.sd == pytest.approx(1.0)
    assert rp.distribution == [[1, 0], [2, 0], [3, 0], [4, 1], [5, 2]]
    assert rp.share is None and r.scale_min == 1 and r.scale_max == 5


def test_empty_scores():
    q = Question(session="s", kind="rating", prompt="Rate")
    o = Option(question=q.id, label="Only")
    r = analyse_question(q, [o], [], [])
    assert r.options[0].mean is None and r.options[0].sd is None and r.ballots == 0


def test_comment_counts_and_quotes_respect_consent():
    q = Question(session="s", kind="open", prompt="SWOT")
    opt = Option(question=q.id, label="Housing")
    named = Participant(session="s", name="Ana Souza", organisation="UN-Habitat", consent_named=True,
                        stakeholder_group="un_system")
    shy = Participant(session="s", name="Hidden Name", consent_named=False, stakeholder_group="academia")
    people = [named, shy] + [Participant(session="s", stakeholder_group="un_system") for _ in range(2)]
    comments = [
        Comment(session="s", question=q.id, option=opt.id, participant=named.id, text="住房 first",
                swot="strength", tags=["housing", "finance"], starred=True),
        Comment(session="s", question=q.id, participant=shy.id, text="السكن", swot="threat", tags=["housing"],
                starred=True),
        Comment(session="s", question=q.id, participant=people[2].id, text="c", swot="strength"),
        Comment(session="s", question=q.id, participant=people[3].id, text="d", starred=True),
        Comment(session="s", question=q.id, text="deleted", deleted=True, starred=True),
        Comment(session="s", question="elsewhere", text="not this question"),
    ]
    r = analyse_question(q, [opt], [], people, comments=comments)
    s = r.comments
    assert r.kind == "open" and s.total == 4 and s.starred_count == 3
    assert [(c.label, c.count) for c in s.by_swot] == [("Strength", 2), ("Threat", 1)]
    assert [(c.key, c.count) for c in s.by_tag] == [("housing", 2), ("finance", 1)]
    assert [(c.label, c.count) for c in s.by_option] == [("Housing", 1)]
    # One academic is a group of one person: folded with the smallest shown group, so that the
    # total minus the groups shown cannot single them out.
    assert [(c.label, c.count) for c in s.by_group] == [("Other", 4)]
    assert s.hidden_comments == 0
    quotes = {q.text: q.attribution for q in s.starred}
    assert quotes == {"住房 first": "Ana Souza (UN-Habitat)", "السكن": "Academia", "d": "UN system entity"}
    assert "Hidden Name" not in str(s.to_dict())


def test_comment_summary_by_question_includes_general_comments():
    q = Question(session="s", kind="open", prompt="Q1")
    comments = [Comment(session="s", question=q.id, text="a"), Comment(session="s", text="b"),
                Comment(session="s", text="c")]
    s = summarise_comments(comments, questions=[q])
    assert [(c.label, c.count) for c in s.by_question] == [("Q1", 1), ("General (no question)", 2)]
    # Comments with no participant form "Not recorded", each counted as a separate voice.
    assert [(c.label, c.count) for c in s.by_group] == [("Not recorded", 3)]
    assert s.hidden_comments == 0
