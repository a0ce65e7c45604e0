"""The Word synthesis of one session, or of several (the merged master).

Layout: a cover (title, event, venue, date, audience, facilitator, rapporteur); a one-page summary
(participation, the top priorities with their agreement, the overall conclusions) and a table of
contents (:mod:`.summary`); participation by
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
from typing import Any

from ..analysis import analyse_many, analyse_session, participation
from ..analysis.results import Count, RankingResult
from ..domain.countries import country_code, country_name
from ..domain.model import SessionData
from ..samples.templates import template_text
from ..storage.atomic import atomic_target
from . import annexes, charts
from .comments_section import comment_list, key_messages, question_comments
from .context import Labels, Progress, ProgressCallback
from .document import Doc
from .embedded import dumps_ascii, embed_json
from .i18n import capitalise, lang_code
from .localised import language_name
from .privacy import MIN_SHARED
from .results_section import breakdown, question_results
from .scope import ExportScope
from .summary import contents, fill_contents, summary
from .terms import group_label
from .wordxml import RTL, Cell, Run

log = logging.getLogger(__name__)

MIN_GROUP_SIZE = 3


PROFILES = ("full", "short")


def write_synthesis(scope: ExportScope, output: Path, *, language: str | None = None,
                    progress: ProgressCallback | None = None, charts_per_session: bool | None = None,
                    profile: str = "full", methodology: bool | None = None) -> Path:
    """Write the synthesis of ``scope`` to ``output`` (.docx); returns ``output``.

    ``language`` sets the fixed headings (default: the sessions' language). Charts are drawn for
    every question of a single-session note; a master draws them for the consolidated results
    (``charts_per_session`` forces per-dialogue charts on or off). ``profile`` "short" keeps the
    summary, the results tables and the key quotes (no charts, group tables, comment lists or
    annexes). ``methodology`` adds the methodology annex; by default a master has it and a venue
    note does not.
    """
    lang = lang_code(language or scope.default_language())
    writer = _Synthesis(scope, lang, progress, charts_per_session, profile=profile,
                        methodology=scope.is_master if methodology is None else methodology)
    doc = writer.build()
    embed_json(doc.document, dumps_ascii(scope.interchange))
    output = Path(output)
    with atomic_target(output) as tmp:
        doc.save(tmp)
    writer.progress.finish("done")
    return output


class _Synthesis:
    def __init__(self, scope: ExportScope, lang: str, callback: ProgressCallback | None, per_session: bool | None,
                 *, profile: str = "full", methodology: bool = False):
        self.short = profile == "short"
        self.methodology = methodology
        self.scope = scope
        self.lang = lang
        self.mode = scope.mode
        self.labels = Labels(scope.frameworks, lang)
        self.per_session_charts = (not scope.is_master) if per_session is None else per_session
        if self.short:
            self.per_session_charts = False
        steps = sum(len(d.questions) + 1 for d in scope.sessions) + 4
        self.progress = Progress(callback, steps)
        self.doc = Doc(lang)
        self._results: dict[str, Any] = {}
        self._master: Any = None

    def build(self) -> Doc:
        doc, scope = self.doc, self.scope
        title = self.title()
        doc.set_properties(title, doc.t("doc_master", n=len(scope.sessions)) if scope.is_master
                           else doc.t("doc_session"), scope.sessions[0].session.rapporteur if not scope.is_master else "")
        doc.set_header(title)
        self.cover(title)
        self.progress.step("cover")
        self.summary()
        contents(doc)
        section = 0
        if not self.short:
            section += 1
            self.participation(section)
        if scope.is_master:
            section += 1
            self.consolidated(section)
            if not self.short:
                section += 1
                self.by_dialogue(section)
        else:
            section += 1
            data = scope.sessions[0]
            doc.heading(f"{section}. {doc.t('results')}", 1, page_break_before=True)
            self.session_body(data, f"{section}.", level=2)
        if not self.short:
            section += 1
            self.conclusions(section)
        self.annexes()
        fill_contents(doc, doc.outline)
        return doc

    # -- summary ---------------------------------------------------------------------------------
    def summary(self) -> None:
        people = [p for d in self.scope.sessions for p in d.participants]
        part = participation(people)
        line = self.doc.t("participation_line", n=self.doc.integer(part.total), g=len(part.by_stakeholder_group),
                          c=sum(1 for c in countries_merged(part.by_country, self.lang) if c.key))
        if self.scope.is_master:
            master = self.master_result()
            def label_of(row) -> str:
                return self.labels.option(row.key, row.label)

            questions = [(self.pooled_title(m.question_ids, m.title), m.result, label_of)
                         for m in [*master.rankings, *master.scores]]
        else:
            data = self.scope.sessions[0]
            result = self.session_result(data)
            prompts = {q.id: self.prompt(q, data) for q in data.questions}
            questions = [(prompts.get(r.question_id, r.prompt), r, self.label_function(data)) for r in result.questions]
        summary(self.doc, self.scope.sessions, line, questions, self.own_words(),
                conclusions_in_body=not self.short)

    def session_result(self, data: SessionData):
        """The session's analysis, computed once for the summary and the body."""
        if data.session.id not in self._results:
            self._results[data.session.id] = analyse_session(data, by="stakeholder_group",
                                                             min_group_size=MIN_GROUP_SIZE, bootstrap=0)
        return self._results[data.session.id]

    def master_result(self):
        if self._master is None:
            self._master = analyse_many(self.scope.sessions, min_group_size=MIN_GROUP_SIZE, bootstrap=0)
        return self._master

    # -- cover ---------------------------------------------------------------------------------
    def own_words(self):
        """A master's own title, key messages and conclusions, if the file has them."""
        return self.scope.consolidation if self.scope.is_master else None

    def title(self) -> str:
        if self.scope.is_master:
            own = self.own_words()
            return own.title if own is not None and own.title.strip() else self.doc.t("master_title")
        return self.scope.sessions[0].session.title or self.doc.t("doc_session")

    def cover(self, title: str) -> None:
        doc, scope = self.doc, self.scope
        sessions = [d.session for d in scope.sessions]
        events = list(dict.fromkeys(s.event.strip() for s in sessions if s.event.strip()))
        rtl = self.lang if self.lang in RTL else None  # the whole cover reads in the note's direction
        if events:
            doc.para(" · ".join(events[:4]) + (" …" if len(events) > 4 else ""), "subtitle", direction=rtl)
        doc.para(title, "title", direction=rtl)
        doc.para(doc.t("doc_master", n=len(sessions)) if scope.is_master else doc.t("doc_session"), "subtitle",
                 direction=rtl)
        rows: list[list[str | Cell]] = []
        if scope.is_master:
            dates = sorted(s.date for s in sessions if s.date)
            cities = list(dict.fromkeys(s.city for s in sessions if s.city))
            rows += [[doc.t("dialogues"), str(len(sessions))], [doc.t("events"), "; ".join(events)],
                     [doc.t("venue"), "; ".join(cities)],
                     [doc.t("dates"), f"{doc.date(dates[0])} – {doc.date(dates[-1])}" if dates else ""]]
        else:
            s = sessions[0]
            comma = {"ar": "، ", "zh": "，"}.get(self.lang, ", ")
            venue = comma.join(x for x in (s.venue, s.city, country_name(s.country, self.lang)) if x.strip())
            rows += [[doc.t("event"), s.event], [doc.t("venue"), venue], [doc.t("date"), doc.date(s.date)],
                     [doc.t("audience"), s.audience], [doc.t("facilitator"), s.facilitator],
                     [doc.t("rapporteur"), s.rapporteur],
                     [doc.t("language"), capitalise(language_name(s.language, self.lang)) if s.language else ""]]
        people = sum(1 for d in scope.sessions for p in d.participants if not p.deleted)
        rows.append([doc.t("participants"), doc.integer(people)])
        rows = [[Cell([Run(str(k), bold=True)], lang=self.lang), v] for k, v in rows if str(v).strip()]
        doc.table(None, ["", ""], rows, widths=[1.3, 4.0], numeric=[False, False], style="plain", header_row=False)
        note = {"none": "consent_note", "organisation": "organisation_note", "anonymous": "anonymous_note"}[self.mode]
        doc.note(doc.t(note))
        if self.mode != "anonymous":
            doc.note(doc.t("declined_note", n=MIN_SHARED))
        doc.note(doc.t("embedded_note"))
        doc.note(doc.t("prepared", date=doc.date(date.today()), file=scope.source))

    # -- participation -------------------------------------------------------------------------
    def participation(self, section: int) -> None:
        doc = self.doc
        people = [p for d in self.scope.sessions for p in d.participants]
        part = participation(people)
        countries = sum(1 for c in countries_merged(part.by_country, self.lang) if c.key)
        doc.heading(f"{section}. {doc.t('participation')}", 1, page_break_before=True)
        doc.para(doc.t("participation_line", n=self.doc.integer(part.total), g=len(part.by_stakeholder_group), c=countries))
        if part.total:
            self.count_table(part.by_stakeholder_group, doc.t("stakeholder_group"), doc.t("cap_part_group"),
                             part.total, groups=True)
            groups = [Count(c.key, group_label(c.key, self.lang), c.count) for c in part.by_stakeholder_group]
            fig = charts.participation_chart(groups, self.lang)
            doc.figure(charts.render_png(fig), doc.t("cap_part_group"),
                       [f"{c.label} {c.count} ({doc.percent(c.count / part.total)})" for c in groups])
            self.count_table(part.by_country, doc.t("country"), doc.t("cap_part_country"), part.total)
        if self.scope.is_master:
            self.sessions_table()

    def count_table(self, counts: list[Count], first: str, caption: str, total: int, groups: bool = False) -> None:
        doc = self.doc
        if not groups:
            counts = countries_merged(counts, self.lang)
        rows = [[group_label(c.key, self.lang) if groups else (c.label if c.key else doc.t("country_not_shown")),
                 doc.integer(c.count), doc.percent(c.count / total)] for c in counts]
        rows.append([Cell([Run(doc.t("total"), bold=True)], lang=self.lang), doc.integer(total), doc.percent(1.0)])
        doc.table(caption, [first, doc.t("participants"), doc.t("share")], rows, widths=[4.0, 1.3, 1.1],
                  numeric=[False, True, True])

    def sessions_table(self) -> None:
        doc = self.doc
        rows = []
        for d in self.scope.sessions:
            s = d.session
            when = " · ".join(x for x in (doc.date(s.date, table=True), language_name(s.language, self.lang)) if x)
            rows.append([s.title, s.event, s.city, when, doc.integer(sum(1 for p in d.participants if not p.deleted)),
                         doc.integer(len(d.ballots)), doc.integer(len(d.comments))])
        header = [doc.t("title"), doc.t("event"), doc.t("city"), doc.t("date"), doc.t("participants"),
                  doc.t("ballots"), doc.t("comments")]
        doc.table(doc.t("cap_sessions"), header, rows, widths=[2.2, 1.7, 1.1, 1.5, 1.5, 1.1, 1.3],
                  numeric=[False] * 4 + [True] * 3)

    # -- one session's questions -----------------------------------------------------------------
    def label_function(self, data: SessionData) -> Callable:
        language = data.session.language
        return lambda row: self.labels.option(getattr(row, "key", None), row.label, language)

    def prompt(self, question, data: SessionData) -> str:
        """A question's prompt in the note's language when it is the framework template's own."""
        return template_text(question.prompt, question.kind, self.lang)

    def session_body(self, data: SessionData, prefix: str, level: int) -> None:
        doc = self.doc
        result = self.session_result(data)
        self.progress.step(data.session.title)
        label_of = self.label_function(data)
        people = data.participant_by_id()
        comments = {c.id: c for c in data.comments}
        questions = sorted((q for q in data.questions if not q.deleted), key=lambda q: q.position)
        options = {o.id: o for q in questions for o in data.options_of(q.id)}
        for k, (q, qres) in enumerate(zip(questions, result.questions, strict=True), start=1):
            doc.heading(f"{prefix}{k} {self.prompt(q, data)}", level)
            question_results(doc, qres, label_of=label_of, level=level + 1, chart=self.per_session_charts,
                             groups=not self.short)
            msgs = [m for m in data.key_messages if m.question == q.id]
            if msgs:
                doc.heading(doc.t("key_messages"), level + 1)
                key_messages(doc, msgs, comments, people, self.mode)
            if self.short:
                self.key_quotes([c for c in data.comments if c.question == q.id], people, level + 1)
                self.progress.step(q.prompt)
                continue
            order = [r.option_id for r in getattr(qres, "options", [])] or [o.id for o in data.options_of(q.id)]
            question_comments(
                doc, [c for c in data.comments if c.question == q.id], option_order=order,
                option_label=lambda oid: label_of(options[oid]) if oid in options else oid,
                people=people, mode=self.mode, level=level + 1,
            )
            self.progress.step(q.prompt)
        general = [c for c in data.comments if not c.question or c.question not in {q.id for q in questions}]
        if general and self.short:
            self.key_quotes(general, people, level)
        elif general:
            doc.heading(doc.t("general_comments"), level)
            question_comments(doc, general, option_order=[], option_label=lambda oid: oid, people=people,
                              mode=self.mode, level=level + 1)

    # -- master ----------------------------------------------------------------------------------
    def consolidated(self, section: int) -> None:
        doc = self.doc
        master = self.master_result()
        self.progress.step("consolidated")
        doc.heading(f"{section}. {doc.t('consolidated')}", 1, page_break_before=True)
        doc.para(doc.t("consolidated_intro"))

        def label_of(row) -> str:
            return self.labels.option(row.key, row.label)

        for k, merged in enumerate(master.rankings, start=1):
            result: RankingResult = merged.result
            doc.heading(f"{section}.{k} {self.pooled_title(merged.question_ids, merged.title)}", 2)
            doc.note(doc.t("pooled_line", n=merged.sessions, b=doc.integer(result.ballots)))
            if result.ballots == 0:
                doc.para(doc.t("no_ballots"))
                continue
            from .results_section import agreement, ranking_chart, ranking_table

            ranking_table(doc, result, label_of)
            if not self.short:
                ranking_chart(doc, result, label_of)
            agreement(doc, result, label_of)
            if not self.short:
                self.pooled_breakdowns(merged, label_of, ("cap_pos_group", "cap_pos_event", "cap_pos_country"))
        rankings = len(master.rankings)
        for j, pooled in enumerate(master.scores, start=rankings + 1):
            self.pooled_scores(f"{section}.{j}", pooled, label_of)
        if master.swot:
            self.swot_table(f"{section}.{rankings + len(master.scores) + 1}", master.swot)

    def pooled_title(self, question_ids: list[str], fallback: str) -> str:
        """A pooled question's heading in the document's language when one of its dialogues asked it so."""
        prompts = {q.id: (template_text(q.prompt, q.kind, self.lang), lang_code(d.session.language))
                   for d in self.scope.sessions for q in d.questions}
        found = [prompts[i] for i in question_ids if i in prompts]
        for wanted in (self.lang, "en"):
            match = next((p for p, lang in found if lang == wanted and p.strip()), None)
            if match:
                return match
        return fallback

    def pooled_scores(self, number: str, pooled, label_of: Callable) -> None:
        doc, result = self.doc, pooled.result
        doc.heading(f"{number} {self.pooled_title(pooled.question_ids, pooled.title)}", 2)
        doc.note(doc.t("pooled_line", n=pooled.sessions, b=doc.integer(result.ballots)))
        if result.ballots == 0:
            doc.para(doc.t("no_ballots"))
            return
        from .results_section import score_chart, score_table

        score_table(doc, result, label_of)
        if self.short:
            return
        score_chart(doc, result, label_of)
        self.pooled_breakdowns(pooled, label_of, ("groups_heading", "events_heading", "countries_heading"))

    def pooled_breakdowns(self, pooled, label_of: Callable, captions: tuple[str, str, str]) -> None:
        """A pooled question by stakeholder group, event and country, under the small-group rule."""
        for (groups, by, heading), caption in zip((
            (pooled.by_stakeholder_group, "stakeholder_group", "groups_heading"),
            (pooled.by_event, "event", "events_heading"),
            (pooled.by_country, "country", "countries_heading"),
        ), captions, strict=True):
            breakdown(self.doc, pooled.result, groups, by, heading, caption, 3, label_of, min_size=MIN_GROUP_SIZE,
                      hidden=pooled.hidden_ballots.get(by, 0))

    def swot_table(self, number: str, rows) -> None:
        from ..domain.model import SWOT_CATEGORIES
        from .terms import swot_label

        doc = self.doc
        doc.heading(f"{number} {doc.t('swot_by_priority')}", 2)
        header = [doc.t("col_priority"), *(swot_label(s, self.lang) for s in SWOT_CATEGORIES), doc.t("dialogues")]
        body = [[self.labels.option(r.key, r.label) if r.key else doc.t("on_no_priority"),
                 *(doc.integer(r.counts.get(s, 0)) for s in SWOT_CATEGORIES), doc.integer(r.sessions)] for r in rows]
        doc.table(doc.t("swot_by_priority"), header, body, widths=[4.2, 1.2, 1.2, 1.3, 1.1, 1.1],
                  numeric=[False, True, True, True, True, True])

    def by_dialogue(self, section: int) -> None:
        doc = self.doc
        doc.heading(f"{section}. {doc.t('by_session')}", 1, page_break_before=True)
        for k, data in enumerate(self.scope.sessions, start=1):
            s = data.session
            doc.heading(f"{section}.{k} {s.title}", 2)
            where = ", ".join(x for x in (s.event, s.city, doc.date(s.date)) if x)
            if where:
                doc.note(where)
            self.session_body(data, f"{section}.{k}.", level=3)

    # -- conclusions and annexes -------------------------------------------------------------------
    def conclusions(self, section: int) -> None:
        doc = self.doc
        own = self.own_words()  # a master's own conclusions are in its summary, once
        title = "dialogues_conclusions" if own is not None and own.conclusions.strip() else "overall"
        doc.heading(f"{section}. {doc.t(title)}", 1, page_break_before=True)
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

    def key_quotes(self, comments: list, people: dict, level: int) -> None:
        """The short note's comments: the starred ones not already quoted by a key message."""
        starred = [c for c in comments if c.starred and c.id not in self.doc.quoted]
        if starred:
            self.doc.heading(self.doc.t("key_quotes"), level)
            comment_list(self.doc, starred, people, self.mode)

    def annexes(self) -> None:
        k = 0
        if self.methodology:
            annexes.methodology(self.doc, k, MIN_GROUP_SIZE)
            k += 1
        self.progress.step("methodology")
        if self.short:
            return
        annexes.participants(self.doc, k, self.scope.sessions, self.mode)
        self.progress.step("participants")
        if self.scope.provenance:
            annexes.provenance(self.doc, k + 1, self.scope.provenance)


def countries_merged(counts: list[Count], language: str) -> list[Count]:
    """Attendance by country with each country once, named in ``language`` ("Kenya", "KE" and "kenya"
    typed at three desks are one row); text that names no known country stays a row of its own."""
    merged: dict[str, list] = {}
    for c in counts:
        key = (country_code(c.key) or c.key) if c.key else ""
        row = merged.setdefault(key, [c.key, country_name(c.key, language) if c.key else c.label, 0])
        row[2] += c.count
    rows = [Count(k, label, n) for k, label, n in merged.values()]
    return sorted(rows, key=lambda c: (not c.key, -c.count, c.label.casefold()))
