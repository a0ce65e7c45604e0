"""Live results: the current question analysed again shortly after each change to the file.

:class:`LiveResults` listens to the controller. The first change after a quiet spell is analysed
at once (on the next turn of the event loop, so the save that caused it returns first); changes
arriving within ``interval_ms`` after that are folded into one more analysis at the end of the
interval. So a lone ballot shows up immediately and a burst of ballots costs a few analyses, not
one per ballot. The live analysis skips the bootstrap (``bootstrap=0``): everything shown on
screen (Borda, mean rank, first preferences, Schulze, Kendall's W, dissent) is exact without it,
and at 1,000 ballots the rest takes a few milliseconds, so it stays on the UI thread.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from ..analysis import analyse_question
from ..domain.errors import WorkshopError
from ..domain.model import Option, Question, SessionData
from .controller import AppController

log = logging.getLogger(__name__)

# Tables whose changes can move a result. Key messages do not, so typing them costs nothing here.
LIVE_TABLES = frozenset({"", "ballots", "options", "questions", "participants", "comments", "sessions"})
GROUP_BY = "stakeholder_group"


@dataclass
class Snapshot:
    """One analysis of the current question, with what it was computed from."""

    data: SessionData | None
    question: Question | None
    options: list[Option] = field(default_factory=list)
    result: object | None = None
    seconds: float = 0.0


def live_questions(data: SessionData | None) -> list[Question]:
    if data is None:
        return []
    return sorted((q for q in data.questions if not q.deleted), key=lambda q: q.position)


class LiveResults(QObject):
    """Keeps ``snapshot`` up to date for the controller's selected question; emits ``updated``."""

    updated = Signal(object)  # Snapshot

    def __init__(self, controller: AppController, parent: QObject | None = None, *,
                 by: str | None = None, interval_ms: int = 150, min_group_size: int = 3):
        super().__init__(parent)
        self.controller = controller
        self.by = by
        self.min_group_size = min_group_size
        self.snapshot = Snapshot(None, None)
        self.computations = 0
        self._pending = False
        self._paused = False
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._run)
        self._cooldown = QTimer(self, singleShot=True, interval=interval_ms)
        self._cooldown.timeout.connect(self._after_cooldown)
        controller.dataChanged.connect(self._data_changed)
        controller.questionSelected.connect(lambda _qid: self.refresh_now())
        controller.sessionChanged.connect(lambda _sid: self.refresh_now())

    # -- scheduling ----------------------------------------------------------------------------
    def _data_changed(self, table: str) -> None:
        if table in LIVE_TABLES:
            self.request()

    def request(self) -> None:
        """Analyse again soon: now if nothing ran lately, else at the end of the interval."""
        self._pending = True
        if not self._cooldown.isActive() and not self._soon.isActive():
            self._soon.start()

    def _after_cooldown(self) -> None:
        if self._pending:
            self._run()

    def _run(self) -> None:
        if not self._pending:
            return
        if self._paused:
            return  # remembered as pending; resume() runs it
        self._pending = False
        self.refresh_now()
        self._cooldown.start()

    def pause(self) -> None:
        """Stop analysing (a hidden view); changes are remembered and analysed on :meth:`resume`."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        if self._pending or self.snapshot.data is None:
            self._pending = True
            self._soon.start()

    def set_by(self, by: str | None) -> None:
        if by != self.by:
            self.by = by
            self.refresh_now()

    # -- work ----------------------------------------------------------------------------------
    def current_question(self, data: SessionData | None) -> Question | None:
        questions = live_questions(data)
        wanted = self.controller.question_id
        for q in questions:
            if q.id == wanted:
                return q
        return questions[0] if questions else None

    def refresh_now(self) -> Snapshot:
        """Analyse the current question at once and emit ``updated``."""
        self._pending = False
        started = time.perf_counter()
        try:
            data = self.controller.session_data()
        except WorkshopError as exc:
            log.warning("could not read the session for live results: %s", exc)
            data = None
        question = self.current_question(data)
        options: list[Option] = []
        result = None
        if data is not None and question is not None:
            options = [o for o in data.options_of(question.id) if not o.deleted]
            result = analyse_question(
                question, options, data.ballots_of(question.id), data.participants,
                by=self.by, min_group_size=self.min_group_size, bootstrap=0, comments=data.comments,
            )
        self.computations += 1
        self.snapshot = Snapshot(data, question, options, result, time.perf_counter() - started)
        self.updated.emit(self.snapshot)
        return self.snapshot
