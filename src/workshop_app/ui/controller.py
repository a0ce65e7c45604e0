"""The open file as the GUI sees it: one object every view shares, adapting the session service to Qt.

Views never touch SQL. They read through :meth:`AppController.session_data` (cached, refreshed
after every commit) and write through :meth:`save` / :meth:`delete`, which push an undoable
command: the first ``redo()`` of a command is the commit itself, so undo/redo works across views
and every step is its own committed transaction. A failed commit emits ``writeFailed`` with one
sentence and returns False; the view keeps what the user typed.

Every commit goes through the file's :class:`~workshop_app.services.SessionService` (origin
"gui" for the facilitator's own steps). The controller subscribes to it, so a write from anyone
else — an import, a merge into this file, a phone, on any thread — reaches the views as the same
``dataChanged`` signal, on the GUI thread (a queued signal), and never goes on the undo stack.
"""

from __future__ import annotations

import copy
import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import WorkshopError
from ..domain.model import Record, SessionData
from ..domain.rules import ValidationError
from ..services import Changes, SessionService, service_for
from ..storage import SessionFile

log = logging.getLogger(__name__)


class _RecordCommand(QUndoCommand):
    """Store ``after`` (a new version); undo stores ``before`` again (or tombstones a new record)."""

    def __init__(self, controller: AppController, before: Record | None, after: Record, text: str):
        super().__init__(text)
        self.controller = controller
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.ok = True
        self.redos = 0  # the first is the commit itself, when the step is pushed

    def _store(self, record: Record) -> None:
        self.ok = self.controller._commit(copy.deepcopy(record))
        if not self.ok:
            # Nothing reached the disk: an obsolete command is dropped by the stack (push/undo/redo).
            self.setObsolete(True)

    def redo(self) -> None:
        self.redos += 1
        self._store(self.after)

    def undo(self) -> None:
        if self.before is None:
            gone = copy.deepcopy(self.after)
            gone.deleted = True
            self._store(gone)
        else:
            self._store(self.before)


def _record_command(command: QUndoCommand | None) -> _RecordCommand | None:
    """The first record step of a step (itself, or the first of a macro's children)."""
    while command is not None and not isinstance(command, _RecordCommand):
        command = command.child(0) if command.childCount() else None
    return command


GUI = "gui"  # the origin of the facilitator's own writes (Changes.origin)


class AppController(QObject):
    dataChanged = Signal(str)  # the table that changed ("ballots", "comments", ...), or "" for everything
    sessionChanged = Signal(str)  # the current session's id
    questionSelected = Signal(str)  # the question on screen; the presenter window follows it
    saved = Signal(object)  # datetime of the last commit
    writeFailed = Signal(str)  # one sentence: the change was NOT saved
    validationFailed = Signal(str)  # one sentence: the input breaks a rule, nothing was saved
    undone = Signal(str)  # the step just undone ("Ballot of Amina Diallo"), once it is on disk
    redone = Signal(str)  # the step just redone
    # The service's Changes, from whichever thread wrote: an AutoConnection calls _apply_changes
    # at once on the GUI thread, and queues it there from any other thread.
    _changesArrived = Signal(object)

    def __init__(self, file: SessionFile, parent: QObject | None = None):
        super().__init__(parent)
        self.file = file
        self.service: SessionService = service_for(file)
        self._changesArrived.connect(self._apply_changes)
        self._leave = self.service.subscribe(self._changesArrived.emit)
        self._cache_seq = 0  # the service's last commit the cache holds
        self.undo_stack = QUndoStack(self)
        self._step = 0  # the stack's index as last seen: below it an undo, above it a redo (or a new step)
        self._clearing = False
        self.undo_stack.indexChanged.connect(self._step_moved)
        self.session_id: str | None = None
        self.question_id: str | None = None
        self._cache: SessionData | None = None
        self.last_error: str | None = None
        sessions = file.sessions()
        if sessions:
            self.session_id = sessions[0].id

    # -- reading -------------------------------------------------------------------------------
    def session_data(self) -> SessionData | None:
        if self.session_id is None:
            return None
        if self._cache is None:
            with self.service.reading():  # the data and the number of the last commit in it agree
                self._cache_seq = self.service.seq
                self._cache = self.file.load_session(self.session_id)
        return self._cache

    def set_session(self, session_id: str) -> None:
        self.session_id = session_id
        self._cache = None
        self._clear_steps()
        self.sessionChanged.emit(session_id)
        self.dataChanged.emit("")

    def replace_file(self, file: SessionFile) -> None:
        """Continue in another file (a copy saved elsewhere after a failed write); same session ids."""
        if file is not self.file:
            self._leave()
            self.file = file
            self.service = service_for(file)
            self._leave = self.service.subscribe(self._changesArrived.emit)
        self._reload()

    def _reload(self) -> None:
        """Read everything again (another file, or one changed as a whole by an import or a merge)."""
        file = self.file
        self._cache = None
        self._clear_steps()  # its steps belong to the old file
        sessions = file.sessions()
        if self.session_id not in {s.id for s in sessions}:
            self.session_id = sessions[0].id if sessions else None
        self.sessionChanged.emit(self.session_id or "")
        self.dataChanged.emit("")

    def _clear_steps(self) -> None:
        self._clearing = True
        try:
            self.undo_stack.clear()
        finally:
            self._clearing = False
        self._step = 0

    def select_question(self, question_id: str | None) -> None:
        if question_id != self.question_id:
            self.question_id = question_id
            self.questionSelected.emit(question_id or "")

    # -- writing -------------------------------------------------------------------------------
    def save(self, record: Record, text: str = "") -> bool:
        """Commit ``record`` (new or edited) as an undoable step. False when nothing was saved."""
        before = self.file.get(type(record), record.id)
        if before is not None and before.hash == record.hash:
            return True
        command = _RecordCommand(self, before, record, text or self.tr("Edit"))
        self.undo_stack.push(command)  # push() runs redo(): the commit
        return command.ok

    def save_many(self, records: list[Record], text: str) -> bool:
        """Several records as one undoable step (e.g. importing an attendance sheet)."""
        self.undo_stack.beginMacro(text)
        ok = all(self.save(r, text) for r in records)
        self.undo_stack.endMacro()
        return ok

    def _step_moved(self, index: int) -> None:
        """Tell which step an undo or redo (menu, Ctrl+Z, the status line) just stored again."""
        before, self._step = self._step, index
        if self._clearing or index == before or self.last_error is not None:
            return  # a failed undo or redo says so itself (writeFailed)
        if index < before:
            self.undone.emit(self.undo_stack.text(index))
            return
        step = _record_command(self.undo_stack.command(index - 1))
        if step is not None and step.redos > 1:  # the first redo() of a step is its commit, not a redo
            self.redone.emit(self.undo_stack.text(index - 1))

    def delete(self, record: Record, text: str = "") -> bool:
        gone = copy.deepcopy(self.file.get(type(record), record.id) or record)
        gone.deleted = True
        return self.save(gone, text or self.tr("Delete"))

    def _commit(self, record: Record) -> bool:
        self.last_error = None
        try:
            self.service.save(record, origin=GUI)  # the cache and the views follow in _apply_changes
        except ValidationError as exc:
            self.last_error = str(exc)
            self.validationFailed.emit(str(exc))
            return False
        except WorkshopError as exc:
            self.last_error = str(exc)
            log.warning("write failed: %s", exc)
            self.writeFailed.emit(str(exc))
            return False
        return True

    def _apply_changes(self, changes: Changes) -> None:
        """A commit through the service, from this controller or any other writer: on the GUI thread."""
        if changes.path != self.file.path:
            return  # queued before replace_file: about the old file
        if changes.full_reload:
            self._reload()  # an import or merge: its steps are not undoable, and the older ones are dropped
            return
        if self._cache is not None and changes.seq > self._cache_seq:
            if changes.seq == self._cache_seq + 1:  # the next commit after the cache: patch it
                for record in changes.records:
                    self._patch_cache(record)
                self._cache_seq = changes.seq
            else:  # a commit in between not seen yet (another thread): read again
                self._cache = None
        if changes.origin == GUI:
            self.saved.emit(self.file.last_commit or datetime.now())
        for table in sorted(changes.tables):
            self.dataChanged.emit(table)

    # Lists of SessionData kept in insertion (rowid) order, which a patch can follow exactly.
    _PATCHABLE = {"participants": "participants", "ballots": "ballots", "comments": "comments"}

    def _patch_cache(self, record: Record) -> None:
        """Bring the cached session up to date with one committed record, without re-reading it all.

        Only when the result is what a fresh load would give: an edit or deletion of a record
        in a list kept in insertion order, or a brand-new record (appended last, as its row is).
        Anything else (questions and options, which are ordered by position; a record coming
        back from a deletion) drops the cache, and the next read loads the session again.
        """
        data = self._cache
        name = self._PATCHABLE.get(record.TABLE)
        if data is None or name is None or getattr(record, "session", None) != data.session.id:
            self._cache = None
            return
        items = getattr(data, name)
        at = next((n for n, r in enumerate(items) if r.id == record.id), None)
        if at is not None and record.deleted:
            del items[at]
        elif at is not None:
            items[at] = copy.deepcopy(record)
        elif not record.deleted and record.rev == 1:
            items.append(copy.deepcopy(record))
        elif not record.deleted:
            self._cache = None  # restored after a deletion: its place in the list is its old row

