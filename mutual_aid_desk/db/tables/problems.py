"""The problem ledger (问题台账), stairwell supervision sheets (楼道监督表) and night patrols (夜巡).

A problem is kept for ever: its status changes, and each change (handed over, followed up,
resolved) is one ``problem_event`` row, never edited, so the ledger shows its whole history.
A stairwell's sheet for a month is one ``stairwell_sheet`` row with a ``sheet_mark`` per ticked
cell (a day and a check: 1 正常, 2 有问题; a blank cell has no row).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned, now


class ReportedProblem(Versioned, table=True):
    """One problem raised at the station: where, what, who raised it, who has it, and its state."""

    __tablename__ = "problem"
    __table_args__ = (
        Index("ix_problem_due", "status", "follow_up"),
        Index("ix_problem_stairwell", "building", "unit"),
    )

    id: int | None = Field(default=None, primary_key=True)
    where_kind: str = Field(default="place")  # household | stairwell | building | place
    where_text: str = Field(default="")  # 5-2-301, 5-2, 5 or a named public place
    household_id: int | None = Field(default=None, foreign_key="household.id", index=True)
    building: str = Field(default="")
    unit: str = Field(default="")
    category: str = Field(default="其他", index=True)  # one of the station's categories, as named
    text: str = Field(default="")
    raised_by: str = Field(default="")
    source: str = Field(default="resident", index=True)  # visit | patrol | sheet | resident | meeting
    source_id: int | None = Field(default=None)
    handed_to: str = Field(default="")
    handed_kind: str = Field(default="")  # volunteer | partner | property | street | ""
    status: str = Field(default="open", index=True)  # open | handed_over | resolved | unresolvable
    note: str = Field(default="")  # how it was resolved, or why it cannot be
    opened_on: date = Field(sa_type=Date, index=True)
    follow_up: date | None = Field(default=None, sa_type=Date)
    closed_on: date | None = Field(default=None, sa_type=Date, index=True)


class ProblemEvent(SQLModel, table=True):
    """One step in a problem's history; rows are only ever added."""

    __tablename__ = "problem_event"

    id: int | None = Field(default=None, primary_key=True)
    problem_id: int = Field(foreign_key="problem.id", index=True)
    at: datetime = Field(default_factory=now, sa_type=DateTime)
    by: str = Field(default="")
    action: str = Field(default="")  # opened | handed_over | followed_up | resolved | unresolvable | reopened
    status: str = Field(default="")
    note: str = Field(default="")


class StairwellSheet(Versioned, table=True):
    """One stairwell's supervision sheet for one month, as keyed in at the desk."""

    __tablename__ = "stairwell_sheet"
    __table_args__ = (UniqueConstraint("building", "unit", "month", name="ux_stairwell_sheet_month"),)

    id: int | None = Field(default=None, primary_key=True)
    building: str
    unit: str = Field(default="")
    month: str = Field(index=True)  # 2026-12


class SheetMark(SQLModel, table=True):
    """One ticked cell of a sheet: a day, a check, and 1 (正常) or 2 (有问题)."""

    __tablename__ = "sheet_mark"

    sheet_id: int = Field(foreign_key="stairwell_sheet.id", primary_key=True)
    day: int = Field(primary_key=True)
    check_name: str = Field(primary_key=True)
    value: int = Field(default=1)


class PatrolShift(Versioned, table=True):
    """One evening on the night-patrol rota: who walks which route."""

    __tablename__ = "patrol_shift"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(sa_type=Date, index=True)
    route: str = Field(default="")
    volunteers: str = Field(default="")  # names joined by "、", each on the roster


class Patrol(Versioned, table=True):
    """A patrol that was walked: when, who, where, what was checked and found."""

    __tablename__ = "patrol"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(sa_type=Date, index=True)
    start: str = Field(default="19:00")  # HH:MM
    end: str = Field(default="21:00")  # HH:MM; before ``start`` means after midnight
    route: str = Field(default="")
    checks: str = Field(default="")  # the checks made, joined by "、"
    findings: str = Field(default="")
    minutes: int = Field(default=0)


class PatrolVolunteer(SQLModel, table=True):
    """Who walked a patrol."""

    __tablename__ = "patrol_volunteer"

    patrol_id: int = Field(foreign_key="patrol.id", primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, index=True)
