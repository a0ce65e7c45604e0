"""The Export dialog: Word synthesis (full or short), Excel, CSV, REFI-QDA or JSON, off the UI thread, with progress and Cancel.

``ExportDialog(file_or_session_file, session_id, parent)`` stands alone; the main window adds the
menu entry. The export itself (an :class:`ExportJob`) runs as a :class:`BackgroundTask`: it reads
the file through ``open_readonly`` in the task's thread (a private copy: the open file is never
touched and SQLite is never shared across threads), and writes through a temporary file, so Cancel
or a failure leaves the target as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...exports import registry
from ...exports.context import ExportCancelled
from ...exports.i18n import LANGUAGES
from ...storage import SessionFile
from ..common.background import BackgroundTask, Progress

log = logging.getLogger(__name__)

ENDONYMS = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "zh": "中文", "ar": "العربية"}


def format_text(text: str) -> str:
    """A registry label or hint in the running language (marked for lupdate in exports/registry.py)."""
    return QCoreApplication.translate("ExportFormats", text) if text else ""


@dataclass(frozen=True)
class ExportJob:
    """One export as a :class:`BackgroundTask`'s work: ``job(progress, cancelled)`` writes ``output``
    and returns its path, or raises :class:`ExportCancelled` at the first step after a cancel."""

    source: Path
    fmt: str
    output: Path
    session_ids: list[str] | None
    anonymize: str
    language: str | None
    table: str
    profile: str = "full"
    methodology: bool | None = None

    def __call__(self, progress: Progress, cancelled: Callable[[], bool]) -> str:
        def step(done: int, total: int, message: str) -> None:
            if cancelled():
                raise ExportCancelled()  # the target is written only at the end: nothing was
            progress(done, total, message)

        step(0, 1, "")
        # the CLI's dispatcher: a private copy, and no copy launders a change made outside the app
        registry.export_file(self.source, self.fmt, self.output, registry.ExportOptions(
            session_ids=self.session_ids, anonymize=self.anonymize, language=self.language, table=self.table,
            profile=self.profile, methodology=self.methodology, progress=step))
        return str(self.output)


class ExportDialog(QDialog):
    """Choose format, scope, anonymisation and language; export with a progress bar."""

    def __init__(self, file: str | Path | SessionFile, session_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.source = Path(file.path if isinstance(file, SessionFile) else file)
        self.session_id = session_id
        self.task: BackgroundTask | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._build()
        self._format_changed()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.format = QComboBox(objectName="exportFormat")
        for fmt in registry.formats():
            self.format.addItem(format_text(fmt.label), fmt.name)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("&Format:"), self.format)

        scope = QWidget()
        row = QHBoxLayout(scope)
        row.setContentsMargins(0, 0, 0, 0)
        self.this_session = QRadioButton(self.tr("This session"), objectName="scopeSession")
        self.all_sessions = QRadioButton(self.tr("All sessions in the file"), objectName="scopeAll")
        self.scope_group = QButtonGroup(self)
        for button in (self.this_session, self.all_sessions):
            self.scope_group.addButton(button)
            row.addWidget(button)
        row.addStretch()
        self.this_session.setEnabled(self.session_id is not None)
        (self.this_session if self.session_id else self.all_sessions).setChecked(True)
        form.addRow(self.tr("Scope:"), scope)

        self.mode = QComboBox(objectName="exportAnonymize")
        mode_texts = {"none": self.tr("Name people only with their consent"),
                      "organisation": self.tr("By organisation, nobody named"),
                      "anonymous": self.tr("Anonymous: stakeholder groups only")}
        for mode in registry.anonymisation_modes():
            self.mode.addItem(mode_texts.get(mode, mode), mode)
        form.addRow(self.tr("&Participants:"), self.mode)

        self.language = QComboBox(objectName="exportLanguage")
        self.language.addItem(self.tr("The session's language"), "")
        for code in LANGUAGES:
            self.language.addItem(ENDONYMS.get(code, code), code)
        form.addRow(self.tr("&Language:"), self.language)

        self.profile = QComboBox(objectName="exportProfile")
        profile_texts = {"full": self.tr("Full note"),
                         "short": self.tr("Short note: summary, results tables and key quotes")}
        for name in registry.profiles():
            self.profile.addItem(profile_texts.get(name, name), name)
        form.addRow(self.tr("Le&ngth:"), self.profile)

        self.methodology = QComboBox(objectName="exportMethodology")
        self.methodology.addItem(self.tr("Only in a consolidated note (several dialogues)"), None)
        self.methodology.addItem(self.tr("Include it"), True)
        self.methodology.addItem(self.tr("Leave it out"), False)
        form.addRow(self.tr("&Methodology annex:"), self.methodology)

        self.table = QComboBox(objectName="exportTable")
        table_texts = {"comments": self.tr("Comments"), "participants": self.tr("Participants"),
                       "ballots": self.tr("Ballots (rankings)"), "scores": self.tr("Scores (points and ratings)"),
                       "sessions": self.tr("Sessions"), "key_messages": self.tr("Key messages"),
                       "results": self.tr("Results")}
        order = list(table_texts)  # comments first: the default
        for name in sorted(registry.csv_tables(), key=lambda n: order.index(n) if n in order else len(order)):
            self.table.addItem(table_texts.get(name, name), name)
        form.addRow(self.tr("CSV &table:"), self.table)

        target = QWidget()
        trow = QHBoxLayout(target)
        trow.setContentsMargins(0, 0, 0, 0)
        self.output = QLineEdit(objectName="exportOutput")
        browse = QPushButton(self.tr("Browse…"), objectName="exportBrowse")
        browse.clicked.connect(self._browse)
        trow.addWidget(self.output, 1)
        trow.addWidget(browse)
        form.addRow(self.tr("&Save as:"), target)

        self.hint = QLabel(wordWrap=True, objectName="exportHint")
        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(wordWrap=True, objectName="exportStatus")
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportStart")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancel")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- choices ---------------------------------------------------------------------------------
    def chosen_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        fmt = registry.get(self.chosen_format())
        self.table.setEnabled(fmt.honours(registry.TABLE))
        self.mode.setEnabled(fmt.honours(registry.ANONYMIZE))
        self.language.setEnabled(fmt.honours(registry.LANGUAGE))
        self.profile.setEnabled(fmt.honours(registry.PROFILE))
        self.methodology.setEnabled(fmt.honours(registry.METHODOLOGY))
        self.this_session.setEnabled(self.session_id is not None and fmt.honours(registry.SESSIONS))
        if not self.this_session.isEnabled():
            self.all_sessions.setChecked(True)
        self.hint.setText(format_text(fmt.hint))
        current = self.output.text().strip()
        self.output.setText(str((Path(current) if current else self.source).with_suffix(fmt.suffix)))

    def _browse(self) -> None:
        suffix = registry.get(self.chosen_format()).suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text(),
                                              self.tr("{fmt} files (*.{fmt})").format(fmt=suffix[1:]))
        if path:
            self.output.setText(path)

    # -- running ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.task is not None

    def make_job(self) -> ExportJob:
        scope_ids = [self.session_id] if self.this_session.isChecked() and self.session_id else None
        return ExportJob(self.source, self.chosen_format(), Path(self.output.text().strip()),
                         session_ids=scope_ids, anonymize=self.mode.currentData(),
                         language=self.language.currentData() or None, table=self.table.currentData(),
                         profile=self.profile.currentData(), methodology=self.methodology.currentData())

    def start(self) -> None:
        if self.is_running():
            return
        if not self.output.text().strip():
            self.status.setText(self.tr("Choose where to save the export."))
            return
        self.task = BackgroundTask(self.make_job(), self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.task.start()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _succeeded(self, path: str) -> None:
        self.progress.setValue(100)
        self.status.setText(self.tr("Wrote {path}").format(path=path))
        self.cancel_button.setText(self.tr("Close"))

    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(message)

    def _finished(self) -> None:
        self.export_button.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.task is not None:
            self.task.cancel()
            self.task.wait(30_000)
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
