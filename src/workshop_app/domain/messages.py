"""Core messages as a code and parameters, rendered in a language: one Qt-free catalogue.

A rule that fails raises an error carrying ``code`` ("ranking.empty") and ``params`` ({"count": 3});
``str(exc)`` is the English sentence, so logs, the CLI and tests read as before, and a UI (or the
phone page) calls :func:`render` with the person's language. English is the catalogue of reference;
another language plugs in with :func:`add_catalogue` (issue 14 brings them) and falls back to English
for any code it lacks. Templates use ``str.format``: ``{count:,}``, ``{kind!r}``; a list or tuple
parameter is joined with the language's separator.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ENGLISH: dict[str, str] = {
    # -- records (domain/rules.py)
    "session.no_title": "A session needs a title.",
    "question.unknown_kind": "Question kind must be one of {choices}, not {kind!r}.",
    "question.no_budget": "A points question needs a positive points budget.",
    "question.bad_top_n": "Top-N must be a positive number of options.",
    "question.bad_scale": "A rating scale must go from a lower to a higher number.",
    "option.no_label": "An option needs a label.",
    "participant.unknown_group": "Unknown stakeholder group {group!r}; use one of {choices}.",
    "comment.empty": "A comment cannot be empty.",
    "comment.too_long": ("This comment is {length:,} characters long; the most one comment can hold is "
                         "{limit:,}. Split it into several comments."),
    "comment.unknown_swot": "SWOT category must be one of {choices}.",
    # -- ballots
    "ballot.not_one_kind": "A ballot holds exactly one of: a ranking, points, or ratings.",
    "ballot.open_question": "An open question takes comments, not ballots.",
    "ranking.missing": "This is a ranking question: enter an order of options.",
    "ranking.empty_position": "A ranking cannot contain an empty position.",
    "ranking.unknown_option": "The ranking names an option that is not in this question ({option}).",
    "ranking.repeated_option": "The ranking names “{option}” more than once.",
    "ranking.empty": "The ranking is empty: put at least one option first.",
    "ranking.over_top_n": "This question asks for the top {top_n} only; the ranking names {count} options.",
    "points.missing": "This is a points question: share the points budget between options.",
    "points.unknown_option": "The points name an option that is not in this question ({option}).",
    "points.not_whole": "Points must be whole numbers, zero or more.",
    "points.over_budget": "{total} points given, {over} over the budget of {budget}.",
    "points.under_budget": "{total} points given; the budget is {budget}, so {left} are still to give.",
    "ratings.missing": "This is a rating question: rate the options.",
    "ratings.unknown_option": "The ratings name an option that is not in this question ({option}).",
    "ratings.out_of_scale": "Ratings go from {low} to {high}; “{option}” has {value!r}.",
    # -- what a facilitator types (parse_typed_order)
    "typed.not_understood": "Type option numbers separated by spaces, “=” for a tie: “{rest}” is not understood.",
    "typed.no_such_option": "There is no option {number}; the options are numbered 1 to {count}.",
    "typed.twice": "Option {number} is typed twice.",
    "typed.starts_with_tie": "A ranking cannot start with “=”.",
    # -- exports (exports/registry.py)
    "export.unknown_format": "Unknown export format “{name}”; use one of {choices}.",
    "export.unknown_language": "The document language must be one of {choices}, not “{language}”.",
    "export.unknown_profile": "The note's length must be one of {choices}, not “{profile}”.",
}

LIST_SEPARATOR = "_list_separator"  # a catalogue may set it; English joins with ", "

_CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH}


def add_catalogue(language: str, templates: Mapping[str, str]) -> None:
    """Add (or extend) the templates of ``language`` ("fr"); codes it lacks fall back to English."""
    _CATALOGUES.setdefault(_base(language), {}).update(templates)


def remove_catalogue(language: str) -> None:
    if _base(language) != "en":
        _CATALOGUES.pop(_base(language), None)


def render(code: str, params: Mapping[str, Any] | None = None, language: str | None = "en") -> str:
    """The message ``code`` with ``params`` in ``language`` (English when that language lacks it)."""
    catalogue = _CATALOGUES.get(_base(language or "en"), ENGLISH)
    template = catalogue.get(code)
    if template is None:
        catalogue, template = ENGLISH, ENGLISH[code]  # KeyError for an unknown code: a bug, not a message
    separator = catalogue.get(LIST_SEPARATOR, ", ")
    values = {k: separator.join(map(str, v)) if isinstance(v, list | tuple) else v for k, v in (params or {}).items()}
    return template.format(**values)


def _base(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


class Coded:
    """Mixin for the app's exceptions: ``code`` and ``params``, ``str()`` the English sentence."""

    code: str | None = None
    params: dict[str, Any]

    def render(self, language: str | None = "en") -> str:
        """This error in ``language``; an error raised with a plain sentence stays that sentence."""
        return render(self.code, self.params, language) if self.code else str(self)
