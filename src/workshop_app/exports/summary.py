"""The note's first pages: an executive summary, then a table of contents.

A reader who stops after page 2 knows who came, what the room put first (with how much agreement) and
what the rapporteur concluded. The summary quotes nobody: every quote stays where it is argued, under
its question, so it appears once. The table of contents is a real Word TOC field, pre-filled with the
headings (Word fills in the page numbers when the note is opened: the field is marked dirty).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..analysis.results import RankingResult, ScoreResult
from ..domain.model import Consolidation, SessionData
from ..domain.rules import conclusion_paragraphs
from .comments_section import own_bookmark
from .document import Doc
from .terms import kendall_text
from .wordxml import Run, paragraph_language, run_xml

TOP = 3
MASTER_CONCLUSIONS = 8  # a master's summary quotes this many dialogues' conclusions; all are in its body
TOC_MARK = "_WorkshopAppToc"


def summary(doc: Doc, sessions: Sequence[SessionData], participation_line: str,
            questions: Sequence[tuple[str, Any, Callable[[Any], str]]], own: Consolidation | None = None, *,
            conclusions_in_body: bool = True) -> None:
    """``questions``: (prompt, result, label_of) for each question whose result the summary states.
    ``own``: a master's own key messages and conclusions, which open it and take the place of the
    dialogues' conclusions (those stay in the body, ``conclusions_in_body``)."""
    doc.heading(doc.t("summary"), 1, page_break_before=True)
    doc.para(participation_line)
    if own is not None and own.key_messages:
        doc.heading(doc.t("key_messages"), 2)
        for i, message in enumerate(own.key_messages):
            doc.para(message, "bullet", bookmark=own_bookmark("key_messages", own.id, i))
    lines = [line for prompt, result, label_of in questions if (line := _question_line(doc, prompt, result, label_of))]
    if lines:
        doc.heading(doc.t("summary_priorities"), 2)
        for prompt, text in lines:
            prompt = prompt.rstrip(" .:;。：")
            doc.para([Run(prompt, bold=True, lang=doc.lang_of(prompt)), Run(doc.t("colon")),
                      Run(text, lang=doc.language)], "bullet")
    if own is not None and own.conclusions.strip():
        doc.heading(doc.t("overall"), 2)
        own_conclusions(doc, own)
        if conclusions_in_body and any(m.question is None for d in sessions for m in d.key_messages):
            doc.note(doc.t("summary_dialogues_see"))
        return
    overall = [(d, m) for d in sessions for m in sorted(d.key_messages, key=lambda k: k.position)
               if m.question is None and m.text.strip()]
    if overall:
        doc.heading(doc.t("overall"), 2)
        master = len(sessions) > 1
        if master and len(overall) > MASTER_CONCLUSIONS:
            doc.note(doc.t("summary_more", shown=MASTER_CONCLUSIONS, n=len(overall)))
            overall = overall[:MASTER_CONCLUSIONS]
        for data, message in overall:
            runs = [Run(data.session.title + doc.t("colon"), italic=True, lang=doc.lang_of(data.session.title))] \
                if master and data.session.title else []
            doc.para(runs + [Run(message.text, lang=doc.lang_of(message.text))], "bullet")


def own_conclusions(doc: Doc, own: Consolidation) -> None:
    """A master's own conclusions, a paragraph for each block of text (a blank line apart)."""
    for i, paragraph in enumerate(conclusion_paragraphs(own.conclusions)):
        doc.para(paragraph, bookmark=own_bookmark("conclusions", own.id, i))


def _question_line(doc: Doc, prompt: str, result: Any, label_of: Callable[[Any], str]) -> tuple[str, str] | None:
    if not getattr(result, "ballots", 0):
        return None
    if isinstance(result, RankingResult):
        top = [f"{r.position}. {label_of(r)} ({doc.percent(r.borda_share)})" for r in result.options[:TOP]]
        return prompt, " · ".join(top) + _stop(doc) + ("" if doc.language == "zh" else " ") \
            + kendall_text(result.kendall, len(result.options), doc.language)  # no space after "。"
    if isinstance(result, ScoreResult) and result.kind == "points":
        top = [f"{r.position}. {label_of(r)} ({doc.percent(r.share)})" for r in result.options[:TOP]]
        return prompt, " · ".join(top) + _stop(doc)
    if isinstance(result, ScoreResult):
        top = [f"{r.position}. {label_of(r)} ({doc.number(r.mean, 1)})" for r in result.options[:TOP]]
        return prompt, " · ".join(top) + _stop(doc)
    return None


def _stop(doc: Doc) -> str:
    return "。" if doc.language == "zh" else "."


def contents(doc: Doc) -> None:
    """The heading and a marker where :func:`fill_contents` puts the TOC field once the headings exist."""
    doc.para(doc.t("contents"), "toc_heading")
    doc.w.add(f'<w:p><w:bookmarkStart w:id="90001" w:name="{TOC_MARK}"/><w:bookmarkEnd w:id="90001"/></w:p>')


def fill_contents(doc: Doc, outline: Sequence[tuple[int, str]]) -> None:
    """Replace the marker by a TOC field whose result lists ``outline`` (level 1 and 2 headings)."""
    from docx.oxml.ns import qn
    from lxml import etree

    doc.w.flush()
    body = doc.document.element.body
    mark = next((b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == TOC_MARK), None)
    if mark is None:
        return
    paragraph = mark.getparent()
    begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">'
             ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    entries = [(level, text) for level, text in outline if level <= 2] or [(1, doc.t("toc_update"))]
    xml = []
    for i, (level, text) in enumerate(entries):
        lang = doc.lang_of(text)
        ppr = (f'<w:pPr><w:pStyle w:val="{doc.s["normal"]}"/>{paragraph_language(doc.language)}'
               f'<w:ind w:start="{340 * (level - 1)}"/></w:pPr>')
        xml.append("<w:p>" + ppr + (begin if i == 0 else "") + run_xml(Run(text, bold=level == 1), lang)
                   + (end if i == len(entries) - 1 else "") + "</w:p>")
    from .wordxml import _NAMESPACES, _parser  # the writer's own parser: same namespaces

    fragment = etree.fromstring(f"<w:body {_NAMESPACES}>{''.join(xml)}</w:body>", _parser)
    for element in list(fragment):
        paragraph.addprevious(element)
    paragraph.getparent().remove(paragraph)

