"""Create or change one meeting: title, date and time, place, invited buildings or stairwells, agenda."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.meetings import MeetingInput, MeetingRow
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.widgets.buttons import accept_buttons


class MeetingDialog(QDialog):
    """Enter saves, Esc cancels; the core checks every field and names what is wrong."""

    def __init__(self, station: Station, meeting: MeetingRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.station = station
        self.meeting = meeting
        self.saved: MeetingRow | None = None
        self.setWindowTitle(self.tr("Change meeting") if meeting else self.tr("New meeting"))

        self.title_edit = QLineEdit(objectName="meetingTitle")
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="meetingDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit(QTime(19, 0), objectName="meetingTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.place_edit = QLineEdit(objectName="meetingPlace")
        self.buildings_edit = QLineEdit(objectName="meetingBuildings")
        self.buildings_edit.setPlaceholderText(self.tr("whole buildings, e.g. 1,2 or 1-3"))
        self.units_edit = QLineEdit(objectName="meetingUnits")
        self.units_edit.setPlaceholderText(self.tr("single stairwells, e.g. 5-2 (building-unit)"))
        self.agenda_edit = QPlainTextEdit(objectName="meetingAgenda")
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setPlaceholderText(self.tr("One agenda item per line"))
        self.agenda_edit.setFixedHeight(self.fontMetrics().height() * 5 + 16)
        self.organiser_edit = QLineEdit(objectName="meetingOrganiser")
        self.vote_edit = QSpinBox(objectName="meetingVote")
        self.vote_edit.setRange(0, 1_000_000)
        self.vote_edit.setSpecialValueText(self.tr("none"))

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Time"), self.time_edit)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Buildings"), self.buildings_edit)
        form.addRow(self.tr("Stairwells"), self.units_edit)
        form.addRow(self.tr("Agenda"), self.agenda_edit)
        form.addRow(self.tr("Organiser"), self.organiser_edit)
        form.addRow(self.tr("Serves vote no."), self.vote_edit)
        buttons, _ = accept_buttons(self, self.save, self.tr("Save"), self.tr("Cancel"), name="saveMeetingButton",
                                    default=False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 560)

        if meeting is not None:
            self.title_edit.setText(meeting.title)
            self.date_edit.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
            h, m = meeting.time.split(":")
            self.time_edit.setTime(QTime(int(h), int(m)))
            self.place_edit.setText(meeting.place)
            self.buildings_edit.setText(",".join(meeting.buildings))
            self.units_edit.setText(",".join(meeting.units))
            self.agenda_edit.setPlainText("\n".join(meeting.agenda))
            self.organiser_edit.setText(meeting.organiser)
            self.vote_edit.setValue(meeting.vote_id or 0)
        else:
            operator = station.operator
            self.organiser_edit.setText(operator.name if operator else "")
        self.title_edit.setFocus()

    def input(self) -> MeetingInput:
        return MeetingInput(self.title_edit.text(), self.date_edit.date().toPython(),
                            self.time_edit.time().toString("HH:mm"), self.place_edit.text(),
                            self.buildings_edit.text(), self.units_edit.text(), self.agenda_edit.toPlainText(),
                            self.organiser_edit.text(), self.vote_edit.value() or None)

    def save(self) -> None:
        try:
            if self.meeting is None:
                self.saved = self.station.meetings.create(self.input())
            else:
                self.saved = self.station.meetings.update(self.meeting.id, self.input(), self.meeting.version)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.accept()
