"""Icons from qtawesome's Material Design Icons font, drawn as qtawesome draws them.

Start-up time: importing qtawesome imports qtpy, which star-imports all of QtCore, QtGui and
QtWidgets (about 0.3 s before the first window can show). The app only needs one of its fonts,
so this reads the font and its character map from the installed qtawesome package without
importing it, and paints a glyph as qtawesome's default ``draw="text"`` does: the glyph at 7/8
of the icon's height, centred, in the given colour (the palette's disabled text colour when
disabled).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

FONTS = {  # prefix: (font file, character map) in qtawesome's fonts folder
    "mdi6": ("materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json"),
}


class IconNotFound(KeyError):
    """A name that is not in the font's character map."""


@cache
def _fonts_folder() -> Path:
    spec = importlib.util.find_spec("qtawesome")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise IconNotFound("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font(prefix: str) -> tuple[str, dict[str, str]]:
    """The family of the loaded font and its map of names to characters."""
    ttf, charmap = FONTS[prefix]
    folder = _fonts_folder()
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(folder / ttf)))
    if not families:
        raise IconNotFound(f"the font {ttf} could not be loaded")
    codes = json.loads((folder / charmap).read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


class GlyphEngine(QIconEngine):
    """One glyph in one colour at any size."""

    def __init__(self, family: str, char: str, color: str, mirror: bool = False):
        super().__init__()
        self.family, self.char, self.color, self.mirror = family, char, color, mirror

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if self.mirror and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # an icon that points along the reading, read right to left: the glyph's mirror image
            image = QImage(rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            inner = QPainter(image)
            self._draw(inner, QRect(QPoint(0, 0), rect.size()), mode)
            inner.end()
            painter.drawImage(rect, image.flipped(Qt.Orientation.Horizontal))
            return
        self._draw(painter, rect, mode)

    def _draw(self, painter: QPainter, rect: QRect, mode: QIcon.Mode) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            app = QApplication.instance()
            color = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) if app \
                else QColor(150, 150, 150)
        else:
            color = QColor(self.color)
        painter.setPen(color)
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> GlyphEngine:
        return GlyphEngine(self.family, self.char, self.color, self.mirror)


def glyph_icon(name: str, color: str, mirror: bool = False) -> QIcon:
    """``name`` as qtawesome spells it ("mdi6.chart-bar"), in ``color``; ``mirror``: drawn mirrored
    while the application is laid out right to left (an arrow that points along the reading)."""
    prefix, _, glyph = name.partition(".")
    if prefix not in FONTS:
        raise IconNotFound(name)
    family, chars = _font(prefix)
    if glyph not in chars:
        raise IconNotFound(name)
    return QIcon(GlyphEngine(family, chars[glyph], color, mirror))
