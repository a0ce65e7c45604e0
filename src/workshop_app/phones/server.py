"""The phone server: the Starlette app on plain uvicorn in a daemon thread, bound to one address.

``PhoneServer(service).start()`` returns once the socket listens; ``.url`` is what the QR code
says; ``.stop()`` closes answers, asks uvicorn to finish and joins the thread. uvicorn installs
no signal handlers outside the main thread, and the socket is bound here (``port=0`` picks a free
port) so a port in use is one clear error before any thread starts.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from collections.abc import Iterable

import uvicorn

from ..domain.errors import WorkshopError
from ..services.session import SessionService
from .app import make_app
from .state import Limits, PhoneState, PhoneStats

log = logging.getLogger(__name__)
START_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0

__all__ = ["PhoneServer", "PhoneStats", "Limits"]


class _Uvicorn(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the app (or the CLI) owns the signals
        pass


class PhoneServer:
    """Serves one session of ``service`` to phones at ``http://host:port/j/CODE``; thread-safe."""

    def __init__(self, service: SessionService, *, host: str = "127.0.0.1", port: int = 0,
                 questions: Iterable[str] | None = None, registration: str = "optional",
                 session_id: str | None = None, limits: Limits | None = None):
        _check_host(host)
        self.host = host
        self._port = port
        self.state = PhoneState(service, session_id=session_id, questions=questions,
                                registration=registration, limits=limits)
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    # -- life --------------------------------------------------------------------------------------
    def start(self) -> None:
        """Bind, start serving in a daemon thread, and return once it listens."""
        if self._thread is not None:
            return
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._port))
        except OSError as exc:
            sock.close()
            raise WorkshopError(f"The phone server cannot listen on {self.host}:{self._port} ({exc.strerror}).") from None
        self._port = sock.getsockname()[1]
        self.state.bind(self.host, self._port)
        config = uvicorn.Config(make_app(self.state), log_level="warning", access_log=False, lifespan="off",
                                loop="asyncio", http="h11", ws="none", server_header=False,
                                timeout_graceful_shutdown=5)
        self._server = _Uvicorn(config)
        self._socket = sock
        self._thread = threading.Thread(target=self._run, name="phone-server", daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                self._thread = None
                raise WorkshopError("The phone server stopped as it started; see the log.")
            self._thread.join(0.02)

    def _run(self) -> None:
        assert self._server is not None and self._socket is not None
        try:
            self._server.run(sockets=[self._socket])
        except BaseException:  # noqa: BLE001 - a daemon thread: log, never raise into nowhere
            log.exception("the phone server failed")

    def stop(self) -> None:
        """Stop accepting answers, then stop serving; returns when the thread has finished."""
        self.state.close_all()
        self.state.detach()
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(STOP_TIMEOUT)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(STOP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- what the facilitator sees -----------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._port

    @property
    def join_code(self) -> str:
        return self.state.join_code

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}/j/{self.state.join_code}"

    def open(self, question_ids: Iterable[str] | None = None) -> None:
        """Accept answers to these questions only (None: every question of the session)."""
        self.state.open(list(question_ids) if question_ids is not None else None)

    def close_all(self) -> None:
        """Stop accepting answers at once (an answer in flight is committed and confirmed, or refused)."""
        self.state.close_all()

    def stats(self) -> PhoneStats:
        return self.state.stats()


def _check_host(host: str) -> None:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise WorkshopError(f"“{host}” is not an IP address: give the address of one network interface.") from None
    if address.is_unspecified:
        raise WorkshopError(f"{host} would listen on every network: give the address of one interface.")
