"""The on-screen chart: a bar figure of :mod:`workshop_app.exports.charts` painted with QPainter.

The figure is the Word export's figure, built by the same function; this widget reads what it
holds (the bars' rectangles and colours, the option labels, the axis limits and ticks, the axis
title, the title, the notes beside the bars, the legend) and paints that. Matplotlib's Agg
renderer needs 90–150 ms to draw a five-bar chart's text; this takes a few milliseconds, so the
chart follows a saved ballot at once. Mirrored right to left when the figure is (an inverted
x axis with the labels on the right), and ``scale`` enlarges everything (the presenter window).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..exports import charts

BASE_DPI = 100.0  # matplotlib's points become pixels as on the canvas this replaces
_ALIGN = Qt.AlignmentFlag


@dataclass
class BarChart:
    """What a figure of one axes of horizontal bars shows, in data coordinates."""

    bars: list[tuple[float, float, float, float, str]] = field(default_factory=list)  # x, y, width, height, colour
    labels: list[tuple[float, str]] = field(default_factory=list)  # (y, option label)
    xlim: tuple[float, float] = (0.0, 1.0)  # (left edge, right edge): inverted when right to left
    ylim: tuple[float, float] = (0.0, 1.0)  # (bottom, top)
    xticks: list[tuple[float, str]] = field(default_factory=list)
    xlabel: str = ""
    title: tuple[str, str] = ("", "center")
    notes: list[tuple[float, float, float, str, str, float]] = field(default_factory=list)  # x, y, dx pt, ha, text, size
    legend: list[tuple[str, str]] = field(default_factory=list)  # (colour, text)
    labels_right: bool = False
    families: list[str] = field(default_factory=list)
    size: float = 9.0  # label size, points
    text_color: str = charts.TEXT

    @classmethod
    def of(cls, figure: Figure) -> BarChart | None:
        """The chart of ``figure``, or None for a figure this widget cannot paint faithfully."""
        if len(figure.axes) != 1 or not charts.native_shaping():
            return None  # an older matplotlib gets Arabic in display order: leave those to matplotlib
        ax = figure.axes[0]
        chart = cls()
        for p in ax.patches:
            chart.bars.append((p.get_x(), p.get_y(), p.get_width(), p.get_height(), to_hex(p.get_facecolor())))
        ticks = ax.get_yticklabels()
        chart.labels = [(y, t.get_text()) for y, t in zip(ax.get_yticks(), ticks, strict=False)]
        if ticks:
            chart.families = list(ticks[0].get_fontfamily())
            chart.size = ticks[0].get_fontsize()
            chart.text_color = to_hex(ticks[0].get_color())
        chart.xlim, chart.ylim = ax.get_xlim(), ax.get_ylim()
        lo, hi = sorted(chart.xlim)
        locs = [x for x in ax.xaxis.get_majorticklocs() if lo - 1e-9 <= x <= hi + 1e-9]
        chart.xticks = list(zip(locs, ax.xaxis.get_major_formatter().format_ticks(locs), strict=True))
        chart.xlabel = ax.get_xlabel()
        chart.title = next(((ax.get_title(loc), loc) for loc in ("left", "center", "right") if ax.get_title(loc)),
                           ("", "center"))
        for note in ax.texts:
            x, y = getattr(note, "xy", note.get_position())
            dx = getattr(note, "xyann", (0, 0))[0]
            chart.notes.append((x, y, dx, note.get_ha(), note.get_text(), note.get_fontsize()))
        legend = ax.get_legend()
        if legend is not None:
            chart.legend = [(to_hex(h.get_facecolor()), t.get_text())
                            for h, t in zip(legend.legend_handles, legend.get_texts(), strict=True)]
        chart.labels_right = ax.yaxis.get_ticks_position() == "right"
        return chart


class BarPainter(QWidget):
    """Paints a :class:`BarChart`; ``draws`` counts the paints since the chart was set."""

    def __init__(self, chart: BarChart, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.scale = scale
        self.draws = 0
        self._plot = QRectF()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self.setAutoFillBackground(False)

    def set_chart(self, chart: BarChart) -> None:
        self.chart = chart
        self.draws = 0
        self.update()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()

    # -- painting ------------------------------------------------------------------------------
    def _font(self, points: float) -> QFont:
        font = QFont(self.font())
        if self.chart.families:
            font.setFamilies(self.chart.families)
        font.setPixelSize(max(1, round(points * BASE_DPI * self.scale / 72)))
        return font

    def _px(self, points: float) -> float:
        return points * BASE_DPI * self.scale / 72

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(self.rect(), QColor("white"))
        self._paint(painter)
        painter.end()
        self.draws += 1

    def _paint(self, p: QPainter) -> None:
        c, pad = self.chart, self._px(6)
        label_font, small = self._font(c.size), self._font(8)
        fm, fm_small = QFontMetricsF(label_font), QFontMetricsF(small)
        top, bottom = pad, self.height() - pad
        if c.title[0]:
            title_font = self._font(10)
            title_h = QFontMetricsF(title_font).height() * (c.title[0].count("\n") + 1)
            p.setFont(title_font)
            p.setPen(QColor(charts.TEXT))
            align = {"left": _ALIGN.AlignLeft, "right": _ALIGN.AlignRight}.get(c.title[1], _ALIGN.AlignHCenter)
            p.drawText(QRectF(pad, top, self.width() - 2 * pad, title_h), align | _ALIGN.AlignAbsolute, c.title[0])
            top += title_h + pad
        bottom -= self._legend(p, fm_small, pad, bottom) if c.legend else 0
        xlabel_h = fm.height() if c.xlabel else 0
        ticks_h = fm.height() + self._px(3.5)
        plot_bottom = bottom - xlabel_h - ticks_h - self._px(2)
        label_w = min(max([self._text_width(fm, t) for _, t in c.labels] or [0]), 0.45 * self.width())
        gap = self._px(3.5)
        near, far = pad + label_w + gap, pad + self._notes_room(fm_small, self.width() - 2 * pad - label_w - gap)
        left, right = (far, self.width() - near) if c.labels_right else (near, self.width() - far)
        plot = self._plot = QRectF(left, top, max(1.0, right - left), max(1.0, plot_bottom - top))
        self._axes(p, plot, fm)
        p.setFont(label_font)
        p.setPen(QColor(c.text_color))
        for y, text in c.labels:
            lines = text.count("\n") + 1
            h = fm.height() * lines
            box = QRectF(pad, self._y(plot, y) - h / 2, label_w, h)
            if c.labels_right:
                box.moveLeft(plot.right() + gap)
            align = _ALIGN.AlignLeft if c.labels_right else _ALIGN.AlignRight
            p.drawText(box, align | _ALIGN.AlignVCenter | _ALIGN.AlignAbsolute, text)
        if c.xlabel:
            p.drawText(QRectF(plot.left(), plot_bottom + ticks_h, plot.width(), xlabel_h),
                       _ALIGN.AlignHCenter | _ALIGN.AlignAbsolute, c.xlabel)
        self._bars_and_notes(p, plot, small, fm_small)

    def _axes(self, p: QPainter, plot: QRectF, fm: QFontMetricsF) -> None:
        c = self.chart
        p.setFont(self._font(c.size))
        for x, text in c.xticks:
            px = self._x(plot, x)
            p.setPen(QPen(QColor(charts.GRID), max(1.0, self._px(0.6))))
            p.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()))
            p.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + self._px(3.5)))
            p.setPen(QColor(c.text_color))
            w = fm.horizontalAdvance(text)
            p.drawText(QRectF(px - w / 2 - 2, plot.bottom() + self._px(3.5), w + 4, fm.height()),
                       _ALIGN.AlignHCenter | _ALIGN.AlignAbsolute, text)
        p.setPen(QPen(QColor(charts.GRID), max(1.0, self._px(0.8))))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _bars_and_notes(self, p: QPainter, plot: QRectF, small: QFont, fm_small: QFontMetricsF) -> None:
        c = self.chart
        p.setPen(Qt.PenStyle.NoPen)
        for x, y, w, h, colour in c.bars:
            x0, x1 = sorted((self._x(plot, x), self._x(plot, x + w)))
            y0, y1 = sorted((self._y(plot, y), self._y(plot, y + h)))
            p.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), QColor(colour))
        p.setFont(small)
        p.setPen(QColor(charts.TEXT))
        for x, y, dx, ha, text, _size in c.notes:
            px, py = self._x(plot, x) + self._px(dx), self._y(plot, y)
            w = fm_small.horizontalAdvance(text) + 2
            box = QRectF(px - w if ha == "right" else px, py - fm_small.height() / 2, w, fm_small.height())
            align = _ALIGN.AlignRight if ha == "right" else _ALIGN.AlignLeft
            p.drawText(box, align | _ALIGN.AlignVCenter | _ALIGN.AlignAbsolute, text)

    def _legend(self, p: QPainter, fm: QFontMetricsF, pad: float, bottom: float) -> float:
        """The legend in one centred row (or more when it does not fit) above ``bottom``; its height."""
        swatch, space = self._px(10), self._px(8)
        items = [(colour, text, swatch + self._px(4) + fm.horizontalAdvance(text)) for colour, text in self.chart.legend]
        rows: list[list] = [[]]
        width = self.width() - 2 * pad
        for item in items:
            if rows[-1] and sum(i[2] + space for i in rows[-1]) + item[2] > width:
                rows.append([])
            rows[-1].append(item)
        line = max(fm.height(), swatch) + self._px(2)
        height = line * len(rows) + self._px(4)
        y = bottom - height + self._px(4)
        p.setFont(self._font(8))
        rtl = self.chart.labels_right
        for row in rows:
            total = sum(i[2] for i in row) + space * (len(row) - 1)
            x = pad + (width - total) / 2
            for colour, text, w in (reversed(row) if rtl else row):
                sx = x + w - swatch if rtl else x
                p.fillRect(QRectF(sx, y + (line - swatch) / 2, swatch, swatch * 0.7), QColor(colour))
                p.setPen(QColor(charts.TEXT))
                tx = x if rtl else x + swatch + self._px(4)
                p.drawText(QRectF(tx, y, w - swatch - self._px(4), line),
                           _ALIGN.AlignVCenter | _ALIGN.AlignAbsolute | _ALIGN.AlignLeft, text)
                x += w + space
            y += line
        return height

    def _notes_room(self, fm: QFontMetricsF, width: float) -> float:
        """Room beyond the far end of the axis for the notes beside the longest bars."""
        c = self.chart
        span = abs(c.xlim[1] - c.xlim[0]) or 1.0
        need = 0.0
        for x, _y, dx, _ha, text, _size in c.notes:
            headroom = (max(c.xlim) - x) / span * width
            need = max(need, self._px(abs(dx)) + fm.horizontalAdvance(text) + 2 - headroom)
        return max(self._px(6), need)

    def _plot_rect(self) -> QRectF:
        """Where the axes were last painted (tests measure the bars against it)."""
        return self._plot

    @staticmethod
    def _text_width(fm: QFontMetricsF, text: str) -> float:
        return max(fm.horizontalAdvance(line) for line in text.split("\n")) + 2

    def _x(self, plot: QRectF, x: float) -> float:
        a, b = self.chart.xlim
        return plot.left() + (x - a) / ((b - a) or 1.0) * plot.width()

    def _y(self, plot: QRectF, y: float) -> float:
        bottom, top = self.chart.ylim
        return plot.top() + (y - top) / ((bottom - top) or 1.0) * plot.height()
