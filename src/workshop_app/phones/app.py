"""The Starlette app of the phone server: the page, the JSON API, and the checks before either.

Routes (all under the join code; anything else is a bare 404, the same as a wrong code):

* ``GET  /j/{code}``               the page; sets the device cookie and the CSRF cookie
* ``GET  /j/{code}/assets/{name}`` the page's CSS/JS/images from ``resources/phone/``
* ``GET  /api/{code}/session``     the session, its questions and this phone's answers
* ``POST /api/{code}/register``    this phone's participant (consent to be named defaults to no)
* ``POST /api/{code}/answer``      a ballot, or a new revision of this phone's ballot
* ``POST /api/{code}/comment``     a comment on a question or one of its options

Every request: the Host header must be the address the server is bound to (DNS rebinding), and
each address has a token bucket. Every POST: Origin must be the server's own, the device cookie
must be signed by this run, the CSRF token sent twice (cookie and ``X-CSRF-Token``), the body
JSON under the size limit (read with a cap, whatever Content-Length says), and each device has a
token bucket. docs/phones.md describes the shapes.
"""

from __future__ import annotations

import html
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..domain.errors import WorkshopError
from ..domain.model import now_iso
from .messages import LANGUAGES, phone_message
from .security import retry_after, same_code
from .state import PhoneState, Refusal

log = logging.getLogger(__name__)

DEVICE_COOKIE = "wa_device"
CSRF_COOKIE = "wa_csrf"
LANG_COOKIE = "wa_lang"
CSRF_HEADER = "x-csrf-token"
COOKIE_AGE = 12 * 3600
RTL = {"ar"}
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
ASSET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")
ASSET_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8"}


# -- checks every request passes ------------------------------------------------------------------
class Guard:
    """ASGI wrapper: the Host check and the per-address rate limit first; security headers on every reply."""

    def __init__(self, app: ASGIApp, state: PhoneState):
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                return  # no websockets here: the connection is refused
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        request = Request(scope)
        host = request.headers.get("host", "").lower()
        if host not in self.state.allowed_hosts:
            response: Response = refusal(request, Refusal(403, "phone.forbidden"))
        else:
            client = scope.get("client") or ("?", 0)
            wait = self.state.address_limit.take(f"addr:{client[0]}")
            if not wait:
                await self.app(scope, receive, send_with_headers)
                return
            response = refusal(request, Refusal(429, "phone.too_many", {"seconds": retry_after(wait)}))
        await response(scope, receive, send_with_headers)


def language_of(request: Request) -> str:
    """The phone's language: ``?lang=``, then the cookie, then Accept-Language (by its q-values); else English."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate in LANGUAGES:
            return candidate
    ranked = []
    for n, part in enumerate(request.headers.get("accept-language", "").split(",")[:20]):
        tag, _, params = part.partition(";")
        base = tag.strip().lower().split("-")[0]
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if base in LANGUAGES and quality > 0:
            ranked.append((-quality, n, base))
    return min(ranked)[2] if ranked else "en"


def refusal(request: Request, exc: Refusal) -> JSONResponse:
    body = {"ok": False, "code": exc.code, "message": phone_message(exc.code, exc.params, language_of(request))}
    response = JSONResponse(body, status_code=exc.status, headers={"Cache-Control": "no-store"})
    if exc.status == 429 and "seconds" in exc.params:
        response.headers["Retry-After"] = str(exc.params["seconds"])
    return response


def not_found() -> Response:
    return PlainTextResponse("Not Found", status_code=404, headers={"Cache-Control": "no-store"})


# -- the app ----------------------------------------------------------------------------------------
def make_app(state: PhoneState) -> ASGIApp:
    """The ASGI app serving ``state`` (routes in the module docstring), wrapped in :class:`Guard`."""

    def known(request: Request) -> bool:
        return same_code(request.path_params["code"], state.join_code)

    async def page(request: Request) -> Response:
        if not known(request):
            return not_found()
        device = state.signer.device_of(request.cookies.get(DEVICE_COOKIE))
        cookie = None
        if device is None:
            device, cookie = state.signer.new_device()
        state.join(device)
        language = language_of(request)
        token = state.signer.csrf_token(device)
        title = await run_in_threadpool(state.title)
        response = HTMLResponse(render_page(language=language, title=title, code=state.join_code,
                                            csrf_token=token), headers={"Cache-Control": "no-store"})
        if cookie is not None:
            response.set_cookie(DEVICE_COOKIE, cookie, max_age=COOKIE_AGE, path="/", httponly=True, samesite="strict")
        response.set_cookie(CSRF_COOKIE, token, max_age=COOKIE_AGE, path="/", httponly=False, samesite="strict")
        if request.query_params.get("lang") in LANGUAGES:
            response.set_cookie(LANG_COOKIE, language, max_age=COOKIE_AGE, path="/", samesite="strict")
        return response

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if not known(request) or not ASSET_NAME.match(name) or name == "page.html":
            return not_found()
        data = _asset(name)
        if data is None:
            return not_found()
        kind = ASSET_TYPES.get(name[name.rfind("."):], "application/octet-stream")
        return Response(data, media_type=kind, headers={"Cache-Control": "no-cache"})

    async def session(request: Request) -> Response:
        if not known(request):
            return not_found()
        device = state.signer.device_of(request.cookies.get(DEVICE_COOKIE))
        view = await run_in_threadpool(state.session_view, device)
        return JSONResponse({"ok": True, **view}, headers={"Cache-Control": "no-store"})

    def post(write: Callable[[str, Any], dict[str, Any]]) -> Callable:
        async def endpoint(request: Request) -> Response:
            if not known(request):
                return not_found()
            try:
                device = _check_post(request, state)
                body = await read_json(request, state.limits.body_bytes)
                result = await run_in_threadpool(_guarded, write, device, body)
            except Refusal as exc:
                return refusal(request, exc)
            return JSONResponse({"ok": True, **result}, headers={"Cache-Control": "no-store"})
        return endpoint

    def answer(device: str, body: Any) -> dict[str, Any]:
        ballot = state.answer(device, body)
        return {"question_id": ballot.question, "ballot_id": ballot.id, "revision": ballot.rev, "saved": now_iso()}

    def comment(device: str, body: Any) -> dict[str, Any]:
        stored = state.comment(device, body)
        return {"comment_id": stored.id, "saved": now_iso()}

    def register(device: str, body: Any) -> dict[str, Any]:
        person = state.register(device, body)
        return {"registered": True, "consent_named": person.consent_named, "saved": now_iso()}

    routes = [
        Route("/j/{code}", page, methods=["GET"]),
        Route("/j/{code}/assets/{name}", asset, methods=["GET"]),
        Route("/api/{code}/session", session, methods=["GET"]),
        Route("/api/{code}/answer", post(answer), methods=["POST"]),
        Route("/api/{code}/comment", post(comment), methods=["POST"]),
        Route("/api/{code}/register", post(register), methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    return Guard(app, state)


def _check_post(request: Request, state: PhoneState) -> str:
    """The device of a POST that passed the Origin, device-cookie, CSRF and rate checks."""
    if request.headers.get("origin", "").lower() not in state.origins:
        raise Refusal(403, "phone.forbidden")
    device = state.signer.device_of(request.cookies.get(DEVICE_COOKIE))
    if device is None:
        raise Refusal(403, "phone.no_device")
    if not state.signer.csrf_ok(device, request.cookies.get(CSRF_COOKIE), request.headers.get(CSRF_HEADER)):
        raise Refusal(403, "phone.forbidden")
    wait = state.device_limit.take(f"device:{device}")
    if wait:
        raise Refusal(429, "phone.too_many", {"seconds": retry_after(wait)})
    return device


async def read_json(request: Request, limit: int) -> Any:
    """The JSON body, read with a cap (Content-Length is only a hint); 413 over it, 400 unreadable."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise Refusal(400, "phone.bad_request")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refusal(413, "phone.too_big")
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise Refusal(413, "phone.too_big")
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise Refusal(400, "phone.bad_request") from None


def _guarded(write: Callable[[str, Any], dict[str, Any]], device: str, body: Any) -> dict[str, Any]:
    """Run a write on a worker thread; a file problem becomes a 503 the phone can retry."""
    try:
        return write(device, body)
    except Refusal:
        raise
    except (WorkshopError, sqlite3.Error) as exc:
        log.warning("a phone's write was not saved: %s", exc)
        raise Refusal(503, "phone.not_saved") from None
    except Exception:
        log.exception("a phone's write failed")
        raise Refusal(503, "phone.not_saved") from None


# -- the page ---------------------------------------------------------------------------------------
def _asset(name: str) -> bytes | None:
    try:
        item = resources.files("workshop_app.resources").joinpath("phone", name)
        return item.read_bytes() if item.is_file() else None
    except (FileNotFoundError, NotADirectoryError, ModuleNotFoundError):
        return None


def render_page(*, language: str, title: str, code: str, csrf_token: str) -> str:
    """The phone page: the page module's when there is one (resources/phone/), else a bare page."""
    try:
        from .page import render_page as render  # the phone page (issue 13, phpage)
    except ImportError:
        render = None
    if render is not None:
        return render(language=language, title=title, code=code, csrf_token=csrf_token)
    esc = html.escape
    return (f'<!doctype html><html lang="{esc(language)}" dir="{"rtl" if language in RTL else "ltr"}"><head>'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="csrf-token" content="{esc(csrf_token)}"><meta name="join-code" content="{esc(code)}">'
            f'<title>{esc(title)}</title></head><body><h1>{esc(title)}</h1></body></html>')
