"""Table models for visits, follow-ups due, consultations, bulk re-entry and plain statistics tables.

The visit list is paged like the household list: the core returns the matching ids (newest first),
and rows are fetched a page at a time as the view scrolls, so a million visits cost a list of ints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from mutual_aid_desk.core.consultations import Category, ConsultationRow, ConsultationStatus
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import DueItem, Outcome, Purpose, VisitRow
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP
from mutual_aid_desk.ui.models.base import IdRows, ModelIndex, PagedTableModel

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


def _label(labels: Mapping[Any, str], code: str) -> str:
    """A built-in code in words; anything else (a station's own purpose) as typed."""
    text = labels.get(code)  # the keys are StrEnum members, equal to their codes
    return _tr(text) if text is not None else code


def outcome_text(code: str) -> str:
    return _label(_OUTCOMES, code)


def purpose_text(code: str) -> str:
    return _label(_PURPOSES, code)


def category_text(code: str) -> str:
    return _label(_CATEGORIES, code)


def consultation_status_text(code: str) -> str:
    return _label(_CSTATUS, code)


def vacant_text() -> str:
    return _tr(_VACANT)


class VisitTableModel(PagedTableModel[VisitRow]):
    """Visits, newest first, paged."""

    HANDS_OUT_PAGES = False  # the page shows how many visits match
    PAGE_SIZE = 200  # rows fetched by id at a time: about what two screens show

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self._filter: dict[str, Any] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Address"), self.tr("Head of household"), self.tr("Volunteers"),
                self.tr("Purpose"), self.tr("Outcome"), self.tr("Notes"), self.tr("Follow-up"))

    def set_filter(self, **kw: Any) -> None:
        self._filter = kw
        self.set_source(IdRows(self._station.visits.matching_ids(**kw), self._station.visits.rows_by_ids))

    def reload(self) -> None:
        self.set_filter(**self._filter)

    def cell(self, r: VisitRow, column: int) -> Any:
        return (f"{r.visited_at:%Y-%m-%d %H:%M}", r.address, r.head, "、".join(r.volunteers), purpose_text(r.purpose),
                outcome_text(r.outcome) + (self.tr(" (voided)") if r.voided else ""), r.notes,
                f"{r.follow_up:%Y-%m-%d}" if r.follow_up else "")[column]

    def extra(self, r: VisitRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return r.household_id
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and r.notes:
            return r.notes
        if role == Qt.ItemDataRole.ToolTipRole and r.voided:
            return self.tr("Voided: {reason}").format(reason=r.void_reason)
        if role == Qt.ItemDataRole.ForegroundRole and r.voided:
            return QBrush(QColor("#888888"))
        return None


class DueTableModel(PagedTableModel[DueItem]):
    """Follow-ups due today or overdue, sorted by date (the core's order)."""

    HANDS_OUT_PAGES = False  # a station's due list is short

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self.on = date.today()
        self.items: list[DueItem] = []

    def headers(self) -> Sequence[str]:
        return (self.tr("Due"), self.tr("Days overdue"), self.tr("Kind"), self.tr("Address"),
                self.tr("Who"), self.tr("Subject"), self.tr("Volunteers"), self.tr("Notes"))

    def load(self, on: date | None = None, volunteer: str | None = None) -> None:
        self.on = on or date.today()
        self.items = self._station.visits.due(self.on, volunteer=volunteer)
        self.set_rows(self.items)

    def cell(self, item: DueItem, column: int) -> Any:
        late = item.days_overdue(self.on)
        kind = self.tr("Visit follow-up") if item.kind == "visit" else self.tr("Consultation")
        return (f"{item.due:%Y-%m-%d}", self.tr("today") if late == 0 else str(late), kind,
                item.address or "—", item.who, item.subject, "、".join(item.volunteers),
                item.notes.replace("\n", " "))[column]

    def extra(self, item: DueItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return item.household_id
        if role == Qt.ItemDataRole.ForegroundRole and item.days_overdue(self.on) > 7 and column in (0, 1):
            return QBrush(QColor("#b00020"))
        return None


class ConsultationTableModel(PagedTableModel[ConsultationRow]):
    HANDS_OUT_PAGES = False  # a station's consultations of a year are a few hundred

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station

    def headers(self) -> Sequence[str]:
        # The advice shows with the question (tooltip) and in the form: at 150 % nine columns left
        # every text two characters wide.
        return (self.tr("Asked"), self.tr("Who"), self.tr("Category"), self.tr("Question"),
                self.tr("Handled by"), self.tr("Referred to"), self.tr("Status"), self.tr("Follow-up"))

    def load(self, *, year: int | None = None, status: str | None = None) -> None:
        self.set_rows(self._station.consultations.list(year=year, status=status))

    def cell(self, r: ConsultationRow, column: int) -> Any:
        who = r.who  # the person; their address is in the tooltip
        return (f"{r.asked_at:%Y-%m-%d}", who, category_text(r.category), r.question.replace("\n", " "),
                r.handled_by, r.referred_to, consultation_status_text(r.status),
                f"{r.follow_up:%Y-%m-%d}" if r.follow_up else "")[column]

    def extra(self, r: ConsultationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return r.who_and_where
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
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


class BulkReentryModel(PagedTableModel[ReentryRow]):
    """The walk list back at the desk: one outcome per row (keys 1–5), an optional note."""

    OUTCOME_COLUMN = 3
    NOTES_COLUMN = 4
    HANDS_OUT_PAGES = False  # every row of the walk list is keyed in

    def __init__(self, rows: Sequence[ReentryRow], parent: Any = None):
        super().__init__(parent)
        self.rows = list(rows)
        self.set_rows(self.rows)

    def headers(self) -> Sequence[str]:
        return (self.tr("Address"), self.tr("Head of household"), self.tr("Last visit"), self.tr("Outcome"),
                self.tr("Notes"))

    def outcome_display(self, r: ReentryRow) -> str:
        if r.vacant:
            return vacant_text()
        return outcome_text(r.outcome) if r.outcome else ""

    def cell(self, r: ReentryRow, column: int) -> Any:
        return (r.address, r.head, r.last_visit, self.outcome_display(r), r.notes)[column]

    def extra(self, r: ReentryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.cell(r, column)
        if role == Qt.ItemDataRole.UserRole:
            return r.household_id
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OUTCOME_COLUMN and (r.outcome or r.vacant):
            return QBrush(QColor("#dff3e4"))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NOTES_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
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


class RowsTableModel(PagedTableModel[list[Any]]):
    """A small read-only table of already formatted values (statistics, coverage)."""

    HANDS_OUT_PAGES = False  # a few dozen rows

    def __init__(self, headers: Sequence[str] = (), rows: Sequence[Sequence[Any]] = (), parent: Any = None):
        super().__init__(parent)
        self._headers: list[str] = []
        self.rows: list[list[Any]] = []
        self.set_table(headers, rows)

    def headers(self) -> Sequence[str]:
        return self._headers

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self._headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.set_rows(self.rows)

    def cell(self, row: list[Any], column: int) -> Any:
        value = row[column]
        return "" if value is None else str(value)

    def extra(self, row: list[Any], column: int, role: int) -> Any:
        value = row[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and (isinstance(value, int) or str(value).endswith("%")):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
