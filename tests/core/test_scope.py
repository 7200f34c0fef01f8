"""One household scope for drives, votes, meetings and walk lists, checked against a real station."""

from __future__ import annotations

from sqlalchemy import select as sa_select

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import table_of

ADDRESSES = ("1-1-101", "1-2-101", "2-1-101", "2-2-101", "3-1-101", "3-1-102")


def _in_scope(station: Station, scope: HouseholdScope) -> set[str]:
    h = table_of(Household).c
    with station.read() as s:
        return set(s.connection().execute(sa_select(h.address).where(scope.where())).scalars())


def test_a_scope_is_its_buildings_and_stairwells_without_archived_households(station: Station) -> None:
    ids = {a: station.households.create(HouseholdInput(address=a, head=f"户主{n}")).id
           for n, a in enumerate(ADDRESSES)}
    station.households.archive(ids["3-1-102"], "搬走了")

    assert _in_scope(station, HouseholdScope.of(buildings=["1"])) == {"1-1-101", "1-2-101"}
    assert _in_scope(station, HouseholdScope.of(units=["2-2"])) == {"2-2-101"}
    assert _in_scope(station, HouseholdScope.of(["1"], ["2-2", "3-1"])) == {"1-1-101", "1-2-101", "2-2-101", "3-1-101"}
    assert _in_scope(station, HouseholdScope.of(buildings=["3"])) == {"3-1-101"}  # 3-1-102 is archived
    assert _in_scope(station, HouseholdScope()) == set(ADDRESSES) - {"3-1-102"}  # the whole compound
    assert _in_scope(station, HouseholdScope.of(buildings=["9"])) == set()


def test_a_scope_naming_nothing_is_the_compound() -> None:
    assert HouseholdScope().is_compound
    assert not HouseholdScope.of(units=["5-2"]).is_compound
