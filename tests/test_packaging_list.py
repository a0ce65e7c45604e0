"""Every package of the app is in pyproject's list of packages, so a wheel (and the installer) ships it.

The list is kept by hand (``workshop_app.resources`` comes from the repository's ``resources/``);
a package left out works in a development checkout and is missing from an installed app.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import workshop_app

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_directory_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    source = Path(workshop_app.__file__).parent
    found = {".".join(("workshop_app", *init.parent.relative_to(source).parts))
             for init in source.rglob("__init__.py")}
    assert found - listed == set()
