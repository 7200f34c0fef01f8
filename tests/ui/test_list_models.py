"""The shared list table: rows are handed to the view a page at a time, and it passes Qt's tester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mutual_aid_desk.ui.models.base import IdRows, PagedTableModel, QueryRows


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


class Squares(PagedTableModel):
    """Windowed: the view knows every row at once; pages are fetched by id as they are read."""

    PAGE_SIZE = 4
    KEPT_PAGES = 2
    HANDS_OUT_PAGES = False

    def headers(self):
        return ("n", "square")

    def cell(self, row, column):
        return str(row.id if column == 0 else row.square)


class _Row:
    def __init__(self, n: int):
        self.id, self.square = n, n * n


def test_a_windowed_model_fetches_only_the_pages_it_shows(qtmodeltester) -> None:
    fetched: list[list[int]] = []

    def fetch(ids: list[int]) -> list[_Row]:
        fetched.append(list(ids))
        return [_Row(i) for i in reversed(ids)]  # the core's order need not be the query's

    model = Squares()
    model.set_source(IdRows(list(range(100, 110)), fetch))
    assert model.rowCount() == 10 and not model.canFetchMore() and fetched == []
    assert model.data(model.index(9, 1)) == str(109 * 109)
    assert fetched == [[108, 109]]  # the last page only
    assert [model.data(model.index(r, 0)) for r in (0, 4)] == ["100", "104"]
    assert len(fetched) == 3 and len(model._pages) == 2  # KEPT_PAGES: the oldest page was let go
    qtmodeltester.check(model)


def test_rows_read_by_offset_and_found_rows_are_handed_to_the_view(qtmodeltester) -> None:
    model = Numbers()
    model.set_source(QueryRows(10, lambda offset, limit: list(range(offset, min(offset + limit, 10)))))
    assert model.rowCount() == 4
    assert model.row_where(lambda n: n == 9) == 9
    assert model.rowCount() == 10 and model.row_at(9) == 9  # found, so shown
    assert model.row_where(lambda n: n == 99) == -1
    qtmodeltester.check(model)
