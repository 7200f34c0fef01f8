"""Table models of the problem ledger page: problems, the stairwell-sheet grid, rota, patrols, hours
and the monthly statistics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mutual_aid_desk.core.patrols import PatrolRow, ShiftRow, VolunteerPatrols
from mutual_aid_desk.core.problems import ProblemRow, ProblemStats, StatsCell
from mutual_aid_desk.core.sheets import BAD, BLANK, OK, SheetGrid
from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.ui.models.base import PagedTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class ProblemTableModel(PagedTableModel[ProblemRow]):
    """The ledger: newest first, or the due list (oldest follow-up first)."""

    def headers(self) -> Sequence[str]:
        # The source (visit, patrol, sheet ...) shows in the page's history pane: at 150 % the problem
        # itself needs the room.
        return (QCoreApplication.translate("ProblemModels", "No."), QCoreApplication.translate("ProblemModels", "Opened"), QCoreApplication.translate("ProblemModels", "Where"), QCoreApplication.translate("ProblemModels", "Category"), QCoreApplication.translate("ProblemModels", "Problem"),
                QCoreApplication.translate("ProblemModels", "Handed to"), QCoreApplication.translate("ProblemModels", "Status"), QCoreApplication.translate("ProblemModels", "Follow-up"))

    def cell(self, row: ProblemRow, column: int) -> Any:
        return (str(row.id), row.opened_on.isoformat(), row.where_label, row.category, row.text,
                row.handed_to, row.status_label, row.follow_up.isoformat() if row.follow_up else "")[column]

    def extra(self, row: ProblemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return row.text
        return None


class ShiftModel(PagedTableModel[ShiftRow]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("ProblemModels", "Date"), QCoreApplication.translate("ProblemModels", "Weekday"), QCoreApplication.translate("ProblemModels", "Route"), QCoreApplication.translate("ProblemModels", "Volunteers"))

    def cell(self, row: ShiftRow, column: int) -> Any:
        return (row.day.isoformat(), "周" + WEEKDAYS_ZH[row.day.weekday()], row.route, "、".join(row.volunteers))[column]


class PatrolModel(PagedTableModel[PatrolRow]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("ProblemModels", "Date"), QCoreApplication.translate("ProblemModels", "Time"), QCoreApplication.translate("ProblemModels", "Route"), QCoreApplication.translate("ProblemModels", "Volunteers"), QCoreApplication.translate("ProblemModels", "Findings"), QCoreApplication.translate("ProblemModels", "Problems"))

    def cell(self, row: PatrolRow, column: int) -> Any:
        return (row.day.isoformat(), f"{row.start}-{row.end}", row.route, "、".join(row.volunteers), row.findings,
                " ".join(f"#{i}" for i in row.problem_ids))[column]


class HoursModel(PagedTableModel[VolunteerPatrols]):
    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("ProblemModels", "Volunteer"), QCoreApplication.translate("ProblemModels", "Patrols"), QCoreApplication.translate("ProblemModels", "Hours"))

    def cell(self, row: VolunteerPatrols, column: int) -> Any:
        return (row.name, str(row.patrols), row.hours)[column]


class StatsModel(PagedTableModel[Any]):
    """A year's problems: a row per month (and the year), opened, resolved, still open, median days."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.stats: ProblemStats | None = None
        self.category: str | None = None

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("ProblemModels", "Month"), QCoreApplication.translate("ProblemModels", "New"), QCoreApplication.translate("ProblemModels", "Resolved"), QCoreApplication.translate("ProblemModels", "Still open"), QCoreApplication.translate("ProblemModels", "Median days to resolve"))

    def load(self, stats: ProblemStats, category: str | None) -> None:
        self.stats, self.category = stats, category
        rows = []
        for m in range(1, 13):
            cell = stats.cell(category, m) if category else stats.month_total(m)
            rows.append((f"{stats.year}-{m:02d}", cell))
        if category:
            total = stats.category_total(category)
        else:
            total = StatsCell()
            for m in range(1, 13):
                c = stats.month_total(m)
                total.opened += c.opened
                total.resolved += c.resolved
                total.still_open += c.still_open
                total.days += c.days
        rows.append((QCoreApplication.translate("ProblemModels", "Whole year"), total))
        self.set_rows(rows)

    def cell(self, row: Any, column: int) -> Any:
        label, c = row
        median = "" if c.median_days is None else str(c.median_days)
        return (label, str(c.opened), str(c.resolved), str(c.still_open), median)[column]


class SheetGridModel(QAbstractTableModel):
    """One stairwell's month as keyed in: a row per day, a column per check; 1 正常, 2 有问题, blank 未填."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.grid: SheetGrid | None = None
        self.marks: dict[tuple[int, str], int] = {}
        self.changed = False

    def load(self, grid: SheetGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.marks = dict(grid.marks)
        self.changed = False
        self.endResetModel()

    def check_at(self, column: int) -> str:
        return self.grid.checks[column] if self.grid else ""

    def value(self, row: int, column: int) -> int:
        return self.marks.get((row + 1, self.check_at(column)), BLANK)

    def set_value(self, row: int, column: int, value: int) -> None:
        if self.grid is None or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return
        key = (row + 1, self.check_at(column))
        if value == BLANK:
            self.marks.pop(key, None)
        else:
            self.marks[key] = value
        self.changed = True
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def counts(self) -> tuple[int, int]:
        """(days with any tick, cells marked 有问题)."""
        return len({d for d, _ in self.marks}), sum(1 for v in self.marks.values() if v == BAD)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self.grid is None else self.grid.days

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self.grid is None else len(self.grid.checks)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.check_at(section) if 0 <= section < self.columnCount() else None
        if 0 <= section < self.rowCount():
            y, m = (int(x) for x in self.grid.month.split("-"))
            return f"{section + 1}日 周{WEEKDAYS_ZH[date(y, m, section + 1).weekday()]}"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        v = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {OK: QCoreApplication.translate("ProblemModels", "OK"), BAD: QCoreApplication.translate("ProblemModels", "Has a problem"), BLANK: ""}[v]
        if role == Qt.ItemDataRole.BackgroundRole and v == BAD:
            return QBrush(QColor("#ffd6d6"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
