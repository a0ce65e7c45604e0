"""Key messages and comments in the synthesis.

Comments of a question are grouped by the option they are about (in the results' order, then those
on the question in general), and within an option by SWOT category; starred comments come first
and are set as quotes, the others as bullets. A comment appears in full once (a key message's quote,
or its place in the list); anywhere else the note points to it by its first words. Every comment keeps its own language (an Arabic
comment is a right-to-left paragraph in any document); its author is shown as the anonymisation
allows (:func:`~.scope.attribution`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..domain.model import SWOT_CATEGORIES, Comment, KeyMessage, Participant
from .document import Doc
from .scope import attribution
from .terms import swot_label
from .wordxml import Run

NO_OPTION = ""
KEY_MESSAGE_BOOKMARK = "wa_km_"  # storage.embedded.bookmarked_texts reads them back


def key_messages(doc: Doc, messages: Sequence[KeyMessage], comments: Mapping[str, Comment],
                 people: Mapping[str, Participant], mode: str) -> None:
    """The rapporteur's messages, each followed by the comments it quotes."""
    for km in sorted(messages, key=lambda k: k.position):
        doc.para(km.text, "key", bookmark=key_message_bookmark(km.id))
        for cid in km.quotes:
            c = comments.get(cid)
            if c is not None:
                quote_once(doc, c, attribution(people.get(c.participant or ""), mode, doc.language, prose=True))


def key_message_bookmark(record_id: str) -> str:
    """The bookmark around a key message's paragraph (Word allows 40 characters: a prefix and the id's hex)."""
    return KEY_MESSAGE_BOOKMARK + record_id.replace("-", "")


OWN_BOOKMARKS = {"key_messages": "wa_ck", "conclusions": "wa_cc"}  # imports/word_edits.py reads them back


def own_bookmark(part: str, record_id: str, index: int) -> str | None:
    """The bookmark around paragraph ``index`` of a master's own key messages or conclusions (a
    :class:`Consolidation`), or None past the 99th (a Word bookmark name holds 40 characters)."""
    return f"{OWN_BOOKMARKS[part]}{record_id.replace('-', '')}_{index}" if index < 100 else None


def quote_once(doc: Doc, c: Comment, who: str, *, style: str = "quote") -> None:
    """A comment in full the first time the note shows it; after that, a pointer to where it is."""
    if c.id in doc.quoted:
        doc.para([Run(doc.t("quoted_above", text=_opening(c.text)), italic=True)], "note", lang=doc.language)
        return
    doc.quoted.add(c.id)
    doc.quote(c.text, who, c.language, style=style)


def _opening(text: str, words: int = 8) -> str:
    """The first words of a comment, to point to it."""
    parts = text.split()
    if len(parts) <= words:
        return text.strip()
    return " ".join(parts[:words]) + " …"


def _order(option_order: Sequence[str], present: set[str]) -> list[str]:
    ordered = [o for o in option_order if o in present]
    ordered += sorted(o for o in present if o not in ordered and o != NO_OPTION)
    if NO_OPTION in present:
        ordered.append(NO_OPTION)
    return ordered


def _swot_blocks(items: list[Comment]) -> list[tuple[str | None, list[Comment]]]:
    blocks = []
    for swot in (*SWOT_CATEGORIES, None):
        block = [c for c in items if (c.swot if c.swot in SWOT_CATEGORIES else None) == swot]
        if block:
            block.sort(key=lambda c: (not c.starred, c.created_at, c.id))
            blocks.append((swot, block))
    return blocks


def comment_list(doc: Doc, items: list[Comment], people: Mapping[str, Participant], mode: str) -> None:
    """Comments by SWOT category, starred ones first as quotes."""
    blocks = _swot_blocks(items)
    for swot, block in blocks:
        if len(blocks) > 1 or swot is not None:
            name = swot_label(swot, doc.language) if swot else doc.t("other_comments")
            doc.para([Run(f"{name} ({len(block)})", bold=True)], keep_next=True, lang=doc.language)
        for c in block:
            who = attribution(people.get(c.participant or ""), mode, doc.language, prose=True)
            quote_once(doc, c, who, style="quote" if c.starred else "bullet")


def question_comments(doc: Doc, comments: list[Comment], *, option_order: Sequence[str],
                      option_label: Callable[[str], str], people: Mapping[str, Participant], mode: str,
                      level: int) -> None:
    """The comments on one question, under a heading at ``level``."""
    if not comments:
        return
    doc.heading(doc.t("comments"), level)
    doc.note(doc.t("comments_count", n=doc.integer(len(comments))))
    by_option: dict[str, list[Comment]] = {}
    for c in comments:
        by_option.setdefault(c.option or NO_OPTION, []).append(c)
    keys = _order(option_order, set(by_option))
    for key in keys:
        if len(keys) > 1 or key != NO_OPTION:
            title = option_label(key) if key != NO_OPTION else doc.t("on_question")
            doc.para(title, f"h{min(level + 1, 4)}")
        comment_list(doc, by_option[key], people, mode)
