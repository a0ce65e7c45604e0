"""WordprocessingML written directly: fast paragraphs and tables, and the language settings.

python-docx builds one proxy object per paragraph, run and cell, and looks styles up by name;
at 20,000 comments that dominates an export. Here a document body is written as XML text (styles
resolved to their ids once), parsed in chunks with lxml, and moved into the python-docx document,
which still owns the package, the images and the saving.

python-docx has no API for two things every UN-language document needs, so they are here, in
:func:`paragraph_language` / :func:`run_language` and :func:`set_document_language`:
- Chinese runs name an East Asian font (``w:rFonts/@w:eastAsia``) and language (``w:lang/@w:eastAsia``);
- Arabic paragraphs are right-to-left (``w:bidi``), their runs ``w:rtl`` with ``w:lang/@w:bidi``;
  tables in a right-to-left document read from the right (``w:bidiVisual``).
Every paragraph and run carries its own language, so a note keeps it when compiled into another.

Text goes through :func:`clean` on its way into the XML: characters XML 1.0 cannot hold are
dropped (vertical tab and form feed become spaces, lone surrogates U+FFFD). That is for the
document only; the stored data is never changed.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import element_class_lookup
from docx.oxml.shape import CT_Inline
from lxml import etree

LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "zh": "zh-CN", "ar": "ar-SA"}
RTL = frozenset({"ar"})
EAST_ASIAN_FONT = "Microsoft YaHei"
COMPLEX_FONT = "Arial"
TEXT_WIDTH_TWIPS = 9071  # A4 with 2.5 cm margins: 16 cm
HEADER_FILL = "00689D"  # as the template's "Workshop Table" header row
HEADER_RUN = "TableHeader"  # character style: white bold (resources/word/build_template.py)

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_NAMESPACES = nsdecls("w", "r", "wp", "a", "pic")

_parser = etree.XMLParser(remove_blank_text=False, resolve_entities=False, huge_tree=True, no_network=True)
_parser.set_element_class_lookup(element_class_lookup)


def _replace_illegal(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in "\x0b\x0c":
        return " "
    if "\ud800" <= ch <= "\udfff":
        return "\ufffd"
    return ""


def clean(text: str | None) -> str:
    """``text`` without the characters an XML document cannot hold (for the document only)."""
    if not text:
        return ""
    return _ILLEGAL.sub(_replace_illegal, text)


LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate, pop directional isolate
_OPENING, _CLOSING = "([{«“", ")]}»”"


def isolate_ltr(text: str) -> str:
    """``text`` for a right-to-left paragraph: each left-to-right stretch (Latin words, dates, numbers,
    with the neutral characters between them) inside a left-to-right isolate, so the bidi algorithm keeps
    it whole: "2024 United Nations … (side event)" stays in that order, "2026-12-03" is not read as
    "03-12-2026", and a Latin name is not split around the Arabic text next to it."""
    if not text or LRI in text:
        return text
    out, i, n = [], 0, len(text)
    while i < n:
        if unicodedata.bidirectional(text[i]) not in ("L", "EN") and not _latin_group(text, i):
            out.append(text[i])
            i += 1
            continue
        j, last, depth = i, i, 0
        while j < n and unicodedata.bidirectional(text[j]) not in ("R", "AL", "AN"):
            if text[j] in _OPENING:
                depth += 1
            elif text[j] in _CLOSING:
                if not depth:
                    break  # a bracket opened before the stretch closes outside it
                depth -= 1
            if unicodedata.bidirectional(text[j]) in ("L", "EN"):
                last = j
            j += 1
        end = last + 1
        while end < n and unicodedata.bidirectional(text[end]) == "ET":  # "26%", "12 €"
            end += 1
        for cut in (" \u2026", "\u2026"):  # "the first words …" of a quote: its ellipsis ends it
            if text.startswith(cut, end):
                end += len(cut)
                break
        while end < n and text[end] in _CLOSING and _unclosed(text[i:end]):
            end += 1
        stretch = text[i:end]
        out.append(stretch if stretch.isdigit() else LRI + stretch + PDI)  # a bare number needs no isolate
        i = end
    return "".join(out)


def _latin_group(text: str, i: int) -> bool:
    """Whether a bracket opens at ``i`` a group with Latin letters and no right-to-left character: a
    formula such as "(k + 1) / (3 (k − 1))" is isolated brackets and all, or Arabic text reorders it."""
    if text[i] not in _OPENING:
        return False
    depth, latin = 0, False
    for ch in text[i:]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL", "AN"):
            return False
        latin = latin or kind == "L"
        depth += ch in _OPENING
        depth -= ch in _CLOSING
        if depth == 0:
            return latin
    return False


def _unclosed(segment: str) -> bool:
    return sum(segment.count(c) for c in _OPENING) > sum(segment.count(c) for c in _CLOSING)


def unbreakable_name(name: str) -> str:
    """A person's or organisation's name with non-breaking hyphens, so "Al-Khatib" never breaks at the line end."""
    return re.sub(r"(?<=\w)-(?=\w)", "\u2011", name)


def text_language(text: str, declared: str | None, default: str) -> str:
    """The language to tag ``text`` with: its declared one (if one of ours), else by its script."""
    code = (declared or "").split("-")[0].split("_")[0].lower()
    if code in LANG_TAGS:
        return code
    if _ARABIC.search(text):
        return "ar"
    if _CJK.search(text):
        return "zh"
    if default in RTL and any(ch.isalpha() for ch in text):
        return "en"  # Latin or Cyrillic prose in an Arabic document reads left to right
    return default


# ------------------------------------------------------------------------------ language helpers


def paragraph_language(lang: str) -> str:
    """The paragraph properties a language needs (``w:bidi`` for right-to-left)."""
    return "<w:bidi/>" if lang in RTL else ""


def run_language(lang: str) -> tuple[str, str]:
    """The run properties for ``lang``, split where the schema puts them: (fonts, direction+language)."""
    tag = LANG_TAGS.get(lang)
    if lang == "zh":
        return (f'<w:rFonts w:eastAsia="{EAST_ASIAN_FONT}" w:hint="eastAsia"/>',
                f'<w:lang w:eastAsia="{tag}"/>')
    if lang in RTL:
        return (f'<w:rFonts w:cs="{COMPLEX_FONT}"/>', f'<w:rtl/><w:lang w:bidi="{tag}"/>')
    if tag:
        return "", f'<w:lang w:val="{tag}"/>'
    return "", ""


def set_document_language(document, lang: str) -> None:
    """Defaults for the whole document: proofing languages, and right-to-left sections for Arabic."""
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = etree.SubElement(rpr, qn("w:lang"))
    lang_el.set(qn("w:val"), LANG_TAGS.get(lang, "en-GB") if lang not in ("zh", "ar") else "en-GB")
    lang_el.set(qn("w:eastAsia"), "zh-CN")
    lang_el.set(qn("w:bidi"), "ar-SA")
    for sect in document.element.body.iter(qn("w:sectPr")):
        existing = sect.find(qn("w:bidi"))
        if lang in RTL and existing is None:
            bidi = etree.SubElement(sect, qn("w:bidi"))
            # w:bidi comes after w:textDirection / before w:rtlGutter and w:docGrid in the schema
            grid = sect.find(qn("w:docGrid"))
            if grid is not None:
                grid.addprevious(bidi)
        elif lang not in RTL and existing is not None:
            sect.remove(existing)
    document.core_properties.language = LANG_TAGS.get(lang, lang)


# A list label in a right-to-left paragraph. Word reads a numbering level's ``w:lvlJc`` "left" as
# "start": in a ``w:bidi`` paragraph the bullet's right edge sits on the label position (the right
# margin, for the template's levels), inside the text block. LibreOffice (7.4: writerfilter maps
# lvlJc to a physical orientation, without the exchange for bidi paragraphs it makes for ``w:jc``)
# puts the bullet's left edge there instead, so the bullet hangs its width into the margin; "right"
# would mend LibreOffice and break Word. "center" means the same to both, so right-to-left paragraphs
# get their own copy of the list's numbering with the label centred half a label in from where its
# start edge was: both draw it where Word draws the mirror image of the left-to-right list.
LABEL_HALF_WIDTH = {"ListBullet": 60, "ListNumber": 120}  # twips: half a 10 pt bullet; half of "10."


def right_to_left_numbering(document, style_id: str) -> int | None:
    """The ``numId`` of a new numbering for right-to-left paragraphs of list style ``style_id``.

    A copy of the abstract numbering the style names, its labels centred (see above) and without
    ``w:pStyle`` (the style stays linked to its own numbering, which left-to-right paragraphs keep).
    None if the style has no numbering.
    """
    style = document.styles.element.xpath(f'w:style[@w:styleId="{style_id}"]')
    num_ids = style[0].xpath("w:pPr/w:numPr/w:numId/@w:val") if style else []
    if not num_ids:
        return None
    numbering = document.part.numbering_part.element
    source = numbering.xpath(f'w:num[@w:numId="{num_ids[0]}"]/w:abstractNumId/@w:val')
    abstract = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{source[0]}"]') if source else []
    if not abstract:
        return None
    mirrored = copy.deepcopy(abstract[0])
    abstract_id = 1 + max(int(v) for v in numbering.xpath("w:abstractNum/@w:abstractNumId"))
    mirrored.set(qn("w:abstractNumId"), str(abstract_id))
    for tag in ("w:nsid", "w:tmpl"):  # Word tells lists apart by their nsid: this one is new
        el = mirrored.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), f"{0x57410000 + abstract_id:08X}")
    half = LABEL_HALF_WIDTH.get(style_id, 60)
    for lvl in mirrored.findall(qn("w:lvl")):
        for el in lvl.findall(qn("w:pStyle")):
            lvl.remove(el)
        jc = lvl.find(qn("w:lvlJc"))
        if jc is None:  # after w:lvlText, as the schema orders a level
            jc = etree.Element(qn("w:lvlJc"))
            (lvl.find(qn("w:lvlText")) if lvl.find(qn("w:lvlText")) is not None else lvl[-1]).addnext(jc)
        jc.set(qn("w:val"), "center")
        ind = lvl.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        if ind is not None and ind.get(qn("w:hanging")) is not None:
            ind.set(qn("w:hanging"), str(max(0, int(ind.get(qn("w:hanging"))) - half)))
    numbering.xpath("w:abstractNum")[-1].addnext(mirrored)
    return int(numbering.add_num(abstract_id).get(qn("w:numId")))


APP_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Workshop App</Application><DocSecurity>0</DocSecurity></Properties>"
)
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"


def set_package_properties(document, *, title: str, subject: str, author: str, when) -> None:
    """The document's properties as of this export, not the template's (created 2013 by "Microsoft
    Macintosh Word", with a blank thumbnail): title, subject, author, created and modified now;
    the application is Workshop App; no thumbnail (Word and file browsers draw the first page)."""
    props = document.core_properties
    props.title, props.subject = title[:250], subject[:250]
    props.author = props.last_modified_by = author[:250] or "Workshop App"
    props.created = props.modified = when
    props.revision = 1
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == THUMBNAIL:
            del package.rels[rid]
        elif rel.reltype == EXTENDED:
            rel.target_part._blob = APP_PROPERTIES.encode("utf-8")


# ------------------------------------------------------------------------------------ XML pieces


@dataclass(frozen=True)
class Run:
    """A piece of text with its formatting; ``lang`` None means the paragraph's language."""

    text: str
    bold: bool = False
    italic: bool = False
    style: str | None = None  # a character style id
    lang: str | None = None


def _text_xml(text: str) -> str:
    text = clean(text)
    if "\n" not in text and "\t" not in text:
        return f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return "".join(parts)


def run_xml(run: Run, lang: str) -> str:
    fonts, direction = run_language(run.lang or lang)
    props = []
    if run.style:
        props.append(f'<w:rStyle w:val="{run.style}"/>')
    props.append(fonts)
    if run.bold:
        props.append("<w:b/><w:bCs/>")
    if run.italic:
        props.append("<w:i/><w:iCs/>")
    props.append(direction)
    rpr = "".join(props)
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{_text_xml(run.text)}</w:r>"


def paragraph_xml(runs: Sequence[Run] | str, style: str | None, lang: str, *, align: str | None = None,
                  keep_next: bool = False, page_break_before: bool = False, direction: str | None = None,
                  bookmark: tuple[int, str] | None = None, numbering: int | None = None) -> str:
    """A ``w:p`` element as text. ``style`` is a paragraph style id; ``align`` left/center/right/both.

    ``lang`` tags the runs (unless a run names its own); ``direction`` (a language, by default
    ``lang``) decides whether the paragraph is right-to-left. ``bookmark`` (id, name) marks the
    paragraph's text, so that an import can find it again after the rapporteur edited it in Word.
    ``numbering`` (a ``numId``) replaces the style's list numbering (:func:`right_to_left_numbering`).
    """
    if isinstance(runs, str):
        runs = [Run(runs)]
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if page_break_before:
        props.append("<w:pageBreakBefore/>")
    if numbering is not None:
        props.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numbering}"/></w:numPr>')
    props.append(paragraph_language(direction or lang))
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = "".join(props)
    if (direction or lang) in RTL:
        runs = [dataclasses.replace(r, text=isolate_ltr(r.text)) for r in runs]
    body = "".join(run_xml(r, lang) for r in runs if r.text)
    if bookmark:
        number, name = bookmark
        body = f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>{body}<w:bookmarkEnd w:id="{number}"/>'
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


@dataclass
class Cell:
    runs: Sequence[Run] | str
    lang: str | None = None


HEADER_PT = 9  # the table style's size (resources/word/build_template.py), bold in the header
CELL_MARGINS = 2 * 108 + 40  # the style's left and right cell margins, and a little room for rounding


def fit_header_words(twips: list[int], header: Sequence[str]) -> list[int]:
    """Widen any column whose header has a word wider than the column, taking the room from columns
    with room to spare (most from the widest), so that no header breaks inside a word; the table's
    width stays the same. When the words cannot all fit, each column gets its share of what there is.

    Chinese may break between any two characters, but a header cut inside its word ("平均名/次") reads
    badly: Chinese words are kept whole when that costs no column more than a third of its width."""
    from .measure import word_width_pt

    def need(width_of) -> list[int]:
        return [CELL_MARGINS + int(20 * width_of(h)) for h in header]

    whole = _widen(twips, need(_unbroken_width))
    if whole is not None and all(3 * f >= 2 * w for f, w in zip(whole, twips, strict=True)):
        return whole
    needed = need(lambda h: word_width_pt(h, HEADER_PT, bold=True))
    fitted = _widen(twips, needed)
    if fitted is None:  # cannot fit every word: share the width in proportion to what each needs
        width = sum(twips)
        return [max(300, width * n // sum(needed)) for n in needed]
    return fitted


def _widen(twips: list[int], need: list[int]) -> list[int] | None:
    """``twips`` with each column at least its ``need``, the room taken from the others; None if there is none."""
    deficit = sum(max(0, n - w) for w, n in zip(twips, need, strict=True))
    if not deficit:
        return twips
    spare = [max(0, w - n) for w, n in zip(twips, need, strict=True)]
    room = sum(spare)
    if room < deficit:
        return None
    return [max(w, n) - (deficit * sp // room if sp else 0) for w, n, sp in zip(twips, need, spare, strict=True)]


def _unbroken_width(header: str) -> float:
    """The widest space-separated word of ``header`` in points, a Chinese one counted whole."""
    from .measure import word_width_pt

    return max((sum(word_width_pt(ch, HEADER_PT, bold=True) for ch in word) for word in header.split()), default=0.0)


def table_xml(header: Sequence[str], rows: Iterable[Sequence[str | Cell]], *, widths: Sequence[float],
              numeric: Sequence[bool], lang: str, style: str, header_row: bool = True,
              cell_style: str | None = None) -> str:
    """A ``w:tbl`` as text: a header row that repeats on each page, then the rows.

    ``widths`` are relative; ``numeric`` columns, their headers included, are aligned to the end (right,
    or left in Arabic).
    """
    total = sum(widths) or 1
    twips = [max(300, int(TEXT_WIDTH_TWIPS * w / total)) for w in widths]
    if header_row:
        twips = fit_header_words(twips, header)
    bidi = "<w:bidiVisual/>" if lang in RTL else ""
    look = 'w:firstRow="1"' if header_row else 'w:firstRow="0"'
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/>{bidi}<w:tblW w:w="5000" w:type="pct"/>'
        f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" {look} w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in twips) + "</w:tblGrid>"
    ]
    cells_prefix = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>' for w in twips]
    # The header's shading and white bold text are also in the table style; written here as well
    # because not every reader applies a table style's first-row formatting (LibreOffice does not).
    head_prefix = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
                   f'w:fill="{HEADER_FILL}"/></w:tcPr>' for w in twips]

    def row(values: Sequence[str | Cell], head: bool) -> str:
        parts = ['<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' if head else "<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
        for i, value in enumerate(values):
            cell = value if isinstance(value, Cell) else Cell(value)
            text = cell.runs if isinstance(cell.runs, str) else ""
            cell_lang = cell.lang or (text_language(text, None, lang) if text else lang)
            # a cell reads in the table's direction; its runs keep their own language
            align = "right" if numeric[i] else None  # a numeric column's header too, over its figures
            if head:
                parts.append(head_prefix[i] + paragraph_xml([Run(text, style=HEADER_RUN)], cell_style, cell_lang,
                                                            align=align, direction=lang) + "</w:tc>")
                continue
            parts.append(cells_prefix[i] + paragraph_xml(cell.runs, cell_style, cell_lang, align=align,
                                                         direction=lang) + "</w:tc>")
        parts.append("</w:tr>")
        return "".join(parts)

    if header_row:
        out.append(row(header, True))
    for values in rows:
        out.append(row(values, False))
    out.append("</w:tbl>")
    return "".join(out)


def field_xml(instruction: str, placeholder: str, lang: str, style: str | None = None) -> str:
    """A paragraph holding one complex field (TOC, PAGE...) with ``placeholder`` as its shown result."""
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + paragraph_language(lang)
    return (f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}"
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{run_xml(Run(placeholder), lang)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


# ------------------------------------------------------------------------------------- the writer


class BodyWriter:
    """Collects body XML as text and moves it into a python-docx ``Document`` in parsed chunks."""

    CHUNK = 4000

    def __init__(self, document):
        self.document = document
        self.body = document.element.body
        self.sect = self.body.find(qn("w:sectPr"))
        self.parts: list[str] = []
        self._shape_id = 1000
        self.style_ids = {s.name: s.style_id for s in document.styles}

    def style(self, name: str) -> str:
        """The id of a style by its name (resolved once, when the writer was made)."""
        return self.style_ids[name]

    def add(self, xml: str) -> None:
        self.parts.append(xml)
        if len(self.parts) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.parts:
            return
        fragment = etree.fromstring(f"<w:body {_NAMESPACES}>{''.join(self.parts)}</w:body>", _parser)
        self.parts = []
        for element in list(fragment):
            if self.sect is not None:
                self.sect.addprevious(element)
            else:
                self.body.append(element)

    def picture_xml(self, png: bytes, width_emu: int, lang: str, style: str | None = None, *, alt: str = "") -> str:
        """A paragraph holding one picture (the image part is added to the package now).

        ``alt`` is the picture's alternative text (what a screen reader says, and Word's "Alt Text"):
        written on both the drawing's ``wp:docPr`` and the picture's ``pic:cNvPr``.
        """
        rid, image = self.document.part.get_or_add_image(io.BytesIO(png))
        cx, cy = image.scaled_dimensions(width_emu, None)
        self._shape_id += 1
        inline = CT_Inline.new_pic_inline(self._shape_id, rid, f"chart{self._shape_id}.png", cx, cy)
        if alt:
            for el in inline.xpath(".//wp:docPr | .//pic:cNvPr"):
                el.set("descr", alt[:2000])
        drawing = etree.tostring(inline, encoding="unicode")
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + "<w:keepNext/>" + paragraph_language(lang)
        return f'<w:p><w:pPr>{ppr}<w:jc w:val="center"/></w:pPr><w:r><w:drawing>{drawing}</w:drawing></w:r></w:p>'
