"""The annexes of the synthesis: methodology, list of participants, provenance of the data."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..domain.countries import country_name
from ..domain.model import STAKEHOLDER_GROUPS, SessionData
from ..host.paths import resource
from .document import Doc
from .i18n import annex_number
from .localised import date_time
from .markdown import inline_runs, parse
from .scope import shown_name
from .terms import METHODOLOGY_FULL_IN_ENGLISH, group_label, methodology_paragraphs, pick

log = logging.getLogger(__name__)

def methods_markdown(language: str = "en") -> tuple[str, str] | None:
    """The analysis engine's own description in ``language`` (resources/methodology/<language>.md),
    else in English; with the language it is written in. None when neither can be read."""
    for lang in dict.fromkeys((language, "en")):
        try:
            path = resource(f"methodology/{lang}.md")
            if path.is_file():
                return path.read_text(encoding="utf-8"), lang
        except OSError:
            continue
    return None


def annex_heading(doc: Doc, k: int, title: str) -> None:
    doc.heading(doc.t("annex", n=annex_number(k, doc.language), title=title), 1, page_break_before=True)


def render_markdown(doc: Doc, text: str, *, lang: str, top_level: int = 2) -> None:
    """Markdown blocks as paragraphs; the document's first heading level is ``top_level``."""
    blocks = parse(text)
    first = min((b.level for b in blocks if b.kind == "heading"), default=1)
    for b in blocks:
        if b.kind == "heading":
            doc.para(b.text, f"h{min(4, top_level + b.level - first)}", lang=lang)
        elif b.kind in ("paragraph", "code"):
            doc.para(inline_runs(b.text), "note" if b.kind == "code" else "normal", lang=lang)
        elif b.kind == "bullet":
            doc.para(inline_runs(b.text), "bullet", lang=lang)
        elif b.kind == "number":
            doc.para(inline_runs(b.text), "number", lang=lang)
        elif b.kind == "table" and b.rows:
            width = max(len(r) for r in b.rows)
            rows = [r + [""] * (width - len(r)) for r in b.rows]
            doc.table(None, rows[0], rows[1:], widths=[1.0] * width, numeric=[False] * width)


def methodology(doc: Doc, k: int, min_group_size: int) -> None:
    annex_heading(doc, k, doc.t("methodology"))
    for text in methodology_paragraphs(doc.language, min_group_size):
        doc.para(text, "bullet", lang=doc.language)
    found = methods_markdown(doc.language)
    if found is None:
        return
    full, written_in = found
    if written_in != doc.language:
        doc.para(pick(METHODOLOGY_FULL_IN_ENGLISH, doc.language), "note", lang=doc.language)
    render_markdown(doc, full, lang=written_in)


def participants(doc: Doc, k: int, sessions: Sequence[SessionData], mode: str) -> None:
    """Named participants (with consent), organisations, or counts only, as the mode allows."""
    annex_heading(doc, k, doc.t("participants_list" if mode != "organisation" else "organisations_list"))
    master = len(sessions) > 1
    people = [(d, p) for d in sessions for p in d.participants if not p.deleted]
    if mode == "none":
        named = [(d, p) for d, p in people if shown_name(p, mode)]
        named.sort(key=lambda dp: (dp[1].name.casefold(), dp[1].organisation.casefold()))
        if named:
            header = [doc.t("name"), doc.t("organisation"), doc.t("stakeholder_group"), doc.t("country")]
            rows = [[p.name.strip(), p.organisation, group_label(p.stakeholder_group, doc.language),
                     country_name(p.country, doc.language)]
                    + ([d.session.title] if master else []) for d, p in named]
            if master:
                header.append(doc.t("dialogue"))
            doc.table(None, header, rows, widths=[2.2, 2.6, 1.7, 1.2] + ([2.0] if master else []),
                      numeric=[False] * len(header))
        doc.para(doc.t("others_unnamed", n=doc.integer(len(people) - len(named))))
        return
    if mode == "organisation":
        orgs = Counter((p.organisation.strip(), p.stakeholder_group) for _, p in people if p.organisation.strip())
        rows = [[org, group_label(g, doc.language), str(n)]
                for (org, g), n in sorted(orgs.items(), key=lambda kv: kv[0][0].casefold())]
        doc.table(None, [doc.t("organisation"), doc.t("stakeholder_group"), doc.t("participants")], rows,
                  widths=[4.0, 2.5, 1.2], numeric=[False, False, True])
        return
    doc.para(doc.t("nobody_named"))
    groups = Counter(p.stakeholder_group for _, p in people)
    order = [g for g in STAKEHOLDER_GROUPS if groups.get(g)] + sorted(g for g in groups if g not in STAKEHOLDER_GROUPS)
    rows = [[group_label(g, doc.language), str(groups[g])] for g in order]
    rows.append([doc.t("total"), str(len(people))])
    doc.table(None, [doc.t("stakeholder_group"), doc.t("participants")], rows, widths=[4.0, 1.5],
              numeric=[False, True])


def _get(record: Any, name: str, default: Any = "") -> Any:
    if isinstance(record, dict):
        return record.get(name, default)
    return getattr(record, name, default)


def provenance(doc: Doc, k: int, records: Sequence[Any]) -> None:
    """Which session files the master was merged from, with their seals and what each brought."""
    annex_heading(doc, k, doc.t("provenance"))
    doc.para(doc.t("provenance_intro"))
    rows = []
    for r in records:
        seal = str(_get(r, "seal") or "")
        rows.append([str(_get(r, "file_name")), seal[:16] + ("…" if len(seal) > 16 else ""),
                     doc.t("yes") if _get(r, "seal_verified", False) else doc.t("no"),
                     doc.integer(int(_get(r, "added", 0) or 0)), doc.integer(int(_get(r, "conflicts", 0) or 0)),
                     date_time(_get(r, "merged_at"), doc.language)])
    header = [doc.t("col_file"), doc.t("col_seal"), doc.t("col_verified"), doc.t("col_added"),
              doc.t("col_conflicts"), doc.t("col_merged_at")]
    doc.table(None, header, rows, widths=[2.8, 2.0, 1.0, 0.9, 0.9, 1.6],
              numeric=[False, False, False, True, True, False])
