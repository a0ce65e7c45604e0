"""The shipped sample sessions: sealed, passing `check`, up to date with their generator."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.samples.demo import SAMPLES
from workshop_app.storage import open_readonly, seal_status
from workshop_app.storage.interchange import dumps, export_document

FOLDER = Path(__file__).resolve().parents[1] / "sample_sessions"
NAMES = ("framework-template", *SAMPLES)


def _load_build():
    spec = importlib.util.spec_from_file_location("sample_build", FOLDER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _data(name: str):
    with open_readonly(FOLDER / f"{name}.workshop") as sf:
        session = sf.sessions()[0]
        return sf.load_session(session.id), seal_status(sf)


@pytest.mark.parametrize("name", NAMES)
def test_sample_is_sealed_small_and_passes_check(name, capsys):
    path = FOLDER / f"{name}.workshop"
    assert path.stat().st_size < 400 * 1024
    assert not Path(f"{path}-wal").exists()
    with pytest.raises(SystemExit) as info:
        main(["check", str(path)])
    assert info.value.code == 0, capsys.readouterr().err
    _, seal = _data(name)
    assert seal.sealed and seal.ok


def test_template_has_the_framework_and_no_participants():
    data, _ = _data("framework-template")
    assert [q.kind for q in data.questions] == ["ranking", "points", "rating", "open"]
    assert [o.key for o in data.options_of(data.questions[0].id)] == ["P1", "P2", "P3", "P4", "P5"]
    assert not data.participants and not data.ballots and not data.comments
    with open_readonly(FOLDER / "framework-template.workshop") as sf:
        framework = sf.frameworks()[0]
    assert len(framework.entry_points) == 3 and set(framework.swot_prompts) == {"strength", "weakness",
                                                                                 "opportunity", "threat"}


def test_each_sample_fits_its_event():
    auf, _ = _data("africa-urban-forum-2024")
    assert (auf.session.city, auf.session.date[:7]) == ("Addis Ababa", "2024-09")
    groups = Counter(p.stakeholder_group for p in auf.participants)
    assert groups.most_common(1)[0][0] == "civil_society"
    wuf, _ = _data("wuf12-member-states-2024")
    assert (wuf.session.city, wuf.session.date[:7]) == ("Cairo", "2024-11")
    assert Counter(p.stakeholder_group for p in wuf.participants).most_common(1)[0][0] == "member_state"
    languages = Counter(c.language for c in wuf.comments)
    assert languages["ar"] >= 15 and languages["fr"] >= 15
    nairobi, _ = _data("nairobi-un-entities-2024")
    assert nairobi.session.language == "fr" and nairobi.session.city == "Nairobi"
    assert nairobi.questions[0].prompt.startswith("Classez")
    assert nairobi.options_of(nairobi.questions[0].id)[0].label.startswith("Accès universel")
    assert Counter(c.language for c in nairobi.comments).most_common(1)[0][0] == "fr"
    assert {p.stakeholder_group for p in nairobi.participants} <= {"un_system", "staff"}


def test_no_comment_is_quoted_in_two_samples():
    seen: dict[str, str] = {}
    for name in SAMPLES:
        data, _ = _data(name)
        for c in data.comments:
            assert c.text not in seen, f"{name} repeats a comment of {seen.get(c.text)}"
            seen[c.text] = name


def test_committed_samples_match_the_generator(tmp_path):
    """If this fails, run `python sample_sessions/build.py` and commit the files."""
    build = _load_build()
    for fresh in build.build(tmp_path):
        with open_readonly(fresh) as a, open_readonly(FOLDER / fresh.name) as b:
            assert dumps(export_document(a)) == dumps(export_document(b)), fresh.name
