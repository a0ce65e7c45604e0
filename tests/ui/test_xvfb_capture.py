"""The real app under a real X server, typed with xdotool: the facilitator's path end to end.

``workshop-app open FILE`` (as ``python -m workshop_app.cli open FILE``, this interpreter's install)
runs as its own process on an Xvfb display with a window manager (openbox); xdotool types into whatever has the keyboard focus, as a person does. Nothing here calls
the app's code: the result is read back from the file after the app has exited. Skipped where
Xvfb, xdotool or openbox are missing (CI installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app.storage import open_readonly

TOOLS = ("Xvfb", "xdotool", "openbox")
pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in TOOLS),
                                reason="needs Xvfb, xdotool and openbox (apt install xvfb xdotool openbox)")


def _free_display() -> int:
    for n in range(140, 240):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    pytest.skip("no free X display number")


def _wait(what, timeout: float = 15.0, step: float = 0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        result = what()
        if result:
            return result
        time.sleep(step)
    return None


@pytest.fixture
def display(tmp_path):
    n = _free_display()
    env = dict(os.environ, DISPLAY=f":{n}")
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, not offscreen
    started = []
    try:
        started.append(subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        if not _wait(lambda: subprocess.run(["xdotool", "getdisplaygeometry"], env=env,
                                            capture_output=True).returncode == 0):
            pytest.skip("Xvfb did not start")
        started.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


def xdo(env, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=20)
    return done.stdout.strip()


def ranked(path: Path) -> list[tuple[str | None, int]]:
    """Who has a ranking ballot in the file, and how many places it ranks (read from a private copy)."""
    with open_readonly(path) as sf:
        data = sf.load_session(sf.sessions()[0].id)
    names = {p.id: p.name for p in data.participants}
    q = next(q for q in data.questions if q.kind == "ranking")
    return sorted((names.get(b.participant), len(b.ranking)) for b in data.ballots_of(q.id))


def test_a_facilitator_s_keystrokes_from_capture_to_closing(display, session_path, tmp_path):
    env = dict(display, WORKSHOP_APP_HOME=str(tmp_path / "home"))
    app = subprocess.Popen([sys.executable, "-m", "workshop_app.cli", "open", str(session_path)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        window = _wait(lambda: xdo(env, "search", "--onlyvisible", "--name", session_path.name), timeout=20)
        assert window, "the main window did not appear"
        xdo(env, "windowactivate", "--sync", window.split()[0])
        time.sleep(0.5)
        for step in (("key", "alt+p"), ("type", "--delay", "30", "Carlos"), ("key", "Return"),
                     ("type", "--delay", "30", "1 2 3 4 5"), ("key", "Return")):
            xdo(env, *step)
            time.sleep(0.4)
        assert _wait(lambda: ranked(session_path) == [("Carlos Rivera", 5)], timeout=5), ranked(session_path)
        xdo(env, "key", "ctrl+z")  # in the empty entry: the save is undone
        assert _wait(lambda: ranked(session_path) == [], timeout=5), ranked(session_path)
        xdo(env, "key", "ctrl+shift+z")  # and redone
        assert _wait(lambda: ranked(session_path) == [("Carlos Rivera", 5)], timeout=5), ranked(session_path)
        for step in (("key", "ctrl+4"), ("type", "--delay", "30", "Parks first"),  # Comments: the speaker box too
                     ("key", "alt+p"), ("type", "--delay", "30", "wang"), ("key", "Return"), ("key", "Return"),
                     ("key", "ctrl+3")):  # back to Capture
            xdo(env, *step)
            time.sleep(0.4)
        xdo(env, "type", "--delay", "30", "2 1")  # the next ballot (the first without one: Amina), not saved
        time.sleep(0.4)
        xdo(env, "key", "alt+F4")  # the window manager closes the window: the app asks first
        dialog = _wait(lambda: xdo(env, "search", "--onlyvisible", "--name", "Ballot not saved"), timeout=10)
        assert dialog, "closing with a typed ballot did not ask"
        xdo(env, "key", "Return")  # Save it
        assert app.wait(15) == 0, app.stdout.read()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()

    assert ranked(session_path) == [("Amina Diallo", 2), ("Carlos Rivera", 5)]
    with open_readonly(session_path) as sf:
        data = sf.load_session(sf.sessions()[0].id)
    names = {p.id: p.name for p in data.participants}
    assert [(c.text, names.get(c.participant)) for c in data.comments] == [("Parks first", "Wang Fang")]
