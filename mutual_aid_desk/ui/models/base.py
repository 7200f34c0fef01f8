"""The one base of every list the window shows: rows come from a source a page at a time.

A model names its columns in ``headers()`` and shows a row through ``cell`` (the text) and ``extra``
(any other role). Its rows come from a ``RowSource``: what the core already returned (``Rows``), the
ids of a query fetched by id as they scroll into view (``IdRows``), or a query read by offset
(``QueryRows``). Pages are loaded when a row is first asked for and only the last ``KEPT_PAGES``
stay in memory, so 100,000 households cost a list of ints, not 100,000 row objects.

``HANDS_OUT_PAGES`` chooses how the view learns the rows: a page at a time through
``canFetchMore``/``fetchMore`` (the default: the view grows as it is scrolled), or all at once, for
lists whose length the page shows ("802 households") and that scroll to any row at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
#: What one row of a model is (a household, a meeting); a model names it as ``PagedTableModel[MeetingRow]``.
RowT = TypeVar("RowT")


class RowSource(Protocol):
    """Where a model's rows come from: how many there are, and a page of them."""

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> Sequence[Any]: ...


@dataclass
class Rows:
    """Rows the core has already returned (a drive's shares, the meetings), kept in memory."""

    rows: list[Any]

    def count(self) -> int:
        return len(self.rows)

    def page(self, offset: int, limit: int) -> Sequence[Any]:
        return self.rows[offset:offset + limit]


@dataclass
class IdRows:
    """The ids a query matched, in order; the rows of a page are fetched by id when first shown."""

    ids: list[int]
    fetch: Callable[[list[int]], Iterable[Any]]

    def count(self) -> int:
        return len(self.ids)

    def page(self, offset: int, limit: int) -> Sequence[Any]:
        ids = self.ids[offset:offset + limit]
        by_id = {r.id: r for r in self.fetch(ids)}
        return [by_id.get(i) for i in ids]


@dataclass
class QueryRows:
    """A query read by offset and limit; ``total`` was counted when it was set (pin the query)."""

    total: int
    fetch: Callable[[int, int], Sequence[Any]]

    def count(self) -> int:
        return self.total

    def page(self, offset: int, limit: int) -> Sequence[Any]:
        return self.fetch(offset, limit)


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table (unless a model adds ``flags``/``setData``) over a ``RowSource``."""

    PAGE_SIZE = 500
    KEPT_PAGES = 50
    HANDS_OUT_PAGES = True

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._source: RowSource = Rows([])
        self._pages: dict[int, Sequence[RowT]] = {}
        self._shown = 0
        self._titles: Sequence[str] | None = None  # headers(), asked once per reset: Qt asks per cell

    def headers(self) -> Sequence[str]:
        """The column titles; each model names its own."""
        return ()

    def cell(self, row: RowT, column: int) -> Any:
        """The text of one cell."""
        return None

    def extra(self, row: RowT, column: int, role: int) -> Any:
        """Any role but the text: alignment, colour, the row's id, a delegate's figures."""
        return None

    # --- rows ------------------------------------------------------------------------------------

    def set_source(self, source: RowSource) -> None:
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._titles = None
        total = source.count()
        self._shown = min(total, self.PAGE_SIZE) if self.HANDS_OUT_PAGES else total
        self.endResetModel()

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Show rows already in memory; a list is shown as it is, so edits to its rows show too."""
        self.set_source(Rows(rows if isinstance(rows, list) else list(rows)))

    def total(self) -> int:
        """Every row, including those not yet handed to the view."""
        return self._source.count()

    def row_at(self, row: int) -> RowT | None:
        """The row shown at ``row``; None outside what the view has been handed."""
        if not 0 <= row < self._shown:
            return None
        number, at = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._pages[number] = self._source.page(number * self.PAGE_SIZE, self.PAGE_SIZE)
            if len(self._pages) > self.KEPT_PAGES:  # keep memory flat while scrolling a long list
                self._pages.pop(next(iter(self._pages)))
        return page[at] if at < len(page) else None

    def each_row(self) -> Iterable[RowT]:
        """Every row in order, shown or not, a page at a time."""
        for offset in range(0, self.total(), self.PAGE_SIZE):
            yield from self._source.page(offset, self.PAGE_SIZE)

    def row_where(self, wanted: Callable[[RowT], bool]) -> int:
        """The first row ``wanted`` accepts, handed to the view if it was not yet; -1 if none."""
        for n, row in enumerate(self.each_row()):
            if row is not None and wanted(row):
                while self._shown <= n and self.canFetchMore():
                    self.fetchMore()
                return n
        return -1

    def titles(self) -> Sequence[str]:
        """``headers()`` as of the last reset (a model whose columns change resets)."""
        if self._titles is None:
            self._titles = tuple(self.headers())
        return self._titles

    def changed_row(self, row: int) -> None:
        """Tell the view that every cell of ``row`` changed (a model that edits its rows in place)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.titles())

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._shown < self._source.count()

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: N802 - Qt override
        if parent.isValid():
            return
        more = min(self.PAGE_SIZE, self._source.count() - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.titles()
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
                return headers[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks this for every role of every visible cell, and for thousands of rows when it sizes
        # columns: the page lookup is written out here rather than through row_at.
        number = index.row()
        column = index.column()
        titles = self._titles if self._titles is not None else self.titles()
        if not (0 <= number < self._shown and 0 <= column < len(titles)):
            return None
        page = self._pages.get(number // self.PAGE_SIZE)
        at = number % self.PAGE_SIZE
        row = page[at] if page is not None and at < len(page) else self.row_at(number)
        if row is None:
            return None
        if role == DISPLAY:
            return self.cell(row, column)
        return self.extra(row, column, role)
