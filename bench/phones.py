"""300 phones answering through the phone server, against a bare Starlette endpoint (issue 13).

    python bench/phones.py [--phones 300] [--window 60] [--concurrency 64]

Each simulated phone (asyncio + httpx, loopback only, each from its own 127.0.x.y address so the
per-address limit applies as it would in a room) joins (GET the page), then submits a ranking
and a comment at a random moment of the window. Measured: throughput, p50/p95/p99 of the two
POSTs, and the same load against the floor: a bare Starlette app on the same uvicorn thread
doing the same insert+commit with the same pragmas (no checks, no service, no validation). Lost
answers are counted by reading the file afterwards. Targets: p95 < 250 ms, median ≤ 2× the
floor's, 0 lost. ``--window 0`` sends everything at once (a stress figure, not a target).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from workshop_app.domain import Ballot, Comment, Option, Question
from workshop_app.phones import PhoneServer
from workshop_app.samples.templates import create_from_template
from workshop_app.services.session import service_for
from workshop_app.storage import SessionFile
from workshop_app.storage.sessionfile import PRAGMAS

P95_TARGET_MS = 250
RATIO_TARGET = 2.0


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs)) - 1))]


def address(i: int) -> str:
    return f"127.0.{1 + i // 250}.{2 + i % 250}"


# -- the floor: a bare endpoint doing the same insert+commit --------------------------------------------
class Floor:
    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in PRAGMAS:
            self.conn.execute(pragma)
        self.conn.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, kind TEXT, body TEXT, rev INTEGER, hash TEXT)")
        self.lock = threading.Lock()
        self.host, self.port, self.code = "127.0.0.1", 0, "FLOOR1"

    def insert(self, kind: str, body: dict) -> str:
        rid = str(uuid.uuid4())
        with self.lock:
            self.conn.execute("BEGIN")
            self.conn.execute("INSERT INTO rows VALUES (?, ?, ?, 1, ?)", [rid, kind, json.dumps(body), uuid.uuid4().hex])
            self.conn.execute("COMMIT")
        return rid

    def app(self) -> Starlette:
        async def page(request: Request):
            return HTMLResponse("<!doctype html><title>floor</title>")

        def write(kind):
            async def endpoint(request: Request):
                body = json.loads(await request.body())
                rid = await run_in_threadpool(self.insert, kind, body)
                return JSONResponse({"ok": True, "id": rid})
            return endpoint

        return Starlette(routes=[Route("/j/{code}", page), Route("/api/{code}/answer", write("answer"), methods=["POST"]),
                                 Route("/api/{code}/comment", write("comment"), methods=["POST"])])

    def start(self) -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(self.app(), log_level="warning", access_log=False,
                                                    lifespan="off", loop="asyncio", http="h11"))
        self.server.install_signal_handlers = lambda: None
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/j/{self.code}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join()
        self.conn.close()


# -- the phones -------------------------------------------------------------------------------------
async def one_phone(i: int, url: str, questions: dict, delay: float, gate: asyncio.Semaphore,
                    latencies: list[float], confirmed: list[tuple[str, str]], failures: list[str]) -> None:
    base, code = url.rsplit("/j/", 1)
    await asyncio.sleep(delay)
    rng = random.Random(i)
    order = questions["options"][:]
    rng.shuffle(order)
    answer = {"question_id": questions["ranking"], "ranking": [[o] for o in order]}
    comment = {"question_id": questions["ranking"], "option_id": order[0],
               "text": f"Phone {i}: housing first, then climate — السكن أولاً 住房优先"}
    transport = httpx.AsyncHTTPTransport(local_address=address(i))
    async with gate, httpx.AsyncClient(base_url=base, transport=transport, timeout=60, trust_env=False) as phone:
        try:
            await phone.get(f"/j/{code}")
            headers = {"Origin": base, "X-CSRF-Token": phone.cookies.get("wa_csrf", "")}
            for what, body in (("answer", answer), ("comment", comment)):
                t = time.perf_counter()
                r = await phone.post(f"/api/{code}/{what}", json=body, headers=headers)
                latencies.append(time.perf_counter() - t)
                if r.status_code != 200:
                    failures.append(f"{what} {r.status_code} {r.text[:80]}")
                    continue
                reply = r.json()
                confirmed.append((what, reply.get("ballot_id") or reply.get("comment_id") or reply.get("id")))
        except httpx.HTTPError as exc:
            failures.append(f"{type(exc).__name__}: {exc}")


async def load(url: str, questions: dict, phones: int, window: float, concurrency: int):
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    confirmed: list[tuple[str, str]] = []
    failures: list[str] = []
    rng = random.Random(42)
    start = time.perf_counter()
    await asyncio.gather(*(one_phone(i, url, questions, rng.uniform(0, window), gate, latencies, confirmed, failures)
                           for i in range(phones)))
    return time.perf_counter() - start, latencies, confirmed, failures


def report(name: str, elapsed: float, latencies: list[float], confirmed: list, failures: list) -> float:
    med = statistics.median(latencies) if latencies else float("nan")
    print(f"{name:28} {len(confirmed) / elapsed:8.1f} {med * 1e3:8.1f} {pct(latencies, 95) * 1e3:8.1f} "
          f"{pct(latencies, 99) * 1e3:8.1f} {len(confirmed):6} {len(failures):6}")
    for f in failures[:3]:
        print(f"    refused or failed: {f}")
    return med


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--phones", type=int, default=300)
    ap.add_argument("--window", type=float, default=60.0, help="seconds over which the phones arrive")
    ap.add_argument("--concurrency", type=int, default=64, help="phones connected at once at most")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sf = SessionFile.create(tmp / "phones.workshop")
        session = create_from_template(sf, "unhabitat-2026", title="bench")
        q = next(q for q in sf.all(Question, "session = ?", [session.id]) if q.kind == "ranking")
        questions = {"ranking": q.id, "options": [o.id for o in sf.all(Option, "question = ?", [q.id])]}
        print(f"{args.phones} phones, each a ranking and a comment, arriving over {args.window:g} s, "
              f"at most {args.concurrency} at once; loopback only")
        print(f"{'what':28} {'writes/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'ok':>6} {'failed':>6}")
        floor = Floor(tmp / "floor.db")
        floor.start()
        try:
            f_med = report("bare Starlette + sqlite3", *asyncio.run(load(floor.url, questions, args.phones,
                                                                         args.window, args.concurrency)))
        finally:
            floor.stop()
        server = PhoneServer(service_for(sf), host="127.0.0.1")
        server.start()
        try:
            elapsed, latencies, confirmed, failures = asyncio.run(
                load(server.url, questions, args.phones, args.window, args.concurrency))
        finally:
            server.stop()
        med = report("phone server (service)", elapsed, latencies, confirmed, failures)
        stored = {b.id for b in sf.all(Ballot)} | {c.id for c in sf.all(Comment)}
        sf.close()
    lost = sum(1 for _, rid in confirmed if rid not in stored) + (2 * args.phones - len(confirmed))
    p95 = pct(latencies, 95) * 1e3
    ratio = med / f_med
    print(f"p95 {p95:.0f} ms (target < {P95_TARGET_MS}: {'ok' if p95 < P95_TARGET_MS else 'OVER'}); "
          f"median {ratio:.2f}× the floor (target ≤ {RATIO_TARGET:g}×: {'ok' if ratio <= RATIO_TARGET else 'OVER'}); "
          f"lost {lost} (target 0: {'ok' if lost == 0 else 'LOST'})")


if __name__ == "__main__":
    main()
