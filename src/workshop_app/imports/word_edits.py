"""A Word note sent back after the rapporteur edited it: find the key messages whose visible text
no longer says what the note's embedded data says, and (when asked) keep the Word text.

The export bookmarks each key message's paragraph (``exports.comments_section.key_message_bookmark``);
the data embedded in the note is what the app wrote. An import never silently prefers one: it reports
every difference, and ``take_word_text`` saves the Word text as a new revision of the key message (so
the edit merges like any other edit, and the older text stays in the record's history).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import KeyMessage, Record
from ..storage import SessionFile
from ..storage.embedded import bookmarked_texts, visible_text

BOOKMARK_PREFIX = "wa_km_"  # as exports.comments_section.KEY_MESSAGE_BOOKMARK writes it


@dataclass(frozen=True)
class WordEdit:
    """One key message whose text in Word differs from the note's data."""

    id: str
    session: str
    data_text: str
    word_text: str


def word_edits(path: Path, records: Iterable[Record]) -> list[WordEdit]:
    """The key messages of ``records`` (the note's embedded data) edited in the note's visible text.
    A key message whose paragraph was deleted in Word is not an edit (it may have been moved)."""
    texts = bookmarked_texts(path, BOOKMARK_PREFIX)
    if not texts:
        return []
    edits = []
    for record in records:
        if not isinstance(record, KeyMessage) or record.deleted:
            continue
        word = texts.get(BOOKMARK_PREFIX + record.id.replace("-", ""))
        if word is not None and word and word != visible_text(record.text):
            edits.append(WordEdit(record.id, record.session, record.text, word))
    return edits


def take_word_text(sf: SessionFile, edits: Iterable[WordEdit]) -> int:
    """Save each edit's Word text as a new revision of its key message (one transaction); how many."""
    revised = []
    for edit in edits:
        current = sf.get(KeyMessage, edit.id)
        if current is not None and visible_text(current.text) != edit.word_text:
            revised.append(dataclasses.replace(current, text=edit.word_text))
    if revised:
        sf.save_all(revised)
    return len(revised)
