"""An open session file: the only object the rest of the app uses to read and write data.

Every public write is one committed transaction (WAL, ``synchronous=FULL``): when a method returns,
the change is on disk and survives a power cut. When it raises :class:`WriteFailedError`, nothing
of that change is stored.

Threads: the connection may be used from any thread (``check_same_thread=False``), but only one
at a time. :attr:`SessionFile.lock` (re-entrant) is held by every public read and for the whole of
a :meth:`~SessionFile.transaction`, so a write on another thread never interleaves with a read or
write of this one; code that uses :attr:`SessionFile.conn` directly holds the lock itself (the
session service does, see :mod:`workshop_app.services`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from ..domain.errors import UnusableFileError, WriteFailedError
from ..domain.messages import Message, more
from ..domain.model import (
    TYPE_BY_TABLE,
    Ballot,
    Comment,
    Consolidation,
    Framework,
    KeyMessage,
    Option,
    Participant,
    Question,
    Record,
    Session,
    SessionData,
    canonical_json,
)
from ..domain.rules import ballot_problems, check_record, invalid
from .codec import fix_record_text, record_to_row, row_to_record
from .inspect import check_connection, check_identity, read_header
from .lock import FileLock
from .master import MasterRows
from .private import companions, preflight, private_connection
from .schema import SCHEMA_VERSION, apply_migrations, database

log = logging.getLogger(__name__)
R = TypeVar("R", bound=Record)

# The one order of every list (DESIGN §2): the session, then a position people chose where there is
# one, else the time the record was first captured, then its id. Never the rowid, which depends on
# the order files were merged in, so the same set of files gives the same documents.
CANONICAL_ORDER = {
    "frameworks": "code, version, id",
    "sessions": "date, title, id",
    "questions": "session, position, id",
    "options": "question, position, id",
    "participants": "session, created_at, id",
    "ballots": "session, created_at, id",
    "comments": "session, created_at, id",
    "key_messages": "session, position, id",
    "consolidations": "id",
}
CONSOLIDATION_KEY = "consolidation"  # meta: the id of the file's own consolidation (a master's words)

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA busy_timeout = 5000",
)


def decode_text(data: bytes) -> str:
    """Text as stored; bytes that are not UTF-8 (a damaged file) become U+FFFD instead of crashing.

    A record damaged that way no longer matches its content hash, so ``check`` and the merge
    report it rather than trust it.
    """
    return data.decode("utf-8", "replace")


def connect(path: Path | str, *, readonly: bool = False, pragmas: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the house pragmas.

    ``pragmas=False`` leaves the file exactly as it is (switching to WAL writes its header), so a
    file can be checked before anything is written to it; :func:`apply_pragmas` follows.
    """
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        settings = PRAGMAS[2:]
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        settings = PRAGMAS
    conn.text_factory = decode_text
    if pragmas:
        apply_pragmas(conn, settings)
    return conn


def apply_pragmas(conn: sqlite3.Connection, settings: tuple[str, ...] = PRAGMAS) -> None:
    for pragma in settings:
        conn.execute(pragma)


def explain_write_error(exc: sqlite3.Error, path: Path) -> WriteFailedError:
    text = str(exc).lower()
    if "full" in text:
        code = "write.disk_full"
    elif "readonly" in text or "read-only" in text:
        code = "write.became_read_only"
    elif "disk i/o" in text or "unable to open" in text:
        code = "write.drive_gone"
    else:
        code = "write.not_saved"
    return WriteFailedError(code=code, params={"name": path.name, "reason": str(exc)})


class SessionFile:
    """A session file opened for reading and writing (or read-only, see :func:`open_readonly`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool, lock: FileLock | None):
        self.path = path
        self.conn = conn
        self._db = None  # sqlite-utils over conn, made when first used (see db)
        self.readonly = readonly
        self._lock = lock
        self.lock = threading.RLock()  # one thread at a time on the connection (module docstring)
        self.closed = False
        self.last_commit: datetime | None = None
        self.version = conn.execute("PRAGMA user_version").fetchone()[0]
        self.source_version = self.version  # the version the file had on disk before any upgrade
        self.seal_as_found: Any = None  # read-only copies: the seal verified before any upgrade
        self.wal_frames: int | None = None  # read-only copies: -wal frames SQLite accepted
        self._sealed = conn.execute("SELECT 1 FROM meta WHERE key = 'seal'").fetchone() is not None
        self._question_cache: dict[str, tuple[Question, list[Option]]] = {}

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> SessionFile:
        """Create a new, empty session file (no session yet). Refuses to overwrite anything."""
        path = Path(path)
        if os.path.lexists(path):
            raise UnusableFileError(code="file.exists", params={"name": path.name})
        for extra in companions(path):
            # SQLite would take it for this file's own journal (or delete it): never touch it.
            raise UnusableFileError(code="file.stray_companion", params={"extra": extra.name, "name": path.name})
        lock = FileLock(path)
        lock.acquire()
        try:
            conn = connect(path)
            apply_migrations(database(conn))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            lock.release()
            raise explain_write_error(exc, path) from None
        return cls(path, conn, readonly=False, lock=lock)

    @classmethod
    def open(cls, path: Path | str) -> SessionFile:
        """Open an existing file for capture: checks it, upgrades an older one after a backup."""
        path = Path(path)
        header = read_header(path)
        check_identity(path, header)
        lock = FileLock(path)
        lock.acquire()
        try:
            # With a -wal or -journal beside it, every check runs on a private copy first: SQLite
            # applies them to the file as soon as it reads it, and closing would write that back.
            checked = preflight(path, also=lambda c: _refuse_rule_breaks(c, path))
            try:
                conn = connect(path, pragmas=False)
            except sqlite3.Error as exc:
                raise _open_error(path, exc) from None
            try:
                conn.execute("PRAGMA trusted_schema = OFF")  # changes nothing on disk
                version = check_connection(conn, path.name)  # before anything is written
                if checked is None:
                    _refuse_rule_breaks(conn, path)
                apply_pragmas(conn)
                if version < SCHEMA_VERSION:
                    _upgrade(conn, path, version)
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            lock.release()
            raise _open_error(path, exc) from None
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, readonly=False, lock=lock)

    def close(self) -> None:
        self.closed = True
        try:
            with self.lock:
                self.conn.close()
        finally:
            if self._lock:
                self._lock.release()

    @property
    def db(self):
        """sqlite-utils over this file's connection (a few checks and exports read through it)."""
        if self._db is None:
            self._db = database(self.conn)
        return self._db

    @db.setter
    def db(self, value) -> None:
        self._db = value

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[SessionFile]:
        """Group several writes into one commit; nested calls join the outer transaction."""
        if self.readonly:
            raise WriteFailedError(code="write.open_read_only", params={"name": self.path.name})
        with self.lock:  # held until the commit or rollback: no other thread sees half of it
            outer = not self.conn.in_transaction
            try:
                with _atomic(self.conn):
                    yield self
                    if outer and self._sealed:
                        # A change made through the app: the file is no longer the sealed handover copy.
                        self.conn.execute("DELETE FROM meta WHERE key IN ('seal', 'sealed_at')")
                        self._sealed = False
            except sqlite3.Error as exc:
                raise explain_write_error(exc, self.path) from None
            if outer:
                self.last_commit = datetime.now()

    # -- reading -------------------------------------------------------------------------------
    def all(self, cls: type[R], where: str | None = None, params: Iterable[Any] = (), *,
            include_deleted: bool = False, order_by: str | None = None) -> list[R]:
        """Records of ``cls`` in their canonical order (:data:`CANONICAL_ORDER`), never rowid order."""
        clauses = [] if include_deleted else ["deleted = 0"]
        if where:
            clauses.append(f"({where})")
        sql_where = " AND ".join(clauses) or None
        order = order_by or CANONICAL_ORDER[cls.TABLE]
        with self.lock:
            rows = _rows(self.conn, cls.TABLE, sql_where, params, order)
        return [row_to_record(cls, r) for r in rows]  # type: ignore[misc]

    def get(self, cls: type[R], record_id: str) -> R | None:
        with self.lock:
            rows = _rows(self.conn, cls.TABLE, "id = ?", [record_id])
        return row_to_record(cls, rows[0]) if rows else None  # type: ignore[return-value]

    def sessions(self, *, include_deleted: bool = False) -> list[Session]:
        return self.all(Session, include_deleted=include_deleted)

    def frameworks(self) -> list[Framework]:
        return self.all(Framework)

    def load_session(self, session_id: str, *, include_deleted: bool = False) -> SessionData:
        with self.lock:  # one consistent picture, even while another thread writes
            return self._load_session(session_id, include_deleted=include_deleted)

    def _load_session(self, session_id: str, *, include_deleted: bool) -> SessionData:
        session = self.get(Session, session_id)
        if session is None:
            raise UnusableFileError(code="session.not_in_file", params={"session": session_id, "name": self.path.name})
        kw = {"include_deleted": include_deleted}
        questions = self.all(Question, "session = ?", [session_id], **kw)
        options: dict[str, list[Option]] = {q.id: [] for q in questions}
        for o in self.all(Option, "question IN (SELECT id FROM questions WHERE session = ?)", [session_id], **kw):
            options.setdefault(o.question, []).append(o)
        return SessionData(
            session=session,
            questions=questions,
            options=options,
            participants=self.all(Participant, "session = ?", [session_id], **kw),
            ballots=self.all(Ballot, "session = ?", [session_id], **kw),
            comments=self.all(Comment, "session = ?", [session_id], **kw),
            key_messages=self.all(KeyMessage, "session = ?", [session_id], **kw),
        )

    def rule_breaks(self) -> list[Message]:
        """Live ballots that break the rule every way in applies (:func:`ballot_problems`): a file
        the app wrote has none; one sentence each, naming the ballot."""
        questions = {q.id: q for q in self.all(Question, include_deleted=True)}
        options: dict[str, list[Option]] = {}
        for o in self.all(Option, include_deleted=True):
            options.setdefault(o.question, []).append(o)
        ballots, unreadable = [], []
        with self.lock:
            rows = _rows(self.conn, "ballots", "deleted = 0", (), "id")
        for row in rows:
            try:
                ballots.append(row_to_record(Ballot, row))
            except (TypeError, ValueError, RecursionError):
                unreadable.append(Message("ballot.unreadable", id=row.get("id")))
        return unreadable + ballot_problems(ballots, questions, options)

    def counts(self) -> dict[str, int]:
        with self.lock:
            return self._counts()

    def _counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM [{table}] WHERE deleted = 0").fetchone()[0]
            for table in TYPE_BY_TABLE
        }

    def consolidation(self) -> Consolidation | None:
        """The file's own consolidation (its title, key messages and conclusions over all its
        dialogues), or None when nobody wrote one here. Others merged in are kept, not shown."""
        record_id = self.meta(CONSOLIDATION_KEY)
        found = self.get(Consolidation, record_id) if record_id else None
        return found if found is not None and not found.deleted else None

    def meta(self, key: str) -> str | None:
        with self.lock:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    # -- writing -------------------------------------------------------------------------------
    def save(self, record: R) -> R:
        """Store a new record or a new revision of one, validated, in its own committed transaction."""
        with self.transaction():
            return self._save(record)

    def save_all(self, records: Iterable[Record]) -> list[Record]:
        """Store several records in one transaction: all of them or none."""
        with self.transaction():
            return [self._save(r) for r in records]

    def delete(self, record: R) -> R:
        """Delete as a tombstone (a new revision with ``deleted``), so the deletion merges too."""
        with self.lock:  # read and write as one step
            current = self.get(type(record), record.id) or record
            current.deleted = True
            return self.save(current)

    def restore(self, record: R) -> R:
        with self.lock:
            current = self.get(type(record), record.id) or record
            current.deleted = False
            return self.save(current)

    def _save(self, record: R) -> R:
        fix_record_text(record)
        self._validate(record)
        existing = self.conn.execute(
            f"SELECT rev, hash, chain FROM [{record.TABLE}] WHERE id = ?", [record.id]
        ).fetchone()
        row = record_to_row(record)
        if existing is None:
            record.rev = max(record.rev, 1)
        else:
            rev, old_hash, chain_json = existing
            if old_hash == row["hash"]:
                return record
            record.chain = json.loads(chain_json) + [old_hash]
            record.rev = rev + 1
        row["rev"], row["chain"] = record.rev, canonical_json(record.chain)
        self._write_row(record.TABLE, row)
        if isinstance(record, Consolidation) and not record.deleted:  # written here: the file's own words
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [CONSOLIDATION_KEY, record.id])
        return record

    def write_version(self, record: Record) -> None:
        """Write a record exactly as given (its rev and chain kept): for import and merge."""
        if isinstance(record, Question | Option):
            self._question_cache.clear()
        self._write_row(record.TABLE, record_to_row(record))

    def _write_row(self, table: str, row: dict[str, Any]) -> None:
        cols = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in row if c != "id")
        self.conn.execute(
            f"INSERT INTO [{table}] ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}",
            list(row.values()),
        )

    def _validate(self, record: Record) -> None:
        if isinstance(record, Question | Option):
            self._question_cache.clear()
        if isinstance(record, Ballot) and not record.deleted:
            cached = self._question_cache.get(record.question)
            if cached is None:
                question = self.get(Question, record.question)
                if question is None:
                    raise invalid("ballot.question_gone")
                cached = (question, self.all(Option, "question = ?", [question.id]))
                self._question_cache[record.question] = cached
            check_record(record, question=cached[0], options=cached[1])
        else:
            check_record(record)

    def master_rows(self) -> MasterRows:
        """The merge's view of this file's rows (the SQL ``merge/`` needs; no raw connection)."""
        return MasterRows(self.conn, self.lock)

    # -- copies --------------------------------------------------------------------------------
    def backup_to(self, target: Path) -> None:
        with self.lock:
            _backup_to(self.conn, target)


def _rows(conn: sqlite3.Connection, table: str, where: str | None, params: Iterable[Any] = (),
          order_by: str | None = None) -> list[dict[str, Any]]:
    """The rows of ``table`` as dicts (``table``, ``where`` and ``order_by`` are the app's own SQL)."""
    sql = f"SELECT * FROM [{table}]" + (f" WHERE {where}" if where else "") + (f" ORDER BY {order_by}" if order_by else "")
    cursor = conn.execute(sql, list(params))
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


@contextlib.contextmanager
def _atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction, committed at the end or rolled back on any error; inside a transaction
    already, a savepoint (as sqlite-utils' ``Database.atomic``, without importing it)."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT atomic")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # an error such as RAISE(ROLLBACK) may have ended it already
                conn.execute("ROLLBACK TO SAVEPOINT atomic")
                conn.execute("RELEASE SAVEPOINT atomic")
            raise
        conn.execute("RELEASE SAVEPOINT atomic")
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _open_error(path: Path, exc: sqlite3.Error) -> UnusableFileError:
    text = str(exc).lower()
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return UnusableFileError(code="file.read_only_medium", params={"name": path.name})
    if "not a database" in text or "malformed" in text:
        return UnusableFileError(code="file.damaged_short", params={"name": path.name})
    return UnusableFileError(code="file.cannot_open", params={"name": path.name, "reason": str(exc)})


def _refuse_rule_breaks(conn: sqlite3.Connection, path: Path) -> None:
    """Opening for writing applies the same validation as import and merge: a ballot the app could
    never have written (another question's option, say) means the file was made or changed
    outside the app, and nothing more is added to it."""
    conn.text_factory = decode_text
    breaks = SessionFile(path, conn, readonly=True, lock=None).rule_breaks()
    if breaks:
        raise UnusableFileError(code="file.rule_breaks",
                                params={"name": path.name, "problem": breaks[0], "more": more(len(breaks) - 1)})


def _upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Upgrade an older file in place, after a backup, keeping its seal's verdict.

    The seal is verified before the upgrade, against the content as sealed. A seal that held is
    sealed again over the upgraded content (the upgrade changes how the content is stored, not
    what it says); a broken one is put back as it was, so the file still shows it was altered.
    That holds whatever a migration does with the seal.
    """
    from .seal import compute_seal  # late import: seal builds on this module

    backup = _upgrade_backup_path(path, version)
    _backup_to(conn, backup)
    log.info("upgrading %s from version %s; backup at %s", path, version, backup)
    kept = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('seal', 'sealed_at')").fetchall())
    held = "seal" in kept and kept["seal"] == compute_seal(conn)
    apply_migrations(database(conn))  # each migration is its own transaction (some may need to be outside one)
    if "seal" in kept:
        if held:
            kept["seal"] = compute_seal(conn)
        with _atomic(conn):
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(kept.items()))


def _upgrade_backup_path(path: Path, version: int) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")


def _backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API, written beside then moved into place."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.partial")
    try:
        if tmp.exists():
            tmp.unlink()
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, sqlite3.Error):
            raise explain_write_error(exc, target) from None
        raise WriteFailedError(code="write.failed", params={"name": target.name, "reason": str(exc.strerror or exc)}) from None


@contextlib.contextmanager
def open_readonly(path: Path | str, *, refuse_links: bool = False) -> Iterator[SessionFile]:
    """Open any file safely for reading: the file itself is never written.

    The file (and its ``-wal``, if one lies beside it) is copied to a private temporary folder and
    opened there (see :mod:`.private`), so a read-only USB stick works, an unfinished ``-wal`` is
    honoured, and nothing beside the source is created. An older version is upgraded in the copy
    only; its seal is verified first, against the content as it was sealed.
    """
    from .seal import seal_status_of  # late import: seal builds on this module

    path = Path(path)
    with private_connection(path, refuse_links=refuse_links) as (conn, found):
        try:
            conn.text_factory = decode_text
            conn.execute("PRAGMA foreign_keys = ON")
            seal = None
            if found.version < SCHEMA_VERSION:
                if conn.execute("SELECT 1 FROM meta WHERE key = 'seal'").fetchone():
                    seal = seal_status_of(conn)  # against the content as sealed, before the upgrade
                apply_migrations(database(conn))
        except sqlite3.Error as exc:
            raise UnusableFileError(code="file.damaged", params={"name": path.name, "reason": str(exc)}) from None
        sf = SessionFile(path, conn, readonly=True, lock=None)
        sf.source_version = found.version
        sf.seal_as_found = seal
        sf.wal_frames = found.wal_frames
        yield sf
