"""Breakdowns by group, with the small-group rule.

A group is the set of ballots whose participant shares a value of ``by``: ``stakeholder_group``,
``country``, a session field in a merged master (``event``), or any key of
``Participant.attributes`` (written ``region``, ``attributes.region`` or ``attributes[region]``).
Ballots with no participant, or an empty value, form the group "Not recorded".

A group is handed out by its **key**, not an English label: the value of ``by`` ("academia",
"Kenya"), :data:`OTHER` for the folded group, :data:`NOT_RECORDED` ("") for no value. A reader
names it in its language (the UI through ``tr()``, the Word notes through ``exports/terms.py``);
:func:`group_label` gives the English for the CLI's text and JSON.

The small-group rule: a group with fewer than ``min_group_size`` ballots is never shown alone; it
is folded into "Other" (together with a group whose own value is "other"). If "Other" is then
smaller than the minimum, the smallest shown groups are folded into it too (otherwise the overall
result minus the groups shown would reveal it); only if everything together is still smaller than
the minimum is nothing shown, and its ballots are counted as hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from ..domain.model import STAKEHOLDER_GROUPS, STAKEHOLDER_LABELS, Participant, Session

T = TypeVar("T")

OTHER = "other"
NOT_RECORDED = ""
OTHER_LABEL = "Other"
NOT_RECORDED_LABEL = "Not recorded"
SESSION_FIELDS = ("event", "venue", "city", "language", "audience", "title")


def attribute_name(by: str) -> str:
    """``attributes[region]`` and ``attributes.region`` both mean ``region``."""
    if by.startswith("attributes[") and by.endswith("]"):
        return by[len("attributes["):-1].strip("'\"")
    if by.startswith("attributes."):
        return by[len("attributes."):]
    return by


def group_value(participant: Participant | None, by: str, session: Session | None = None) -> str:
    """The raw value of ``by`` for one participant ("" when not recorded)."""
    name = attribute_name(by)
    if name in SESSION_FIELDS and session is not None:
        return str(getattr(session, name) or "")
    if participant is None or participant.deleted:
        return ""
    if name == "stakeholder_group":
        return participant.stakeholder_group or ""
    if name == "country":
        return participant.country or ""
    if name == "organisation":
        return participant.organisation or ""
    return str(participant.attributes.get(name, "") or "")


def group_label(value: str, by: str) -> str:
    """The English name of the group with key ``value`` (the CLI's text and JSON)."""
    if not value:
        return NOT_RECORDED_LABEL
    if value.casefold() == OTHER:
        return OTHER_LABEL
    if attribute_name(by) == "stakeholder_group":
        return STAKEHOLDER_LABELS.get(value, value)
    return value


def _sort_key(value: str, by: str) -> tuple:
    if attribute_name(by) == "stakeholder_group" and value in STAKEHOLDER_GROUPS:
        return (0, STAKEHOLDER_GROUPS.index(value), "")
    if not value:
        return (2, 0, "")
    return (1, 0, group_label(value, by).casefold())


def fold_small_groups(sizes: dict[str, int], min_size: int) -> dict[str, str | None]:
    """Where each group's ballots go: its own value, ``OTHER`` (folded) or None (hidden)."""
    target: dict[str, str | None] = {}
    other_size = 0
    for value, size in sizes.items():
        if value.casefold() == OTHER or size < min_size:
            target[value] = OTHER
            other_size += size
        else:
            target[value] = value
    # Complementary folding: an "Other" below the minimum could be worked out as the overall
    # result minus the groups shown, so the smallest shown groups join it until it is big enough.
    while 0 < other_size < min_size:
        shown = [v for v, where in target.items() if where == v and where != OTHER]
        if not shown:
            break
        smallest = min(shown, key=lambda v: (sizes[v], v))
        target[smallest] = OTHER
        other_size += sizes[smallest]
    if other_size and other_size < min_size:
        for value, where in target.items():
            if where == OTHER:
                target[value] = None
    return target


def split_by_group(
    items: Sequence[T],
    value_of: Callable[[T], str],
    by: str,
    min_size: int,
    size_of: Callable[[list[T]], int] = len,
) -> tuple[list[tuple[str, list[T]]], int]:
    """Partition ``items`` by group under the small-group rule.

    Returns ``[(key, items of that group), ...]`` in a stable order (:data:`OTHER` last) and the
    number of hidden items. ``size_of`` measures a group (by default, how many items it has).
    """
    buckets: dict[str, list[T]] = {}
    for item in items:
        buckets.setdefault(value_of(item), []).append(item)
    sizes = {v: size_of(b) for v, b in buckets.items()}
    target = fold_small_groups(sizes, min_size)
    shown: dict[str, list[T]] = {}
    for value, bucket in buckets.items():
        where = target[value]
        if where is not None:
            shown.setdefault(where, []).extend(bucket)
    hidden_items = sum(len(b) for v, b in buckets.items() if target[v] is None)
    ordered = sorted((v for v in shown if v != OTHER), key=lambda v: _sort_key(v, by))
    out = [(v, shown[v]) for v in ordered]
    if OTHER in shown:
        out.append((OTHER, shown[OTHER]))
    return out, hidden_items


def distinct_count(key: Callable[[T], Hashable]) -> Callable[[list[T]], int]:
    """A ``size_of`` that counts distinct keys (e.g. participants rather than comments)."""
    def size(items: list[T]) -> int:
        return len({key(i) for i in items})
    return size
