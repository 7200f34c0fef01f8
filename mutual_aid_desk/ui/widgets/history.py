"""The History tab: everything the audit trail holds about one record, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from mutual_aid_desk.core.audit import AuditQuery
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.models.audit import AuditTableModel
from mutual_aid_desk.ui.widgets.tables import read_only_table


class HistoryView(QWidget):
    """Who changed this record, when, and each field as before → after."""

    def __init__(self, station: Station, entity: str, entity_id: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyView")
        self.station = station
        self.entity, self.entity_id = entity, str(entity_id)
        self.model = AuditTableModel(station, self, columns=("at", "operator", "action", "changes"))
        self.table = read_only_table(QTableView(objectName="historyTable"), self.model, one_row=False, stripes=False,
                                     row_gap=None, stretch_last=None, stretch=3, wrap=True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Nothing recorded for this record yet."), objectName="historyEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)  # a narrow panel wraps it rather than widening
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_query(AuditQuery(entity=self.entity, entity_id=self.entity_id))
        while self.model.canFetchMore():
            self.model.fetchMore()  # one record's history is short: show all of it
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.table.resizeRowsToContents()
