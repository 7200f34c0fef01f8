"""Households: one row per flat, found by address, archived rather than deleted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, text
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned


class Household(Versioned, table=True):
    """A flat and the family in it.

    ``area_centi`` is the floor area in hundredths of a square metre, so that sums and vote
    fractions stay exact. ``sort_key`` orders addresses naturally (building, unit, floor, room), and
    ``search_key``/``phone_key`` are precomputed so that search filters in SQL.
    """

    __tablename__ = "household"
    __table_args__ = (
        Index(
            "ux_household_address_live",
            "address",
            unique=True,
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        # Covers search-as-you-type: one scan in address order without touching the table rows.
        Index("ix_household_search", "archived_at", "sort_key", "search_key", "phone_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    building: str = Field(index=True)
    unit: str = Field(default="")
    room: str
    address: str
    sort_key: str = Field(index=True)
    head: str = Field(default="")
    phones: str = Field(default="")  # normalised numbers joined by ","
    members: int | None = Field(default=None)
    area_centi: int | None = Field(default=None)
    status: str = Field(default="owner", index=True)
    notes: str = Field(default="")
    search_key: str = Field(default="")
    phone_key: str = Field(default="")
    archived_at: datetime | None = Field(default=None, sa_type=DateTime)
    archived_reason: str = Field(default="")
    merged_into_id: int | None = Field(default=None, foreign_key="household.id")
    # The registered owner (产权人) and the station's key for them (产权人编号): flats with the
    # same non-empty owner_id are one owner in a vote's headcount; a flat without one is its own.
    owner: str = Field(default="", sa_column_kwargs={"server_default": ""})
    owner_id: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})


class HouseholdTag(SQLModel, table=True):
    """Which tags a household carries."""

    __tablename__ = "household_tag"

    household_id: int = Field(foreign_key="household.id", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, index=True)
