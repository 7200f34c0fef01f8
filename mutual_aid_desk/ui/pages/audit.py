"""The station-wide audit trail: who did what and when, filtered by person, period and kind of record.

Coordinators can export what is shown to Excel (the file says it is not masked, and the export is
itself recorded). "Check the trail" walks the hash chain and says whether anything was altered.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.audit import AuditQuery
from mutual_aid_desk.core.integrity import REASON_TRIGGER_MISSING, verify_station
from mutual_aid_desk.core.masking import mask_phones_in_text
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.messages import error_text
from mutual_aid_desk.ui.models.audit import AuditTableModel, details_text, entity_label
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.tasks import run_with_progress
from mutual_aid_desk.ui.widgets.tables import read_only_table

PERIODS = ("all", "today", "week", "month", "custom")


class AuditPage(Page):

    TITLE = QT_TRANSLATE_NOOP("AuditPage", "Audit trail")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("auditPage")
        title = QLabel(self.tr("Audit trail"), objectName="auditTitle")
        title.setProperty("role", "title")

        self.operator = QComboBox(objectName="auditOperator")
        self.entity = QComboBox(objectName="auditEntity")
        self.period = QComboBox(objectName="auditPeriod")
        for code, label in zip(PERIODS, (self.tr("Any time"), self.tr("Today"), self.tr("Last 7 days"),
                                         self.tr("Last 30 days"), self.tr("From … to …"))):
            self.period.addItem(label, code)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), objectName="auditFrom")
        self.date_to = QDateEdit(today, objectName="auditTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.apply_filters)
        self.operator.currentIndexChanged.connect(self.apply_filters)
        self.entity.currentIndexChanged.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._on_period)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Who")))
        filters.addWidget(self.operator)
        filters.addWidget(QLabel(self.tr("Record")))
        filters.addWidget(self.entity)
        filters.addWidget(QLabel(self.tr("When")))
        filters.addWidget(self.period)
        self.dash = QLabel("–")
        filters.addWidget(self.date_from)
        filters.addWidget(self.dash)
        filters.addWidget(self.date_to)
        filters.addStretch(1)

        self.model = AuditTableModel(station, self)
        # One line per entry (a long entry would otherwise fill the table); the pane below shows
        # the selected entry whole.
        self.table = read_only_table(QTableView(objectName="auditTable"), self.model, one_row=False, stripes=False,
                                     row_gap=None, stretch_last=None, stretch=4, wrap=False)
        self.table.doubleClicked.connect(self._on_open)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.details = QPlainTextEdit(objectName="auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose an entry above to see everything it changed."))
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="auditSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.summary = QLabel(objectName="auditSummary")
        self.verify_button = QPushButton(self.tr("Check the trail"), objectName="verifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="exportAuditButton")
        self.export_button.clicked.connect(self._on_export)
        self.verdict = QLabel(objectName="auditVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(bottom)
        self._loading = False
        self._on_period()
        self.refresh()


    # --- filters -------------------------------------------------------------------------------

    def _fill_combo(self, combo: QComboBox, values: list[tuple[str, str]], everyone: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for code, label in values:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _on_period(self, *_args: object) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.dash.setVisible(custom)
        self.apply_filters()

    def query(self) -> AuditQuery:
        today = date.today()
        period = self.period.currentData()
        since = until = None
        if period == "today":
            since = today
        elif period == "week":
            since = today - timedelta(days=6)
        elif period == "month":
            since = today - timedelta(days=29)
        elif period == "custom":
            since, until = self.date_from.date().toPython(), self.date_to.date().toPython()
            if until < since:
                since, until = until, since
        return AuditQuery(since=since, until=until, operator=self.operator.currentData(),
                          entity=self.entity.currentData())

    def apply_filters(self, *_args: object) -> None:
        if getattr(self, "_loading", True):
            return
        self.model.set_query(self.query())
        self.summary.setText(self.tr("{n} entries").format(n=self.model.total()))
        self.details.clear()

    def refresh(self) -> None:
        self._loading = True
        self._fill_combo(self.operator, [(n, n) for n in self.station.audit.operators()], self.tr("Everyone"))
        self._fill_combo(self.entity, [(e, entity_label(e)) for e in self.station.audit.entities()],
                         self.tr("All records"))
        self._loading = False
        operator = self.station.operator
        self.export_button.setToolTip("" if operator and operator.is_coordinator
                                      else self.tr("Only coordinators may export the trail: it holds personal data."))
        self.apply_filters()

    # --- actions -------------------------------------------------------------------------------

    def verify(self) -> bool:
        # The chain, and every record against it: seconds at 100,000 households, so off the UI thread.
        report = run_with_progress(self, self.tr("Checking the trail and every record…"),
                                   lambda progress, cancelled: verify_station(self.station))
        if report is None:  # cancelled
            return False
        result = report.chain
        if report.ok:
            text = self.tr("The trail is intact: {n} entries, none altered.").format(n=result.count)
        elif result.ok:
            found = [QCoreApplication.translate("Errors", REASON_TRIGGER_MISSING).format(name=name)
                     for name in report.triggers]
            for problem in report.records:
                template, params = problem.template()
                found.append(QCoreApplication.translate("Errors", template).format(**params))
            text = (self.tr("Records were changed outside the app ({n}). Restore a backup and tell the coordinators.")
                    .format(n=len(found)) + "\n" + "\n".join(found[:8]) + ("\n…" if len(found) > 8 else ""))
        else:
            text = self.tr("The trail was altered outside the app at entry {id}: {reason}. Restore a backup and tell "
                           "the coordinators.").format(id=result.first_bad_id,
                                                       reason=QCoreApplication.translate("Errors", result.reason))
        self.verdict.setProperty("role", "" if report.ok else "error")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setText(text)
        self.verdict.show()
        return report.ok

    def export_to(self, path: Path) -> int | None:
        """Export what is shown; returns the number of entries, or None after saying why not."""
        try:
            return self.station.audit.export(path, self.query())
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), error_text(exc))
            return None

    def _on_export(self) -> None:
        try:
            self.station.require(Permission.EXPORT_UNMASKED)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), error_text(exc))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                              str(Path.home() / f"审计记录-{date.today():%Y%m%d}.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        count = self.export_to(path)
        if count is not None:
            QMessageBox.information(self, self.tr("Exported"), self.tr(
                "{n} entries exported to {path}. The file is NOT masked: keep it safe.").format(n=count, path=path))
            self.refresh()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        text = details_text(row) if row is not None else ""
        operator = self.station.operator
        if operator is not None and not operator.is_coordinator:  # as the list itself: phones masked
            text = mask_phones_in_text(text)
        self.details.setPlainText(text)

    def _on_open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.entity == "household" and row.entity_id.isdigit():
            self.household_requested.emit(int(row.entity_id))
