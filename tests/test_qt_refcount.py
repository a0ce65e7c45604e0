"""Guard against the PySide6 release that frees None (see the pin in pyproject.toml)."""

from __future__ import annotations

import sys


def test_qt_calls_do_not_drain_references_to_none(qapp):
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        w.update()
        w.setVisible(False)
    qapp.processEvents()
    # A few references may come and go with the interpreter's own work; thousands must not vanish.
    assert sys.getrefcount(None) > before - 100
