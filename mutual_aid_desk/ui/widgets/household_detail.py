"""The right-hand panel of the household page: details, timeline and history of one household."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.households import HouseholdRow
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.timeline import household_timeline
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.dialogs.problems import ProblemDetailDialog
from mutual_aid_desk.ui.labels import status_label
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.widgets.history import HistoryView


class HouseholdDetail(QWidget):
    edit_requested = Signal(int)
    changed = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.household: HouseholdRow | None = None
        self.setObjectName("householdDetail")

        self.title = QLabel(objectName="detailTitle")
        self.title.setProperty("role", "title")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("head", self.tr("Head of household")), ("phones", self.tr("Phone")),
                           ("members", self.tr("Members")), ("area", self.tr("Area (m²)")),
                           ("status", self.tr("Status")), ("tags", self.tr("Tags")), ("notes", self.tr("Notes")),
                           ("owner", self.tr("Registered owner"))):
            value = QLabel(objectName=f"detail_{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.edit_button = QPushButton(self.tr("Edit… (Enter)"), objectName="editButton")
        self.archive_button = QPushButton(self.tr("Archive (moved out)…"), objectName="archiveButton")
        self.edit_button.clicked.connect(self._on_edit)
        self.archive_button.clicked.connect(self._on_archive)
        # One above the other: side by side they would make the panel, and so take from the list,
        # wider than the household's details need at large text.
        buttons = QVBoxLayout()
        for button in (self.edit_button, self.archive_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)

        details = QWidget()
        dl = QVBoxLayout(details)
        dl.addLayout(form)
        dl.addLayout(buttons)
        dl.addStretch(1)

        self.timeline = QListWidget(objectName="timeline")
        self.timeline.setWordWrap(True)
        self.timeline.itemDoubleClicked.connect(self._on_timeline_item)
        self.tabs = QTabWidget(objectName="detailTabs")
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.history: HistoryView | None = None

        self.placeholder = QLabel(self.tr("Choose a household on the left to see its details."),
                                  objectName="detailEmpty")
        self.placeholder.setProperty("role", "empty")
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.tabs, 1)
        self.show_household(None)

    def show_household(self, household: HouseholdRow | None) -> None:
        self.household = household
        self.tabs.setVisible(household is not None)
        self.placeholder.setVisible(household is None)
        if household is None:
            self.title.setText("")
            return
        self.title.setText(f"{household.address}  {household.head}")
        values = {
            "head": household.head, "phones": household.phones.replace(",", "  "),
            "members": "" if household.members is None else str(household.members),
            "area": household.area, "status": status_label(household.status),
            "tags": "、".join(household.tags), "notes": household.notes,
            "owner": self._owner_text(household),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.timeline.clear()
        entries = household_timeline(self.station, household.id)
        for e in entries:
            self.timeline.addItem(f"{e.when:%Y-%m-%d %H:%M}  {e.title}\n{e.detail}".strip())
            if e.kind == "problem":  # a double-click opens the problem from the ledger
                self.timeline.item(self.timeline.count() - 1).setData(Qt.ItemDataRole.UserRole, e.ref)
        if not entries:
            self.timeline.addItem(self.tr("No visits, consultations, ballots or payments recorded yet."))
        if self.history is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.history))
            self.history.deleteLater()
        self.history = HistoryView(self.station, "household", household.id)
        self.tabs.addTab(self.history, self.tr("History"))

    def _on_timeline_item(self, item: QListWidgetItem) -> None:
        problem_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem_id, int):
            if ProblemDetailDialog(self.station, problem_id, self).exec() and self.household is not None:
                self.show_household(self.household)

    def _owner_text(self, household: HouseholdRow) -> str:
        """'周投资 (no. INV): 3 flats, one person in votes: 1-1-101、1-1-102、2-1-101'."""
        if not household.owner_id:
            return household.owner
        flats = self.station.households.owner_addresses(household.owner_id)
        text = self.tr("{owner} (no. {number})").format(owner=household.owner or "—", number=household.owner_id)
        if len(flats) > 1:
            text += self.tr(": {n} flats, one person in votes: {flats}").format(n=len(flats), flats="、".join(flats))
        return text

    def _on_edit(self) -> None:
        if self.household is not None:
            self.edit_requested.emit(self.household.id)

    def _on_archive(self) -> None:
        if self.household is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Archive household"),
            self.tr("Why is {address} archived (moved out, merged…)? Its records are kept.")
            .format(address=self.household.address))
        if not ok:
            return
        try:
            self.station.households.archive(self.household.id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.changed.emit()
