"""Builders for the merge tests (no tests here): venue files with realistic content, and the
master's canonical state read straight from SQLite, to compare masters merged in different orders."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

from workshop_app.domain import Ballot, Comment, Participant, Question
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile
from workshop_app.storage.schema import RECORD_TABLES

VENUES = [
    ("Africa Urban Forum side event", "Addis Ababa", "Ethiopia", "2024-09-05"),
    ("WUF12 stakeholder dialogue", "Cairo", "Egypt", "2024-11-06"),
    ("UN Civil Society Conference dialogue", "Nairobi", "Kenya", "2024-05-09"),
    ("HLPF side event", "New York", "United States", "2024-07-15"),
]
GROUPS = ["member_state", "un_system", "civil_society", "academia", "professional_association"]
REMARKS = [
    "Housing finance must reach informal settlements, not only formal buyers.",
    "Le plan doit relier la planification territoriale aux flux financiers.",
    "La acción climática debe incluir a las ciudades intermedias.",
    "需要加强城市数据能力和知识管理。",
    "ينبغي تعزيز قدرة المجتمعات المحلية على الصمود بعد النزاعات والكوارث.",
    "Localising the SDGs needs whole-of-government coordination.",
]


def quiet(sf: SessionFile) -> SessionFile:
    """Tests that build many files do not need each commit on the platter (not a durability test)."""
    sf.conn.execute("PRAGMA synchronous = OFF")
    return sf


def make_venue(path: Path, *, venue: int = 0, participants: int = 4, comments: int = 6, seed: int = 0,
               title: str | None = None) -> str:
    """A venue's session file from the shipped template: participants, ranking ballots, comments."""
    rng = random.Random(seed)
    event, city, country, date = VENUES[venue % len(VENUES)]
    with quiet(SessionFile.create(path)) as sf:
        session = create_from_template(sf, "unhabitat-2026", title=title or f"Dialogue on the strategic plan, {city}",
                                       event=event, city=city, country=country, date=date)
        data = sf.load_session(session.id)
        ranking = next(q for q in data.questions if q.kind == "ranking")
        opts = data.options_of(ranking.id)
        records: list[Any] = []
        people = [Participant(session=session.id, organisation=f"Organisation {i}", stakeholder_group=rng.choice(GROUPS),
                              country=country, seat=f"Table {i // 5 + 1}, seat {i % 5 + 1}") for i in range(participants)]
        records += people
        for p in people:
            order = [o.id for o in opts]
            rng.shuffle(order)
            records.append(Ballot(session=session.id, question=ranking.id, participant=p.id,
                                  ranking=[[o] for o in order[:3]]))
        for i in range(comments):
            records.append(Comment(session=session.id, question=ranking.id, option=rng.choice(opts).id,
                                   participant=rng.choice(people).id if people else None,
                                   text=REMARKS[i % len(REMARKS)], swot=rng.choice([None, "strength", "threat"])))
        sf.save_all(records)
        return session.id


def state(path: Path) -> dict[str, Any]:
    """The master's canonical content: every record row, and every stored version with its flag.

    Left out: the ``source`` and ``resolution`` texts of stored versions, which say which file
    first brought a version and when a person decided, and the provenance log.
    """
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        out: dict[str, Any] = {}
        for table in RECORD_TABLES:
            out[table] = {r["id"]: dict(r) for r in conn.execute(f"SELECT * FROM [{table}]")}
        out["conflicts"] = {
            r["id"]: (r["table_name"], r["record_id"], r["hash"], r["rev"], r["chain"], r["content"], r["resolved"])
            for r in conn.execute("SELECT * FROM conflicts")
        }
        return out
    finally:
        conn.close()


def versions(path: Path) -> set[tuple[str, str, str, int, str]]:
    """Every version a file stores: record rows and conflict-table rows, as (table, id, hash, rev, chain)."""
    conn = sqlite3.connect(path)
    try:
        out = set()
        for table in RECORD_TABLES:
            for rid, h, rev, chain in conn.execute(f"SELECT id, hash, rev, chain FROM [{table}]"):
                out.add((table, rid, h, rev, chain))
        for t, rid, h, rev, chain in conn.execute("SELECT table_name, record_id, hash, rev, chain FROM conflicts"):
            out.add((t, rid, h, rev, chain))
        return out
    finally:
        conn.close()


def open_conflict_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM conflicts WHERE resolved = 0").fetchone()[0]
    finally:
        conn.close()


def provenance_rows(path: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r, details=json.loads(r["details"])) for r in conn.execute("SELECT * FROM provenance")]
    finally:
        conn.close()


def ranking_question(sf: SessionFile, session_id: str) -> Question:
    return next(q for q in sf.load_session(session_id).questions if q.kind == "ranking")
