"""The analysis hands out keys, not English labels (issue 12): group keys and Kendall's band, which the
UI and the Word notes name in their language; the English label stays for the CLI's text and JSON."""

from __future__ import annotations

import json

from tests.test_analysis_groups import setup
from workshop_app.analysis import analyse_question, kendall_w, results_to_json, summarise_comments
from workshop_app.analysis.groups import NOT_RECORDED, OTHER
from workshop_app.domain.model import Comment, Participant
from workshop_app.exports.terms import breakdown_label, kendall_text


def test_a_breakdown_hands_out_group_keys_with_the_english_label_beside():
    groups = ["member_state"] * 4 + ["academia"] * 2 + ["other"] * 2 + ["civil_society"] * 3 + [""] * 3
    r = analyse_question(*setup(groups), by="stakeholder_group", bootstrap=0)
    assert [g.key for g in r.groups] == ["member_state", "civil_society", NOT_RECORDED, OTHER]
    assert [g.label for g in r.groups] == ["Member State", "Civil society", "Not recorded", "Other"]
    key, result = r.groups[0]  # still a pair
    assert key == "member_state" and result.ballots == 4
    doc = json.loads(results_to_json(r))
    assert [(g["key"], g["group"]) for g in doc["groups"]] == [
        ("member_state", "Member State"), ("civil_society", "Civil society"), ("", "Not recorded"), ("other", "Other")]


def test_a_breakdown_by_country_keeps_the_value_as_its_key():
    countries = ["Kenya"] * 3 + ["Chad"] * 3 + ["Mali"] * 2 + ["Togo"] * 2
    r = analyse_question(*setup(countries, attr="country"), by="country", bootstrap=0)
    assert [(g.key, g.label) for g in r.groups] == [("Chad", "Chad"), ("Kenya", "Kenya"), ("other", "Other")]


def test_comments_by_group_are_counted_under_keys():
    people = {p.id: p for p in [Participant(session="s", stakeholder_group=g)
                                for g in ["academia"] * 3 + ["staff"] * 2 + ["member_state"]]}
    comments = [Comment(session="s", participant=pid, text="x") for pid in people]
    summary = summarise_comments(comments, participants=people, by="stakeholder_group")
    assert [(c.key, c.label, c.count) for c in summary.by_group] == [("academia", "Academia", 3), ("other", "Other", 3)]


def test_the_word_notes_name_groups_from_their_keys():
    assert breakdown_label("other", "country", "fr") == "Autre"
    assert breakdown_label("", "country", "fr") == "Non renseigné"
    assert breakdown_label("academia", "stakeholder_group", "en") == "Academia"
    assert breakdown_label("Kenya", "country", "fr") == "Kenya"
    # an English label is a country's name like any other, never mistaken for a group
    assert breakdown_label("Other", "country", "fr") == "Other"


def test_kendall_hands_out_its_band_and_why_it_is_missing():
    strong = kendall_w(4, 3, [4, 8, 12], 0)  # four raters in perfect agreement
    assert (strong.band, strong.note) == ("very_strong", None)
    assert strong.reading.startswith("Very strong agreement (W = 1.00")
    assert kendall_text(strong, 3, "fr").startswith("Accord très fort")
    few = kendall_w(2, 3, [2, 4, 6], 0)
    assert (few.band, few.note, few.w) == (None, "too_few", None)
    assert kendall_w(3, 1, [3], 0).note == "one_option"
