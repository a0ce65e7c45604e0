"""Property-based fuzzing of the importers: whatever the bytes, a clean import or one clear refusal.

Random JSON structures (shaped like interchange documents, with wrong types, missing fields and
hostile text mixed in) and random spreadsheet rows go through the real import path into a real
file. Allowed outcomes: records added, or a WorkshopError / ValidationError with a message, and in
that case nothing changed in the file. Anything else (TypeError, KeyError, a traceback) fails.
"""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.rules import ValidationError
from workshop_app.imports.sheets import import_sheet
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile
from workshop_app.storage.interchange import import_records, parse_document

SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

text = st.text(max_size=30) | st.sampled_from(["", "住房", "السكن", "=1+1", "\x00", "P1", "1", "yes", "x" * 500])
scalar = st.none() | st.booleans() | st.integers(-10, 10**6) | st.floats(allow_nan=True) | text
value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                     max_leaves=12)
ids = st.sampled_from(["s1", "q1", "o1", "o2", "p1", "b1", "c1", "k1", "", "ghost"]) | text


def record(fields: dict) -> st.SearchStrategy:
    """A dict that has some of the expected fields (right or wrong types) and some junk keys."""
    known = st.fixed_dictionaries({}, optional={k: v for k, v in fields.items()})
    return st.builds(lambda a, b: {**b, **a}, known, st.dictionaries(text, value, max_size=2))


documents = st.fixed_dictionaries({
    "format": st.sampled_from(["workshop-app/1", "workshop-app/1", "workshop-app/2", ""]),
    "sessions": st.lists(record({
        "id": ids, "title": text | value, "language": text,
        "questions": st.lists(record({
            "id": ids, "kind": st.sampled_from(["ranking", "points", "rating", "open", "bogus"]) | value,
            "budget": st.integers(-5, 200) | value, "top_n": st.none() | st.integers(-1, 5),
            "options": st.lists(record({"id": ids, "label": text, "key": st.none() | text}), max_size=3)}),
            max_size=2),
        "participants": st.lists(record({"id": ids, "name": text, "stakeholder_group": text,
                                         "consent_named": value}), max_size=3),
        "ballots": st.lists(record({"id": ids, "question": ids, "participant": st.none() | ids,
                                    "ranking": value, "points": value, "ratings": value}), max_size=3),
        "comments": st.lists(record({"id": ids, "text": text, "swot": value, "tags": value,
                                     "option": st.none() | ids}), max_size=3),
    }), max_size=2),
}, optional={"frameworks": value, "conflicts": value, "provenance": value, "option_mappings": value})


@pytest.fixture
def target(tmp_path):
    sf = SessionFile.create(tmp_path / "t.workshop")
    session = create_from_template(sf, "unhabitat-2026", title="Fuzz")
    yield sf, session.id
    sf.close()


def assert_clean(sf, action) -> None:
    before = sf.counts()
    try:
        action()
    except (WorkshopError, ValidationError) as exc:
        assert str(exc).strip(), "a refusal without a message"
        assert sf.counts() == before, "a refused import changed the file"


@SETTINGS
@given(doc=documents)
def test_json_importer_never_crashes(target, doc):
    sf, _ = target
    raw = json.dumps(doc, allow_nan=True)
    assert_clean(sf, lambda: import_records(sf, parse_document(raw)))


@SETTINGS
@given(data=st.binary(max_size=400))
def test_json_importer_on_random_bytes(target, data):
    sf, _ = target
    assert_clean(sf, lambda: import_records(sf, parse_document(data)))


headers = st.lists(st.sampled_from(["Name", "Nom", "Organisation", "Stakeholder group", "Country", "Consent",
                                    "Seat", "1", "2", "3", "Participant", "Question", "P1", "P2", "Ranking", "",
                                    "junk"]) | text, min_size=1, max_size=6)
cells = st.lists(st.lists(text | st.sampled_from(["P1", "P2=P3", "2=5", "1", "oui", "UNEP", "NGO"]),
                          max_size=6), max_size=6)


@SETTINGS
@given(header=headers, rows=cells, fmt=st.sampled_from(["csv", "xlsx"]))
def test_sheet_importer_never_crashes(target, tmp_path_factory, header, rows, fmt):
    sf, session_id = target
    path = tmp_path_factory.mktemp("sheet") / f"s.{fmt}"
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows([header, *rows])
        path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
    else:
        book = openpyxl.Workbook()
        sheet = book.active
        for row in [header, *rows]:  # what Excel itself could hold: no control characters
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c).encode("utf-8", "replace").decode() for c in row])
        book.save(path)
    assert_clean(sf, lambda: import_sheet(sf, path, session_id=session_id))
