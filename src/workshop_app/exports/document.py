"""A Word document in the house style, written through :class:`~.wordxml.BodyWriter`.

:class:`Doc` opens the template, resolves every style once, numbers tables and figures, and offers
the few building blocks the synthesis needs (headings, paragraphs, notes, bullets, quotes, key
messages, tables with captions, charts). Numbers are written the way each language writes them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from ..host.paths import resource
from . import localised
from .i18n import lang_code, t
from .wordxml import (
    PAGE_BREAK,
    RTL,
    BodyWriter,
    Cell,
    Run,
    paragraph_xml,
    right_to_left_numbering,
    set_document_language,
    set_package_properties,
    table_xml,
    text_language,
    unbreakable_name,
)

log = logging.getLogger(__name__)

TEMPLATE = "word/synthesis.docx"
SHORT_ATTRIBUTION = 60  # characters: a third of a line at the attribution's size
CHART_WIDTH = Cm(15.5)

STYLE_NAMES = {
    "title": "Title", "subtitle": "Subtitle", "h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3",
    "h4": "Heading 4", "quote": "Quote", "caption": "Caption", "key": "Key Message", "note": "Note",
    "bullet": "List Bullet", "number": "List Number", "table": "Workshop Table", "plain": "Plain Table",
    "attribution": "Quote Attribution", "cover": "Cover Detail", "header": "Header", "normal": "Normal",
    "cover_title": "Cover Title", "toc_heading": "TOC Heading",
}


def template_path() -> Path:
    return resource(TEMPLATE)


def fmt_number(value: float | None, digits: int, language: str) -> str:
    """A decimal as ``language`` writes it (Babel's CLDR: "1 234,57" in French); "–" for no value."""
    return "–" if value is None else localised.decimal(value, digits, language)


def fmt_percent(share: float | None, language: str) -> str:
    return "–" if share is None else localised.percent(share, language)


class Doc:
    """The document being written, in ``language`` (one of the six codes)."""

    def __init__(self, language: str):
        self.language = lang_code(language)
        self.document = docx.Document(str(template_path()))
        set_document_language(self.document, self.language)
        self.w = BodyWriter(self.document)
        self.s = {key: self.w.style(name) for key, name in STYLE_NAMES.items()}
        self.tables = 0
        self.figures = 0
        self.outline: list[tuple[int, str]] = []  # (level, text) of every heading, for the contents
        self.quoted: set[str] = set()  # ids of the comments already shown in full
        self.bookmarks = 0  # bookmarks written so far (each needs its own number)
        self.rtl_lists: dict[str, int | None] = {}  # list style key -> its right-to-left numbering's numId

    # -- text ------------------------------------------------------------------------------------
    def t(self, key: str, **values) -> str:
        return t(key, self.language, **values)

    def lang_of(self, text: str, declared: str | None = None) -> str:
        return text_language(text, declared, self.language)

    def para(self, runs: Sequence[Run] | str, style: str = "normal", *, lang: str | None = None,
             keep_next: bool = False, page_break_before: bool = False, align: str | None = None,
             direction: str | None = None, bookmark: str | None = None) -> None:
        """A paragraph; ``direction`` (a language) makes it read in that language's direction whatever
        its text's (the cover of an Arabic note is right-to-left even where a title is in English).
        ``bookmark`` names it for the import's round trip (storage.embedded.bookmarked_texts)."""
        if isinstance(runs, str):
            if not runs:
                return
            lang = lang or self.lang_of(runs)
        elif lang is None:  # runs all in one declared language read in its direction, as a string does
            declared = {r.lang for r in runs if r.text.strip()}
            lang = declared.pop() if len(declared) == 1 and None not in declared else None
        mark = None
        if bookmark:
            self.bookmarks += 1
            mark = (self.bookmarks, bookmark)
        lang = lang or self.language
        self.w.add(paragraph_xml(runs, self.s[style], lang, keep_next=keep_next,
                                 page_break_before=page_break_before, align=align, direction=direction,
                                 bookmark=mark, numbering=self.list_numbering(style, direction or lang)))

    def list_numbering(self, style: str, direction: str) -> int | None:
        """The numbering a right-to-left paragraph of a list style names instead of its style's (made
        the first time one is written, so a note without one keeps the template's numbering as it is)."""
        if direction not in RTL or style not in ("bullet", "number"):
            return None
        if style not in self.rtl_lists:
            self.rtl_lists[style] = right_to_left_numbering(self.document, self.s[style])
        return self.rtl_lists[style]

    def heading(self, text: str, level: int = 1, *, page_break_before: bool = False) -> None:
        self.outline.append((level, text))
        self.para(text, f"h{level}", page_break_before=page_break_before)

    def note(self, text: str) -> None:
        self.para(text, "note")

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.para(item, "bullet")

    def page_break(self) -> None:
        self.w.add(PAGE_BREAK)

    def quote(self, text: str, who: str, declared: str | None, *, style: str = "quote") -> None:
        """A verbatim comment in its own language, its attribution in the document's language.

        A short attribution read in the other direction than its comment ("— أحد المشاركين (دولة عضو)"
        after a Chinese comment) is kept on one line: split at a line end, its halves read out of order."""
        lang = self.lang_of(text, declared)
        runs = [Run(text)]
        if who:
            who = "— " + unbreakable_name(who)
            written_in = self.lang_of(who)
            if (lang in RTL) != (written_in in RTL) and len(who) <= SHORT_ATTRIBUTION:
                # LibreOffice 7.4 still breaks Arabic at U+00A0; it keeps U+202F (narrow) whole, as Word does
                who = who.replace(" ", "\u202f" if written_in in RTL else "\u00a0")
            runs.append(Run("  " + who, style=self.s["attribution"], lang=self.language))
        self.w.add(paragraph_xml(runs, self.s[style], lang, numbering=self.list_numbering(style, lang)))

    # -- tables and figures ------------------------------------------------------------------------
    def table(self, caption: str | None, header: Sequence[str], rows: Iterable[Sequence[str | Cell]], *,
              widths: Sequence[float], numeric: Sequence[bool], style: str = "table", header_row: bool = True) -> None:
        if caption:
            self.tables += 1
            self.para(self.t("table_caption", n=self.tables, text=caption), "caption", keep_next=True,
                      lang=self.language)
        self.w.add(table_xml(header, rows, widths=widths, numeric=numeric, lang=self.language,
                             style=self.s[style], header_row=header_row))
        self.w.add(paragraph_xml("", self.s["note"], self.language))  # room after a table

    def figure(self, png: bytes, caption: str, facts: Sequence[str] = ()) -> None:
        """A chart with its caption; ``facts`` ("Option A: 42%") make its alternative text with the caption."""
        self.figures += 1
        separator = {"zh": "；", "ar": "؛ "}.get(self.language, "; ")
        alt = caption + (self.t("colon") + separator.join(facts) if facts else "")
        self.w.add(self.w.picture_xml(png, CHART_WIDTH, self.language, alt=alt))
        self.para(self.t("figure_caption", n=self.figures, text=caption), "caption", lang=self.language)

    def number(self, value: float | None, digits: int = 2) -> str:
        return fmt_number(value, digits, self.language)

    def percent(self, share: float | None) -> str:
        return fmt_percent(share, self.language)

    def integer(self, value: int) -> str:
        """A count as the language writes it ("1 234" in French, "1.234" in Spanish)."""
        return localised.integer(value, self.language)

    def date(self, value, *, table: bool = False) -> str:
        """A calendar date ("9 mai 2024"); a typed date that is not ISO stays as typed."""
        return (localised.short_date if table else localised.long_date)(value, self.language)

    # -- finishing ---------------------------------------------------------------------------------
    def set_header(self, text: str) -> None:
        """The running header: the document's short title on every page."""
        header = self.document.sections[0].header
        para = header.paragraphs[0]._p
        for r in para.findall(qn("w:r")):
            para.remove(r)
        new = etree.fromstring(
            f'<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"{paragraph_xml([Run(text)], self.s['header'], self.lang_of(text))}</w:x>"
        )[0]
        for r in new.findall(qn("w:r")):
            para.append(r)
        ppr = para.find(qn("w:pPr"))
        if self.language == "ar" and ppr is not None and ppr.find(qn("w:bidi")) is None:
            bidi = etree.SubElement(ppr, qn("w:bidi"))
            jc = ppr.find(qn("w:jc"))
            if jc is not None:
                jc.addprevious(bidi)

    def set_properties(self, title: str, subject: str, author: str = "") -> None:
        set_package_properties(self.document, title=title, subject=subject, author=author,
                               when=datetime.now(UTC).replace(microsecond=0, tzinfo=None))
        props = self.document.core_properties
        props.comments = self.t("doc_comments")
        props.keywords = f"workshop-app; {self.t('doc_keyword')}"

    def finish(self) -> None:
        self.w.flush()

    def save(self, path: Path) -> None:
        self.finish()
        self.document.save(str(path))
