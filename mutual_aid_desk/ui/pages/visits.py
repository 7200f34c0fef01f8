"""The visits page: evening entry of one visit after another, and the visits already recorded.

Evening entry: type the address (or a name, or pinyin initials) and press Enter, press one key for
the outcome (1 见到, 2 不在家, 3 拒绝, 4 已完成), press Enter. The form stays open for the next
household and keeps the volunteers, purpose and date.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.households import HouseholdQuery, HouseholdRow
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import OUTCOME_KEYS, VisitInput, split_names
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError, NotFound, ValidationError
from mutual_aid_desk.ui.dialogs.visit_amend import add_correction_action
from mutual_aid_desk.ui.dialogs.walklist_dialog import WalkListDialog
from mutual_aid_desk.ui.messages import error_label, error_text, show_error
from mutual_aid_desk.ui.models.visits import VisitTableModel, outcome_text, purpose_text
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.tasks import run_with_progress
from mutual_aid_desk.ui.theme import keep_rows_visible
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.tables import read_only_table


class OutcomeKeys(QFrame):
    """Four big buttons, one per outcome; keys 1–4 choose, Enter asks to save."""

    chosen = Signal(str)
    submit = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outcomeKeys")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The chosen outcome and the keyboard focus must be visible from across the room.
        self.setStyleSheet("QFrame#outcomeKeys:focus { border: 3px solid #1f6feb; }"
                           "QFrame#outcomeKeys QPushButton:checked { background: #1f6feb; color: white; font-weight: bold; }")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for key, outcome in OUTCOME_KEYS.items():
            button = QPushButton(f"{key}  {outcome_text(outcome.value)}", objectName=f"outcome_{outcome.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
            button.clicked.connect(lambda _=False, o=outcome.value: self.set_outcome(o))
            self.group.addButton(button)
            self.buttons[outcome.value] = button
            layout.addWidget(button)

    def outcome(self) -> str:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return ""

    def set_outcome(self, value: str) -> None:
        if not value:
            self.group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self.chosen.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        outcome = OUTCOME_KEYS.get(event.text())
        if outcome is not None:
            self.set_outcome(outcome.value)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class VisitsPage(Page):
    """Evening entry mode and the list of visits."""

    TITLE = QT_TRANSLATE_NOOP("VisitsPage", "Visits")

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("visitsPage")
        self.household: HouseholdRow | None = None

        title = QLabel(self.tr("Evening entry: address, Enter, one key for the outcome, Enter"), objectName="entryTitle")
        title.setProperty("role", "title")
        title.setWordWrap(True)

        self.address = QLineEdit(objectName="addressEdit")
        self.address.setPlaceholderText(self.tr("Address (5-2-301), name or pinyin initials"))
        self.household_label = QLabel(objectName="householdLabel")
        self.household_label.setWordWrap(True)
        self.outcome = OutcomeKeys(self)
        self.notes = QLineEdit(objectName="notesEdit")
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.follow_check = QCheckBox(self.tr("Come back by"), objectName="followUpCheck")
        self.follow_date = QDateEdit(objectName="followUpDate")
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_date.setDate(QDate.currentDate().addDays(7))
        self.follow_date.setEnabled(False)
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        self.volunteers = QLineEdit(objectName="volunteersEdit")
        self.volunteers.setPlaceholderText(self.tr("Names, separated by 、"))
        self.purpose = QComboBox(objectName="purposeCombo")
        self.visit_date = QDateEdit(objectName="visitDate")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("yyyy-MM-dd")
        self.visit_date.setDate(QDate.currentDate())
        self.visit_date.setMaximumDate(QDate.currentDate())
        self.save_button = QPushButton(self.tr("Save (Enter)"), objectName="saveVisitButton")
        self.save_button.setDefault(True)
        self.error = error_label("visitError")
        self.saved_label = QLabel(objectName="savedLabel")
        self.saved_label.setWordWrap(True)

        follow = QHBoxLayout()
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date)
        follow.addStretch(1)
        # Two columns: what changes at every door on the left, what stays all evening on the
        # right. One column of eight rows left the visit list a single row at 150 % text.
        door = QFormLayout()
        door.addRow(self.tr("Address"), self.address)
        door.addRow("", self.household_label)
        door.addRow(self.tr("Outcome"), self.outcome)
        door.addRow(self.tr("Notes"), self.notes)
        evening = QFormLayout()
        evening.addRow(self.tr("Follow-up"), follow)
        evening.addRow(self.tr("Volunteers"), self.volunteers)
        evening.addRow(self.tr("Purpose"), self.purpose)
        evening.addRow(self.tr("Date"), self.visit_date)
        form = QHBoxLayout()
        form.addLayout(door, 3)
        form.addSpacing(12)
        form.addLayout(evening, 2)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)

        self.walklist_button = QPushButton(self.tr("Print walk list…"), objectName="walkListButton")
        self.bulk_button = QPushButton(self.tr("Enter walk list results…"), objectName="bulkButton")
        self.import_button = QPushButton(self.tr("Import visits…"), objectName="importVisitsButton")
        self.purposes_button = QPushButton(self.tr("Station's own purposes…"), objectName="purposesButton")
        self.count = QLabel(objectName="visitCount")
        # The count sits beside the save button: beside the four buttons it pushed the page wider
        # than a 1366×768 screen at 150 % text.
        save_row.addWidget(self.count)
        tools = QHBoxLayout()
        tools.addWidget(self.walklist_button)
        tools.addWidget(self.bulk_button)
        tools.addWidget(self.import_button)
        tools.addWidget(self.purposes_button)
        tools.addStretch(1)

        self.model = VisitTableModel(station, self)
        self.table = read_only_table(QTableView(objectName="visitTable"), self.model, one_row=False,
                                     resize=QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("2026-11-21 19:30", "12-3-1201", "欧阳晓明", "王秀英、张建国", "咨询回访",
                                         "不在家", "敲门无人，明晚再来", "2026-11-28")):
            title_ = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title_)) + 28)

        keep_rows_visible(self.table, 5)
        fit_columns(self.table, stretch=6, squeeze=(6, 2, 3))
        add_correction_action(self)  # right-click or F2: amend or void the selected visit

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(save_row)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

        self.setTabOrder(self.address, self.outcome)
        self.setTabOrder(self.outcome, self.notes)
        self.setTabOrder(self.notes, self.follow_check)
        self.setTabOrder(self.follow_check, self.follow_date)
        self.setTabOrder(self.follow_date, self.volunteers)
        self.setTabOrder(self.volunteers, self.purpose)
        self.setTabOrder(self.purpose, self.visit_date)
        self.setTabOrder(self.visit_date, self.save_button)

        self.address.returnPressed.connect(self._on_address_enter)
        self.address.textEdited.connect(lambda _t: self._set_household(None))
        self.outcome.submit.connect(self.save)
        self.notes.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.walklist_button.clicked.connect(self.open_walk_list)
        self.bulk_button.clicked.connect(self.open_bulk_reentry)
        self.import_button.clicked.connect(lambda: self.import_visits())
        self.purposes_button.clicked.connect(self.edit_purposes)
        self.table.doubleClicked.connect(self._open_row_household)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.address.setFocus)

        self._fill_choices()
        self.volunteers.setText(station.operator.name if station.operator else "")
        self.model.set_filter()
        self._update_count()


    # --- choices ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        current = self.purpose.currentData()
        self.purpose.clear()
        for key, _label in self.station.visits.purposes():
            self.purpose.addItem(purpose_text(key), key)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(current)))
        coordinator = bool(self.station.operator and self.station.operator.is_coordinator)
        self.purposes_button.setVisible(coordinator)
        names = [v.name for v in self.station.volunteers.list(active_only=True)]
        completer = QCompleter(names, self.volunteers)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.volunteers.setCompleter(completer)

    # --- finding the household -------------------------------------------------------------------

    def _set_household(self, row: HouseholdRow | None, message: str = "") -> None:
        self.household = row
        if row is not None:
            last = self.station.visits.last_visits([row.id]).get(row.id)
            text = f"{row.address}  {row.head}"
            if last:
                text += "  " + self.tr("last visit {date}: {outcome}").format(date=f"{last[0]:%Y-%m-%d}",
                                                                              outcome=outcome_text(last[1]))
            self.household_label.setText(text)
            self.household_label.setProperty("role", "")
        else:
            self.household_label.setText(message)
            self.household_label.setProperty("role", "error" if message else "")
        self.household_label.style().unpolish(self.household_label)
        self.household_label.style().polish(self.household_label)

    def find_household(self) -> HouseholdRow | None:
        """The household the address field names: an exact address, or the only search match."""
        text = self.address.text().strip()
        if not text:
            self._set_household(None, self.tr("Type an address such as 5-2-301, or a name."))
            return None
        try:
            row = self.station.households.find(text)
        except (NotFound, ValidationError):
            ids = self.station.households.matching_ids(HouseholdQuery(text=text))
            if len(ids) == 1:
                row = self.station.households.get(ids[0])
            elif not ids:
                self._set_household(None, self.tr("No household matches '{text}'.").format(text=text))
                return None
            else:
                sample = "、".join(f"{r.address} {r.head}" for r in self.station.households.rows_by_ids(ids[:5]))
                self._set_household(None, self.tr("{n} households match: {sample} … type more of the address.")
                                          .format(n=len(ids), sample=sample))
                return None
        self.address.setText(row.address)
        self._set_household(row)
        return row

    def _on_address_enter(self) -> None:
        if self.find_household() is None:
            self.address.selectAll()
            return
        if self.outcome.outcome():
            self.save()
        else:
            self.outcome.setFocus()

    # --- saving ----------------------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        day = self.visit_date.date().toPython()
        when = datetime.combine(day, datetime.now().time()).replace(microsecond=0)
        return VisitInput(household_id=self.household.id if self.household else None,
                          address=None if self.household else self.address.text(),
                          volunteers=split_names(self.volunteers.text()), visited_at=when,
                          purpose=self.purpose.currentData(), outcome=self.outcome.outcome() or None,
                          notes=self.notes.text(),
                          follow_up=self.follow_date.date().toPython() if self.follow_check.isChecked() else None)

    def save(self) -> bool:
        """Record the visit; on success clear the household fields and keep the rest for the next one."""
        if self.household is None and self.find_household() is None:
            self.address.setFocus()
            return False
        if not self.outcome.outcome():
            self._show_error(self.tr("Press 1, 2, 3 or 4 for the outcome."))
            self.outcome.setFocus()
            return False
        try:
            row = self.station.visits.record(self.visit_input())
        except DeskError as exc:
            self._show_error(error_text(exc))
            return False
        self.error.hide()
        self.saved_label.setText(self.tr("Saved: {address} {head}, {outcome}")
                                 .format(address=row.address, head=row.head, outcome=outcome_text(row.outcome)))
        self.address.clear()
        self.notes.clear()
        self.follow_check.setChecked(False)
        self.outcome.set_outcome("")
        self._set_household(None)
        self.address.setFocus()
        self.model.reload()
        self._update_count()
        self.data_changed.emit()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{n} visits recorded").format(n=self.model.rowCount()))

    # --- other actions ---------------------------------------------------------------------------

    def _open_row_household(self, index: QModelIndex) -> None:
        household_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if household_id is not None:
            self.household_requested.emit(int(household_id))

    def open_walk_list(self) -> None:
        dialog = WalkListDialog(self.station, self)
        dialog.exec()
        if dialog.saved_any:
            self.refresh()
            self.data_changed.emit()

    def open_bulk_reentry(self) -> None:
        self.open_walk_list()

    def edit_purposes(self) -> None:
        """The station's own visit purposes, one per line (coordinators)."""
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Station's own purposes"),
                                                 self.tr("One purpose per line, besides the built-in ones:"),
                                                 "\n".join(self.station.visits.custom_purposes()))
        if not ok:
            return
        try:
            self.station.visits.set_custom_purposes([line for line in text.splitlines() if line.strip()])
        except DeskError as exc:
            show_error(self, exc)
            return
        self._fill_choices()

    def import_visits(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import visits"), "", self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return

        try:
            plan = run_with_progress(self, self.tr("Checking the file…"),
                                     lambda _report, _cancelled: self.station.visits.preview_import(Path(path)))
        except DeskError as exc:
            show_error(self, exc, self.tr("The file was not imported"))
            return
        if plan is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Import visits"),
            self.tr("{new} visits will be added; {already} are already recorded. Import?")
            .format(new=len(plan.new), already=len(plan.already)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            run_with_progress(self, self.tr("Importing visits…"),
                              lambda _report, _cancelled: self.station.visits.apply_import(plan))
        except DeskError as exc:
            show_error(self, exc, self.tr("The file was not imported"))
            return
        self.refresh()
        self.data_changed.emit()

    def refresh(self) -> None:
        self._fill_choices()
        if not self.volunteers.text() and self.station.operator:
            self.volunteers.setText(self.station.operator.name)
        self.visit_date.setMaximumDate(QDate.currentDate())
        self.model.reload()
        self._update_count()
