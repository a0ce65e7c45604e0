"""The presenter window: the current question and, when revealed, its live chart, for the projector.

A separate top-level window. :meth:`PresenterWindow.present` puts it full screen on another
display than the main window's when there is one, else opens it as an ordinary window. Keys, as
in presentation software: R or Space hides/reveals the results, B (or .) blacks the screen out,
Esc leaves full screen, F or F5 enters it. It follows the question selected in the main window
and starts hidden on each new question, so the room sees results only when the facilitator
chooses. It never shows who answered: only the session title, the question, the number of
responses and a chart of the options.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...analysis import OpenResult, RankingResult, ScoreResult
from ..controller import AppController
from .results_chart import CHART_BORDA, ChartView, build_figure
from .results_live import LiveResults, Snapshot

log = logging.getLogger(__name__)

PAGE_STYLE = "#presenterPage { background: #FFFFFF; } #presenterPage QLabel { color: #1F2933; }"
BLACK_STYLE = "#blackout { background: #000000; }"


def presenter_screen(screens: Sequence[QScreen], main_screen: QScreen | None) -> QScreen | None:
    """The display for the presenter: the first one that is not the main window's, or None."""
    for screen in screens:
        if screen is not main_screen:
            return screen
    return None


class PresenterWindow(QWidget):
    """Large-type live results for the room. ``revealed`` and ``blacked_out`` say what it shows."""

    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.revealed = False
        self.blacked_out = False
        self._placed = False
        self.setWindowTitle(self.tr("Presenter view"))
        self.setObjectName("presenter")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.live = LiveResults(controller, self)
        self._build()
        self.live.updated.connect(self._show)
        controller.questionSelected.connect(self._question_changed)
        self.live.refresh_now()

    def _build(self) -> None:
        self.page = QWidget(self)
        self.page.setObjectName("presenterPage")
        self.page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.page.setStyleSheet(PAGE_STYLE)
        self.session_title = QLabel(self.page)
        self.session_title.setObjectName("presenterSession")
        self.prompt = QLabel(self.page)
        self.prompt.setObjectName("presenterPrompt")
        self.prompt.setWordWrap(True)
        self.status = QLabel(self.page)
        self.status.setObjectName("presenterStatus")
        self.chart = ChartView(self.page, scale=2.0)
        self.waiting = QLabel(self.page)
        self.waiting.setObjectName("presenterWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.hint = QLabel(self.tr("R or Space: show or hide results · B: black screen · F: full screen · "
                                   "Esc: leave full screen"), self.page)
        self.hint.setObjectName("presenterHint")
        self.hint.setStyleSheet("color: #8A94A3;")
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(self.session_title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.status)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.waiting, 1)
        layout.addWidget(self.hint)

        self.black = QWidget(self)
        self.black.setObjectName("blackout")
        self.black.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.black.setStyleSheet(BLACK_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.black)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._apply_type_sizes(720)

    # -- placing -------------------------------------------------------------------------------
    def present(self, main_window: QWidget | None = None) -> None:
        """Show full screen on another display than ``main_window``'s if there is one, else as a window."""
        self._placed = True
        if main_window is None:
            main_window = QApplication.activeWindow() if QApplication.activeWindow() is not self else None
        main_screen = main_window.screen() if main_window is not None else QGuiApplication.primaryScreen()
        screen = presenter_screen(QGuiApplication.screens(), main_screen)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(1280, 720)
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_R, Qt.Key.Key_Space):
            self.set_revealed(not self.revealed)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blacked_out(not self.blacked_out)
        elif key == Qt.Key.Key_Escape:
            if self.blacked_out:
                self.set_blacked_out(False)
            if self.isFullScreen():
                self.showNormal()
        elif key in (Qt.Key.Key_F, Qt.Key.Key_F5):
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self._show(self.live.snapshot)

    def set_blacked_out(self, black: bool) -> None:
        self.blacked_out = black
        self.stack.setCurrentWidget(self.black if black else self.page)

    def _question_changed(self, _question_id: str) -> None:
        if self.revealed:
            self.set_revealed(False)  # a new question starts hidden

    # -- type size -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_type_sizes(event.size().height())

    def _apply_type_sizes(self, height: int) -> None:
        """Type in proportion to the window: at 1080 lines the question is set in 52 px."""
        unit = max(height, 360) / 1080

        def font(px: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(10, round(px * unit)))
            f.setBold(bold)
            return f

        self.session_title.setFont(font(26))
        self.session_title.setStyleSheet("color: #5F6B7A;")
        self.prompt.setFont(font(52, bold=True))
        self.status.setFont(font(30))
        self.waiting.setFont(font(44))
        self.hint.setFont(font(18))
        self.chart.set_scale(max(1.0, 2.4 * unit))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and hasattr(self, "hint"):
            self.hint.setVisible(not self.isFullScreen())

    # -- showing -------------------------------------------------------------------------------
    def _show(self, snapshot: Snapshot) -> None:
        data, question, result = snapshot.data, snapshot.question, snapshot.result
        self.session_title.setText(data.session.title if data is not None else "")
        if question is None:
            self.prompt.setText(self.tr("No question yet"))
            self.status.clear()
            self._waiting(self.tr("Results will appear here."))
            return
        self.prompt.setText(question.prompt)
        if isinstance(result, OpenResult):
            total = result.comments.total
            self.status.setText(self.tr("%n comments", "", total))
            self._waiting(self.tr("Open discussion"))
            return
        count = result.ballots if isinstance(result, RankingResult | ScoreResult) else 0
        self.status.setText(self.tr("%n responses", "", count))
        if not self.revealed:
            self._waiting(self.tr("Results will be shown shortly."))
            return
        if not count:
            self._waiting(self.tr("No responses yet."))
            return
        language = data.session.language if data else "en"
        self.chart.show_later(lambda: build_figure(result, CHART_BORDA, (), language))
        self.waiting.hide()
        self.chart.show()

    def _waiting(self, text: str) -> None:
        self.chart.set_figure(None)
        self.chart.hide()
        self.waiting.setText(text)
        self.waiting.show()

    def visible_texts(self) -> list[str]:
        """Every text on the window as drawn now: labels, window title and the chart's text."""
        texts = [self.windowTitle()]
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self) and label.text():
                texts.append(label.text())
        return texts + self.chart.texts()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.live.resume()
        if not self._placed:  # shown with a plain show(): still go to the second display if there is one
            self._placed = True
            if len(QGuiApplication.screens()) > 1:
                QTimer.singleShot(0, self.present)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.live.pause()
        super().closeEvent(event)
