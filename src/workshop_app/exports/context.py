"""Small shared pieces of the writers: option labels in the document's language, progress, cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..domain.errors import WorkshopError
from ..domain.model import Framework
from ..samples.templates import ENTRY_POINT_KEYS, template_text
from .i18n import lang_code

ProgressCallback = Callable[[int, int, str], None]


class ExportCancelled(WorkshopError):
    """The person cancelled the export; the target was left as it was."""

    def __init__(self) -> None:
        super().__init__(code="export.cancelled")


class Progress:
    """Counts steps and reports them; the callback may raise :class:`ExportCancelled` to stop."""

    def __init__(self, callback: ProgressCallback | None, total: int):
        self.callback = callback
        self.total = max(1, total)
        self.done = 0

    def step(self, message: str = "") -> None:
        self.done = min(self.total, self.done + 1)
        if self.callback is not None:
            self.callback(self.done, self.total, message)

    def finish(self, message: str = "") -> None:
        self.done = self.total
        if self.callback is not None:
            self.callback(self.total, self.total, message)


class Labels:
    """Framework priorities in the document's language, when a session was held in another one.

    An option keeps the label typed for its session when the session's language is the
    document's; otherwise a framework key (``P3``) finds the framework's translation.
    """

    def __init__(self, frameworks: Iterable[Framework], language: str):
        self.language = lang_code(language)
        self.by_key: dict[str, str] = {}
        for f in frameworks:
            for item in f.items:
                if lang_code(f.language) == self.language:
                    text = item.label
                else:
                    text = item.translations.get(self.language, "")
                if text and item.key not in self.by_key:
                    self.by_key[item.key] = text

    def option(self, key: str | None, label: str, session_language: str | None = None) -> str:
        if session_language is not None and lang_code(session_language) == self.language:
            return label
        if key in ENTRY_POINT_KEYS:  # the template's entry points, when their text is the template's own
            return template_text(label, key, self.language)
        return self.by_key.get(key or "", label) if key else label
