"""The rapporteur's synthesis view: the evidence on one side, the key messages on the other.

Left, the scopes: each question of the session, then "Overall conclusions". Middle, the evidence
for the chosen scope: the results summary (the same table and reading as the results view) and
the comments linked to it, filtered by SWOT category, stakeholder group, tag or "starred only".
Right, the key messages, saved as they are typed (see :mod:`.synthesis_editor`). A starred
comment is one click from being quoted: its "Quote" cell appends “text” — attribution (a name
only with consent) to the key message being written and records the comment in ``quotes``.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis import OpenResult, RankingResult, ScoreResult, analyse_question, participation
from ...domain.model import Comment, KeyMessage, Question, SessionData
from ..common.style import icon, isolate, rtl_text
from ..common.vocab import stakeholder_labels, swot_labels
from ..controller import AppController
from ..results.results_live import LiveResults, Snapshot, live_questions
from ..results.results_model import ResultWords, option_text
from ..results.results_view import ResultsPanel
from .consolidation_panel import ConsolidationPanel
from .synthesis_editor import KeyMessagesPanel
from .synthesis_model import (
    ALL_COMMENTS,
    COLUMNS,
    META_ROLE,
    QUOTE_COLUMN,
    STAR_COLUMN,
    SynthesisCommentsModel,
    quote_text,
)

log = logging.getLogger(__name__)

OVERALL = ""  # the scope id of the overall conclusions (KeyMessage.question is None)
SHOWN_DIALOGUES = 25  # the consolidated scope lists this many dialogues' conclusions
CONSOLIDATED = "\x1fall"  # the scope of a master's own words over all its dialogues (not a question id)
WRAP_ROWS = 400  # up to this many comments shown, rows grow to show all their text
COMMENT_TABLES = frozenset({"", "comments", "participants", "options", "questions", "sessions"})
TEXT_COLUMN = COLUMNS.index("text")
FOLDED = ("about", "swot", "speaker", "tags")  # shown in the line under each comment, not as columns
# The splitter's first layout, as shares of its width (until the user drags it): scopes, messages.
SCOPES_SHARE, SCOPES_RANGE = 0.16, (120, 240)
MESSAGES_SHARE, MESSAGES_RANGE = 0.31, (240, 460)
PAD = 6
META_COLOR = "#5F6B7A"


class CommentDelegate(QStyledItemDelegate):
    """The comment, wrapped, with who said it, its category, option and tags in a grey line under it.

    Columns for those four would leave the comment a word wide beside the key messages at
    1280×800; folded under it, the comment keeps the width and reads as sentences.
    """

    def _fonts(self, option: QStyleOptionViewItem):
        meta = option.font
        meta.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7))
        return option.font, meta

    @staticmethod
    def _wraps(option: QStyleOptionViewItem) -> bool:
        view = option.widget
        return not isinstance(view, QTableView) or view.wordWrap()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(opt.rect.width() - 2 * PAD, 40)
        font, meta_font = self._fonts(opt)
        if not self._wraps(opt):
            return QSize(width, QFontMetrics(font).height() + 2 * PAD)
        text = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        meta = index.data(META_ROLE) or ""
        meta_height = QFontMetrics(meta_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, meta).height() + PAD // 2 if meta else 0
        return QSize(width, text.height() + meta_height + 2 * PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, meta = opt.text, index.data(META_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        # the comment in its own direction (an English one in the Arabic interface too), its side by its script
        own = Qt.LayoutDirection.RightToLeft if rtl_text(text) else Qt.LayoutDirection.LeftToRight
        align = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop | (
            Qt.AlignmentFlag.AlignRight if own == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft)
        font, meta_font = self._fonts(opt)
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setLayoutDirection(own)
        painter.setClipRect(opt.rect)
        painter.setFont(font)
        painter.setPen(ink)
        if not self._wraps(opt):  # many rows: one line each, the comment then its details
            line = f"{text}  —  {meta}" if meta else text
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))
            painter.restore()
            return
        used = painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), text)
        if meta:
            painter.setLayoutDirection(opt.direction)  # the details are the interface's words
            painter.setFont(meta_font)
            painter.setPen(ink if selected else QColor(META_COLOR))
            below = QRect(rect.left(), used.bottom() + PAD // 2, rect.width(), rect.bottom() - used.bottom())
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
                                        | Qt.TextFlag.TextWordWrap), meta)
        painter.restore()


class SynthesisView(QWidget):
    """Per question: results and comments beside the key-message editor; plus overall conclusions."""

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.words = ResultWords(self)
        self.scope: str | None = None  # a question id, OVERALL, or None before anything is shown
        self.live = LiveResults(controller, self)
        self._watched_window: QWidget | None = None
        self._stale = False
        self._build()
        self.live.updated.connect(self._show_results)
        controller.dataChanged.connect(self._data_changed)
        controller.questionSelected.connect(self._question_selected)
        controller.sessionChanged.connect(lambda _sid: self.reload())
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.commit_pending)
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scopes = QStandardItemModel(self)
        self.scope_list = QListView(self)
        self.scope_list.setObjectName("synthesisScopes")
        self.scope_list.setModel(self.scopes)
        self.scope_list.setWordWrap(True)
        self.scope_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scope_list.clicked.connect(self._scope_clicked)
        self.scope_list.activated.connect(self._scope_clicked)

        self.heading = QLabel(self)
        self.heading.setObjectName("synthesisHeading")
        self.heading.setProperty("role", "subheading")
        self.heading.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setProperty("role", "hint")
        self.results = ResultsPanel(self, with_chart=False)
        self.summary = QLabel(self)
        self.summary.setObjectName("synthesisSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.results)
        self.results_stack.addWidget(self.summary)

        self.comments = SynthesisCommentsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("synthesisComments")
        self.table.setModel(self.comments)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(TEXT_COLUMN, CommentDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for name in FOLDED:
            self.table.setColumnHidden(COLUMNS.index(name), True)
        self.table.clicked.connect(self._comment_clicked)

        evidence = QWidget(self)
        box = QVBoxLayout(evidence)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.counts)
        box.addWidget(self.results_stack)
        self.comments_box = QWidget(evidence)  # hidden for the consolidated scope: its comments are a dialogue's
        comments_layout = QVBoxLayout(self.comments_box)
        comments_layout.setContentsMargins(0, 0, 0, 0)
        comments_title = QLabel(self.tr("Comments"), self.comments_box)
        comments_title.setProperty("role", "subheading")
        comments_layout.addWidget(comments_title)
        comments_layout.addLayout(self._build_filters())
        comments_layout.addWidget(self.table, 1)
        box.addWidget(self.comments_box, 1)

        self.messages = KeyMessagesPanel(self.controller, self)
        self.messages.setObjectName("keyMessages")
        self.consolidation = ConsolidationPanel(self.controller, self)
        self.writing = QStackedWidget(self)
        self.writing.addWidget(self.messages)
        self.writing.addWidget(self.consolidation)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.scope_list)
        self.splitter.addWidget(evidence)
        self.splitter.addWidget(self.writing)
        self.splitter.setChildrenCollapsible(False)
        self.scope_list.setMinimumWidth(SCOPES_RANGE[0] - 20)
        self.messages.setMinimumWidth(MESSAGES_RANGE[0] - 40)
        self._user_split = False  # once the user drags the splitter, their widths stay
        self.splitter.splitterMoved.connect(self._splitter_dragged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.splitter)

    def _splitter_dragged(self, _pos: int, _index: int) -> None:
        if not self._splitting:
            self._user_split = True

    _splitting = False

    def _share_width(self) -> None:
        """Scopes and key messages get a share of the width, the comments the rest (at least half)."""
        total = self.splitter.width() - 2 * self.splitter.handleWidth()
        if self._user_split or total <= 0:
            return

        def share(fraction: float, bounds: tuple[int, int]) -> int:
            return int(min(max(total * fraction, bounds[0]), bounds[1]))

        scopes, messages = share(SCOPES_SHARE, SCOPES_RANGE), share(MESSAGES_SHARE, MESSAGES_RANGE)
        self._splitting = True
        try:
            self.splitter.setSizes([scopes, total - scopes - messages, messages])
        finally:
            self._splitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._share_width()

    def _build_filters(self) -> QHBoxLayout:
        self.swot_filter = QComboBox(self)
        self.swot_filter.setObjectName("swotFilter")
        self.swot_filter.addItem(self.tr("All SWOT categories"), None)
        for key, label in swot_labels().items():
            self.swot_filter.addItem(icon(key), label, key)
        self.group_filter = QComboBox(self)
        self.group_filter.setObjectName("groupFilter")
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.starred_only = QCheckBox(self.tr("Starred only"), self)
        self.starred_only.setObjectName("starredOnly")
        for combo in (self.swot_filter, self.group_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
            # they share the row: a long group or tag name is elided rather than widening the pane
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.setMaximumWidth(240)
        self.starred_only.toggled.connect(self._filters_changed)
        row = QHBoxLayout()
        row.addWidget(self.swot_filter, 4)
        row.addWidget(self.group_filter, 3)
        row.addWidget(self.tag_filter, 2)
        row.addWidget(self.starred_only)
        row.addStretch(1)
        return row

    # -- loading -------------------------------------------------------------------------------
    def session_data(self) -> SessionData | None:
        return self.controller.session_data()

    def reload(self) -> None:
        """Everything again: scopes, comments, key messages, results."""
        data = self.session_data()
        self._fill_scopes(data)
        self.comments.load(data)
        wanted = self.controller.question_id
        questions = [q.id for q in live_questions(data)]
        scope = self.scope if self.scope in (OVERALL, CONSOLIDATED) else (wanted if wanted in questions else None)
        if scope == CONSOLIDATED and not self._is_master():
            scope = None
        if scope is None:
            scope = questions[0] if questions else OVERALL
        self.scope = None
        self.set_scope(scope)

    def _fill_scopes(self, data: SessionData | None) -> None:
        self.scopes.clear()
        for n, q in enumerate(live_questions(data), start=1):
            item = QStandardItem(f"{n}. {isolate(q.prompt)}")
            item.setData(q.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(q.prompt)
            self.scopes.appendRow(item)
        overall = QStandardItem(icon("synthesis"), self.tr("Overall conclusions"))
        overall.setData(OVERALL, Qt.ItemDataRole.UserRole)
        self.scopes.appendRow(overall)
        if self._is_master():
            every = QStandardItem(icon("merge"), self.tr("All dialogues: consolidated synthesis"))
            every.setData(CONSOLIDATED, Qt.ItemDataRole.UserRole)
            self.scopes.appendRow(every)

    def _is_master(self) -> bool:
        """A file of several dialogues (a master): it has words of its own over all of them."""
        return len(self.controller.file.sessions()) > 1

    def _question(self, question_id: str | None) -> Question | None:
        return next((q for q in live_questions(self.session_data()) if q.id == question_id), None)

    # -- scope ---------------------------------------------------------------------------------
    def set_scope(self, scope: str) -> None:
        """Show a question (its id) or the overall conclusions (:data:`OVERALL`)."""
        if scope == self.scope:
            return
        self.scope = scope
        data = self.session_data()
        for row in range(self.scopes.rowCount()):
            if self.scopes.item(row).data(Qt.ItemDataRole.UserRole) == scope:
                self.scope_list.setCurrentIndex(self.scopes.index(row, 0))
        if scope == CONSOLIDATED:
            self.writing.setCurrentWidget(self.consolidation)
            self.comments_box.hide()
            self.consolidation.refresh()
            self._show_consolidated()
            return
        self.writing.setCurrentWidget(self.messages)
        self.comments_box.show()
        question = self._question(scope) if scope != OVERALL else None
        title = self.tr("Overall conclusions of the session") if question is None else self.tr(
            "Key messages on this question")
        self.messages.set_scope(data.session.id if data else None, question.id if question else None, title,
                                data.key_messages if data else [])
        self.comments.set_scope(ALL_COMMENTS if scope == OVERALL else scope)
        self._fill_filter_choices()
        if question is not None:
            if self.controller.question_id != question.id:
                self.controller.select_question(question.id)  # LiveResults follows and shows it
            else:
                self.live.refresh_now()
        else:
            self._show_overall(data)

    def _scope_clicked(self, index: QModelIndex) -> None:
        self.set_scope(index.data(Qt.ItemDataRole.UserRole))

    def _question_selected(self, question_id: str) -> None:
        if question_id and question_id != self.scope:
            self.set_scope(question_id)

    # -- changes -------------------------------------------------------------------------------
    def _data_changed(self, table: str) -> None:
        if not self.isVisible():
            self._stale = True  # brought up to date when shown again (capture goes on meanwhile)
            return
        data = self.session_data()
        if table in ("", "questions", "sessions"):
            self.reload()
            return
        if table in COMMENT_TABLES:
            self.comments.load(data)
            self._fill_filter_choices()
        if table in ("", "key_messages"):
            self.messages.refresh(data.key_messages if data else [])
        if table in ("", "consolidations"):
            self.consolidation.refresh()
        if self.scope == CONSOLIDATED and table in ("", "key_messages", "participants"):
            self._show_consolidated()

    def _filters_changed(self) -> None:
        self.comments.set_filters(
            swot=self.swot_filter.currentData(), group=self.group_filter.currentData(),
            tag=self.tag_filter.currentData(), starred_only=self.starred_only.isChecked(),
        )
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as tall as their text while there are few; beyond that one line each (fast)."""
        mode = (QHeaderView.ResizeMode.ResizeToContents if self.comments.rowCount() <= WRAP_ROWS
                else QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(mode == QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(mode)

    def _fill_filter_choices(self) -> None:
        """Group and tag choices are those present in the scope; a chosen one stays chosen."""
        groups = stakeholder_labels()
        for combo, everything, values, label in (
            (self.group_filter, self.tr("All groups"), self.comments.groups_in_scope(), lambda g: groups.get(g, g)),
            (self.tag_filter, self.tr("All tags"), self.comments.tags_in_scope(), lambda t: t),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(value), value)
            at = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
        self._filters_changed()

    # -- results -------------------------------------------------------------------------------
    def _show_results(self, snapshot: Snapshot) -> None:
        question, result = snapshot.question, snapshot.result
        if self.scope in (None, OVERALL, CONSOLIDATED) or question is None or question.id != self.scope:
            return
        self.heading.setText(question.prompt)
        if isinstance(result, RankingResult | ScoreResult):
            self.counts.setText(self.words.ballots_line(result.ballots))
            self.results.show_result(result, [], snapshot.data.session.language if snapshot.data else "en")
            self.results_stack.setCurrentWidget(self.results)
        elif isinstance(result, OpenResult):
            summary = result.comments
            self.counts.setText(self.tr("%1, %2", "two counts").replace(
                "%1", self.tr("%n comments", "", summary.total)).replace(
                "%2", self.tr("%n starred", "", summary.starred_count)))
            names = swot_labels()
            parts = [f"{names.get(c.key, c.label)}: {c.count}" for c in summary.by_swot]
            self.summary.setText(self.tr("Open discussion.") + ("  " + " · ".join(parts) if parts else ""))
            self.results_stack.setCurrentWidget(self.summary)

    def _show_overall(self, data: SessionData | None) -> None:
        self.heading.setText(data.session.title if data else self.tr("No session"))
        if data is None:
            self.counts.clear()
            self.summary.clear()
            self.results_stack.setCurrentWidget(self.summary)
            return
        people = participation(data.participants)
        groups = stakeholder_labels()
        self.counts.setText(self.tr("%1, %2", "two counts").replace(
            "%1", self.tr("%n participants", "", people.total)).replace(
            "%2", self.tr("%n comments", "", len([c for c in data.comments if not c.deleted]))))
        lines = [" · ".join(f"{groups.get(c.key, c.label)}: {c.count}" for c in people.by_stakeholder_group)]
        for n, q in enumerate(live_questions(data), start=1):
            key_messages = [m for m in data.key_messages if m.question == q.id and not m.deleted and m.text.strip()]
            lines.append(self.tr("Question %1: %n key messages written", "", len(key_messages)).replace(
                "%1", str(n)) + self._leader(data, q))
        self.summary.setText("\n".join(lines))
        self.results_stack.setCurrentWidget(self.summary)

    def _show_consolidated(self) -> None:
        """The evidence for a master's own words: each dialogue's overall conclusions (read without
        loading every dialogue: a master of 100 files answers at once)."""
        file = self.controller.file
        sessions = file.sessions()
        counts = file.counts()
        self.heading.setText(self.tr("All %n dialogues of this file", "", len(sessions)))
        self.counts.setText(self.tr("%1, %2", "two counts").replace(
            "%1", self.tr("%n participants", "", counts.get("participants", 0))).replace(
            "%2", self.tr("%n comments", "", counts.get("comments", 0))))
        overall: dict[str, list[str]] = {}
        for m in file.all(KeyMessage, "question IS NULL"):  # in each session's order
            if m.text.strip():
                overall.setdefault(m.session, []).append(isolate(m.text.strip()))
        lines = [self.tr("Each dialogue's overall conclusions:")]
        for s in sessions[:SHOWN_DIALOGUES]:
            said = overall.get(s.id)
            lines.append(f"• {isolate(s.title)}: " + (" / ".join(said) if said else self.tr("none yet")))
        if len(sessions) > SHOWN_DIALOGUES:
            lines.append(self.tr("… and %n more dialogues", "", len(sessions) - SHOWN_DIALOGUES))
        self.summary.setText("\n".join(lines))
        self.results_stack.setCurrentWidget(self.summary)

    def _leader(self, data: SessionData, question: Question) -> str:
        """"; first: P1 · …" for a ranking question with ballots, else ""."""
        if question.kind != "ranking":
            return ""
        result = analyse_question(question, data.options_of(question.id), data.ballots_of(question.id), bootstrap=0)
        if not isinstance(result, RankingResult) or not result.ballots or not result.options:
            return ""
        top = result.options[0]
        return self.tr("; first: %1").replace("%1", option_text(top.key, top.label))

    # -- comments: star and quote --------------------------------------------------------------
    def _comment_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        comment = self.comments.comment(index.row())
        if index.column() == STAR_COLUMN:
            self.toggle_star(comment)
        elif index.column() == QUOTE_COLUMN and comment.starred:
            self.quote(comment)

    def toggle_star(self, comment: Comment) -> bool:
        changed = copy.deepcopy(comment)
        changed.starred = not comment.starred
        text = self.tr("Star comment") if changed.starred else self.tr("Unstar comment")
        return self.controller.save(changed, text)

    def quote(self, comment: Comment) -> bool:
        """Append the comment as a quote to the key message being written; record it in ``quotes``."""
        return self.messages.quote(quote_text(comment, self.comments.participant(comment)), comment.id)

    # -- saving before leaving -----------------------------------------------------------------
    def commit_pending(self) -> bool:
        """Commit typing not yet saved (the window closes, the view is hidden, the app quits)."""
        messages = self.messages.commit_pending()
        return self.consolidation.commit() and messages

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.live.resume()
        if self._stale:
            self._stale = False
            self.reload()
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)
            self._watched_window = window

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.commit_pending()
        self.live.pause()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.commit_pending()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.commit_pending()
        return False
