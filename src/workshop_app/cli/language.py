"""The language the CLI speaks to a person: ``--lang``, else ``WORKSHOP_APP_LANG``, else the locale.

Messages with a code (:mod:`workshop_app.domain.messages`) are rendered in it; a language without a
catalogue, "C" or "POSIX" give English. Scripts that parse the CLI's output set ``--lang en``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

import click

META_KEY = "workshop_app.language"
LOCALE_VARIABLES = ("WORKSHOP_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def remember_language(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """The group's ``--lang`` callback: kept for the commands (``click`` context meta)."""
    if value:
        ctx.meta[META_KEY] = value


def cli_language(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The base language ("fr"): from a running command's ``--lang``, else ``--lang`` in ``argv``
    (before the command's name), else the environment; "en" when none names one."""
    ctx = click.get_current_context(silent=True)
    wanted = ctx.meta.get(META_KEY) if ctx is not None else None
    if not wanted and argv is not None:
        wanted = _from_argv(argv)
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        wanted = wanted or env.get(name)
    return _base(wanted or "")


def _from_argv(argv: Sequence[str]) -> str | None:
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--lang":
            return args[i + 1] if i + 1 < len(args) else None
        if arg.startswith("--lang="):
            return arg[len("--lang="):]
        if not arg.startswith("-"):
            return None  # the command's name: its own options are not the group's
    return None


def _base(value: str) -> str:
    base = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()
    return "en" if base in ("", "c", "posix") else base
