"""Framework mapping: a venue's option without a framework key, tied to a key by staff (or kept apart).

Options with the same key (``P3``) are the same priority in every session. An option a venue typed
itself has no key; staff decide once per label ("Youth employment" -> P2, or "keep separate"), the
decision is stored in ``option_mappings`` (keyed by the normalised label, so it is reused for every
later file and travels with the master) and the venue's own record is never edited.
Consumers that compare sessions call :func:`effective_keys` / :func:`with_mapped_keys`.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import WorkshopError
from ..domain.model import SessionData, now_iso
from ..storage import SessionFile, merge_io

_MAPPING_NS = uuid.UUID("5b0e2f6a-1c3d-4e8f-a7b9-3d2c1e0f9a84")
UNDECIDED = "undecided"
SEPARATE = "separate"


def normalise_label(label: str) -> str:
    """Labels that differ only in case, width or spacing are one label."""
    text = unicodedata.normalize("NFKC", label).casefold()
    return re.sub(r"\s+", " ", text).strip()


def mapping_id(label: str) -> str:
    return str(uuid.uuid5(_MAPPING_NS, normalise_label(label)))


@dataclass
class OptionGroup:
    """All live unkeyed options sharing one label, and staff's decision for that label."""

    label: str
    mapping_id: str
    options: list[dict[str, Any]] = field(default_factory=list)  # option, question and session of each
    decision: str = UNDECIDED  # UNDECIDED, SEPARATE, or a framework key
    decided_at: str = ""

    @property
    def sessions(self) -> list[str]:
        return sorted({o["session_title"] for o in self.options})


def option_groups(sf: SessionFile) -> list[OptionGroup]:
    """Unkeyed options grouped by label, undecided ones first."""
    decisions = {m["id"]: m for m in merge_io.table_rows(sf.conn, "option_mappings")}
    groups: dict[str, OptionGroup] = {}
    for row in merge_io.unkeyed_options(sf.conn):
        mid = mapping_id(row["label"])
        group = groups.get(mid)
        if group is None:
            group = groups[mid] = OptionGroup(row["label"], mid)
            decided = decisions.get(mid)
            if decided is not None:
                group.decision = decided["framework_key"] or SEPARATE
                group.decided_at = decided["decided_at"]
        group.options.append(row)
    return sorted(groups.values(), key=lambda g: (g.decision != UNDECIDED, normalise_label(g.label)))


def key_choices(sf: SessionFile) -> list[tuple[str, str]]:
    """(key, label) staff can map to: every framework item, then keys options already use."""
    seen: dict[str, str] = {}
    for item in merge_io.framework_keys(sf.conn):
        if item["key"]:
            seen.setdefault(item["key"], item["label"])
    for key, label in merge_io.option_keys_in_use(sf.conn):
        seen.setdefault(key, label)
    return sorted(seen.items(), key=lambda kv: _natural(kv[0]))


def _natural(key: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key)]


def decide(sf: SessionFile, label: str, key: str | None) -> None:
    """Map every option labelled ``label`` to ``key``, or keep them separate with ``None``."""
    if key is not None and not key.strip():
        raise WorkshopError("Choose a framework key, or keep the option separate.")
    with sf.transaction():
        merge_io.put_mapping(sf.conn, {"id": mapping_id(label), "label": label,
                                       "framework_key": key.strip() if key else None, "decided_at": now_iso()})


def undecide(sf: SessionFile, label: str) -> None:
    with sf.transaction():
        merge_io.delete_mapping(sf.conn, mapping_id(label))


def effective_keys(sf: SessionFile) -> dict[str, str]:
    """Option id -> framework key for unkeyed options staff mapped (options with a key keep theirs)."""
    decisions = {m["id"]: m["framework_key"] for m in merge_io.table_rows(sf.conn, "option_mappings")}
    out = {}
    for row in merge_io.unkeyed_options(sf.conn):
        key = decisions.get(mapping_id(row["label"]))
        if key:
            out[row["option_id"]] = key
    return out


def with_mapped_keys(data: SessionData, keys: dict[str, str]) -> SessionData:
    """A copy of ``data`` whose unkeyed options carry the key staff mapped them to."""
    if not any(o.id in keys for opts in data.options.values() for o in opts):
        return data
    out = copy.copy(data)
    out.options = {
        qid: [dataclasses.replace(o, key=keys[o.id]) if o.key is None and o.id in keys else o for o in opts]
        for qid, opts in data.options.items()
    }
    return out
