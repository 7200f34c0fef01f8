"""The household list: a paged model over the registry.

On each search or filter change the model asks the core for the matching ids in address order (one
covering-index scan in SQL); rows are then fetched a page at a time as the view scrolls to them. So
100,000 households cost one list of ints, not 100,000 Python row objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from mutual_aid_desk.core.households import HouseholdQuery, HouseholdRow
from mutual_aid_desk.core.masking import mask_phones
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.labels import status_label
from mutual_aid_desk.ui.models.base import IdRows, PagedTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Looked up once: Qt asks data() for every role of every cell it sizes or paints.
ALIGNMENT, ID, TOOLTIP = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ToolTipRole
NUMBERS = (3, 4)  # members, area: right-aligned
NOTES = 7


class HouseholdTableModel(PagedTableModel[HouseholdRow]):
    COLUMNS = ("address", "head", "phones", "members", "area", "status", "tags", "notes")
    HANDS_OUT_PAGES = False  # the page shows the count, and a saved household is selected wherever it is
    PAGE_SIZE = 200  # rows fetched by id at a time: about what two screens show

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self._query = HouseholdQuery()
        self._ids: list[int] = []

    def headers(self) -> Sequence[str]:
        return (self.tr("Address"), self.tr("Head of household"), self.tr("Phone"), self.tr("Members"),
                self.tr("Area (m²)"), self.tr("Status"), self.tr("Tags"), self.tr("Notes"))

    # --- loading ---------------------------------------------------------------------------------

    @property
    def query(self) -> HouseholdQuery:
        return self._query

    def set_query(self, query: HouseholdQuery) -> None:
        self._query = query
        self._ids = self._station.households.matching_ids(query)
        self.set_source(IdRows(self._ids, self._station.households.rows_by_ids))

    def reload(self) -> None:
        self.set_query(self._query)

    def row_of(self, household_id: int) -> int:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return -1

    # --- cells -----------------------------------------------------------------------------------

    def cell(self, row: HouseholdRow, column: int) -> Any:
        name = self.COLUMNS[column]
        if name == "status":
            return status_label(row.status)
        if name == "tags":
            return "、".join(row.tags)
        if name == "members":
            return "" if row.members is None else str(row.members)
        if name == "phones":
            operator = self._station.operator
            if operator is not None and not operator.is_coordinator:  # a volunteer's bulk listing
                return mask_phones(row.phones).replace(",", "  ")
            return row.phones.replace(",", "  ")
        return getattr(row, name)

    def extra(self, row: HouseholdRow, column: int, role: int) -> Any:
        if role == ALIGNMENT:
            return RIGHT if column in NUMBERS else None
        if role == ID:
            return row.id
        if role == TOOLTIP and column == NOTES and row.notes:
            return row.notes
        return None
