"""The read-only list table that the funds and votes models share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """A read-only table over a list of rows, handed to the view ``PAGE_SIZE`` rows at a time.

    A model names its columns in ``headers`` and shows a row either through ``cell`` (the text)
    and ``extra`` (any other role), or by overriding ``data`` itself. Paging keeps a list of
    100,000 households (a drive's shares, a vote's holdouts) quick to open.
    """

    PAGE_SIZE = 500

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._shown = 0

    def headers(self) -> Sequence[str]:
        """The column titles; each model names its own."""
        return ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), self.PAGE_SIZE)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row shown at ``row``; None outside what the view has been handed."""
        return self._rows[row] if 0 <= row < self._shown else None

    def all_rows(self) -> list[Any]:
        return list(self._rows)

    def total(self) -> int:
        """Every row, including those not yet handed to the view."""
        return len(self._rows)

    def cell(self, row: Any, column: int) -> Any:
        """The text of one cell (nothing, for a model that overrides ``data``)."""
        return None

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Any role but the text: alignment, colour, a delegate's figures."""
        return None

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(self.PAGE_SIZE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
                return headers[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        return self.extra(row, index.column(), role)
