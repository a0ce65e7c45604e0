"""Whole sessions, merged masters, the text tables and the ``results`` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from workshop_app.analysis import (
    MasterResult,
    OpenResult,
    RankingResult,
    ScoreResult,
    SessionResult,
    analyse_many,
    analyse_session,
    format_results_text,
    results_to_json,
)
from workshop_app.analysis.text import clip, text_width
from workshop_app.domain.model import Ballot, Comment, Option, Participant, Question, Session, SessionData


def session_data(title: str, event: str, language: str, options: list[tuple[str | None, str]],
                 rankings: list[list[int]], groups: list[str], country: str = "Kenya") -> SessionData:
    s = Session(title=title, event=event, language=language)
    q = Question(session=s.id, kind="ranking", prompt=f"Priorities ({title})")
    opts = [Option(question=q.id, key=k, label=lab, position=i) for i, (k, lab) in enumerate(options)]
    people = [Participant(session=s.id, stakeholder_group=g, country=country) for g in groups]
    ballots = [Ballot(session=s.id, question=q.id, participant=p.id, ranking=[[opts[i].id] for i in r])
               for p, r in zip(people, rankings, strict=True)]
    return SessionData(session=s, questions=[q], options={q.id: opts}, participants=people, ballots=ballots)


def test_analyse_session_covers_every_kind():
    data = session_data("One", "AUF", "en", [("P1", "Housing"), ("P2", "Climate")], [[0, 1]] * 3,
                        ["member_state"] * 3)
    s = data.session
    pts = Question(session=s.id, kind="points", prompt="Points", budget=10, position=1)
    rat = Question(session=s.id, kind="rating", prompt="Rate", position=2)
    opn = Question(session=s.id, kind="open", prompt="Open", position=3)
    gone = Question(session=s.id, kind="rating", prompt="Deleted", position=4, deleted=True)
    for q in (pts, rat, opn, gone):
        data.questions.append(q)
        data.options[q.id] = [Option(question=q.id, label="A"), Option(question=q.id, label="B", position=1)]
    a = data.options[pts.id][0].id
    data.ballots.append(Ballot(session=s.id, question=pts.id, points={a: 10}))
    data.comments.append(Comment(session=s.id, question=opn.id, text="Yes", starred=True))
    data.comments.append(Comment(session=s.id, text="General"))
    r = analyse_session(data, by="stakeholder_group")
    assert isinstance(r, SessionResult)
    assert [type(x) for x in r.questions] == [RankingResult, ScoreResult, ScoreResult, OpenResult]
    assert r.questions[0].groups[0].label == "Member State"
    assert r.questions[1].options[0].total == 10
    assert r.questions[3].comments.total == 1 and r.comments.total == 2
    assert r.participation.total == 3 and r.participation.by_stakeholder_group[0].count == 3
    assert r.participation.by_country[0].label == "Kenya"
    text = format_results_text(r)
    assert "Housing" in text and "Points" in text and "Participants" in text
    assert json.loads(results_to_json(r))["kind"] == "session"


def master_inputs() -> list[SessionData]:
    one = session_data("Addis", "Africa Urban Forum", "en", [("P1", "Housing"), ("P2", "Climate"), ("P3", "Crisis")],
                       [[2, 0, 1]] * 3, ["member_state"] * 3, country="Ethiopia")
    two = session_data("Le Caire", "WUF12", "fr", [("P1", "Logement"), ("P2", "Climat"), (None, "Local X")],
                       [[2, 1, 0]] * 3, ["civil_society", "civil_society", "academia"], country="Egypt")
    return [one, two]


def test_analyse_many_matches_options_by_key():
    r = analyse_many(master_inputs(), bootstrap=50)
    assert isinstance(r, MasterResult) and r.sessions == 2
    assert [e.label for e in r.events] == ["Africa Urban Forum", "WUF12"]
    assert len(r.rankings) == 1
    m = r.rankings[0]
    assert m.sessions == 2 and len(m.question_ids) == 2
    rows = {row.label: row for row in m.result.options}
    assert set(rows) == {"Housing", "Climate", "Crisis", "Local X"}  # English label kept for a shared key
    assert (rows["Housing"].key, rows["Local X"].key) == ("P1", None)
    # Addis: Crisis > Housing > Climate; Cairo: Local X > Climate > Housing.
    assert {k: v.borda for k, v in rows.items()} == {"Housing": 3, "Climate": 3, "Crisis": 6, "Local X": 6}
    assert {k: v.offered for k, v in rows.items()} == {"Housing": 6, "Climate": 6, "Crisis": 3, "Local X": 3}
    ids = m.result.option_ids
    crisis, local = ids.index("P3"), ids.index(rows["Local X"].option_id)
    assert m.result.pairwise[crisis][local] == m.result.pairwise[local][crisis] == 0  # never on one ballot
    assert m.result.kendall.w is None  # no ballot could place all four
    assert [g.label for g in m.by_event] == ["Africa Urban Forum", "WUF12"]
    assert [g.label for g in m.by_stakeholder_group] == ["Member State", "Other"]
    assert [g.label for g in m.by_country] == ["Egypt", "Ethiopia"]
    assert m.hidden_ballots == {"stakeholder_group": 0, "event": 0, "country": 0}
    text = format_results_text(r)
    assert "By event" in text and "Local X" in text


def test_analyse_many_pools_kth_framework_question_and_hides_small_events():
    one, two = master_inputs()
    three = session_data("Tiny", "HLPF", "en", [("P1", "Housing"), ("P2", "Climate")], [[0, 1]] * 2,
                         ["staff"] * 2)
    second = Question(session=one.session.id, kind="ranking", prompt="Second", position=5)
    one.questions.append(second)
    one.options[second.id] = [Option(question=second.id, key="P1", label="Housing")]
    r = analyse_many([one, two, three], bootstrap=0)
    assert [m.title for m in r.rankings] == ["Priorities (Addis)", "Second"]
    first = r.rankings[0]
    assert first.sessions == 3 and first.result.ballots == 8
    assert first.hidden_ballots["event"] == 0
    assert "HLPF" not in [g.label for g in first.by_event]  # two ballots: folded into "Other"
    assert all(g.result.ballots >= 3 for g in first.by_event)


def test_text_handles_wide_and_right_to_left_labels():
    assert text_width("住房") == 4 and text_width("السكن") == 5 and text_width("e\u0301") == 1
    assert text_width(clip("住房" * 40, 10)) <= 10
    data = session_data("多语", "", "zh", [("P1", "住房和城市发展"), ("P2", "السكن الميسور"), ("P3", "Housing")],
                        [[0, 1, 2], [1, 0, 2], [0, 2, 1]], ["member_state"] * 3)
    text = format_results_text(analyse_session(data))
    rows = [line for line in text.splitlines() if line.strip()[:1].isdigit() and line.strip()[1:3] == "  "]
    assert len(rows) == 3
    # The column after the label (Borda) starts at the same terminal column on every row.
    starts = set()
    for line in rows:
        label = next(x for x in ("住房和城市发展", "السكن الميسور", "Housing") if x in line)
        end = line.index(label) + len(label)
        borda_at = end + (len(line[end:]) - len(line[end:].lstrip()))
        starts.add(text_width(line[:borda_at]))
    assert len(starts) == 1


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture
def session_file(tmp_path):
    from .helpers import filled_file

    sf, session_id = filled_file(tmp_path / "one.workshop")
    sf.close()
    return tmp_path / "one.workshop", session_id


def test_results_command(session_file):
    path, session_id = session_file
    r = run_cli("results", str(path))
    assert r.returncode == 0, r.stderr
    assert "Borda" in r.stdout and "Schulze order" in r.stdout
    r = run_cli("results", str(path), "--json", "--by", "stakeholder_group", "--session", session_id[:8])
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["kind"] == "session" and data["questions"][0]["by"] == "stakeholder_group"
    qid = data["questions"][0]["question_id"]
    r = run_cli("results", str(path), "--question", qid, "--json", "--bootstrap", "0")
    assert r.returncode == 0 and json.loads(r.stdout)["question_id"] == qid


def test_results_command_refusals(session_file, tmp_path):
    path, _ = session_file
    for args, code in (
        (["--session", "nope"], 1),
        (["--question", "nope"], 1),
        (["--min-group-size", "0"], 2),
    ):
        r = run_cli("results", str(path), *args)
        assert r.returncode == code, (args, r.stderr)
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) >= 1
    bad = tmp_path / "bad.workshop"
    bad.write_bytes(b"not a database at all")
    r = run_cli("results", str(bad))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
