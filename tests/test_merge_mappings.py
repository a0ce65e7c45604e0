"""Framework mapping: unkeyed options listed by label, staff's decision recorded once and reused."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain import Option
from workshop_app.merge import effective_keys, merge_files, option_groups, with_mapped_keys
from workshop_app.merge.mappings import SEPARATE, UNDECIDED, decide, key_choices, normalise_label, undecide
from workshop_app.storage import SessionFile

from .test_merge_support import make_venue, quiet, ranking_question


def venue_with_extra_option(path: Path, label: str, venue: int) -> str:
    sid = make_venue(path, venue=venue, seed=venue)
    with quiet(SessionFile.open(path)) as sf:
        q = ranking_question(sf, sid)
        return sf.save(Option(question=q.id, label=label, position=9)).id


def test_unkeyed_options_are_grouped_mapped_and_reused(tmp_path):
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    a = venue_with_extra_option(tmp_path / "addis.workshop", "Youth employment", 0)
    b = venue_with_extra_option(tmp_path / "cairo.workshop", "youth  Employment ", 1)
    merge_files(master, [tmp_path / "addis.workshop", tmp_path / "cairo.workshop"])
    with SessionFile.open(master) as sf:
        (group,) = option_groups(sf)
        assert group.decision == UNDECIDED and {o["option_id"] for o in group.options} == {a, b}
        assert len(group.sessions) == 2
        assert [k for k, _ in key_choices(sf)] == ["E1", "E2", "E3", "P1", "P2", "P3", "P4", "P5"]
        decide(sf, group.label, "P2")
        assert effective_keys(sf) == {a: "P2", b: "P2"}
        data = sf.load_session(sf.sessions()[0].id)
        mapped = with_mapped_keys(data, effective_keys(sf))
        assert any(o.key == "P2" and o.id in (a, b) for opts in mapped.options.values() for o in opts)
        assert all(o.key is None for opts in data.options.values() for o in opts if o.id in (a, b))  # untouched
    # A later file with the same label is mapped by the recorded decision, without asking again.
    c = venue_with_extra_option(tmp_path / "nairobi.workshop", "YOUTH EMPLOYMENT", 2)
    merge_files(master, [tmp_path / "nairobi.workshop"])
    with SessionFile.open(master) as sf:
        assert effective_keys(sf)[c] == "P2"
        assert option_groups(sf)[0].decision == "P2"


def test_keep_separate_and_undo(tmp_path):
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    venue_with_extra_option(tmp_path / "v.workshop", "Cultural heritage", 0)
    merge_files(master, [tmp_path / "v.workshop"])
    with SessionFile.open(master) as sf:
        decide(sf, "Cultural heritage", None)
        assert option_groups(sf)[0].decision == SEPARATE and effective_keys(sf) == {}
        undecide(sf, "Cultural heritage")
        assert option_groups(sf)[0].decision == UNDECIDED


def test_decisions_travel_with_the_master_and_the_master_keeps_its_own(tmp_path):
    venue_with_extra_option(tmp_path / "v.workshop", "Cultural heritage", 0)
    one, two = tmp_path / "one.workshop", tmp_path / "two.workshop"
    for m in (one, two):
        SessionFile.create(m).close()
        merge_files(m, [tmp_path / "v.workshop"])
    with SessionFile.open(one) as sf:
        decide(sf, "Cultural heritage", "P4")
    with SessionFile.open(two) as sf:
        decide(sf, "Cultural heritage", "P1")
    report = merge_files(two, [one])
    assert any("kept" in note for note in report.sources[0].notes)
    with SessionFile.open(two) as sf:
        assert option_groups(sf)[0].decision == "P1"
    three = tmp_path / "three.workshop"
    SessionFile.create(three).close()
    merge_files(three, [one])
    with SessionFile.open(three) as sf:
        assert option_groups(sf)[0].decision == "P4"


def test_labels_normalise():
    assert normalise_label("  Youth\u3000EMPLOYMENT ") == normalise_label("youth employment")
    assert normalise_label("Ｐ３") == "p3"
