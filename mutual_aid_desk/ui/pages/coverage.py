"""Coverage: per building, the share of households visited in a period and the share never
visited; visits per volunteer. Exports to XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.coverage import coverage, export_coverage, percent
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.visits import RowsTableModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.theme import keep_rows_visible
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.tables import read_only_table


class CoveragePage(Page):

    TITLE = QT_TRANSLATE_NOOP("CoveragePage", "Coverage")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("coveragePage")
        self.start = QDateEdit(QDate.currentDate().addDays(-30), objectName="coverageFrom")
        self.end = QDateEdit(QDate.currentDate(), objectName="coverageTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.summary = QLabel(objectName="coverageSummary")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export XLSX…"), objectName="exportCoverageButton")
        self.buildings_model = RowsTableModel(parent=self)
        self.volunteers_model = RowsTableModel(parent=self)
        self.buildings_table = self._table("coverageTable", self.buildings_model)
        self.volunteers_table = self._table("volunteerTable", self.volunteers_model)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        # One above the other, each the full width: side by side, the buildings' eight columns
        # ran off the edge at large text.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.buildings_table)
        splitter.addWidget(self.volunteers_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        for table in (self.buildings_table, self.volunteers_table):
            keep_rows_visible(table, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.start.dateChanged.connect(lambda _d: self.reload())
        self.end.dateChanged.connect(lambda _d: self.reload())
        self.export_button.clicked.connect(lambda: self.export())
        self.reload()

    def _table(self, name: str, model: RowsTableModel) -> QTableView:
        table = read_only_table(QTableView(objectName=name), model, one_row=False)
        fit_columns(table)
        return table


    def reload(self) -> None:
        cov = coverage(self.station, self.start.date().toPython(), self.end.date().toPython())
        headers = [self.tr("Building"), self.tr("Households"), self.tr("Vacant"), self.tr("Visited"),
                   self.tr("Visited %"), self.tr("Someone reached"), self.tr("Never visited"), self.tr("Never visited %")]
        rows = [[b.building, b.households, b.vacant, b.visited, percent(b.visited_share), b.reached, b.never,
                 percent(b.never_share)] for b in [*cov.buildings, cov.total]]
        rows[-1][0] = self.tr("Total")
        self.buildings_model.set_table(headers, rows)
        self.volunteers_model.set_table([self.tr("Volunteer"), self.tr("Number of visits"), self.tr("Households")],
                                        [list(r) for r in cov.per_volunteer])
        total = cov.total
        self.summary.setText(self.tr("{visited} of {households} households visited ({share}); "
                                     "{never} never visited (vacant flats count and are shown)")
                             .format(visited=total.visited, households=total.households,
                                     share=percent(total.visited_share), never=total.never))

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export coverage"), "coverage.xlsx", self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            export_coverage(self.station, self.start.date().toPython(), self.end.date().toPython(), Path(path))
        except DeskError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Export finished"), self.tr("Written to {path}").format(path=path))

    def refresh(self) -> None:
        self.reload()
