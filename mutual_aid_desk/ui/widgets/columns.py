"""Columns that share a table's width, so that a table never needs scrolling sideways.

With large text on a 1366-pixel screen, columns sized to their content run off the right edge and
the last ones (状态, 通过) are found only by scrolling sideways, which older volunteers do not do.
``fit_columns`` gives each column the width of its content when all fit, and the spare width to one
chosen column; when they do not fit, the widest columns are narrowed alike (their long cells end in
"…" and show whole in a tooltip or the details pane), never below their heading.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class ColumnFitter(QObject):
    """Keeps ``table``'s columns within its width; see ``fit_columns``."""

    def __init__(self, table: QTableView, stretch: int | None = None, squeeze: tuple[int, ...] = (),
                 wraps: tuple[int, ...] = (), alike: tuple[int, ...] = ()):
        super().__init__(table)
        self.alike = alike
        self.table = table
        self.stretch = stretch
        self.squeeze = squeeze
        self.wraps = wraps
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._pending = False
        table.viewport().installEventFilter(self)
        self._watch(table.model())

    def _watch(self, model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged, model.headerDataChanged):
            signal.connect(self.schedule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        self._pending = False
        table = self.table
        try:
            header = table.horizontalHeader()
        except RuntimeError:  # the table is gone
            return
        model = table.model()
        if model is None:
            return
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        floor = {c: header.sectionSizeFromContents(c).width() for c in columns}  # the heading, whole
        natural = {c: max(floor[c], table.sizeHintForColumn(c) + 6) for c in columns}
        room = table.viewport().width()
        widths = dict(natural)
        total = sum(widths.values())
        for c in self.squeeze:  # these give way first, down to their heading (half their text if it wraps)
            if total > room and c in widths:
                least = max(floor[c], (natural[c] + 1) // 2 + 8) if table.wordWrap() and c in self.wraps else floor[c]
                give = max(0, min(total - room, widths[c] - least))
                widths[c] -= give
                total -= give
        natural = dict(widths)
        if total > room:
            # Lower a common cap over the widest columns (of ``alike``, if given) until everything
            # fits, or only headings remain.
            capped = [c for c in columns if not self.alike or c in self.alike]
            fixed = sum(natural[c] for c in columns if c not in capped)
            low, high = 0, max(natural.values())
            while low < high:
                cap = (low + high + 1) // 2
                if fixed + sum(max(floor[c], min(natural[c], cap)) for c in capped) <= room:
                    low = cap
                else:
                    high = cap - 1
            widths = {c: max(floor[c], min(natural[c], low)) if c in capped else natural[c] for c in columns}
            total = sum(widths.values())
        if total < room:
            spare = self.stretch if self.stretch in widths else columns[-1]
            widths[spare] += room - total
        for c, w in widths.items():
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)


def fit_columns(table: QTableView, stretch: int | None = None, squeeze: tuple[int, ...] = (),
                wraps: tuple[int, ...] = (), alike: tuple[int, ...] = ()) -> ColumnFitter:
    """Fit ``table``'s columns to its width from now on: ``stretch`` takes the spare width (default:
    the last column), the columns in ``squeeze`` give way first when space is short (those in
    ``wraps``, of a table that wraps its text, to half their width: their text takes two lines); then
    the widest columns are narrowed alike (only those in ``alike``, if given: dates and addresses stay whole)."""
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table, stretch, squeeze, wraps, alike)
    fitter.stretch, fitter.squeeze, fitter.wraps, fitter.alike = stretch, squeeze, wraps, alike
    fitter.schedule()
    return fitter
