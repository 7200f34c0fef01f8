"""Table models of the meetings page: the meetings, one meeting's attendance, a planner's proposals.

A station holds tens of meetings, and a meeting invites at most a few hundred households, so both
lists load whole from the core; attendance marks are written through the core one key press at a
time and the changed row is updated in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from mutual_aid_desk.core.households import HouseholdRow
from mutual_aid_desk.core.meetings import AttendanceMark, MeetingProposal, MeetingRow, Mode, parse_buildings, parse_time
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.values import WEEKDAYS_ZH, parse_date
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.labels import status_label
from mutual_aid_desk.ui.models.base import ModelIndex, PagedTableModel

ROLE_ID = Qt.ItemDataRole.UserRole


def weekday_text(d: date) -> str:
    return f"{d.isoformat()} 周{WEEKDAYS_ZH[d.weekday()]}"


class MeetingTableModel(PagedTableModel[MeetingRow]):
    """Every meeting in date order with how many of the invited came."""

    HANDS_OUT_PAGES = False  # tens of meetings

    CAME = 5  # the column of "came / invited"

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self._counts: dict[int, tuple[int, int]] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Time"), self.tr("Title"), self.tr("Place"), self.tr("Invited"),
                self.tr("Came"))

    def reload(self) -> None:
        self._counts = self._station.meetings.attendance_counts()
        self.set_rows(self._station.meetings.list())

    def meeting_at(self, row: int) -> MeetingRow | None:
        return self.row_at(row)

    def row_of(self, meeting_id: int | None) -> int:
        return self.row_where(lambda m: m.id == meeting_id)

    def set_came(self, meeting_id: int, came: int, invited: int) -> None:
        """Keep a meeting's "came" column in step with its attendance, without reloading the list."""
        self._counts[meeting_id] = (came, invited)
        row = self.row_of(meeting_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, self.CAME), self.index(row, self.CAME))

    def cell(self, m: MeetingRow, column: int) -> Any:
        present, invited = self._counts.get(m.id, (0, 0))
        return (weekday_text(m.date), m.time, m.title, m.place, m.invited_label, f"{present} / {invited}")[column]

    def extra(self, m: MeetingRow, column: int, role: int) -> Any:
        if role == ROLE_ID:
            return m.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3, 4):
            return (m.title, m.place, m.invited_label)[column - 2]
        return None


class AttendanceModel(PagedTableModel[HouseholdRow]):
    """The invited households of one meeting in sign-in-sheet order, with how each came."""

    HANDS_OUT_PAGES = False  # a few hundred households, marked one key press at a time
    stats_changed = Signal()

    def __init__(self, station: Station, parent: Any = None):
        super().__init__(parent)
        self._station = station
        self.meeting_id: int | None = None
        self._marks: dict[int, AttendanceMark] = {}
        self._numbers: dict[int, int] = {}  # household id → its number on the sign-in sheet

    def headers(self) -> Sequence[str]:
        return (self.tr("No."), self.tr("Address"), self.tr("Head of household"), self.tr("Attendance"))

    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            rows: list[HouseholdRow] = []
            self._marks = {}
        else:
            rows = self._station.meetings.invited_households(meeting_id)
            self._marks = self._station.meetings.attendance(meeting_id)
        self._numbers = {h.id: n for n, h in enumerate(rows, 1)}
        self.set_rows(rows)
        self.stats_changed.emit()

    def household_at(self, row: int) -> HouseholdRow | None:
        return self.row_at(row)

    def mark_of(self, row: int) -> AttendanceMark | None:
        h = self.household_at(row)
        return None if h is None else self._marks.get(h.id)

    def counts(self) -> tuple[int, int, int]:
        """(present, proxy, invited) as the grid shows them."""
        present = sum(1 for m in self._marks.values() if m.mode == Mode.PRESENT)
        return present, len(self._marks) - present, self.total()

    def find_row(self, text: str) -> int:
        """First row whose address (or head) matches what was typed, e.g. "301" or "2-1-301"."""
        text = text.strip()
        if not text:
            return -1
        exact = self.row_where(lambda h: h.address == text)
        return exact if exact >= 0 else self.row_where(lambda h: h.address.endswith("-" + text) or text in h.head)

    def set_mode(self, row: int, mode: Mode | None, proxy_name: str = "") -> None:
        """Save one mark through the core (raises its errors) and show it."""
        h = self.household_at(row)
        if h is None or self.meeting_id is None:
            return
        mark = self._station.meetings.set_attendance(self.meeting_id, h.id, mode, proxy_name)
        if mark is None:
            self._marks.pop(h.id, None)
        else:
            self._marks[h.id] = mark
        self.changed_row(row)
        self.stats_changed.emit()

    def _mark_text(self, mark: AttendanceMark | None) -> str:
        if mark is None:
            return ""
        if mark.mode == Mode.PRESENT:
            return self.tr("Present")
        return self.tr("Proxy") + (f"（{mark.proxy_name}）" if mark.proxy_name else "")

    def cell(self, h: HouseholdRow, column: int) -> Any:
        head = h.head
        if h.status in ("vacant", "unreachable"):
            head = f"{h.head}（{status_label(h.status)}）" if h.head else status_label(h.status)
        return (str(self._numbers[h.id]), h.address, head, self._mark_text(self._marks.get(h.id)))[column]

    def extra(self, h: HouseholdRow, column: int, role: int) -> Any:
        mark = self._marks.get(h.id)
        if role == ROLE_ID:
            return h.id
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QColor("#DFF0D8") if mark.mode == Mode.PRESENT else QColor("#FCF3CF")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ProposalModel(PagedTableModel[MeetingProposal]):
    """The planner's proposed evenings, editable cell by cell before anything is created."""

    HANDS_OUT_PAGES = False  # a handful of evenings
    edit_refused = Signal(object)  # the DeskError of a cell edit that was not taken

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[MeetingProposal] = []

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Time"), self.tr("Place"), self.tr("Buildings"))

    def set_proposals(self, proposals: list[MeetingProposal]) -> None:
        self._rows = list(proposals)
        self.set_rows(self._rows)

    def proposals(self) -> list[MeetingProposal]:
        return list(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def cell(self, p: MeetingProposal, column: int) -> Any:
        return (weekday_text(p.date), p.time, p.place, ",".join(p.buildings))[column]

    def extra(self, p: MeetingProposal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return (p.date.isoformat(), p.time, p.place, ",".join(p.buildings))[column]
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        """Edits are parsed at once; a bad one is refused and reported through ``edit_refused``."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        p = self._rows[index.row()]
        try:
            if index.column() == 0:
                p.date = parse_date(str(value))
            elif index.column() == 1:
                p.time = parse_time(str(value))
            elif index.column() == 2:
                if not str(value).strip():
                    return False
                p.place = str(value).strip()
            else:
                p.buildings = parse_buildings(str(value))
        except DeskError as exc:
            self.edit_refused.emit(exc)
            return False
        self.dataChanged.emit(index, index)
        return True
