"""Choosing households for an evening round, printing the walk list, and entering its results.

The same selection drives the PDF and the bulk re-entry grid, so the grid lists exactly the
households of the printed sheet in the same order. Other pages may hand over their own households
(``household_ids``: not yet voted, not yet paid); the filters then narrow that set.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.selection import WalkSelection, select_households
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import split_names
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.labels import status_choices
from mutual_aid_desk.ui.theme import fit_to_screen
from mutual_aid_desk.ui.widgets.purposes import purpose_combo


class WalkListDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None, *,
                 household_ids: Sequence[int] | None = None, title: str = "", purpose: str = "general"):
        super().__init__(parent)
        self.setObjectName("walkListDialog")
        self.setWindowTitle(self.tr("Walk list"))
        self.station = station
        self.handed_over = frozenset(household_ids) if household_ids is not None else None
        self.saved_any = False
        self.last_pdf: bytes | None = None
        # The households of the sheet printed in this dialog: results are entered for exactly these,
        # even if a filter such as "not visited since" would now choose differently.
        self.printed_ids: list[int] | None = None

        self.buildings = QListWidget(objectName="buildingList")
        for name, count in station.households.buildings():
            item = QListWidgetItem(self.tr("Building {building} ({n})").format(building=name, n=count))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.buildings.addItem(item)
        self.status = QComboBox(objectName="walkStatus")
        self.status.addItem(self.tr("Any status"), None)
        for code, label in status_choices():
            self.status.addItem(label, code)
        self.tag = QComboBox(objectName="walkTag")
        self.tag.addItem(self.tr("Any tag"), None)
        for name in station.settings.tags():
            self.tag.addItem(name, name)
        self.not_visited = QCheckBox(self.tr("Not visited since"), objectName="notVisitedCheck")
        self.not_visited_date = QDateEdit(QDate.currentDate().addDays(-30), objectName="notVisitedDate")
        self.not_visited_date.setCalendarPopup(True)
        self.not_visited_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_due = QCheckBox(self.tr("Follow-up due"), objectName="followUpDueCheck")

        self.title = QLineEdit(title or "走访清单", objectName="walkTitle")  # printed: Chinese whatever the window language
        self.purpose = purpose_combo(station, purpose, "walkPurpose")
        self.volunteers = QLineEdit(station.operator.name if station.operator else "", objectName="walkVolunteers")
        self.round_date = QDateEdit(QDate.currentDate(), objectName="walkDate")
        self.round_date.setCalendarPopup(True)
        self.round_date.setDisplayFormat("yyyy-MM-dd")

        self.count = QLabel(objectName="walkCount")
        self.count.setProperty("role", "title")
        self.print_button = QPushButton(self.tr("Preview and print…"), objectName="printWalkListButton")
        self.results_button = QPushButton(self.tr("Enter results…"), objectName="enterResultsButton")
        self.close_button = QPushButton(self.tr("Close"), objectName="closeButton")

        filters = QFormLayout()
        if self.handed_over is not None:
            filters.addRow(QLabel(self.tr("{n} households handed over").format(n=len(self.handed_over))))
        filters.addRow(self.tr("Status"), self.status)
        filters.addRow(self.tr("Tag"), self.tag)
        filters.addRow(self.not_visited, self.not_visited_date)
        filters.addRow("", self.follow_up_due)
        sheet = QFormLayout()
        sheet.addRow(self.tr("Title"), self.title)
        sheet.addRow(self.tr("Purpose"), self.purpose)
        sheet.addRow(self.tr("Volunteers"), self.volunteers)
        sheet.addRow(self.tr("Date of the round"), self.round_date)
        columns = QHBoxLayout()
        columns.addLayout(filters, 1)
        columns.addLayout(sheet, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.close_button)
        # The buildings across the full width, in columns of ticks: in a narrow list beside the
        # form their names were cut ("1 号楼（33") at large text.
        self.buildings.setFlow(QListWidget.Flow.LeftToRight)
        self.buildings.setWrapping(True)
        self.buildings.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.buildings.setUniformItemSizes(True)
        self.buildings.setSpacing(2)
        buildings_label = QLabel(self.tr("Buildings (none ticked: all)"))
        buildings_label.setBuddy(self.buildings)
        layout = QVBoxLayout(self)
        layout.addWidget(buildings_label)
        layout.addWidget(self.buildings, 1)
        layout.addLayout(columns)
        layout.addLayout(buttons)

        self.buildings.itemChanged.connect(lambda _i: self.update_count())
        for combo in (self.status, self.tag):
            combo.currentIndexChanged.connect(lambda _i: self.update_count())
        for box in (self.not_visited, self.follow_up_due):
            box.toggled.connect(lambda _b: self.update_count())
        self.not_visited_date.dateChanged.connect(lambda _d: self.update_count())
        self.print_button.clicked.connect(self.print_list)
        self.results_button.clicked.connect(self.enter_results)
        self.close_button.clicked.connect(self.accept)
        self.print_button.setDefault(True)
        fit_to_screen(self, 1000, 700)
        self.update_count()

    def selection(self) -> WalkSelection:
        ticked = tuple(self.buildings.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.buildings.count())
                       if self.buildings.item(i).checkState() == Qt.CheckState.Checked)
        return WalkSelection(buildings=ticked, statuses=(self.status.currentData(),) if self.status.currentData() else (),
                             tags=(self.tag.currentData(),) if self.tag.currentData() else (),
                             not_visited_since=self.not_visited_date.date().toPython() if self.not_visited.isChecked() else None,
                             follow_up_due=self.follow_up_due.isChecked(), household_ids=self.handed_over)

    def household_ids(self) -> list[int]:
        return select_households(self.station, self.selection(), on=self.round_date.date().toPython())

    def update_count(self) -> None:
        self.printed_ids = None
        n = len(self.household_ids())
        self.count.setText(self.tr("{n} households selected").format(n=n))
        self.print_button.setEnabled(n > 0)
        self.results_button.setEnabled(n > 0)

    def _on(self) -> date:
        day: date = self.round_date.date().toPython()
        return day

    def print_list(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.walklist import WalkList

        ids = self.household_ids()
        document = WalkList(self.station, ids, title=self.title.text().strip() or "走访清单",
                            purpose=self.purpose.currentData() or "general",
                            volunteers=split_names(self.volunteers.text()), on=self._on(),
                            selection=self.selection().describe())
        pdf = open_document(self, document, f"{self.title.text()} · {self.selection().describe()}")
        if pdf is not None:
            self.last_pdf, self.printed_ids = pdf, ids

    def enter_results(self) -> None:
        # it prints walk lists: ReportLab loads when it opens, not with the window
        from mutual_aid_desk.ui.dialogs.bulk_reentry import BulkReentryDialog

        ids = self.printed_ids if self.printed_ids is not None else self.household_ids()
        dialog = BulkReentryDialog(self.station, ids, purpose=self.purpose.currentData() or "general",
                                   volunteers=split_names(self.volunteers.text()), on=self._on(), parent=self)
        if dialog.exec() and dialog.saved_ids:
            self.saved_any = True
            self.update_count()
