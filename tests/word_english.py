"""Every text a reader sees in a .docx, and what of it is English (issue 14, tests/test_export_no_english.py).

:func:`docx_texts` reads the paragraphs of every Word part (body and its tables, headers, footers,
footnotes, endnotes, comments), the pictures' alternative text and the core properties.
:func:`english_left` says which of them still hold English once the session's own data (what people
typed: comments, names, organisations, titles, venues...) is taken out: for Arabic, Chinese and
Russian any Latin word outside a short list of proper names and acronyms; for French and Spanish a
sentence made of English function words, or a fixed English text of the app left as it was.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
TEXT_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")

# Proper names, acronyms and notation that stay Latin in every language.
ALLOWED_LATIN = frozenset(w.casefold() for w in """
    Workshop App Word Borda Schulze Kendall Friedman W n p SWOT FODA ISO SHA SHA-256 UTF-8 F9 workshop-app
    I II III IV V VI Condorcet bootstrap
""".split())
COMMANDS = re.compile(r"workshop-app (?:import|export|merge|compile-notes|info|check|results)\b")
# English function words: a French or Spanish sentence has almost none of them.
ENGLISH_STOPWORDS = frozenset("""
    the and of with which this that these those from are were is was by their for to it its be been has have
    not or when where than each every only into under over there what who how should would could will can
    they them our an at on as
""".split())
FRENCH_SPANISH_TOO = frozenset({"on", "as", "an"})  # also French or Spanish words: never counted alone

BIDI_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f"), None)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
FILE_NAME = re.compile(r"\S+\.(?:workshop|docx|json|xlsx|csv|md)\b")
HEX = re.compile(r"\b[0-9a-f]{8,}\b…?")


def _paragraphs(root) -> Iterable[str]:
    for p in root.iter(W + "p"):
        yield "".join(t.text or "" for t in p.iter(W + "t"))
    for pic in root.iter(WP + "docPr"):
        for attribute in ("descr", "title"):
            if pic.get(attribute):
                yield pic.get(attribute)


def docx_texts(path: Path) -> list[tuple[str, str]]:
    """(part, text) of every paragraph, alternative text and core property of the document."""
    out: list[tuple[str, str]] = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if TEXT_PARTS.match(name):
                out += [(name, text) for text in _paragraphs(etree.fromstring(zf.read(name))) if text.strip()]
        core = etree.fromstring(zf.read("docProps/core.xml"))
        for element in core:
            name = etree.QName(element).localname
            if element.text and element.text.strip() and name not in ("created", "modified", "language"):
                out.append((f"docProps/core.xml:{name}", element.text))
    return out


def strip_data(text: str, data: Iterable[str]) -> str:
    """``text`` without the data texts it contains (longest first), bidi marks and no-break hyphens undone."""
    text = text.translate(BIDI_MARKS).replace("\u2011", "-").replace("\u00a0", " ")
    pieces = sorted({d.strip() for d in data if d and d.strip()}, key=len, reverse=True)
    # a comment quoted again by its opening words: "Quoted above: “Women-led savings groups …”"
    for opening in re.findall(r"([^“”«»\"]+?)\s*…", text):
        if len(opening.strip()) >= 12 and any(p.startswith(opening.strip()) for p in pieces):
            text = text.replace(opening, " ")
    for piece in pieces:
        if piece in text:
            text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
    text = COMMANDS.sub(" ", FILE_NAME.sub(" ", text))
    return HEX.sub(" ", text)


def latin_words(text: str) -> list[str]:
    """Latin words that are not allowed names; a single letter is notation (W, n, p, k, "A beats B")."""
    return [w for w in LATIN_WORD.findall(text) if len(w) > 1 and w.casefold() not in ALLOWED_LATIN]


def english_sentence(text: str, fixed_english: Iterable[str] = ()) -> str | None:
    """The English found in a French or Spanish ``text``: a sentence where English function words
    run three in a row or make a quarter of its words, or one of the app's fixed English texts."""
    for sentence in re.split(r"(?<=[.!?;:])\s+", text):
        words = [w.casefold() for w in LATIN_WORD.findall(sentence)]
        english = [w in ENGLISH_STOPWORDS for w in words]
        run = best = 0
        for flag in english:
            run = run + 1 if flag else 0
            best = max(best, run)
        counted = sum(1 for w in words if w in ENGLISH_STOPWORDS and w not in FRENCH_SPANISH_TOO)
        if best >= 3 or (counted >= 2 and counted * 4 >= len(words)):
            return sentence
    for fixed in fixed_english:
        if re.search(rf"(?<![\w]){re.escape(fixed)}(?![\w])", text):
            return fixed
    return None


def english_left(texts: list[tuple[str, str]], language: str, data: Iterable[str],
                 fixed_english: Iterable[str] = ()) -> list[str]:
    """"part: text [English found]" for every text of the document that still holds English."""
    data = list(data)
    fixed = sorted(set(fixed_english), key=len, reverse=True)
    found = []
    for part, raw in texts:
        text = strip_data(raw, data)
        if language in ("ar", "zh", "ru"):
            left = latin_words(text)
            if left:
                found.append(f"{part}: {raw!r} [{' '.join(left)}]")
        else:
            left = english_sentence(text, fixed)
            if left:
                found.append(f"{part}: {raw!r} [{left}]")
    return found
