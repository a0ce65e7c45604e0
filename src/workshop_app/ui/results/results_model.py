"""The results table as a Qt model: one row per option, columns chosen by the question's kind.

Ranking questions show position, option, Borda score, mean rank, first preferences, Schulze
position and the dissent flag; points and rating questions show totals, means, medians and
spread. The model holds an analysis result (``RankingResult`` / ``ScoreResult``) and never
computes anything itself, so the figures are the ones the CLI and the Word export print.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...analysis import OptionRanking, OptionScore, RankingResult, ScoreResult
from ..common.style import isolate

Index = QModelIndex | QPersistentModelIndex
Row = OptionRanking | OptionScore


def option_text(key: str | None, label: str) -> str:
    """How an option is named on screen: its framework key (when it has one) and its label."""
    return isolate(f"{key} · {label}" if key else label)


class ResultsTableModel(QAbstractTableModel):
    """Rows of a ranking or score result; ``set_result(None)`` empties it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._result: RankingResult | ScoreResult | None = None
        self._rows: list[Row] = []
        self._columns: list[tuple[str, str, Callable[[Row], Any]]] = []
        self._locale = QLocale()

    # -- content -------------------------------------------------------------------------------
    @property
    def result(self) -> RankingResult | ScoreResult | None:
        return self._result

    def set_result(self, result: Any) -> None:
        """Show ``result``; anything that is not a ranking or score result empties the table."""
        self.beginResetModel()
        if isinstance(result, RankingResult | ScoreResult):
            self._result = result
            self._rows = list(result.options)
            self._columns = self._ranking_columns() if isinstance(result, RankingResult) else self._score_columns(result)
        else:
            self._result = None
            self._rows = []
            self._columns = []
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def column_titles(self) -> list[str]:
        return [title for title, _, _ in self._columns]

    def _num(self, value: float | None, digits: int = 2) -> str:
        return "–" if value is None else self._locale.toString(float(value), "f", digits)

    def _int(self, value: int) -> str:
        return self._locale.toString(int(value))

    def _ranking_columns(self) -> list[tuple[str, str, Callable[[Row], Any]]]:
        return [
            (self.tr("Position"), self.tr("Final position (by Borda score, ties broken by Schulze)"),
             lambda r: self._int(r.position)),
            (self.tr("Option"), "", lambda r: option_text(r.key, r.label)),
            (self.tr("Borda"), self.tr("One point for every option it was ranked above, on each ballot"),
             lambda r: self._int(r.borda)),
            (self.tr("Mean rank"), self.tr("Average position among those who ranked it (1 = first)"),
             lambda r: self._num(r.mean_rank)),
            (self.tr("First preferences"), self.tr("How many ballots put it first"),
             lambda r: self._int(r.first_preferences)),
            (self.tr("Schulze"), self.tr("Position under the Schulze method (pairwise comparisons)"),
             lambda r: self._int(r.schulze_rank)),
            (self.tr("Dissent"), self.tr("Divided: participants placed it very differently"),
             lambda r: self.tr("divided") if r.dissent else ""),
        ]

    def _score_columns(self, result: ScoreResult) -> list[tuple[str, str, Callable[[Row], Any]]]:
        cols: list[tuple[str, str, Callable[[Row], Any]]] = [
            (self.tr("Position"), self.tr("Order by total (points) or mean (rating)"), lambda r: self._int(r.position)),
            (self.tr("Option"), "", lambda r: option_text(r.key, r.label)),
        ]
        if result.kind == "points":
            cols.append((self.tr("Total"), self.tr("Points given to it on all ballots"), lambda r: self._int(r.total)))
            cols.append((self.tr("Share"), self.tr("Share of all points given"),
                         lambda r: "–" if r.share is None else self._num(100 * r.share, 0) + "%"))
        cols += [
            (self.tr("Mean"), "", lambda r: self._num(r.mean)),
            (self.tr("Median"), "", lambda r: self._num(r.median, 1)),
            (self.tr("Spread"), self.tr("Standard deviation"), lambda r: self._num(r.sd)),
            (self.tr("Responses"), "", lambda r: self._int(r.responses)),
        ]
        return cols

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        title, tip, getter = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getter(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 1:
                return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return option_text(row.key, row.label)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(row, OptionRanking) and row.dissent:
            return self.tr("Participants were divided on this option: their positions for it are widely spread.")
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self._columns):
            return None
        title, tip, _ = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return tip
        return None


class ResultWords(QObject):
    """Translated sentences about a result: the reading of Kendall's W, ballot counts."""

    def band(self, key: str) -> str:
        """A band of Kendall's W (the analysis's key) in the interface language."""
        return {
            "very_weak": self.tr("very weak agreement"),
            "weak": self.tr("weak agreement"),
            "moderate": self.tr("moderate agreement"),
            "strong": self.tr("strong agreement"),
            "very_strong": self.tr("very strong agreement"),
        }[key]

    def kendall_line(self, result: RankingResult) -> str:
        k = result.kendall
        if k.w is None:
            if k.note == "too_few":
                return self.tr("Agreement (Kendall's W) needs at least 3 complete ballots; there are %n.", "",
                               k.ballots)
            if k.note == "one_option":
                return self.tr("Only one option: there is nothing to agree on.")
            return self.tr("Every complete ballot ties all options: agreement cannot be measured.")
        locale = QLocale()
        p = self.tr("p < 0.001") if (k.p_value or 0) < 0.001 else self.tr("p = %1").replace(
            "%1", locale.toString(float(k.p_value or 0), "f", 3))
        return self.tr("Kendall's W = %1: %2 (%3, over %Ln complete ballots).", "", k.ballots).replace(
            "%1", locale.toString(k.w, "f", 2)).replace("%2", self.band(k.band)).replace("%3", p)

    def ballots_line(self, count: int) -> str:
        return self.tr("%n ballots", "", count)

    def hidden_line(self, hidden: int, min_size: int) -> str:
        if not hidden:
            return self.tr("Groups smaller than %1 are not shown on their own; they are counted in “Other”.").replace(
                "%1", str(min_size))
        return self.tr("%n ballots from groups smaller than %1 are not shown separately.", "", hidden).replace(
            "%1", str(min_size))
