"""Type as a person does: key events go to the top-level window and Qt routes them.

``QTest.keyClick(widget, ...)`` delivers an event straight to one widget, so a test can pass while
the facilitator's Enter goes elsewhere (a combo box, its completer popup, a dialog, a shortcut).
These helpers send every key to the *window* (``QWindow``), the way the platform does: Qt then
delivers it to the focus widget, through shortcuts, popups and event filters, as on a real desktop.
Use them for the human-path tests; keep widget-level tests for the details.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

KEY_NAMES = {
    "Enter": Qt.Key.Key_Return, "Return": Qt.Key.Key_Return, "Tab": Qt.Key.Key_Tab, "Esc": Qt.Key.Key_Escape,
    "Space": Qt.Key.Key_Space, "Backspace": Qt.Key.Key_Backspace, "Delete": Qt.Key.Key_Delete,
    "Up": Qt.Key.Key_Up, "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right,
    "Home": Qt.Key.Key_Home, "End": Qt.Key.Key_End, "F1": Qt.Key.Key_F1, "F5": Qt.Key.Key_F5,
}
MODIFIERS = {"Ctrl": Qt.KeyboardModifier.ControlModifier, "Alt": Qt.KeyboardModifier.AltModifier,
             "Shift": Qt.KeyboardModifier.ShiftModifier}


def target_window():
    """The QWindow a key press goes to: the active window (a dialog when one is open).

    An open popup (a completer's list, a combo box's drop-down) needs no special case: Qt hands a key
    event that reaches any window to the popup first, as it does with a real keyboard.
    """
    widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert widget is not None, "no active window: activate() it first"
    return widget.window().windowHandle()


def activate(qtbot, window: QWidget) -> None:
    """Show ``window`` and make it the active window, as clicking its title bar would."""
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    QGuiApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window(), timeout=3000)


def press(qtbot, keys: str) -> None:
    """Press one key chord, e.g. "Enter", "Alt+P", "Ctrl+Z", "Shift+Tab", "F5", "a"."""
    *mods, name = keys.split("+") if keys != "+" else ["+"]
    modifier = Qt.KeyboardModifier.NoModifier
    for m in mods:
        modifier |= MODIFIERS[m]
    if name in KEY_NAMES:
        key = KEY_NAMES[name]
    elif len(name) == 1:
        key = QKeySequence(name.upper())[0].key()
    else:
        raise ValueError(f"unknown key {name!r}")
    _click(key, modifier)
    qtbot.wait(1)


def _click(key, modifier) -> None:
    # press and release each go to the window active at that moment: a press may open or close a dialog
    QTest.keyPress(target_window(), key, modifier)
    QTest.keyRelease(target_window(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type printable ASCII text, one key at a time, into whatever has the focus."""
    for ch in text:
        modifier = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        _click(ch, modifier)
    qtbot.wait(1)


def focused() -> QWidget | None:
    return QApplication.focusWidget()
