"""Every refusal of the phone server (issue 13): a clear status and message, and the file unchanged."""

from __future__ import annotations

import httpx
import pytest

from workshop_app.phones import PhoneServer
from workshop_app.phones.security import Rate
from workshop_app.phones.state import Limits
from workshop_app.services.session import service_for

from .conftest import serve, snapshot


def ranking_body(served):
    return {"question_id": served.question("ranking").id, "ranking": [[served.options("ranking")[0]]]}


def refused(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is False and body["code"] == code and body["message"], body
    assert response.headers["cache-control"] == "no-store"
    return body


@pytest.fixture
def unchanged(served):
    """Asserts after the test that the file and its -wal are byte-identical to before it."""
    phone = served.phone()
    before = snapshot(served.path)
    yield phone
    assert snapshot(served.path) == before, "a refusal changed the file"


@pytest.mark.parametrize("path", ["/", "/j/", "/j", "/api//session", "/api/session", "/admin", "/j/XXXXXX",
                                  "/api/XXXXXX/session", "/j/XXXXXX/assets/phone.css"])
def test_no_or_wrong_code_is_a_bare_404(served, unchanged, path):
    r = unchanged.client.get(path)
    assert r.status_code == 404 and "Not Found" in r.text and served.code not in r.text


def test_a_post_with_a_wrong_code_is_a_bare_404_and_writes_nothing(served, unchanged):
    r = unchanged.client.post("/api/ABCDEF/answer", json=ranking_body(served), headers=unchanged.headers())
    assert r.status_code == 404 and r.text == "Not Found"


def test_the_code_is_compared_case_insensitively_and_in_constant_time(served):
    from workshop_app.phones.security import same_code

    assert same_code(served.code.lower(), served.code)
    assert not same_code(served.code[:-1], served.code)
    assert not same_code("", served.code) and not same_code("é" * 6, served.code)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "localhost:{port}", "127.0.0.1",
                                  "127.0.0.1:1"])
def test_a_wrong_host_header_is_refused_dns_rebinding(served, unchanged, host):
    host = host.format(port=served.server.port)
    for r in (unchanged.client.get(f"/j/{served.code}", headers={"Host": host}),
              unchanged.client.get(f"/api/{served.code}/session", headers={"Host": host}),
              unchanged.post("answer", ranking_body(served), headers={"Host": host})):
        refused(r, 403, "phone.forbidden")


@pytest.mark.parametrize("origin", [None, "http://evil.example", "http://localhost:{port}", "null",
                                    "https://127.0.0.1:{port}"])
def test_a_post_from_another_origin_is_refused(served, unchanged, origin):
    headers = {"X-CSRF-Token": unchanged.client.cookies["wa_csrf"]}
    if origin is not None:
        headers["Origin"] = origin.format(port=served.server.port)
    r = unchanged.client.post(f"/api/{served.code}/answer", json=ranking_body(served), headers=headers)
    refused(r, 403, "phone.forbidden")


@pytest.mark.parametrize("case", ["no header", "no cookie", "other value", "another phone's token"])
def test_csrf_double_submit_is_required(served, unchanged, case):
    headers = unchanged.headers()
    if case == "no header":
        del headers["X-CSRF-Token"]
    elif case == "no cookie":
        unchanged.client.cookies.delete("wa_csrf")
    elif case == "other value":
        headers["X-CSRF-Token"] = "x" + headers["X-CSRF-Token"][1:]
        unchanged.client.cookies.set("wa_csrf", headers["X-CSRF-Token"])
    else:
        token = served.phone().client.cookies["wa_csrf"]
        headers["X-CSRF-Token"] = token
        unchanged.client.cookies.set("wa_csrf", token)
    r = unchanged.client.post(f"/api/{served.code}/answer", json=ranking_body(served), headers=headers)
    refused(r, 403, "phone.forbidden")


@pytest.mark.parametrize("cookie", [None, "forged", "abc.def", "{device}.AAAA"])
def test_a_device_cookie_not_signed_by_this_server_is_refused(served, unchanged, cookie):
    real = unchanged.client.cookies["wa_device"]
    unchanged.client.cookies.delete("wa_device")
    if cookie is not None:
        unchanged.client.cookies.set("wa_device", cookie.format(device=real.split(".")[0]))
    refused(unchanged.post("answer", ranking_body(served)), 403, "phone.no_device")


def test_an_oversized_body_is_refused_by_its_length(served, unchanged):
    body = {**ranking_body(served), "padding": "x" * 20_000}
    refused(unchanged.post("answer", body), 413, "phone.too_big")
    big = {"question_id": served.question("ranking").id, "text": "y" * 17_000}
    refused(unchanged.post("comment", big), 413, "phone.too_big")


def test_an_oversized_body_is_refused_while_reading_whatever_content_length_says(served, unchanged):
    def chunks():  # no Content-Length at all: chunked transfer
        yield b'{"question_id": "' + b"x" * 10_000
        yield b"y" * 10_000 + b'"}'

    headers = {**unchanged.headers(), "Content-Type": "application/json"}
    r = unchanged.client.post(f"/api/{served.code}/comment", content=chunks(), headers=headers)
    refused(r, 413, "phone.too_big")


@pytest.mark.parametrize("raw", [b"", b"{", b"not json", b'{"question_id": }', b"\xff\xfe", b"[" * 5000 + b"]" * 5000])
def test_malformed_json_is_refused(served, unchanged, raw):
    headers = {**unchanged.headers(), "Content-Type": "application/json"}
    r = unchanged.client.post(f"/api/{served.code}/answer", content=raw, headers=headers)
    refused(r, 400, "phone.bad_request")


def test_a_body_that_is_not_declared_json_is_refused(served, unchanged):
    headers = {**unchanged.headers(), "Content-Type": "text/plain"}
    r = unchanged.client.post(f"/api/{served.code}/answer", content=b"{}", headers=headers)
    refused(r, 400, "phone.bad_request")


@pytest.mark.parametrize("body", [[], "x", 3, {"question_id": 7}])
def test_a_body_that_is_not_an_answer_is_refused(served, unchanged, body):
    r = unchanged.post("answer", body)
    assert r.status_code in (400, 404), r.text
    refused(r, r.status_code, "phone.bad_request" if r.status_code == 400 else "phone.unknown_question")


def test_an_unknown_question_is_refused(served, unchanged):
    refused(unchanged.post("answer", {"question_id": "nope", "ranking": [["a"]]}), 404, "phone.unknown_question")
    refused(unchanged.post("comment", {"question_id": "nope", "text": "hi"}), 404, "phone.unknown_question")


@pytest.mark.parametrize("kind,body,code", [
    ("ranking", {"ranking": [["not-an-option"]]}, "ranking.unknown_option"),
    ("ranking", {"ranking": [[1, 2]]}, "phone.bad_answer"),
    ("ranking", {"ranking": "abc"}, "phone.bad_answer"),
    ("ranking", {"ranking": []}, "ranking.empty"),
    ("ranking", {"points": {}}, "phone.bad_answer"),
    ("points", {"points": {"not-an-option": 100}}, "points.unknown_option"),
    ("points", {"points": {"{0}": 99}}, "points.under_budget"),
    ("points", {"points": {"{0}": 50.5, "{1}": 49.5}}, "points.not_whole"),
    ("rating", {"ratings": {"{0}": 99}}, "ratings.out_of_scale"),
    ("rating", {"ratings": {"{0}": True}}, "ratings.out_of_scale"),
    ("open", {"ranking": [["x"]]}, "ballot.open_question"),
])
def test_an_invalid_answer_is_refused_with_the_domain_rule(served, unchanged, kind, body, code):
    options = served.options(kind)
    body = {k: ({key.format(*options): v for key, v in value.items()} if isinstance(value, dict) else value)
            for k, value in body.items()}
    refused(unchanged.post("answer", {"question_id": served.question(kind).id, **body}), 422, code)


def test_a_comment_on_an_option_of_another_question_is_refused(served, unchanged):
    body = {"question_id": served.question("ranking").id, "option_id": served.options("points")[0], "text": "hi"}
    refused(unchanged.post("comment", body), 422, "phone.unknown_option")
    refused(unchanged.post("comment", {"question_id": served.question("ranking").id, "text": "  "}), 422,
            "comment.empty")


def test_a_closed_question_is_refused(served, unchanged):
    ranking, points = served.question("ranking"), served.question("points")
    served.server.open([points.id])
    refused(unchanged.post("answer", ranking_body(served)), 409, "phone.closed")
    refused(unchanged.post("comment", {"question_id": ranking.id, "text": "late"}), 409, "phone.closed")
    view = {q["id"]: q["open"] for q in unchanged.session()["questions"]}
    assert view[ranking.id] is False and view[points.id] is True
    served.server.close_all()
    refused(unchanged.post("answer", {"question_id": points.id, "points": {served.options("points")[0]: 100}}),
            409, "phone.closed")
    refused(unchanged.post("register", {"group": "academia"}), 409, "phone.closed")


def test_the_refusal_is_in_the_phone_language(served, unchanged):
    served.server.close_all()
    fr = refused(unchanged.post("answer", ranking_body(served), headers={"Accept-Language": "fr-FR,fr;q=0.9"}),
                 409, "phone.closed")
    assert fr["message"].startswith("Cette question est close")
    unchanged.client.get(f"/j/{served.code}?lang=ar")  # the switcher: remembered in a cookie
    ar = refused(unchanged.post("answer", ranking_body(served)), 409, "phone.closed")
    assert ar["message"] == "هذا السؤال مغلق: لم تعد الإجابات مقبولة."


def test_registration_refusals(tmp_path):
    for served in serve(tmp_path / "off", registration="off"):
        phone = served.phone()
        before = snapshot(served.path)
        refused(phone.post("register", {"group": "academia", "name": "Zoë"}), 409, "phone.registration_off")
        assert snapshot(served.path) == before
    for served in serve(tmp_path / "req", registration="required"):
        phone = served.phone()
        before = snapshot(served.path)
        refused(phone.post("answer", ranking_body(served)), 403, "phone.register_first")
        refused(phone.post("register", {"group": "no-such-group"}), 422, "participant.unknown_group")
        refused(phone.post("register", {"group": "academia", "name": "x" * 500}), 422, "phone.bad_answer")
        refused(phone.post("register", {"group": "academia", "consent_named": "yes"}), 422, "phone.bad_answer")
        assert snapshot(served.path) == before


def test_a_flood_from_one_phone_gets_429_with_retry_after(tmp_path):
    limits = Limits(device=Rate(burst=3, per_second=0.01), address=Rate(burst=1000, per_second=100))
    for served in serve(tmp_path, limits=limits):
        phone = served.phone()
        body = ranking_body(served)
        assert [phone.post("answer", body).status_code for _ in range(3)] == [200, 200, 200]
        before = snapshot(served.path)
        r = phone.post("answer", body)
        refused(r, 429, "phone.too_many")
        assert int(r.headers["Retry-After"]) >= 1
        assert snapshot(served.path) == before
        assert served.phone().post("answer", body).status_code == 200  # another phone is not held back


def test_a_flood_from_one_address_gets_429_with_retry_after(tmp_path):
    limits = Limits(address=Rate(burst=5, per_second=0.01))
    for served in serve(tmp_path, limits=limits):
        phone = served.phone()  # one request
        statuses = [phone.client.get(f"/api/{served.code}/session").status_code for _ in range(6)]
        assert statuses == [200] * 4 + [429] * 2
        before = snapshot(served.path)
        r = phone.post("answer", ranking_body(served))
        refused(r, 429, "phone.too_many")
        assert int(r.headers["Retry-After"]) >= 1
        r = phone.client.get("/j/WRONG1")  # guessing codes is held back too
        assert r.status_code == 429
        assert snapshot(served.path) == before


def test_the_server_never_listens_on_every_interface(tmp_path):
    from workshop_app.domain.errors import WorkshopError

    for served in serve(tmp_path):
        assert served.server.url.startswith("http://127.0.0.1:")
        for host in ("0.0.0.0", "::", "example.org"):
            with pytest.raises(WorkshopError):
                PhoneServer(service_for(served.sf), host=host)


@pytest.mark.parametrize("accept,expected", [
    ("fr-FR,fr;q=0.9,en;q=0.8", "Cette question est close"),
    ("de-DE,de;q=0.9,es;q=0.5,fr;q=0.4", "Esta pregunta está cerrada"),
    ("en;q=0.1,zh-CN", "此问题已关闭"),
    ("ru;q=0,de", "This question is closed"),
    ("", "This question is closed"),
])
def test_the_language_follows_accept_language_by_preference(served, unchanged, accept, expected):
    served.server.close_all()
    body = refused(unchanged.post("answer", ranking_body(served), headers={"Accept-Language": accept}),
                   409, "phone.closed")
    assert body["message"].startswith(expected)
