"""The demo session: deterministic, realistic in size and shape, every record valid."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import STAKEHOLDER_GROUPS, SWOT_CATEGORIES, SessionData
from workshop_app.domain.rules import check_ballot
from workshop_app.samples.demo import SAMPLES, _borda_order, build_demo, build_sample
from workshop_app.storage import SessionFile, open_readonly
from workshop_app.storage.interchange import dumps, export_document


def _build(path: Path, seed: int = 2024) -> tuple[str, SessionData]:
    with SessionFile.create(path) as sf:
        session = build_demo(sf, seed=seed)
        return dumps(export_document(sf)), sf.load_session(session.id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> SessionData:
    return _build(tmp_path_factory.mktemp("demo") / "demo.workshop")[1]


def test_same_seed_gives_identical_content_ids_and_times(tmp_path):
    first, data = _build(tmp_path / "a.workshop")
    second, _ = _build(tmp_path / "b.workshop")
    assert first == second
    other, _ = _build(tmp_path / "c.workshop", seed=7)
    assert other != first
    assert len({b.created_at for b in data.ballots}) > 10  # derived times, not one clock reading


def test_sizes_are_in_the_expected_ranges(demo):
    assert 35 <= len(demo.participants) <= 45
    assert 140 <= len(demo.comments) <= 160
    assert 8 <= sum(c.starred for c in demo.comments) <= 12
    overall = [k for k in demo.key_messages if k.question is None]
    assert len(overall) == 1 and 3 <= len(demo.key_messages) - 1 <= 5
    assert all(k.text.strip() for k in demo.key_messages)
    kinds = {q.id: q.kind for q in demo.questions}
    assert Counter(kinds[b.question] for b in demo.ballots).keys() == {"ranking", "points", "rating"}


def test_participants_cover_the_audiences(demo):
    groups = Counter(p.stakeholder_group for p in demo.participants)
    assert {"member_state", "un_system", "civil_society", "academia"} <= set(groups)
    assert set(groups) <= set(STAKEHOLDER_GROUPS)
    anonymous = [p for p in demo.participants if not p.name]
    assert 1 <= len(anonymous) <= 5 and all(p.seat and not p.consent_named for p in anonymous)
    named = [p for p in demo.participants if p.name]
    assert 0 < sum(p.consent_named for p in named) < len(named)
    assert all(p.organisation and p.country for p in named)
    assert len({p.name for p in named}) == len(named)


def test_every_ballot_is_valid_and_shapes_vary(demo):
    questions = {q.id: q for q in demo.questions}
    for b in demo.ballots:
        check_ballot(b, questions[b.question], demo.options_of(b.question))
    ranking = [b for b in demo.ballots if b.ranking is not None]
    sizes = Counter(sum(len(t) for t in b.ranking) for b in ranking)
    assert sizes[5] and sizes[3], sizes  # complete and top-3 ballots
    assert any(len(t) > 1 for b in ranking for t in b.ranking)  # some ties
    assert any(b.participant is None for b in ranking)
    assert all(sum(b.points.values()) == 100 for b in demo.ballots if b.points is not None)


def test_stakeholder_groups_rank_differently(demo):
    rq = next(q for q in demo.questions if q.kind == "ranking")
    group = {p.id: p.stakeholder_group for p in demo.participants}
    tops = {}
    for g in ("civil_society", "member_state", "un_system"):
        mine = [b for b in demo.ballots_of(rq.id) if b.participant and group[b.participant] == g]
        tops[g] = _borda_order(mine, demo.options_of(rq.id))[0].key
    assert tops["civil_society"] == "P1"  # housing, as grassroots groups put it
    assert len(set(tops.values())) > 1


def test_comments_are_linked_and_multilingual(demo):
    languages = Counter(c.language for c in demo.comments)
    assert {"en", "fr", "zh", "ar"} <= set(languages)
    assert languages["en"] > 0.7 * len(demo.comments)
    ids = {p.id for p in demo.participants}
    for c in demo.comments:
        assert c.question in {q.id for q in demo.questions}
        assert c.option is None or c.option in {o.id for o in demo.options_of(c.question)}
        assert c.participant is None or c.participant in ids
        assert c.swot is None or c.swot in SWOT_CATEGORIES
        assert c.tags
    assert len({c.text for c in demo.comments}) == len(demo.comments)
    assert any("\u0600" <= ch <= "\u06ff" for c in demo.comments if c.language == "ar" for ch in c.text)
    assert any("\u4e00" <= ch <= "\u9fff" for c in demo.comments if c.language == "zh" for ch in c.text)
    starred = {c.id for c in demo.comments if c.starred}
    assert all(set(k.quotes) <= starred for k in demo.key_messages)


def test_unknown_sample_is_refused(tmp_path):
    with SessionFile.create(tmp_path / "x.workshop") as sf, pytest.raises(WorkshopError, match="no sample"):
        build_sample(sf, "atlantis-2024")
    assert "demo" not in SAMPLES


def test_cli_demo_then_check_and_info(tmp_path, capsys):
    path = tmp_path / "demo.workshop"
    main(["demo", str(path)])
    assert "participants" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(path)])
    assert exit_info.value.code == 0
    main(["info", str(path)])
    assert "Structured dialogue" in capsys.readouterr().out
    with open_readonly(path) as sf:
        assert sf.counts()["sessions"] == 1
