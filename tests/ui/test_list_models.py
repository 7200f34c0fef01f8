"""The shared list table: rows are handed to the view a page at a time, and it passes Qt's tester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mutual_aid_desk.ui.models.base import PagedTableModel


class Numbers(PagedTableModel):
    PAGE_SIZE = 4

    def headers(self):
        return ("n", "square")

    def cell(self, row, column):
        return str(row if column == 0 else row * row)


def test_rows_arrive_a_page_at_a_time(qtmodeltester) -> None:
    model = Numbers()
    model.set_rows(range(10))
    assert (model.rowCount(), model.total(), model.columnCount()) == (4, 10, 2)
    assert model.row_at(3) == 3 and model.row_at(4) is None  # not handed to the view yet
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 10 and not model.canFetchMore()
    assert model.data(model.index(9, 1)) == "81"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "square"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    qtmodeltester.check(model)


def test_a_model_without_columns_shows_nothing(qtmodeltester) -> None:
    model = PagedTableModel()
    model.set_rows(["a", "b"])
    assert model.columnCount() == 0 and model.data(model.index(0, 0)) is None
    qtmodeltester.check(model)
