"""Which households a drive, a vote, a meeting or a walk list is about: one scope, one SQL clause.

A scope names buildings (``"5"``) and stairwells (units, ``"5-2"``); a household is in it when it is
live (not archived) and stands in one of them. A scope naming neither is the whole compound.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_

from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import table_of


def split_unit(unit: str) -> tuple[str, str]:
    """'5-2' → ('5', '2'): a stairwell is written building-unit."""
    building, _, number = unit.partition("-")
    return building, number


@dataclass(frozen=True)
class HouseholdScope:
    """Live households in these buildings or stairwells; the whole compound when both are empty."""

    buildings: tuple[str, ...] = ()
    units: tuple[str, ...] = ()

    @classmethod
    def of(cls, buildings: Iterable[str] = (), units: Iterable[str] = ()) -> HouseholdScope:
        return cls(tuple(buildings), tuple(units))

    @property
    def is_compound(self) -> bool:
        return not self.buildings and not self.units

    def where(self) -> ColumnElement[bool]:
        """The SQL condition on the households table."""
        h = table_of(Household).c
        live = h.archived_at.is_(None)
        if self.is_compound:
            return live
        places: list[ColumnElement[bool]] = []
        if self.buildings:
            places.append(h.building.in_(list(self.buildings)))
        for unit in self.units:
            building, number = split_unit(unit)
            places.append(and_(h.building == building, h.unit == number))
        return and_(live, or_(*places))
