"""Results on screen: the chart, the table and the plain-language reading of one question.

:class:`ResultsView` follows the controller's selected question and shows its live analysis
(:class:`~workshop_app.ui.results.results_live.LiveResults`): a chart from the shared chart module, the
table (a Qt model), Kendall's W with a one-line reading and the sentence on whether the methods
agree. The "By stakeholder group" switch shows the same per group, with small groups folded
away by the analysis engine's rule. :class:`ResultsPanel` (chart, table, reading) is reused by
the synthesis view.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis import OpenResult, RankingResult, ScoreResult
from ...analysis.groups import group_value, split_by_group
from ...domain.model import Ballot, Question, SessionData
from ...exports.terms import agreement_text
from ..app import ui_language
from ..common.style import isolate
from ..common.vocab import group_name, swot_labels
from ..controller import AppController
from .results_chart import CHART_BORDA, CHART_POSITIONS, ChartView, build_figure
from .results_live import GROUP_BY, LiveResults, Snapshot, live_questions
from .results_model import ResultsTableModel, ResultWords

log = logging.getLogger(__name__)


def group_ballots(data: SessionData, question: Question, by: str, min_size: int) -> dict[str, list[Ballot]]:
    """The question's ballots per shown group, under the analysis engine's small-group rule."""
    people = data.participant_by_id()
    ballots = [b for b in data.ballots_of(question.id) if not b.deleted]
    groups, _hidden = split_by_group(ballots, lambda b: group_value(people.get(b.participant or ""), by), by, min_size)
    return dict(groups)


class ResultsPanel(QWidget):
    """Chart (optional), table and reading of one result."""

    def __init__(self, parent: QWidget | None = None, *, with_chart: bool = True):
        super().__init__(parent)
        self.words = ResultWords(self)
        self.model = ResultsTableModel(self)
        self.chart_kind = CHART_BORDA
        self._last: tuple[object, list[Ballot], str] | None = None

        self.table = QTableView(self)
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)

        self.kendall = QLabel(self)
        self.kendall.setObjectName("kendallLine")
        self.kendall.setWordWrap(True)
        self.agreement = QLabel(self)
        self.agreement.setObjectName("agreementLine")
        self.agreement.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart: ChartView | None = None
        self.chart_buttons = QWidget(self)
        if with_chart:
            self.chart = ChartView(self)
            self._build_chart_switch()
            layout.addWidget(self.chart_buttons)
            layout.addWidget(self.chart, 1)
            layout.addWidget(self.table)
        else:
            self.chart_buttons.hide()
            layout.addWidget(self.table)
        layout.addWidget(self.kendall)
        layout.addWidget(self.agreement)
        layout.addWidget(self.note)

    def _build_chart_switch(self) -> None:
        row = QHBoxLayout(self.chart_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.borda_button = QPushButton(self.tr("Borda score"), self.chart_buttons)
        self.positions_button = QPushButton(self.tr("Positions"), self.chart_buttons)
        self.positions_button.setToolTip(self.tr("How many ballots put each option 1st, 2nd, 3rd…"))
        self._chart_group = QButtonGroup(self)
        for button in (self.borda_button, self.positions_button):
            button.setCheckable(True)
            button.setProperty("role", "chip")
            self._chart_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.borda_button.setChecked(True)
        self.borda_button.toggled.connect(lambda on: on and self.set_chart_kind(CHART_BORDA))
        self.positions_button.toggled.connect(lambda on: on and self.set_chart_kind(CHART_POSITIONS))

    def set_chart_kind(self, kind: str) -> None:
        if kind != self.chart_kind:
            self.chart_kind = kind
            if self._last is not None:
                self.show_result(*self._last)
                if self.chart is not None:
                    self.chart.flush()  # the user asked for it: no waiting

    def _fit_table_height(self, max_rows: int = 10) -> None:
        """The table takes the height of its rows (up to ``max_rows``), no more."""
        rows = min(self.model.rowCount(), max_rows)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height + 2)

    def show_result(self, result: object, ballots: list[Ballot], language: str = "en") -> None:
        self._last = (result, ballots, language)
        self.model.set_result(result)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        if self.model.columnCount() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_table_height()
        self.chart_buttons.setVisible(self.chart is not None and isinstance(result, RankingResult))
        if self.chart is not None:
            kind = self.chart_kind
            self.chart.show_later(lambda: build_figure(result, kind, ballots, language))
        self.kendall.setVisible(isinstance(result, RankingResult))
        self.agreement.setVisible(isinstance(result, RankingResult))
        if isinstance(result, RankingResult):
            self.kendall.setText(self.words.kendall_line(result))
            # The engine's English sentence, rebuilt from the same ranks in the interface language.
            self.agreement.setText(agreement_text(result, [o.label for o in result.options], ui_language()))
        notes = []
        if isinstance(result, RankingResult | ScoreResult) and result.ignored:
            notes.append(self.tr("%n ballots hold nothing usable for this question and are not counted.", "",
                                 result.ignored))
        if isinstance(result, RankingResult) and any(r.dissent for r in result.options):
            notes.append(self.tr("“divided”: participants placed this option very differently."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))


class ResultsView(QWidget):
    """The results of the selected question, live."""

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.words = ResultWords(self)
        self.live = LiveResults(controller, self)
        self._question_ids: list[str] = []
        self._group_keys: list[str | None] = []
        self._build()
        self.live.updated.connect(self._show)
        self.live.refresh_now()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.question_combo = QComboBox(self)
        self.question_combo.setObjectName("resultsQuestion")
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_combo.setMinimumContentsLength(30)
        self.question_combo.activated.connect(self._question_chosen)
        self.by_group = QCheckBox(self.tr("By stakeholder group"), self)
        self.by_group.setObjectName("byGroup")
        self.by_group.setToolTip(self.tr("Show the results of each stakeholder group; groups smaller than 3 "
                                         "are folded into “Other” or left out."))
        self.by_group.toggled.connect(self._by_group_toggled)
        top = QHBoxLayout()
        label = QLabel(self.tr("Question:"), self)
        label.setBuddy(self.question_combo)
        top.addWidget(label)
        top.addWidget(self.question_combo, 1)
        top.addWidget(self.by_group)

        self.prompt = QLabel(self)
        self.prompt.setObjectName("resultsPrompt")
        self.prompt.setProperty("role", "subheading")
        self.prompt.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setProperty("role", "hint")
        self.group_tabs = QTabBar(self)
        self.group_tabs.setObjectName("groupTabs")
        self.group_tabs.setExpanding(False)
        self.group_tabs.setDrawBase(False)
        self.group_tabs.currentChanged.connect(self._group_chosen)
        self.group_tabs.hide()
        self.group_note = QLabel(self)
        self.group_note.setProperty("role", "hint")
        self.group_note.setWordWrap(True)
        self.group_note.hide()

        self.panel = ResultsPanel(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("resultsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.open_summary = QLabel(self)
        self.open_summary.setObjectName("openSummary")
        self.open_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.open_summary.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for page in (self.panel, self.empty, self.open_summary):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addWidget(self.counts)
        layout.addWidget(self.group_tabs)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.group_note)

    # -- events --------------------------------------------------------------------------------
    def _question_chosen(self, index: int) -> None:
        if 0 <= index < len(self._question_ids):
            self.controller.select_question(self._question_ids[index])

    def _group_chosen(self, _index: int) -> None:
        self._show(self.live.snapshot)
        if self.panel.chart is not None:
            self.panel.chart.flush()  # the user asked for it: no waiting

    def _by_group_toggled(self, on: bool) -> None:
        self.group_tabs.setVisible(on)
        self.group_note.setVisible(on)
        self.live.set_by(GROUP_BY if on else None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.live.resume()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.live.pause()

    # -- showing -------------------------------------------------------------------------------
    def _sync_questions(self, data: SessionData | None, current: Question | None) -> None:
        questions = live_questions(data)
        ids = [q.id for q in questions]
        texts = [f"{n}. {isolate(q.prompt)}" for n, q in enumerate(questions, start=1)]
        if ids != self._question_ids or [self.question_combo.itemText(i) for i in range(self.question_combo.count())] != texts:
            self.question_combo.blockSignals(True)
            self.question_combo.clear()
            self.question_combo.addItems(texts)
            self.question_combo.blockSignals(False)
            self._question_ids = ids
        if current is not None and current.id in ids:
            self.question_combo.setCurrentIndex(ids.index(current.id))

    def _sync_groups(self, result: RankingResult | ScoreResult) -> str | None:
        """Refresh the group tabs; the key of the chosen group, or None for everyone."""
        chosen = self.group_tabs.currentIndex()
        chosen_key = self._group_keys[chosen] if 0 <= chosen < len(self._group_keys) else None
        keys: list[str | None] = [None] + [g.key for g in result.groups]  # "" is a group: not recorded
        texts = [self.tr("Everyone (%1)").replace("%1", str(result.ballots))] + [
            f"{group_name(g.key, result.by)} ({g.result.ballots})" for g in result.groups]
        self.group_tabs.blockSignals(True)
        while self.group_tabs.count() > len(texts):
            self.group_tabs.removeTab(self.group_tabs.count() - 1)
        for i, text in enumerate(texts):
            if i < self.group_tabs.count():
                self.group_tabs.setTabText(i, text)
            else:
                self.group_tabs.addTab(text)
        self._group_keys = keys
        index = keys.index(chosen_key) if chosen_key in keys else 0
        self.group_tabs.setCurrentIndex(index)
        self.group_tabs.blockSignals(False)
        self.group_note.setText(self.words.hidden_line(result.hidden_ballots, result.min_group_size))
        return keys[index]

    def _show(self, snapshot: Snapshot) -> None:
        data, question, result = snapshot.data, snapshot.question, snapshot.result
        self._sync_questions(data, question)
        if data is None or question is None:
            self.prompt.clear()
            self.counts.clear()
            self.empty.setText(self.tr("Open or create a session with questions to see results here."))
            self.stack.setCurrentWidget(self.empty)
            return
        self.prompt.setText(question.prompt)
        if isinstance(result, OpenResult):
            self._show_open(result)
            return
        assert isinstance(result, RankingResult | ScoreResult)
        self.counts.setText(self.words.ballots_line(result.ballots))
        self.group_tabs.setVisible(self.by_group.isChecked())
        shown, ballots = result, data.ballots_of(question.id)
        if self.by_group.isChecked() and result.by:
            key = self._sync_groups(result)
            if key is not None:
                shown = next(g.result for g in result.groups if g.key == key)
                if self.panel.chart_kind == CHART_POSITIONS:
                    ballots = group_ballots(data, question, result.by, result.min_group_size).get(key, [])
        if not shown.ballots:
            self.empty.setText(self.tr("No ballots yet for this question. Results appear here as ballots are saved."))
            self.stack.setCurrentWidget(self.empty)
            return
        self.panel.show_result(shown, ballots, data.session.language)
        self.stack.setCurrentWidget(self.panel)

    def _show_open(self, result: OpenResult) -> None:
        summary = result.comments
        self.counts.setText(self.tr("%1, %2", "two counts").replace("%1", self.tr("%n comments", "", summary.total))
                            .replace("%2", self.tr("%n starred", "", summary.starred_count)))
        self.group_tabs.hide()
        heading = self.tr("Open discussion: no ranking to show.")  # (lupdate reads no tr() inside an f-string)
        lines = [f"<b>{heading}</b>"]
        if summary.by_swot:
            names = swot_labels()
            lines.append(self.tr("By SWOT category:"))
            lines += [f"&nbsp;&nbsp;{html.escape(names.get(c.key, c.label))}: {c.count}" for c in summary.by_swot]
        if summary.by_tag:
            lines.append(self.tr("Most used tags:"))
            lines += [f"&nbsp;&nbsp;{html.escape(c.label)}: {c.count}" for c in summary.by_tag[:8]]
        self.open_summary.setText("<br>".join(lines))
        self.stack.setCurrentWidget(self.open_summary)
