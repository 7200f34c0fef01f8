"""Adding or correcting one household, from the keyboard.

Tab moves between fields, Enter saves, Esc cancels. Problems appear under the field they concern,
in plain words, and the form keeps everything typed until it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.households import HouseholdInput, HouseholdRow
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import ConflictError, DeskError, ValidationError
from mutual_aid_desk.ui.labels import status_choices
from mutual_aid_desk.ui.messages import add_checked_row, error_label, error_text, field_label, problem_reason
from mutual_aid_desk.ui.widgets.buttons import accept_buttons

# Which input shows the problem for each core field name.
_FIELD_WIDGET = {"address": "address", "building": "address", "unit": "address", "room": "address",
                 "head": "head", "phone": "phone", "members": "members", "area": "area", "status": "status",
                 "tags": "tags", "notes": "notes", "owner": "owner", "owner_id": "owner_id"}


class HouseholdForm(QDialog):
    """Create a household (``household=None``) or edit one loaded at its current version."""

    def __init__(self, station: Station, household: HouseholdRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.household = household
        self.saved: HouseholdRow | None = None
        self.setObjectName("householdForm")
        self.setWindowTitle(self.tr("Edit household") if household else self.tr("Add a household"))

        self.address = QLineEdit(objectName="address")
        self.address.setPlaceholderText(self.tr("e.g. 5-2-301 or 12-502"))
        self.head = QLineEdit(objectName="head")
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText(self.tr("11-digit mobile or landline; several separated by commas"))
        self.phone.setMinimumWidth(self.phone.fontMetrics().horizontalAdvance(self.phone.placeholderText()) + 16)
        self.members = QLineEdit(objectName="members")
        self.area = QLineEdit(objectName="area")
        self.area.setPlaceholderText(self.tr("square metres, e.g. 85.20"))
        self.status = QComboBox(objectName="status")
        for code, label in status_choices():
            self.status.addItem(label, code)
        self.tags = QListWidget(objectName="tags")
        self.tags.setMaximumHeight(3 * (self.fontMetrics().height() + 14) + 8)  # three lines of tags at any text size
        self.tags.setFlow(QListWidget.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListWidget.ResizeMode.Adjust)  # lay the tags out again at the dialog's width
        for name in station.settings.tags():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.notes = QLineEdit(objectName="notes")
        self.owner = QLineEdit(objectName="owner")
        self.owner.setPlaceholderText(self.tr("as on the property register"))
        self.owner_id = QLineEdit(objectName="owner_id")
        self.owner_id.setPlaceholderText(self.tr("same number on each flat of one owner"))

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name, label, widget in (
            ("address", self.tr("Address"), self.address),
            ("head", self.tr("Head of household"), self.head),
            ("phone", self.tr("Phone"), self.phone),
            ("members", self.tr("Members"), self.members),
            ("area", self.tr("Area (m²)"), self.area),
            ("status", self.tr("Status"), self.status),
            ("tags", self.tr("Tags"), self.tags),
            ("notes", self.tr("Notes"), self.notes),
            ("owner", self.tr("Registered owner"), self.owner),
            ("owner_id", self.tr("Owner number"), self.owner_id),
        ):
            self._errors[name] = add_checked_row(form, label, widget, name)

        self.general_error = error_label("generalError")

        buttons, _ = accept_buttons(self, self._on_save, self.tr("Save (Enter)"), self.tr("Cancel (Esc)"),
                                    name="saveButton")
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        # At least 560 pixels wide, and never narrower than its fields need (an explicit minimum
        # width would override the layout's and cut the phone field's hint at 150 %).
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        if household:
            self._fill(household)

    def _fill(self, h: HouseholdRow) -> None:
        self.address.setText(h.address)
        self.head.setText(h.head)
        self.phone.setText(h.phones)
        self.members.setText("" if h.members is None else str(h.members))
        self.area.setText(h.area)
        self.status.setCurrentIndex(max(0, self.status.findData(h.status)))
        for i in range(self.tags.count()):
            item = self.tags.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in h.tags else Qt.CheckState.Unchecked)
        self.notes.setText(h.notes)
        self.owner.setText(h.owner)
        self.owner_id.setText(h.owner_id)

    def input(self) -> HouseholdInput:
        tags = [self.tags.item(i).text() for i in range(self.tags.count())
                if self.tags.item(i).checkState() == Qt.CheckState.Checked]
        return HouseholdInput(address=self.address.text(), head=self.head.text(), phone=self.phone.text(),
                              members=self.members.text(), area=self.area.text(), status=self.status.currentData(),
                              tags=tags, notes=self.notes.text(), owner=self.owner.text(),
                              owner_id=self.owner_id.text())

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def show_problems(self, error: ValidationError) -> None:
        first = None
        for p in error.problems:
            name = _FIELD_WIDGET.get(p.field, "address")
            label = self._errors[name]
            text = problem_reason(p)
            if p.field in ("building", "unit", "room"):
                text = f"{field_label(p.field)}: {text}"
            label.setText(text if not label.text() else f"{label.text()}\n{text}")
            label.show()
            first = first or getattr(self, name)
        if first is not None:
            first.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Give each message the height its wrapped lines need, then grow to fit, so none is cut off."""
        width = self.address.width()
        for label in self._errors.values():
            label.setMinimumHeight(label.heightForWidth(width) if label.isVisible() and label.text() else 0)
        if (layout := self.layout()) is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_save(self) -> None:
        self.clear_errors()
        try:
            if self.household is None:
                self.saved = self.station.households.create(self.input())
            else:
                self.saved = self.station.households.update(self.household.id, self.input(), self.household.version)
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except ConflictError as exc:
            answer = QMessageBox.question(
                self, self.tr("Changed by someone else"),
                error_text(exc) + "\n\n" + self.tr("Load their version now? What you typed here will be replaced."),
            )
            if answer == QMessageBox.StandardButton.Yes and self.household is not None:
                self.household = self.station.households.get(self.household.id)
                self._fill(self.household)
            return
        except DeskError as exc:  # busy, disk full, permission: keep the form and say what happened
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return
        self.accept()
