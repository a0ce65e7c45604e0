"""The README's first command, run as a new user runs it: on a machine without a desktop, under Xvfb, twice.

It must install, put a demo session on screen in a real X window, and do the same when run again
(the second run opens the demo made by the first). The window is found and closed with xdotool,
as a person would close it (Ctrl+Q), and the command must then end with status 0.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from workshop_app.ui.app import display_problem

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("Xvfb", "xdotool")

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED) or not os.access(ROOT / "pyproject.toml", os.R_OK),
    reason="needs Xvfb and xdotool (.ci/run installs them)",
)


def readme_commands() -> list[str]:
    """The commands of the README's first code block, without their trailing comments."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, re.S)
    assert block, "the README starts with a bash code block"
    return [line.split("   #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


@pytest.fixture
def x_display(tmp_path):
    """A fresh X server with a window manager; the DISPLAY string."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    display = f":{number}"
    manager = None
    if shutil.which("openbox"):
        manager = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield display
    for process in (manager, server):
        if process is not None:
            process.terminate()
            process.wait(10)


def find_window(display: str, title: str, timeout: float = 60.0) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                               env={**os.environ, "DISPLAY": display}, capture_output=True, text=True)
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.5)
    return None


def run_and_close(command: str, display: str, home: Path) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, WORKSHOP_APP_HOME=str(home))
    app = subprocess.Popen(["bash", "-c", command], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    try:
        window = find_window(display, "Workshop App")
        assert window, "no Workshop App window appeared"
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=False, timeout=10)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=env, check=True, timeout=10)
        output, _ = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    return app.returncode, output


def test_the_first_command_opens_the_demo_and_does_again(x_display, tmp_path):
    command = readme_commands()[0]
    assert "demo" in command and "pip install" in command
    code, output = run_and_close(command, x_display, tmp_path)
    assert code == 0, output
    assert "Created" in output and (tmp_path / "demo.workshop").exists()
    before = (tmp_path / "demo.workshop").stat().st_size

    code, output = run_and_close(command, x_display, tmp_path)
    assert code == 0, output
    assert "Opening the demo already at" in output
    assert (tmp_path / "demo.workshop").stat().st_size >= before


def test_no_display_gets_one_sentence_not_an_abort():
    problem = display_problem({"PATH": "/usr/bin"}, platform="linux")
    assert problem and "xvfb-run" in problem
    assert display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({}, platform="win32") is None


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    import workshop_app.ui.app as app

    monkeypatch.setattr(app, "_loadable", lambda soname: soname not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    problem = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert "libxcb-icccm4" in problem and "libxcb-keysyms1" in problem
    assert "libxcb-cursor0" not in problem  # Qt's own message blames this one whatever is missing


def test_demo_command_refuses_to_overwrite_without_fresh_and_replaces_with_it(tmp_path):
    target = tmp_path / "d.workshop"
    first = subprocess.run(["workshop-app", "demo", str(target)], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(["workshop-app", "demo", str(target)], capture_output=True, text=True)
    assert again.returncode == 2 and "--fresh" in again.stderr and again.stderr.count("\n") == 1
    fresh = subprocess.run(["workshop-app", "demo", str(target), "--fresh"], capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    check = subprocess.run(["workshop-app", "check", str(target)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert not list(tmp_path.glob(".*building*"))
