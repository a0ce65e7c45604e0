"""Participants: a quick-add row that keeps the focus, an editable table, sheet import, seats."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.app import error_text  # absolute: survives the move of ui/ into sub-packages

from ...domain.errors import WorkshopError
from ...domain.model import STAKEHOLDER_GROUPS, Participant
from ..common.delegates import ChoiceDelegate
from ..common.style import icon, label, set_role
from ..common.vocab import group_label, stakeholder_labels
from ..controller import AppController
from .attendance import read_attendance
from .attendance_dialog import AttendanceDialog
from .participants_model import ParticipantsModel
from .seats_dialog import SeatsDialog

log = logging.getLogger(__name__)


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TypeAheadCombo(QComboBox):
    """A drop-down chosen by typing the start of an item ("civil society"), spaces included.

    QComboBox opens its list on Space, and the list then takes the keys typed after it. Here a
    space is part of what is typed; Alt+Down (or F4, or a click) still opens the list.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if plain and text and text.isprintable():
            self.type_ahead(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def type_ahead(self, text: str) -> None:
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.restart()
        wanted = (self._typed + text).casefold()
        row = self._find(wanted)
        if row < 0 and not self._typed.strip():
            row = self._find(text.casefold())  # a fresh start
            wanted = text.casefold()
        if row >= 0:
            self._typed = wanted
            self.setCurrentIndex(row)

    def _find(self, prefix: str) -> int:
        if not prefix.strip():
            return -1
        rows = range(self.count())
        return next((r for r in rows if self.itemText(r).casefold().startswith(prefix)), -1)


class QuickAddRow(QFrame):
    """Name, organisation, group, country, consent; Enter anywhere in the row adds the person."""

    def __init__(self, view: ParticipantsView):
        super().__init__()
        self.view = view
        self.setProperty("role", "card")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name (optional)"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Organisation"))
        self.group = TypeAheadCombo()
        for key in STAKEHOLDER_GROUPS:
            self.group.addItem(group_label(key), key)
        self.group.setCurrentIndex(self.group.findData("other"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Country"))
        self.consent = QCheckBox(self.tr("May be named"))
        self.consent.setToolTip(self.tr("The person agrees to be named in the notes and quotes"))
        self.add = QPushButton(icon("person_add", "#FFFFFF"), self.tr("Add  (Enter)"))
        self.add.setProperty("role", "primary")
        self.add.clicked.connect(self.view.quick_add)
        # Enter from any field, the check box or the button reaches keyPressEvent below (each ignores it)
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setHorizontalSpacing(10)
        grid.addWidget(label(self.tr("Quick add"), "subheading"), 0, 0, 1, 6)
        grid.addWidget(self.name, 1, 0)
        grid.addWidget(self.organisation, 1, 1)
        grid.addWidget(self.group, 1, 2)
        grid.addWidget(self.country, 1, 3)
        grid.addWidget(self.consent, 1, 4)
        grid.addWidget(self.add, 1, 5)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in ENTER_KEYS:
            event.accept()
            self.view.quick_add()
            return
        super().keyPressEvent(event)

    def participant(self, session_id: str) -> Participant:
        return Participant(session=session_id, name=self.name.text().strip(),
                           organisation=self.organisation.text().strip(), stakeholder_group=self.group.currentData(),
                           country=self.country.text().strip(), consent_named=self.consent.isChecked())

    def reset(self) -> None:
        """Ready for the next person: group and country often repeat within a delegation, so they stay."""
        self.name.clear()
        self.organisation.clear()
        self.consent.setChecked(False)
        self.name.setFocus()


class ParticipantsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.model = ParticipantsModel(controller, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self._build()
        controller.dataChanged.connect(self._data_changed)
        self.refresh()

    def _build(self) -> None:
        self.quick = QuickAddRow(self)
        self.message = label("", "hint", wrap=True)
        self.count = label("", "hint")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter participants"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        import_button = QPushButton(icon("import"), self.tr("Import attendance sheet…"))
        import_button.clicked.connect(lambda: self.import_sheet())
        seats_button = QPushButton(icon("seat"), self.tr("Add anonymous seats…"))
        seats_button.clicked.connect(self.add_seats)
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        groups = ChoiceDelegate(lambda: list(stakeholder_labels().items()), self.table)
        self.table.setItemDelegateForColumn(self.model.column_of("stakeholder_group"), groups)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_of("name"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.column_of("organisation"), QHeaderView.ResizeMode.Stretch)
        for name, width in (("stakeholder_group", 190), ("country", 130), ("consent_named", 120), ("seat", 130),
                            ("answered", 90)):
            self.table.setColumnWidth(self.model.column_of(name), width)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.filter, 2)
        tools.addStretch(1)
        tools.addWidget(import_button)
        tools.addWidget(seats_button)
        tools.addWidget(self.delete_button)

        head = QHBoxLayout()
        head.addWidget(label(self.tr("Participants"), "heading"))
        head.addStretch(1)
        head.addWidget(self.count)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(14)
        outer.addLayout(head)
        outer.addWidget(self.quick)
        outer.addWidget(self.message)
        outer.addLayout(tools)
        outer.addWidget(self.table, 1)
        self.message.hide()

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        data = self.controller.session_data()
        self.model.load(data)
        n = len(data.participants) if data else 0
        self.count.setText(self.tr("%n registered", "", n))

    def _data_changed(self, table: str) -> None:
        if table in ("", "participants", "ballots", "questions"):
            self.refresh()

    def _say(self, text: str, role: str = "hint") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------
    def quick_add(self) -> bool:
        session_id = self.controller.session_id
        if session_id is None:
            return False
        person = self.quick.participant(session_id)
        if not (person.name or person.organisation or person.country):
            self._say(self.tr("Type at least a name, an organisation or a country; for people who stay anonymous "
                              "use “Add anonymous seats”."), "error")
            return False
        if not self.controller.save(person, self.tr("Add participant {who}").format(who=person.display_name())):
            self._say(self.controller.last_error or self.tr("The participant was NOT saved."), "error")
            return False
        self._say(self.tr("Added {who}.").format(who=person.display_name()), "ok")
        self.quick.reset()
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(person.id), 0))
        if row.isValid():
            self.table.scrollTo(row)
        return True

    def selected(self) -> list[Participant]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.record(r) for r in sorted(rows)]

    def delete_selected(self) -> None:
        people = self.selected()
        if not people:
            return
        if len(people) == 1:
            self.controller.delete(people[0], self.tr("Delete participant {who}").format(
                who=people[0].display_name()))
            return
        self.controller.undo_stack.beginMacro(self.tr("Delete %n participants", "", len(people)))
        try:
            for person in people:
                if not self.controller.delete(person):
                    break
        finally:
            self.controller.undo_stack.endMacro()

    def add_seats(self) -> None:
        dialog = SeatsDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.controller.session_id is None:
            return
        seats = dialog.participants(self.controller.session_id)
        if self.controller.save_many(seats, self.tr("Add %n seats", "", len(seats))):
            self._say(self.tr("Added %n anonymous seats.", "", len(seats)), "ok")

    def import_sheet(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendance sheet"), "",
                                                  self.tr("Attendance sheets (*.xlsx *.csv)"))
            if not path:
                return False
        return self.import_path(Path(path))

    def import_path(self, path: Path, *, confirm: bool = True) -> bool:
        """Read a sheet, show the preview, add the people as one undoable step."""
        if self.controller.session_id is None:
            return False
        try:
            preview = read_attendance(self.controller.file, path, self.controller.session_id)
        except WorkshopError as exc:
            self._say(error_text(exc), "error")
            return False
        self.last_dialog = AttendanceDialog(path, preview, self)
        if confirm and self.last_dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        people = preview.participants
        if not self.controller.save_many(people, self.tr("Import %n participants", "", len(people))):
            self._say(self.controller.last_error or self.tr("The import was NOT saved."), "error")
            return False
        self._say(self.tr("Added %n participants from {file}.", "", len(people)).format(file=path.name), "ok")
        return True

