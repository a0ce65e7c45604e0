"""A session file served to phones on 127.0.0.1, and phones (httpx clients) that join it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from workshop_app.domain import Question
from workshop_app.phones import PhoneServer
from workshop_app.samples.templates import create_from_template
from workshop_app.services.session import SessionService, service_for
from workshop_app.storage import SessionFile


@dataclass
class Served:
    path: Path
    sf: SessionFile
    service: SessionService
    server: PhoneServer

    @property
    def base(self) -> str:
        return self.server.url.rsplit("/j/", 1)[0]

    @property
    def code(self) -> str:
        return self.server.join_code

    def question(self, kind: str) -> Question:
        return next(q for q in self.sf.all(Question) if q.kind == kind)

    def options(self, kind: str) -> list[str]:
        from workshop_app.domain import Option

        return [o.id for o in self.sf.all(Option, "question = ?", [self.question(kind).id])]

    def phone(self, **headers: str) -> Phone:
        return Phone(self, headers)


class Phone:
    """One phone: joins (GET the page: device and CSRF cookies), then calls the API as the page does."""

    def __init__(self, served: Served, headers: dict[str, str]):
        self.served = served
        self.client = httpx.Client(base_url=served.base, headers=headers, timeout=30, trust_env=False)
        self.page = self.client.get(f"/j/{served.code}")
        assert self.page.status_code == 200, self.page.text

    def headers(self) -> dict[str, str]:
        return {"Origin": self.served.base, "X-CSRF-Token": self.client.cookies["wa_csrf"]}

    def post(self, what: str, body, **kw) -> httpx.Response:
        headers = {**self.headers(), **kw.pop("headers", {})}
        return self.client.post(f"/api/{self.served.code}/{what}", json=body, headers=headers, **kw)

    def session(self) -> dict:
        return self.client.get(f"/api/{self.served.code}/session").json()

    def rank(self, question_id: str, tiers) -> httpx.Response:
        return self.post("answer", {"question_id": question_id, "ranking": tiers})


def make_file(path: Path) -> tuple[SessionFile, str]:
    sf = SessionFile.create(path)
    session = create_from_template(sf, "unhabitat-2026", title="Phone dialogue", city="Nairobi")
    return sf, session.id


@pytest.fixture
def served(tmp_path) -> Iterator[Served]:
    yield from serve(tmp_path)


def serve(tmp_path: Path, **kwargs) -> Iterator[Served]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "phones.workshop"
    sf, _ = make_file(path)
    server = PhoneServer(service_for(sf), host="127.0.0.1", **kwargs)
    server.start()
    try:
        yield Served(path, sf, service_for(sf), server)
    finally:
        server.stop()
        sf.close()


def snapshot(path: Path) -> dict[str, bytes]:
    """The bytes of the file and of its -wal (where a commit lands first)."""
    out = {}
    for p in (path, Path(f"{path}-wal")):
        out[p.name] = p.read_bytes() if p.exists() else b""
    return out
