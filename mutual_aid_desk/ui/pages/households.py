"""The household page: find any household with a keystroke or two, and correct its details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.households import HouseholdQuery
from mutual_aid_desk.core.roster import export_households
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.dialogs.household_form import HouseholdForm
from mutual_aid_desk.ui.dialogs.import_preview import ImportPreviewDialog
from mutual_aid_desk.ui.keys import on_enter
from mutual_aid_desk.ui.labels import status_choices
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.households import HouseholdTableModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.household_detail import HouseholdDetail
from mutual_aid_desk.ui.widgets.tables import read_only_table

SEARCH_DELAY_MS = 150


class HouseholdsPage(Page):

    TITLE = QT_TRANSLATE_NOOP("HouseholdsPage", "Households")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("householdsPage")

        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search address, name, pinyin or phone (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search: address (5-2-301, 301), name, pinyin initials (zxm) or phone digits"))
        self.search.setClearButtonEnabled(True)
        self.building = QComboBox(objectName="buildingFilter")
        self.status = QComboBox(objectName="statusFilter")
        self.tag = QComboBox(objectName="tagFilter")
        # Owners holding several flats (investors, the developer's unsold flats): one person in votes.
        self.several_flats = QCheckBox(self.tr("Owners with several flats"), objectName="severalFlatsFilter")
        self.several_flats.toggled.connect(lambda _on: self.apply_filters())
        self.count = QLabel(objectName="householdCount")
        self._fill_filters()

        self.add_button = QPushButton(self.tr("Add household"), objectName="addButton")
        self.import_button = QPushButton(self.tr("Import roster…"), objectName="importButton")
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportButton")

        self.model = HouseholdTableModel(station, self)
        self.table = read_only_table(QTableView(objectName="householdTable"), self.model, row_gap=14, resize=None)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        # Wide enough for the header and a typical value, measured in the current font and size.
        samples = ("12-3-1201", "欧阳晓明", "13812345678", "10", "120.00", "联系不上", "独居老人、低保")
        for column, sample in enumerate(samples):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(str(title)) + 36, metrics.horizontalAdvance(sample) + 24)
            header.resizeSection(column, width)

        self.empty = QLabel(objectName="emptyState")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(objectName="listStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.detail = HouseholdDetail(station, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        # The list takes about three quarters of the width (QSplitter scales these to its own width):
        # names and phones there matter more than the details panel, which can be dragged wider.
        splitter.setSizes([780, 300])
        # The columns share the list's width (notes and tags give way first), so 状态 is never off the edge.
        fit_columns(self.table, stretch=7, squeeze=(7, 6, 5, 4, 3))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.building, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.tag, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        actions.addWidget(self.several_flats)  # on the search row it squeezed the search at 150 %
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._on_search_enter)
        for combo in (self.building, self.status, self.tag):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda index: self.edit_household(self.model.data(index, Qt.ItemDataRole.UserRole)))
        self.add_button.clicked.connect(self.add_household)
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export)
        self.detail.edit_requested.connect(self.edit_household)
        self.detail.changed.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        on_enter(self.table, self._edit_current)  # only while the list has the focus: Enter in the search box searches
        self.apply_filters()


    # --- filters ---------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        for combo in (self.building, self.status, self.tag):
            combo.blockSignals(True)
        current = (self.building.currentData(), self.status.currentData(), self.tag.currentData())
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for name, count in self.station.households.buildings():
            self.building.addItem(self.tr("Building {building} ({n})").format(building=name, n=count), name)
        self.status.clear()
        self.status.addItem(self.tr("Any status"), None)
        for code, label in status_choices():
            self.status.addItem(label, code)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for name in self.station.settings.tags():
            self.tag.addItem(name, name)
        for combo, value in zip((self.building, self.status, self.tag), current):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def query(self) -> HouseholdQuery:
        return HouseholdQuery(text=self.search.text(), building=self.building.currentData(),
                              status=self.status.currentData(), tag=self.tag.currentData(),
                              several_flats=self.several_flats.isChecked())

    def apply_filters(self) -> None:
        self._timer.stop()
        selected = self.detail.household.id if self.detail.household else None
        self.model.set_query(self.query())
        total = self.model.rowCount()
        self.count.setText(self.tr("{n} households").format(n=total))
        filtered = bool(self.search.text().strip() or self.building.currentData() or self.status.currentData()
                        or self.tag.currentData() or self.several_flats.isChecked())
        self.detail.setVisible(bool(total))
        if total:
            self.stack.setCurrentWidget(self.table)
        elif filtered:
            self.empty.setText(self.tr("No household matches. Check the address or name, or clear the filters."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(self.tr("No households yet: import the roster from the street office "
                                       "(Import roster…) or add one (Add household)."))
            self.stack.setCurrentWidget(self.empty)
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and total == 1:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.detail.show_household(None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_enter(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.detail.show_household(row)

    # --- actions ---------------------------------------------------------------------------------

    def show_household(self, household_id: int) -> None:
        """Select a household (asked for by another page), clearing filters if they hide it."""
        if self.model.row_of(household_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.building, self.status, self.tag):
                combo.setCurrentIndex(0)
            self.apply_filters()
        row = self.model.row_of(household_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_household(self.model.data(index, Qt.ItemDataRole.UserRole))

    def add_household(self) -> None:
        form = HouseholdForm(self.station, parent=self)
        if form.exec() and form.saved:
            self.refresh()
            self.show_household(form.saved.id)
            self.data_changed.emit()

    def edit_household(self, household_id: int | None) -> None:
        if household_id is None:
            return
        form = HouseholdForm(self.station, self.station.households.get(household_id), parent=self)
        if form.exec() and form.saved:
            self.refresh()
            self.show_household(form.saved.id)
            self.data_changed.emit()

    def import_roster(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import roster"), "",
                                                  self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return
        dialog = ImportPreviewDialog(self.station, Path(path), self)
        dialog.load()
        if dialog.exec() and dialog.result_plan is not None:
            self.refresh()
            self.data_changed.emit()
            QMessageBox.information(self, self.tr("Import finished"),
                                    self.tr("{added} added, {updated} updated, {unchanged} unchanged.")
                                    .format(added=len(dialog.result_plan.added), updated=len(dialog.result_plan.updated),
                                            unchanged=len(dialog.result_plan.unchanged)))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export households"), "households.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        masked = not (self.station.operator and self.station.operator.is_coordinator)
        if not masked:
            answer = QMessageBox.question(
                self, self.tr("Export households"),
                self.tr("Export with full names and phone numbers? Choose No for a masked copy (张*明, 138****1234)."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            masked = answer == QMessageBox.StandardButton.No
        try:
            count = export_households(self.station, Path(path), masked=masked)
        except DeskError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Export finished"),
                                (self.tr("{n} households written to {path} (masked).") if masked else
                                 self.tr("{n} households written to {path} (NOT masked: keep it safe)."))
                                .format(n=count, path=path))

    def refresh(self) -> None:
        self._fill_filters()
        self.apply_filters()
