"""Recording or editing a consultation: who asked, what, the advice, referral, status, follow-up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.consultations import Category, ConsultationInput, ConsultationRow, ConsultationStatus
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import ConflictError, DeskError
from mutual_aid_desk.ui.messages import error_label, error_text
from mutual_aid_desk.ui.models.visits import category_text, consultation_status_text
from mutual_aid_desk.ui.theme import fit_to_screen


class ConsultationForm(QDialog):
    def __init__(self, station: Station, row: ConsultationRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consultationForm")
        self.setWindowTitle(self.tr("Consultation") if row is None else self.tr("Edit consultation"))
        self.station = station
        self.row = row
        self.saved: ConsultationRow | None = None

        self.address = QLineEdit(objectName="consultAddress")
        self.address.setPlaceholderText(self.tr("Household address (5-2-301), or leave empty for a walk-in"))
        self.person_name = QLineEdit(objectName="consultName")
        self.person_phone = QLineEdit(objectName="consultPhone")
        self.asked_at = QDateTimeEdit(QDateTime.currentDateTime(), objectName="consultAskedAt")
        self.asked_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.asked_at.setCalendarPopup(True)
        self.category = QComboBox(objectName="consultCategory")
        for c in Category:
            self.category.addItem(category_text(c.value), c.value)
        self.question = QPlainTextEdit(objectName="consultQuestion")
        self.advice = QPlainTextEdit(objectName="consultAdvice")
        for edit in (self.question, self.advice):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(self.fontMetrics().height() * 3 + 12)  # grows with the dialog; fits 768 at 150 %
        self.referred_to = QComboBox(objectName="consultReferredTo")
        self.referred_to.addItem(self.tr("(not referred)"), "")
        for name in station.consultations.partners():
            self.referred_to.addItem(name, name)
        self.status = QComboBox(objectName="consultStatus")
        for s in ConsultationStatus:
            self.status.addItem(consultation_status_text(s.value), s.value)
        self.follow_check = QCheckBox(self.tr("Follow up by"), objectName="consultFollowCheck")
        self.follow_date = QDateEdit(QDate.currentDate().addDays(7), objectName="consultFollowDate")
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_date.setEnabled(False)
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        self.handled_by = QLineEdit(station.operator.name if station.operator else "", objectName="consultHandledBy")
        self.error = error_label("consultError")

        follow = QHBoxLayout()
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date)
        follow.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Household"), self.address)
        form.addRow(self.tr("Walk-in name"), self.person_name)
        form.addRow(self.tr("Walk-in phone"), self.person_phone)
        form.addRow(self.tr("Asked at"), self.asked_at)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Advice given"), self.advice)
        form.addRow(self.tr("Handled by"), self.handled_by)
        form.addRow(self.tr("Referred to"), self.referred_to)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Follow-up"), follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        # Enter in a one-line field saves; in the question or advice it starts a new line, so
        # Ctrl+Enter saves from anywhere in the form (the button says so).
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.referred_to.currentIndexChanged.connect(self._on_referral)
        if row is not None:
            self._load(row)
        fit_to_screen(self, 720, 680)

    def _load(self, r: ConsultationRow) -> None:
        self.address.setText(r.address)
        self.person_name.setText(r.person_name)
        self.person_phone.setText(r.person_phone)
        self.asked_at.setDateTime(QDateTime(r.asked_at))
        self.category.setCurrentIndex(max(0, self.category.findData(r.category)))
        self.question.setPlainText(r.question)
        self.advice.setPlainText(r.advice)
        self.handled_by.setText(r.handled_by)
        if r.referred_to and self.referred_to.findData(r.referred_to) < 0:
            self.referred_to.addItem(r.referred_to, r.referred_to)
        self.referred_to.setCurrentIndex(max(0, self.referred_to.findData(r.referred_to)))
        self.status.setCurrentIndex(max(0, self.status.findData(r.status)))
        if r.follow_up:
            self.follow_check.setChecked(True)
            self.follow_date.setDate(QDate(r.follow_up.year, r.follow_up.month, r.follow_up.day))

    def _on_referral(self) -> None:
        if self.referred_to.currentData() and self.status.currentData() == ConsultationStatus.OPEN.value:
            self.status.setCurrentIndex(self.status.findData(ConsultationStatus.REFERRED.value))

    def consultation_input(self) -> ConsultationInput:
        asked: datetime = self.asked_at.dateTime().toPython().replace(second=0, microsecond=0)
        return ConsultationInput(
            address=self.address.text().strip() or None, person_name=self.person_name.text(),
            person_phone=self.person_phone.text(), asked_at=asked, category=self.category.currentData(),
            question=self.question.toPlainText(), advice=self.advice.toPlainText(),
            handled_by=self.handled_by.text(), referred_to=self.referred_to.currentData() or "",
            status=self.status.currentData(),
            follow_up=self.follow_date.date().toPython() if self.follow_check.isChecked() else None,
            closed_on=self.row.closed_on if self.row is not None else None)

    def _on_save(self) -> None:
        try:
            if self.row is None:
                self.saved = self.station.consultations.add(self.consultation_input())
            else:
                self.saved = self.station.consultations.update(self.row.id, self.consultation_input(), self.row.version)
        except ConflictError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        except DeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
