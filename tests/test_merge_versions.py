"""The merge rule on its own (no files): fast-forward, stale, conflict, reverts, resolutions."""

from __future__ import annotations

import itertools

from workshop_app.merge.versions import Version, descendant, settle


def v(h: str, rev: int, *chain: str) -> Version:
    return Version("comments", "c1", h, rev, tuple(chain), f'{{"text":"{h}"}}')


def test_descendant_wins_and_ancestor_is_kept_as_superseded():
    a, b = v("A", 1), v("B", 2, "A")
    for order in ([a, b], [b, a]):
        s = settle(order)
        assert s.winner == b and s.open == [] and s.superseded == [a]


def test_two_edits_of_one_version_conflict_and_the_winner_does_not_depend_on_order():
    base, x, y = v("A", 1), v("B", 2, "A"), v("C", 2, "A")
    winners = {settle(p).winner for p in itertools.permutations([base, x, y])}
    assert winners == {y}  # same revision: the larger hash
    s = settle([x, y, base])
    assert s.open == [x] and s.superseded == [base]


def test_higher_revision_wins_a_conflict_whatever_the_hash():
    x, y = v("Z", 2, "A"), v("B", 4, "A", "Q", "R")
    assert settle([x, y]).winner == y


def test_a_revert_to_an_earlier_content_supersedes_the_edit():
    # A -> B -> A (starred, then unstarred): the last A is newer than B although B's chain holds A.
    first, edit, revert = v("A", 1), v("B", 2, "A"), v("A", 3, "A", "B")
    s = settle([first, edit, revert])
    assert s.winner == revert and s.open == []
    assert set(s.superseded) == {first, edit}


def test_same_content_reached_by_two_paths_is_one_node_not_a_conflict():
    one, two = v("C", 3, "A", "B"), v("C", 3, "A", "D")
    s = settle([one, two])
    assert s.open == []
    assert s.winner.key in {one.key, two.key} and len(s.superseded) == 1
    assert settle([two, one]).winner == s.winner  # the representative is chosen by content, not order
    # A version that either path passed through is superseded by the node.
    assert settle([one, two, v("D", 2, "A")]).open == []


def test_resolution_descends_from_both_heads_and_supersedes_them():
    base, x, y = v("A", 1), v("B", 2, "A"), v("C", 2, "A")
    before = settle([base, x, y])
    z = descendant(before.winner, before.open[0], x.content, x.hash)  # keep the other (x)
    after = settle([base, x, y, z])
    assert after.winner == z and after.open == []
    assert z.rev == 3 and {"B", "C"} <= set(z.chain)
    # Wherever the resolution travels it settles the same conflict.
    assert settle([y, z]).open == [] and settle([x, z]).open == []


def test_conflict_ids_are_derived_from_the_version():
    assert v("B", 2, "A").conflict_id == v("B", 2, "A").conflict_id
    assert v("B", 2, "A").conflict_id != v("B", 2, "X").conflict_id


def test_two_placeholders_of_one_person_are_no_conflict_and_a_real_record_supersedes_both():
    # a default note and an anonymous note of one session carry the same decliner redacted two ways
    by_group, anonymous, real = v("P", 0), v("Q", 0), v("R", 1)
    for order in itertools.permutations([by_group, anonymous]):
        s = settle(order)
        assert s.winner == anonymous and s.open == [] and s.superseded == [by_group]
    for order in itertools.permutations([by_group, anonymous, real]):
        s = settle(order)
        assert s.winner == real and s.open == [] and set(s.superseded) == {by_group, anonymous}
