"""The month's stairwell-sheet report on screen, with export to Excel and a printable PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from mutual_aid_desk.core.sheets import MonthReport, StairwellReport
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.base import PagedTableModel
from mutual_aid_desk.ui.theme import fit_to_screen, keep_rows_visible
from mutual_aid_desk.ui.widgets.tables import read_only_table


class SheetReportModel(PagedTableModel[StairwellReport]):
    def __init__(self, report: MonthReport, parent: object = None):
        super().__init__(parent)
        self.report = report
        self.set_rows(report.stairwells)

    def headers(self) -> list[str]:
        return [self.tr("Stairwell"), self.tr("Days checked"),
                *self.report.checks,
                self.tr("Days with problems"), self.tr("Problems opened"), self.tr("Problems closed")]

    def cell(self, r: StairwellReport, column: int) -> str:
        values = [r.label, r.days_checked, *(r.problem_days.get(c, 0) for c in self.report.checks),
                  r.days_with_problems, r.problems_opened, r.problems_closed]
        return str(values[column])


class SheetReportDialog(QDialog):
    def __init__(self, station: Station, month: str, parent: QWidget | None = None):
        super().__init__(parent)

        self.station, self.month = station, month
        self.setObjectName("sheetReportDialog")
        self.setWindowTitle(self.tr("Stairwell sheets: report for {month}").format(month=month))
        self.report = station.sheets.report(month)
        totals = self.report.totals()
        summary = QLabel(self.tr("{stairwells} stairwells; {days} days checked; {problem_days} days with problems; "
                                 "{opened} problems opened, {closed} closed. "
                                 "Under each check: the days it had a problem.")
                         .format(stairwells=len(self.report.stairwells), days=totals["days_checked"],
                                 problem_days=totals["days_with_problems"], opened=totals["problems_opened"],
                                 closed=totals["problems_closed"]),
                         objectName="sheetReportSummary")
        summary.setWordWrap(True)
        self.model = SheetReportModel(self.report, self)
        self.table = read_only_table(QTableView(objectName="sheetReportTable"), self.model, one_row=False,
                                     stripes=False, row_gap=None, resize=None, stretch_last=None)
        self.table.resizeColumnsToContents()
        keep_rows_visible(self.table, 5)
        excel = QPushButton(self.tr("Export to Excel…"), objectName="sheetReportExcel")
        excel.clicked.connect(self.export_excel)
        pdf = QPushButton(self.tr("Print…"), objectName="sheetReportPdf")
        pdf.clicked.connect(self.print_pdf)
        close = QPushButton(self.tr("Close"), objectName="sheetReportClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(excel)
        buttons.addWidget(pdf)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1200, 700)

    def export_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), f"stairwell-report-{self.month}.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            self.station.sheets.export_report(self.month, Path(path))
            self.station.problems.note_export("sheet report", path, {"month": self.month})
        except (DeskError, OSError) as exc:
            show_error(self, exc)

    def print_pdf(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.stairwell_report import StairwellReport

        open_document(self, StairwellReport(self.station, self.month), self.tr("Stairwell sheets: report"))
