"""Correcting a visit: amend it (wrong flat, outcome, date ...) or void it, always with a reason.

The core keeps the visit's earlier state and writes the audit entry (``VisitService.amend`` /
``void``); this dialog only gathers the fields. It opens from the visits list (right-click, or F2
on a row) through ``add_correction_action``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import Outcome, VisitInput, VisitRow, split_names
from mutual_aid_desk.ui.messages import attempt, error_label
from mutual_aid_desk.ui.models.visits import outcome_text, purpose_text

if TYPE_CHECKING:
    from mutual_aid_desk.ui.pages.visits import VisitsPage


class VisitAmendDialog(QDialog):
    """One visit's fields, loaded at its current version, and the reason for the correction."""

    def __init__(self, station: Station, visit: VisitRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.visit = visit
        self.result_row: VisitRow | None = None
        self.setObjectName("visitAmendDialog")
        self.setWindowTitle(self.tr("Correct a visit"))
        self.setMinimumWidth(560)

        self.address = QLineEdit(visit.address, objectName="amendAddress")
        self.outcome = QComboBox(objectName="amendOutcome")
        for o in Outcome:
            self.outcome.addItem(outcome_text(o.value), o.value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(visit.outcome)))
        self.purpose = QComboBox(objectName="amendPurpose")
        for key, _label in station.visits.purposes():
            self.purpose.addItem(purpose_text(key), key)
        if self.purpose.findData(visit.purpose) < 0:
            self.purpose.addItem(purpose_text(visit.purpose), visit.purpose)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(visit.purpose)))
        self.when = QDateTimeEdit(QDateTime(visit.visited_at), objectName="amendWhen")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMaximumDate(QDate.currentDate())
        self.volunteers = QLineEdit("、".join(visit.volunteers), objectName="amendVolunteers")
        self.notes = QLineEdit(visit.notes, objectName="amendNotes")
        self.follow_check = QCheckBox(self.tr("Come back by"), objectName="amendFollowUpCheck")
        self.follow_date = QDateEdit(objectName="amendFollowUp")
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_check.setChecked(visit.follow_up is not None)
        self.follow_date.setDate(QDate(visit.follow_up) if visit.follow_up else QDate.currentDate().addDays(7))
        self.follow_date.setEnabled(self.follow_check.isChecked())
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        self.reason = QLineEdit(objectName="amendReason")
        self.reason.setPlaceholderText(self.tr("e.g. keyed against the wrong flat"))

        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Volunteers"), self.volunteers)
        form.addRow(self.tr("Notes"), self.notes)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date, 1)
        form.addRow("", follow)
        form.addRow(self.tr("Reason (required)"), self.reason)

        self.history = QLabel(self._history_text(), objectName="amendHistory")
        self.history.setWordWrap(True)
        self.error = error_label("amendError")
        self.save_button = QPushButton(self.tr("Save correction"), objectName="amendSaveButton")
        self.void_button = QPushButton(self.tr("Void this visit…"), objectName="amendVoidButton")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="amendCancelButton")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        if visit.voided:
            voided = QLabel(self.tr("This visit was voided: {reason}").format(reason=visit.void_reason),
                            objectName="amendVoided")
            voided.setProperty("role", "error")
            layout.addWidget(voided)
        layout.addLayout(form)
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if visit.voided:  # a voided visit is shown, not changed
            for w in (self.address, self.outcome, self.purpose, self.when, self.volunteers, self.notes,
                      self.follow_check, self.follow_date, self.reason, self.save_button, self.void_button):
                w.setEnabled(False)

        self.save_button.clicked.connect(self.save)
        self.void_button.clicked.connect(self.void)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.setFocus()

    def _history_text(self) -> str:
        revisions = self.station.visits.history(self.visit.id)
        if not revisions:
            return self.tr("No earlier corrections.")
        lines = [self.tr("Earlier corrections:")]
        for r in revisions:
            lines.append(f"{r.revised_at:%Y-%m-%d %H:%M} {r.revised_by}: {r.reason}")
        return "\n".join(lines)

    def visit_input(self) -> VisitInput:
        when: datetime = self.when.dateTime().toPython()
        text = self.address.text().strip()
        same = text == self.visit.address
        return VisitInput(household_id=self.visit.household_id if same else None, address=None if same else text,
                          volunteers=split_names(self.volunteers.text()), visited_at=when.replace(second=0),
                          purpose=self.purpose.currentData(), outcome=self.outcome.currentData(),
                          notes=self.notes.text(),
                          follow_up=self.follow_date.date().toPython() if self.follow_check.isChecked() else None)

    def save(self) -> bool:
        def write() -> None:
            self.result_row = self.station.visits.amend(self.visit.id, self.visit_input(), reason=self.reason.text(),
                                                        expected_version=self.visit.version)

        return self._close_after(write)

    def void(self, *, confirm: bool = True) -> bool:
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Void this visit?"),
                self.tr("The visit stays in the list, marked void, and no longer counts. Void it?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False

        def write() -> None:
            self.result_row = self.station.visits.void(self.visit.id, self.reason.text(),
                                                       expected_version=self.visit.version)

        return self._close_after(write)

    def _close_after(self, write: Callable[[], None]) -> bool:
        """Write; close on success, else say why under the form (nothing typed is lost)."""
        if not attempt(self, self.error, write):
            return False
        self.accept()
        return True


def correct_current_visit(page: VisitsPage) -> VisitAmendDialog | None:
    """Open the correction dialog for the visit selected in the page's list; refresh after a save."""
    index = page.table.currentIndex()
    if not index.isValid() and page.table.selectionModel().selectedRows():
        index = page.table.selectionModel().selectedRows()[0]
    visit = page.model.row_at(index.row()) if index.isValid() else None
    if visit is None:
        return None
    dialog = VisitAmendDialog(page.station, visit, page)
    if dialog.exec() and dialog.result_row is not None:
        page.refresh()
        page.data_changed.emit()
    return dialog


def add_correction_action(page: VisitsPage) -> QAction:
    """The list's "Correct or void this visit…" (right-click, or F2 on a row)."""
    action = QAction(QCoreApplication.translate("VisitAmendDialog", "Correct or void this visit…"), page.table)
    action.setObjectName("correctVisitAction")
    action.setShortcut(QKeySequence(Qt.Key.Key_F2))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: correct_current_visit(page))
    page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    page.table.addAction(action)
    return action
