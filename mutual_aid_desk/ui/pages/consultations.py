"""The consultations page: the list with a form to add or edit, and the yearly statistics (XLSX)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.consultations import Category, ConsultationStatus
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.dialogs.consultation_form import ConsultationForm
from mutual_aid_desk.ui.keys import on_enter
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.visits import (
    ConsultationTableModel,
    RowsTableModel,
    category_text,
    consultation_status_text,
)
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.tables import read_only_table


class ConsultationsPage(Page):

    TITLE = QT_TRANSLATE_NOOP("ConsultationsPage", "Consultations")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("consultationsPage")
        this_year = date.today().year

        # --- the list ---
        self.year = QComboBox(objectName="consultYear")
        self.year.addItem(self.tr("All years"), None)
        for y in range(this_year, this_year - 6, -1):
            self.year.addItem(str(y), y)
        self.status = QComboBox(objectName="consultStatusFilter")
        self.status.addItem(self.tr("Any status"), None)
        for s in ConsultationStatus:
            self.status.addItem(consultation_status_text(s.value), s.value)
        self.add_button = QPushButton(self.tr("New consultation (Ctrl+N)"), objectName="newConsultationButton")
        self.edit_button = QPushButton(self.tr("Edit… (Enter)"), objectName="editConsultationButton")
        self.partners_button = QPushButton(self.tr("Partner organisations…"), objectName="partnersButton")
        self.count = QLabel(objectName="consultCount")
        self.model = ConsultationTableModel(station, self)
        self.table = read_only_table(QTableView(objectName="consultationTable"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("2026-11-21", "欧阳晓明", "物业管理", "房屋继承手续怎么办理",
                                         "王秀英", "人民调解工作室", "已转介", "2026-11-28")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24)
        fit_columns(self.table, stretch=3, alike=(3, 5, 1))  # the long texts give way alike; dates stay whole
        list_tab = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.partners_button)
        lay = QVBoxLayout(list_tab)
        lay.addLayout(top)
        lay.addWidget(self.count)  # on its own line: beside the filters it pushed the buttons off at 150 %
        lay.addWidget(self.table, 1)

        # --- statistics ---
        self.stats_year = QSpinBox(objectName="statsYear")
        self.stats_year.setRange(2000, 2100)
        self.stats_year.setValue(this_year)
        self.stats_summary = QLabel(objectName="statsSummary")
        self.stats_summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export XLSX…"), objectName="exportStatsButton")
        self.stats_model = RowsTableModel(parent=self)
        self.stats_table = read_only_table(QTableView(objectName="statsTable"), self.stats_model)
        stats_tab = QWidget()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.stats_year)
        row.addWidget(self.stats_summary, 1)
        row.addWidget(self.export_button)
        lay = QVBoxLayout(stats_tab)
        lay.addLayout(row)
        lay.addWidget(self.stats_table, 1)

        self.tabs = QTabWidget(objectName="consultTabs")
        self.tabs.addTab(list_tab, self.tr("Consultations"))
        self.tabs.addTab(stats_tab, self.tr("Statistics"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(self.add_consultation)
        self.edit_button.clicked.connect(self.edit_current)
        self.partners_button.clicked.connect(self.edit_partners)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        on_enter(self.table, self.edit_current)  # only while the list has the focus
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_consultation)
        self.stats_year.valueChanged.connect(lambda _v: self.reload_stats())
        self.export_button.clicked.connect(lambda: self.export_stats())
        self.reload()
        self.reload_stats()


    def reload(self) -> None:
        self.model.load(year=self.year.currentData(), status=self.status.currentData())
        self.count.setText(self.tr("{n} consultations").format(n=self.model.rowCount()))
        self.partners_button.setEnabled(bool(self.station.operator and self.station.operator.may(Permission.MANAGE_STATION)))

    def reload_stats(self) -> None:
        year = self.stats_year.value()
        st = self.station.consultations.stats(year)
        cats = list(Category)
        headers = [self.tr("Month"), *(category_text(c.value) for c in cats), self.tr("Total")]
        rows = [[f"{year}-{m:02d}", *(st.by_month[m].get(c.value, 0) for c in cats), sum(st.by_month[m].values())]
                for m in range(1, 13)]
        totals = st.by_category()
        rows.append([self.tr("Whole year"), *(totals.get(c.value, 0) for c in cats), st.total])
        self.stats_model.set_table(headers, rows)
        self.stats_summary.setText(
            self.tr("{total} consultations: {resolved} resolved, {referred} referred, {open} open")
            .format(total=st.total, resolved=st.resolved, referred=st.referred, open=st.open))

    def add_consultation(self) -> None:
        form = ConsultationForm(self.station, parent=self)
        if form.exec() and form.saved:
            self.refresh()
            self.data_changed.emit()

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        current = self.model.row_at(index.row()) if index.isValid() else None
        if current is None:
            return
        row = self.station.consultations.get(current.id)
        form = ConsultationForm(self.station, row, parent=self)
        if form.exec() and form.saved:
            self.refresh()
            self.data_changed.emit()

    def edit_partners(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Partner organisations"), self.tr("One organisation per line:"),
            "\n".join(self.station.consultations.partners()))
        if not ok:
            return
        try:
            self.station.consultations.set_partners([line for line in text.splitlines() if line.strip()])
        except DeskError as exc:
            show_error(self, exc)

    def export_stats(self, path: str | None = None) -> None:
        year = self.stats_year.value()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), f"consultations-{year}.xlsx",
                                                  self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            self.station.consultations.export_stats(year, Path(path))
        except DeskError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Export finished"), self.tr("Written to {path}").format(path=path))

    def refresh(self) -> None:
        self.reload()
        self.reload_stats()
