"""Choosing who is recording: a big list of names, a PIN for coordinators, and the first run.

``choose_operator(station)`` is what the app calls at start-up and from "Change operator". On a
station with nobody on the roster it asks for the first coordinator instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.operators import Operator, PinLocked, WrongPin
from mutual_aid_desk.core.permissions import Role
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError, NotFound, ValidationError
from mutual_aid_desk.ui.messages import add_checked_row, error_label, error_text, show_problems
from mutual_aid_desk.ui.widgets.buttons import accept_buttons


def choose_operator(station: Station, parent: QWidget | None = None) -> Operator | None:
    """Ask who is at the desk and sign them in; None if the person cancels.

    The station's current operator is unchanged on cancel.
    """
    if station.volunteers.is_empty():
        first = FirstCoordinatorDialog(station, parent)
        return first.operator if first.exec() == QDialog.DialogCode.Accepted else None
    dialog = LoginDialog(station, parent)
    return dialog.operator if dialog.exec() == QDialog.DialogCode.Accepted else None


def _bigger(widget: QWidget, factor: float) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


class LoginDialog(QDialog):
    """Pick your name (arrow keys or type its first character), type a PIN if asked, press Enter."""

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.operator: Operator | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Who is recording?"))
        self.setMinimumSize(520, 560)

        title = QLabel(self.tr("Choose your name"), objectName="loginTitle")
        title.setProperty("role", "title")
        self.names = QListWidget(objectName="roster")
        _bigger(self.names, 1.5)
        self.names.setSpacing(4)
        self.names.setAlternatingRowColors(True)
        for v in station.volunteers.list(active_only=True):
            role = self.tr("coordinator") if v.role == Role.COORDINATOR else self.tr("volunteer")
            item = QListWidgetItem(f"{v.name}    ({role})")
            item.setData(Qt.ItemDataRole.UserRole, v.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, v.needs_pin)
            self.names.addItem(item)

        self.pin_label = QLabel(self.tr("PIN"), objectName="pinLabel")
        _bigger(self.pin_label, 1.2)
        self.pin = QLineEdit(objectName="pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("Coordinators type their PIN"))
        _bigger(self.pin, 1.3)
        self.message = error_label("loginMessage")
        _bigger(self.message, 1.1)

        buttons, self.ok_button = accept_buttons(self, self._on_sign_in, self.tr("Start recording"), self.tr("Cancel"),
                                                 name="signInButton", standard=QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.names.currentItemChanged.connect(self._on_person_changed)
        self.names.itemActivated.connect(lambda _item: self._on_sign_in())
        current = station.operator.name if station.operator else None
        row = next((i for i in range(self.names.count())
                    if self.names.item(i).data(Qt.ItemDataRole.UserRole) == current), 0)
        if self.names.count():
            self.names.setCurrentRow(row)
        self._on_person_changed()
        self.names.setFocus()

    def selected_name(self) -> str | None:
        item = self.names.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def needs_pin(self) -> bool:
        item = self.names.currentItem()
        return bool(item and item.data(Qt.ItemDataRole.UserRole + 1))

    def select(self, name: str) -> None:
        for i in range(self.names.count()):
            if self.names.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.names.setCurrentRow(i)
                return
        raise KeyError(name)

    def _on_person_changed(self, *_args: object) -> None:
        needs = self.needs_pin()
        self.pin_label.setVisible(needs)
        self.pin.setVisible(needs)
        self.pin.clear()
        self.message.hide()
        self.ok_button.setEnabled(self.names.currentItem() is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_sign_in(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if self.needs_pin() and not self.pin.text():
            self._say(self.tr("Type the PIN for {name}, then press Enter.").format(name=name))
            self.pin.setFocus()
            return
        try:
            self.operator = self.station.volunteers.sign_in(name, self.pin.text() or None)
        except (WrongPin, PinLocked) as exc:
            self.pin.clear()
            self._say(error_text(exc))
            self.pin.setFocus()
            return
        except NotFound as exc:
            self._say(error_text(exc))
            return
        except DeskError as exc:  # busy or unwritable file: say so, keep the dialog open
            self._say(error_text(exc))
            return
        self.accept()


class FirstCoordinatorDialog(QDialog):
    """The first run: the person setting up the station becomes its first coordinator."""

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.operator: Operator | None = None
        self.setObjectName("firstCoordinatorDialog")
        self.setWindowTitle(self.tr("Welcome to Mutual-Aid Desk"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("The first coordinator"), objectName="firstRunTitle")
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "Nobody is on this station's roster yet. Enter the first coordinator: the person who "
            "will add the other volunteers. Choose a PIN of 6 to 12 digits and keep it to yourself."),
            objectName="firstRunIntro")
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="firstName")
        self.phone = QLineEdit(objectName="firstPhone")
        self.pin = QLineEdit(objectName="firstPin")
        self.pin_again = QLineEdit(objectName="firstPinAgain")
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        for key, label, widget in (("name", self.tr("Your name"), self.name), ("phone", self.tr("Phone (optional)"), self.phone),
                                   ("pin", self.tr("PIN"), self.pin)):
            self.errors[key] = add_checked_row(form, label, widget, key)
        form.addRow(self.tr("PIN again"), self.pin_again)
        self.general_error = error_label("firstRunError")

        buttons, _ = accept_buttons(self, self._on_create, self.tr("Create and start"), self.tr("Cancel"),
                                    name="createCoordinatorButton", standard=QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _on_create(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        if self.pin.text() != self.pin_again.text():
            self.errors["pin"].setText(self.tr("The two PINs differ: type the same PIN twice."))
            self.errors["pin"].show()
            self.pin_again.clear()
            self.pin.setFocus()
            return
        try:
            self.operator = self.station.volunteers.create_first_coordinator(
                self.name.text(), self.pin.text(), phone=self.phone.text().strip())
        except ValidationError as exc:
            show_problems(exc, self.errors, self.general_error)
            return
        except DeskError as exc:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return
        self.accept()
