"""Owners (产权人) of flats, as a vote counts them (法释〔2009〕7号 Art. 9).

A flat (household) is one exclusive part. Flats that carry the same non-empty ``owner_id``
(产权人编号) belong to one owner, who is one person in a vote's headcount however many flats they
hold; a flat without an ``owner_id`` is its own owner. The developer's unsold flats share one
``owner_id`` and so are one person by the same rule. Names are never used to group flats: two
王秀英 are two people.

This module is the one place that knows the rule; the tally, ballot entry, holdouts and paper
ballots ask it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select as sa_select

from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import table_of

RULE_ZH = "业主人数按专有部分计算；同一业主拥有多个专有部分的、建设单位未出售的部分，按一人计算"
RULE_EN = ("The owners' headcount counts exclusive parts (flats); one owner of several flats, and the "
           "developer's unsold flats together, count as one person")


def shared_owner_ids(buildings: Sequence[str] = ()) -> Any:
    """A subquery of the owner numbers held by more than one live flat (in ``buildings``, if given).

    Only ``owner_id > ''`` filters the rows, so the index on owner_id finds the few numbered flats
    at once; liveness and scope are counted with CASE rather than filtered, which would lead the
    database to scan every household instead.
    """
    inner = table_of(Household).alias("owner_flats")
    live: ColumnElement[bool] = inner.c.archived_at.is_(None)
    if buildings:
        live = and_(live, inner.c.building.in_(list(buildings)))
    return (sa_select(inner.c.owner_id).where(inner.c.owner_id > "")
            .group_by(inner.c.owner_id).having(func.sum(case((live, 1), else_=0)) > 1))


def flats_of_owner(conn: Any, household_id: int, buildings: Sequence[str] = ()) -> list[tuple[int, str]]:
    """(id, address) of every live flat (in scope) that belongs to the owner of ``household_id``,
    that flat first, the others in address order."""
    h = table_of(Household).c
    owner_id = conn.execute(sa_select(h.owner_id).where(h.id == household_id)).scalar_one_or_none()
    if not owner_id:
        row = conn.execute(sa_select(h.id, h.address).where(h.id == household_id)).first()
        return [tuple(row)] if row else []
    rows = [tuple(r) for r in conn.execute(sa_select(h.id, h.address).where(h.owner_id == owner_id,
                                                                            HouseholdScope.of(buildings).where())
                                           .order_by(h.sort_key, h.id))]
    rows.sort(key=lambda r: r[0] != household_id)
    return rows


def shared_flats(conn: Any, buildings: Sequence[str] = ()) -> list[tuple[int, str, str, str, str, int]]:
    """Live flats in scope whose owner holds another flat in scope: (id, owner_id, building, unit,
    address, area in m² × 100, 0 when unknown), in address order.

    Joined from the owner numbers with no other condition on the flats (liveness and scope are
    checked here), so the database starts from the few shared numbers through the index on
    owner_id and reads nothing more when there are none.
    """
    h = table_of(Household)
    owners = shared_owner_ids(buildings).subquery("shared_owner")
    stmt = (sa_select(h.c.id, h.c.owner_id, h.c.building, h.c.unit, h.c.address, func.coalesce(h.c.area_centi, 0),
                      h.c.archived_at, h.c.sort_key)
            .select_from(owners.join(h, h.c.owner_id == owners.c.owner_id)))
    wanted = set(buildings)
    rows = [r for r in conn.execute(stmt) if r[6] is None and (not wanted or r[2] in wanted)]
    rows.sort(key=lambda r: (r[7], r[0]))
    return [tuple(r[:6]) for r in rows]
