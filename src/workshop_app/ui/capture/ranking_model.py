"""One ranking being entered, shared by the three ways of entering it.

:class:`RankingState` holds the order as tiers of option ids (a tie is a tier of several). The
typed field, the option buttons and the drag-and-drop lists all change it and all redraw from it,
so they can never disagree. The two list models let options be dragged between "ranked" and "not
ranked"; dropping *onto* a ranked option ties with it, dropping *between* two puts it there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, Qt, Signal

from ...domain.model import Option
from ...domain.rules import ValidationError, format_typed_order, parse_typed_order
from ..common.record_model import Index
from ..common.style import isolate
from .ballots_model import option_code

MIME = "application/x-workshop-option"


class RankingState(QObject):
    changed = Signal()
    refused = Signal(str)  # a step that would break the question's rules, e.g. beyond the top N

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.options: list[Option] = []
        self.tiers: list[list[str]] = []
        self.top_n: int | None = None

    # -- reading -------------------------------------------------------------------------------
    def number_of(self, option_id: str) -> int:
        return next(n + 1 for n, o in enumerate(self.options) if o.id == option_id)

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def ranked(self) -> list[str]:
        return [oid for tier in self.tiers for oid in tier]

    def unranked(self) -> list[str]:
        ranked = set(self.ranked())
        return [o.id for o in self.options if o.id not in ranked]

    def tier_of(self, option_id: str) -> int:
        return next((t for t, tier in enumerate(self.tiers) if option_id in tier), -1)

    def rank_of(self, option_id: str) -> int | None:
        """Competition rank: two options tied first are both 1, the next one is 3."""
        before = 0
        for tier in self.tiers:
            if option_id in tier:
                return before + 1
            before += len(tier)
        return None

    def is_tied(self, option_id: str) -> bool:
        t = self.tier_of(option_id)
        return t >= 0 and len(self.tiers[t]) > 1

    def typed_text(self) -> str:
        numbers = {o.id: n + 1 for n, o in enumerate(self.options)}
        return format_typed_order([[numbers[i] for i in tier] for tier in self.tiers])

    def parse(self, text: str) -> list[list[str]]:
        """Tiers of ids from typed numbers; raises ValidationError with the problem."""
        numbers = parse_typed_order(text, len(self.options))
        count = sum(len(t) for t in numbers)
        if self.top_n is not None and count > self.top_n:
            raise ValidationError(self.tr("This question asks for the top {n} only.").format(n=self.top_n))
        return [[self.options[n - 1].id for n in tier] for tier in numbers]

    # -- changing ------------------------------------------------------------------------------
    def reset(self, options: list[Option], top_n: int | None, tiers: list[list[str]] | None = None) -> None:
        self.options = list(options)
        self.top_n = top_n
        valid = {o.id for o in self.options}
        self.tiers = [[i for i in t if i in valid] for t in (tiers or [])]
        self.tiers = [t for t in self.tiers if t]
        self.changed.emit()

    def set_tiers(self, tiers: list[list[str]]) -> None:
        tiers = [list(t) for t in tiers if t]
        if tiers != self.tiers:
            self.tiers = tiers
            self.changed.emit()

    def _room_for(self, option_id: str) -> bool:
        if option_id in self.ranked() or self.top_n is None or len(self.ranked()) < self.top_n:
            return True
        self.refused.emit(self.tr("This question asks for the top {n} only.").format(n=self.top_n))
        return False

    def _without(self, option_id: str) -> list[list[str]]:
        return [t for t in ([i for i in tier if i != option_id] for tier in self.tiers) if t]

    def toggle(self, option_id: str, *, tie: bool = False) -> None:
        """A click: an unranked option goes last (or ties with the last); a ranked one leaves."""
        if option_id in self.ranked():
            self.set_tiers(self._without(option_id))
            return
        if not self._room_for(option_id):
            return
        tiers = [list(t) for t in self.tiers]
        if tie and tiers:
            tiers[-1].append(option_id)
        else:
            tiers.append([option_id])
        self.set_tiers(tiers)

    def place(self, option_id: str, *, before: str | None = None, tie_with: str | None = None) -> None:
        """Put an option before another's tier, in another's tier, or (neither) last."""
        if option_id in (before, tie_with):
            return
        if not self._room_for(option_id):
            return
        tiers = self._without(option_id)
        if tie_with is not None:
            for tier in tiers:
                if tie_with in tier:
                    tier.append(option_id)
        elif before is not None:
            at = next((t for t, tier in enumerate(tiers) if before in tier), len(tiers))
            tiers.insert(at, [option_id])
        else:
            tiers.append([option_id])
        self.set_tiers(tiers)

    def remove(self, option_id: str) -> None:
        self.set_tiers(self._without(option_id))

    def move(self, option_id: str, step: int) -> None:
        """Move an option's tier one place up (-1) or down (+1), keyboard style."""
        t = self.tier_of(option_id)
        if t < 0:
            return
        tiers = [list(x) for x in self.tiers]
        if len(tiers[t]) > 1:  # leave the tie, as a tier of its own just above or below it
            tiers[t].remove(option_id)
            tiers.insert(t if step < 0 else t + 1, [option_id])
        elif 0 <= t + step < len(tiers):
            tiers[t], tiers[t + step] = tiers[t + step], tiers[t]
        else:
            return
        self.set_tiers(tiers)

    def toggle_tie_with_previous(self, option_id: str) -> None:
        """"=": join the tier above, or leave a tie."""
        t = self.tier_of(option_id)
        if t < 0:
            return
        tiers = [list(x) for x in self.tiers]
        if len(tiers[t]) > 1:
            tiers[t].remove(option_id)
            tiers.insert(t + 1, [option_id])
        elif t > 0:
            tiers[t - 1].append(option_id)
            del tiers[t]
        self.set_tiers(tiers)

    def clear(self) -> None:
        self.set_tiers([])


class _OptionListModel(QAbstractListModel):
    """Shared drag-and-drop plumbing: rows are option ids; drops change the state, never rows."""

    def __init__(self, state: RankingState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._ids: list[str] = []
        state.changed.connect(self._refresh)

    def _current(self) -> list[str]:
        raise NotImplementedError

    def _refresh(self) -> None:
        self.beginResetModel()
        self._ids = self._current()
        self.endResetModel()

    def option_id(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def label(self, option_id: str) -> str:
        o = self.state.option(option_id)
        n = self.state.number_of(option_id)
        code = option_code(o, n)
        return f"{n} · {isolate(f'{code} {o.label}' if o.key else o.label)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        oid = self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(oid)
        if role == Qt.ItemDataRole.UserRole:
            return oid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(MIME, QByteArray(self._ids[indexes[0].row()].encode("utf-8")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction  # the state moves the option; the view must not delete rows

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    @staticmethod
    def dropped_id(data: QMimeData) -> str | None:
        if not data.hasFormat(MIME):
            return None
        return bytes(data.data(MIME).data()).decode("utf-8")


class RankedListModel(_OptionListModel):
    """The ranked options in order; the rank shows in front, with "=" on a tie."""

    def _current(self) -> list[str]:
        return self.state.ranked()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            oid = self._ids[index.row()]
            rank = self.state.rank_of(oid)
            mark = "=" if self.state.is_tied(oid) else ""
            o = self.state.option(oid)
            code = option_code(o, self.state.number_of(oid))
            return f"{rank}{mark}   {isolate(f'{code} · {o.label}' if o.key else o.label)}"
        return super().data(index, role)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        oid = self.dropped_id(data)
        if oid is None:
            return False
        if row < 0 and parent.isValid():
            self.state.place(oid, tie_with=self._ids[parent.row()])
        elif 0 <= row < len(self._ids):
            target = self._ids[row]
            if target == oid:  # dropped just above itself: nothing moves
                return True
            self.state.place(oid, before=target)
        else:
            self.state.place(oid)
        return True


class PoolListModel(_OptionListModel):
    """The options not ranked yet, in their own order; dropping here un-ranks."""

    def _current(self) -> list[str]:
        return self.state.unranked()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        oid = self.dropped_id(data)
        if oid is None:
            return False
        self.state.remove(oid)
        return True
