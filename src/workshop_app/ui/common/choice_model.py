"""A list of participants to pick from (capture, comments), with "anonymous" first."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from ...domain.model import Participant
from .record_model import Index, update_rows
from .style import OK, icon
from .vocab import group_label


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class ParticipantChoiceModel(QAbstractListModel):
    """Row 0 is "no one / anonymous" (id None); then the participants, answered ones ticked."""

    def __init__(self, none_label: str, parent: QObject | None = None):
        super().__init__(parent)
        self.none_label = none_label
        self._people: list[Participant] = []
        self.answered: set[str] = set()

    def set_participants(self, people: list[Participant], answered: set[str] | None = None) -> None:
        people = list(people)
        self.answered = set(answered or ())

        def assign() -> None:
            self._people = people

        update_rows(self, [""] + [p.id for p in self._people], [""] + [p.id for p in people], assign)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people) + 1

    def participant_id(self, row: int) -> str | None:
        return None if row <= 0 or row > len(self._people) else self._people[row - 1].id

    def row_of(self, participant_id: str | None) -> int:
        if participant_id is None:
            return 0
        return next((n + 1 for n, p in enumerate(self._people) if p.id == participant_id), 0)

    def ids(self) -> list[str]:
        return [p.id for p in self._people]

    def text(self, row: int) -> str:
        if row == 0:
            return self.none_label
        p = self._people[row - 1]
        extra = p.organisation or group_label(p.stakeholder_group)
        name = p.display_name()
        return f"{name} — {extra}" if extra and extra != name else name

    def find(self, typed: str) -> int:
        """The row best matching what was typed: exact, then starting with it, then containing it."""
        needle = _fold(typed.strip())
        if not needle:
            return -1
        texts = [_fold(self.text(r)) for r in range(self.rowCount())]
        for test in (lambda t: t == needle, lambda t: t.startswith(needle), lambda t: needle in t):
            for row, t in enumerate(texts):
                if test(t):
                    return row
        return -1

    def match_typed(self, typed: str) -> tuple[int, int]:
        """(row, how many rows match) for a typed name: an exact name or text, else a unique part of one.

        Nothing typed is row 0 (no one). The row is -1 when nothing or more than one row matches.
        Not named ``match``: that is QAbstractItemModel's, which QComboBox.findText calls.
        """
        needle = _fold(typed.strip())
        if not needle:
            return 0, 1
        exact = [r for r in range(self.rowCount()) if needle in (_fold(self.text(r)), _fold(self._name(r)))]
        if len(exact) == 1:
            return exact[0], 1
        contains = [r for r in range(self.rowCount()) if needle in _fold(self.text(r))]
        return (contains[0] if len(contains) == 1 else -1), len(contains)

    def _name(self, row: int) -> str:
        return self.none_label if row == 0 else self._people[row - 1].display_name()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row)
        if role == Qt.ItemDataRole.DecorationRole:
            if row == 0:
                return icon("anonymous")
            if self._people[row - 1].id in self.answered:
                return icon("check", OK)
            return icon("mdi6.circle-small")
        if role == Qt.ItemDataRole.UserRole:
            return self.participant_id(row)
        return None


class ParticipantPicker(QObject):
    """Enter in an editable participant box picks what was typed, however Qt routes the key.

    A real Enter goes to the focused QComboBox (or, while the completion list is open, to that
    list), never through an event filter on the box's line edit. Both paths end here: the row the
    completion list has current, else an exact or unique partial match of the text. ``picked``
    gives the row (the box is already on it); ``unmatched`` gives the text and how many rows match
    (0 or several): the box keeps the focus and the text, to correct it.
    """

    picked = Signal(int)
    unmatched = Signal(str, int)

    def __init__(self, box: QComboBox, model: ParticipantChoiceModel):
        super().__init__(box)
        self.box, self.model = box, model
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setModel(model)
        self.completer = QCompleter(model, box)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        box.setCompleter(self.completer)
        box.installEventFilter(self)  # Enter with no list open: the box has the focus
        # Enter with the completion list open goes to the list, where QCompleter's own filter would hand
        # it to the line edit's event() directly; this filter, installed after it, runs first
        self.completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched in (self.box, self.completer.popup()) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.choose()
            return True  # not to the view behind it (capture would save the ballot)
        if (watched is self.box and event.type() == QEvent.Type.FocusOut
                and event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)):
            self.settle()
        return super().eventFilter(watched, event)

    def settle(self) -> None:
        """Leaving the box (Tab, a click elsewhere): a typed name that is not picked yet is picked, or undone.

        The box never shows one name while the answer goes to another.
        """
        typed = self.box.lineEdit().text()
        if typed == self.model.text(self.box.currentIndex()):
            return
        row, count = self.model.match_typed(typed)
        if row >= 0 and row != self.box.currentIndex():
            self.box.setCurrentIndex(row)
        elif row < 0:
            self.unmatched.emit(typed.strip(), count)
        self.box.lineEdit().setText(self.model.text(self.box.currentIndex()))

    def choose(self) -> None:
        popup = self.completer.popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if current.isValid():
            row = self.completer.completionModel().mapToSource(current).row()
            count = 1
        else:
            row, count = self.model.match_typed(self.box.lineEdit().text())
        if row < 0:
            self.unmatched.emit(self.box.lineEdit().text().strip(), count)
            return
        popup.hide()
        if row != self.box.currentIndex():
            self.box.setCurrentIndex(row)
        self.box.lineEdit().setText(self.model.text(row))
        self.picked.emit(row)
