"""File ▸ Import: a ballots or attendance sheet, interchange JSON or a Word note, into the open file.

Choose a file (or drop one). The preview says what the file holds, per kind of record, and what
importing it would do: the importer itself (``importers.import_data``, or ``import_path`` where
that is all there is: the code behind ``workshop-app import``) runs on a private copy of the open
file made with SQLite's backup API, so the sentence shown is the CLI's own, refusals included,
and the open file is not touched. Import then runs the same function on the open file, all or
nothing, in a worker thread, through the file's session service (the dialog is modal meanwhile,
as the merge window is); the service publishes the change and the views reload from the file.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text, ui_language  # absolute: survives the move of ui/ into sub-packages

from ...domain.errors import WorkshopError
from ...domain.messages import render
from ...services import SessionService
from ...storage import SessionFile
from ..common.background import BackgroundTask, Progress, Work
from ..common.style import icon, label, set_role
from ..controller import AppController

log = logging.getLogger(__name__)

SUFFIXES = (".json", ".docx", ".xlsx", ".csv")
MAX_PROBLEMS_SHOWN = 5


@dataclass
class ImportPreview:
    """What a file holds and what importing it would do; nothing written."""

    kind: str  # "json", "docx", "attendance", "ballots", or "" when the file could not be read
    counts: list[tuple[str, int, int, int]] = field(default_factory=list)  # table, in the file, new, changed
    problems: list[str] = field(default_factory=list)  # sheet rows that cannot be used, one sentence each
    notes: list[str] = field(default_factory=list)
    report: Any = None  # what the importer returned on the trial copy (its summary or report object)
    refusal: str = ""  # the importer's sentence when it would refuse the file

    @property
    def ok(self) -> bool:
        return not self.refusal


def run_importer(sf: SessionFile, path: Path, session_id: str | None, *, take_word_text: bool = False) -> Any:
    """The CLI's importer, ``import_data`` (a report object); ``take_word_text`` keeps a Word note's
    key messages as edited in Word (imports/word_edits.py)."""
    from ...imports.dispatch import import_data

    return import_data(sf, path, session_id=session_id, take_word_text=take_word_text)


def report_role(report: Any) -> str:
    """"error" when the importer reports a problem found (exit status 1: a conflict kept), else "ok"."""
    return "error" if getattr(report, "exit_code", 0) else "ok"


def report_text(report: Any) -> str:
    """The importer's human summary: a string, or a report object's summary sentence (a coded one
    in the interface's language)."""
    if isinstance(report, str):
        return error_text(report)
    for name in ("summary", "sentence", "text"):
        value = getattr(report, name, None)
        value = value() if callable(value) else value
        if isinstance(value, str) and value:
            return error_text(value)
    return str(report)


def _document_counts(sf: SessionFile, path: Path) -> list[tuple[str, int, int, int]]:
    """Per table: records in the document, how many are new to ``sf``, how many differ from its version."""
    from ...storage.embedded import read_document
    from ...storage.interchange import parse_document

    records = parse_document(read_document(path))  # the one front door: its size limit, its sentences
    by_table: dict[str, list] = {}
    for record in records:
        by_table.setdefault(type(record).TABLE, []).append(record)
    counts = []
    for table, items in by_table.items():
        here = {r.id: r.hash for r in sf.all(type(items[0]), include_deleted=True)}
        new = sum(1 for r in items if r.id not in here)
        changed = sum(1 for r in items if r.id in here and here[r.id] != r.hash)
        counts.append((table, len(items), new, changed))
    return counts


def _sheet_preview(sf: SessionFile, path: Path, session_id: str | None, preview: ImportPreview) -> None:
    from ...imports.sheets import read_sheet

    sheet, records = read_sheet(sf, path, session_id=session_id)
    preview.kind = sheet.kind if sheet.kind in ("attendance", "ballots") else ""
    table = "participants" if sheet.kind == "attendance" else "ballots"
    if preview.kind:
        preview.counts = [(table, sheet.row_count, len(records), 0)]
    preview.problems = [error_text(problem) for problem in sheet.problems]  # coded: in the interface's language
    preview.notes = [error_text(note) for note in sheet.notes]


def trial_import(sf: SessionFile, path: Path, session_id: str | None) -> tuple[Any, str]:
    """Run the real importer on a private copy of ``sf``: (its report, "") or (None, its refusal)."""
    with tempfile.TemporaryDirectory(prefix="workshop-import-") as tmp:
        copy = Path(tmp) / sf.path.name
        sf.backup_to(copy)
        with SessionFile.open(copy) as trial:
            try:
                return run_importer(trial, path, session_id), ""
            except WorkshopError as exc:
                return None, error_text(exc)


def preview_import(sf: SessionFile, path: Path, session_id: str | None) -> ImportPreview:
    """What ``path`` holds (per kind of record) and what importing it into ``sf`` would do."""
    suffix = path.suffix.lower()
    preview = ImportPreview(kind=suffix.lstrip(".") if suffix in (".json", ".docx") else "")
    try:
        if suffix in (".json", ".docx"):
            preview.counts = _document_counts(sf, path)
        elif suffix in (".xlsx", ".csv"):
            _sheet_preview(sf, path, session_id, preview)
    except WorkshopError as exc:
        preview.kind, preview.refusal = "", error_text(exc)
        return preview
    except OSError as exc:
        preview.kind, preview.refusal = "", render("file.unreadable", {"name": path.name, "reason": str(exc.strerror or exc)},
                                                   ui_language())
        return preview
    preview.report, preview.refusal = trial_import(sf, path, session_id)
    return preview


def import_work(service: SessionService, path: Path, session_id: str | None, *, trial: bool,
                take_word_text: bool = False) -> Work:
    """A :class:`BackgroundTask`'s work: the preview (on a copy) or the import (into the open file,
    through its session service, which then tells every view)."""

    def work(_progress: Progress, _cancelled: Callable[[], bool]) -> Any:
        if trial:
            return preview_import(service.file, path, session_id)
        return service.run(lambda sf: run_importer(sf, path, session_id, take_word_text=take_word_text),
                           origin="import")

    return work


class ImportDialog(QDialog):
    """Choose or drop a file, read the preview, press Import (Enter): all of it goes in, or nothing."""

    imported = Signal(object)  # the importer's report, after a real import

    def __init__(self, controller: AppController, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.controller = controller
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.report: Any = None
        self.task: BackgroundTask | None = None
        self.trial = True  # what the task under way does: a preview (True) or the import
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.setAcceptDrops(True)
        self.resize(760, 460)
        self._build()
        self._show_preview(None)
        if path:
            self.set_path(path)

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edit = QLineEdit(objectName="importFile", readOnly=True)
        self.file_edit.setPlaceholderText(self.tr("Choose a file, or drop one on this window"))
        self.choose_button = QPushButton(icon("open"), self.tr("Choose…"), objectName="importChoose")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(lambda: self.choose())
        chooser = QHBoxLayout()
        chooser.addWidget(self.file_edit, 1)
        chooser.addWidget(self.choose_button)

        self.kind = label("", "subheading", wrap=True)
        self.counts_model = QStandardItemModel(self)
        self.counts = QTableView(objectName="importCounts")
        self.counts.setModel(self.counts_model)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outcome = label("", "hint", wrap=True)
        self.outcome.setObjectName("importOutcome")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = label("", "hint", wrap=True)
        self.word_edits = label("", "hint", wrap=True)
        self.word_edits.setObjectName("importWordEdits")
        self.word_edits.setTextFormat(Qt.TextFormat.PlainText)
        self.take_word_text = QCheckBox(self.tr("&Keep the key messages as edited in Word"), objectName="importTakeWord")
        self.take_word_text.setToolTip(self.tr("Each becomes a new revision of its key message; unticked, the note's "
                                               "data is imported as the app wrote it."))
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.import_button = QPushButton(icon("import", "#FFFFFF"), self.tr("Import"), objectName="importButton")
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="importClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Import into {file}").format(file=self.controller.file.path.name), "heading"))
        layout.addWidget(label(self.tr("Interchange JSON, a Word note written by this app, or an attendance or "
                                       "ballots sheet (.xlsx, .csv). Nothing is added until you press Import, "
                                       "and then all of it or nothing."), "hint", wrap=True))
        layout.addLayout(chooser)
        layout.addWidget(self.kind)
        layout.addWidget(self.counts)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details)
        layout.addWidget(self.word_edits)
        layout.addWidget(self.take_word_text)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _kind_text(self, preview: ImportPreview) -> str:
        name = self.path.name if self.path else ""
        return {
            "json": self.tr("{file}: an interchange JSON document"),
            "docx": self.tr("{file}: a Word note with its data"),
            "attendance": self.tr("{file}: an attendance sheet, for this session"),
            "ballots": self.tr("{file}: a ballots sheet, for this session"),
        }.get(preview.kind, self.tr("{file}")).format(file=name)

    def _table_name(self, table: str) -> str:
        return {"sessions": self.tr("Sessions"), "frameworks": self.tr("Frameworks"), "questions": self.tr("Questions"),
                "options": self.tr("Options"), "participants": self.tr("Participants"),
                "ballots": self.tr("Ballots"), "comments": self.tr("Comments"),
                "key_messages": self.tr("Key messages")}.get(table, table)

    def _fill_counts(self, preview: ImportPreview | None) -> None:
        self.counts_model.clear()
        sheet = bool(preview and preview.kind in ("attendance", "ballots"))
        headers = [self.tr("Kind"), self.tr("Rows in the sheet") if sheet else self.tr("In the file"),
                   self.tr("To add") if sheet else self.tr("New here"), self.tr("Different here")]
        self.counts_model.setHorizontalHeaderLabels(headers)
        for table, total, new, changed in (preview.counts if preview else []):
            cells = [QStandardItem(self._table_name(table))] + [QStandardItem(str(n)) for n in (total, new, changed)]
            for cell in cells[1:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.counts_model.appendRow(cells)
        self.counts.setColumnHidden(3, sheet)  # a sheet's rows are all new records
        self.counts.setVisible(bool(preview and preview.counts))
        header = self.counts.horizontalHeader()
        self.counts.setFixedHeight(max(header.sizeHint().height(), header.height())
                                   + self.counts.verticalHeader().length() + 2 * self.counts.frameWidth() + 4)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self._fill_counts(preview)
        self.kind.setText(self._kind_text(preview) if preview else "")
        if preview is None:
            self._say("", "hint")
        elif preview.ok:
            self._say(self.tr("Importing would do this: {summary}").format(summary=report_text(preview.report)),
                      report_role(preview.report))
        else:
            self._say(preview.refusal, "error")
        said = self.outcome.text()
        lines = (preview.problems[:MAX_PROBLEMS_SHOWN] if preview else []) + [
            note for note in (preview.notes if preview else []) if note not in said]
        if preview and len(preview.problems) > MAX_PROBLEMS_SHOWN:
            lines.append(self.tr("… and %n more rows with problems.", "", len(preview.problems) - MAX_PROBLEMS_SHOWN))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self._show_word_edits(getattr(preview.report, "word_edits", []) if preview and preview.ok else [])
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():  # a longer preview: grow rather than let the parts overlap
            self.resize(self.width(), needed)
        ready = bool(preview and preview.ok)
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        if ready:
            self.import_button.setFocus()

    def _show_word_edits(self, edits: list) -> None:
        """A note edited in Word: each key message as the data has it and as Word shows it, and the choice."""
        def short(text: str) -> str:
            return text if len(text) <= 160 else text[:159] + "…"

        lines = [self.tr("%n key message(s) read differently in Word than in the note's data:", "", len(edits))]
        for edit in edits[:MAX_PROBLEMS_SHOWN]:
            lines.append(self.tr("In the data: {text}").format(text=short(edit.data_text)))
            lines.append(self.tr("In Word: {text}").format(text=short(edit.word_text)))
        self.word_edits.setText("\n".join(lines) if edits else "")
        self.word_edits.setVisible(bool(edits))
        self.take_word_text.setVisible(bool(edits))
        self.take_word_text.setChecked(False)

    def _say(self, text: str, role: str) -> None:
        self.outcome.setText(text)
        set_role(self.outcome, role)
        self.outcome.setVisible(bool(text))

    # -- choosing the file -----------------------------------------------------------------------
    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", self.tr(
            "Data to import (*.json *.docx *.xlsx *.csv);;All files (*)"))
        if name:
            self.set_path(name)

    def set_path(self, path: str | Path) -> None:
        """Preview ``path`` (chosen, dropped, or given by the caller)."""
        if self.is_running():
            return
        self.path = Path(path)
        self.report = None
        self.file_edit.setText(str(self.path))
        self._show_preview(None)
        self.kind.setText(self._kind_text(ImportPreview(kind="")))
        self._say(self.tr("Reading {file}…").format(file=self.path.name), "hint")
        self._run(trial=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped(event)
        if path is not None:
            event.acceptProposedAction()
            self.set_path(path)

    def _dropped(self, event) -> Path | None:
        if self.is_running() or not event.mimeData().hasUrls():
            return None
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix.lower() in SUFFIXES else None

    # -- running -----------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.task is not None

    def start_import(self) -> None:
        if self.is_running() or self.path is None or self.preview is None or not self.preview.ok:
            return
        self._say(self.tr("Importing {file}…").format(file=self.path.name), "hint")
        self._run(trial=False)

    def _run(self, *, trial: bool) -> None:
        assert self.path is not None
        self.trial = trial
        work = import_work(self.controller.service, self.path, self.controller.session_id, trial=trial,
                           take_word_text=self.take_word_text.isChecked() and self.take_word_text.isVisible())
        self.task = BackgroundTask(work, self)
        self.task.succeeded.connect(self._previewed if trial else self._imported)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        for widget in (self.import_button, self.choose_button):
            widget.setEnabled(False)
        self.close_button.setEnabled(trial)  # an import under way is not interrupted half-way
        self.progress.show()
        self.task.start()

    def _previewed(self, preview: ImportPreview) -> None:
        self._show_preview(preview)

    def _imported(self, report: Any) -> None:
        self.report = report
        log.info("imported %s into %s: %s", self.path, self.controller.file.path, report_text(report))
        # The views have reloaded already: the service published the import before this arrived.
        notes = [error_text(note) for note in getattr(report, "notes", [])]
        self._say(" ".join([report_text(report), *notes]), report_role(report))
        self.take_word_text.setEnabled(False)
        self.preview = None
        self.import_button.setDefault(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        if self.trial:
            self._show_preview(ImportPreview(kind="", refusal=message))
        else:  # nothing was written (one transaction): the preview stands, Import may be tried again
            self._say(message, "error")

    def _finished(self) -> None:
        self.progress.hide()
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self.choose_button.setEnabled(True)
        self.close_button.setEnabled(True)
        ready = self.report is None and self.preview is not None and self.preview.ok
        self.import_button.setEnabled(ready)
        (self.import_button if ready else self.close_button).setFocus()

    def _importing(self) -> bool:
        return self.is_running() and not self.trial

    def _wait_for_preview(self) -> None:
        if self.task is not None:  # a preview only reads: let it end, its answer is dropped
            self.task.wait(60_000)

    def reject(self) -> None:
        if self._importing():
            return  # the import finishes first; then the dialog closes as usual
        self._wait_for_preview()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._importing():
            event.ignore()
            return
        self._wait_for_preview()
        super().closeEvent(event)
