"""Import and merge take data in through one front door (storage.embedded.read_document): the same
size limit, checked once, and the same sentence when a document is refused."""

from __future__ import annotations

import pytest

from workshop_app.domain.errors import UnusableFileError
from workshop_app.exports.command import export_other
from workshop_app.imports.dispatch import import_data
from workshop_app.merge import merge_files
from workshop_app.storage import SessionFile, embedded
from workshop_app.storage.interchange import dumps, export_document

from .test_merge_support import make_venue


@pytest.fixture
def documents(tmp_path):
    venue = tmp_path / "venue.workshop"
    make_venue(venue, participants=3, comments=4)
    with SessionFile.open(venue) as sf:
        (tmp_path / "venue.json").write_text(dumps(export_document(sf)), encoding="utf-8")
        export_other(sf, "docx", tmp_path / "venue.docx", session_ids=None, anonymize="none", language=None)
    return tmp_path


@pytest.mark.parametrize("name", ["venue.json", "venue.docx"])
def test_import_and_merge_refuse_the_same_oversized_document_with_the_same_sentence(documents, monkeypatch, name):
    data = documents / name
    limit = data.stat().st_size - 1
    monkeypatch.setattr(embedded, "MAX_DOCUMENT_BYTES", limit)  # the one limit both doors use
    target = documents / "target.workshop"
    SessionFile.create(target).close()
    before = target.read_bytes()
    with SessionFile.open(target) as sf, pytest.raises(UnusableFileError) as refused:
        import_data(sf, data)
    item = merge_files(target, [data]).sources[0]
    assert item.status == "refused"
    assert item.reason == str(refused.value) == (
        f"{name} is larger than {limit // 1024**2} MB; that is not a note this app wrote.")
    assert target.read_bytes() == before


@pytest.mark.parametrize("name", ["venue.json", "venue.docx"])
def test_a_document_within_the_limit_comes_in_through_both_doors(documents, monkeypatch, name):
    data = documents / name
    monkeypatch.setattr(embedded, "MAX_DOCUMENT_BYTES", data.stat().st_size)
    first, second = documents / "a.workshop", documents / "b.workshop"
    SessionFile.create(first).close()
    SessionFile.create(second).close()
    with SessionFile.open(first) as sf:
        assert import_data(sf, data).counts["added"] > 0
    assert merge_files(second, [data]).sources[0].added > 0
