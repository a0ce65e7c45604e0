"""Raw data for staff: an Excel workbook (one sheet per table) or one table as CSV.

Tables: sessions, participants, ballots (rankings, one column per rank), scores (points and
ratings, one row per ballot and option), comments, key messages, results (the analysis engine's
tables, per session and pooled for several sessions). Cells hold labels as well as ids.

Names follow the anonymisation mode as in the Word synthesis (:mod:`.scope`, :mod:`.privacy`): with ``none`` a
name appears only with the person's consent. Column headers are in English (the sheets are for
scripts and spreadsheets); labels of priorities and stakeholder groups follow ``language``.

Safety: text is stripped of characters a spreadsheet file cannot hold, and a cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return cannot run as a formula: in the workbook it
is a text cell with Excel's "quote prefix" (shown exactly as written), in CSV it gets a leading
apostrophe. CSV is UTF-8 with a byte-order mark, so Excel opens Arabic and Chinese correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..analysis import analyse_many, analyse_session
from ..analysis.results import RankingResult, ScoreResult
from ..domain.errors import WorkshopError
from ..domain.model import SessionData
from ..storage.atomic import atomic_target
from .context import Labels, Progress, ProgressCallback
from .i18n import lang_code
from .scope import ExportScope, attribution, shown_name
from .terms import group_label
from .wordxml import clean

RISKY_START = ("=", "+", "-", "@", "\t", "\r")
Rows = tuple[list[str], Iterator[list[Any]]]


def risky(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(RISKY_START)


class _Tables:
    def __init__(self, scope: ExportScope, language: str | None):
        self.scope = scope
        self.lang = lang_code(language or "en")
        self.labels = Labels(scope.frameworks, self.lang)
        self.mode = scope.mode

    def _option_label(self, data: SessionData, key: str | None, label: str) -> str:
        return self.labels.option(key, label, data.session.language)

    def _person(self, data: SessionData) -> Callable[[str | None], tuple[str, str, str]]:
        people = data.participant_by_id()

        def of(pid: str | None) -> tuple[str, str, str]:
            p = people.get(pid or "")
            if p is None:
                return "", "", ""
            return attribution(p, self.mode, self.lang), group_label(p.stakeholder_group, self.lang), p.country
        return of

    def sessions(self) -> Rows:
        header = ["Session id", "Title", "Event", "Venue", "City", "Country", "Date", "Language", "Audience",
                  "Facilitator", "Rapporteur", "Participants", "Ballots", "Comments"]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                s = d.session
                yield [s.id, s.title, s.event, s.venue, s.city, s.country, s.date, s.language, s.audience,
                       s.facilitator, s.rapporteur, len(d.participants), len(d.ballots), len(d.comments)]
        return header, rows()

    def participants(self) -> Rows:
        keys = sorted({k for d in self.scope.sessions for p in d.participants for k in p.attributes}) \
            if self.mode == "none" else []
        header = ["Session", "Participant id", "Name", "Organisation", "Stakeholder group", "Group code", "Country",
                  "Consent to be named", "Seat"] + [f"Attribute: {k}" for k in keys]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                for p in d.participants:
                    org = "" if self.mode == "anonymous" else p.organisation
                    seat = p.seat if self.mode == "none" else ""
                    yield [d.session.title, p.id, shown_name(p, self.mode), org,
                           group_label(p.stakeholder_group, self.lang), p.stakeholder_group, p.country,
                           "yes" if p.consent_named else "no", seat] + [p.attributes.get(k, "") for k in keys]
        return header, rows()

    def ballots(self) -> Rows:
        width = max((len(b.ranking or []) for d in self.scope.sessions for b in d.ballots), default=0)
        header = ["Session", "Question", "Ballot id", "Participant id", "Author", "Stakeholder group", "Country",
                  "Created at"] + [f"Rank {k}" for k in range(1, width + 1)]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                person = self._person(d)
                prompts = {q.id: q.prompt for q in d.questions}
                names = {o.id: self._option_label(d, o.key, o.label) for opts in d.options.values() for o in opts}
                for b in d.ballots:
                    if not b.ranking:
                        continue
                    who, group, country = person(b.participant)
                    tiers = [" = ".join(names.get(o, o) for o in tier) for tier in b.ranking]
                    yield [d.session.title, prompts.get(b.question, b.question), b.id, b.participant or "", who,
                           group, country, b.created_at] + tiers + [""] * (width - len(tiers))
        return header, rows()

    def scores(self) -> Rows:
        header = ["Session", "Question", "Kind", "Ballot id", "Participant id", "Author", "Stakeholder group",
                  "Country", "Option key", "Option", "Value"]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                person = self._person(d)
                questions = {q.id: q for q in d.questions}
                options = {o.id: o for opts in d.options.values() for o in opts}
                for b in d.ballots:
                    values = b.points if b.points else b.ratings
                    if not values:
                        continue
                    q = questions.get(b.question)
                    who, group, country = person(b.participant)
                    for oid, value in values.items():
                        o = options.get(oid)
                        yield [d.session.title, q.prompt if q else b.question, q.kind if q else "", b.id,
                               b.participant or "", who, group, country, o.key if o else "",
                               self._option_label(d, o.key, o.label) if o else oid, value]
        return header, rows()

    def comments(self) -> Rows:
        header = ["Session", "Question", "Option key", "Option", "Comment id", "Participant id", "Author",
                  "Stakeholder group", "Country", "Language", "SWOT", "Tags", "Starred", "Created at", "Text"]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                person = self._person(d)
                prompts = {q.id: q.prompt for q in d.questions}
                options = {o.id: o for opts in d.options.values() for o in opts}
                for c in d.comments:
                    o = options.get(c.option or "")
                    who, group, country = person(c.participant)
                    yield [d.session.title, prompts.get(c.question or "", ""), o.key if o else "",
                           self._option_label(d, o.key, o.label) if o else "", c.id, c.participant or "", who,
                           group, country, c.language, c.swot or "", ", ".join(c.tags), "yes" if c.starred else "",
                           c.created_at, c.text]
        return header, rows()

    def key_messages(self) -> Rows:
        header = ["Session", "Question", "Position", "Key message", "Quoted comment ids"]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                prompts = {q.id: q.prompt for q in d.questions}
                for k in sorted(d.key_messages, key=lambda k: (k.question or "", k.position)):
                    yield [d.session.title, prompts.get(k.question or "", "(overall)"), k.position, k.text,
                           " ".join(k.quotes)]
        return header, rows()

    def results(self) -> Rows:
        header = ["Scope", "Question", "Kind", "Ballots", "Position", "Option key", "Option", "Borda score",
                  "Borda share", "Mean rank", "Ranked by", "First choices", "In top 3", "Schulze rank", "Divided",
                  "Total points", "Points share", "Mean", "Median", "Std dev", "Responses"]

        def rows() -> Iterator[list[Any]]:
            for d in self.scope.sessions:
                result = analyse_session(d, bootstrap=0)
                for q in result.questions:
                    yield from self._result_rows(d.session.title, q, lambda r, d=d: self._option_label(d, r.key, r.label))
            if self.scope.is_master:
                for merged in analyse_many(self.scope.sessions, bootstrap=0).rankings:
                    yield from self._result_rows(f"All dialogues (pooled, {merged.sessions})", merged.result,
                                                 lambda r: self.labels.option(r.key, r.label), merged.title)
        return header, rows()

    @staticmethod
    def _result_rows(scope: str, result: Any, label: Callable[[Any], str], title: str | None = None):
        for r in getattr(result, "options", []):
            base = [scope, title or result.prompt, result.kind, result.ballots, r.position, r.key or "", label(r)]
            if isinstance(result, RankingResult):
                yield base + [r.borda, round(r.borda_share, 4), _round(r.mean_rank), r.ranked_by,
                              r.first_preferences, r.top3, r.schulze_rank, "yes" if r.dissent else "",
                              "", "", "", "", "", ""]
            elif isinstance(result, ScoreResult):
                yield base + ["", "", "", "", "", "", "", "", r.total if result.kind == "points" else "",
                              _round(r.share, 4), _round(r.mean), _round(r.median), _round(r.sd), r.responses]


def _round(value: float | None, digits: int = 3) -> float | str:
    return "" if value is None else round(value, digits)


SHEETS = (("Sessions", "sessions"), ("Participants", "participants"), ("Ballots", "ballots"),
          ("Scores", "scores"), ("Comments", "comments"), ("Key messages", "key_messages"), ("Results", "results"))
CSV_TABLES = tuple(name for _, name in SHEETS)


def _plain(value: Any) -> Any:
    return clean(value) if isinstance(value, str) else value


def write_xlsx(scope: ExportScope, output: Path, *, language: str | None = None,
               progress: ProgressCallback | None = None) -> Path:
    """One sheet per table, written in openpyxl's streaming mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    tables = _Tables(scope, language)
    steps = Progress(progress, len(SHEETS))
    wb = Workbook(write_only=True)
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="00689D")
    for title, name in SHEETS:
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        header, rows = getattr(tables, name)()
        head_cells = []
        for h in header:
            cell = WriteOnlyCell(ws, value=h)
            cell.font, cell.fill = bold, fill
            head_cells.append(cell)
        ws.append(head_cells)
        for row in rows:
            out = []
            for value in row:
                value = _plain(value)
                if risky(value):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.data_type = "s"  # text, never a formula
                    cell.quotePrefix = True
                    out.append(cell)
                else:
                    out.append(value)
            ws.append(out)
        steps.step(title)
    output = Path(output)
    with atomic_target(output) as tmp:
        wb.save(str(tmp))
    return output


def write_csv(scope: ExportScope, output: Path, *, table: str = "comments", language: str | None = None) -> Path:
    """One table as CSV (UTF-8 with BOM, CRLF line ends, as Excel expects)."""
    if table not in CSV_TABLES:
        raise WorkshopError(f"There is no table “{table}”; choose one of {', '.join(CSV_TABLES)}.")
    header, rows = getattr(_Tables(scope, language), table)()
    output = Path(output)
    with atomic_target(output) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["'" + v if risky(v) else v for v in (_plain(x) for x in row)])
    return output
