"""The merge rule as a pure function of a set of versions (DESIGN §5). No SQL, no Qt.

For one record id, a master keeps every version that ever reached it: the *winner* in the record's
own table and every other version in the ``conflicts`` table. A version is identified by its
content hash, revision and chain (the hashes it had before). What is shown is a pure function of
that set:

* versions with the same hash and revision are one *node* (their chains joined);
* a node is *superseded* when another node has its hash in its chain and a higher revision
  (an ancestor, however it travelled); the others are *heads*;
* a hash in a chain may be an *old-rule* hash (schema versions 1 and 2 hashed ``created_at``):
  a version is also known by its old-rule hash, computed from its content, so a file upgraded
  to version 3 still fast-forwards from, or is stale against, a version 2 file;
* a version of revision 0 is a *placeholder* (a participant as an anonymised Word note carries
  it): any version of revision 1 or more supersedes it; two placeholders never make a conflict
  (the larger hash stands in, the others are kept as superseded);
* the winner is the head with the higher revision, then the larger hash; every other head is an
  *open* conflict for a person to resolve; everything else is kept, marked superseded.

Merging two files is the union of their sets, so it is idempotent, commutative and associative by
construction, and no version is ever lost. A resolution is a new version whose chain holds both
heads' hashes (and their chains) with a higher revision, so it supersedes both wherever it travels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ..domain.model import BOOKKEEPING_FIELDS, first_captured, legacy_content_hash, version_id

SUPERSEDED = "superseded"


@dataclass(frozen=True)
class Version:
    """One version of one record."""

    table: str
    record_id: str
    hash: str
    rev: int
    chain: tuple[str, ...]
    content: str = field(compare=False)  # canonical JSON of the user-visible fields
    sources: frozenset[str] = field(default=frozenset(), compare=False)  # every file that carried it
    row: dict[str, Any] | None = field(default=None, compare=False, hash=False, repr=False)
    note: str | None = field(default=None, compare=False)  # a stored version's resolution note

    @property
    def key(self) -> tuple[str, int, tuple[str, ...]]:
        return (self.hash, self.rev, self.chain)

    @property
    def node(self) -> tuple[str, int]:
        return (self.hash, self.rev)

    @property
    def source(self) -> str:
        """The files that carried this version, sorted, ``, ``-separated (empty: made here)."""
        return ", ".join(sorted(self.sources))

    @cached_property
    def values(self) -> dict[str, Any]:
        return json.loads(self.content)

    @property
    def names(self) -> set[str]:
        """Every hash this version may appear under in a chain: today's, and the old rule's."""
        if not any(name in self.values for name in BOOKKEEPING_FIELDS):
            return {self.hash}
        return {self.hash, legacy_content_hash(self.values)}

    @property
    def created_at(self) -> str:
        return str(self.values.get("created_at") or "")

    @property
    def conflict_id(self) -> str:
        # derived from the version it holds: the same row in every master, whatever the merge order
        return version_id(self.table, self.record_id, self.hash, self.rev, self.chain)


@dataclass
class Settlement:
    """What a set of versions of one record shows."""

    winner: Version
    open: list[Version]  # one per non-winning head, best first
    superseded: list[Version]  # every other version, kept for the record

    @property
    def first_captured(self) -> str:
        """The record's capture time: the earliest any of its versions carries (order-independent)."""
        return first_captured(*(v.created_at for v in (self.winner, *self.open, *self.superseded)))

    @property
    def heads(self) -> set[tuple[str, int]]:
        return {self.winner.node} | {v.node for v in self.open}

    def stored(self) -> dict[str, tuple[Version, bool]]:
        """Conflict-table rows this settlement needs: conflict id -> (version, resolved)."""
        out = {v.conflict_id: (v, False) for v in self.open}
        out.update({v.conflict_id: (v, True) for v in self.superseded})
        return out


def _representative(members: list[Version]) -> Version:
    return max(members, key=lambda v: (len(v.chain), v.chain))


def settle(versions: Iterable[Version]) -> Settlement:
    """The winner, the open conflicts and the superseded versions of one record's version set."""
    unique: dict[tuple, Version] = {}
    for v in versions:
        seen = unique.get(v.key)
        # one version reached by several files lists them all, whatever the order they came in
        unique[v.key] = v if seen is None else replace(seen, sources=seen.sources | v.sources)
    if not unique:
        raise ValueError("settle() needs at least one version")
    members: dict[tuple[str, int], list[Version]] = {}
    for v in unique.values():
        members.setdefault(v.node, []).append(v)
    chains = {node: {h for v in vs for h in v.chain} for node, vs in members.items()}
    names = {node: set().union(*(v.names for v in vs)) for node, vs in members.items()}
    any_real = any(node[1] > 0 for node in members)
    heads = [
        node for node in members
        if not (node[1] == 0 and any_real)  # a placeholder gives way to any real version
        and not any(names[node] & chains[other] and node[1] < other[1] for other in members if other != node)
    ]
    heads.sort(key=lambda n: (n[1], n[0]), reverse=True)
    reps = {node: replace(_representative(members[node]), sources=frozenset().union(*(v.sources for v in members[node])))
            for node in heads}
    winner = reps[heads[0]]
    # Placeholders only (the same declined person as two notes redacted it differently): neither is
    # anyone's edit, so there is nothing for a person to choose; the larger hash stands in until the
    # real record arrives, and the others are kept as superseded.
    open_ = [reps[n] for n in heads[1:]] if heads[0][1] > 0 else []
    shown = {winner.key} | {v.key for v in open_}
    superseded = sorted((v for v in unique.values() if v.key not in shown),
                        key=lambda v: (v.rev, v.hash, v.chain), reverse=True)
    return Settlement(winner, open_, superseded)


def descendant(first: Version, second: Version, content: str, new_hash: str) -> Version:
    """The version a person's decision creates: ``content`` (one of the two), descending from both.

    Its chain is the first version's chain and hash, then the second's not already there; its
    revision is one more than either's, so it supersedes both wherever it travels.
    """
    chain = list(first.chain) + [first.hash]
    for h in [*second.chain, second.hash]:
        if h not in chain:
            chain.append(h)
    return Version(first.table, first.record_id, new_hash, max(first.rev, second.rev) + 1, tuple(chain), content)
