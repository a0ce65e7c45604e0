"""The Merge window: drop the files from the venues, preview what each adds, merge, read the report.

``MergeWindow(parent=None, master=None)`` stands alone: ``master`` is a path or an open
:class:`SessionFile` (the main window's, used while this window is modal); without one the staff
member chooses (or creates) the master here. The merge runs off the GUI thread (a
BackgroundTask), one source file at a time, with a progress bar; Cancel stops between files (a file is merged whole or not at all).
A preview is a dry run: the same merge, rolled back, so its counts are exactly what Merge will do.

A master open for writing in this process (the main window's file, given as an open file or as
its path) is merged through its session service: the file is not opened a second time (that
would be refused as in use), the service holds it while the worker writes, and every open view
is told what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ...domain.errors import WorkshopError
from ...merge.report import MergeReport
from ...merge.sources import SOURCE_SUFFIXES
from ...services import find_open, service_for
from ...storage import SessionFile
from ..common.background import BackgroundTask, Progress, Work
from ..common.style import icon
from ..settings import app_settings
from .sources_model import SourcesModel

log = logging.getLogger(__name__)

def merge_work(master: Path | SessionFile, sources: list[Path], dry_run: bool) -> Work:
    """The merge (or preview) as a :class:`BackgroundTask`'s work: returns the MergeReport."""

    def work(progress: Progress, cancelled: Callable[[], bool]) -> MergeReport:
        from ...merge.engine import merge_files, merge_into

        options = dict(dry_run=dry_run, progress=progress, cancelled=cancelled)
        service = service_for(master) if isinstance(master, SessionFile) else find_open(master)
        if service is None:
            return merge_files(master, sources, **options)
        if dry_run:  # rolled back: nothing to tell, but no other write meanwhile
            with service.reading() as sf:
                return merge_into(sf, sources, **options)
        return service.run(lambda sf: merge_into(sf, sources, **options), origin="merge")

    return work


class MergeWindow(QDialog):
    """Files from the venues in, one master out: preview, merge, report, conflicts, mapping."""

    merged = Signal(object)  # the MergeReport of a real merge, so an open view can refresh

    def __init__(self, parent: QWidget | None = None, master: str | Path | SessionFile | None = None):
        super().__init__(parent)
        self.setObjectName("mergeWindow")
        self.setWindowTitle(self.tr("Merge session files"))
        self.setAcceptDrops(True)
        self.open_master = master if isinstance(master, SessionFile) else None
        if self.open_master is not None:
            # The merge writes through this very connection (its service holds it meanwhile): modal as before.
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.task: BackgroundTask | None = None
        self.last_report: MergeReport | None = None
        self.model = SourcesModel(self)
        self._build()
        if master is not None:
            self.set_master(Path(master.path if isinstance(master, SessionFile) else master))
        else:
            remembered = app_settings().value("merge/master", "")
            if remembered and Path(str(remembered)).exists():
                self.set_master(Path(str(remembered)))
        self._update_buttons()
        self.resize(1100, 620)

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Master file:")))
        self.master_edit = QLineEdit(objectName="mergeMaster", readOnly=True)
        self.master_edit.setPlaceholderText(self.tr("Choose the master file that collects every session"))
        top.addWidget(self.master_edit, 1)
        self.choose_master = QPushButton(icon("open"), self.tr("Choose…"), objectName="mergeChooseMaster")
        self.new_master = QPushButton(icon("new"), self.tr("New master…"), objectName="mergeNewMaster")
        self.choose_master.clicked.connect(self._choose_master)
        self.new_master.clicked.connect(self._create_master)
        top.addWidget(self.choose_master)
        top.addWidget(self.new_master)
        self.choose_master.setEnabled(self.open_master is None)
        self.new_master.setEnabled(self.open_master is None)

        self.hint = QLabel(self.tr("Drop .workshop files, Word notes (.docx) or JSON exports here, or add them with "
                                   "“Add files…”. Preview shows what each would add before anything changes."),
                           wordWrap=True, objectName="mergeHint")
        self.hint.setProperty("role", "hint")
        self.table = QTableView(objectName="mergeSources")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(SourcesModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

        files_row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Add files…"), objectName="mergeAdd")
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), objectName="mergeRemove")
        self.add_button.clicked.connect(self._add_files)
        self.remove_button.clicked.connect(self._remove_selected)
        files_row.addWidget(self.add_button)
        files_row.addWidget(self.remove_button)
        files_row.addStretch()
        self.conflicts_button = QPushButton(icon("merge"), self.tr("Review conflicts…"), objectName="mergeConflicts")
        self.mapping_button = QPushButton(icon("framework"), self.tr("Framework mapping…"), objectName="mergeMapping")
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.mapping_button.clicked.connect(self.open_mapping)
        files_row.addWidget(self.conflicts_button)
        files_row.addWidget(self.mapping_button)

        self.progress = QProgressBar(objectName="mergeProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(wordWrap=True, objectName="mergeStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addStretch()
        self.preview_button = QPushButton(self.tr("&Preview"), objectName="mergePreview")
        self.merge_button = QPushButton(icon("merge", "#FFFFFF"), self.tr("&Merge"), objectName="mergeStart")
        self.merge_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="mergeCancel")
        self.close_button = QPushButton(self.tr("Close"), objectName="mergeClose")
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.merge_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        for b in (self.preview_button, self.merge_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(files_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- master and files ------------------------------------------------------------------------
    def master_path(self) -> Path | None:
        text = self.master_edit.text().strip()
        return Path(text) if text else None

    def set_master(self, path: Path) -> None:
        self.master_edit.setText(str(path))
        self.model.clear_reports()
        self._update_buttons()

    def _choose_master(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the master file"), "",
                                              self.tr("Session files (*.workshop)"))
        if name:
            self.set_master(Path(name))
            app_settings().setValue("merge/master", name)

    def _create_master(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New master file"), "master.workshop",
                                              self.tr("Session files (*.workshop)"))
        if not name:
            return
        path = Path(name if name.endswith(".workshop") else name + ".workshop")
        try:
            SessionFile.create(path).close()
        except WorkshopError as exc:
            QMessageBox.warning(self, self.tr("New master file"), error_text(exc))
            return
        self.set_master(path)
        app_settings().setValue("merge/master", str(path))

    def add_files(self, paths: list[Path | str]) -> int:
        """Add source files (folders are searched one level for session files); returns how many."""
        found: list[Path] = []
        for p in map(Path, paths):
            if p.is_dir():
                found += sorted(q for q in p.iterdir() if q.suffix.lower() in SOURCE_SUFFIXES)
            else:
                found.append(p)
        master = self.master_path()
        added = self.model.add([p for p in found if master is None or p.resolve() != master.resolve()])
        self._update_buttons()
        return added

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add files to merge"), "",
            self.tr("Session files, Word notes and JSON (*.workshop *.docx *.json);;All files (*)"))
        self.add_files(names)

    def _remove_selected(self) -> None:
        self.model.remove_rows([i.row() for i in self.table.selectionModel().selectedRows()])
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.running():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    # -- running ---------------------------------------------------------------------------------
    def running(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        busy = self.running()
        ready = bool(self.model.paths()) and self.master_path() is not None and not busy
        self.preview_button.setEnabled(ready)
        self.merge_button.setEnabled(ready)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy)
        have_master = self.master_path() is not None and not busy
        self.conflicts_button.setEnabled(have_master)
        self.mapping_button.setEnabled(have_master)

    def start(self, dry_run: bool) -> None:
        master = self.master_path()
        if master is None or not self.model.paths() or self.running():
            return
        self.model.clear_reports()
        self.progress.setRange(0, len(self.model.paths()))
        self.progress.setValue(0)
        self.status.setText(self.tr("Checking the files…") if dry_run else self.tr("Merging…"))
        self.task = BackgroundTask(merge_work(self.open_master or master, self.model.paths(), dry_run), self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._thread_done)
        self._update_buttons()
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Stopping after the current file…"))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status.setText(self.tr("File {n} of {total}: {name}").format(n=done + 1, total=total, name=name))

    @Slot(object)
    def _finished(self, report: MergeReport) -> None:
        self.last_report = report
        self.model.set_report(report)
        self.status.setText(self.summary(report))
        if not report.dry_run:
            self.merged.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.status.setProperty("role", "error")
        self.status.style().polish(self.status)

    @Slot()
    def _thread_done(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self._update_buttons()

    def summary(self, report: MergeReport) -> str:
        t = report.totals()
        ok = sum(1 for s in report.sources if s.status in ("merged", "previewed"))
        refused = len(report.sources) - ok
        if report.dry_run:
            head = self.tr("Preview: {ok} of %n files would merge; nothing has changed yet.", "", len(report.sources))
        else:
            head = self.tr("Merged {ok} of %n files.", "", len(report.sources))
        text = head.format(ok=ok)
        text += " " + self.tr("%1, %2, %3.", "three counts").replace(
            "%1", self.tr("%n records added", "", t["added"])).replace(
            "%2", self.tr("%n updated", "", t["fast_forwarded"])).replace(
            "%3", self.tr("%n conflicts", "", t["conflicts"]))
        if refused:
            text += " " + self.tr("%n files refused or not merged: the master holds nothing of them.", "", refused)
        if report.cancelled:
            text += " " + self.tr("Cancelled: the files after the current one were not merged.")
        if report.backup:
            text += " " + self.tr("Backup of the master: {file}").format(file=Path(report.backup).name)
        return text

    # -- review ----------------------------------------------------------------------------------
    def open_conflicts(self) -> None:
        from .conflicts_view import ConflictsView

        self._open_review(ConflictsView, self.tr("Merge conflicts"))

    def open_mapping(self) -> None:
        from .mapping_view import MappingView

        self._open_review(MappingView, self.tr("Framework mapping"))

    def _open_review(self, cls: type, title: str) -> None:
        target = self.open_master or self.master_path()
        if target is None:
            return
        try:
            dialog = cls(target, self)
        except WorkshopError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return
        dialog.exec()

    def closeEvent(self, event: Any) -> None:
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running():
            self.cancel()
            return
        super().reject()
