"""Entering one ranking three ways at once: typing numbers, clicking options, dragging them.

All three views draw from one :class:`RankingState`, so whatever is used last shows everywhere.
Typing: "3 1 5" ranks options 3, 1 and 5; "3=1 5" ties 3 and 1 first. Clicking: options in
order; Shift+click (or the "=" toggle) ties with the previous one; clicking a ranked option
removes it. Dragging: between "Not ranked" and "Ranked"; onto an option to tie; Ctrl+Up/Down,
"=" and Delete do the same from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ...domain.model import Ballot, Option, Question
from ...domain.rules import ValidationError
from ..common.style import ACCENT, MUTED, icon, isolate, label
from .ballots_model import option_code
from .ranking_model import PoolListModel, RankedListModel, RankingState


def rank_icon(rank: int):
    name = f"mdi6.numeric-{rank}-circle" if rank <= 9 else "mdi6.numeric-9-plus-circle"
    return icon(name, ACCENT)


class RankedListView(QListView):
    """The ranked list, with keyboard moves: Ctrl+Up/Down, "=" to tie, Delete to un-rank."""

    def __init__(self, state: RankingState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if not index.isValid():
            super().keyPressEvent(event)
            return
        oid = index.data(Qt.ItemDataRole.UserRole)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.state.move(oid, -1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Equal:
            self.state.toggle_tie_with_previous(oid)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.state.remove(oid)
        else:
            super().keyPressEvent(event)
            return
        ids = self.state.ranked()
        if oid in ids:
            self.setCurrentIndex(self.model().index(ids.index(oid), 0))


class OptionButton(QPushButton):
    """An option to click; its text is shortened with "…" when the column is narrow (full text in the tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(160, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 320), hint.height())

    def resizeEvent(self, event) -> None:
        room = self.width() - self.iconSize().width() - 40
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(room, 40)))
        super().resizeEvent(event)


def _drag_list(view: QListView) -> QListView:
    view.setWordWrap(False)
    view.setUniformItemSizes(True)  # with no horizontal scroll bar, long labels end in "…"
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.CopyAction)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSpacing(3)
    view.setIconSize(QSize(20, 20))
    return view


class RankingEntry(QWidget):
    """The ranking editor of the capture view."""

    changed = Signal()
    problem = Signal(str)  # an input problem to show ("" when there is none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = RankingState(self)
        self.question: Question | None = None
        self._typed_error = ""
        self._buttons: dict[str, QPushButton] = {}

        self.typed = QLineEdit()
        self.typed.setObjectName("typedOrder")
        self.typed.setPlaceholderText(self.tr("Type option numbers, e.g. 3 1 5 — “=” for a tie: 3=1 5"))
        self.typed.setAccessibleName(self.tr("Order typed as option numbers"))
        self.typed.textEdited.connect(self._typed_edited)

        self.tie_next = QPushButton(icon("mdi6.equal"), self.tr("Tie next click"))
        self.tie_next.setCheckable(True)
        self.tie_next.setToolTip(self.tr("The next option clicked ties with the one before (or Shift+click)"))
        self.buttons_box = QVBoxLayout()
        self.buttons_box.setSpacing(6)

        self.ranked_model = RankedListModel(self.state, self)
        self.pool_model = PoolListModel(self.state, self)
        self.ranked_view = _drag_list(RankedListView(self.state))
        self.ranked_view.setModel(self.ranked_model)
        self.ranked_view.setAccessibleName(self.tr("Ranked options"))
        self.pool_view = _drag_list(QListView())
        self.pool_view.setModel(self.pool_model)
        self.pool_view.setAccessibleName(self.tr("Options not ranked"))
        self.pool_view.doubleClicked.connect(lambda i: self.state.toggle(i.data(Qt.ItemDataRole.UserRole)))
        self.ranked_view.doubleClicked.connect(lambda i: self.state.remove(i.data(Qt.ItemDataRole.UserRole)))

        self._layout()
        self.state.changed.connect(self._state_changed)
        self.state.refused.connect(self.problem)

    def _layout(self) -> None:
        click_col = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Click in order"), "subheading"))
        head.addStretch(1)
        head.addWidget(self.tie_next)
        click_col.addLayout(head)
        click_col.addLayout(self.buttons_box)
        click_col.addStretch(1)

        drag_col = QGridLayout()
        drag_col.addWidget(label(self.tr("Ranked"), "subheading"), 0, 0)
        drag_col.addWidget(label(self.tr("Drag to reorder; drop onto an option to tie."), "hint", wrap=True), 1, 0)
        drag_col.addWidget(self.ranked_view, 2, 0)
        drag_col.addWidget(label(self.tr("Not ranked"), "subheading"), 3, 0)
        drag_col.addWidget(self.pool_view, 4, 0)
        drag_col.setRowStretch(2, 3)
        drag_col.setRowStretch(4, 2)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(click_col, 1)
        columns.addLayout(drag_col, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(label(self.tr("Type the order"), "subheading"))
        outer.addWidget(self.typed)
        outer.addLayout(columns, 1)
        self.setTabOrder(self.typed, self.tie_next)

    # -- loading -------------------------------------------------------------------------------
    def load(self, question: Question, options: list[Option], ballot: Ballot | None) -> None:
        self.question = question
        for button in self._buttons.values():
            self.buttons_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = {}
        previous = self.tie_next
        for n, option in enumerate(options):
            text = f"{n + 1}.  " + isolate(f"{option_code(option, n + 1)} · {option.label}" if option.key
                                           else option.label)
            button = OptionButton(text)
            button.setProperty("role", "option")
            button.setCheckable(True)
            button.setIconSize(QSize(22, 22))
            button.clicked.connect(lambda _=False, oid=option.id: self._clicked(oid))
            self.buttons_box.addWidget(button)
            if self.isVisible():
                button.show()
            self._buttons[option.id] = button
            self.setTabOrder(previous, button)
            previous = button
        self.setTabOrder(previous, self.ranked_view)
        self.setTabOrder(self.ranked_view, self.pool_view)
        tiers = ballot.ranking if ballot is not None and ballot.ranking else []
        self._typed_error = ""
        self.state.reset(options, question.top_n, tiers)

    def clear(self) -> None:
        self._typed_error = ""
        self.state.clear()
        self.typed.clear()
        self.problem.emit("")

    def focus_entry(self) -> None:
        self.typed.setFocus()
        self.typed.selectAll()

    # -- the three inputs ----------------------------------------------------------------------
    def _typed_edited(self, text: str) -> None:
        try:
            tiers = self.state.parse(text)
        except ValidationError as exc:
            self._typed_error = error_text(exc)
            self.problem.emit(self._typed_error)
            return
        self._typed_error = ""
        self.problem.emit("")
        self.state.set_tiers(tiers)

    def _clicked(self, option_id: str) -> None:
        shift = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self._typed_error = ""
        self.problem.emit("")
        self.state.toggle(option_id, tie=bool(shift) or self.tie_next.isChecked())
        self.tie_next.setChecked(False)
        self._state_changed()  # a refused click must still un-check its button

    def _state_changed(self) -> None:
        if not self._typed_error:
            try:
                same = self.state.parse(self.typed.text()) == self.state.tiers
            except ValidationError:
                same = False
            if not same:
                self.typed.setText(self.state.typed_text())
        for oid, button in self._buttons.items():
            rank = self.state.rank_of(oid)
            button.setChecked(rank is not None)
            button.setIcon(rank_icon(rank) if rank is not None else icon("mdi6.circle-outline", MUTED))
        self.changed.emit()

    # -- the answer ----------------------------------------------------------------------------
    def answer(self) -> dict:
        """The ballot fields for what is on screen; raises ValidationError when it cannot be saved."""
        if self._typed_error:
            raise ValidationError(self._typed_error)
        if not self.state.tiers:
            raise ValidationError(self.tr("The ranking is empty: put at least one option first."))
        return {"ranking": [list(t) for t in self.state.tiers], "points": None, "ratings": None}
