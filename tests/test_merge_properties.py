"""Property tests: random edit histories split across laptops (edits, stars, deletions, new comments,
laptops merging each other's files, people resolving conflicts), then merged into masters in
different orders and groupings.

Merging is idempotent, commutative and associative (the same visible data and the same stored
versions and conflicts whatever the order), and no version is ever lost. The default run draws
100 histories; ``pytest -m slow`` draws 500.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from workshop_app.domain import Comment
from workshop_app.merge import merge_into, open_conflicts, resolve
from workshop_app.storage import SessionFile, handover

from .test_merge_support import make_venue, open_conflict_count, quiet, state, versions

# Few texts, so that laptops often reach the same content by different paths, or revert to it.
TEXTS = ["Housing first", "Finance for intermediate cities", "Climate adaptation"]
MAX_LAPTOPS = 4

KINDS = ["edit", "edit", "edit", "star", "delete", "add", "sync", "sync", "resolve"]


@st.composite
def step(draw, n: int):
    kind = draw(st.sampled_from(KINDS))
    who = draw(st.integers(0, n - 1))
    if kind == "sync":
        return kind, who, draw(st.integers(0, n - 1)), ""
    what = draw(st.integers(0, 2) | st.integers(0, 50))  # mostly the first comments: more collisions
    value = draw(st.sampled_from(["winner", "other"] if kind == "resolve" else TEXTS))
    return kind, who, what, value


@st.composite
def histories(draw):
    n = draw(st.integers(2, MAX_LAPTOPS))
    steps = draw(st.lists(step(n), min_size=4, max_size=30))
    orders = [draw(st.permutations(range(n))) for _ in range(2)]
    split = draw(st.integers(1, n - 1))
    return n, steps, orders, split


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    make_venue(folder / "venue.workshop", participants=2, comments=3)
    with SessionFile.open(folder / "venue.workshop") as sf:
        handover(sf, folder / "base.workshop")
    return folder / "base.workshop"


def apply(sf: SessionFile, files: list[Path], step: tuple, index: int) -> None:
    kind, who, what, value = step
    if kind == "sync":
        if what != who:
            merge_into(sf, [files[what]], backup=False)
        return
    if kind == "resolve":
        found = open_conflicts(sf)
        if found:
            resolve(sf, found[what % len(found)].id, value)
        return
    session = sf.sessions()[0].id
    if kind == "add":
        cid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"laptop-{who}-step-{index}"))
        sf.save(Comment(id=cid, session=session, text=value))
        return
    comments = sorted(sf.all(Comment, include_deleted=True), key=lambda c: c.id)
    c = comments[what % len(comments)]
    if kind == "edit":
        c.text = value
    elif kind == "star":
        c.starred = not c.starred
    else:
        c.deleted = not c.deleted
    sf.save(c)


def merged(folder: Path, name: str, sources: list[Path]) -> Path:
    path = folder / name
    with quiet(SessionFile.create(path)) as sf:
        report = merge_into(sf, sources, backup=False)
    assert all(s.status == "merged" for s in report.sources), [s.reason for s in report.sources]
    return path


def check_history(folder: Path, base: Path, history) -> None:
    n, steps, orders, split = history
    files = [folder / f"laptop{i}.workshop" for i in range(n)]
    for f in files:
        shutil.copyfile(base, f)
    open_files = [quiet(SessionFile.open(f)) for f in files]
    try:
        for index, step in enumerate(steps):
            apply(open_files[step[1]], files, step, index)
    finally:
        for sf in open_files:
            sf.close()

    first = merged(folder, "order1.workshop", [files[i] for i in orders[0]])
    second = merged(folder, "order2.workshop", [files[i] for i in orders[1]])
    assert state(first) == state(second), "merge order changed the result"

    group_a = merged(folder, "group_a.workshop", [files[i] for i in orders[0][:split]])
    group_b = merged(folder, "group_b.workshop", [files[i] for i in orders[0][split:]])
    grouped = merged(folder, "grouped.workshop", [group_b, group_a])
    assert state(grouped) == state(first), "grouping the merges changed the result"

    event(f"open conflicts in the master: {'some' if open_conflict_count(first) else 'none'}")
    resolved = sum(1 for row in state(first)["conflicts"].values() if row[-1])
    event(f"superseded versions kept in the master: {'some' if resolved else 'none'}")
    everything = versions(first)
    for f in files:
        assert versions(f) <= everything, f"a version of {f.name} was lost"

    before = state(first)
    with quiet(SessionFile.open(first)) as sf:
        merge_into(sf, [files[orders[1][0]], group_a], backup=False)
    assert state(first) == before, "merging again changed the master"


SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(max_examples=100, **SETTINGS)
@given(history=histories())
def test_merge_is_order_free_and_loses_nothing(tmp_path_factory, base, history):
    check_history(tmp_path_factory.mktemp("h"), base, history)


@pytest.mark.slow
@settings(max_examples=500, **SETTINGS)
@given(history=histories())
def test_merge_is_order_free_and_loses_nothing_500(tmp_path_factory, base, history):
    check_history(tmp_path_factory.mktemp("h"), base, history)
