"""Columns shared by every editable record: optimistic version and who last saved it.

Times are naive local wall-clock times (``sa_type=DateTime``): the station PC is the only clock
that matters, and volunteers read them as they were typed. Use ``Field(sa_type=DateTime)`` for
every ``datetime`` column, since SQLModel's default type insists on time zones.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Table, inspect, update
from sqlmodel import Field, Session, SQLModel


def now() -> datetime:
    """Local wall-clock time to the second: what a volunteer reads on the station PC."""
    return datetime.now().replace(microsecond=0)


def table_of(model: type[SQLModel]) -> Table:
    """The Core ``Table`` behind a ``table=True`` model, for Core statements (bulk inserts, joins).

    SQLModel's metaclass sets ``__table__`` on each table class but declares no type for it; this is
    the one place that finds it (through the mapper), so every caller gets a typed ``Table``.
    """
    table = inspect(model).local_table
    assert isinstance(table, Table), f"{model.__name__} is not a table=True model"
    return table


class Versioned(SQLModel):
    """Mixin for records two windows may edit: a save must name the version it was loaded at."""

    version: int = Field(default=1)
    created_at: datetime = Field(default_factory=now, sa_type=DateTime)
    updated_at: datetime = Field(default_factory=now, sa_type=DateTime)
    updated_by: str = Field(default="")


def claim_version(session: Session, row: Any, expected: int) -> bool:
    """Move ``row`` (a ``Versioned`` table row) from version ``expected`` to ``expected + 1`` in the
    database, in one UPDATE whose WHERE names the version; False if someone saved it meanwhile.

    The check is part of the UPDATE itself, so it holds even without the station's write lock.
    Set ``row.version = expected + 1`` afterwards as usual.
    """
    table = table_of(type(row))
    result = session.connection().execute(
        update(table).where(table.c.id == row.id, table.c.version == expected).values(version=expected + 1))
    return result.rowcount == 1
