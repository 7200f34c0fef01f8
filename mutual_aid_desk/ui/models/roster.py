"""The volunteer roster as a table: name, role, phone, active, notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from mutual_aid_desk.core.operators import RosterEntry
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.models.base import PagedTableModel


class RosterModel(PagedTableModel[RosterEntry]):
    COLUMNS = ("name", "role", "phone", "active", "notes")
    HANDS_OUT_PAGES = False  # a station's volunteers

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Active"), self.tr("Notes"))

    def reload(self) -> None:
        self.set_rows(self._station.volunteers.list())

    def person_at(self, row: int) -> RosterEntry | None:
        return self.row_at(row)

    def row_of(self, name: str) -> int:
        return self.row_where(lambda v: v.name == name)

    def cell(self, v: RosterEntry, column: int) -> Any:
        name = self.COLUMNS[column]
        if name == "role":
            return self.tr("coordinator") if v.role == "coordinator" else self.tr("volunteer")
        if name == "active":
            return self.tr("yes") if v.active else self.tr("no (inactive)")
        return getattr(v, name)

    def extra(self, v: RosterEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not v.active:
            return QColor("#777777")
        return None
