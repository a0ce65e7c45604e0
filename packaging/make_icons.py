"""Draw the app's icon and the `.workshop` file icon, in every size each platform wants.

Run by the build scripts before PyInstaller (the icons are generated, not committed):
    python packaging/make_icons.py build/icons
writes workshop-app.png (256 px, Linux and the window), workshop-app.ico (Windows), workshop-app.icns
(macOS), and the same three as workshop-file.* for session files. Qt draws them offscreen; Pillow
(installed with matplotlib) packs the .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402

BLUE = QColor("#0B6FB8")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int, *, document: bool) -> QImage:
    """Three ranked bars (1st longest) on a UN-blue tile; a folded sheet for the file icon."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    if document:
        sheet = QPainterPath()
        sheet.moveTo(12 * s, 4 * s)
        sheet.lineTo(42 * s, 4 * s)
        sheet.lineTo(54 * s, 16 * s)
        sheet.lineTo(54 * s, 60 * s)
        sheet.lineTo(12 * s, 60 * s)
        sheet.closeSubpath()
        p.fillPath(sheet, QColor("#FFFFFF"))
        p.setPen(QColor("#5B6B7A"))
        p.drawPath(sheet)
        fold = QPainterPath()
        fold.moveTo(42 * s, 4 * s)
        fold.lineTo(42 * s, 16 * s)
        fold.lineTo(54 * s, 16 * s)
        p.drawPath(fold)
        bars, left, top, step, height, full = BLUE, 18 * s, 24 * s, 11 * s, 7 * s, 30 * s
    else:
        tile = QPainterPath()
        tile.addRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
        p.fillPath(tile, BLUE)
        bars, left, top, step, height, full = QColor("#FFFFFF"), 14 * s, 14 * s, 13 * s, 9 * s, 36 * s
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(bars)
    for i, share in enumerate((1.0, 0.72, 0.45)):
        p.drawRoundedRect(QRectF(left, top + i * step, full * share, height), height / 3, height / 3)
    p.end()
    return image


def to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombytes("RGBA", (image.width(), image.height()), bytes(image.constBits()))


def write(folder: Path, name: str, *, document: bool) -> None:
    images = {size: to_pil(draw(size, document=document)) for size in SIZES}
    images[256].save(folder / f"{name}.png")
    images[256].save(folder / f"{name}.ico", sizes=[(n, n) for n in SIZES if n <= 256])
    images[512].save(folder / f"{name}.icns")


def main(folder: str) -> None:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    write(out, "workshop-app", document=False)
    write(out, "workshop-file", document=True)
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
