"""Table models for visits, follow-ups due, consultations, bulk re-entry and plain statistics tables.

The visit list is paged like the household list: the core returns the matching ids (newest first),
and rows are fetched 200 at a time as the view scrolls, so a million visits cost a list of ints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mutual_aid_desk.core.consultations import Category, ConsultationRow, ConsultationStatus
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import DueItem, Outcome, Purpose, VisitRow
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


_OUTCOMES = {
    Outcome.MET: QT_TRANSLATE_NOOP("VisitLabels", "Met"),
    Outcome.NOT_HOME: QT_TRANSLATE_NOOP("VisitLabels", "Not home"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("VisitLabels", "Refused"),
    Outcome.DONE: QT_TRANSLATE_NOOP("VisitLabels", "Done"),
}
_PURPOSES = {
    Purpose.GENERAL: QT_TRANSLATE_NOOP("VisitLabels", "General visit"),
    Purpose.VOTE: QT_TRANSLATE_NOOP("VisitLabels", "Vote"),
    Purpose.FUNDRAISING: QT_TRANSLATE_NOOP("VisitLabels", "Fundraising"),
    Purpose.CONSULTATION: QT_TRANSLATE_NOOP("VisitLabels", "Consultation follow-up"),
    Purpose.SAFETY: QT_TRANSLATE_NOOP("VisitLabels", "Safety check"),
}
_CATEGORIES = {
    Category.LEGAL: QT_TRANSLATE_NOOP("VisitLabels", "Legal"),
    Category.HEALTH: QT_TRANSLATE_NOOP("VisitLabels", "Health"),
    Category.POLICY: QT_TRANSLATE_NOOP("VisitLabels", "Policy"),
    Category.DISPUTE: QT_TRANSLATE_NOOP("VisitLabels", "Neighbour dispute"),
    Category.PROPERTY: QT_TRANSLATE_NOOP("VisitLabels", "Property management"),
    Category.OTHER: QT_TRANSLATE_NOOP("VisitLabels", "Other"),
}
_CSTATUS = {
    ConsultationStatus.OPEN: QT_TRANSLATE_NOOP("VisitLabels", "Open"),
    ConsultationStatus.REFERRED: QT_TRANSLATE_NOOP("VisitLabels", "Referred"),
    ConsultationStatus.RESOLVED: QT_TRANSLATE_NOOP("VisitLabels", "Resolved"),
}
_VACANT = QT_TRANSLATE_NOOP("VisitLabels", "Vacant")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitLabels", text)


def outcome_text(code: str) -> str:
    try:
        return _tr(_OUTCOMES[Outcome(code)])
    except ValueError:
        return code


def purpose_text(code: str) -> str:
    """A built-in purpose translated; a station's own purpose as typed."""
    try:
        return _tr(_PURPOSES[Purpose(code)])
    except ValueError:
        return code


def category_text(code: str) -> str:
    try:
        return _tr(_CATEGORIES[Category(code)])
    except ValueError:
        return code


def consultation_status_text(code: str) -> str:
    try:
        return _tr(_CSTATUS[ConsultationStatus(code)])
    except ValueError:
        return code


def vacant_text() -> str:
    return _tr(_VACANT)


class _Base(QAbstractTableModel):
    """Common Qt plumbing: fixed headers, a row list, read-only cells."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._headers: list[str] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # pragma: no cover - overridden
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None


class VisitTableModel(_Base):
    """Visits, newest first, paged."""

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self._ids: list[int] = []
        self._pages: dict[int, list[VisitRow | None]] = {}
        self._filter: dict[str, Any] = {}
        self._headers = [self.tr("Date"), self.tr("Address"), self.tr("Head of household"), self.tr("Volunteers"),
                         self.tr("Purpose"), self.tr("Outcome"), self.tr("Notes"), self.tr("Follow-up")]

    def set_filter(self, **kw: Any) -> None:
        self.beginResetModel()
        self._filter = kw
        self._ids = self._station.visits.matching_ids(**kw)
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(**self._filter)

    def row_at(self, row: int) -> VisitRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            rows = {r.id: r for r in self._station.visits.rows_by_ids(ids)}
            self._pages[page] = [rows.get(i) for i in ids]
            if len(self._pages) > 50:
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page][row - page * PAGE_SIZE]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{r.visited_at:%Y-%m-%d %H:%M}", r.address, r.head, "、".join(r.volunteers), purpose_text(r.purpose),
                    outcome_text(r.outcome) + (self.tr(" (voided)") if r.voided else ""), r.notes,
                    f"{r.follow_up:%Y-%m-%d}" if r.follow_up else "")[c]
        if role == Qt.ItemDataRole.UserRole:
            return r.household_id
        if role == Qt.ItemDataRole.ToolTipRole and c == 6 and r.notes:
            return r.notes
        if role == Qt.ItemDataRole.ToolTipRole and r.voided:
            return self.tr("Voided: %1").replace("%1", r.void_reason)
        if role == Qt.ItemDataRole.ForegroundRole and r.voided:
            return QBrush(QColor("#888888"))
        return None


class DueTableModel(_Base):
    """Follow-ups due today or overdue, sorted by date (the core's order)."""

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self.items: list[DueItem] = []
        self.on = date.today()
        self._headers = [self.tr("Due"), self.tr("Days overdue"), self.tr("Kind"), self.tr("Address"),
                         self.tr("Who"), self.tr("Subject"), self.tr("Volunteers"), self.tr("Notes")]

    def load(self, on: date | None = None, volunteer: str | None = None) -> None:
        self.beginResetModel()
        self.on = on or date.today()
        self.items = self._station.visits.due(self.on, volunteer=volunteer)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        late = item.days_overdue(self.on)
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.tr("Visit follow-up") if item.kind == "visit" else self.tr("Consultation")
            return (f"{item.due:%Y-%m-%d}", self.tr("today") if late == 0 else str(late), kind,
                    item.address or "—", item.who, item.subject, "、".join(item.volunteers),
                    item.notes.replace("\n", " "))[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return item.household_id
        if role == Qt.ItemDataRole.ForegroundRole and late > 7 and index.column() in (0, 1):
            return QBrush(QColor("#b00020"))
        return None


class ConsultationTableModel(_Base):
    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self.rows: list[ConsultationRow] = []
        # The advice shows with the question (tooltip) and in the form: at 150 % nine columns left
        # every text two characters wide.
        self._headers = [self.tr("Asked"), self.tr("Who"), self.tr("Category"), self.tr("Question"),
                         self.tr("Handled by"), self.tr("Referred to"), self.tr("Status"), self.tr("Follow-up")]

    def load(self, *, year: int | None = None, status: str | None = None) -> None:
        self.beginResetModel()
        self.rows = self._station.consultations.list(year=year, status=status)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = r.who  # the person; their address is in the tooltip
            return (f"{r.asked_at:%Y-%m-%d}", who, category_text(r.category), r.question.replace("\n", " "),
                    r.handled_by, r.referred_to, consultation_status_text(r.status),
                    f"{r.follow_up:%Y-%m-%d}" if r.follow_up else "")[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return r.who_and_where
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n\n".join(t for t in (r.question, r.advice) if t) or None
        return None


@dataclass
class ReentryRow:
    household_id: int
    address: str
    head: str
    last_visit: str
    outcome: str = ""  # "" = not visited on this round; else an Outcome value
    vacant: bool = False
    notes: str = ""


class BulkReentryModel(_Base):
    """The walk list back at the desk: one outcome per row (keys 1–5), an optional note."""

    OUTCOME_COLUMN = 3
    NOTES_COLUMN = 4

    def __init__(self, rows: Sequence[ReentryRow], parent: Any = None):
        super().__init__(parent)
        self.rows = list(rows)
        self._headers = [self.tr("Address"), self.tr("Head of household"), self.tr("Last visit"), self.tr("Outcome"),
                         self.tr("Notes")]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def outcome_display(self, r: ReentryRow) -> str:
        if r.vacant:
            return vacant_text()
        return outcome_text(r.outcome) if r.outcome else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (r.address, r.head, r.last_visit, self.outcome_display(r), r.notes)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return r.household_id
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.OUTCOME_COLUMN and (r.outcome or r.vacant):
            return QBrush(QColor("#dff3e4"))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NOTES_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.NOTES_COLUMN:
            return False
        self.rows[index.row()].notes = str(value or "").strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def set_outcome(self, row: int, outcome: str, *, vacant: bool = False) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.rows[row].outcome = outcome
        self.rows[row].vacant = vacant
        left, right = self.index(row, 0), self.index(row, self.columnCount() - 1)
        self.dataChanged.emit(left, right, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole])

    def marked(self) -> list[ReentryRow]:
        return [r for r in self.rows if r.outcome]


class RowsTableModel(_Base):
    """A small read-only table of already formatted values (statistics, coverage)."""

    def __init__(self, headers: Sequence[str] = (), rows: Sequence[Sequence[Any]] = (), parent: Any = None):
        super().__init__(parent)
        self._headers = list(headers)
        self.rows: list[list[Any]] = [list(r) for r in rows]

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and (isinstance(value, int) or str(value).endswith("%")):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
