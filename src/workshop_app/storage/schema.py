"""The session file's schema, as sqlite-utils migrations (one function per change).

A new file is built by running every migration in order, so a fresh file and an upgraded one have
byte-identical schema text; that lets :func:`expected_schema` describe any version exactly.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

APPLICATION_ID = 0x57534850  # "WSHP": marks a Workshop App session file
SCHEMA_VERSION = 4
MIGRATION_SET = "workshop_app"

# The exact schema of a file of each version, as :func:`schema_digest` of :func:`expected_schema`
# (tests/test_schema_digest.py recomputes them): a file whose schema has this digest is checked
# without running the migrations. A new migration adds its version's digest here.
SCHEMA_DIGESTS = {
    1: "9f3704d11a783eb92c051fb18193b03eb36c1c168ea68ec06fd1ec324f3650a6",
    2: "e81872a6bf5fec87e52d7c1959fce82684078675027765d882b7e94e966ffd2d",
    3: "d99e6f663e3fda65ecbe0347baf845bb9b08a3dda4cdd6f943267b69fd06518c",
    4: "6a73f73486c438c988559e08aed37b197e74c82d9f500eababbe2578d2905884",
}

STEPS: list[Callable[[Database], None]] = []  # the migrations, in order (one per schema version)


def step(migration: Callable[[Database], None]) -> Callable[[Database], None]:
    STEPS.append(migration)
    return migration


def _sqlite_utils():
    """sqlite-utils, imported when first needed (start-up time: a file of the current version opens
    and is read without it, and it brings click, pluggy and dateutil). While it loads, numpy and
    pandas are hidden: it imports them, when installed, only to map their number types, which the
    app never hands it (0.2 s more); they import normally afterwards."""
    if "sqlite_utils" not in sys.modules:
        hidden = [m for m in ("numpy", "pandas") if m not in sys.modules]
        sys.modules.update(dict.fromkeys(hidden))  # None: "import numpy" raises ImportError, which it expects
        try:
            import sqlite_utils  # noqa: F401
        finally:
            for m in hidden:
                if sys.modules.get(m, 0) is None:
                    del sys.modules[m]
    import sqlite_utils

    return sqlite_utils


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over ``conn``, for the migrations and a few queries, without its plugins: they
    would scan every installed package's entry points and run code the app does not ship on every
    connection to a session file."""
    return _sqlite_utils().Database(conn, execute_plugins=False)


# Columns every record table has for the merge (DESIGN §5).
_VERSION_COLUMNS = """
    rev INTEGER NOT NULL DEFAULT 1,
    hash TEXT NOT NULL,
    chain TEXT NOT NULL DEFAULT '[]',
    deleted INTEGER NOT NULL DEFAULT 0"""

_V1_TABLES = {
    "frameworks": """
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '1',
    title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    items TEXT NOT NULL DEFAULT '[]',
    entry_points TEXT NOT NULL DEFAULT '[]',
    swot_prompts TEXT NOT NULL DEFAULT '{}',
    audiences TEXT NOT NULL DEFAULT '[]',""",
    "sessions": """
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    audience TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    rapporteur TEXT NOT NULL DEFAULT '',
    framework TEXT,
    notes TEXT NOT NULL DEFAULT '',""",
    "questions": """
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    top_n INTEGER,
    budget INTEGER,
    scale_min INTEGER NOT NULL DEFAULT 1,
    scale_max INTEGER NOT NULL DEFAULT 5,
    description TEXT NOT NULL DEFAULT '',""",
    "options": """
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL REFERENCES questions(id),
    key TEXT,
    label TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',""",
    "participants": """
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    stakeholder_group TEXT NOT NULL DEFAULT 'other',
    country TEXT NOT NULL DEFAULT '',
    consent_named INTEGER NOT NULL DEFAULT 0,""",
    "ballots": """
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    question TEXT NOT NULL REFERENCES questions(id),
    participant TEXT REFERENCES participants(id),
    ranking TEXT,
    points TEXT,
    ratings TEXT,
    created_at TEXT NOT NULL DEFAULT '',""",
    "comments": """
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    question TEXT REFERENCES questions(id),
    option TEXT REFERENCES options(id),
    participant TEXT REFERENCES participants(id),
    text TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    swot TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    starred INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',""",
    "key_messages": """
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    question TEXT REFERENCES questions(id),
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    quotes TEXT NOT NULL DEFAULT '[]',""",
}

# Record tables added after version 1, with the version that added them: a file of an older
# version has none, and its seal and content are read without them (storage.seal.sealed_tables).
_LATER_TABLES = {
    "consolidations": (4, """
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    key_messages TEXT NOT NULL DEFAULT '[]',
    conclusions TEXT NOT NULL DEFAULT '',"""),
}
TABLE_SINCE = {**dict.fromkeys(_V1_TABLES, 1), **{t: v for t, (v, _) in _LATER_TABLES.items()}}
RECORD_TABLES = tuple(TABLE_SINCE)


def record_tables(version: int = SCHEMA_VERSION) -> tuple[str, ...]:
    """The record tables a file of ``version`` has."""
    return tuple(t for t in RECORD_TABLES if TABLE_SINCE[t] <= version)

_V1_SUPPORT = [
    # Settings and the seal; never part of the sealed content.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # A losing version of a record in a merge conflict, kept for a person to review (DESIGN §5).
    """CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    rev INTEGER NOT NULL,
    chain TEXT NOT NULL DEFAULT '[]',
    content TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0,
    resolution TEXT)""",
    # One row per source file merged into this file: the synthesis's provenance annex.
    """CREATE TABLE provenance (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    seal TEXT,
    seal_verified INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    fast_forwarded INTEGER NOT NULL DEFAULT 0,
    stale INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    merged_at TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}')""",
    # Staff's decisions mapping a venue's unkeyed option to a framework key (or keeping it apart).
    """CREATE TABLE option_mappings (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    framework_key TEXT,
    decided_at TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_questions_session ON questions(session)",
    "CREATE INDEX idx_options_question ON options(question)",
    "CREATE INDEX idx_participants_session ON participants(session)",
    "CREATE INDEX idx_ballots_question ON ballots(question)",
    "CREATE INDEX idx_comments_session ON comments(session)",
    "CREATE INDEX idx_key_messages_session ON key_messages(session)",
    "CREATE INDEX idx_conflicts_record ON conflicts(table_name, record_id)",
]


@step
def m001_initial(db: Database) -> None:
    for name, columns in _V1_TABLES.items():
        db.execute(f"CREATE TABLE {name} ({columns}{_VERSION_COLUMNS})")
    for sql in _V1_SUPPORT:
        db.execute(sql)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


@step
def m002_participant_seats_and_attributes(db: Database) -> None:
    """Anonymous seats ("Table 3, seat 2") and free attributes (region, gender...) for by-group analysis.

    Adding fields changes each participant's content hash, so the stored hash is recomputed; the
    revision and chain stay, since no person edited anything.
    """
    db.execute("ALTER TABLE participants ADD COLUMN seat TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE participants ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}'")
    from .codec import rehash_table  # late import: codec imports this module

    rehash_table(db, "participants")
    db.execute("PRAGMA user_version = 2")


@step
def m003_content_without_bookkeeping(db: Database) -> None:
    """The content hash no longer covers ``created_at`` (bookkeeping, see ``domain.model``), and
    participants get a ``created_at`` (when registered) for the canonical order of lists, and
    every record a ``sources`` column: the names of the files that carried the version shown
    (``, ``-separated, sorted; empty for a version made in this file), as the ``source`` of a
    stored version in ``conflicts`` lists them, so a version's origin never depends on the order
    of merging.

    Every ballot and comment, and every stored version in ``conflicts``, is rehashed under the new
    rule, and a stored version's id (derived from its hash) with it. Only a row whose stored hash
    matches the old rule is rehashed: a row altered behind the app's back keeps a hash that does
    not match, so ``check`` and the merge still refuse it. Revisions and chains stay as they were:
    hashes in old chains are old-rule hashes, which the merge recognises (``merge/versions.py``).
    A stored seal described the file before the upgrade; the backup taken before upgrading keeps
    that sealed file, and the upgraded one is a working copy, so its seal is removed.
    """
    db.execute("ALTER TABLE participants ADD COLUMN created_at TEXT NOT NULL DEFAULT ''")
    for table in record_tables(3):
        db.execute(f"ALTER TABLE {table} ADD COLUMN sources TEXT NOT NULL DEFAULT ''")
    from .codec import rehash_stored_versions, rehash_table  # late import: codec imports this module

    for table in ("ballots", "comments"):
        rehash_table(db, table, only_matching_legacy=True)
    rehash_stored_versions(db)
    db.execute("DELETE FROM meta WHERE key IN ('seal', 'sealed_at')")
    db.execute("PRAGMA user_version = 3")


@step
def m004_consolidations(db: Database) -> None:
    """A master's own title, key messages and conclusions (``domain.model.Consolidation``): a new
    record table; no existing row changes, so hashes stay and a seal stays valid (the seal covers
    a table only from the version that added it, see ``storage.seal``)."""
    _, columns = _LATER_TABLES["consolidations"]
    db.execute(f"CREATE TABLE consolidations ({columns}{_VERSION_COLUMNS},\n    sources TEXT NOT NULL DEFAULT '')")
    db.execute("PRAGMA user_version = 4")


@cache
def _migrations() -> Migrations:
    """The steps as a sqlite-utils migration set (it records in the file which ones ran)."""
    migrations = _sqlite_utils().Migrations(MIGRATION_SET)
    for migration in STEPS:
        migrations()(migration)
    return migrations


def apply_migrations(db: Database, *, up_to: int = SCHEMA_VERSION) -> None:
    names = [m.__name__ for m in STEPS]
    stop = names[up_to] if up_to < len(names) else None
    _migrations().apply(db, stop_before=stop)


@cache
def expected_schema(version: int = SCHEMA_VERSION) -> frozenset[tuple[str, str, str]]:
    """The exact (type, name, sql) of every schema object a file of ``version`` has."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    apply_migrations(database(conn), up_to=version)
    out = schema_objects(conn)
    conn.close()
    return out


def schema_digest(objects: frozenset[tuple[str, str, str]]) -> str:
    """A SHA-256 of the exact schema objects, in a fixed order (JSON: no two schemas share a text)."""
    text = json.dumps(sorted(objects), ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def schema_problem(found: frozenset[tuple[str, str, str]], version: int) -> str | None:
    """One sentence naming how ``found`` differs from the schema of ``version``, or None.

    The usual answer (it matches) comes from the digest; only a file that differs runs the
    migrations in memory to say how.
    """
    if schema_digest(found) == SCHEMA_DIGESTS.get(version):
        return None
    return describe_schema_difference(found, expected_schema(version))


def schema_objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return frozenset((t, n, s) for t, n, s in rows)


def describe_schema_difference(found: frozenset, expected: frozenset) -> str | None:
    """One sentence naming what differs from the expected schema, or None when it matches."""
    if found == expected:
        return None
    found_by = {(t, n): s for t, n, s in found}
    exp_by = {(t, n): s for t, n, s in expected}
    for (t, n) in sorted(found_by):
        if t in ("trigger", "view") and (t, n) not in exp_by:
            return f"it contains an extra {t} “{n}”, which a session file never has"
    for (t, n) in sorted(found_by):
        if (t, n) not in exp_by:
            return f"it has an unexpected {t} “{n}”"
    for (t, n) in sorted(exp_by):
        if (t, n) not in found_by:
            return f"its {t} “{n}” is missing"
    for key in sorted(exp_by):
        if found_by[key] != exp_by[key]:
            return f"the columns of {key[0]} “{key[1]}” are not the ones this version writes"
    return "its schema differs from the expected one"
