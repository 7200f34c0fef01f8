"""Typed handles on the tables behind the SQLModel classes, for queries written in SQLAlchemy Core.

SQLModel gives every table class a ``__table__`` at run time without declaring it, so a type checker
cannot see it; ``table_of(Household)`` is that same ``Table``, looked up in the metadata it lives in.
"""

from __future__ import annotations

from sqlalchemy import Table
from sqlmodel import SQLModel


def table_of(model: type[SQLModel]) -> Table:
    """The ``Table`` of a SQLModel table class: ``table_of(Household).c.building``."""
    name = model.__tablename__  # a str once the class is made; declared as "str or a function making one"
    if not isinstance(name, str):
        raise TypeError(f"{model.__name__} has no table yet")
    return model.metadata.tables[name]
