"""The codec's fast texts are byte for byte the slow ones (the merge's seal and hash checks rely on it)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.domain.model import canonical_json, content_only
from workshop_app.storage.codec import content_text, content_text_of, row_values
from workshop_app.storage.seal import SealHasher, encoded_values

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
scalar = st.one_of(st.none(), text, st.integers(-10**20, 10**20), st.floats(allow_nan=False))
json_value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                          max_leaves=10)


def json_column(value, spaced: bool) -> str | None:
    if value is None:
        return None
    return json.dumps(value, indent=1 if spaced else None, ensure_ascii=spaced)  # not always canonical


@st.composite
def participant_rows(draw):
    attributes = draw(st.one_of(st.none(), st.dictionaries(text, json_value, max_size=4)))
    row = {
        "id": draw(text), "session": draw(text), "name": draw(text), "organisation": draw(text),
        "stakeholder_group": draw(text), "country": draw(text),
        "consent_named": draw(st.sampled_from([0, 1, 2])), "rev": draw(st.integers(0, 9)), "hash": "h",
        "chain": "[]", "deleted": draw(st.sampled_from([0, 1])), "seat": draw(st.one_of(st.none(), text)),
        "attributes": json_column(attributes, draw(st.booleans())), "created_at": draw(text), "sources": draw(text),
    }
    order = draw(st.permutations(list(row)))
    return {k: row[k] for k in order}


@settings(max_examples=300, deadline=None)
@given(participant_rows(), st.booleans())
def test_content_text_is_the_canonical_json_of_the_decoded_content(row, legacy):
    values = row_values("participants", row)
    slow = canonical_json(values if legacy else content_only(values))
    assert content_text("participants", tuple(row), tuple(row.values()), legacy=legacy) == slow
    values = tuple(row.values())  # the merge's way: each value encoded once, for the seal and the hash
    assert content_text_of("participants", tuple(row), legacy)(values, encoded_values(values)) == slow


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(text, scalar, min_size=1, max_size=8))
def test_sealing_values_is_sealing_the_row(row):
    a, b = SealHasher(), SealHasher()
    a.row(row)
    b.row_values(tuple(row), tuple(row.values()))
    assert a.hexdigest() == b.hexdigest()
