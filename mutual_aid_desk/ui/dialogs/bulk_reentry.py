"""Bulk re-entry: the printed walk list back at the desk, entered in one go.

The grid lists the same households in the same order as the printed sheet. One key per row sets
the outcome (1 见到, 2 不在家, 3 拒绝, 4 已完成, 5 空置; 0 or Delete clears) and moves to the next
row; a note is optional (double-click or F2 on the notes cell). One Save records every marked row
as a visit in one transaction; Cancel writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import OUTCOME_KEYS, Outcome, VisitInput, split_names
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.reports.walklist import walk_rows
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.visits import BulkReentryModel, ReentryRow
from mutual_aid_desk.ui.theme import fit_to_screen
from mutual_aid_desk.ui.widgets.purposes import purpose_combo

VACANT_KEY = "5"
VACANT_NOTE = "空置"


class ReentryTable(QTableView):
    """A grid where a digit sets the current row's outcome and moves down."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reentryTable")

    def reentry_model(self) -> BulkReentryModel:
        model = self.model()
        assert isinstance(model, BulkReentryModel), "the dialog sets a BulkReentryModel"
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        text = event.text()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            row = index.row()
            model = self.reentry_model()
            if text in OUTCOME_KEYS:
                model.set_outcome(row, OUTCOME_KEYS[text].value)
                self._next(row)
                return
            if text == VACANT_KEY:
                model.set_outcome(row, Outcome.NOT_HOME.value, vacant=True)
                self._next(row)
                return
            if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.set_outcome(row, "")
                if text == "0":
                    self._next(row)
                return
        super().keyPressEvent(event)

    def _next(self, row: int) -> None:
        if row + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row + 1, self.currentIndex().column()))


class BulkReentryDialog(QDialog):
    def __init__(self, station: Station, household_ids: Sequence[int], *, purpose: str = "general",
                 volunteers: Sequence[str] = (), on: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkReentryDialog")
        self.setWindowTitle(self.tr("Enter walk list results"))
        self.station = station
        self.saved_ids: list[int] = []
        on = on or date.today()

        # The same rows in the same order as the printed sheet.
        rows = [ReentryRow(r.household_id, r.address, r.head, r.last_visit.replace("\n", " "))
                for r in walk_rows(station, household_ids, on)]
        self.model = BulkReentryModel(rows, self)

        self.volunteers = QLineEdit("、".join(volunteers) or (station.operator.name if station.operator else ""),
                                    objectName="reentryVolunteers")
        self.purpose = purpose_combo(station, purpose, "reentryPurpose")
        self.visit_date = QDateEdit(QDate(on.year, on.month, on.day), objectName="reentryDate")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("yyyy-MM-dd")
        self.visit_date.setMaximumDate(QDate.currentDate())

        help_ = QLabel(self.tr("One key per row: 1 Met, 2 Not home, 3 Refused, 4 Done, 5 Vacant, 0 clears. "
                               "Double-click a note to write it. Rows without an outcome are not saved."),
                       objectName="reentryHelp")
        help_.setWordWrap(True)
        self.table = ReentryTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.horizontalHeader().setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("12-3-1201", "欧阳晓明", "11-02 不在家", "已完成 Done")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, BulkReentryModel.OUTCOME_COLUMN))

        self.count = QLabel(objectName="reentryCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("reentryButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save all (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        top = QFormLayout()
        top.addRow(self.tr("Volunteers"), self.volunteers)
        top.addRow(self.tr("Purpose"), self.purpose)
        top.addRow(self.tr("Date"), self.visit_date)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(help_)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.dataChanged.connect(lambda *_: self._update_count())
        self._update_count()
        fit_to_screen(self, 960, 720)
        self.table.setFocus()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{marked} of {rows} rows have an outcome").format(marked=len(self.model.marked()),
                                                                                     rows=self.model.rowCount()))

    def inputs(self) -> list[VisitInput]:
        day = self.visit_date.date().toPython()
        when = datetime.combine(day, datetime.now().time()).replace(microsecond=0)
        names = split_names(self.volunteers.text())
        out = []
        for r in self.model.marked():
            notes = r.notes
            if r.vacant:
                notes = f"{VACANT_NOTE} {notes}".strip()
            out.append(VisitInput(household_id=r.household_id, volunteers=names, visited_at=when,
                                  purpose=self.purpose.currentData(), outcome=r.outcome, notes=notes))
        return out

    def save(self) -> None:
        """One Save: every marked row becomes a visit, in one transaction, or none does."""
        inputs = self.inputs()
        if not inputs:
            QMessageBox.information(self, self.windowTitle(), self.tr("No row has an outcome yet: press 1–5 on a row."))
            return
        try:
            self.saved_ids = self.station.visits.record_many(inputs)
        except DeskError as exc:
            show_error(self, exc, self.tr("Nothing was saved"))
            return
        self.accept()

    def reject(self) -> None:
        """Cancel writes nothing; with outcomes typed in, ask first so a stray Esc loses nothing."""
        marked = len(self.model.marked())
        if marked:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Discard the {n} outcomes entered? Nothing will be saved.").format(n=marked))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
