"""Where ui/ code lives (DESIGN §7, docs/architecture.md): by feature, with models apart from views.

The shell (the app, the main and start windows, the controller, the launcher, settings) sits at
``ui/``'s top; every view, dialog and model sits in its feature's sub-package; every Qt item model
is in a ``*_model.py`` module, so a view file holds widgets and a model can be tested without one.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractItemModel  # noqa: E402

import workshop_app.ui as ui  # noqa: E402

SHELL = {"app", "main_window", "controller", "start_window", "recent_files_model", "launcher", "settings"}
FEATURES = {"capture", "comments", "participants", "results", "synthesis", "merge", "setup", "transfer", "phones",
            "common"}


def ui_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(ui.__path__, ui.__name__ + ".")]


def test_ui_top_holds_the_shell_and_one_package_per_feature():
    top = {m.name: m.ispkg for m in pkgutil.iter_modules(ui.__path__)}
    assert {name for name, is_package in top.items() if not is_package} == SHELL
    assert {name for name, is_package in top.items() if is_package} == FEATURES


def test_every_qt_model_lives_in_a_model_module():
    misplaced = []
    for name in ui_modules():
        module = importlib.import_module(name)
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == name and issubclass(cls, QAbstractItemModel) and not name.endswith("_model"):
                misplaced.append(f"{name}.{cls_name}")
    assert misplaced == []
