"""Attendance and ballots sheets (.xlsx, .csv) typed up at a venue, imported into a session.

Two kinds, told apart by the header row (case, accents and spacing ignored; English and French
names, some Arabic and Chinese):

- an **attendance sheet**: name (or first and last name), organisation, stakeholder group, country,
  consent to be named, optionally seat, region and gender; e-mail and phone columns are ignored;
- a **ballots sheet** typed from paper: participant (name or seat, optional), question (number or the
  start of its prompt, optional when only one question fits), then one column per rank ("1", "2",
  "Rank 3", "1er choix") holding option numbers, keys ("P3") or labels, "2=5" for a tie; or one
  column per option holding points or ratings; or a single "Ranking" column typed as "P3 P1=P2 P5".

Every row is checked before anything is written; then all rows go in one transaction, or none.
Cells are read as text: formulas are never evaluated, control characters are kept (NUL is dropped).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import WorkshopError
from ..domain.messages import Message, more
from ..domain.model import (
    STAKEHOLDER_GROUPS,
    STAKEHOLDER_LABELS,
    Ballot,
    Option,
    Participant,
    Question,
    Session,
)
from ..domain.rules import ValidationError, check_ballot
from ..storage import SessionFile
from .sheet_files import WHITESPACE, read_table

log = logging.getLogger(__name__)

PREVIEW_ROWS = 20


def norm(text: Any) -> str:
    """Casefolded, accents removed, punctuation as single spaces: how headers and names are compared."""
    folded = unicodedata.normalize("NFKD", str(text)).casefold()
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


def _aliases(table: dict[str, str]) -> dict[str, str]:
    return {norm(alias): value for value, aliases in table.items() for alias in aliases.split("|")}


HEADERS = _aliases({
    "name": "name|full name|names|participant name|nom|nom complet|nom et prenom|nom et prenoms|prenom et nom|"
            "nom prenom|participant|participante|participant e|nombre|الاسم|اسم المشارك|姓名|名字",
    "first_name": "first name|given name|forename|prenom|prenoms|الاسم الأول|名",
    "last_name": "last name|surname|family name|nom de famille|اسم العائلة|姓",
    "organisation": "organisation|organization|org|institution|entity|agency|affiliation|organisme|structure|entite|"
                    "employer|institution organisation|organisation institution|المنظمة|الجهة|组织|单位|机构",
    "group": "stakeholder group|stakeholder|stakeholder type|group|constituency|category|type|sector|groupe|"
             "groupe de parties prenantes|partie prenante|categorie|type d acteur|secteur|الفئة|الجهة المعنية|"
             "利益攸关方|类别",
    "country": "country|nationality|country territory|pays|nationalite|البلد|الدولة|国家",
    "consent": "consent|consent to be named|consent named|named|may be named|can be named|quote by name|"
               "consentement|consentement a etre nomme|accord|الموافقة|同意",
    "seat": "seat|table|seat table|table seat|place|siege|المقعد|座位",
    "region": "region|region geographique|المنطقة|区域",
    "gender": "gender|sex|genre|sexe|الجنس|性别",
    "ignore": "email|e mail|mail|courriel|adresse electronique|adresse email|phone|telephone|tel|mobile|signature|"
              "no|n|number|numero|البريد الإلكتروني|电子邮件",
    "question": "question|q|question no|question number|question n|n question|no question|numero de question|"
                "question numero|السؤال|问题",
    "order": "ranking|order|classement|ordre|ranking order|ordre de classement|الترتيب|排序",
})
RANK_HEADER = re.compile(
    r"^(?:(?:rank|rang|choice|choix|priority|priorite|preference|position|place|vote)\s*)?(\d{1,2})\s*"
    r"(?:st|nd|rd|th|er|re|e|eme)?(?:\s*(?:choice|choix|rank|rang|place|priority|priorite|preference))?$")
OPTION_LIKE = re.compile(r"^[a-z]{1,2}\s?\d{1,2}$")  # "P3", "E1": framework keys, recognised without a session

GROUPS = _aliases({
    "member_state": "member state|member states|ms|government|national government|gov|govt|ministry|state|"
                    "delegation|permanent mission|mission|etat membre|etats membres|gouvernement|ministere|"
                    "estado miembro|gobierno|دولة عضو|الدول الأعضاء|حكومة|会员国|政府",
    "un_system": "un|un system|un system entity|un entity|un entities|un agency|united nations|multilateral|igo|"
                 "world bank|african development bank|asian development bank|"
                 "intergovernmental|international organisation|international organization|nations unies|onu|"
                 "systeme des nations unies|agence des nations unies|organisation internationale|الأمم المتحدة|"
                 "منظمة دولية|联合国|国际组织",
    "civil_society": "civil society|cso|csos|ngo|ngos|ingo|community|community based organisation|cbo|grassroots|"
                     "civil society organisation|civil society organization|societe civile|osc|ong|"
                     "organisation de la societe civile|sociedad civil|المجتمع المدني|مجتمع مدني|"
                     "منظمة غير حكومية|民间社会|非政府组织",
    "professional_association": "professional association|professional|professionals|professional body|"
                                "association professionnelle|ordre professionnel|جمعية مهنية|专业协会",
    "academia": "academia|academic|academics|academie|academique|university|universities|research|think tank|"
                "universite|universitaire|recherche|milieu universitaire|institut de recherche|أوساط أكاديمية|"
                "جامعة|أكاديمي|学术界|大学|研究机构",
    "private_sector": "private sector|private|business|company|companies|industry|secteur prive|entreprise|"
                      "القطاع الخاص|私营部门|企业",
    "local_government": "local government|local authority|local authorities|city|municipality|municipal|mayor|"
                        "county|local and regional government|lrg|collectivite|collectivite locale|"
                        "collectivites territoriales|commune|municipalite|mairie|ville|autorite locale|"
                        "حكومة محلية|بلدية|地方政府|市政府",
    "staff": "staff|un habitat staff|un habitat|secretariat|personnel|personnel d onu habitat|موظفو الموئل|工作人员",
    "other": "other|others|autre|autres|أخرى|其他",
}) | _aliases({g: f"{g}|{STAKEHOLDER_LABELS[g]}" for g in STAKEHOLDER_GROUPS})
GROUP_WORDS = [  # when no alias matches the whole cell: a telling word inside it
    ({"professional", "professionnelle", "planners", "architects", "engineers", "surveyors"}, "professional_association"),
    ({"academia", "academic", "academie", "university", "universite", "research", "recherche"}, "academia"),
    ({"local", "city", "municipal", "municipality", "county", "locale", "locales", "ville"}, "local_government"),
    ({"ngo", "cso", "cbo", "ong", "osc", "civil", "civile", "community", "communautaire"}, "civil_society"),
    ({"un", "onu", "united", "unies", "multilateral", "unep", "undp", "unicef", "unhcr", "unfpa", "unesco",
      "unops", "ilo", "fao", "iom", "oecd", "uneca", "escwa", "escap"}, "un_system"),
    ({"government", "gouvernement", "ministry", "ministere", "state", "etat"}, "member_state"),
    ({"private", "prive", "business", "company", "ltd", "inc", "plc", "llc", "gmbh", "corporation"}, "private_sector"),
]
YES = {"yes", "y", "oui", "o", "si", "1", "x", "true", "vrai", "ok", "agreed", "d accord", "نعم", "是", "да", "✓", "✔",
       "☑"}
NO = {"no", "n", "non", "0", "false", "faux", "refused", "لا", "否", "нет", "✗", "✘", "☐"}


@dataclass
class Column:
    index: int
    header: str
    field: str | None  # a known field ("name", "group"…), "rank:N", "option" (matched per question), or None


@dataclass
class SheetPreview:
    """What the import would do with a sheet: shown by the GUI's import dialog before anything is written."""

    path: Path
    kind: str  # "attendance", "ballots" or "unknown"
    sheet: str = ""
    header_row: int = 0
    columns: list[Column] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)  # the first rows, parsed
    row_count: int = 0
    problems: list[str] = field(default_factory=list)  # one coded sentence (Message) each, naming the row
    notes: list[str] = field(default_factory=list)  # coded sentences (Message)

    @property
    def ok(self) -> bool:
        return self.kind != "unknown" and not self.problems

    def mapping(self) -> dict[str, str]:
        """Header text -> what it was read as."""
        return {c.header: c.field if c.field not in (None, "ignore") else "ignored" for c in self.columns if c.header}


# -- header -----------------------------------------------------------------------------------


def _map_header(cells: list[str], ctx: _Context | None) -> list[Column]:
    columns = []
    for i, cell in enumerate(cells):
        key = norm(cell)
        column = Column(i, cell.strip(WHITESPACE), HEADERS.get(key) if key else None)
        if column.field is None and (m := RANK_HEADER.match(key)):
            column.field = f"rank:{int(m.group(1))}"
        elif column.field is None and key and (OPTION_LIKE.match(key) or (ctx and ctx.is_option_header(key))):
            column.field = "option"
        columns.append(column)
    return columns


def _kind(columns: list[Column]) -> str:
    fields = {c.field or "" for c in columns}
    if any(f.startswith("rank:") for f in fields) or "order" in fields or "option" in fields:
        return "ballots"
    people = {"name", "first_name", "last_name", "organisation", "group", "country", "consent", "seat"}
    return "attendance" if len(fields & people) >= 2 else "unknown"


# -- the session the sheet goes into ----------------------------------------------------------


class _Context:
    """What rows are checked against: the session's questions, options, participants and ballots."""

    def __init__(self, sf: SessionFile, session: Session):
        data = sf.load_session(session.id)
        self.session = session
        self.questions = sorted(data.questions, key=lambda q: q.position)
        self.options = {q.id: sorted(data.options_of(q.id), key=lambda o: o.position) for q in self.questions}
        self.participants = data.participants
        self.voted = {(b.participant, b.question) for b in data.ballots if b.participant}

    def is_option_header(self, key: str) -> bool:
        return any(self.option_for(q, key) for q in self.questions if q.kind != "open")

    def option_for(self, question: Question, key: str) -> Option | None:
        """The option a header or cell names: its key, its label, or the start of its label."""
        options = self.options[question.id]
        for o in options:
            if o.key and (key == norm(o.key) or key.startswith(norm(o.key) + " ")):
                return o
        exact = [o for o in options if norm(o.label) == key]
        if exact:
            return exact[0]
        starts = [o for o in options if len(key) >= 4 and norm(o.label).startswith(key)]
        return starts[0] if len(starts) == 1 else None

    def number(self, question: Question) -> int:
        return self.questions.index(question) + 1


def _pick_session(sf: SessionFile, session_id: str | None) -> Session:
    sessions = sf.sessions()
    if session_id:
        found = [s for s in sessions if s.id == session_id]
        if not found:
            raise WorkshopError(code="session.not_in_file", params={"session": session_id, "name": sf.path.name})
        return found[0]
    if not sessions:
        raise WorkshopError(code="sheet.no_session", params={"name": sf.path.name})
    if len(sessions) > 1:
        listed = "; ".join(f"{s.id} ({s.title})" for s in sessions)
        raise WorkshopError(code="sheet.which_session",
                           params={"name": sf.path.name, "count": len(sessions), "listed": listed})
    return sessions[0]


# -- rows -------------------------------------------------------------------------------------


class _RowError(Exception):
    """One row's problem, a coded sentence naming the row."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


def _clean(text: str) -> str:
    return text.strip(WHITESPACE)


def _cell(cells: list[str], column: Column | None) -> str:
    if column is None or column.index >= len(cells):
        return ""
    return _clean(cells[column.index])


def _first(columns: list[Column], *fields: str) -> Column | None:
    return next((c for f in fields for c in columns if c.field == f), None)


def stakeholder_group(value: str) -> str | None:
    """The stakeholder group a typed value means (generously), or None when it cannot be told."""
    key = norm(value)
    if key in GROUPS:
        return GROUPS[key]
    words = set(key.split())
    return next((group for telling, group in GROUP_WORDS if words & telling), None)


def consent(value: str) -> bool | None:
    text = _clean(value)
    if text in YES or norm(text) in YES:
        return True
    if not text or text in NO or norm(text) in NO:
        return False
    return None


class _AttendanceReader:
    def __init__(self, ctx: _Context, columns: list[Column]):
        self.ctx, self.columns = ctx, columns
        self.known = {self._key(p.name, p.organisation, p.seat) for p in ctx.participants} - {None}
        self.unknown_groups: Counter[str] = Counter()
        self.duplicates = 0

    @staticmethod
    def _key(name: str, organisation: str, seat: str) -> tuple[str, str, str] | None:
        """Who a row is, to skip people already here; None for a row with neither name nor seat (never merged)."""
        if not (name.strip() or seat.strip()):
            return None
        return (norm(name) or name, norm(organisation), "" if name.strip() else norm(seat) or seat)

    def row(self, number: int, cells: list[str]) -> Participant | None:
        get = lambda f: _cell(cells, _first(self.columns, f)).replace("\x00", "")  # noqa: E731
        name = get("name") or " ".join(x for x in (get("first_name"), get("last_name")) if x)
        organisation, seat = get("organisation"), get("seat")
        if not (name or organisation or seat):
            raise _RowError(Message("sheet.row_no_person", row=number))
        raw_group = get("group")
        group = stakeholder_group(raw_group) if raw_group else None
        if group is None and organisation:
            group = stakeholder_group(organisation)  # "Kenyatta University", "Ministry of ...", "UNEP"
        if group is None:
            self.unknown_groups[raw_group or Message("sheet.blank")] += 1
        agreed = consent(get("consent"))
        if agreed is None:
            header = _first(self.columns, "consent")
            raise _RowError(Message("sheet.row_consent", row=number, value=get("consent"),
                                    header=header.header if header else ""))
        attributes = {k: get(k) for k in ("region", "gender") if get(k)}
        key = self._key(name, organisation, seat)
        if key is not None and key in self.known:
            self.duplicates += 1
            return None
        self.known.add(key)
        return Participant(session=self.ctx.session.id, name=name, organisation=organisation,
                           stakeholder_group=group or "other", country=get("country"), consent_named=agreed,
                           seat=seat, attributes=attributes)


def _whole(text: str, number: int, header: str) -> int | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = float("nan")
    if value != value or not value.is_integer():
        raise _RowError(Message("sheet.row_not_whole", row=number, value=text, header=header))
    return int(value)


class _BallotReader:
    def __init__(self, ctx: _Context, columns: list[Column]):
        self.ctx, self.columns = ctx, columns
        self.ranks = sorted(((int(c.field.split(":")[1]), c) for c in columns if c.field and c.field.startswith("rank:")),
                            key=lambda rc: (rc[0], rc[1].index))
        self.order = _first(columns, "order")
        self.option_columns = [c for c in columns if c.field == "option"]
        self.person = [c for c in columns if c.field in ("name", "seat")]
        self.question_column = _first(columns, "question")
        self.default = self._default_question()
        self.seen: dict[tuple[str, str], int] = {}
        self.per_question: Counter[int] = Counter()
        self.empty = 0

    def _default_question(self) -> Question | None:
        answerable = [q for q in self.ctx.questions if q.kind != "open"]
        if self.ranks or self.order:
            fits = [q for q in answerable if q.kind == "ranking"]
        else:
            fits = [q for q in answerable if q.kind != "ranking" and all(
                self.ctx.option_for(q, norm(c.header)) for c in self.option_columns)]
        return fits[0] if len(fits) == 1 else None

    def problem_without_rows(self) -> Message | None:
        if self.question_column is None and self.default is None:
            return Message("sheet.which_question")
        return None

    def _question(self, number: int, cells: list[str]) -> Question:
        text = _cell(cells, self.question_column)
        if not text:
            if self.default is None:
                raise _RowError(Message("sheet.row_no_question", row=number))
            return self.default
        key = norm(text)
        digits = key[1:].strip() if key.startswith("q") and key[1:].strip().isdigit() else key
        if digits.isdigit():
            n = int(digits)
            if not 1 <= n <= len(self.ctx.questions):
                raise _RowError(Message("sheet.row_no_such_question", row=number, number=n,
                                        count=len(self.ctx.questions)))
            question = self.ctx.questions[n - 1]
        else:
            found = [q for q in self.ctx.questions if q.id == text or (len(key) >= 4 and norm(q.prompt).startswith(key))]
            if len(found) != 1:
                raise _RowError(Message("sheet.row_unknown_question", row=number, text=text))
            question = found[0]
        if question.kind == "open":
            raise _RowError(Message("sheet.row_open_question", row=number, number=self.ctx.number(question)))
        return question

    def _participant(self, number: int, cells: list[str]) -> Participant | None:
        text = next((t for c in self.person if (t := _cell(cells, c).replace("\x00", ""))), "")
        if not text:
            return None
        key = norm(text) or text
        found = [p for p in self.ctx.participants if (norm(p.name) or p.name) == key and p.name]
        found = found or [p for p in self.ctx.participants if p.seat and (norm(p.seat) or p.seat) == key]
        if not found:
            raise _RowError(Message("sheet.row_no_participant", row=number, text=text))
        if len(found) > 1:
            raise _RowError(Message("sheet.row_same_name", row=number, count=len(found), text=text))
        return found[0]

    def _option(self, question: Question, token: str, number: int, header: str) -> Option:
        options = self.ctx.options[question.id]
        key = norm(token)
        if key.isdigit() and 1 <= int(key) <= len(options):
            return options[int(key) - 1]
        option = None if key.isdigit() else self.ctx.option_for(question, key)
        if option is None:
            keys = "/".join(o.key for o in options if o.key)
            where = {"row": number, "token": token, "header": header, "number": self.ctx.number(question),
                     "count": len(options)}
            raise _RowError(Message("sheet.row_not_option_keys", **where, keys=keys) if keys
                            else Message("sheet.row_not_option", **where))
        return option

    def _ranking(self, question: Question, number: int, cells: list[str]) -> list[list[str]] | None:
        tiers: list[list[str]] = []
        for _, column in self.ranks:
            text = _cell(cells, column)
            if text:  # a gap between ranks changes no order: it is closed up
                tiers.append([self._option(question, t.strip(), number, column.header).id for t in text.split("=")])
        text = _cell(cells, self.order)
        if text and self.order is not None:
            for token in re.split(r"[\s,;>]+", re.sub(r"\s*=\s*", "=", text)):
                if token:
                    tiers.append([self._option(question, t, number, self.order.header).id for t in token.split("=")])
        if not tiers:  # one column per option holding its rank: equal ranks are ties
            given: dict[int, list[str]] = {}
            for column in self.option_columns:
                rank = _whole(_cell(cells, column), number, column.header)
                option = self.ctx.option_for(question, norm(column.header))
                if rank is not None and option is not None:
                    given.setdefault(rank, []).append(option.id)
            tiers = [given[r] for r in sorted(given)]
        return tiers or None

    def _values(self, question: Question, number: int, cells: list[str]) -> dict[str, int] | None:
        out: dict[str, int] = {}
        for column in self.option_columns:
            value = _whole(_cell(cells, column), number, column.header)
            option = self.ctx.option_for(question, norm(column.header))
            if value is not None and option is not None:
                out[option.id] = value
        return out or None

    def row(self, number: int, cells: list[str]) -> Ballot | None:
        question = self._question(number, cells)
        person = self._participant(number, cells)
        # capture time to the microsecond (the default), so a sheet's ballots keep the sheet's order
        ballot = Ballot(session=self.ctx.session.id, question=question.id, participant=person.id if person else None)
        if question.kind == "ranking":
            ballot.ranking = self._ranking(question, number, cells)
        elif question.kind == "points":
            ballot.points = self._values(question, number, cells)
        else:
            ballot.ratings = self._values(question, number, cells)
        if ballot.ranking is None and ballot.points is None and ballot.ratings is None:
            self.empty += 1
            return None
        try:
            check_ballot(ballot, question, self.ctx.options[question.id])
        except ValidationError as exc:
            raise _RowError(Message("sheet.row_ballot", row=number, error=exc)) from None
        if person is not None:
            if (person.id, question.id) in self.ctx.voted:
                raise _RowError(Message("sheet.row_voted", row=number, person=person.display_name(),
                                        number=self.ctx.number(question)))
            if (person.id, question.id) in self.seen:
                raise _RowError(Message("sheet.row_voted_twice", row=number, person=person.display_name(),
                                        number=self.ctx.number(question), first=self.seen[person.id, question.id]))
            self.seen[person.id, question.id] = number
        self.per_question[self.ctx.number(question)] += 1
        return ballot


# -- the whole sheet --------------------------------------------------------------------------


@dataclass
class _Parsed:
    preview: SheetPreview
    records: list[Participant | Ballot]
    reader: _AttendanceReader | _BallotReader | None


def _parse(path: Path, ctx: _Context | None, *, keep: int = PREVIEW_ROWS) -> _Parsed:
    table = read_table(path, lambda cells: _kind(_map_header(cells, ctx)) != "unknown")
    columns = _map_header(table.header, ctx)
    preview = SheetPreview(path=path, kind=_kind(columns), sheet=table.sheet, header_row=table.header_row,
                           columns=columns, row_count=len(table.rows), notes=list(table.notes))
    if ctx is None:  # no session to check against: show the cells as read
        preview.rows = [{"row": n, **{c.header or f"column {c.index + 1}": cells[c.index]
                                     for c in columns if c.field not in (None, "ignore") and c.index < len(cells)}}
                        for n, cells in table.rows[:keep]]
        return _Parsed(preview, [], None)
    reader: _AttendanceReader | _BallotReader
    reader = _AttendanceReader(ctx, columns) if preview.kind == "attendance" else _BallotReader(ctx, columns)
    if isinstance(reader, _BallotReader) and (problem := reader.problem_without_rows()):
        preview.problems.append(problem)
        return _Parsed(preview, [], reader)
    records: list[Participant | Ballot] = []
    for number, cells in table.rows:
        try:
            record = reader.row(number, cells)
        except _RowError as exc:
            preview.problems.append(exc.message)
            if len(preview.rows) < keep:
                preview.rows.append({"row": number, "problem": exc.message})
            continue
        if record is not None:
            records.append(record)
            if len(preview.rows) < keep:
                preview.rows.append({"row": number, **_describe(record, ctx)})
    preview.notes += _notes(reader)
    return _Parsed(preview, records, reader)


def _describe(record: Participant | Ballot, ctx: _Context) -> dict[str, Any]:
    if isinstance(record, Participant):
        return {"name": record.name, "organisation": record.organisation, "stakeholder_group": record.stakeholder_group,
                "country": record.country, "consent_named": record.consent_named, "seat": record.seat}
    question = next(q for q in ctx.questions if q.id == record.question)
    label = {o.id: o.key or str(n + 1) for n, o in enumerate(ctx.options[question.id])}
    if record.ranking is not None:
        answer = " > ".join("=".join(label[o] for o in tier) for tier in record.ranking)
    else:
        answer = ", ".join(f"{label[o]}: {v}" for o, v in (record.points or record.ratings or {}).items())
    who = next((p.display_name() for p in ctx.participants if p.id == record.participant), "")
    return {"participant": who, "question": ctx.number(question), "answer": answer}


def _notes(reader: _AttendanceReader | _BallotReader) -> list[Message]:
    notes = []
    if isinstance(reader, _AttendanceReader):
        if reader.duplicates:
            notes.append(Message("sheet.duplicates", count=reader.duplicates))
        if reader.unknown_groups:
            n = sum(reader.unknown_groups.values())
            shown = [Message("sheet.quoted", text=g) for g, _ in reader.unknown_groups.most_common(5)]
            notes.append(Message("sheet.unknown_groups", count=n, shown=shown))
    elif reader.empty:
        notes.append(Message("sheet.no_answer", count=reader.empty))
    return notes


def preview_sheet(path: Path | str, *, sf: SessionFile | None = None, session_id: str | None = None) -> SheetPreview:
    """What importing ``path`` would do, without writing anything. With ``sf``, rows are checked against
    its session (as :func:`import_sheet` would); without, the cells are shown as read."""
    path = Path(path)
    ctx = _Context(sf, _pick_session(sf, session_id)) if sf is not None else None
    return _parse(path, ctx).preview


def read_sheet(sf: SessionFile, path: Path | str, *, session_id: str | None = None) -> tuple[SheetPreview, list]:
    """Parse ``path`` against a session of ``sf`` without writing: the preview and every record
    (participants or ballots) :func:`import_sheet` would add. The GUI shows the one and saves the other."""
    path = Path(path)
    parsed = _parse(path, _Context(sf, _pick_session(sf, session_id)))
    return parsed.preview, parsed.records


def import_sheet(sf: SessionFile, path: Path | str, *, session_id: str | None = None) -> Message:
    """Add the participants or ballots of an attendance or ballots sheet to a session of ``sf``.

    All rows are checked first; one bad row refuses the whole sheet (nothing is added) with a sentence
    naming the row. Returns a one-line summary: a :class:`Message`, English as a ``str``, ``render(language)``
    in another.
    """
    path = Path(path)
    ctx = _Context(sf, _pick_session(sf, session_id))
    parsed = _parse(path, ctx, keep=0)
    problems = parsed.preview.problems
    if problems:
        raise WorkshopError(code="sheet.nothing_imported", params={
            "name": path.name, "problem": problems[0], "more": more(len(problems) - 1, "sheet.more_problems")})
    if not parsed.preview.row_count:
        raise WorkshopError(code="sheet.no_rows", params={"name": path.name})
    if isinstance(parsed.reader, _BallotReader):
        _refuse_repeat(sf, ctx, path, parsed.records)
    with sf.transaction():
        sf.save_all(parsed.records)
    log.info("imported %s into session %s: %d %s", path, ctx.session.id, len(parsed.records), parsed.preview.kind)
    return _summary(path, ctx, parsed)


def _answer_key(ballot: Ballot) -> tuple[str, str]:
    answer = [sorted(t) for t in ballot.ranking] if ballot.ranking is not None else ballot.points or ballot.ratings
    return ballot.question, repr(sorted(answer.items()) if isinstance(answer, dict) else answer)


def _refuse_repeat(sf: SessionFile, ctx: _Context, path: Path, records: list) -> None:
    """Unnamed ballots cannot be told apart; a sheet whose every ballot is already here was imported before."""
    if not records or any(b.participant for b in records):
        return  # named ballots already met the one-ballot-per-person check
    present = Counter(_answer_key(b) for b in sf.all(Ballot, "session = ?", [ctx.session.id]) if not b.participant)
    incoming = Counter(_answer_key(b) for b in records)
    if all(present[k] >= n for k, n in incoming.items()):
        raise WorkshopError(code="sheet.already_imported", params={"name": path.name})


def _summary(path: Path, ctx: _Context, parsed: _Parsed) -> Message:
    """What was added, then each note: one coded sentence after another (``sheet.with_note``)."""
    preview, n = parsed.preview, len(parsed.records)
    where = {"count": n, "title": ctx.session.title, "name": path.name}
    if isinstance(parsed.reader, _BallotReader):
        counts: Message | None = None
        for q, k in sorted(parsed.reader.per_question.items()):
            counts = (Message("sheet.question_count", question=q, count=k) if counts is None
                      else Message("sheet.question_counts", counts=counts, question=q, count=k))
        text = (Message("sheet.added_ballots_per_question", **where, counts=counts) if counts is not None
                else Message("sheet.added_ballots", **where))
    else:
        text = Message("sheet.added_participants", **where)
    for note in preview.notes:
        text = Message("sheet.with_note", text=text, note=note)
    return text
