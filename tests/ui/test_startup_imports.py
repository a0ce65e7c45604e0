"""Start-up time: the first window does not wait for libraries only later views or commands need.

bench/startup.py times it; these check the causes, which a wall-clock test could not: opening the
demo session in the main window must not import qtawesome/qtpy (0.3 s: qtpy star-imports all of
Qt), matplotlib, python-docx or openpyxl, and the icons drawn without qtawesome are its icons.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402

from workshop_app.ui.glyph_icons import IconNotFound, glyph_icon  # noqa: E402

OPEN_WINDOW = """
import sys
from workshop_app.ui.app import make_application
from workshop_app.ui.launcher import Launcher
app = make_application()
window = Launcher(app).open_path(sys.argv[1])
assert window is not None
app.processEvents()
heavy = ("qtawesome", "qtpy", "numpy", "matplotlib", "docx", "openpyxl")
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in heavy and "." not in m)))
"""


def test_opening_a_session_loads_no_library_the_first_view_does_not_need(tmp_path):
    demo = tmp_path / "demo.workshop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "workshop_app.cli", "demo", str(demo)], check=True, capture_output=True,
                   env=env)
    done = subprocess.run([sys.executable, "-c", OPEN_WINDOW, str(demo)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


@pytest.mark.parametrize("name", ["mdi6.chart-bar", "mdi6.account-group-outline", "mdi6.numeric-3-circle"])
@pytest.mark.parametrize("mode", [QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected])
def test_icons_are_qtawesomes_pixel_for_pixel(qapp, name, mode):
    qta = pytest.importorskip("qtawesome")
    for size in (16, 22, 32):
        ours = glyph_icon(name, "#0B6E99").pixmap(QSize(size, size), mode).toImage()
        theirs = qta.icon(name, color="#0B6E99", color_active="#0B6E99",
                          color_selected="#0B6E99").pixmap(QSize(size, size), mode).toImage()
        assert ours == theirs, (name, size, mode)


def test_an_unknown_icon_name_is_refused(qapp):
    with pytest.raises(IconNotFound):
        glyph_icon("mdi6.no-such-icon", "#000000")


def test_the_window_opens_with_only_its_first_view_built_and_builds_others_when_shown(qtbot, main_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = main_window
    assert window.current_page() == "capture"  # the session has questions
    assert set(window.pages) == {"capture"}  # nothing else built at start-up
    assert window.pages.get("comments") is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "comments"
    comments = window.pages.get("comments")
    assert comments is not None and comments.isVisible()
    assert QApplication.focusWidget() is comments.entry.text  # where a person types next
    participants = window.pages["participants"]  # asked for: built, not yet shown
    assert participants.model.rowCount() == 4
    assert window.current_page() == "comments"
