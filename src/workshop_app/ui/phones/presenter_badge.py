"""The join QR code and address in a corner of the presenter window while phones can answer.

The presenter window (ui/presenter.py) is not changed: :func:`show_join` puts a :class:`JoinBadge`
on its page, top right (top left when the layout is right to left), and widens the page's margin
on that side so the question and the chart flow around it rather than under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .panel import qr_pixmap

MARGIN = 48  # the presenter page's own side margin


class JoinBadge(QFrame):
    """QR code, address and join code, sized to the presenter window."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.setObjectName("presenterJoin")
        self.setStyleSheet("#presenterJoin { background: #FFFFFF; border: 2px solid #D9DEE5; border-radius: 12px; }"
                           " #presenterJoin QLabel { color: #1F2933; border: 0; }")
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel(self)
        self.code = QLabel(self)
        for text in (self.url, self.code):
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 14, 14, 12)
        box.setSpacing(4)
        box.addWidget(self.qr)
        box.addWidget(self.url)
        box.addWidget(self.code)
        self._link = ""
        page.installEventFilter(self)
        self.hide()

    def set_join(self, url: str, code_text: str) -> None:
        self._link = url
        self.code.setText(code_text)
        self.url.setText(url.split("://", 1)[-1])
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        page = self.parentWidget()
        side = max(160, min(360, round(page.height() * 0.26)))
        self.qr.setPixmap(qr_pixmap(self._link, side))
        self.qr.setFixedSize(side, side)
        for text, share, bold in ((self.url, 0.085, False), (self.code, 0.11, True)):
            font = QFont(text.font())
            font.setPixelSize(max(12, round(side * share)))
            font.setBold(bold)
            text.setFont(font)
        self.adjustSize()
        right_to_left = page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = MARGIN // 2 if right_to_left else page.width() - self.width() - MARGIN // 2
        self.move(x, MARGIN // 2)
        room = self.width() + MARGIN
        layout = page.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            if right_to_left:
                layout.setContentsMargins(room, margins.top(), margins.right(), margins.bottom())
            else:
                layout.setContentsMargins(margins.left(), margins.top(), room, margins.bottom())

    def hide_join(self) -> None:
        self.hide()
        layout = self.parentWidget().layout()
        if layout is not None:
            m = layout.contentsMargins()
            layout.setContentsMargins(MARGIN, m.top(), MARGIN, m.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False


def show_join(presenter, url: str | None, code_text: str = "") -> JoinBadge | None:
    """Show (``url``) or hide (None) the join badge on ``presenter``'s page; the badge, if any."""
    page = getattr(presenter, "page", None)
    if page is None:
        return None
    badge = page.findChild(JoinBadge)
    if url is None:
        if badge is not None:
            badge.hide_join()
        return badge
    if badge is None:
        badge = JoinBadge(page)
    badge.set_join(url, code_text)
    return badge
