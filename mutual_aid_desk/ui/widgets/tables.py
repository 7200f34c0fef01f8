"""The read-only list table every page and dialog shows: whole rows chosen, nothing edited in place.

One set-up, so that every list looks and behaves alike: rows are selected whole (one at a time unless
a list lets several be chosen), cells are never edited in place (a form does that), no row numbers,
rows a little taller than the text so that large text stays readable, and the last column takes the
spare width.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

View = TypeVar("View", bound=QTableView)
ResizeMode = QHeaderView.ResizeMode


def read_only_table(table: View, model: QAbstractItemModel | None = None, *, one_row: bool = True,
                    stripes: bool = True, row_gap: int | None = 12,
                    resize: ResizeMode | None = ResizeMode.ResizeToContents, stretch_last: bool | None = True,
                    stretch: int | None = None, wrap: bool | None = None) -> View:
    """Set ``table`` up as a read-only list of ``model`` and return it.

    Args:
        table: the view, usually ``QTableView(objectName=...)``; a subclass with its own keys works too.
        model: shown by the table (left as it is when None).
        one_row: one row at a time; False lets several be chosen (Ctrl/Shift+click).
        stripes: alternate row colours.
        row_gap: pixels added to the font's height for each row; None keeps Qt's row height.
        resize: how the columns size; None leaves it to the caller (``fit_columns``, fixed widths).
        stretch_last: the last column takes the spare width (None leaves it as it is).
        stretch: the one column that takes the spare width, the others keeping to ``resize``.
        wrap: whether long cells wrap (None keeps Qt's default).
    """
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if one_row:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(stripes)
    if wrap is not None:
        table.setWordWrap(wrap)
    rows = table.verticalHeader()
    rows.setVisible(False)
    if row_gap is not None:
        rows.setDefaultSectionSize(table.fontMetrics().height() + row_gap)
    header = table.horizontalHeader()
    if resize is not None:
        header.setSectionResizeMode(resize)
    if stretch_last is not None:
        header.setStretchLastSection(stretch_last)
    if stretch is not None:
        header.setSectionResizeMode(stretch, ResizeMode.Stretch)
    return table
