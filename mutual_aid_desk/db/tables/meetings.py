"""Residents' meetings, who came to them, and the station's notice templates.

A meeting invites whole buildings (``buildings``, "1,2") and/or single stairwells (``units``,
"5-2"), both comma-joined in natural order. ``vote_id`` names the vote a meeting serves as a plain
integer: the votes module owns that table, so there is deliberately no foreign key.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Index
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned, now


class Meeting(Versioned, table=True):
    """One evening meeting: when, where, what is on the agenda, and which households are invited."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_when", "date", "time"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    date: dt.date = Field(sa_type=Date)
    time: str  # "19:00", local wall clock
    place: str
    agenda: str = Field(default="")  # one item per line
    buildings: str = Field(default="")  # whole buildings invited, comma-joined: "1,2"
    units: str = Field(default="")  # single stairwells invited, comma-joined: "5-2,6-1"
    organiser: str = Field(default="")
    vote_id: int | None = Field(default=None, index=True)  # the vote it serves; no FK (votes owns it)
    series: str = Field(default="", index=True)  # planner label shared by the evenings of one series
    notes: str = Field(default="")


class MeetingAttendance(SQLModel, table=True):
    """A household that came to a meeting: in person ("present") or through someone ("proxy")."""

    __tablename__ = "meeting_attendance"

    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True)
    household_id: int = Field(foreign_key="household.id", primary_key=True, index=True)
    mode: str = Field(default="present")  # "present" | "proxy"
    proxy_name: str = Field(default="")
    recorded_at: dt.datetime = Field(default_factory=now, sa_type=DateTime)
    recorded_by: str = Field(default="")


class NoticeTemplate(Versioned, table=True):
    """The station's own copy of a notice template; deleting the row resets it to the shipped default."""

    __tablename__ = "notice_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # "general", "meeting" ... (the file name of a shipped default)
    label: str = Field(default="")
    title: str = Field(default="")
    body: str = Field(default="")
    closing: str = Field(default="")
