"""What the phone server knows while it runs, and every write it makes (through the session service).

Writes run on a worker thread (never on the event loop) and hold :attr:`PhoneState.write_lock`
from the "is this question open?" check to the commit, so :meth:`PhoneState.close_all` waits for
an answer in flight and then refuses the next: an answer is committed and confirmed, or refused,
never half. Devices are known only for this run (their ids are signed with this run's secret):
the file holds ballots, comments and, for a phone that registers, a participant; no device id.
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import WorkshopError
from ..domain.model import QUESTION_KINDS, Ballot, Comment, Option, Participant, Question, Session
from ..domain.rules import ValidationError, normalise_ranking
from ..services.session import Changes, SessionService
from .security import Rate, RateLimiter, Signer, new_join_code

ORIGIN = "phone"
REGISTRATION_MODES = ("off", "optional", "required")
MAX_FIELD = 200  # characters of a registration field
CATALOGUE_TABLES = frozenset({"sessions", "questions", "options"})
ANSWER_FIELD = {"ranking": "ranking", "points": "points", "rating": "ratings"}


class Refusal(Exception):
    """A request refused with an HTTP status and a message code (rendered in the phone's language)."""

    def __init__(self, status: int, code: str, params: dict[str, Any] | None = None):
        super().__init__(code)
        self.status, self.code, self.params = status, code, dict(params or {})


_CLIENT_KEY = re.compile(r"[A-Za-z0-9:_.-]{1,80}")  # the page's own key of a comment it sends


@dataclass
class Device:
    participant: str | None = None  # set once the phone registers
    ballots: dict[str, str] = field(default_factory=dict)  # question id -> ballot id
    comments: list[str] = field(default_factory=list)  # comment ids, to attach on registration
    sent: dict[str, str] = field(default_factory=dict)  # the page's key of a comment -> its id (a retry is not a second)


@dataclass(frozen=True)
class Catalogue:
    session: Session | None
    questions: list[Question]
    options: dict[str, list[Option]]


@dataclass(frozen=True)
class PhoneStats:
    devices: int
    answers: dict[str, int]  # question id -> ballots from phones
    comments: int = 0


@dataclass(frozen=True)
class Limits:
    device: Rate = Rate(burst=20, per_second=2)  # POSTs of one phone
    address: Rate = Rate(burst=60, per_second=10)  # every request from one address
    body_bytes: int = 16 * 1024


class PhoneState:
    """The server's state: the session served, open questions, devices, limits. Thread-safe."""

    def __init__(self, service: SessionService, *, session_id: str | None = None,
                 questions: Iterable[str] | None = None, registration: str = "optional",
                 limits: Limits | None = None, join_code: str | None = None):
        if registration not in REGISTRATION_MODES:
            raise WorkshopError(code="phones.bad_registration", params={"choices": REGISTRATION_MODES, "mode": registration})
        self.service = service
        self.session_id = _pick_session(service, session_id, questions)
        self.registration = registration
        self.limits = limits or Limits()
        self.join_code = join_code or new_join_code()
        self.signer = Signer()
        self.device_limit = RateLimiter(self.limits.device)
        self.address_limit = RateLimiter(self.limits.address)
        self.allowed_hosts: frozenset[str] = frozenset()  # "host:port" values of the Host header
        self.origins: frozenset[str] = frozenset()
        self.write_lock = threading.Lock()
        self._lock = threading.Lock()  # devices, counters, open set (never held during a commit)
        self._devices: dict[str, Device] = {}
        self._answers: dict[str, set[str]] = {}
        self._comments = 0
        self.accepting = True
        self._catalogue: Catalogue | None = None
        self._generation = 0
        self._unsubscribe = service.subscribe(self._forget_catalogue)
        self._open = self._check_questions(questions) if questions is not None else None  # None: all

    # -- addresses ---------------------------------------------------------------------------------
    def bind(self, host: str, port: int) -> None:
        """Accept only requests addressed to ``host:port`` (DNS rebinding) from that origin."""
        name = f"[{host}]" if ":" in host else host
        self.allowed_hosts = frozenset({f"{name}:{port}".lower()})
        self.origins = frozenset({f"http://{name}:{port}".lower()})

    # -- questions ---------------------------------------------------------------------------------
    def _check_questions(self, ids: Iterable[str]) -> set[str]:
        known = {q.id for q in self.questions()}
        wanted = set(ids)
        unknown = sorted(wanted - known)
        if unknown:
            raise WorkshopError(code="phones.no_question", params={"question": unknown[0]})
        return wanted

    def questions(self) -> list[Question]:
        return list(self.catalogue().questions)

    def open(self, question_ids: Iterable[str] | None) -> None:
        """Accept answers to these questions (None: every question of the session) from now on."""
        checked = self._check_questions(question_ids) if question_ids is not None else None
        with self.write_lock, self._lock:
            self._open = checked
            self.accepting = True

    def close_all(self) -> None:
        """Stop accepting at once: waits for a write in flight, then every write is refused."""
        with self.write_lock, self._lock:
            self.accepting = False

    def is_open(self, question_id: str) -> bool:
        with self._lock:
            return self.accepting and (self._open is None or question_id in self._open)

    # -- devices -----------------------------------------------------------------------------------
    def join(self, device: str) -> None:
        with self._lock:
            self._devices.setdefault(device, Device())

    def device(self, device: str) -> Device:
        with self._lock:
            return copy.deepcopy(self._devices.setdefault(device, Device()))

    def stats(self) -> PhoneStats:
        with self._lock:
            return PhoneStats(devices=len(self._devices), answers={q: len(b) for q, b in self._answers.items()},
                              comments=self._comments)

    # -- what a phone sees -------------------------------------------------------------------------
    def catalogue(self) -> Catalogue:
        """The session's title, questions and options, read once and again after the app changes them."""
        cached = self._catalogue
        if cached is not None:
            return cached
        generation = self._generation
        with self.service.reading() as sf:
            session = sf.get(Session, self.session_id)
            questions = sf.all(Question, "session = ?", [self.session_id])
            options = {q.id: sf.all(Option, "question = ?", [q.id]) for q in questions}
        cached = Catalogue(session, questions, options)
        with self._lock:
            if generation == self._generation:  # no change committed while it was read
                self._catalogue = cached
        return cached

    def _forget_catalogue(self, changes: Changes) -> None:
        """Subscriber of the service: a change to the session, a question or an option."""
        if changes.full_reload or changes.tables & CATALOGUE_TABLES:
            with self._lock:
                self._generation += 1
                self._catalogue = None

    def title(self) -> str:
        session = self.catalogue().session
        return session.title if session else ""

    def session_view(self, device: str | None) -> dict[str, Any]:
        mine = self.device(device) if device else Device()
        catalogue = self.catalogue()
        ballots = {}
        if mine.ballots:
            with self.service.reading() as sf:
                ballots = {qid: sf.get(Ballot, bid) for qid, bid in mine.ballots.items()}
        session = catalogue.session
        return {
            "title": session.title if session else "",
            "language": session.language if session else "en",
            "registration": self.registration,
            "registered": mine.participant is not None,
            "questions": [_question_view(q, catalogue.options[q.id], ballots.get(q.id), self.is_open(q.id))
                          for q in catalogue.questions],
        }

    def detach(self) -> None:
        """Stop following the service (the server has stopped)."""
        self._unsubscribe()

    # -- writes (worker thread) --------------------------------------------------------------------
    def answer(self, device: str, body: Any) -> Ballot:
        question = self._open_question(device, body)
        if question.kind not in ANSWER_FIELD:
            raise Refusal(422, "ballot.open_question")
        values = _answer_values(question.kind, body)
        with self.write_lock:
            self._still_open(question.id)
            mine = self.device(device)
            ballot = None
            if question.id in mine.ballots:
                ballot = self.service.file.get(Ballot, mine.ballots[question.id])
            if ballot is None or ballot.deleted:  # deleted on the laptop: the phone starts again
                ballot = Ballot(session=self.session_id, question=question.id, participant=mine.participant)
            ballot.ranking = ballot.points = ballot.ratings = None
            setattr(ballot, ANSWER_FIELD[question.kind], values)
            stored = self._save([ballot])[0]
            with self._lock:
                self._devices[device].ballots[question.id] = stored.id
                self._answers.setdefault(question.id, set()).add(stored.id)
        return stored  # type: ignore[return-value]

    def comment(self, device: str, body: Any) -> Comment:
        question = self._open_question(device, body)
        option = body.get("option_id")
        if option is not None:
            options = {o.id for o in self.catalogue().options.get(question.id, [])}
            if not isinstance(option, str) or option not in options:
                raise Refusal(422, "phone.unknown_option")
        text = body.get("text")
        if not isinstance(text, str):
            raise Refusal(422, "phone.bad_answer")
        key = body.get("client_key")
        if key is not None and (not isinstance(key, str) or not _CLIENT_KEY.fullmatch(key)):
            raise Refusal(400, "phone.bad_answer")
        with self.write_lock:
            self._still_open(question.id)
            if key is not None:  # the phone sends a comment again when the reply to it was lost
                earlier = self.device(device).sent.get(key)  # device() takes the state's lock itself
                stored_before = self.service.file.get(Comment, earlier) if earlier else None
                if stored_before is not None:
                    return stored_before
            comment = Comment(session=self.session_id, question=question.id, option=option,
                              participant=self.device(device).participant, text=text)
            stored = self._save([comment])[0]
            with self._lock:
                self._devices[device].comments.append(stored.id)
                if key is not None:
                    self._devices[device].sent[key] = stored.id
                self._comments += 1
        return stored  # type: ignore[return-value]

    def register(self, device: str, body: Any) -> Participant:
        if self.registration == "off":
            raise Refusal(409, "phone.registration_off")
        fields = _registration_fields(body)
        with self.write_lock:
            if not self.accepting:
                raise Refusal(409, "phone.closed")
            mine = self.device(device)
            person = self.service.file.get(Participant, mine.participant) if mine.participant else None
            person = person or Participant(session=self.session_id)
            for name, value in fields.items():
                setattr(person, name, value)
            person.deleted = False
            attach = self._unattached(mine)
            for record in attach:
                record.participant = person.id
            stored = self._save([person, *attach])[0]
            with self._lock:
                self._devices[device].participant = stored.id
        return stored  # type: ignore[return-value]

    def _unattached(self, mine: Device) -> list[Ballot | Comment]:
        """This device's anonymous ballots and comments, to carry the registration from now on."""
        found: list[Ballot | Comment] = []
        for bid in mine.ballots.values():
            b = self.service.file.get(Ballot, bid)
            if b is not None and not b.deleted and b.participant is None:
                found.append(b)
        for cid in mine.comments:
            c = self.service.file.get(Comment, cid)
            if c is not None and not c.deleted and c.participant is None:
                found.append(c)
        return found

    def _open_question(self, device: str, body: Any) -> Question:
        if not isinstance(body, dict):
            raise Refusal(400, "phone.bad_request")
        if self.registration == "required" and self.device(device).participant is None:
            raise Refusal(403, "phone.register_first")
        qid = body.get("question_id")
        question = next((q for q in self.catalogue().questions if q.id == qid), None)
        if question is None:
            raise Refusal(404, "phone.unknown_question")
        self._still_open(question.id)
        return question

    def _still_open(self, question_id: str) -> None:
        if not self.is_open(question_id):
            raise Refusal(409, "phone.closed")

    def _save(self, records: list) -> list:
        try:
            return self.service.save_all(records, origin=ORIGIN)
        except ValidationError as exc:
            if exc.code:
                raise Refusal(422, exc.code, exc.params) from None
            raise Refusal(422, "phone.bad_answer") from None
        except WorkshopError:  # WriteFailedError: nothing was stored
            raise Refusal(503, "phone.not_saved") from None


def _pick_session(service: SessionService, session_id: str | None, questions: Iterable[str] | None) -> str:
    with service.reading() as sf:
        sessions = sf.sessions()
        if session_id is None and questions:
            first = sf.get(Question, next(iter(questions)))
            session_id = first.session if first else None
    ids = [s.id for s in sessions]
    if session_id is not None:
        if session_id not in ids:
            raise WorkshopError(code="phones.no_session", params={"session": session_id, "name": service.path.name})
        return session_id
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise WorkshopError(code="phones.no_session_yet", params={"name": service.path.name})
    raise WorkshopError(code="phones.several_sessions", params={"name": service.path.name, "count": len(ids)})


def _question_view(q: Question, options: list[Option], mine: Ballot | None, is_open: bool) -> dict[str, Any]:
    answer = None
    if mine is not None and not mine.deleted:
        field_ = ANSWER_FIELD.get(q.kind)
        answer = {field_: getattr(mine, field_)} if field_ else None
    return {
        "id": q.id,
        "kind": q.kind if q.kind in QUESTION_KINDS else "open",
        "prompt": q.prompt,
        "description": q.description,
        "open": is_open,
        "options": [{"id": o.id, "label": o.label, "description": o.description} for o in options],
        "budget": q.budget if q.kind == "points" else None,
        "scale": [q.scale_min, q.scale_max] if q.kind == "rating" else None,
        "max_ranked": q.top_n if q.kind == "ranking" else None,
        "mine": answer,
    }


def _answer_values(kind: str, body: dict[str, Any]) -> Any:
    """The answer's values in the record's shape; the domain rule checks them against the question."""
    value = body.get(ANSWER_FIELD[kind])
    if kind == "ranking":
        ok = isinstance(value, list) and all(
            isinstance(t, str) or (isinstance(t, list) and all(isinstance(x, str) for x in t)) for t in value)
        if not ok:
            raise Refusal(422, "phone.bad_answer")
        return normalise_ranking(value)
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise Refusal(422, "phone.bad_answer")
    return dict(value)


def _registration_fields(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise Refusal(400, "phone.bad_request")
    out: dict[str, Any] = {}
    for key, attr in (("group", "stakeholder_group"), ("country", "country"),
                      ("organisation", "organisation"), ("name", "name")):
        value = body.get(key, "" if key != "group" else "other")
        if value is None:
            value = "" if key != "group" else "other"
        if not isinstance(value, str) or len(value) > MAX_FIELD:
            raise Refusal(422, "phone.bad_answer")
        out[attr] = value.strip()
    consent = body.get("consent_named", False)
    if not isinstance(consent, bool):
        raise Refusal(422, "phone.bad_answer")
    out["consent_named"] = consent
    return out
