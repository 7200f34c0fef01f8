"""Who is at the desk (the volunteer roster) and what they did (the audit trail)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned


class Volunteer(Versioned, table=True):
    """A person on the station's roster. Coordinators carry a salted scrypt hash of their PIN."""

    __tablename__ = "volunteer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    phone: str = Field(default="")
    role: str = Field(default="volunteer")  # "volunteer" | "coordinator"
    active: bool = Field(default=True)
    notes: str = Field(default="")
    pin_hash: str | None = Field(default=None)
    failed_pins: int = Field(default=0)
    locked_until: datetime | None = Field(default=None, sa_type=DateTime)


class AuditEntry(SQLModel, table=True):
    """One write, appended and never changed: each hash covers the entry and the previous hash."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_ref", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(index=True)  # ISO local time, seconds
    operator: str = Field(index=True)
    entity: str
    entity_id: str = Field(default="")
    action: str
    before: str | None = Field(default=None)  # JSON
    after: str | None = Field(default=None)  # JSON
    prev_hash: str = Field(default="")
    hash: str
