"""Build ``synthesis.docx``, the house-style Word template of the synthesis notes.

Run from the repository root after changing a style, and commit both files::

    python resources/word/build_template.py

It starts from python-docx's default template and restyles it for a sober UN-like look: A4 with
2.5 cm margins, Arial (with Microsoft YaHei for Chinese and Arial for Arabic script), headings in
the UN blue #009EDB, a table style with a shaded header row, "Quote" for verbatim comments,
"Caption", "Key Message", "Note", a page number in the footer. Theme fonts are removed
everywhere, since a theme font attribute silently wins over the explicit font names.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

OUT = Path(__file__).with_name("synthesis.docx")

BLUE = "009EDB"
DARK_BLUE = "00689D"
TEXT = "262626"
GREY = "595959"
LIGHT_BLUE = "E8F5FB"
BAND = "F3F9FC"
RULE = "D0D7DE"

LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
COMPLEX_FONT = "Arial"

THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def el(tag: str, **attrs: str) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), v)
    return e


def child(parent, tag: str, **attrs: str):
    """The first ``tag`` child of ``parent`` (replaced by a fresh one with ``attrs``)."""
    old = parent.find(qn(tag))
    new = el(tag, **attrs)
    if old is not None:
        old.addprevious(new)
        parent.remove(old)
    else:
        parent.append(new)
    return new


PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:numPr", "w:pBdr", "w:shd",
             "w:tabs", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc", "w:outlineLvl")
RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:color", "w:spacing",
             "w:kern", "w:sz", "w:szCs", "w:shd", "w:lang")


def ordered(parent, order: tuple[str, ...]) -> None:
    """Put known children in schema order (Word refuses files with misordered properties)."""
    rank = {qn(t): i for i, t in enumerate(order)}
    kids = list(parent)
    kids.sort(key=lambda k: rank.get(k.tag, len(order)))
    for k in kids:
        parent.remove(k)
        parent.append(k)


def strip_theme_fonts(root) -> None:
    for rfonts in root.iter(qn("w:rFonts")):
        for attr in THEME_ATTRS:
            rfonts.attrib.pop(qn(attr), None)
        if not rfonts.attrib:
            rfonts.getparent().remove(rfonts)
    for color in root.iter(qn("w:color")):
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attr), None)


def set_run_props(style, *, size: float | None = None, color: str | None = None, bold: bool | None = None,
                  italic: bool | None = None) -> None:
    rpr = style.element.get_or_add_rPr()
    if size is not None:
        child(rpr, "w:sz", val=str(int(size * 2)))
        child(rpr, "w:szCs", val=str(int(size * 2)))
    if color is not None:
        child(rpr, "w:color", val=color)
    for flag, tags in ((bold, ("w:b", "w:bCs")), (italic, ("w:i", "w:iCs"))):
        if flag is None:
            continue
        for tag in tags:
            if flag:
                child(rpr, tag)
            else:
                child(rpr, tag, val="0")
    ordered(rpr, RPR_ORDER)


def set_par_props(style, *, before: int | None = None, after: int | None = None, line: int | None = None,
                  keep_next: bool = False, border: tuple[str, str, int] | None = None, shading: str | None = None,
                  indent: tuple[int, int] | None = None) -> None:
    ppr = style.element.get_or_add_pPr()
    if before is not None or after is not None or line is not None:
        attrs = {}
        if before is not None:
            attrs["before"] = str(before)
        if after is not None:
            attrs["after"] = str(after)
        if line is not None:
            attrs.update(line=str(line), lineRule="auto")
        child(ppr, "w:spacing", **attrs)
    if keep_next:
        child(ppr, "w:keepNext")
    if border is not None:
        side, color, size = border
        bdr = child(ppr, "w:pBdr")
        bdr.append(el(f"w:{side}", val="single", sz=str(size), space="6" if side in ("left", "right") else "2",
                      color=color))
    if shading is not None:
        child(ppr, "w:shd", val="clear", color="auto", fill=shading)
    if indent is not None:
        child(ppr, "w:ind", left=str(indent[0]), right=str(indent[1]))
    ordered(ppr, PPR_ORDER)


def paragraph_style(doc, name: str, base: str = "Normal"):
    styles = doc.styles
    try:
        return styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        return style


def defaults(doc) -> None:
    root = doc.styles.element
    strip_theme_fonts(root)
    rpr = root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    child(rpr, "w:rFonts", ascii=LATIN_FONT, hAnsi=LATIN_FONT, eastAsia=EAST_ASIAN_FONT, cs=COMPLEX_FONT)
    child(rpr, "w:sz", val="20")
    child(rpr, "w:szCs", val="20")
    child(rpr, "w:lang", val="en-GB", eastAsia="zh-CN", bidi="ar-SA")
    ordered(rpr, RPR_ORDER)
    ppr = root.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    child(ppr, "w:spacing", after="120", line="264", lineRule="auto")


def text_styles(doc) -> None:
    s = doc.styles
    set_run_props(s["Normal"], color=TEXT)
    set_run_props(s["Title"], size=24, color=BLUE, bold=False)
    title_ppr = s["Title"].element.get_or_add_pPr()
    bdr = title_ppr.find(qn("w:pBdr"))
    if bdr is not None:
        title_ppr.remove(bdr)
    set_par_props(s["Title"], before=0, after=160, line=240)
    rpr = s["Title"].element.get_or_add_rPr()
    for tag in ("w:spacing", "w:kern"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
    set_run_props(s["Subtitle"], size=13, color=GREY, italic=False)
    set_par_props(s["Subtitle"], after=360)
    set_run_props(s["Heading 1"], size=15, color=BLUE, bold=True)
    set_par_props(s["Heading 1"], before=360, after=120, keep_next=True, border=("bottom", "B3E2F5", 6))
    set_run_props(s["Heading 2"], size=12.5, color=DARK_BLUE, bold=True)
    set_par_props(s["Heading 2"], before=280, after=80, keep_next=True)
    set_run_props(s["Heading 3"], size=11, color=TEXT, bold=True)
    set_par_props(s["Heading 3"], before=200, after=60, keep_next=True)
    set_run_props(s["Heading 4"], size=10.5, color=DARK_BLUE, bold=True, italic=False)
    set_par_props(s["Heading 4"], before=160, after=40, keep_next=True)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Heading 4", "Title", "Subtitle", "Quote"):
        linked = s[f"{name} Char"].element  # the character twin Word uses for part of a paragraph
        old = linked.find(qn("w:rPr"))
        if old is not None:
            linked.remove(old)
        linked.append(copy.deepcopy(s[name].element.get_or_add_rPr()))
    set_run_props(s["Quote"], size=10, color="404040", italic=True)
    set_par_props(s["Quote"], before=40, after=100, border=("left", BLUE, 12), indent=(340, 340))
    set_run_props(s["Caption"], size=9, color=GREY, italic=True, bold=False)
    set_par_props(s["Caption"], before=60, after=240)
    s["Caption"].element.remove(s["Caption"].element.find(qn("w:semiHidden")))
    set_par_props(s["List Bullet"], after=60)

    cover_title = paragraph_style(doc, "Cover Title", base="Title")  # a title kept out of the TOC
    set_run_props(cover_title, size=24, color=BLUE)
    key = paragraph_style(doc, "Key Message")
    set_run_props(key, size=10.5)
    set_par_props(key, before=60, after=100, border=("left", DARK_BLUE, 18), shading=LIGHT_BLUE, indent=(170, 170))
    note = paragraph_style(doc, "Note")
    set_run_props(note, size=9, color=GREY)
    set_par_props(note, after=120)
    detail = paragraph_style(doc, "Cover Detail")
    set_run_props(detail, size=10.5)
    set_par_props(detail, after=40)
    for level in (1, 2):
        toc = paragraph_style(doc, f"toc {level}")
        set_par_props(toc, after=60, indent=(0 if level == 1 else 340, 0))
    attribution = s.add_style("Quote Attribution", WD_STYLE_TYPE.CHARACTER)
    set_run_props(attribution, size=9, color=GREY, italic=False)
    header_text = s.add_style("Table Header", WD_STYLE_TYPE.CHARACTER)
    set_run_props(header_text, size=8.5, color="FFFFFF", bold=True)
    for name in ("Header", "Footer"):
        set_run_props(s[name], size=8, color=GREY)


def table_styles(doc) -> None:
    base = doc.styles["Table Grid"].element
    house = copy.deepcopy(base)
    house.set(qn("w:styleId"), "WorkshopTable")
    house.find(qn("w:name")).set(qn("w:val"), "Workshop Table")
    for tag in ("w:rsid", "w:uiPriority"):
        for e in house.findall(qn(tag)):
            house.remove(e)
    tblpr = house.find(qn("w:tblPr"))
    borders = tblpr.find(qn("w:tblBorders"))
    for e in list(borders):
        borders.remove(e)
    borders.append(el("w:top", val="single", sz="8", space="0", color=DARK_BLUE))
    borders.append(el("w:bottom", val="single", sz="8", space="0", color=DARK_BLUE))
    borders.append(el("w:insideH", val="single", sz="4", space="0", color=RULE))
    mar = tblpr.find(qn("w:tblCellMar"))
    mar.find(qn("w:top")).set(qn("w:w"), "45")
    mar.find(qn("w:bottom")).set(qn("w:w"), "45")
    house.find(qn("w:pPr")).find(qn("w:spacing")).set(qn("w:after"), "0")
    rpr = el("w:rPr")
    rpr.append(el("w:sz", val="18"))
    rpr.append(el("w:szCs", val="18"))
    tblpr.addprevious(rpr)
    header = el("w:tblStylePr", type="firstRow")
    hrpr = el("w:rPr")
    for tag in ("w:b", "w:bCs"):
        hrpr.append(el(tag))
    hrpr.append(el("w:color", val="FFFFFF"))
    header.append(hrpr)
    header.append(el("w:tblPr"))
    trpr = el("w:trPr")
    trpr.append(el("w:tblHeader"))
    header.append(trpr)
    tcpr = el("w:tcPr")
    tcpr.append(el("w:shd", val="clear", color="auto", fill=DARK_BLUE))
    header.append(tcpr)
    house.append(header)
    band = el("w:tblStylePr", type="band1Horz")
    band.append(el("w:tblPr"))
    btcpr = el("w:tcPr")
    btcpr.append(el("w:shd", val="clear", color="auto", fill=BAND))
    band.append(btcpr)
    house.append(band)
    base.addnext(house)

    plain = copy.deepcopy(house)
    plain.set(qn("w:styleId"), "PlainTable")
    plain.find(qn("w:name")).set(qn("w:val"), "Plain Table")
    for e in plain.findall(qn("w:tblStylePr")):
        plain.remove(e)
    pborders = plain.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    for e in list(pborders):
        pborders.remove(e)
    plain.find(qn("w:rPr")).find(qn("w:sz")).set(qn("w:val"), "21")
    plain.find(qn("w:rPr")).find(qn("w:szCs")).set(qn("w:val"), "21")
    house.addnext(plain)


def page_setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.3)
    section.header_distance = section.footer_distance = Cm(1.1)
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.alignment = 2  # right (mirrored in a right-to-left document)
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.alignment = 1
    run = footer.add_run()
    begin = el("w:fldChar", fldCharType="begin")
    instr = el("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " PAGE "
    sep = el("w:fldChar", fldCharType="separate")
    run._r.append(begin)
    run2 = footer.add_run()
    run2._r.append(instr)
    run3 = footer.add_run()
    run3._r.append(sep)
    footer.add_run("1")
    run5 = footer.add_run()
    run5._r.append(el("w:fldChar", fldCharType="end"))


def settings(doc) -> None:
    root = doc.settings.element
    lang = root.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
        lang.set(qn("w:bidi"), "ar-SA")


def build(out: Path = OUT) -> Path:
    doc = docx.Document()
    # python-docx's default carries one empty paragraph; the template body stays empty.
    body = doc.element.body
    for p in body.findall(qn("w:p")):
        body.remove(p)
    defaults(doc)
    text_styles(doc)
    table_styles(doc)
    page_setup(doc)
    settings(doc)
    props = doc.core_properties
    props.author = "Workshop App"
    props.title = ""
    props.comments = "House style of the Workshop App synthesis notes (built by resources/word/build_template.py)."
    props.revision = 1
    doc.save(str(out))
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    print(f"Wrote {build(target)}")
