"""The volunteer roster as a table: name, role, phone, active, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.operators import RosterEntry

ModelIndex = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    COLUMNS = ("name", "role", "phone", "active", "notes")

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self._people: list[RosterEntry] = []
        self._headers = [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Active"), self.tr("Notes")]

    def reload(self) -> None:
        self.beginResetModel()
        self._people = self._station.volunteers.list()
        self.endResetModel()

    def person_at(self, row: int) -> RosterEntry | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, name: str) -> int:
        return next((i for i, v in enumerate(self._people) if v.name == name), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        v = self._people[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return v.name
            if column == "role":
                return self.tr("coordinator") if v.role == "coordinator" else self.tr("volunteer")
            if column == "phone":
                return v.phone
            if column == "active":
                return self.tr("yes") if v.active else self.tr("no (inactive)")
            if column == "notes":
                return v.notes
        if role == Qt.ItemDataRole.ForegroundRole and not v.active:
            from PySide6.QtGui import QColor

            return QColor("#777777")
        return None
