"""The main window: navigation on the side, one view at a time, the truth about saving below.

Each view is built when it is first shown, and the module of every view, dialog and window other
than Capture is imported then (start-up time: the first window waits only for what it shows).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ..domain.errors import WorkshopError
from .capture.capture_view import CaptureView
from .common.banner import Banner
from .common.save_status import SaveStatus, UndoLink
from .common.shortcuts_dialog import ShortcutsDialog
from .common.style import accent_icon, icon, label
from .common.undo_keys import UndoKeys
from .common.write_failure import continue_in_copy, suggested_copy_name
from .controller import AppController

log = logging.getLogger(__name__)

class Pages(dict):
    """The window's views by key. A view is built when first shown or first asked for (start-up
    time: the window opens with only the view it shows); ``get`` and ``in`` see built views only."""

    def __init__(self, build):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


class PageHolder(QWidget):
    """Holds a page in a scroll area by its minimum size only.

    A scroll area asks a page with word-wrapped labels for its preferred height at the current
    width, and scrolls whenever that is taller than the window, even when the page would fit.
    Without a layout of its own, this holder reports the page's minimum size instead: the page
    scrolls only on a screen too small for it.
    """

    def __init__(self, page: QWidget):
        super().__init__()
        self.page = page
        page.setParent(self)

    def set_page(self, page: QWidget) -> None:
        """Show ``page``, built as this holder's child, in place of the empty one."""
        self.page.deleteLater()
        self.page = page
        page.setGeometry(self.rect())
        page.show()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return self.page.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.page.sizeHint()

    def resizeEvent(self, event) -> None:
        self.page.setGeometry(self.rect())
        super().resizeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController, launcher=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.launcher = launcher
        self.presenter = None
        self.phones = None  # the "Open to phones" panel, once opened (ui/phones/panel.py)
        self.pages: dict[str, QWidget] = Pages(self._create_lazy)
        self._lazy: dict[str, tuple[int, object]] = {}
        self.resize(1280, 800)
        self._build()
        self._menus()
        controller.saved.connect(self.status.show_saved)
        controller.writeFailed.connect(self._write_failed)
        controller.validationFailed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        controller.dataChanged.connect(self._data_changed)
        controller.sessionChanged.connect(lambda _id: self._update_title())
        self.status.opened(controller.file.path)
        self._update_title()
        self._update_counts()
        self.show_page("capture" if self._has_questions() else "setup")

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView()
        self.nav.setObjectName("navigation")
        self.nav.setModel(self.nav_model)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        views = {  # each built when first shown (see Pages)
            "setup": (self.tr("Setup"), self._setup_view),
            "participants": (self.tr("Participants"), self._participants_view),
            "capture": (self.tr("Capture"), self._capture_view),
            "comments": (self.tr("Comments"), self._comments_view),
            "results": (self.tr("Results"), self._results_view),
            "synthesis": (self.tr("Synthesis"), self._synthesis_view),
        }
        for key, (text, build) in views.items():
            self._add_page(key, text, build)
        self.nav.selectionModel().currentChanged.connect(lambda cur, _prev: self._nav_changed(cur.row()))

        self.banner = Banner()
        self.banner.saveCopy.connect(self.save_copy_elsewhere)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.setSpacing(0)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(16, 10, 16, 0)
        banner_row.addWidget(self.banner)
        right_box.addLayout(banner_row)
        right_box.addWidget(self.stack, 1)
        central = QWidget()
        box = QHBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        nav_box = QVBoxLayout()
        nav_box.setContentsMargins(0, 0, 0, 0)
        nav_box.setSpacing(0)
        brand = label(self.tr("Workshop App"), "subheading")
        brand.setContentsMargins(22, 16, 12, 4)
        self.session_label = label("", "hint", wrap=True)
        self.session_label.setContentsMargins(22, 0, 12, 8)
        nav_panel = QWidget()
        nav_panel.setObjectName("navPanel")
        nav_panel.setStyleSheet("#navPanel { background: #FFFFFF; }")
        nav_panel.setFixedWidth(210)
        nav_panel.setLayout(nav_box)
        nav_box.addWidget(brand)
        nav_box.addWidget(self.session_label)
        nav_box.addWidget(self.nav, 1)
        phones = QPushButton(accent_icon("mdi6.cellphone-wireless"), self.tr("Open to phones"))
        phones.setObjectName("openPhones")
        phones.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys: Ctrl+Shift+P (File ▸ Open to phones…)
        phones.setToolTip(self.tr("Participants answer from their own phones (Ctrl+Shift+P)"))
        phones.clicked.connect(self.open_phones)
        phones_row = QHBoxLayout()
        phones_row.setContentsMargins(14, 0, 14, 12)
        phones_row.addWidget(phones)
        nav_box.addLayout(phones_row)
        box.addWidget(nav_panel)
        box.addWidget(right, 1)
        self.setCentralWidget(central)

        self.status = SaveStatus()
        self.counts = QLabel()
        self.statusBar().addWidget(self.status)
        self.statusBar().addPermanentWidget(self.counts)

    def _add_page(self, key: str, text: str, build) -> None:
        """A navigation entry and an empty page; ``build(parent)`` makes the view when it is first needed."""
        item = QStandardItem(accent_icon(key), text)
        item.setData(key, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        item.setSizeHint(QSize(180, 44))
        self.nav_model.appendRow(item)
        self._lazy[key] = (self.stack.count(), build)
        self.stack.addWidget(self._scrolling(QWidget()))

    # The views other than Capture (where a session with questions opens), and the dialogs and
    # windows below, are imported when first built: start-up time (their modules and what they
    # import, analysis, charts, the exporters, are a tenth of a second or more).
    # Each builder makes its view inside ``parent``, the page's place in the window: Qt styles the
    # widgets once (a view built apart and then moved in is styled again: 35 ms for Capture).
    def _setup_view(self, parent: QWidget) -> QWidget:
        from .setup.setup_view import SetupView

        return SetupView(self.controller, parent)

    def _participants_view(self, parent: QWidget) -> QWidget:
        from .participants.participants_view import ParticipantsView

        return ParticipantsView(self.controller, parent)

    def _comments_view(self, parent: QWidget) -> QWidget:
        from .comments.comments_view import CommentsView

        return CommentsView(self.controller, parent)

    def _capture_view(self, parent: QWidget) -> QWidget:
        view = CaptureView(self.controller, parent)
        view.goToComments.connect(lambda: self.show_page("comments"))
        return view

    def _results_view(self, parent: QWidget) -> QWidget:
        from .results.results_view import ResultsView

        return ResultsView(self.controller, parent)

    def _synthesis_view(self, parent: QWidget) -> QWidget:
        from .synthesis.synthesis_view import SynthesisView

        return SynthesisView(self.controller, parent)

    @staticmethod
    def _scrolling(view: QWidget) -> QScrollArea:
        """A page that scrolls rather than forcing the window to be larger than a small screen."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(PageHolder(view))
        return area

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        if self.launcher is not None:
            self._action(file_menu, self.tr("New session from template…"), "new", QKeySequence.StandardKey.New,
                         lambda: self.launcher.new_session(self))
            self._action(file_menu, self.tr("Open…"), "open", QKeySequence.StandardKey.Open,
                         lambda: self.launcher.open_dialog(self))
            self._action(file_menu, self.tr("Open demo session"), "demo", None, lambda: self.launcher.open_demo())
            file_menu.addSeparator()
        self._action(file_menu, self.tr("Export…"), "export", "Ctrl+E", self.export)
        self._action(file_menu, self.tr("Import…"), "import", "Ctrl+I", self.import_file)
        self._action(file_menu, self.tr("Open to phones…"), "mdi6.cellphone-wireless", "Ctrl+Shift+P", self.open_phones)
        self._action(file_menu, self.tr("Handover copy…"), "handover", None, self.handover_copy)
        self._action(file_menu, self.tr("Save a copy elsewhere…"), "copy", None, self.save_copy_elsewhere)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Merge files…"), "merge", None, self.merge)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Close"), "close", QKeySequence.StandardKey.Close, self.close)
        # Quit closes every window, each asking about anything typed and not saved (as Close does)
        self._action(file_menu, self.tr("Quit"), "quit", QKeySequence.StandardKey.Quit, QApplication.closeAllWindows)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.controller.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = self.controller.undo_stack.createRedoAction(self, self.tr("Redo"))
        # each once: on X11 the standard Redo is Ctrl+Shift+Z already, and a key bound twice is ambiguous
        redo.setShortcuts(list(dict.fromkeys(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                                             + [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])))
        redo.setIcon(icon("redo"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.undo_keys = UndoKeys(self)  # Ctrl+Z in a field with nothing of its own to undo: Edit ▸ Undo
        self.undo_link = UndoLink(self.controller, undo, redo)  # "Undo: Ballot of X" after each save
        self.statusBar().insertPermanentWidget(1, self.undo_link)
        edit_menu.addSeparator()
        preferences = self._action(edit_menu, self.tr("Preferences…"), "mdi6.cog-outline", "Ctrl+,", self.show_preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = bar.addMenu(self.tr("&View"))
        for row in range(self.nav_model.rowCount()):
            item = self.nav_model.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            self._action(view_menu, item.text(), key, f"Ctrl+{row + 1}", lambda k=key: self.show_page(k))
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Presenter window"), "presenter", "F5", self.open_presenter)
        self.session_menu = view_menu.addMenu(icon("file"), self.tr("Session"))
        self.session_menu.aboutToShow.connect(self._fill_session_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard shortcuts"), "keyboard", QKeySequence.StandardKey.HelpContents,
                     self.show_shortcuts)
        self._action(help_menu, self.tr("About Workshop App"), "info", None, self.show_about)

    def _action(self, menu, text: str, icon_name: str, keys, slot) -> QAction:
        action = menu.addAction(icon(icon_name), text)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: slot())
        return action

    # -- pages ---------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [self.nav_model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.nav_model.rowCount())]

    def show_page(self, key: str) -> None:
        keys = self.page_keys()
        if key in keys:
            self.nav.setCurrentIndex(self.nav_model.index(keys.index(key), 0))

    def current_page(self) -> str:
        return self.page_keys()[self.stack.currentIndex()]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys()[row]
        if key in self._lazy:
            self._create_lazy(key)
        self.stack.setCurrentIndex(row)
        page = self.pages[key]
        focus = getattr(page, "focus_entry", None)
        if key == "comments":
            page.entry.text.setFocus()
        elif key == "participants":
            page.quick.name.setFocus()
        elif callable(focus):
            focus()

    def _create_lazy(self, key: str) -> QWidget:
        if key not in self._lazy:
            raise KeyError(key)
        index, build = self._lazy[key]
        holder = self.stack.widget(index).widget()
        view = build(holder)  # if this fails, the page is built again the next time it is shown
        del self._lazy[key]
        holder.set_page(view)
        self.pages[key] = view
        return view

    def _has_questions(self) -> bool:
        data = self.controller.session_data()
        return bool(data and data.questions)

    # -- title and status ----------------------------------------------------------------------
    def _update_title(self) -> None:
        data = self.controller.session_data()
        name = self.controller.file.path.name
        title = data.session.title if data else self.tr("no session")
        self.setWindowTitle(f"{name} — {title} — Workshop App")
        self.session_label.setText(title)

    def _update_counts(self) -> None:
        data = self.controller.session_data()
        if data is None:
            self.counts.setText("")
            return
        self.counts.setText(" · ".join([self.tr("%n participants", "", len(data.participants)),
                                        self.tr("%n ballots", "", len(data.ballots)),
                                        self.tr("%n comments", "", len(data.comments))]))

    def _data_changed(self, table: str) -> None:
        self._update_counts()
        if table in ("", "sessions"):
            self._update_title()

    def _write_failed(self, message: str) -> None:
        self.status.show_failed(message)
        self.banner.show_failure(message)

    # -- file actions --------------------------------------------------------------------------
    def save_copy_elsewhere(self, target: str | None = None) -> bool:
        """Write a copy through the backup API and carry on in it (what is typed stays on screen)."""
        path = self.controller.file.path
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy elsewhere"), str(Path.home() / suggested_copy_name(path)),
                self.tr("Session files (*.workshop)"))
            if not target:
                return False
        if not target.endswith(".workshop"):
            target += ".workshop"
        try:
            continue_in_copy(self.controller, Path(target))
        except WorkshopError as exc:
            self.banner.show_failure(error_text(exc))
            return False
        self.status.opened(Path(target))
        self.banner.show_info(self.tr("Now working in {file}. Anything still on screen is not saved yet: "
                                      "press Enter in that view to save it.").format(file=target))
        if self.launcher is not None:
            self.launcher.remember(Path(target))
        self._update_title()
        return True

    def handover_copy(self, target: str | None = None) -> bool:
        from ..storage import handover

        path = self.controller.file.path
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Handover copy"), str(path.with_name(f"{path.stem}-handover.workshop")),
                self.tr("Session files (*.workshop)"))
            if not target:
                return False
        try:
            seal = handover(self.controller.file, Path(target))
        except WorkshopError as exc:
            QMessageBox.warning(self, self.tr("Handover copy"), error_text(exc))
            return False
        self.statusBar().showMessage(self.tr("Sealed copy written to {file} (seal {seal}…)").format(
            file=target, seal=seal[:12]), 15000)
        return True

    def export(self) -> None:
        from .transfer.export_dialog import ExportDialog

        ExportDialog(self.controller.file, self.controller.session_id, self).exec()

    def import_file(self, path: str | None = None) -> None:
        """File ▸ Import: a sheet, JSON or Word note, previewed, then all or nothing (ui/transfer/import_dialog.py)."""
        from .transfer.import_dialog import ImportDialog

        commit = getattr(self.pages.get("synthesis"), "commit_pending", None)
        if callable(commit):
            commit()  # no autosave may write while the import holds the file
        self.import_dialog = ImportDialog(self.controller, self, path)
        self.import_dialog.open()

    def merge(self) -> None:
        from .merge.merge_window import MergeWindow

        self._merge_window = MergeWindow(self)
        self._merge_window.show()

    def open_presenter(self) -> None:
        from .results.presenter import PresenterWindow

        if self.presenter is None:
            self.presenter = PresenterWindow(self.controller)
            if self.phones is not None:
                self.phones.update_presenter()  # the join code, while phones can answer
        self.presenter.show()
        self.presenter.raise_()

    def open_phones(self) -> None:
        """File ▸ Open to phones: the panel with the QR code; the server runs until the file closes."""
        from .phones.panel import PhonesPanel

        if self.phones is None:
            self.phones = PhonesPanel(self.controller, self)
        self.phones.show()
        self.phones.raise_()
        self.phones.activateWindow()

    def _fill_session_menu(self) -> None:
        self.session_menu.clear()
        group = QActionGroup(self.session_menu)
        for s in self.controller.file.sessions():
            action = self.session_menu.addAction(s.title or s.id[:8])
            action.setCheckable(True)
            action.setChecked(s.id == self.controller.session_id)
            action.triggered.connect(lambda _=False, sid=s.id: self.controller.set_session(sid))
            group.addAction(action)
        if self.launcher is not None:
            self.session_menu.addSeparator()
            self.session_menu.addAction(icon("add"), self.tr("Add a session from the framework"),
                                        lambda: self.launcher.add_session(self))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_preferences(self) -> None:
        from .common.preferences_dialog import PreferencesDialog

        self.preferences = PreferencesDialog(self)
        self.preferences.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Workshop App"), self.tr(
            "Workshop App runs structured dialogues offline: rankings and comments are saved on every "
            "keystroke that confirms them, in {file}.").format(file=self.controller.file.path))

    def _unsaved_kept(self) -> bool:
        """Ask about a ballot or a comment typed and not saved yet; True when closing must wait."""
        capture, comments = self.pages.get("capture"), self.pages.get("comments")  # a view never built holds nothing
        if capture is not None and capture.has_unsaved_input() and self._ask_unsaved(
                "capture", "unsavedBallot", self.tr("Ballot not saved"), capture.unsaved_summary(), capture.save):
            return True
        return comments is not None and comments.entry.has_unsaved_text() and self._ask_unsaved(
            "comments", "unsavedComment", self.tr("Comment not saved"),
            self.tr("The comment in the box has not been saved yet."), comments.save)

    def _ask_unsaved(self, page: str, name: str, title: str, text: str, save) -> bool:
        """Save it (Enter) / Discard it (Alt+D) / Cancel (Esc); True when closing must wait."""
        self.show_page(page)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName(name)
        save_button = box.addButton(self.tr("&Save it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_button)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is cancel:
            return True
        return box.clickedButton() is save_button and not save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.centralWidget().isEnabled() and self._unsaved_kept():
            event.ignore()
            return
        # A field still being edited commits when it loses the focus: do that while the file is open,
        # then make sure no widget can try to write to the closed file.
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        self.centralWidget().setEnabled(False)
        if self.presenter is not None:
            self.presenter.close()
        if self.phones is not None:
            self.phones.shutdown()  # no phone may write once the file is closed
        try:
            self.controller.file.close()
        except Exception:  # noqa: BLE001 - closing a file on a removed drive: nothing more to save
            log.exception("closing %s", self.controller.file.path)
        if self.launcher is not None:
            self.launcher.closed(self)
        super().closeEvent(event)
