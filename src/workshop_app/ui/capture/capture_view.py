"""Capture: pick a question and a participant, enter their answer, Enter saves and moves on.

Saving is one committed transaction through the controller. When it fails (invalid answer,
full disk, read-only file) the answer stays on screen and nothing moves on.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ...domain.model import Ballot, Question, SessionData
from ...domain.rules import ValidationError, check_ballot
from ..common.choice_model import ParticipantChoiceModel, ParticipantPicker
from ..common.style import TEXT, WARN_SOFT, compact, icon, label, set_role
from ..controller import AppController
from ..setup.questions_model import QuestionsModel
from .ballots_model import BallotsModel
from .points_entry import PointsEntry
from .ranking_entry import RankingEntry
from .rating_entry import RatingEntry

log = logging.getLogger(__name__)


class CaptureView(QWidget):
    goToComments = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.editing: Ballot | None = None  # the stored ballot on screen, when editing one
        # True while the participant on screen is the app's suggestion (the next one without a
        # ballot), False once the facilitator picked someone (or a ballot) themselves
        self.auto_person = True
        self._loading = False
        self._loaded: tuple | None = None
        self._build()
        controller.dataChanged.connect(self._data_changed)
        controller.questionSelected.connect(self._question_selected_elsewhere)
        controller.undone.connect(self._step_undone)
        self.refresh()

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
        self.person_picker = ParticipantPicker(self.person_box, self.people_model)
        self.person_picker.picked.connect(lambda _row: self.focus_entry())
        self.person_picker.unmatched.connect(self._no_such_person)
        self.person_box.setAccessibleName(self.tr("Participant"))
        compact(self.person_box, 30)
        self.person_box.currentIndexChanged.connect(self._person_changed)

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

    def _answered(self) -> set[str]:
        data, q = self.data(), self.question()
        return {b.participant for b in data.ballots_of(q.id) if b.participant} if data and q else set()

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

    def _refresh_people(self, *, typed_matters: bool = True, restart: bool = False) -> None:
        """Reload the participants and ballots; while the app suggests who is next, suggest again.

        ``restart`` (another question): the suggestion starts again from the top of the list.
        """
        data, q = self.data(), self.question()
        keep = None if restart and self.auto_person else self.participant_id()
        answered = self._answered()
        self.people_model.set_participants(data.participants if data else [], answered)
        self.person_box.setCurrentIndex(self.people_model.row_of(keep))
        if keep is not None and self.participant_id() != keep:
            self.auto_person = True  # the person chosen is gone: back to the app's suggestion
        if self.auto_person and not (typed_matters and self.has_unsaved_input()):
            self._suggest_person()
        self.ballots_model.load(data, q.id if q else None)
        n_people = len(data.participants) if data else 0
        n_ballots = self.ballots_model.rowCount()
        self.progress.setText(self.tr("%n ballots", "", n_ballots) + " · " + self.tr(
            "{a} of %n participants answered", "", n_people).format(a=len(answered)))

    def _suggest_person(self) -> None:
        """Keep a participant still to answer; else the next one without a ballot; else a new anonymous ballot.

        Never someone who already answered: editing a ballot happens only when the facilitator picks it.
        """
        current, done = self.participant_id(), self._answered()
        if current is not None and current not in done:
            return
        ids = self.people_model.ids()
        start = ids.index(current) + 1 if current in ids else 0
        nxt = next((pid for pid in ids[start:] + ids[:start] if pid not in done), None)
        self.person_box.setCurrentIndex(self.people_model.row_of(nxt))

    def _data_changed(self, table: str) -> None:
        if table in ("", "questions", "options", "sessions"):
            self.refresh()
        elif table in ("participants", "ballots"):
            before = self.participant_id()
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
            elif self.participant_id() != before:  # the suggestion moved on (nothing was typed)
                self._load_entry()
            else:
                self._show_mode()

    def _step_undone(self, _text: str) -> None:
        """After an undo the "Saved …" line is no longer true; a suggested person starts again from the top."""
        if self.problem.property("role") == "ok":
            self._show_problem("")
        if self.auto_person and self.editing is None and not self.has_unsaved_input():
            before = self.participant_id()
            self._loading = True
            try:
                self._refresh_people(restart=True)
            finally:
                self._loading = False
            if self.participant_id() != before:
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
            self.editing = None
            self._loaded = None
            self._refresh_people(typed_matters=False, restart=True)  # the entry is rebuilt for it
        finally:
            self._loading = False
        self.editing = self._ballot_of(self.participant_id())
        self._load_entry()

    def _person_changed(self, _row: int) -> None:
        if self._loading:
            return
        self.auto_person = False  # chosen by the facilitator: kept until it is saved
        self.editing = self._ballot_of(self.participant_id())
        self._load_entry(keep_input=True)  # a ranking typed before picking the name stays

    def _no_such_person(self, typed: str, count: int) -> None:
        if count:
            self._show_problem(self.tr("%n participants match “{typed}”: type more of the name, or pick one "
                                       "with the Down arrow key.", "", count).format(typed=typed))
        else:
            self._show_problem(self.tr("No participant matches “{typed}”; add them under Participants.").format(
                typed=typed))

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
            self._show_mode()
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
            self._show_mode()
            return
        self.save_button.setEnabled(True)
        self.entries.setCurrentWidget(entry)
        entry.load(q, data.options_of(q.id), self.editing)
        self._show_mode()

    def _show_mode(self) -> None:
        """Say what Enter will do: a new ballot, a new anonymous one once everyone answered, or an edit."""
        q, data = self.question(), self.data()
        if q is None or data is None or self.entry() is None:
            self.mode.setText("")
            return
        hint = self.tr("Top {n} only.").format(n=q.top_n) + " " if q.kind == "ranking" and q.top_n else ""
        warn = False
        if self.editing is not None:
            who = self._name_of(self.editing.participant)
            text = (self.tr("Editing the ballot of {who} already entered: Enter replaces it.").format(who=who) if who
                    else self.tr("Editing an anonymous ballot already entered: Enter replaces it."))
            warn = True
        elif self.participant_id() is None and data.participants and self._answered() >= {
                p.id for p in data.participants}:
            text = self.tr("Everyone listed has a ballot for this question: this is a new anonymous ballot. "
                           "To change someone's, pick them (Alt+P) or their ballot in the list.")
            warn = True
        elif self.participant_id() is None:
            text = self.tr("New anonymous ballot.")
        else:
            text = self.tr("New ballot.")
        self.mode.setText(hint + text)
        self.mode.setStyleSheet(f"background: {WARN_SOFT}; color: {TEXT}; padding: 4px 8px; border-radius: 4px;"
                                if warn else "")
        self.mode.setWordWrap(warn)

    def unsaved_summary(self) -> str:
        """One sentence on the ballot typed and not saved (for the question asked before closing)."""
        if self.editing is not None:
            return self.tr("The changes to the ballot of {who} have not been saved yet.").format(
                who=self._name_of(self.editing.participant) or self.tr("an anonymous participant"))
        name = self._name_of(self.participant_id())
        if name:
            return self.tr("The ballot typed for {who} has not been saved yet.").format(who=name)
        return self.tr("The anonymous ballot typed has not been saved yet.")

    def has_unsaved_input(self) -> bool:
        """Whether the entry holds something typed that is not stored (a new answer, or a changed one)."""
        entry = self.entry()
        if entry is None or not _typed_something(entry):
            return False
        try:
            values = entry.answer()
        except ValidationError:
            return True  # typed, but not a complete answer yet
        if self.editing is None:
            return True
        return (values["ranking"], values["points"], values["ratings"]) != (
            self.editing.ranking, self.editing.points, self.editing.ratings)

    # -- acting --------------------------------------------------------------------------------
    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        set_role(self.problem, "error")
        self.problem.setVisible(bool(text))

    def save(self) -> bool:
        """Store the answer on screen; on success move to the next participant still to answer."""
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
            self._show_problem(error_text(exc))
            return False
        # named from the ballot itself, not from the text in the participant box
        name = self._name_of(ballot.participant)
        step = self.tr("Ballot of {who}").format(who=name) if name else self.tr("Anonymous ballot")
        if not self.controller.save(ballot, step):
            self._show_problem(self.controller.last_error or self.tr("The ballot was NOT saved."))
            return False
        done = self.tr("Saved the ballot of {who}.").format(who=name) if name else self.tr("Saved an anonymous ballot.")
        self._advance(ballot)
        self.problem.setText(done)
        set_role(self.problem, "ok")
        self.problem.setVisible(True)
        return True

    def _name_of(self, participant_id: str | None) -> str | None:
        data = self.data()
        person = next((p for p in data.participants if p.id == participant_id), None) if data else None
        return person.display_name() if person is not None else None

    def _advance(self, saved: Ballot) -> None:
        """After a save: a new ballot for the next participant still to answer, never an edit.

        After an anonymous ballot the next is anonymous too; once everyone listed has answered, the
        next is a new anonymous ballot (more paper ballots come from people not registered).
        """
        self.editing = None
        if saved.participant is not None:
            self.auto_person = True
            self._loading = True
            try:
                self._suggest_person()
            finally:
                self._loading = False
        self._loaded = None
        self._load_entry()
        self.focus_entry()

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
        self.auto_person = False
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
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            if self.ballots.hasFocus():  # Enter on the list opened that ballot: go and edit it
                self.focus_entry()
            else:
                self.save()
            return
        super().keyPressEvent(event)


def _typed_something(entry) -> bool:
    """Whether a ranking, points or rating entry holds any input at all."""
    if hasattr(entry, "typed"):
        return bool(entry.typed.text().strip() or entry.state.tiers)
    if hasattr(entry, "total"):
        return entry.total() > 0
    return any(row.value() is not None for row in getattr(entry, "rows", []))
