"""Where things live: shipped resources, and the user's settings and logs (redirectable in tests)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "WorkshopApp"


def resource(name: str) -> Path:
    """Path of a file shipped in ``resources/`` (inside the installed package)."""
    return Path(str(resources.files("workshop_app.resources").joinpath(name)))


def user_data_dir() -> Path:
    """Settings, logs and recent files; ``WORKSHOP_APP_HOME`` moves it (tests use a tmp dir)."""
    override = os.environ.get("WORKSHOP_APP_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return user_data_dir() / "workshop-app.log"


def default_demo_path() -> Path:
    """Where ``workshop-app demo`` puts the demo when no file is named (reused on the next run)."""
    return user_data_dir() / "demo.workshop"
