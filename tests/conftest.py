"""Shared test setup: no display needed, and the app's settings and logs kept out of the home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_app_home(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("WORKSHOP_APP_HOME", str(tmp_path_factory.mktemp("app-home")))


@pytest.fixture
def fixtures_dir() -> Path:
    return Path(__file__).parent / "fixtures"
