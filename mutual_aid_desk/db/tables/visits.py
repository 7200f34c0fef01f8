"""Door-to-door visits, who made them, and consultations (咨询) at the desk or at the door.

A visit belongs to one household and is made by one or more volunteers (``visit_volunteer``). A
visit may set a follow-up date; that follow-up stays due until it is closed, which happens when
the household is visited again or someone marks it done in the Due view.

Indexes follow the reads: the household timeline (``household_id, visited_at``), the Due view
(open follow-ups by date), coverage per period (``visited_at``) and visits per volunteer.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned


class Visit(Versioned, table=True):
    """One knock on one door: when, why, what came of it, and whether to come back."""

    __tablename__ = "visit"
    __table_args__ = (
        # The household timeline: newest first for one household, straight from the index.
        Index("ix_visit_household_when", "household_id", "visited_at"),
        # The Due view: open follow-ups up to a date.
        Index("ix_visit_follow_up_open", "follow_up_done_at", "follow_up"),
    )

    id: int | None = Field(default=None, primary_key=True)
    household_id: int = Field(foreign_key="household.id", index=True)
    visited_at: datetime = Field(sa_type=DateTime, index=True)
    purpose: str = Field(default="general")  # a built-in key or a station's own purpose text
    outcome: str = Field(default="met")  # met | not_home | refused | done
    notes: str = Field(default="")
    follow_up: date | None = Field(default=None, sa_type=Date, index=True)
    follow_up_done_at: datetime | None = Field(default=None, sa_type=DateTime)
    # A visit recorded in error is voided, never deleted: it stays listed, marked, with the reason.
    voided_at: datetime | None = Field(default=None, sa_type=DateTime)
    voided_by: str = Field(default="")
    void_reason: str = Field(default="")


class VisitRevision(SQLModel, table=True):
    """A visit as it was before an amendment or a void: the history a correction keeps."""

    __tablename__ = "visit_revision"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    revision: int  # the visit's version this snapshot was
    action: str  # amend | void | restore
    before: str  # JSON of the visit's fields before the change
    reason: str
    revised_by: str
    revised_at: datetime = Field(sa_type=DateTime)


class VisitVolunteer(SQLModel, table=True):
    """Which volunteers made a visit (usually one or two)."""

    __tablename__ = "visit_volunteer"

    visit_id: int = Field(foreign_key="visit.id", primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, index=True)


class Consultation(Versioned, table=True):
    """A question brought to the station, the advice given, and how it was handled.

    Asked by a household (``household_id``) or by a walk-in person (``person_name``/``person_phone``).
    """

    __tablename__ = "consultation"
    __table_args__ = (
        Index("ix_consultation_household_when", "household_id", "asked_at"),
        # The Due view: open or referred consultations with a follow-up date.
        Index("ix_consultation_due", "status", "follow_up"),
    )

    id: int | None = Field(default=None, primary_key=True)
    household_id: int | None = Field(default=None, foreign_key="household.id", index=True)
    person_name: str = Field(default="")
    person_phone: str = Field(default="")
    asked_at: datetime = Field(sa_type=DateTime, index=True)
    category: str = Field(default="other", index=True)  # legal | health | policy | dispute | property | other
    question: str = Field(default="")
    advice: str = Field(default="")
    handled_by: str = Field(default="", index=True)
    referred_to: str = Field(default="")
    status: str = Field(default="open")  # open | referred | resolved
    follow_up: date | None = Field(default=None, sa_type=Date, index=True)
    closed_on: date | None = Field(default=None, sa_type=Date)
