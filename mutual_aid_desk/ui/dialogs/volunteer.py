"""Adding or editing one person on the roster (coordinators only; the core refuses anyone else)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.operators import RosterEntry
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import ConflictError, DeskError, ValidationError
from mutual_aid_desk.ui.messages import add_checked_row, error_label, error_text, show_problems
from mutual_aid_desk.ui.widgets.buttons import accept_buttons


class VolunteerDialog(QDialog):
    """Add a person (``person=None``) or edit one loaded at its current version."""

    def __init__(self, station: Station, person: RosterEntry | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.person = person
        self.saved: RosterEntry | None = None
        self.setObjectName("volunteerDialog")
        self.setWindowTitle(self.tr("Edit a person on the roster") if person else self.tr("Add a person to the roster"))
        self.setMinimumWidth(520)

        self.name = QLineEdit(objectName="volunteerName")
        self.phone = QLineEdit(objectName="volunteerPhone")
        self.role = QComboBox(objectName="volunteerRole")
        self.role.addItem(self.tr("volunteer"), "volunteer")
        self.role.addItem(self.tr("coordinator"), "coordinator")
        self.pin = QLineEdit(objectName="volunteerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("6 to 12 digits for a coordinator (4 to 12 for a volunteer who wants one)") if person is None
                                    else self.tr("leave empty to keep the current PIN"))
        self.active = QCheckBox(self.tr("Active (can choose their name when signing in)"), objectName="volunteerActive")
        self.active.setChecked(True)
        self.notes = QLineEdit(objectName="volunteerNotes")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (("name", self.tr("Name"), self.name), ("phone", self.tr("Phone"), self.phone),
                                   ("role", self.tr("Role"), self.role), ("pin", self.tr("PIN"), self.pin),
                                   ("active", "", self.active), ("notes", self.tr("Notes"), self.notes)):
            self.errors[key] = add_checked_row(form, label, widget, key)
        self.general_error = error_label("volunteerError")
        buttons, _ = accept_buttons(self, self._on_save, self.tr("Save"), self.tr("Cancel"), name="saveButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        if person is not None:
            self._fill(person)

    def _fill(self, v: RosterEntry) -> None:
        self.name.setText(v.name)
        self.phone.setText(v.phone)
        self.role.setCurrentIndex(max(0, self.role.findData(v.role)))
        self.active.setChecked(v.active)
        self.notes.setText(v.notes)

    def _on_save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        try:
            if self.person is None:
                self.saved = self.station.volunteers.add(self.name.text(), self.role.currentData(),
                                                         pin=self.pin.text() or None, phone=self.phone.text(),
                                                         notes=self.notes.text())
            else:
                self.saved = self.station.volunteers.update(
                    self.person.id, expected_version=self.person.version, name=self.name.text(),
                    phone=self.phone.text(), role=self.role.currentData(), notes=self.notes.text(),
                    active=self.active.isChecked(), pin=self.pin.text() or None)
        except ValidationError as exc:
            show_problems(exc, self.errors, self.general_error)
            return
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("Changed by someone else"), error_text(exc))
            if self.person is not None:
                self.person = self.station.volunteers.get(self.person.id)
                self._fill(self.person)
            return
        except DeskError as exc:  # refused, busy, disk: keep what was typed and say why
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return
        self.accept()
