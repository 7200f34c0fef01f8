"""Plan a series of meetings: N buildings an evening from a first date; adjust, then create them all.

The coordinator fills in the few facts, presses "Propose" and sees one row per evening. Any cell
can be changed (a date, a place, which buildings) before "Create meetings" writes them all in one
transaction; if anything is wrong nothing is written and each problem names its evening.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.meetings import MeetingRow, plan_series
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.meetings import ProposalModel
from mutual_aid_desk.ui.theme import fit_to_screen, keep_rows_visible


def _buildings_text(station: Station) -> str:
    names = [b for b, _ in station.households.buildings()]
    if names and all(n.isdigit() for n in names) and [int(n) for n in names] == list(range(int(names[0]), int(names[0]) + len(names))):
        return f"{names[0]}-{names[-1]}" if len(names) > 1 else names[0]
    return ",".join(names)


class SeriesPlanDialog(QDialog):
    """Propose a series, let the coordinator adjust it, create it."""

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seriesPlanDialog")
        self.setWindowTitle(self.tr("Plan a series of meetings"))
        self.station = station
        self.created: list[MeetingRow] = []

        self.title_edit = QLineEdit(self.tr("Residents' meeting"), objectName="planTitle")
        self.buildings_edit = QLineEdit(_buildings_text(station), objectName="planBuildings")
        self.buildings_edit.setPlaceholderText(self.tr("e.g. 1-25 or 1,3,5-8"))
        self.per_night = QSpinBox(objectName="planPerNight")
        self.per_night.setRange(1, 50)
        self.per_night.setValue(2)
        self.start = QDateEdit(QDate.currentDate().addDays(1), objectName="planStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(QTime(19, 0), objectName="planTime")
        self.time.setDisplayFormat("HH:mm")
        self.place = QLineEdit(objectName="planPlace")
        self.place.setPlaceholderText(self.tr("e.g. community room, ground floor of building 3"))
        self.skip_weekends = QCheckBox(self.tr("No meetings on Saturdays and Sundays"), objectName="planSkipWeekends")
        self.agenda = QPlainTextEdit(objectName="planAgenda")
        self.agenda.setPlaceholderText(self.tr("One agenda item per line"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMinimumHeight(self.fontMetrics().height() * 4 + 16)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Buildings"), self.buildings_edit)
        form.addRow(self.tr("Buildings per evening"), self.per_night)
        form.addRow(self.tr("First evening"), self.start)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Place"), self.place)
        form.addRow("", self.skip_weekends)
        # The agenda in a column of its own beside the form, so the proposed evenings below keep
        # room for five rows at large text.
        agenda_column = QVBoxLayout()
        agenda_label = QLabel(self.tr("Agenda"))
        agenda_label.setBuddy(self.agenda)
        agenda_column.addWidget(agenda_label)
        agenda_column.addWidget(self.agenda, 1)

        self.propose_button = QPushButton(self.tr("Propose evenings"), objectName="proposeButton")
        self.propose_button.clicked.connect(self.propose)
        self.summary = QLabel(objectName="planSummary")
        self.summary.setWordWrap(True)
        self.model = ProposalModel(self)
        self.table = QTableView(objectName="proposalTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Change any cell before creating: double-click it or press F2. "
                                   "Dates as 2026-11-23, buildings as 1,2."), objectName="planHint")
        self.hint.setWordWrap(True)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.model.edit_refused.connect(lambda exc: show_error(self, exc))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create meetings"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createSeriesButton")
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self.create_series)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addLayout(agenda_column, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        keep_rows_visible(self.table, 5)
        fit_to_screen(self, 1000, 760)
        self.title_edit.setFocus()

    def propose(self) -> bool:
        try:
            proposals = plan_series(self.buildings_edit.text(), self.per_night.value(),
                                    self.start.date().toPython(), self.time.time().toString("HH:mm"),
                                    self.place.text(), skip_weekends=self.skip_weekends.isChecked())
        except DeskError as exc:
            show_error(self, exc)
            return False
        self.model.set_proposals(proposals)
        self.create_button.setEnabled(bool(proposals))
        self.create_button.setDefault(True)
        self._update_summary()
        self.table.setFocus()
        return True

    def _update_summary(self) -> None:
        props = self.model.proposals()
        if not props:
            self.summary.setText("")
            return
        buildings = sum(len(p.buildings) for p in props)
        self.summary.setText(self.tr("{evenings} evenings for {buildings} buildings, from {first} to {last}")
                             .format(evenings=len(props), buildings=buildings, first=props[0].date.isoformat(),
                                     last=props[-1].date.isoformat()))

    def create_series(self) -> None:
        if not self.model.proposals() and not self.propose():
            return
        try:
            self.created = self.station.meetings.create_series(
                self.model.proposals(), title=self.title_edit.text(), agenda=self.agenda.toPlainText())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter in the form proposes first; Enter again (on the table) creates.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.model.rowCount():
            self.propose()
            return
        super().keyPressEvent(event)
