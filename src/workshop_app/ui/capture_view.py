"""Capture: pick a question and a participant, enter their answer, Enter saves and moves on.

Saving is one committed transaction through the controller. When it fails (invalid answer,
full disk, read-only file) the answer stays on screen and nothing moves on.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Ballot, Question, SessionData
from ..domain.rules import ValidationError, check_ballot
from .ballots_model import BallotsModel
from .choice_model import ParticipantChoiceModel
from .controller import AppController
from .points_entry import PointsEntry
from .questions_model import QuestionsModel
from .ranking_entry import RankingEntry
from .rating_entry import RatingEntry
from .style import compact, icon, label, set_role

log = logging.getLogger(__name__)


class CaptureView(QWidget):
    goToComments = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.editing: Ballot | None = None  # the stored ballot on screen, when editing one
        self._loading = False
        self._loaded: tuple | None = None
        self._build()
        controller.dataChanged.connect(self._data_changed)
        controller.questionSelected.connect(self._question_selected_elsewhere)
        self.refresh()
        self._start_with_first_unanswered()

    def _start_with_first_unanswered(self) -> None:
        data, q = self.data(), self.question()
        if data is None or q is None:
            return
        done = {b.participant for b in data.ballots_of(q.id)}
        first = next((p.id for p in data.participants if p.id not in done), None)
        if first is not None:
            self.person_box.setCurrentIndex(self.people_model.row_of(first))

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.questions_model = QuestionsModel(self)
        self.question_box = QComboBox()
        self.question_box.setModel(self.questions_model)
        self.question_box.setAccessibleName(self.tr("Question"))
        compact(self.question_box, 30)
        self.question_box.currentIndexChanged.connect(self._question_changed)

        self.people_model = ParticipantChoiceModel(self.tr("Anonymous participant"), self)
        self.person_box = QComboBox()
        self.person_box.setEditable(True)
        self.person_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_box.setModel(self.people_model)
        self.person_box.setAccessibleName(self.tr("Participant"))
        compact(self.person_box, 30)
        completer = QCompleter(self.people_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_box.setCompleter(completer)
        self.person_box.currentIndexChanged.connect(self._person_changed)
        self.person_box.lineEdit().installEventFilter(self)

        self.ranking = RankingEntry()
        self.points = PointsEntry()
        self.rating = RatingEntry()
        self.open_page = QWidget()
        go = QPushButton(icon("comments"), self.tr("Go to Comments"))
        go.clicked.connect(self.goToComments)
        open_layout = QVBoxLayout(self.open_page)
        open_layout.addWidget(label(self.tr("This question is answered in discussion: capture what people say "
                                            "under Comments."), "hint", wrap=True))
        open_layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeading)
        open_layout.addStretch(1)
        self.entries = QStackedWidget()
        for page in (self.ranking, self.points, self.rating, self.open_page):
            self.entries.addWidget(page)
        for entry in (self.ranking, self.points, self.rating):
            entry.problem.connect(self._show_problem)

        self.problem = label("", "error", wrap=True)
        self.problem.setObjectName("captureProblem")
        self.save_button = QPushButton(self.tr("Save ballot  (Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setIcon(icon("check", "#FFFFFF"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(icon("clear"), self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_entry)
        self.mode = label("", "hint")

        self.ballots_model = BallotsModel(self)
        self.ballots = QTableView()
        self.ballots.setModel(self.ballots_model)
        self.ballots.setAccessibleName(self.tr("Ballots entered"))
        self.ballots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ballots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballots.verticalHeader().hide()
        self.ballots.setAlternatingRowColors(True)
        header = self.ballots.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.ballots.setColumnWidth(0, 150)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ballots.activated.connect(self._ballot_activated)
        self.ballots.clicked.connect(self._ballot_activated)
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete ballot"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.ballots, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.progress = label("", "hint")
        self._layout()

    def _layout(self) -> None:
        picks = QFormLayout()
        picks.setHorizontalSpacing(12)
        picks.setVerticalSpacing(8)
        q_label = QLabel(self.tr("&Question"))
        q_label.setBuddy(self.question_box)
        p_label = QLabel(self.tr("&Participant"))
        p_label.setBuddy(self.person_box)
        picks.addRow(q_label, self.question_box)
        picks.addRow(p_label, self.person_box)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.clear_button)
        actions.addSpacing(12)
        actions.addWidget(self.mode, 1)

        left = QVBoxLayout()
        left.setSpacing(14)
        left.addLayout(picks)
        left.addWidget(self.entries, 1)
        left.addWidget(self.problem)
        left.addLayout(actions)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(label(self.tr("Ballots entered"), "subheading"))
        right.addWidget(self.progress)
        right.addWidget(self.ballots, 1)
        right.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTrailing)

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(16)
        outer.addWidget(label(self.tr("Capture answers"), "heading"))
        outer.addLayout(body, 1)
        self.setTabOrder(self.question_box, self.person_box)
        self.setTabOrder(self.person_box, self.ranking.typed)

    # -- reading -------------------------------------------------------------------------------
    def data(self) -> SessionData | None:
        return self.controller.session_data()

    def question(self) -> Question | None:
        row = self.question_box.currentIndex()
        return self.questions_model.question(row) if 0 <= row < self.questions_model.rowCount() else None

    def participant_id(self) -> str | None:
        return self.people_model.participant_id(self.person_box.currentIndex())

    def entry(self):
        q = self.question()
        if q is None or q.kind == "open":
            return None
        return {"ranking": self.ranking, "points": self.points, "rating": self.rating}[q.kind]

    def _ballot_of(self, participant_id: str | None) -> Ballot | None:
        data, q = self.data(), self.question()
        if data is None or q is None or participant_id is None:
            return None
        return next((b for b in data.ballots_of(q.id) if b.participant == participant_id), None)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        data = self.data()
        self._loading = True
        try:
            keep = self.question().id if self.question() else self.controller.question_id
            self.questions_model.set_questions(data.questions if data else [])
            row = self.questions_model.row_of(keep)
            self.question_box.setCurrentIndex(row if row >= 0 else (0 if data and data.questions else -1))
            self._refresh_people()
        finally:
            self._loading = False
        self._load_entry(keep_input=True)

    def _refresh_people(self) -> None:
        data, q = self.data(), self.question()
        keep = self.participant_id()
        answered = {b.participant for b in data.ballots_of(q.id) if b.participant} if data and q else set()
        self.people_model.set_participants(data.participants if data else [], answered)
        self.person_box.setCurrentIndex(self.people_model.row_of(keep))
        self.ballots_model.load(data, q.id if q else None)
        n_people = len(data.participants) if data else 0
        n_ballots = self.ballots_model.rowCount()
        self.progress.setText(self.tr("{n} ballots · {a} of {p} participants answered").format(
            n=n_ballots, a=len(answered), p=n_people))

    def _data_changed(self, table: str) -> None:
        if table in ("", "questions", "options", "sessions"):
            self.refresh()
        elif table in ("participants", "ballots"):
            self._loading = True
            try:
                self._refresh_people()
            finally:
                self._loading = False
            if self.editing is not None:
                current = next((b for b in self.data().ballots if b.id == self.editing.id), None)
                if current is None:  # deleted (or undone) meanwhile
                    self.editing = None
                    self._load_entry()

    def _question_selected_elsewhere(self, question_id: str) -> None:
        row = self.questions_model.row_of(question_id)
        if row >= 0 and row != self.question_box.currentIndex():
            self.question_box.setCurrentIndex(row)

    def _question_changed(self, _row: int) -> None:
        if self._loading:
            return
        q = self.question()
        self.controller.select_question(q.id if q else None)
        self._loading = True
        try:
            self._refresh_people()
        finally:
            self._loading = False
        self.editing = self._ballot_of(self.participant_id())
        self._load_entry()

    def _person_changed(self, _row: int) -> None:
        if self._loading:
            return
        self.editing = self._ballot_of(self.participant_id())
        self._load_entry()

    def _entry_key(self) -> tuple | None:
        """What the entry on screen was built from: the question, its settings and options, the ballot."""
        q, data = self.question(), self.data()
        if q is None or data is None:
            return None
        return (q.id, q.kind, q.top_n, q.budget, q.scale_min, q.scale_max,
                tuple((o.id, o.label, o.key) for o in data.options_of(q.id)),
                self.editing.id if self.editing else None)

    def _load_entry(self, *, keep_input: bool = False) -> None:
        """Build the entry for the question and ballot on screen.

        With ``keep_input``, an entry built from the same question and ballot is left alone, so a
        refresh (another view's change, continuing in a copy after a failed write) keeps what was typed.
        """
        key = self._entry_key()
        if keep_input and key is not None and key == self._loaded:
            return
        self._loaded = key
        q, data = self.question(), self.data()
        self._show_problem("")
        if q is None or data is None:
            self.entries.setCurrentWidget(self.open_page)
            return
        entry = self.entry()
        if entry is None:
            self.entries.setCurrentWidget(self.open_page)
            self.save_button.setEnabled(False)
            self.mode.setText("")
            return
        self.save_button.setEnabled(True)
        self.entries.setCurrentWidget(entry)
        entry.load(q, data.options_of(q.id), self.editing)
        if q.kind == "ranking" and q.top_n:
            hint = self.tr("Top {n} only.").format(n=q.top_n) + " "
        else:
            hint = ""
        if self.editing is not None:
            self.mode.setText(hint + self.tr("Editing the ballot already entered."))
        else:
            self.mode.setText(hint + self.tr("New ballot."))

    # -- acting --------------------------------------------------------------------------------
    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        set_role(self.problem, "error")
        self.problem.setVisible(bool(text))

    def save(self) -> bool:
        """Store the answer on screen; on success move to the next participant."""
        q, entry, data = self.question(), self.entry(), self.data()
        if q is None or entry is None or data is None:
            return False
        options = data.options_of(q.id)
        try:
            values = entry.answer()
            if self.editing is not None:
                ballot = copy.deepcopy(self.editing)
            else:
                ballot = Ballot(session=q.session, question=q.id, participant=self.participant_id())
            ballot.ranking, ballot.points, ballot.ratings = values["ranking"], values["points"], values["ratings"]
            check_ballot(ballot, q, options)
        except ValidationError as exc:
            self._show_problem(str(exc))
            return False
        who = self.person_box.currentText()
        if not self.controller.save(ballot, self.tr("Ballot of {who}").format(who=who)):
            self._show_problem(self.controller.last_error or self.tr("The ballot was NOT saved."))
            return False
        self.problem.setText(self.tr("Saved the ballot of {who}.").format(who=who))
        set_role(self.problem, "ok")
        self.problem.setVisible(True)
        self._advance()
        return True

    def _advance(self) -> None:
        """Next participant without a ballot for this question, after the current one."""
        data, q = self.data(), self.question()
        current = self.participant_id()
        self.editing = None
        if current is not None and data is not None and q is not None:
            done = {b.participant for b in data.ballots_of(q.id)}
            ids = self.people_model.ids()
            start = ids.index(current) + 1 if current in ids else 0
            following = ids[start:] + ids[:start]
            nxt = next((pid for pid in following if pid not in done), None)
            self._loading = True
            try:
                if nxt is not None:
                    self.person_box.setCurrentIndex(self.people_model.row_of(nxt))
            finally:
                self._loading = False
            if nxt is None:
                self.editing = self._ballot_of(current)
                self.mode.setText(self.tr("Everyone listed has a ballot for this question."))
        message = self.problem.text()
        self._load_entry()
        self.problem.setText(message)
        set_role(self.problem, "ok")
        self.problem.setVisible(bool(message))
        entry = self.entry()
        if entry is not None:
            entry.focus_entry()

    def clear_entry(self) -> None:
        entry = self.entry()
        if entry is not None:
            entry.clear()
        self._show_problem("")

    def selected_ballot(self) -> Ballot | None:
        rows = self.ballots.selectionModel().selectedRows()
        return self.ballots_model.record(rows[0].row()) if rows else None

    def delete_selected(self) -> None:
        ballot = self.selected_ballot()
        if ballot is None:
            return
        name = self.ballots_model.participant_name(ballot)
        if self.controller.delete(ballot, self.tr("Delete ballot of {who}").format(who=name)):
            if self.editing is not None and self.editing.id == ballot.id:
                self.editing = None
                self._load_entry()

    def _ballot_activated(self, index) -> None:
        ballot = self.ballots_model.record(index.row())
        self._loading = True
        try:
            self.person_box.setCurrentIndex(self.people_model.row_of(ballot.participant))
        finally:
            self._loading = False
        self.editing = ballot
        self._load_entry()

    def focus_entry(self) -> None:
        entry = self.entry()
        if entry is not None:
            entry.focus_entry()

    # -- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.person_box.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._pick_typed_person()
            return True
        return super().eventFilter(watched, event)

    def _pick_typed_person(self) -> None:
        typed = self.person_box.lineEdit().text()
        row = self.people_model.find(typed)
        if row < 0:
            self._show_problem(self.tr("No participant matches “{typed}”; add them under Participants.").format(
                typed=typed))
            return
        if row != self.person_box.currentIndex():
            self.person_box.setCurrentIndex(row)
        else:
            self.person_box.lineEdit().setText(self.people_model.text(row))
        self.focus_entry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            if self.ballots.hasFocus():  # Enter on the list opened that ballot: go and edit it
                self.focus_entry()
            else:
                self.save()
            return
        super().keyPressEvent(event)
