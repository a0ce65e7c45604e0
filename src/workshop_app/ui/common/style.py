"""The look: Fusion with a calm light palette, one accent colour, icons from one family (mdi6).

Everything visual that more than one view uses lives here, so the views stay about behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .glyph_icons import glyph_icon  # qtawesome's icons without importing qtawesome (start-up time)

ACCENT = "#0B6FB8"  # UN blue, a little deeper so white text on it reads well
ACCENT_SOFT = "#E3EFF9"
TEXT = "#1F2933"
MUTED = "#5F6B7A"
WINDOW = "#F5F6F8"
BORDER = "#D5DAE1"
OK = "#1E7B45"
DANGER = "#B3261E"
DANGER_SOFT = "#FBE9E7"
WARN_SOFT = "#FFF4D6"

# One place for every icon, so the same thing always looks the same.
ICONS = {
    "setup": "mdi6.clipboard-edit-outline",
    "participants": "mdi6.account-group-outline",
    "capture": "mdi6.format-list-numbered",
    "comments": "mdi6.comment-text-multiple-outline",
    "results": "mdi6.chart-bar",
    "synthesis": "mdi6.file-document-edit-outline",
    "presenter": "mdi6.projector-screen-outline",
    "saved": "mdi6.check-circle",
    "not_saved": "mdi6.alert-circle",
    "add": "mdi6.plus",
    "remove": "mdi6.delete-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "import": "mdi6.file-import-outline",
    "star": "mdi6.star",
    "star_off": "mdi6.star-outline",
    "open": "mdi6.folder-open-outline",
    "new": "mdi6.file-plus-outline",
    "demo": "mdi6.play-circle-outline",
    "export": "mdi6.file-export-outline",
    "merge": "mdi6.call-merge",
    "handover": "mdi6.usb-flash-drive-outline",
    "copy": "mdi6.content-save-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "keyboard": "mdi6.keyboard-outline",
    "seat": "mdi6.seat-outline",
    "search": "mdi6.magnify",
    "framework": "mdi6.format-list-bulleted-type",
    "strength": "mdi6.arm-flex-outline",
    "weakness": "mdi6.alert-outline",
    "opportunity": "mdi6.lightbulb-on-outline",
    "threat": "mdi6.shield-alert-outline",
    "speaker": "mdi6.account-voice",
    "tag": "mdi6.tag-outline",
    "link": "mdi6.link-variant",
    "clear": "mdi6.backspace-outline",
    "close": "mdi6.close",
    "quit": "mdi6.exit-to-app",
    "edit": "mdi6.pencil-outline",
    "person_add": "mdi6.account-plus-outline",
    "drop": "mdi6.tray-arrow-down",
    "help": "mdi6.help-circle-outline",
    "info": "mdi6.information-outline",
    "anonymous": "mdi6.account-off-outline",
    "file": "mdi6.file-outline",
    "ranking": "mdi6.format-list-numbered",
    "points": "mdi6.cash-multiple",
    "rating": "mdi6.star-four-points-outline",
    "open_question": "mdi6.text-box-outline",
    "check": "mdi6.check",
}


# Icons that point along the reading direction, mirrored right to left (up, down, lists, play stay).
POINTING = {"undo", "redo", "import", "export", "quit", "mdi6.cellphone-wireless"}


def icon(name: str, color: str = MUTED) -> QIcon:
    return glyph_icon(ICONS.get(name, name), color, name in POINTING)


def accent_icon(name: str) -> QIcon:
    return glyph_icon(ICONS.get(name, name), ACCENT, name in POINTING)


STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListView#navigation {{
    background: #FFFFFF; border: none;
    padding-top: 12px; outline: 0;
}}
QListView#navigation::item {{ padding: 10px 14px; margin: 2px 8px; border-radius: 6px; color: {TEXT}; }}
QListView#navigation::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT}; font-weight: 600; }}
QListView#navigation::item:hover:!selected {{ background: #EEF1F4; }}
QLabel[role="heading"] {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subheading"] {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="ok"] {{ color: {OK}; }}
QFrame[role="card"] {{ background: #FFFFFF; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#banner {{ background: {DANGER_SOFT}; border: 1px solid {DANGER}; border-radius: 6px; }}
QFrame#banner[tone="info"] {{ background: {WARN_SOFT}; border: 1px solid #C99A06; }}
QPushButton {{ padding: 6px 14px; border-radius: 5px; background: #FFFFFF; border: 1px solid {BORDER}; color: {TEXT}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed {{ background: {ACCENT_SOFT}; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9AA5B1; background: #F3F4F6; }}
QPushButton::menu-indicator {{ subcontrol-position: right center; subcontrol-origin: padding; right: 6px; }}
QPushButton[hasMenu="true"] {{ padding-right: 24px; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: #FFFFFF; border: 1px solid {ACCENT}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: #095E9D; }}
QPushButton[role="primary"]:disabled {{ background: #9DBBD6; border-color: #9DBBD6; }}
QPushButton[role="option"] {{ text-align: left; padding: 8px 12px; background: #FFFFFF;
    border: 1px solid {BORDER}; border-radius: 6px; }}
QPushButton[role="option"]:hover {{ border-color: {ACCENT}; }}
QPushButton[role="option"]:focus {{ border: 2px solid {ACCENT}; }}
QWidget#ratingRow {{ border-radius: 6px; }}
QWidget#ratingRow:focus {{ background: {ACCENT_SOFT}; }}
QPushButton[role="option"]:checked {{ background: {ACCENT_SOFT}; border: 1px solid {ACCENT}; color: {TEXT}; }}
QPushButton[role="chip"] {{ padding: 3px 10px; border-radius: 11px; background: #FFFFFF; border: 1px solid {BORDER}; }}
QPushButton[role="chip"]:checked {{ background: {ACCENT_SOFT}; border: 1px solid {ACCENT}; color: {ACCENT}; }}
QPushButton[role="scale"] {{ padding: 4px 0; border-radius: 6px; }}
QPushButton[role="scale"]:checked {{ background: {ACCENT}; border: 1px solid {ACCENT}; color: #FFFFFF; font-weight: 600; }}
QTableView {{ background: #FFFFFF; border: 1px solid {BORDER}; border-radius: 6px;
    gridline-color: #ECEFF3; selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT}; }}
QHeaderView::section {{ background: #F0F2F5; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 8px; font-weight: 600; color: {MUTED}; }}
QListView {{ background: #FFFFFF; border: 1px solid {BORDER}; border-radius: 6px;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT}; }}
QPlainTextEdit#commentEntry {{ font-size: 15pt; background: #FFFFFF; border: 2px solid {BORDER};
    border-radius: 8px; padding: 8px; }}
QPlainTextEdit#commentEntry:focus {{ border-color: {ACCENT}; }}
QLineEdit#typedOrder {{ font-size: 16pt; padding: 6px 10px; }}
QStatusBar {{ background: #FFFFFF; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 2px 6px; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion, a light palette whatever the desktop's theme, a readable base font."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F9FB"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8A94A3"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def isolate(text: str) -> str:
    """``text`` (data: an option's label, a question's prompt) as one Unicode isolate while the app
    reads right to left: "1. " + isolate(label) puts the number where an Arabic list has it (at the
    right) and the English label in its own order beside it, its "…" and full stop at its own end.
    Left to right, the text itself."""
    if text and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"
    return text


def rtl_text(text: str) -> bool:
    """True when the first letter of ``text`` with a direction reads right to left (Arabic, Hebrew)."""
    import unicodedata

    for ch in text[:200]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def own_direction(text: str) -> str:
    """``text`` (a comment, a person's words) in its own direction whatever the layout's: an English
    comment in the Arabic interface keeps its full stop at the end, an Arabic one in the English
    interface too. Unchanged when both read the same way."""
    rtl_layout = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if not text or rtl_text(text) == rtl_layout:
        return text
    opening = "\u2067" if rtl_text(text) else "\u2066"  # right-to-left or left-to-right isolate
    return f"{opening}{text}\u2069"


def label(text: str, role: str | None = None, *, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    """A QLabel with a style role ("heading", "subheading", "hint", "error", "ok")."""
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's style role and re-polish so the new look shows at once."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def bold(font: QFont) -> QFont:
    f = QFont(font)
    f.setBold(True)
    return f


def compact(box, chars: int = 16):
    """A combo box that does not grow with its longest item (long prompts would widen the window)."""
    from PySide6.QtWidgets import QComboBox, QSizePolicy

    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())
    return box
