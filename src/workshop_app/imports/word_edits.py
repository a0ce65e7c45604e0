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

from ..domain.model import Consolidation, KeyMessage, Record
from ..domain.rules import conclusion_paragraphs
from ..storage import SessionFile
from ..storage.embedded import bookmarked_texts, visible_text

BOOKMARK_PREFIX = "wa_km_"  # as exports.comments_section.KEY_MESSAGE_BOOKMARK writes it


OWN_PREFIXES = {"key_messages": "wa_ck", "conclusions": "wa_cc"}  # exports.comments_section.OWN_BOOKMARKS


@dataclass(frozen=True)
class WordEdit:
    """One key message (or a paragraph of a master's own words) whose text in Word differs from the
    note's data. ``part``: "key_message" (a :class:`KeyMessage`), or "key_messages" / "conclusions"
    of a :class:`Consolidation` with the paragraph's ``index``."""

    id: str
    session: str
    data_text: str
    word_text: str
    part: str = "key_message"
    index: int = -1


def word_edits(path: Path, records: Iterable[Record]) -> list[WordEdit]:
    """The key messages of ``records`` (the note's embedded data) edited in the note's visible text.
    A key message whose paragraph was deleted in Word is not an edit (it may have been moved)."""
    texts = bookmarked_texts(path, "wa_")  # key messages (wa_km_), a master's own words (wa_ck, wa_cc)
    if not texts:
        return []
    edits = []
    for record in records:
        if isinstance(record, Consolidation) and not record.deleted:
            edits += _own_edits(record, texts)
        if not isinstance(record, KeyMessage) or record.deleted:
            continue
        word = texts.get(BOOKMARK_PREFIX + record.id.replace("-", ""))
        if word is not None and word and word != visible_text(record.text):
            edits.append(WordEdit(record.id, record.session, record.text, word))
    return edits


def _own_edits(record: Consolidation, texts: dict[str, str]) -> list[WordEdit]:
    """The paragraphs of a master's own key messages and conclusions edited in Word."""
    key = record.id.replace("-", "")
    edits = []
    for part, paragraphs in (("key_messages", record.key_messages),
                             ("conclusions", conclusion_paragraphs(record.conclusions))):
        for i, text in enumerate(paragraphs):
            word = texts.get(f"{OWN_PREFIXES[part]}{key}_{i}")
            if word and word != visible_text(text):
                edits.append(WordEdit(record.id, "", text, word, part, i))
    return edits


def take_word_text(sf: SessionFile, edits: Iterable[WordEdit]) -> int:
    """Save each edit's Word text as a new revision of its key message, or of the master's own
    words (one transaction); how many paragraphs."""
    edits = list(edits)
    revised: list[Record] = []
    taken = 0
    for record_id in dict.fromkeys(e.id for e in edits if e.part != "key_message"):
        current = sf.get(Consolidation, record_id)
        if current is None:
            continue
        messages, paragraphs = list(current.key_messages), conclusion_paragraphs(current.conclusions)
        for edit in (e for e in edits if e.id == record_id):
            target = messages if edit.part == "key_messages" else paragraphs
            if edit.index < len(target) and visible_text(target[edit.index]) != edit.word_text:
                target[edit.index] = edit.word_text
                taken += 1
        revised.append(dataclasses.replace(current, key_messages=messages, conclusions="\n\n".join(paragraphs)))
    for edit in (e for e in edits if e.part == "key_message"):
        current = sf.get(KeyMessage, edit.id)
        if current is not None and visible_text(current.text) != edit.word_text:
            revised.append(dataclasses.replace(current, text=edit.word_text))
    if revised:
        sf.save_all(revised)
    return taken + sum(1 for r in revised if isinstance(r, KeyMessage))
