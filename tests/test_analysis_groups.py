"""Breakdowns by group: a group smaller than the minimum is never shown alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.analysis import analyse_question
from workshop_app.analysis.groups import attribute_name, fold_small_groups, group_value
from workshop_app.domain.model import Ballot, Option, Participant, Question


def setup(groups: list[str], *, attr: str = "stakeholder_group"):
    q = Question(session="s", kind="ranking", prompt="Rank")
    opts = [Option(question=q.id, label=x, position=i) for i, x in enumerate("ABC")]
    people, ballots = [], []
    for k, g in enumerate(groups):
        if attr == "stakeholder_group":
            p = Participant(session="s", stakeholder_group=g)
        elif attr == "country":
            p = Participant(session="s", country=g)
        else:
            p = Participant(session="s", attributes={attr: g})
        people.append(p)
        order = [o.id for o in opts]
        order = order[k % 3:] + order[: k % 3]
        ballots.append(Ballot(session="s", question=q.id, participant=p.id, ranking=[[x] for x in order]))
    return q, opts, ballots, people


def labels(result) -> dict[str, int]:
    return {g.label: g.result.ballots for g in result.groups}


def test_group_of_two_is_folded_into_other_with_the_real_other_group():
    groups = ["member_state"] * 4 + ["academia"] * 2 + ["other"] * 2 + ["civil_society"] * 3
    r = analyse_question(*setup(groups), by="stakeholder_group", bootstrap=0)
    assert labels(r) == {"Member State": 4, "Civil society": 3, "Other": 4}
    assert r.hidden_ballots == 0 and r.by == "stakeholder_group"
    assert [g.label for g in r.groups][-1] == "Other" and r.groups[-1].key == "other"


def test_small_other_absorbs_the_smallest_group_so_it_cannot_be_subtracted():
    # Showing "Member State: 5" beside an overall of 7 would give away the two academics' ballots.
    groups = ["member_state"] * 5 + ["academia"] * 2
    r = analyse_question(*setup(groups), by="stakeholder_group", bootstrap=0)
    assert labels(r) == {"Other": 7}
    assert r.hidden_ballots == 0
    groups = ["member_state"] * 5 + ["civil_society"] * 4 + ["academia"] * 2
    r = analyse_question(*setup(groups), by="stakeholder_group", bootstrap=0)
    assert labels(r) == {"Member State": 5, "Other": 6}
    assert r.ballots == 11  # the overall table still counts every ballot


def test_everything_below_the_minimum_is_hidden_and_counted():
    r = analyse_question(*setup(["academia"] * 2), by="stakeholder_group", bootstrap=0)
    assert labels(r) == {}
    assert r.hidden_ballots == 2 and r.ballots == 2


def test_min_group_size_is_configurable():
    groups = ["member_state"] * 5 + ["academia"] * 2 + ["staff"] * 4
    r = analyse_question(*setup(groups), by="stakeholder_group", min_group_size=5, bootstrap=0)
    assert labels(r) == {"Member State": 5, "Other": 6}
    r = analyse_question(*setup(groups), by="stakeholder_group", min_group_size=1, bootstrap=0)
    assert labels(r) == {"Member State": 5, "Academia": 2, "UN-Habitat staff": 4}


def test_by_country_and_by_attribute_and_not_recorded():
    q, opts, ballots, people = setup(["Kenya"] * 3 + ["中国"] * 3 + [""] * 3, attr="country")
    r = analyse_question(q, opts, ballots, people, by="country", bootstrap=0)
    assert labels(r) == {"Kenya": 3, "中国": 3, "Not recorded": 3}
    q, opts, ballots, people = setup(["East Africa"] * 3 + ["Arab States"] * 4, attr="region")
    for by in ("region", "attributes.region", "attributes[region]"):
        r = analyse_question(q, opts, ballots, people, by=by, bootstrap=0)
        assert labels(r) == {"Arab States": 4, "East Africa": 3}
    # A ballot whose participant is unknown counts as "Not recorded".
    ballots.append(Ballot(session="s", question=q.id, participant=None, ranking=[[opts[0].id]]))
    r = analyse_question(q, opts, ballots, people, by="region", bootstrap=0)
    assert labels(r) == {"Arab States": 4, "Other": 4}  # the lone unknown joins the smallest group
    assert r.hidden_ballots == 0


def test_scores_follow_the_same_rule():
    q = Question(session="s", kind="rating", prompt="Rate", scale_min=1, scale_max=5)
    opts = [Option(question=q.id, label="X")]
    people = [Participant(session="s", stakeholder_group=g) for g in ["academia"] * 2 + ["staff"] * 3]
    ballots = [Ballot(session="s", question=q.id, participant=p.id, ratings={opts[0].id: 4}) for p in people]
    r = analyse_question(q, opts, ballots, people, by="stakeholder_group")
    assert labels(r) == {"Other": 5}
    assert r.hidden_ballots == 0


def test_attribute_names_and_values():
    assert attribute_name("attributes[region]") == "region"
    assert attribute_name("attributes.'sector'") == "'sector'"
    p = Participant(session="s", organisation="Org", attributes={"region": "Asia"})
    assert group_value(p, "organisation") == "Org"
    assert group_value(p, "region") == "Asia"
    assert group_value(None, "region") == ""
    assert fold_small_groups({"a": 5, "b": 1, "c": 1, "other": 1}, 3) == {"a": "a", "b": "other", "c": "other",
                                                                          "other": "other"}


@settings(max_examples=100, deadline=None)
@given(groups=st.lists(st.sampled_from(["member_state", "academia", "staff", "other", "civil_society"]),
                       min_size=1, max_size=30),
       min_size=st.integers(min_value=1, max_value=6))
def test_no_shown_group_is_ever_smaller_than_the_minimum(groups, min_size):
    r = analyse_question(*setup(groups), by="stakeholder_group", min_group_size=min_size, bootstrap=0)
    shown = labels(r)
    assert all(n >= min_size for n in shown.values())
    assert sum(shown.values()) + r.hidden_ballots == len(groups)
    assert len(shown) == len(set(shown))
    for g in r.groups:
        assert g.result.groups == [] and g.result.ballots == shown[g.label]
    if r.hidden_ballots == 0:  # the groups' tallies add up to the whole
        for row in r.options:
            assert sum(sub.option(row.option_id).borda for _, sub in r.groups) == row.borda
    if min_size >= 3:
        small = {g for g in set(groups) if groups.count(g) < min_size}
        names = {"academia": "Academia", "staff": "UN-Habitat staff", "civil_society": "Civil society",
                 "member_state": "Member State"}
        assert not any(names.get(g) in shown for g in small)
