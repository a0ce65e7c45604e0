"""A chart from :mod:`workshop_app.exports.charts` on screen, and the choice of chart for a result.

The figures are the Word export's figures (one chart module); this file picks which one a result
gets and shows it: painted with QPainter by :mod:`.bar_painter` from what the figure holds (fast
enough to follow every ballot), or in a ``FigureCanvasQTAgg`` for a figure the painter does not
know. ``scale`` enlarges everything drawn (text included), which is how the presenter window gets
type that reads from the back of the room without a second chart module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ..analysis import RankingResult, ScoreResult
from ..domain.model import Ballot
from ..exports import charts
from .bar_painter import BarChart, BarPainter

log = logging.getLogger(__name__)

BASE_DPI = 100.0
CHART_BORDA = "borda"
CHART_POSITIONS = "positions"


class ChartWords(QObject):
    """Axis titles in the interface language (the legend words come from the chart module)."""

    def borda(self) -> str:
        return self.tr("Borda score")

    def ballots(self) -> str:
        return self.tr("Ballots")

    def points(self) -> str:
        return self.tr("Total points")

    def responses(self) -> str:
        return self.tr("Responses")


def build_figure(result: object, chart: str, ballots: Iterable[Ballot], language: str,
                 words: ChartWords | None = None) -> Figure | None:
    """The figure for ``result``: Borda bars or the distribution of positions (ranking), totals
    (points), the spread of ratings (rating); None for a result with nothing to draw."""
    words = words or ChartWords()
    if isinstance(result, RankingResult) and result.ballots and result.options:
        if chart == CHART_POSITIONS:
            positions = charts.rank_positions([r.option_id for r in result.options], ballots)
            return charts.position_distribution_chart(result, positions, language=language, xlabel=words.ballots())
        return charts.ranking_bar_chart(result, language=language, xlabel=words.borda())
    if isinstance(result, ScoreResult) and result.ballots and result.options:
        xlabel = words.points() if result.kind == "points" else words.responses()
        return charts.scores_chart(result, language=language, xlabel=xlabel)
    return None


def figure_texts(figure: Figure | None) -> list[str]:
    """Every piece of text the figure draws (titles, tick labels, annotations, legend)."""
    if figure is None:
        return []
    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def layout_signature(figure: Figure) -> tuple:
    """What decides a figure's layout besides its size: the axes and their labels (not the values)."""
    parts = []
    for ax in figure.axes:
        legend = ax.get_legend()
        parts.append((
            tuple(t.get_text() for t in ax.get_yticklabels()),
            ax.get_xlabel(), ax.get_ylabel(), ax.get_title(), ax.get_title(loc="left"), ax.get_title(loc="right"),
            tuple(t.get_text() for t in legend.get_texts()) if legend is not None else (),
            ax.yaxis.get_ticks_position(), ax.xaxis_inverted(),
        ))
    return tuple(parts)


class _Canvas(FigureCanvasQTAgg):
    """A canvas that remembers the size its figure was last laid out at, and lays out again when
    resized if its figure borrowed the layout of the figure before it."""

    def __init__(self, figure: Figure):
        super().__init__(figure)
        self.laid_out_size: tuple[int, int] | None = None
        self.borrowed_engine = None
        self.draws = 0
        self.mpl_connect("draw_event", self._drawn)

    def _drawn(self, _event) -> None:
        self.laid_out_size = (self.width(), self.height())
        self.draws += 1

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.borrowed_engine is not None and (event.size().width(), event.size().height()) != self.laid_out_size:
            self.figure.set_layout_engine(self.borrowed_engine)
            self.borrowed_engine = None
        super().resizeEvent(event)


class ChartView(QWidget):
    """Holds one figure at a time and draws it.

    A new figure gets a fresh canvas (matplotlib pairs a figure with one canvas). When the new
    figure has the same labels as the one it replaces (a ballot came in: only the values moved)
    and the widget kept its size, it takes over the old figure's axes positions instead of
    running the constrained layout again, which is about a third of the cost of a draw.
    :meth:`show_later` builds and draws at most once per ``min_interval_ms``, so a stream of
    ballots cannot keep the window busy drawing charts; the first one after a quiet spell goes
    out on the next turn of the event loop.
    """

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0, min_interval_ms: int = 400):
        super().__init__(parent)
        self.scale = scale
        self.generation = 0  # figures shown so far (tests wait on it)
        self._figure: Figure | None = None
        self._canvas: _Canvas | None = None
        self._painter: BarPainter | None = None  # the widget on show when the figure is painted
        self._builder: Callable[[], Figure | None] | None = None
        self._since = QElapsedTimer()
        self._min_interval = min_interval_ms
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.flush)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def figure(self) -> Figure | None:
        return self._figure

    @property
    def canvas(self) -> FigureCanvasQTAgg | BarPainter | None:
        return self._canvas or self._painter

    @property
    def pending(self) -> bool:
        return self._builder is not None

    def settled(self) -> bool:
        """Nothing pending and the interval since the last figure is over (benchmarks wait on this)."""
        return not self.pending and (not self._since.isValid() or self._since.elapsed() >= self._min_interval)

    def drawn(self) -> bool:
        """The figure on show has been rendered at least once."""
        shown = self._canvas or self._painter
        return shown is not None and shown.draws > 0

    def show_later(self, build: Callable[[], Figure | None]) -> None:
        """Show the figure ``build()`` makes, soon (see the class notes)."""
        self._builder = build
        if self._timer.isActive():
            return
        wait = 0
        if self._since.isValid():
            wait = max(0, self._min_interval - self._since.elapsed())
        self._timer.start(wait)

    def flush(self) -> None:
        """Build and show the pending figure now."""
        self._timer.stop()
        build, self._builder = self._builder, None
        if build is not None:
            self._set(build())
            self._since.start()

    def set_figure(self, figure: Figure | None) -> None:
        """Show ``figure`` at once (anything pending is dropped)."""
        self._timer.stop()
        self._builder = None
        self._set(figure)

    def _set(self, figure: Figure | None) -> None:
        old_canvas, old_figure = self._canvas, self._figure
        self._figure = figure
        self._canvas = None
        self.generation += 1
        painted = BarChart.of(figure) if figure is not None else None
        if painted is not None:
            if self._painter is None:
                self._painter = BarPainter(painted, self.scale, self)
                self._layout.addWidget(self._painter)
            self._painter.set_chart(painted)
            self._painter.show()
        elif self._painter is not None:
            self._painter.hide()
        if figure is not None and painted is None:
            dpi = BASE_DPI * self.scale
            figure.set_dpi(dpi)
            figure._original_dpi = dpi  # matplotlib rescales from this on a device-pixel-ratio change
            canvas = _Canvas(figure)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setMinimumSize(120, 80)
            if old_canvas is not None and old_figure is not None:
                self._borrow_layout(old_canvas, old_figure, canvas, figure)
                canvas.resize(old_canvas.size())
            self._layout.addWidget(canvas)
            self._canvas = canvas
        if old_canvas is not None:
            self._layout.removeWidget(old_canvas)
            old_canvas.hide()
            old_canvas.deleteLater()

    @staticmethod
    def _borrow_layout(old_canvas: _Canvas, old: Figure, new_canvas: _Canvas, new: Figure) -> None:
        size = (old_canvas.width(), old_canvas.height())
        if old_canvas.laid_out_size != size or old.dpi != new.dpi or len(old.axes) != len(new.axes):
            return
        if layout_signature(old) != layout_signature(new):
            return
        engine = new.get_layout_engine()
        new.set_layout_engine("none")
        for a, b in zip(old.axes, new.axes, strict=True):
            b.set_position(a.get_position())
        new_canvas.laid_out_size = size
        new_canvas.borrowed_engine = engine

    def set_scale(self, scale: float) -> None:
        """Enlarge (or shrink) everything drawn, keeping the chart the size of the widget."""
        if abs(scale - self.scale) < 0.01:
            return
        self.scale = scale
        if self._painter is not None:
            self._painter.set_scale(scale)
        if self._figure is None or self._canvas is None:
            return
        dpi = BASE_DPI * scale
        ratio = self._canvas.device_pixel_ratio
        self._figure.set_dpi(dpi * ratio)
        self._figure._original_dpi = dpi
        if self._canvas.borrowed_engine is not None:
            self._figure.set_layout_engine(self._canvas.borrowed_engine)
            self._canvas.borrowed_engine = None
        size = self._canvas.size()
        self._figure.set_size_inches(size.width() / dpi, size.height() / dpi, forward=False)
        self._canvas.draw_idle()

    def texts(self) -> list[str]:
        return figure_texts(self._figure)

    def draw_now(self) -> None:
        """Build anything pending and render at once (tests, benchmarks, screenshots)."""
        self.flush()
        if self._canvas is not None:
            self._canvas.draw()
        elif self._painter is not None and self._figure is not None:
            self._painter.repaint()
