"""The on-screen results chart is painted with QPainter from the Word chart's figure, and honestly.

Matplotlib's Agg canvas took 90-150 ms to draw a five-bar chart's text, so the chart lagged every
saved ballot (bench/gui_results.py). These tests check the painted chart against the figure the
Word export gets: the same bars, lengths in proportion, colours, labels, mirrored right to left.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor  # noqa: E402

from workshop_app.exports import charts  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.bar_painter import BarChart, BarPainter  # noqa: E402
from workshop_app.ui.controller import AppController  # noqa: E402
from workshop_app.ui.results_sample import build_results_sample  # noqa: E402
from workshop_app.ui.results_view import ResultsView  # noqa: E402


@pytest.fixture
def view(qtbot, tmp_path):
    sf = SessionFile.create(tmp_path / "results.workshop")
    build_results_sample(sf, groups={"member_state": 4, "civil_society": 3, "academia": 2})
    v = ResultsView(AppController(sf))
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close()
    sf.close()


def _painted(qtbot, view) -> BarPainter:
    chart = view.panel.chart
    chart.draw_now()
    qtbot.waitUntil(chart.drawn, timeout=3000)
    assert isinstance(chart.canvas, BarPainter)  # not matplotlib's canvas
    return chart.canvas


def _bar_runs(image, y: int, colours: set[str]) -> list[tuple[int, int]]:
    """The horizontal runs of bar-coloured pixels on row ``y``: (first x, last x)."""
    runs, start = [], None
    for x in range(image.width()):
        inside = QColor(image.pixel(x, y)).name().upper() in colours
        if inside and start is None:
            start = x
        elif not inside and start is not None:
            runs.append((start, x - 1))
            start = None
    if start is not None:
        runs.append((start, image.width() - 1))
    return runs


def test_the_painted_bars_are_the_figures_bars_in_proportion(qtbot, view):
    painter = _painted(qtbot, view)
    figure = view.panel.chart.figure
    result = view.panel.model.result
    assert [p.get_width() for p in figure.axes[0].patches] == [r.borda for r in result.options]
    assert [b[2] for b in painter.chart.bars] == [r.borda for r in result.options]
    assert [t for _, t in painter.chart.labels] == [t.get_text() for t in figure.axes[0].get_yticklabels()]
    image = painter.grab().toImage()
    colours = {charts.MAIN.upper(), charts.ACCENT.upper()}
    lengths = []
    for _x, y, _w, h, colour in painter.chart.bars:
        row = round(painter._y(painter._plot_rect(), y + h / 2))
        runs = _bar_runs(image, row, colours)
        assert len(runs) == 1, runs
        assert QColor(image.pixel(runs[0][0] + 1, row)).name().upper() == colour.upper()
        lengths.append(runs[0][1] - runs[0][0] + 1)
    best = max(r.borda for r in result.options)
    for length, r in zip(lengths, result.options, strict=True):
        assert abs(length / max(lengths) - r.borda / best) < 0.02


def test_right_to_left_bars_grow_from_the_right_with_labels_on_the_right(qtbot, view):
    view.panel.show_result(view.panel.model.result, view.panel._last[1], "ar")
    painter = _painted(qtbot, view)
    assert painter.chart.labels_right and painter.chart.xlim[0] > painter.chart.xlim[1]
    plot = painter._plot_rect()
    image = painter.grab().toImage()
    colours = {charts.MAIN.upper(), charts.ACCENT.upper()}
    ends = []
    for _x, y, _w, h, _colour in painter.chart.bars:
        runs = _bar_runs(image, round(painter._y(plot, y + h / 2)), colours)
        assert len(runs) == 1
        ends.append(runs[0][1])
    assert max(ends) - min(ends) <= 1  # every bar starts at the zero line, on the right
    assert abs(ends[0] - plot.right()) <= 2


def test_a_figure_the_painter_does_not_know_stays_with_matplotlib(qtbot, view):
    from matplotlib.figure import Figure

    figure = Figure()
    figure.add_subplot(1, 2, 1)
    figure.add_subplot(1, 2, 2)
    assert BarChart.of(figure) is None
    view.panel.chart.set_figure(figure)
    assert not isinstance(view.panel.chart.canvas, BarPainter)
