"""``workshop-app serve`` run as a person runs it: prints the URL, answers phones, stops on Ctrl+C."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from workshop_app.domain import Ballot, Option, Question
from workshop_app.storage import open_readonly

from .conftest import make_file

URL = re.compile(r"Phones can answer at (http://127\.0\.0\.1:(\d+)/j/([A-Z0-9]+))")


def start(path: Path, *args: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "workshop_app.cli", "serve", str(path), "--host", "127.0.0.1",
                             "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    lines = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        m = URL.search(line)
        if m:
            return proc, m.group(1)
    proc.kill()
    pytest.fail(f"no URL printed: {lines} {proc.stderr.read()}")


def test_serve_prints_the_url_answers_and_stops_cleanly_on_ctrl_c(tmp_path):
    path = tmp_path / "serve.workshop"
    sf, _ = make_file(path)
    ranking = next(q for q in sf.all(Question) if q.kind == "ranking")
    option = sf.all(Option, "question = ?", [ranking.id])[0]
    sf.close()
    proc, url = start(path, "--question", ranking.id[:8])
    try:
        base = url.rsplit("/j/", 1)[0]
        with httpx.Client(base_url=base, timeout=30, trust_env=False) as phone:
            page = phone.get(url[len(base):])
            assert page.status_code == 200
            answer = phone.post(f"/api/{url.rsplit('/', 1)[1]}/answer",
                                json={"question_id": ranking.id, "ranking": [[option.id]]},
                                headers={"Origin": base, "X-CSRF-Token": phone.cookies["wa_csrf"]})
            assert answer.status_code == 200, answer.text
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Stopped. 1 answers" in out and "Traceback" not in err
    with open_readonly(path) as sf:  # closed: readable, and the lock is gone
        assert [b.ranking for b in sf.all(Ballot)] == [[[option.id]]]
    check = subprocess.run([sys.executable, "-m", "workshop_app.cli", "check", str(path)], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr


def test_serve_refuses_an_unknown_question_and_a_file_in_use(tmp_path):
    path = tmp_path / "serve.workshop"
    sf, _ = make_file(path)
    done = subprocess.run([sys.executable, "-m", "workshop_app.cli", "serve", str(path), "--host", "127.0.0.1",
                           "--port", "0"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr  # the file is open here: in use
    sf.close()
    done = subprocess.run([sys.executable, "-m", "workshop_app.cli", "serve", str(path), "--host", "127.0.0.1",
                           "--question", "zzzz"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "no question zzzz" in done.stderr
    done = subprocess.run([sys.executable, "-m", "workshop_app.cli", "serve", str(path), "--host", "0.0.0.0"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "every network" in done.stderr


def test_pick_host_finds_private_addresses_without_traffic(monkeypatch):
    from workshop_app.cli import serve
    from workshop_app.domain.errors import WorkshopError
    from workshop_app.phones import network

    assert network.is_private("192.168.1.20") and network.is_private("10.0.0.1") and network.is_private("172.31.0.1")
    assert not any(network.is_private(a) for a in ("127.0.0.1", "169.254.1.1", "8.8.8.8", "172.32.0.1", "::1"))
    for _name, address in network.private_addresses():  # whatever this machine has, only private ones
        assert network.is_private(address)
    monkeypatch.setattr(serve, "private_addresses", lambda: [("wlan0", "192.168.43.10")])
    assert serve.pick_host() == "192.168.43.10"
    monkeypatch.setattr(serve, "private_addresses", lambda: [("wlan0", "192.168.43.10"), ("eth0", "10.0.0.5")])
    with pytest.raises(WorkshopError, match="192.168.43.10 \\(wlan0\\), 10.0.0.5 \\(eth0\\).*--host"):
        serve.pick_host()
    monkeypatch.setattr(serve, "private_addresses", lambda: [])
    with pytest.raises(WorkshopError, match="--host"):
        serve.pick_host()
