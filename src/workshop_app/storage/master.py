"""The master's side of a merge: the SQL ``merge/`` needs on the open file, and nothing else.

``SessionFile.master_rows()`` hands out a :class:`MasterRows` bound to the file's connection and
lock, so merge code never holds a raw connection: bulk reads of the rows and stored versions a
source touches, the writes of the merge rule (inside the caller's ``SessionFile.transaction()``),
and the review data (conflicts, provenance, option mappings). The source's side (private copy,
checks, one-pass scan) is :mod:`.merge_io`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

from .codec import SUPPORT_TABLES
from .schema import RECORD_TABLES

_BATCH = 500  # ids per IN (...) query, well under SQLite's variable limit


class MasterRows:
    """Rows of the open master, as dicts of column values (see :mod:`.codec` for their content).

    Reads take the file's lock (re-entrant: inside a transaction they join it); writes belong in
    the caller's ``SessionFile.transaction()``, which holds it.
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock):
        self._conn = conn
        self._lock = lock

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self._conn.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, values, strict=True)) for values in cur]

    def changes(self) -> int:
        """Rows changed since the connection opened: a caller compares two readings."""
        return self._conn.total_changes

    def open_conflict_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM conflicts WHERE resolved = 0").fetchone()[0]

    def provenance_row(self, provenance_id: str) -> dict[str, Any] | None:
        found = self._rows("SELECT * FROM provenance WHERE id = ?", [provenance_id])
        return found[0] if found else None

    @staticmethod
    def _batches(ids: Iterable[str]) -> Iterator[list[str]]:
        ids = list(ids)
        for i in range(0, len(ids), _BATCH):
            yield ids[i:i + _BATCH]

    def fetch_rows(self, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The master's rows of ``table`` whose id is among ``ids``."""
        self._known(table)
        out: dict[str, dict[str, Any]] = {}
        for batch in self._batches(ids):
            for row in self._rows(f"SELECT * FROM [{table}] WHERE id IN ({','.join('?' * len(batch))})", batch):
                out[row["id"]] = row
        return out

    def fetch_conflicts(self, table: str, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """The master's stored versions (conflicts table) of the records ``ids`` of ``table``."""
        out: dict[str, list[dict[str, Any]]] = {}
        for batch in self._batches(ids):
            sql = f"SELECT * FROM conflicts WHERE table_name = ? AND record_id IN ({','.join('?' * len(batch))}) ORDER BY id"
            for row in self._rows(sql, [table, *batch]):
                out.setdefault(row["record_id"], []).append(row)
        return out

    def conflict_rows(self, *, open_only: bool = True) -> list[dict[str, Any]]:
        where = "WHERE resolved = 0" if open_only else ""
        return self._rows(f"SELECT * FROM conflicts {where} ORDER BY table_name, record_id, rev DESC, hash DESC")

    def table_rows(self, table: str, order_by: str = "id") -> list[dict[str, Any]]:
        """Every row of a support table (provenance, option mappings)."""
        if table not in SUPPORT_TABLES:
            raise ValueError(f"not a support table: {table}")
        return self._rows(f"SELECT * FROM [{table}] ORDER BY {order_by}")

    def unkeyed_options(self) -> list[dict[str, Any]]:
        """Live options without a framework key, with their question and session, for mapping."""
        return self._rows(
            """SELECT o.id AS option_id, o.label AS label, q.id AS question_id, q.prompt AS prompt,
                      q.kind AS kind, s.id AS session_id, s.title AS session_title, s.city AS city
               FROM options o JOIN questions q ON q.id = o.question JOIN sessions s ON s.id = q.session
               WHERE o.key IS NULL AND o.deleted = 0 AND q.deleted = 0 AND s.deleted = 0
               ORDER BY o.label, s.title, o.id"""
        )

    def framework_keys(self) -> list[dict[str, Any]]:
        """Every (framework title, item) pair of the master's live frameworks."""
        out = []
        for row in self._rows("SELECT title, items FROM frameworks WHERE deleted = 0 ORDER BY title, id"):
            for item in json.loads(row["items"]):
                out.append({"framework": row["title"], "key": item.get("key"), "label": item.get("label", "")})
        return out

    def option_keys_in_use(self) -> list[tuple[str, str]]:
        """Distinct (key, label) of keyed live options: the keys staff can map to besides a framework's."""
        rows = self._rows("SELECT DISTINCT key, label FROM options WHERE key IS NOT NULL AND deleted = 0 ORDER BY key, label")
        return [(r["key"], r["label"]) for r in rows]

    # -- writing (inside the caller's SessionFile.transaction) --------------------------------------

    @staticmethod
    def _known(table: str) -> None:
        if table not in RECORD_TABLES:
            raise ValueError(f"not a record table: {table}")

    def insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert new rows (all with the same columns) in one statement."""
        if not rows:
            return
        self._known(table)
        cols = list(rows[0])
        sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
        self._conn.executemany(sql, map(itemgetter(*cols), rows))

    def put_row(self, table: str, row: dict[str, Any]) -> None:
        """Insert a row or replace the stored version of that id (rev and chain as given)."""
        self._known(table)
        cols = list(row)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id")
        self._conn.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [row[c] for c in cols],
        )

    def insert_conflicts(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            cols = ("id", "table_name", "record_id", "hash", "rev", "chain", "content", "source", "resolved", "resolution")
            self._conn.executemany(
                f"INSERT INTO conflicts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[r[c] for c in cols] for r in rows],
            )

    def delete_conflicts(self, ids: Iterable[str]) -> None:
        self._conn.executemany("DELETE FROM conflicts WHERE id = ?", [[i] for i in ids])

    def set_conflict_content(self, conflict_id: str, content: str, source: str) -> None:
        """Rewrite a stored version's bookkeeping: its capture time and the files that carried it."""
        self._conn.execute("UPDATE conflicts SET content = ?, source = ? WHERE id = ?", [content, source, conflict_id])

    def set_conflict_state(self, conflict_id: str, resolved: bool, resolution: str | None) -> None:
        self._conn.execute("UPDATE conflicts SET resolved = ?, resolution = ? WHERE id = ?",
                           [1 if resolved else 0, resolution, conflict_id])

    def insert_or_ignore(self, table: str, rows: list[dict[str, Any]]) -> int:
        """Add support rows (provenance, option mappings) whose id is not here yet; returns how many."""
        if table not in ("provenance", "option_mappings") or not rows:
            return 0
        before = self._conn.total_changes
        for row in rows:
            cols = list(row)
            self._conn.execute(
                f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
                [row[c] for c in cols],
            )
        return self._conn.total_changes - before

    def merge_provenance(self, rows: list[dict[str, Any]]) -> None:
        """Add provenance rows; one already here (the same file, by its content) keeps the earliest
        ``merged_at`` and lists every name the file was merged under, so the result does not depend
        on the order of merging."""
        for row in rows:
            here = self._conn.execute("SELECT file_name, merged_at FROM provenance WHERE id = ?", [row["id"]]).fetchone()
            if here is None:
                cols = list(row)
                self._conn.execute(f"INSERT INTO provenance ({', '.join(f'[{c}]' for c in cols)}) "
                                   f"VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols])
                continue
            names = sorted({n for n in (*here[0].split(", "), *row["file_name"].split(", ")) if n})
            times = [t for t in (here[1], row["merged_at"]) if t]
            merged = (", ".join(names), min(times) if times else "")
            if merged != tuple(here):
                self._conn.execute("UPDATE provenance SET file_name = ?, merged_at = ? WHERE id = ?", [*merged, row["id"]])

    def put_mapping(self, row: dict[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO option_mappings (id, label, framework_key, decided_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label, framework_key = excluded.framework_key, "
            "decided_at = excluded.decided_at",
            [row["id"], row["label"], row["framework_key"], row["decided_at"]],
        )

    def delete_mapping(self, mapping_id: str) -> None:
        self._conn.execute("DELETE FROM option_mappings WHERE id = ?", [mapping_id])

    @contextlib.contextmanager
    def rolled_back(self) -> Iterator[None]:
        """Run writes in a transaction that is always rolled back: a dry run sees its own effects only."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
