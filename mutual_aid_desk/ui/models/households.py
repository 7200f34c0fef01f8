"""The household list: a paged model over the registry.

On each search or filter change the model asks the core for the matching ids in address order (one
covering-index scan in SQL); rows are then fetched 200 at a time as the view scrolls to them. So
100,000 households cost one list of ints, not 100,000 Python row objects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mutual_aid_desk.core.households import HouseholdQuery, HouseholdRow
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.labels import status_label

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    COLUMNS = ("address", "head", "phones", "members", "area", "status", "tags", "notes")

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self._query = HouseholdQuery()
        self._ids: list[int] = []
        self._pages: dict[int, list[HouseholdRow]] = {}
        self._headers = [self.tr("Address"), self.tr("Head of household"), self.tr("Phone"), self.tr("Members"),
                         self.tr("Area (m²)"), self.tr("Status"), self.tr("Tags"), self.tr("Notes")]

    # --- loading ---------------------------------------------------------------------------------

    @property
    def query(self) -> HouseholdQuery:
        return self._query

    def set_query(self, query: HouseholdQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._ids = self._station.households.matching_ids(query)
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def row_at(self, row: int) -> HouseholdRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            rows = {r.id: r for r in self._station.households.rows_by_ids(ids)}
            self._pages[page] = [rows.get(i) for i in ids]  # type: ignore[misc]
            if len(self._pages) > 50:  # keep memory flat while scrolling a long list
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page][row - page * PAGE_SIZE]

    def row_of(self, household_id: int) -> int:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return -1

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "status":
                return status_label(row.status)
            if column == "tags":
                return "、".join(row.tags)
            if column == "members":
                return "" if row.members is None else str(row.members)
            if column == "area":
                return row.area
            if column == "phones":
                operator = self._station.operator
                if operator is not None and not operator.is_coordinator:  # a volunteer's bulk listing
                    from mutual_aid_desk.core.masking import mask_phones

                    return mask_phones(row.phones).replace(",", "  ")
                return row.phones.replace(",", "  ")
            return getattr(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("members", "area"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "notes" and row.notes:
            return row.notes
        return None
