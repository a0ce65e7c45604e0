"""The comment entry card: a large text box and what the comment is linked to.

Enter saves, Shift+Enter starts a new line. The links are set from the keyboard: Alt+1…9 the
option of the linked question, Alt+Q the next question, Alt+0 no link, Alt+S/W/O/T the SWOT
category, Alt+K key quote, Alt+P the speaker, Alt+G the tags.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import SWOT_CATEGORIES, Comment, Option, Question, SessionData
from ..capture.ballots_model import option_code
from ..common.choice_model import ParticipantChoiceModel, ParticipantPicker
from ..common.style import ACCENT, compact, icon, isolate, label
from ..common.vocab import swot_labels
from ..setup.questions_model import question_title
from .comments_model import guess_language


class CommentTextEdit(QPlainTextEdit):
    """Enter asks to save; Shift+Enter is a new line; Escape asks to cancel."""

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class TagCompleter(QCompleter):
    """Completes the last of several comma-separated tags."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        typed = self.widget().text() if self.widget() else ""
        done = [t.strip() for t in typed.split(",")[:-1] if t.strip()]
        return ", ".join(done + [str(index.data())]) + ", "


class CommentEntry(QFrame):
    submitted = Signal()
    cancelled = Signal()
    speakerProblem = Signal(str)  # one sentence: the typed speaker is no one, or several people

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.questions: list[Question] = []
        self.options: dict[str, list[Option]] = {}
        self.session_language = "en"
        self.editing: Comment | None = None
        self._build()

    def _build(self) -> None:
        self.text = CommentTextEdit()
        self.text.setObjectName("commentEntry")
        self.text.setPlaceholderText(self.tr("Type what is said… Enter saves, Shift+Enter starts a new line"))
        self.text.setAccessibleName(self.tr("Comment text"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(96)
        self.text.submitted.connect(self.submitted)
        self.text.cancelled.connect(self.cancelled)

        self.question = QComboBox()
        self.question.setAccessibleName(self.tr("Linked question"))
        compact(self.question, 20)
        self.question.currentIndexChanged.connect(self._question_changed)
        self.option = QComboBox()
        self.option.setAccessibleName(self.tr("Linked option"))
        compact(self.option, 20)

        self.swot_buttons: dict[str, QPushButton] = {}
        labels = swot_labels()
        for key in SWOT_CATEGORIES:
            button = QPushButton(icon(key), labels[key])
            button.setCheckable(True)
            button.setProperty("role", "chip")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Alt+{letter}").format(letter=key[0].upper()))
            button.clicked.connect(lambda checked, k=key: self.set_swot(k if checked else None))
            self.swot_buttons[key] = button
        self.star = QPushButton(icon("star_off"), self.tr("Key quote"))
        self.star.setCheckable(True)
        self.star.setProperty("role", "chip")
        self.star.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.star.setToolTip(self.tr("Alt+K"))
        self.star.toggled.connect(self._star_toggled)

        self.people = ParticipantChoiceModel(self.tr("No speaker"), self)
        self.speaker = QComboBox()
        self.speaker_picker = ParticipantPicker(self.speaker, self.people)
        self.speaker_picker.picked.connect(lambda _row: self.text.setFocus())
        self.speaker_picker.unmatched.connect(self._no_such_speaker)
        self.speaker.setAccessibleName(self.tr("Speaker"))
        compact(self.speaker, 18)

        self.tag_model = QStringListModel(self)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        tag_completer = TagCompleter(self.tag_model, self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tag_completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.tags.setCompleter(tag_completer)
        self.tags.returnPressed.connect(self.text.setFocus)

        self.save_button = QPushButton(icon("check", "#FFFFFF"), self.tr("Save comment  (Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.submitted)
        self.cancel_button = QPushButton(icon("close"), self.tr("Cancel edit  (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.cancel_button.hide()
        self.status = label("", "hint", wrap=True)
        self._layout()
        self._shortcuts()

    def _layout(self) -> None:
        links = QGridLayout()
        links.setHorizontalSpacing(10)
        links.setVerticalSpacing(8)
        for col, (text, widget) in enumerate(((self.tr("Question (Alt+Q)"), self.question),
                                              (self.tr("Option (Alt+1…9)"), self.option),
                                              (self.tr("Speaker (Alt+P)"), self.speaker),
                                              (self.tr("Tags (Alt+G)"), self.tags))):
            caption = QLabel(text)
            caption.setProperty("role", "hint")
            caption.setBuddy(widget)
            links.addWidget(caption, 0, col)
            links.addWidget(widget, 1, col)
            links.setColumnStretch(col, 1)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        for button in self.swot_buttons.values():
            chips.addWidget(button)
        chips.addSpacing(10)
        chips.addWidget(self.star)
        chips.addStretch(1)
        chips.addWidget(self.cancel_button)
        chips.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(10)
        box.addWidget(self.text, 1)
        box.addLayout(links)
        box.addLayout(chips)
        box.addWidget(self.status)

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def add(keys: str, slot) -> None:
            QShortcut(QKeySequence(keys), self, slot, context=ctx)

        for n in range(1, 10):
            add(f"Alt+{n}", lambda n=n: self.toggle_option(n))
        add("Alt+0", self.clear_links)
        add("Alt+Q", self.next_question)
        for key in SWOT_CATEGORIES:
            add(f"Alt+{key[0].upper()}", lambda k=key: self.set_swot(None if self.swot() == k else k))
        add("Alt+K", self.star.toggle)
        add("Alt+P", lambda: self._focus(self.speaker))
        add("Alt+G", lambda: self._focus(self.tags))

    def _no_such_speaker(self, typed: str, count: int) -> None:
        if count:
            text = self.tr("%n participants match “{typed}”: type more of the name, or pick one with the Down "
                           "arrow key.", "", count).format(typed=typed)
        else:
            text = self.tr("No participant matches “{typed}”; add them under Participants.").format(typed=typed)
        self.speakerProblem.emit(text)

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        elif isinstance(widget, QComboBox) and widget.lineEdit():
            widget.lineEdit().selectAll()

    # -- the session's lists -------------------------------------------------------------------
    def load(self, data: SessionData | None, all_tags: list[str]) -> None:
        """New questions, options, people and tags, keeping what is selected and typed."""
        keep_q, keep_o, keep_p = self.question_id(), self.option_id(), self.speaker_id()
        self.questions = list(data.questions) if data else []
        self.options = {q.id: data.options_of(q.id) for q in self.questions} if data else {}
        self.session_language = data.session.language if data else "en"
        self.question.blockSignals(True)
        self.question.clear()
        self.question.addItem(self.tr("No question"), None)
        for n, q in enumerate(self.questions):
            self.question.addItem(question_title(q, n + 1), q.id)
        self.question.setCurrentIndex(max(self.question.findData(keep_q), 0))
        self.question.blockSignals(False)
        self._fill_options(keep_o)
        self.people.set_participants(data.participants if data else [])
        self.speaker.setCurrentIndex(self.people.row_of(keep_p))
        self.tag_model.setStringList(all_tags)

    def _fill_options(self, keep: str | None = None) -> None:
        self.option.clear()
        self.option.addItem(self.tr("No option"), None)
        for n, o in enumerate(self.options.get(self.question_id() or "", [])):
            self.option.addItem(f"{n + 1}. " + isolate(f"{option_code(o, n + 1)} · {o.label}" if o.key else o.label),
                                o.id)
        self.option.setCurrentIndex(max(self.option.findData(keep), 0))

    def _question_changed(self, _row: int) -> None:
        self._fill_options()

    # -- reading what is on screen -------------------------------------------------------------
    def question_id(self) -> str | None:
        return self.question.currentData()

    def option_id(self) -> str | None:
        return self.option.currentData()

    def speaker_id(self) -> str | None:
        return self.people.participant_id(self.speaker.currentIndex())

    def swot(self) -> str | None:
        return next((k for k, b in self.swot_buttons.items() if b.isChecked()), None)

    def tag_list(self) -> list[str]:
        seen: list[str] = []
        for tag in self.tags.text().split(","):
            tag = " ".join(tag.split())
            if tag and tag.casefold() not in (t.casefold() for t in seen):
                seen.append(tag)
        return seen

    def comment(self, session_id: str) -> Comment:
        """A comment (new, or the one being edited) holding what is on screen."""
        text = self.text.toPlainText().strip()
        base = copy.deepcopy(self.editing) if self.editing else Comment(session=session_id)
        base.text = text
        base.question = self.question_id()
        base.option = self.option_id()
        base.participant = self.speaker_id()
        base.swot = self.swot()
        base.tags = self.tag_list()
        base.starred = self.star.isChecked()
        base.language = guess_language(text, self.session_language)
        return base

    # -- changing it ---------------------------------------------------------------------------
    def link_question(self, question_id: str | None) -> None:
        if not self.editing and not self.text.toPlainText().strip():
            self.question.setCurrentIndex(max(self.question.findData(question_id), 0))

    def toggle_option(self, n: int) -> None:
        """Alt+n: link option n of the linked question (again: unlink). No question: question n."""
        if self.question_id() is None:
            if n <= len(self.questions):
                self.question.setCurrentIndex(n)
            return
        if n < self.option.count():
            self.option.setCurrentIndex(0 if self.option.currentIndex() == n else n)

    def next_question(self) -> None:
        self.question.setCurrentIndex((self.question.currentIndex() + 1) % max(self.question.count(), 1))

    def clear_links(self) -> None:
        if self.option.currentIndex() > 0:
            self.option.setCurrentIndex(0)
        else:
            self.question.setCurrentIndex(0)

    def set_swot(self, key: str | None) -> None:
        for k, button in self.swot_buttons.items():
            button.setChecked(k == key)

    def _star_toggled(self, on: bool) -> None:
        self.star.setIcon(icon("star", ACCENT) if on else icon("star_off"))

    def show_comment(self, comment: Comment) -> None:
        """Put a stored comment on screen to edit it."""
        self.editing = copy.deepcopy(comment)
        self.text.setPlainText(comment.text)
        self.question.setCurrentIndex(max(self.question.findData(comment.question), 0))
        self.option.setCurrentIndex(max(self.option.findData(comment.option), 0))
        self.speaker.setCurrentIndex(self.people.row_of(comment.participant))
        self.set_swot(comment.swot)
        self.star.setChecked(comment.starred)
        self.tags.setText(", ".join(comment.tags))
        self.save_button.setText(self.tr("Save changes  (Enter)"))
        self.cancel_button.show()
        self.text.setFocus()

    def reset(self) -> None:
        """Ready for the next comment: the question stays (the discussion is still on it)."""
        self.editing = None
        self.text.clear()
        self.option.setCurrentIndex(0)
        self.speaker.setCurrentIndex(0)
        self.set_swot(None)
        self.star.setChecked(False)
        self.tags.clear()
        self.save_button.setText(self.tr("Save comment  (Enter)"))
        self.cancel_button.hide()
        self.text.setFocus()

    def has_unsaved_text(self) -> bool:
        typed = self.text.toPlainText().strip()
        return bool(typed) and (self.editing is None or typed != self.editing.text.strip())
