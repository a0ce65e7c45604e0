"""Answers from phones land in the file through the session service, as typed capture's do (issue 13)."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from workshop_app.cli import cli
from workshop_app.domain import Ballot, Comment, Participant
from workshop_app.exports.tables import CSV_TABLES
from workshop_app.storage import open_readonly

from .conftest import serve


def test_an_answer_is_a_ballot_in_the_file_published_with_origin_phone(served):
    seen = []
    served.service.subscribe(seen.append)
    phone = served.phone()
    q, opts = served.question("ranking"), served.options("ranking")
    r = phone.rank(q.id, [[opts[2]], [opts[0], opts[1]]])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True and body["revision"] == 1 and body["saved"]
    with open_readonly(served.path) as sf:  # another reader sees it: committed
        ballot = sf.get(Ballot, body["ballot_id"])
    assert ballot.question == q.id and ballot.ranking == [[opts[2]], [opts[0], opts[1]]]
    assert ballot.participant is None  # anonymous: tied only to the device
    assert [(c.origin, c.tables, c.ids) for c in seen] == [("phone", frozenset({"ballots"}), frozenset({ballot.id}))]
    mine = next(x for x in phone.session()["questions"] if x["id"] == q.id)["mine"]
    assert mine == {"ranking": [[opts[2]], [opts[0], opts[1]]]}


def test_a_second_answer_from_the_same_phone_is_a_revision_of_the_same_ballot(served):
    phone, other = served.phone(), served.phone()
    q, opts = served.question("ranking"), served.options("ranking")
    first = phone.rank(q.id, [[opts[0]]]).json()
    second = phone.rank(q.id, [[opts[1]], [opts[0]]]).json()
    third = other.rank(q.id, [[opts[0]]]).json()
    assert second["ballot_id"] == first["ballot_id"] and (first["revision"], second["revision"]) == (1, 2)
    assert third["ballot_id"] != first["ballot_id"] and third["revision"] == 1
    ballots = served.sf.all(Ballot, "question = ?", [q.id])
    assert len(ballots) == 2
    mine = served.sf.get(Ballot, first["ballot_id"])
    assert mine.ranking == [[opts[1]], [opts[0]]] and mine.rev == 2 and len(mine.chain) == 1
    assert served.server.stats().answers == {q.id: 2} and served.server.stats().devices == 2


def test_points_ratings_and_comments(served):
    phone = served.phone()
    points, rating = served.question("points"), served.question("rating")
    p, r = served.options("points"), served.options("rating")
    assert phone.post("answer", {"question_id": points.id, "points": {p[0]: 60, p[1]: 40}}).status_code == 200
    assert phone.post("answer", {"question_id": rating.id, "ratings": {r[0]: 5, r[1]: 1}}).status_code == 200
    openq = served.question("open")
    text = "<script>alert(1)</script> & « السكن » 住房"
    c1 = phone.post("comment", {"question_id": openq.id, "option_id": None, "text": text})
    c2 = phone.post("comment", {"question_id": points.id, "option_id": p[1], "text": "Housing first"})
    assert c1.status_code == c2.status_code == 200, (c1.text, c2.text)
    stored = {c.text: c for c in served.sf.all(Comment)}
    assert stored[text].question == openq.id and stored[text].option is None  # kept verbatim; escaped where shown
    assert stored["Housing first"].option == p[1]
    assert c1.headers["content-type"] == "application/json"
    ballots = {b.question: b for b in served.sf.all(Ballot)}
    assert ballots[points.id].points == {p[0]: 60, p[1]: 40} and ballots[rating.id].ratings == {r[0]: 5, r[1]: 1}
    assert served.server.stats().comments == 2


def test_the_page_and_api_carry_the_security_headers(served):
    phone = served.phone()
    for r in (phone.page, phone.client.get(f"/api/{served.code}/session"), phone.client.get("/nowhere")):
        assert r.headers["content-security-policy"].startswith("default-src 'self'")
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    assert phone.page.headers["cache-control"] == "no-store"
    cookies = phone.page.headers.get_list("set-cookie")
    device = next(c for c in cookies if c.startswith("wa_device="))
    csrf = next(c for c in cookies if c.startswith("wa_csrf="))
    assert "HttpOnly" in device and "samesite=strict" in device.lower() and "Path=/" in device
    assert "HttpOnly" not in csrf and "samesite=strict" in csrf.lower()
    token = phone.client.cookies["wa_csrf"]
    assert f'<meta name="csrf-token" content="{token}">' in phone.page.text
    assert "<script>" not in phone.page.text  # no inline script (the CSP would block it anyway)


def test_a_phone_never_sees_another_participant_name(tmp_path):
    for served in serve(tmp_path, registration="optional"):
        alice, bob = served.phone(), served.phone()
        q, opts = served.question("ranking"), served.options("ranking")
        assert alice.post("register", {"group": "academia", "name": "Alice Quennell-Secret",
                                       "organisation": "Hidden Org", "consent_named": True}).status_code == 200
        assert alice.rank(q.id, [[opts[0]]]).status_code == 200
        alice.post("comment", {"question_id": q.id, "text": "Alice private remark"})
        seen = bob.client.get(f"/api/{served.code}/session").text + bob.page.text
        assert "Alice" not in seen and "Hidden Org" not in seen and "private remark" not in seen
        assert bob.session()["registered"] is False and alice.session()["registered"] is True


def test_registering_attaches_this_phones_earlier_answers(tmp_path):
    for served in serve(tmp_path):
        phone = served.phone()
        q, opts = served.question("ranking"), served.options("ranking")
        ballot_id = phone.rank(q.id, [[opts[0]]]).json()["ballot_id"]
        phone.post("comment", {"question_id": q.id, "text": "before registering"})
        r = phone.post("register", {"group": "civil_society", "country": "Kenya", "organisation": "Org",
                                    "name": "Wanjiru"})
        assert r.status_code == 200 and r.json()["consent_named"] is False  # consent defaults to no
        person = served.sf.all(Participant)[-1]
        assert (person.name, person.stakeholder_group, person.consent_named) == ("Wanjiru", "civil_society", False)
        assert served.sf.get(Ballot, ballot_id).participant == person.id
        assert served.sf.all(Comment, "text = ?", ["before registering"])[0].participant == person.id
        again = phone.post("register", {"group": "civil_society", "name": "Wanjiru K.", "consent_named": True})
        assert again.status_code == 200
        assert len(served.sf.all(Participant, "name LIKE 'Wanjiru%'")) == 1  # updated, not a second person


def test_registration_required_then_answers_carry_the_participant(tmp_path):
    for served in serve(tmp_path, registration="required"):
        phone = served.phone()
        q, opts = served.question("ranking"), served.options("ranking")
        assert phone.rank(q.id, [[opts[0]]]).status_code == 403
        assert phone.post("register", {"group": "member_state", "country": "Chile"}).status_code == 200
        r = phone.rank(q.id, [[opts[0]]])
        assert r.status_code == 200
        person = next(p for p in served.sf.all(Participant) if p.country == "Chile")
        assert served.sf.get(Ballot, r.json()["ballot_id"]).participant == person.id


DECLINER = ("Quillon Phonedecliner", "Ultra Unique Phone Org", "Tuvalu")


def test_an_export_does_not_name_a_phone_participant_who_did_not_consent(tmp_path):
    for served in serve(tmp_path):
        decliner, consenting = served.phone(), served.phone()
        q, opts = served.question("ranking"), served.options("ranking")
        name, org, country = DECLINER
        assert decliner.post("register", {"group": "academia", "name": name, "organisation": org,
                                          "country": country}).status_code == 200
        decliner.rank(q.id, [[opts[1]]])
        decliner.post("comment", {"question_id": q.id, "text": "A comment by the decliner"})
        consenting.post("register", {"group": "academia", "name": "Consenting Phoneperson", "consent_named": True})
        consenting.post("comment", {"question_id": q.id, "text": "A comment by the consenting one"})
        path = served.path
    runner = CliRunner()
    written = []
    for fmt, table in [("docx", None), ("xlsx", None), *[("csv", t) for t in CSV_TABLES]]:
        out = tmp_path / f"out-{fmt}-{table}.{fmt}"
        args = ["export", str(path), "--format", fmt, "-o", str(out)] + (["--table", table] if table else [])
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
        written.append(out)
    found_consenting = False
    for out in written:
        for part in _parts(out):
            for secret in DECLINER:
                assert secret.encode() not in part and secret.casefold().encode() not in part.lower(), (out, secret)
            found_consenting |= b"Consenting Phoneperson" in part
    assert found_consenting  # the search can find a name where one may be


def _parts(path: Path) -> list[bytes]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return [z.read(n) for n in z.namelist()]
    return [path.read_bytes()]


def answer_all_while_closing(served) -> None:
    q, opts = served.question("ranking"), served.options("ranking")
    phones = [served.phone() for _ in range(24)]
    results: dict[int, object] = {}
    go = threading.Event()

    def submit(i):
        go.wait()
        results[i] = phones[i].rank(q.id, [[opts[i % len(opts)]]])

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(len(phones))]
    for t in threads:
        t.start()
    go.set()
    served.server.close_all()
    for t in threads:
        t.join()
    confirmed = {res.json()["ballot_id"] for res in results.values() if res.status_code == 200}
    refused = [res for res in results.values() if res.status_code != 200]
    assert all(res.status_code == 409 and res.json()["code"] == "phone.closed" for res in refused)
    stored = {b.id for b in served.sf.all(Ballot, "question = ?", [q.id])}
    assert stored == confirmed  # nothing saved unconfirmed, nothing confirmed unsaved


@pytest.mark.parametrize("round_", range(3))
def test_close_all_while_phones_answer_confirms_only_what_is_saved(tmp_path, round_):
    for served in serve(tmp_path):
        answer_all_while_closing(served)


def test_questions_and_options_changed_in_the_app_reach_the_phones(served):
    from workshop_app.domain import Option

    phone = served.phone()
    q = served.question("ranking")
    assert phone.session()["questions"][0]["prompt"] == q.prompt  # read (and kept) once
    q.prompt = "Which priority first? (edited)"
    served.service.save(q, origin="gui")
    added = served.service.save(Option(question=q.id, label="A new option"), origin="gui")
    view = next(x for x in phone.session()["questions"] if x["id"] == q.id)
    assert view["prompt"] == "Which priority first? (edited)"
    assert added.id in [o["id"] for o in view["options"]]
    assert phone.rank(q.id, [[added.id]]).status_code == 200
    assert phone.post("comment", {"question_id": q.id, "option_id": added.id, "text": "new"}).status_code == 200
    served.service.delete(q, origin="gui")
    assert phone.rank(q.id, [[added.id]]).status_code == 404


def test_a_comment_sent_again_after_a_lost_reply_is_saved_once(served):
    """The page keeps a comment until it sees "saved"; when the reply was lost it sends it again with the
    same key, and the server answers with the comment it already saved instead of saving a second."""
    phone = served.phone()
    openq = served.question("open")
    body = {"question_id": openq.id, "option_id": None, "text": "Secondary cities need money", "client_key": "comment:q:abc1"}
    first, again = phone.post("comment", body), phone.post("comment", body)
    assert first.status_code == again.status_code == 200
    assert first.json()["comment_id"] == again.json()["comment_id"]
    assert [c.text for c in served.sf.all(Comment)].count("Secondary cities need money") == 1
    other = phone.post("comment", {**body, "client_key": "comment:q:abc2"})
    assert other.json()["comment_id"] != first.json()["comment_id"]
    assert served.server.stats().comments == 2
    refused = phone.post("comment", {**body, "client_key": "<script>"})
    assert refused.status_code == 400
