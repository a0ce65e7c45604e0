"""The Word synthesis of one session, or of several (the merged master).

Layout: a cover (title, event, venue, date, audience, facilitator, rapporteur); participation by
stakeholder group and country (tables and a chart); for one session, every question with its
results table, chart, agreement, differences between groups, key messages and comments; for a
master, the consolidated rankings (pooled across sessions, by group, event and country) and then
each dialogue's results as tables (its own note has its charts); overall conclusions; annexes on
methodology, participants and, for a merged master, the provenance of the data. The interchange
JSON of exactly what the document covers is embedded in it (:mod:`.embedded`).

The document is written to a temporary file that replaces the target only when complete.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..analysis import analyse_many, analyse_session, participation
from ..analysis.results import Count, RankingResult
from ..domain.model import SessionData
from ..storage.atomic import atomic_target
from . import annexes, charts
from .comments_section import key_messages, question_comments
from .context import Labels, Progress, ProgressCallback
from .document import Doc
from .embedded import dumps_ascii, embed_json
from .i18n import LANGUAGE_NAMES, lang_code
from .privacy import MIN_SHARED
from .results_section import breakdown, question_results
from .scope import ExportScope
from .terms import group_label
from .wordxml import Cell, Run

log = logging.getLogger(__name__)

MIN_GROUP_SIZE = 3


def write_synthesis(scope: ExportScope, output: Path, *, language: str | None = None,
                    progress: ProgressCallback | None = None, charts_per_session: bool | None = None) -> Path:
    """Write the synthesis of ``scope`` to ``output`` (.docx); returns ``output``.

    ``language`` sets the fixed headings (default: the sessions' language). Charts are drawn for
    every question of a single-session note; a master draws them for the consolidated results
    (``charts_per_session`` forces per-dialogue charts on or off).
    """
    lang = lang_code(language or scope.default_language())
    writer = _Synthesis(scope, lang, progress, charts_per_session)
    doc = writer.build()
    embed_json(doc.document, dumps_ascii(scope.interchange))
    output = Path(output)
    with atomic_target(output) as tmp:
        doc.save(tmp)
    writer.progress.finish("done")
    return output


class _Synthesis:
    def __init__(self, scope: ExportScope, lang: str, callback: ProgressCallback | None, per_session: bool | None):
        self.scope = scope
        self.lang = lang
        self.mode = scope.mode
        self.labels = Labels(scope.frameworks, lang)
        self.per_session_charts = (not scope.is_master) if per_session is None else per_session
        steps = sum(len(d.questions) + 1 for d in scope.sessions) + 4
        self.progress = Progress(callback, steps)
        self.doc = Doc(lang)

    def build(self) -> Doc:
        doc, scope = self.doc, self.scope
        title = self.title()
        doc.set_properties(title, doc.t("doc_master", n=len(scope.sessions)) if scope.is_master
                           else doc.t("doc_session"), scope.sessions[0].session.rapporteur if not scope.is_master else "")
        doc.set_header(title)
        self.cover(title)
        self.progress.step("cover")
        section = 1
        self.participation(section)
        if scope.is_master:
            section += 1
            self.consolidated(section)
            section += 1
            self.by_dialogue(section)
        else:
            section += 1
            data = scope.sessions[0]
            doc.heading(f"{section}. {doc.t('results')}", 1, page_break_before=True)
            self.session_body(data, f"{section}.", level=2)
        section += 1
        self.conclusions(section)
        self.annexes()
        return doc

    # -- cover ---------------------------------------------------------------------------------
    def title(self) -> str:
        if self.scope.is_master:
            return self.doc.t("master_title")
        return self.scope.sessions[0].session.title or self.doc.t("doc_session")

    def cover(self, title: str) -> None:
        doc, scope = self.doc, self.scope
        sessions = [d.session for d in scope.sessions]
        events = list(dict.fromkeys(s.event.strip() for s in sessions if s.event.strip()))
        if events:
            doc.para(" · ".join(events[:4]) + (" …" if len(events) > 4 else ""), "subtitle")
        doc.para(title, "title")
        doc.para(doc.t("doc_master", n=len(sessions)) if scope.is_master else doc.t("doc_session"), "subtitle")
        rows: list[list[str | Cell]] = []
        if scope.is_master:
            dates = sorted(s.date for s in sessions if s.date)
            cities = list(dict.fromkeys(s.city for s in sessions if s.city))
            rows += [[doc.t("dialogues"), str(len(sessions))], [doc.t("events"), "; ".join(events)],
                     [doc.t("venue"), "; ".join(cities)],
                     [doc.t("dates"), f"{dates[0]} – {dates[-1]}" if dates else ""]]
        else:
            s = sessions[0]
            venue = ", ".join(x for x in (s.venue, s.city, s.country) if x.strip())
            rows += [[doc.t("event"), s.event], [doc.t("venue"), venue], [doc.t("date"), s.date],
                     [doc.t("audience"), s.audience], [doc.t("facilitator"), s.facilitator],
                     [doc.t("rapporteur"), s.rapporteur],
                     [doc.t("language"), LANGUAGE_NAMES.get(lang_code(s.language), s.language)]]
        people = sum(1 for d in scope.sessions for p in d.participants if not p.deleted)
        rows.append([doc.t("participants"), str(people)])
        rows = [[Cell([Run(str(k), bold=True)], lang=self.lang), v] for k, v in rows if str(v).strip()]
        doc.table(None, ["", ""], rows, widths=[1.3, 4.0], numeric=[False, False], style="plain", header_row=False)
        note = {"none": "consent_note", "organisation": "organisation_note", "anonymous": "anonymous_note"}[self.mode]
        doc.note(doc.t(note))
        if self.mode != "anonymous":
            doc.note(doc.t("declined_note", n=MIN_SHARED))
        doc.note(doc.t("embedded_note"))
        doc.note(doc.t("prepared", date=date.today().isoformat(), file=scope.source))

    # -- participation -------------------------------------------------------------------------
    def participation(self, section: int) -> None:
        doc = self.doc
        people = [p for d in self.scope.sessions for p in d.participants]
        part = participation(people)
        countries = sum(1 for c in part.by_country if c.key)
        doc.heading(f"{section}. {doc.t('participation')}", 1, page_break_before=True)
        doc.para(doc.t("participation_line", n=part.total, g=len(part.by_stakeholder_group), c=countries))
        if part.total:
            self.count_table(part.by_stakeholder_group, doc.t("stakeholder_group"), doc.t("cap_part_group"),
                             part.total, groups=True)
            fig = charts.participation_chart(
                [Count(c.key, group_label(c.key, self.lang), c.count) for c in part.by_stakeholder_group], self.lang)
            doc.figure(charts.render_png(fig), doc.t("cap_part_group"))
            self.count_table(part.by_country, doc.t("country"), doc.t("cap_part_country"), part.total)
        if self.scope.is_master:
            self.sessions_table()

    def count_table(self, counts: list[Count], first: str, caption: str, total: int, groups: bool = False) -> None:
        doc = self.doc
        rows = [[group_label(c.key, self.lang) if groups else (c.label if c.key else doc.t("country_not_shown")),
                 str(c.count), doc.percent(c.count / total)] for c in counts]
        rows.append([Cell([Run(doc.t("total"), bold=True)], lang=self.lang), str(total), doc.percent(1.0)])
        doc.table(caption, [first, doc.t("participants"), doc.t("share")], rows, widths=[4.0, 1.3, 1.1],
                  numeric=[False, True, True])

    def sessions_table(self) -> None:
        doc = self.doc
        rows = []
        for d in self.scope.sessions:
            s = d.session
            when = " · ".join(x for x in (s.date, lang_code(s.language)) if x)
            rows.append([s.title, s.event, s.city, when, str(sum(1 for p in d.participants if not p.deleted)),
                         str(len(d.ballots)), str(len(d.comments))])
        header = [doc.t("title"), doc.t("event"), doc.t("city"), doc.t("date"), doc.t("participants"),
                  doc.t("ballots"), doc.t("comments")]
        doc.table(doc.t("cap_sessions"), header, rows, widths=[2.2, 1.7, 1.1, 1.5, 1.5, 1.1, 1.3],
                  numeric=[False] * 4 + [True] * 3)

    # -- one session's questions -----------------------------------------------------------------
    def label_function(self, data: SessionData) -> Callable:
        language = data.session.language
        return lambda row: self.labels.option(getattr(row, "key", None), row.label, language)

    def session_body(self, data: SessionData, prefix: str, level: int) -> None:
        doc = self.doc
        result = analyse_session(data, by="stakeholder_group", min_group_size=MIN_GROUP_SIZE, bootstrap=0)
        self.progress.step(data.session.title)
        label_of = self.label_function(data)
        people = data.participant_by_id()
        comments = {c.id: c for c in data.comments}
        questions = sorted((q for q in data.questions if not q.deleted), key=lambda q: q.position)
        options = {o.id: o for q in questions for o in data.options_of(q.id)}
        for k, (q, qres) in enumerate(zip(questions, result.questions, strict=True), start=1):
            doc.heading(f"{prefix}{k} {q.prompt}", level)
            question_results(doc, qres, label_of=label_of, level=level + 1, chart=self.per_session_charts)
            msgs = [m for m in data.key_messages if m.question == q.id]
            if msgs:
                doc.heading(doc.t("key_messages"), level + 1)
                key_messages(doc, msgs, comments, people, self.mode)
            order = [r.option_id for r in getattr(qres, "options", [])] or [o.id for o in data.options_of(q.id)]
            question_comments(
                doc, [c for c in data.comments if c.question == q.id], option_order=order,
                option_label=lambda oid: label_of(options[oid]) if oid in options else oid,
                people=people, mode=self.mode, level=level + 1,
            )
            self.progress.step(q.prompt)
        general = [c for c in data.comments if not c.question or c.question not in {q.id for q in questions}]
        if general:
            doc.heading(doc.t("general_comments"), level)
            question_comments(doc, general, option_order=[], option_label=lambda oid: oid, people=people,
                              mode=self.mode, level=level + 1)

    # -- master ----------------------------------------------------------------------------------
    def consolidated(self, section: int) -> None:
        doc = self.doc
        master = analyse_many(self.scope.sessions, min_group_size=MIN_GROUP_SIZE, bootstrap=0)
        self.progress.step("consolidated")
        doc.heading(f"{section}. {doc.t('consolidated')}", 1, page_break_before=True)
        doc.para(doc.t("consolidated_intro"))

        def label_of(row) -> str:
            return self.labels.option(row.key, row.label)

        for k, merged in enumerate(master.rankings, start=1):
            result: RankingResult = merged.result
            doc.heading(f"{section}.{k} {merged.title}", 2)
            doc.note(doc.t("pooled_line", n=merged.sessions, b=result.ballots))
            if result.ballots == 0:
                doc.para(doc.t("no_ballots"))
                continue
            from .results_section import agreement, ranking_chart, ranking_table

            ranking_table(doc, result, label_of)
            ranking_chart(doc, result, label_of)
            agreement(doc, result, label_of)
            for groups, by, heading, caption in (
                (merged.by_stakeholder_group, "stakeholder_group", "groups_heading", "cap_pos_group"),
                (merged.by_event, "event", "events_heading", "cap_pos_event"),
                (merged.by_country, "country", "countries_heading", "cap_pos_country"),
            ):
                breakdown(doc, result, groups, by, heading, caption, 3, label_of, min_size=MIN_GROUP_SIZE,
                          hidden=merged.hidden_ballots.get(by, 0))

    def by_dialogue(self, section: int) -> None:
        doc = self.doc
        doc.heading(f"{section}. {doc.t('by_session')}", 1, page_break_before=True)
        for k, data in enumerate(self.scope.sessions, start=1):
            s = data.session
            doc.heading(f"{section}.{k} {s.title}", 2)
            where = ", ".join(x for x in (s.event, s.city, s.date) if x)
            if where:
                doc.note(where)
            self.session_body(data, f"{section}.{k}.", level=3)

    # -- conclusions and annexes -------------------------------------------------------------------
    def conclusions(self, section: int) -> None:
        doc = self.doc
        doc.heading(f"{section}. {doc.t('overall')}", 1, page_break_before=True)
        any_message = False
        for data in self.scope.sessions:
            overall = [m for m in data.key_messages if m.question is None]
            if not overall:
                continue
            any_message = True
            if self.scope.is_master:
                doc.heading(data.session.title, 2)
            key_messages(doc, overall, {c.id: c for c in data.comments}, data.participant_by_id(), self.mode)
        if not any_message:
            doc.para(doc.t("no_key_messages"))

    def annexes(self) -> None:
        annexes.methodology(self.doc, 0, MIN_GROUP_SIZE)
        self.progress.step("methodology")
        annexes.participants(self.doc, 1, self.scope.sessions, self.mode)
        self.progress.step("participants")
        if self.scope.provenance:
            annexes.provenance(self.doc, 2, self.scope.provenance)
