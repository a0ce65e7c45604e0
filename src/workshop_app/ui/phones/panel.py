"""Open to phones: the facilitator's panel that serves the session to the room's phones (issue 13).

The facilitator picks the network (the laptop's Wi-Fi or Ethernet address; private addresses
first; the choice is remembered), presses Start, and the room scans a large QR code, or types the
short address and the join code shown in big type. Counters (phones joined, answers per question)
follow :meth:`PhoneServer.stats` on a timer. **Close answers** refuses every answer from that moment
(a phone is told so in its language); **Reopen** takes them again. The server stops when the file
closes or the app quits (:meth:`PhonesPanel.shutdown`, called by the main window).

The server writes through the open file's session service (origin "phone"), so a phone's ballot
reaches the views as the controller's ``dataChanged`` — Results, the presenter and the counts
update as if it had been typed — and it goes on nobody's undo stack.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ..common.style import icon, label
from ..controller import AppController
from ..settings import app_settings

log = logging.getLogger(__name__)

PREFERRED_PORT = 8765  # easy to type; another free port when it is taken
LOOPBACK = "127.0.0.1"
SETTING = "phones/address"
REGISTRATION = "phones/registration"
SCOPE = "phones/scope"  # "all": every question; "current": the question selected in the app


class NetworkChoice(NamedTuple):
    label: str  # what the facilitator reads: "Wi-Fi (wlan0) — 192.168.1.20"
    address: str  # the IPv4 address the server binds to
    private: bool  # a private (LAN) address: what a hotspot or a travel router gives
    kind: int  # 0 Wi-Fi, 1 Ethernet, 2 anything else, 3 this laptop only


def order_choices(choices: list[NetworkChoice]) -> list[NetworkChoice]:
    """Private addresses first, Wi-Fi before Ethernet before the rest; "this laptop only" last."""
    return sorted(choices, key=lambda c: (c.kind == 3, not c.private, c.kind, c.label))


def network_choices() -> list[NetworkChoice]:
    """The addresses phones could reach: interfaces up, running, not loopback, IPv4; then loopback."""
    found = []
    flags = QNetworkInterface.InterfaceFlag
    types = QNetworkInterface.InterfaceType
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        kind = {types.Wifi: 0, types.Ieee80211: 0, types.Ethernet: 1}.get(interface.type(), 2)
        name = {0: QCoreApplication.translate("PhonesPanel", "Wi-Fi"),
                1: QCoreApplication.translate("PhonesPanel", "Ethernet")}.get(kind, interface.humanReadableName())
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol or ip.isLoopback():
                continue
            text = f"{name} ({interface.humanReadableName()}) — {ip.toString()}" if kind < 2 else \
                f"{name} — {ip.toString()}"
            found.append(NetworkChoice(text, ip.toString(), ip.isPrivateUse(), kind))
    found.append(NetworkChoice(QCoreApplication.translate("PhonesPanel", "This laptop only (for a test) — {address}")
                               .format(address=LOOPBACK), LOOPBACK, True, 3))
    return order_choices(found)


def qr_pixmap(url: str, size: int = 320) -> QPixmap:
    """The join address as a QR code (segno: PNG bytes, no other dependency), ``size`` pixels wide."""
    import io

    import segno

    qr = segno.make(url, error="m")
    buffer = io.BytesIO()
    modules = qr.symbol_size(scale=1, border=2)[0]
    qr.save(buffer, kind="png", scale=max(1, -(-size // modules)), border=2)  # at least size
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class PhonesPanel(QDialog):
    """The "Open to phones" window: network, Start, QR code, address, join code, counters, Close."""

    started = Signal(str)  # the join address, once the server listens
    stopped = Signal()  # the server has stopped (file closed, app quitting)

    def __init__(self, controller: AppController, parent: QWidget | None = None, *, interval_ms: int = 1000):
        super().__init__(parent)
        self.controller = controller
        self.server = None
        self.setObjectName("phonesPanel")
        self.setWindowTitle(self.tr("Open to phones"))
        self.setModal(False)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.refresh)
        self._build()
        self._fill_networks()
        self._show_state()
        controller.sessionChanged.connect(lambda _id: self._file_replaced())
        controller.questionSelected.connect(lambda _id: self._open_questions())

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.network = QComboBox(self)
        self.network.setObjectName("phonesNetwork")
        self.network.setAccessibleName(self.tr("Network"))
        self.registration = QComboBox(self)
        self.registration.setObjectName("phonesRegistration")
        for text, mode in ((self.tr("Optional: people may say who they are"), "optional"),
                           (self.tr("Required before answering"), "required"),
                           (self.tr("Off: every answer is anonymous"), "off")):
            self.registration.addItem(text, mode)
        saved = app_settings().value(REGISTRATION, "optional")
        self.registration.setCurrentIndex(max(0, self.registration.findData(saved)))
        self.scope = QComboBox(self)
        self.scope.setObjectName("phonesScope")
        self.scope.addItem(self.tr("Every question of the session"), "all")
        self.scope.addItem(self.tr("One at a time: the question selected in the app"), "current")
        self.scope.setCurrentIndex(max(0, self.scope.findData(app_settings().value(SCOPE, "all"))))
        self.scope.currentIndexChanged.connect(lambda _i: self._open_questions())
        self.start_button = QPushButton(icon("mdi6.cellphone-wireless"), self.tr("&Start"), self)
        self.start_button.setObjectName("phonesStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(icon("close"), self.tr("&Close answers"), self)
        self.close_button.setObjectName("phonesClose")
        self.close_button.clicked.connect(self.close_answers)
        self.reopen_button = QPushButton(icon("mdi6.cellphone-wireless"), self.tr("&Reopen answers"), self)
        self.reopen_button.setObjectName("phonesReopen")
        self.reopen_button.clicked.connect(self.reopen_answers)

        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.network)
        form.addRow(self.tr("&Registration:"), self.registration)
        form.addRow(self.tr("&Questions:"), self.scope)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.close_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.qr = QLabel(self)
        self.qr.setObjectName("phonesQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(320, 320)
        self.qr.setAccessibleName(self.tr("QR code of the join address"))
        self.url = self._big_label("phonesUrl", 20)
        self.code = self._big_label("phonesCode", 30)
        self.state = label("", "hint", wrap=True)
        self.state.setObjectName("phonesState")
        self.counts = label("", None, wrap=True)
        self.counts.setObjectName("phonesCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)

        join = QVBoxLayout()
        join.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        join.addWidget(self.url)
        join.addWidget(self.code)
        join.addWidget(self.state)
        join.addWidget(label(self.tr("Answers received"), "subheading"))
        join.addWidget(self.counts)
        join.addStretch(1)

        advice = QFrame(self)
        advice.setObjectName("phonesAdvice")
        advice.setFrameShape(QFrame.Shape.StyledPanel)
        advice.setStyleSheet("#phonesAdvice { background: #F5F7FA; border-radius: 8px; }")
        advice_box = QVBoxLayout(advice)
        advice_box.addWidget(label(self.tr("Which network?"), "subheading"))
        advice_box.addWidget(label(self.tr(
            "Phones must reach this laptop directly; no internet is needed.\n\n"
            "• Small room: turn on this laptop's own hotspot and ask people to join it "
            "(Windows' hotspot takes about 8 phones).\n\n"
            "• Large room: bring a travel router, connect the laptop and the phones to it.\n\n"
            "• Venue or hotel Wi-Fi often keeps phones from reaching each other: try it with your "
            "own phone before the session.\n\n"
            "• Android may warn that the network has no internet: tap “Stay connected”."), None, wrap=True))
        advice_box.addStretch(1)
        advice.setMaximumWidth(330)

        body = QHBoxLayout()
        body.addLayout(join, 1)
        body.addWidget(advice)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        outer.addWidget(label(self.tr("Open to phones"), "heading"))
        outer.addLayout(form)
        outer.addLayout(buttons)
        outer.addLayout(body, 1)
        self.resize(800, 760)

    def _big_label(self, name: str, points: int) -> QLabel:
        big = QLabel(self)
        big.setObjectName(name)
        font = QFont(big.font())
        font.setPointSize(points)
        font.setBold(True)
        big.setFont(font)
        big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big.setTextFormat(Qt.TextFormat.PlainText)
        return big

    def _fill_networks(self) -> None:
        self.network.clear()
        for choice in network_choices():
            self.network.addItem(choice.label, choice.address)
        saved = app_settings().value(SETTING, "")
        index = self.network.findData(saved) if saved else -1
        self.network.setCurrentIndex(index if index >= 0 else 0)

    # -- the server ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Serve the current session on the chosen address (a running server stops first)."""
        from ...phones import PhoneServer

        self.shutdown()
        address = self.network.currentData() or LOOPBACK
        mode = self.registration.currentData() or "optional"
        settings = app_settings()
        settings.setValue(SETTING, address)
        settings.setValue(REGISTRATION, mode)
        settings.setValue(SCOPE, self.scope.currentData())
        settings.sync()
        server = None
        for port in (PREFERRED_PORT, 0):
            try:
                server = PhoneServer(self.controller.service, host=address, port=port,
                                     session_id=self.controller.session_id, registration=mode)
                server.start()
                break
            except WorkshopError as exc:
                server = None
                error = str(exc)
        if server is None:
            self.state.setText(error)
            self.state.setProperty("role", "error")
            self._restyle(self.state)
            return False
        self.server = server
        self._open_questions()
        self.qr.setPixmap(qr_pixmap(server.url))
        self.url.setText(server.url)
        self.code.setText(self.tr("Join code: {code}").format(code=server.join_code))
        self.timer.start()
        self._show_state()
        self.refresh()
        self.started.emit(server.url)
        return True

    def close_answers(self) -> None:
        """Stop accepting answers at once; phones are told the question is closed."""
        if self.server is not None:
            self.server.close_all()
            self._show_state()
            self.refresh()

    def reopen_answers(self) -> None:
        if self.server is not None:
            self._open_questions(reopen=True)
            self._show_state()

    def _open_questions(self, reopen: bool = False) -> None:
        """Every question, or only the one selected in the app (followed as the facilitator moves on)."""
        if self.server is None or not (reopen or self.accepting):
            return
        ids = None
        if self.scope.currentData() == "current":
            ids = [self.controller.question_id] if self.controller.question_id else []
        try:
            self.server.open(ids)
        except WorkshopError:  # a question of another session: none is open
            self.server.open([])
        if not reopen:
            self._show_state()

    def shutdown(self) -> None:
        """Stop the server (the file is closing, the app quits, or another network was chosen)."""
        if self.server is None:
            return
        self.timer.stop()
        server, self.server = self.server, None
        try:
            server.stop()
        except Exception:  # noqa: BLE001 - stopping must never keep the file from closing
            log.exception("stopping the phone server")
        self._show_state()
        self.stopped.emit()

    def _file_replaced(self) -> None:
        """Work went on in a copy (a failed write, ui/write_failure.py): phones must not write the old file."""
        if self.server is not None and self.server.state.service is not self.controller.service:
            self.shutdown()
            self.state.setText(self.tr("The work goes on in another file: press Start to open it to phones."))
            self.state.setProperty("role", "error")
            self._restyle(self.state)

    @property
    def accepting(self) -> bool:
        return self.server is not None and self.server.state.accepting

    # -- showing -------------------------------------------------------------------------------
    def update_presenter(self) -> None:
        """The join code on the presenter window (when it is open) while phones can answer."""
        from .presenter_badge import show_join

        presenter = getattr(self.parentWidget(), "presenter", None)
        if presenter is not None:
            accepting = self.server is not None and self.accepting
            show_join(presenter, self.server.url if accepting else None,
                      self.code.text() if accepting else "")

    def _show_state(self) -> None:
        self.update_presenter()
        running = self.server is not None
        for widget in (self.qr, self.url, self.code):
            widget.setVisible(running)
        self.close_button.setVisible(running and self.accepting)
        self.reopen_button.setVisible(running and not self.accepting)
        self.start_button.setText(self.tr("Re&start") if running else self.tr("&Start"))
        if not running:
            text, role = self.tr("Choose the network the phones are on, then press Start."), "hint"
        elif self.accepting and self.scope.currentData() == "current":
            text, role = self._one_question_text(), "ok"
        elif self.accepting:
            text, role = self.tr("Open: phones can answer. Scan the code or type the address."), "ok"
        else:
            text, role = self.tr("Closed: phones can no longer answer."), "error"
        self.state.setText(text)
        self.state.setProperty("role", role)
        self._restyle(self.state)

    def _one_question_text(self) -> str:
        data = self.controller.session_data()
        ids = [q.id for q in data.questions] if data else []
        if self.controller.question_id not in ids:
            return self.tr("Open, but no question is selected: choose one in Capture or Results.")
        return self.tr("Open: phones can answer question {n} only; it follows the question selected in the app."
                       ).format(n=ids.index(self.controller.question_id) + 1)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def refresh(self) -> None:
        """Phones joined and answers per question, from the server's counters."""
        if self.server is None:
            return
        stats = self.server.stats()
        data = self.controller.session_data()
        lines = [self.tr("Phones joined: {n}").format(n=stats.devices), ""]
        for n, question in enumerate(data.questions if data else [], start=1):
            prompt = question.prompt if len(question.prompt) <= 48 else question.prompt[:47].rstrip() + "…"
            lines.append(self.tr("{n}. {prompt} — {count}").format(
                n=n, prompt=prompt, count=stats.answers.get(question.id, 0)))
        lines += ["", self.tr("Comments: {n}").format(n=getattr(stats, "comments", 0))]
        self.counts.setText("\n".join(lines))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Esc hides the panel (the server goes on): it is closed with "Close answers", or with the file
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            if self.parentWidget() is not None:
                self.parentWidget().activateWindow()  # back to where the facilitator was
            return
        super().keyPressEvent(event)

