"""Merging sources into a master, one transaction per source, after a backup (DESIGN §5).

:func:`merge_files` is what the CLI and the GUI call; :func:`merge_into` does the work on an open
master; :func:`apply_source` merges one checked source inside the caller's transaction (the
interchange import uses it too). The rule itself is :func:`merge.versions.settle`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..domain.errors import UnusableFileError, WriteFailedError
from ..domain.messages import Message, record_word
from ..domain.model import TYPE_BY_TABLE, canonical_json, now_iso
from ..storage import SessionFile
from ..storage.codec import content_to_row, field_kinds, join_sources, split_sources
from ..storage.master import MasterRows
from ..storage.schema import RECORD_TABLES
from .backup import backup_master
from .readers import sources_in_order
from .report import COUNTS, MergeReport, SourceReport
from .sources import Source, conflict_version, record_version
from .versions import SUPERSEDED, Settlement, Version, settle

log = logging.getLogger(__name__)

_PROVENANCE_NS = uuid.UUID("2d7c4b8e-93a1-4f0e-b5d6-0c1e8f7a9b23")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

# The references between record tables, checked for sources that are not SQLite files.
LINKS = {
    "questions": {"session": "sessions"},
    "options": {"question": "questions"},
    "participants": {"session": "sessions"},
    "ballots": {"session": "sessions", "question": "questions", "participant": "participants"},
    "comments": {"session": "sessions", "question": "questions", "option": "options", "participant": "participants"},
    "key_messages": {"session": "sessions", "question": "questions"},
}


def provenance_id(source: Source) -> str:
    """The same data merged twice gets the same provenance row, so a second merge adds nothing."""
    return str(uuid.uuid5(_PROVENANCE_NS, f"{source.kind}:{source.digest}"))


def merge_files(master: Path | str, sources: Iterable[Path | str], *, dry_run: bool = False,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> MergeReport:
    """Open ``master`` (refusing an unusable one with exit code 2) and merge ``sources`` into it."""
    with SessionFile.open(master) as sf:
        return merge_into(sf, sources, dry_run=dry_run, progress=progress, cancelled=cancelled)


def merge_into(sf: SessionFile, sources: Iterable[Path | str], *, dry_run: bool = False,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               backup: bool = True) -> MergeReport:
    """Merge each source in its own transaction; a dry run rolls everything back at the end.

    Before the first change the master is backed up beside itself (``backup=False`` is for a
    caller that has just made its own copy).

    The dry run applies the sources in order inside one transaction that is then rolled back, so
    its counts are exactly what the real merge will do, the second file seeing the first.
    """
    paths = [Path(p) for p in sources]
    report = MergeReport(master=str(sf.path), dry_run=dry_run)
    report.sources = [SourceReport(path=str(p), name=p.name) for p in paths]
    if dry_run:
        with sf.master_rows().rolled_back():
            _run(sf, paths, report, progress, cancelled, backup=False)
    else:
        _run(sf, paths, report, progress, cancelled, backup=backup)
    if progress:
        progress(len(paths), len(paths), "")
    return report


def _run(sf: SessionFile, paths: list[Path], report: MergeReport, progress: Progress | None,
         cancelled: Cancelled | None, *, backup: bool) -> None:
    with sources_in_order(paths, sf.path) as incoming:  # read ahead in worker processes where safe
        for i, (path, item) in enumerate(zip(paths, report.sources, strict=True)):
            if cancelled and cancelled():
                report.cancelled = True
                for rest in report.sources[i:]:
                    rest.set_reason("not merged", Message("merge.cancelled_before"))
                return
            if progress:
                progress(i, len(paths), path.name)
            source = next(incoming)
            if isinstance(source, UnusableFileError):
                item.set_reason("refused", source)
                log.info("refused %s: %s", path, source)
                continue
            if not _merge_source(sf, source, item, report, backup=backup):
                for rest in report.sources[i + 1:]:
                    rest.set_reason("not merged", Message("merge.stopped"))
                return


def _merge_source(sf: SessionFile, source: Source, item: SourceReport, report: MergeReport, *, backup: bool) -> bool:
    """Merge one read source, backing the master up first if this is the first change of the run;
    False if a write failed (the run stops there)."""
    _describe(item, source)
    try:
        if not _merge_one(sf, source, item, needs_backup=backup and report.backup is None):
            report.backup = str(backup_master(sf))
            _describe(item, source)
            _merge_one(sf, source, item, needs_backup=False)
        item.status = "previewed" if report.dry_run else "merged"
        log.info("%s %s into %s: %s", item.status, source.path, sf.path, item.counts())
    except UnusableFileError as exc:
        item.set_reason("refused", exc)
    except WriteFailedError as exc:
        item.set_reason("not merged", exc)
        return False
    return True


class _BackupFirst(Exception):
    """The source would change the master and no backup was made yet in this run."""


def _merge_one(sf: SessionFile, source: Source, item: SourceReport, *, needs_backup: bool) -> bool:
    """Merge one source in its own transaction. With ``needs_backup``, a source that would change
    the master is rolled back and False returned, so the caller backs up first and merges again:
    a run that changes nothing (files merged before) makes no backup and pushes none out."""
    try:
        with sf.transaction():
            before = sf.master_rows().changes()
            apply_source(sf, source, item, record_provenance=True)
            if needs_backup and sf.master_rows().changes() != before:
                raise _BackupFirst()
    except _BackupFirst:
        return False
    return True


def _describe(item: SourceReport, source: Source) -> None:
    item.tables, item.notes, item.already_merged_at = {}, [], None
    item.kind = source.kind
    item.seal = source.digest
    item.sealed = source.stored_seal is not None
    item.seal_verified = source.seal_verified
    item.sessions = source.sessions()
    if source.kind == "workshop" and not item.sealed:
        item.notes.append(Message("merge.note.not_sealed"))
    elif source.kind != "workshop":
        item.notes.append(Message("merge.note.word_note") if source.kind == "docx" else Message("merge.note.json_file"))


def apply_source(sf: SessionFile, source: Source, item: SourceReport, *, record_provenance: bool) -> None:
    """Merge one checked source into ``sf`` inside the caller's transaction, counting into ``item``."""
    master = sf.master_rows()
    _check_references(master, source)
    for table in RECORD_TABLES:
        counts = item.tables.setdefault(table, dict.fromkeys(COUNTS, 0))
        _merge_table(master, source, table, counts)
    for key in COUNTS:
        setattr(item, key, sum(t[key] for t in item.tables.values()))
    master.merge_provenance(source.provenance)
    _merge_mappings(master, source, item)
    if record_provenance:
        _record_provenance(master, source, item)


def _check_references(master: MasterRows, source: Source) -> None:
    """Every reference must point into the source or the master (a .workshop is checked by SQLite)."""
    if source.kind == "workshop":
        return
    ids = {t: {r["id"] for r in rows} for t, rows in source.rows.items()}
    for table, links in LINKS.items():
        wanted: dict[str, set[str]] = {}
        for row in source.rows.get(table, []):
            for col, target in links.items():
                ref = row.get(col)
                if ref is not None and ref not in ids[target]:
                    wanted.setdefault(target, set()).add(ref)
        for target, refs in wanted.items():
            missing = refs - set(master.fetch_rows(target, refs))
            if missing:
                raise UnusableFileError(code="merge.missing_reference", params={
                    "name": source.name, "target": record_word(target), "ref": sorted(missing)[0]})


def _merge_table(master: MasterRows, source: Source, table: str, counts: dict[str, int]) -> None:
    rows = source.rows.get(table, [])
    carried = source.conflicts.get(table, {})
    if not rows:
        return
    ids = [r["id"] for r in rows]
    existing = master.fetch_rows(table, ids)
    stored = master.fetch_conflicts(table, ids) if existing else {}
    fresh: list[dict[str, Any]] = []
    name = source.name
    default = {name} if name else set()
    for row in rows:
        rid = row["id"]
        listed = row.get("sources")
        if rid not in existing and rid not in carried:  # new here (most rows): no set of names to build
            fresh.append({**row, "sources": (join_sources(split_sources(listed)) if listed else "") or name})
            continue
        names = split_sources(listed) or default
        here = existing.get(rid)
        if (here is not None and rid not in carried and rid not in stored
                and (here["hash"], here["rev"], here["chain"]) == (row["hash"], row["rev"], row["chain"])
                and here.get("created_at") == row.get("created_at")
                and names <= split_sources(here.get("sources"))):
            counts["unchanged"] += 1  # the very version the master shows, and nothing else stored
            continue
        mine = []
        if rid in existing:
            mine = [record_version(table, existing[rid])] + [conflict_version(r) for r in stored.get(rid, [])]
        incoming = record_version(table, row, name)
        theirs = [incoming] + [conflict_version(r, name) for r in carried.get(rid, [])]
        after = settle(mine + theirs)
        counts[_classify(mine, incoming, after)] += 1
        store_settlement(master, table, after, existing.get(rid), stored.get(rid, []), name)
    counts["added"] += len(fresh)
    master.insert_rows(table, fresh)


def _classify(mine: list[Version], incoming: Version, after: Settlement) -> str:
    if not mine:
        return "added"
    before = settle(mine)
    new_heads = after.heads - before.heads
    if new_heads and len(after.heads) > 1:
        return "conflicts"
    if after.winner.node != before.winner.node:
        return "fast_forwarded"
    return "unchanged" if incoming.hash == before.winner.hash else "stale"


def row_from_version(v: Version) -> dict[str, Any]:
    """The record-table row for a version known only by its content (a stored version)."""
    if v.row is not None:
        return v.row
    row = content_to_row(v.table, json.loads(v.content))
    row.update(rev=v.rev, chain=canonical_json(list(v.chain)), hash=v.hash)
    return row


def store_settlement(master: MasterRows, table: str, after: Settlement, current: dict[str, Any] | None,
                     stored: list[dict[str, Any]], source_name: str) -> list[str]:
    """Make the master's rows for one record hold exactly ``after``; returns newly superseded ids."""
    w = after.winner
    captured = _captured(table, after)
    row = dict(row_from_version(w))
    row["sources"] = w.source
    if captured is not None:
        row["created_at"] = captured
    if current is None or (current["hash"], current["rev"], tuple(json.loads(current["chain"]))) != w.key \
            or (captured is not None and current.get("created_at") != captured) \
            or current.get("sources", "") != w.source:
        master.put_row(table, row)
    wanted = after.stored()
    have = {r["id"]: r for r in stored}
    master.delete_conflicts([cid for cid in have if cid not in wanted])
    inserts, newly = [], []
    for cid, (v, resolved) in wanted.items():
        old = have.get(cid)
        content = _with_capture_time(v.content, captured)
        if old is None:
            inserts.append({
                "id": cid, "table_name": table, "record_id": v.record_id, "hash": v.hash, "rev": v.rev,
                "chain": canonical_json(list(v.chain)), "content": content, "source": v.source,
                "resolved": 1 if resolved else 0, "resolution": (v.note or SUPERSEDED) if resolved else None,
            })
            if resolved:
                newly.append(cid)
            continue
        if old["content"] != content or (old["source"] or "") != v.source:
            master.set_conflict_content(cid, content, v.source)
        if bool(old["resolved"]) != resolved:
            master.set_conflict_state(cid, resolved, SUPERSEDED if resolved else None)
            if resolved:
                newly.append(cid)
    master.insert_conflicts(inserts)
    return newly


def _captured(table: str, after: Settlement) -> str | None:
    """The record's first-captured time, for a table that keeps one (None for the others)."""
    if "created_at" not in field_kinds(TYPE_BY_TABLE[table]):
        return None
    return after.first_captured


def _with_capture_time(content: str, captured: str | None) -> str:
    """A stored version's content carrying the record's first-captured time (bookkeeping only)."""
    if captured is None:
        return content
    values = json.loads(content)
    if values.get("created_at") == captured:
        return content
    values["created_at"] = captured
    return canonical_json(values)


def _merge_mappings(master: MasterRows, source: Source, item: SourceReport) -> None:
    if not source.option_mappings:
        return
    ids = {m["id"]: m for m in master.table_rows("option_mappings")}
    for m in source.option_mappings:
        mine = ids.get(m["id"])
        if mine is not None and mine["framework_key"] != m["framework_key"]:
            separate = Message("merge.note.kept_separate")
            item.notes.append(Message("merge.note.mapping_differs", label=m["label"],
                                      source=m["framework_key"] or separate, master=mine["framework_key"] or separate))
    master.insert_or_ignore("option_mappings", source.option_mappings)


def _record_provenance(master: MasterRows, source: Source, item: SourceReport) -> None:
    """Record the source file in the master's provenance, by what the file *is*, not by what this
    run did (the run's counts are in the report): the same files give the same provenance rows
    whatever the order they were merged in. Counts are the file's own records (``added``) and the
    open conflicts it carries (``conflicts``); ``merged_at`` is the first time it was merged."""
    pid = provenance_id(source)
    before = master.provenance_row(pid)
    if before:
        item.already_merged_at = before["merged_at"]
        nothing_new = not (item.added or item.fast_forwarded or item.conflicts)
        when = before["merged_at"]
        item.notes.append(Message("merge.note.merged_before_nothing_new", when=when) if nothing_new
                          else Message("merge.note.merged_before", when=when))
    tables = {t: {**dict.fromkeys(COUNTS, 0), "added": len(rows)} for t, rows in source.rows.items() if rows}
    for t, by_id in source.conflicts.items():
        open_ = sum(1 for rows in by_id.values() for r in rows if not r.get("resolved"))
        if open_:
            tables.setdefault(t, dict.fromkeys(COUNTS, 0))["conflicts"] = open_
    details = {
        "kind": source.kind, "sealed": source.stored_seal is not None, "sealed_at": source.sealed_at,
        "schema_version": source.version, "sessions": sorted(item.sessions, key=lambda s: str(s.get("id"))),
        "tables": tables,
    }
    master.merge_provenance([{
        "id": pid, "file_name": source.name, "seal": source.digest, "seal_verified": 1 if source.seal_verified else 0,
        "added": sum(t["added"] for t in tables.values()), "unchanged": 0, "fast_forwarded": 0, "stale": 0,
        "conflicts": sum(t["conflicts"] for t in tables.values()), "merged_at": now_iso(),
        "details": canonical_json(details),
    }])


def import_into(sf: SessionFile, records: list, support: dict[str, list[Any]]) -> dict[str, int]:
    """Merge parsed interchange records (and the document's review data) inside the caller's
    transaction, without a provenance record: the ``import`` command's path through the merge rules."""
    from .sources import source_from_records

    # An import is a transfer copy (lossless: import(export(x)) == x), so it adds no source name of
    # its own: records keep the files the document lists for them.
    source = source_from_records(Path(""), "json", "", records, support)
    item = SourceReport(path="", name=source.name)
    apply_source(sf, source, item, record_provenance=False)
    return item.counts()
