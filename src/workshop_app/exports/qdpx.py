"""REFI-QDA project export (``.qdpx``): the comments, ready for QualCoder, NVivo, MAXQDA or ATLAS.ti.

A ``.qdpx`` is a zip holding ``project.qde`` (QDA-XML 1.0, namespace ``urn:QDA-XML:project:1.0``) and
one plain-text file per source under ``Sources/``. What an analyst gets:

- one **text source per dialogue**: its title, then each question's prompt followed by its comments, one
  paragraph each; every comment is a *selection* (character offsets on that text);
- **codes**: the questions (and their options) each comment was made on, the SWOT categories, the
  rapporteur's tags, and "Key quotes" for starred comments; each comment is coded accordingly;
- **cases**: one per participant who commented, with the variables stakeholder group, organisation,
  country and dialogue, linked to their comments.

Privacy: the participants come from :func:`.scope.load_scope`, so the one rule of :mod:`.privacy`
has already decided what may be shown: a case is named only for someone who consented (and in mode
``none``); anyone else is "Participant N (group)", with an organisation or country only where the
rule allows it. No participant name is ever written into a source text.

The GUIDs are derived from the records' ids (UUID 5), so exporting the same file twice gives the same
project and an analyst can re-import it over an earlier one.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from ..domain.model import Comment, Participant, Question, SessionData
from ..storage.atomic import atomic_write_bytes
from .i18n import t
from .scope import ExportScope, shown_name
from .terms import group_label, swot_label

NS = "urn:QDA-XML:project:1.0"
_NAMESPACE = uuid.UUID("5f0d3c1e-8a57-4c8e-9d0b-2f6b1d6c9a41")  # this app's namespace for UUID 5
SWOT_ORDER = ("strength", "weakness", "opportunity", "threat")


def guid(*parts: str) -> str:
    """A stable GUID for a thing of this export (the same record always gets the same GUID)."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def _el(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})


@dataclass
class _Source:
    """One dialogue's text and the selections (comments) on it."""

    guid: str
    name: str
    text: str = ""
    selections: list[tuple[str, int, int, list[str], str]] = field(default_factory=list)  # guid, start, end, codes, who

    def add(self, line: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += line + "\n"
        return start, start + len(line)


class _Codes:
    """The codebook: nested codes, each with a GUID; ``add`` returns the GUID to code with."""

    def __init__(self, root: ET.Element):
        self.book = _el(_el(root, "CodeBook"), "Codes")
        self.by_key: dict[tuple[str, ...], ET.Element] = {}

    def add(self, key: tuple[str, ...], name: str, *, parent: tuple[str, ...] | None = None,
            codable: bool = True) -> str:
        if key not in self.by_key:
            holder = self.by_key[parent] if parent else self.book
            self.by_key[key] = _el(holder, "Code", guid=guid("code", *key), name=name or "—",
                                   isCodable="true" if codable else "false")
        return self.by_key[key].get("guid", "")


def write_qdpx(scope: ExportScope, output: Path, *, language: str | None = None) -> Path:
    """Write the REFI-QDA project of ``scope`` to ``output`` (atomically)."""
    language = language or scope.default_language()
    atomic_write_bytes(output, build_qdpx(scope, language))
    return output


def build_qdpx(scope: ExportScope, language: str) -> bytes:
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    root = ET.Element(f"{{{NS}}}Project", {
        "name": _project_name(scope, language), "origin": "Workshop App", "creationDateTime": now,
        "creatingUserGUID": guid("user"),
    })
    _el(_el(root, "Users"), "User", guid=guid("user"), name="Workshop App")
    codes = _Codes(root)
    sources = [_session_source(d, codes, scope.is_master, language) for d in scope.sessions]
    _add_swot_and_tags(codes, scope.sessions, language)
    _recode(sources, codes, scope.sessions, language)
    if not codes.by_key:
        root.remove(root.find(f"{{{NS}}}CodeBook"))  # type: ignore[arg-type]
    _add_cases(root, scope, sources, language)
    src_el = _el(root, "Sources")
    for s in sources:
        text_source = _el(src_el, "TextSource", guid=s.guid, name=s.name,
                          plainTextPath=f"internal://{s.guid}.txt", creatingUser=guid("user"),
                          creationDateTime=now)
        for sel_guid, start, end, code_guids, _who in s.selections:
            sel = _el(text_source, "PlainTextSelection", guid=sel_guid, startPosition=str(start),
                      endPosition=str(end), creatingUser=guid("user"), creationDateTime=now)
            for code in code_guids:
                coding = _el(sel, "Coding", guid=guid("coding", sel_guid, code), creatingUser=guid("user"))
                _el(coding, "CodeRef", targetGUID=code)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        ET.register_namespace("", NS)
        zf.writestr("project.qde", ET.tostring(root, encoding="utf-8", xml_declaration=True))
        for s in sources:
            zf.writestr(f"Sources/{s.guid}.txt", s.text.encode("utf-8"))  # UTF-8, no BOM
    return buffer.getvalue()


def _project_name(scope: ExportScope, language: str) -> str:
    if scope.is_master:
        return t("doc_master", language, n=len(scope.sessions))
    return scope.sessions[0].session.title or t("doc_session", language)


def _session_source(data: SessionData, codes: _Codes, master: bool, language: str) -> _Source:
    session = data.session
    source = _Source(guid("source", session.id), session.title or session.id)
    heading = " — ".join(x for x in (session.title, session.event, session.city, session.date) if x)
    source.add(heading)
    questions_key = ("questions", session.id) if master else ("questions",)
    if master:
        if ("questions",) not in codes.by_key:
            codes.add(("questions",), t("qda_questions", language), codable=False)
        codes.add(questions_key, session.title or session.id, parent=("questions",), codable=False)
    by_question: dict[str | None, list[Comment]] = {}
    for c in data.comments:
        by_question.setdefault(c.question, []).append(c)
    ordered: list[Question | None] = sorted(data.questions, key=lambda q: q.position)
    if None in by_question:
        ordered.append(None)
    for question in ordered:
        comments = by_question.get(question.id if question else None, [])
        if not comments:
            continue
        source.add("")
        source.add(question.prompt if question else t("comments", language))
        for c in comments:
            start, end = source.add(c.text)
            source.selections.append((guid("comment", c.id), start, end,
                                      _topic_codes(c, question, data, codes, questions_key, language), c.participant or ""))
    return source


def _topic_codes(c: Comment, question: Question | None, data: SessionData, codes: _Codes,
                 questions_key: tuple[str, ...], language: str) -> list[str]:
    if question is None:
        return []
    if questions_key not in codes.by_key:
        codes.add(questions_key, t("qda_questions", language), codable=False)
    q_code = codes.add(("question", question.id), question.prompt, parent=questions_key)
    if not c.option:
        return [q_code]
    option = next((o for o in data.options_of(question.id) if o.id == c.option), None)
    if option is None:
        return [q_code]
    return [codes.add(("option", option.id), option.label, parent=("question", question.id))]


def _add_swot_and_tags(codes: _Codes, sessions: Iterable[SessionData], language: str) -> None:
    comments = [c for d in sessions for c in d.comments]
    used_swot = {c.swot for c in comments if c.swot}
    if used_swot:
        codes.add(("swot",), t("qda_swot", language), codable=False)
        for key in [k for k in SWOT_ORDER if k in used_swot] + sorted(used_swot - set(SWOT_ORDER)):
            codes.add(("swot", key), swot_label(key, language), parent=("swot",))
    tags = sorted({tag for c in comments for tag in c.tags if tag.strip()}, key=str.casefold)
    if tags:
        codes.add(("tags",), t("qda_tags", language), codable=False)
        for tag in tags:
            codes.add(("tag", tag.casefold()), tag, parent=("tags",))
    if any(c.starred for c in comments):
        codes.add(("starred",), t("key_quotes", language))


def _recode(sources: list[_Source], codes: _Codes, sessions: list[SessionData], language: str) -> None:
    """Add each comment's SWOT, tag and key-quote codes to its selection."""
    by_guid = {guid("comment", c.id): c for d in sessions for c in d.comments}
    for source in sources:
        for i, (sel_guid, start, end, code_guids, who) in enumerate(source.selections):
            c = by_guid[sel_guid]
            extra = []
            if c.swot:
                extra.append(codes.add(("swot", c.swot), swot_label(c.swot, language), parent=("swot",)))
            extra += [codes.add(("tag", tag.casefold()), tag, parent=("tags",)) for tag in c.tags if tag.strip()]
            if c.starred:
                extra.append(codes.add(("starred",), t("key_quotes", language)))
            source.selections[i] = (sel_guid, start, end, list(dict.fromkeys(code_guids + extra)), who)


def _add_cases(root: ET.Element, scope: ExportScope, sources: list[_Source], language: str) -> None:
    variables = {key: guid("variable", key) for key in ("stakeholder_group", "organisation", "country", "dialogue")}
    names = {"stakeholder_group": t("stakeholder_group", language), "organisation": t("organisation", language),
             "country": t("country", language), "dialogue": t("qda_dialogue", language)}
    cases: list[tuple[Participant, SessionData, list[str]]] = []
    for data, source in zip(scope.sessions, sources, strict=True):
        selections: dict[str, list[str]] = {}
        for sel_guid, *_rest, who in source.selections:
            if who:
                selections.setdefault(who, []).append(sel_guid)
        cases += [(p, data, selections[p.id]) for p in data.participants if p.id in selections]
    if not cases:
        return
    var_el = _el(root, "Variables")
    for key, var_guid in variables.items():
        _el(var_el, "Variable", guid=var_guid, name=names[key], typeOfVariable="Text")
    cases_el = _el(root, "Cases")
    unnamed = 0
    for p, data, selection_guids in cases:
        name = shown_name(p, scope.mode)
        if not name:
            unnamed += 1
            name = t("qda_participant", language, n=unnamed, group=group_label(p.stakeholder_group, language))
        case = _el(cases_el, "Case", guid=guid("case", p.id), name=name)
        values = {"stakeholder_group": group_label(p.stakeholder_group, language), "organisation": p.organisation,
                  "country": p.country, "dialogue": data.session.title}
        for key, value in values.items():
            if value:
                vv = _el(case, "VariableValue")
                _el(vv, "VariableRef", targetGUID=variables[key])
                _el(vv, "TextValue").text = value
        _el(case, "SourceRef", targetGUID=guid("source", data.session.id))
        for sel_guid in selection_guids:
            _el(case, "SelectionRef", targetGUID=sel_guid)
