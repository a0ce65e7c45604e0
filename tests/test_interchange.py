"""Interchange JSON: lossless round trip, identical records skipped, different ones merged."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain import (
    STAKEHOLDER_GROUPS,
    SWOT_CATEGORIES,
    Ballot,
    Comment,
    Consolidation,
    KeyMessage,
    Option,
    Participant,
    Question,
    Session,
)
from workshop_app.domain.errors import UnusableFileError
from workshop_app.imports.interchange import import_records
from workshop_app.storage import SessionFile
from workshop_app.storage.interchange import document_equal, dumps, export_document, parse_document

from .helpers import filled_file

SCHEMA = json.loads((Path(__file__).parents[1] / "docs" / "interchange.schema.json").read_text())

# Text a delegate might produce, plus what a hostile paste holds (control characters, bidi, emoji).
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=0, max_codepoint=0x1FAFF), max_size=40
) | st.sampled_from(["住房问题", "السكن اللائق", "Logement abordable", "=cmd|' /C calc'!A0", "\x00\x0b\x0c\ufffe"])
nonblank = texts.filter(lambda t: t.strip() != "")


@st.composite
def histories(draw):
    """A session with random records, some edited and some deleted, as a list of actions."""
    s = Session(title=draw(nonblank), city=draw(texts), language=draw(st.sampled_from(["en", "fr", "zh", "ar"])))
    q = Question(session=s.id, kind="ranking", prompt=draw(texts), top_n=draw(st.none() | st.integers(3, 4)))
    pq = Question(session=s.id, kind="points", prompt=draw(texts), budget=10, position=1)
    opts = [Option(question=q.id, label=draw(nonblank), key=draw(st.none() | st.sampled_from(["P1", "P2"])),
                   position=i) for i in range(draw(st.integers(3, 5)))]
    popts = [Option(question=pq.id, label=f"p{i}", position=i) for i in range(3)]
    people = [Participant(session=s.id, name=draw(texts), stakeholder_group=draw(st.sampled_from(STAKEHOLDER_GROUPS)),
                          consent_named=draw(st.booleans()), attributes=draw(st.dictionaries(
                              st.sampled_from(["region", "gender"]), texts, max_size=2)))
              for _ in range(draw(st.integers(0, 4)))]
    records: list = [s, q, pq, *opts, *popts, *people]
    for p in people:
        order = draw(st.permutations([o.id for o in opts]))
        cut = min(len(order), q.top_n or len(order))
        tiers, i = [], 0
        while i < cut:
            size = draw(st.integers(1, 2))
            tiers.append(list(order[i:min(cut, i + size)]))
            i += size
        records.append(Ballot(session=s.id, question=q.id, participant=p.id, ranking=tiers))
        split = draw(st.integers(0, 10))
        records.append(Ballot(session=s.id, question=pq.id, participant=p.id,
                              points={popts[0].id: split, popts[1].id: 10 - split}))
    for _ in range(draw(st.integers(0, 5))):
        records.append(Comment(session=s.id, text=draw(nonblank), option=draw(st.sampled_from(opts)).id,
                               swot=draw(st.none() | st.sampled_from(SWOT_CATEGORIES)),
                               tags=draw(st.lists(texts, max_size=3)), starred=draw(st.booleans())))
    records.append(KeyMessage(session=s.id, question=q.id, text=draw(texts)))
    if draw(st.booleans()):  # a master's own words (schema 4)
        records.append(Consolidation(title=draw(texts), language=draw(st.sampled_from(["en", "ar", "zh"])),
                                     key_messages=draw(st.lists(nonblank, max_size=3)), conclusions=draw(texts)))
    edits = draw(st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["edit", "delete"])), max_size=6))
    return records, edits


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(histories())
def test_import_of_export_is_identical(tmp_path_factory, history):
    records, edits = history
    folder = tmp_path_factory.mktemp("rt")
    with SessionFile.create(folder / "a.workshop") as sf:
        sf.save_all(records)
        for pick, action in edits:
            comments = sf.all(Comment) + sf.all(KeyMessage)
            if not comments:
                break
            target = comments[pick % len(comments)]
            if action == "delete":
                sf.delete(target)
            else:
                target.text = target.text + " (edited)"
                sf.save(target)
        doc = export_document(sf)
    text = dumps(doc)
    jsonschema.validate(json.loads(text), SCHEMA)
    with SessionFile.create(folder / "b.workshop") as sf2:
        import_records(sf2, parse_document(text))
        again = export_document(sf2)
        assert (sf2.consolidation() is None) == ("consolidation" not in doc)  # restored as the file's own
    assert document_equal(doc, again)
    # Record-level equality too: every field, revision, chain and tombstone.
    assert [r for r in parse_document(text)] == [r for r in parse_document(dumps(again))]


def test_reimport_skips_identical_and_merges_different(tmp_path):
    sf, _ = filled_file(tmp_path / "a.workshop")
    doc = export_document(sf)
    sf.close()
    with SessionFile.create(tmp_path / "b.workshop") as b:
        first = import_records(b, parse_document(dumps(doc)))
        assert first["skipped"] == 0
        n = first["added"]
        zero = {"fast_forwarded": 0, "stale": 0, "conflicts": 0}
        # every count the merge gives, always (issue 11 item 18: conflicts were left out of the summary)
        assert import_records(b, parse_document(dumps(doc))) == {"added": 0, "unchanged": n, "skipped": n, **zero}
        counts = b.counts()
        doc["sessions"][0]["comments"][0]["text"] = "changed elsewhere"
        doc["sessions"][0]["comments"].append({**doc["sessions"][0]["comments"][1], "id": "new-id"})
        # Different content goes through the merge rules: never duplicated, never silently
        # overwritten; the two versions become a conflict kept for review.
        result = import_records(b, parse_document(dumps(doc)))
        assert result == {"added": 1, "unchanged": n - 1, "skipped": n - 1, **zero, "conflicts": 1}
        assert b.counts()["comments"] == counts["comments"] + 1
        from workshop_app.merge import open_conflicts

        (conflict,) = open_conflicts(b)
        assert "changed elsewhere" in (conflict.winner.content + conflict.other.content)


@pytest.mark.parametrize("text,needle", [
    ("[1, 2]", "not an object"),
    ('{"format": "other"}', "not a Workshop App interchange document"),
    ('{"format": "workshop-app/9"}', "workshop-app/9"),
    ('{"format": "workshop-app/1", "sessions": {}}', "must be a list"),
    ('{"format": "workshop-app/1", "sessions": [{"title": "x"}]}', "no text “id”"),
    ('{"format": "workshop-app/1", "sessions": [{"id": "s", "title": 5}]}', "wrong type"),
    ("{not json", "not valid JSON"),
    ("[" * 100000, "nested too deeply"),
])
def test_bad_documents_get_one_sentence(text, needle):
    with pytest.raises(UnusableFileError, match=needle):
        parse_document(text)


def test_dangling_reference_is_refused(tmp_path):
    doc = {"format": "workshop-app/1", "sessions": [{"id": "s1", "title": "T", "comments": [
        {"id": "c1", "text": "hi", "participant": "ghost"}]}]}
    with SessionFile.create(tmp_path / "a.workshop") as sf:
        with pytest.raises(UnusableFileError, match="neither in the document"):
            import_records(sf, parse_document(json.dumps(doc)))
        assert sf.counts()["sessions"] == 0
