"""Choosing the households for a walk list: one selection mechanism for every module.

A ``WalkSelection`` either filters the registry (buildings, status, tags, "not visited since",
"follow-up due") or carries a set of household ids handed over by another module (votes: not yet
voted; funds: not yet paid), optionally narrowed by the same filters. ``select_households`` runs it
in SQL and returns the ids in walking order (building → unit → floor → room).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, or_, select as sa_select

from mutual_aid_desk.core.households import STATUS_LABELS, Status
from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.db.tables import Consultation, Household, HouseholdTag, Tag, Visit
from mutual_aid_desk.db.tables.common import table_of

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


@dataclass(frozen=True)
class WalkSelection:
    """Which households to walk to.

    Attributes:
        buildings: keep these buildings (empty: all).
        statuses: keep these statuses (owner, rented, vacant, unreachable; empty: all).
        tags: keep households carrying any of these tags (empty: no tag filter).
        not_visited_since: keep households with no visit on or after this date.
        follow_up_due: keep households with a visit follow-up or open consultation due by ``on``.
        household_ids: a set handed over by another module; None means the whole registry.
    """

    buildings: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    not_visited_since: date | None = None
    follow_up_due: bool = False
    household_ids: frozenset[int] | None = None

    @classmethod
    def of_households(cls, ids: Iterable[int]) -> WalkSelection:
        """The households another module hands over (e.g. those that have not voted)."""
        return cls(household_ids=frozenset(ids))

    def describe(self) -> str:
        """A short Chinese summary for a walk list's title or a status line."""
        parts = []
        if self.household_ids is not None:
            parts.append(f"指定 {len(self.household_ids)} 户")
        if self.buildings:
            parts.append("、".join(self.buildings) + " 号楼")
        if self.statuses:
            parts.append("、".join(STATUS_LABELS.get(Status(s), s) for s in self.statuses))
        if self.tags:
            parts.append("、".join(self.tags))
        if self.not_visited_since:
            parts.append(f"{self.not_visited_since:%Y-%m-%d} 以来未走访")
        if self.follow_up_due:
            parts.append("待回访")
        return "；".join(parts) or "全部住户"

    def conditions(self, on: date) -> list[Any]:
        h = table_of(Household).c
        v = table_of(Visit).c
        where: list[Any] = [HouseholdScope.of(self.buildings).where()]
        if self.household_ids is not None:
            where.append(h.id.in_(sorted(self.household_ids)))
        if self.statuses:
            where.append(h.status.in_([Status(s).value for s in self.statuses]))
        if self.tags:
            ht, t = table_of(HouseholdTag).c, table_of(Tag).c
            where.append(exists(sa_select(ht.household_id).join(table_of(Tag), t.id == ht.tag_id)
                                .where(ht.household_id == h.id, t.name.in_(list(self.tags)))))
        if self.not_visited_since is not None:
            since = datetime.combine(self.not_visited_since, time())
            where.append(~exists(sa_select(v.id).where(v.household_id == h.id, v.visited_at >= since,
                                                       v.voided_at.is_(None))))
        if self.follow_up_due:
            c = table_of(Consultation).c
            where.append(or_(
                exists(sa_select(v.id).where(v.household_id == h.id, v.follow_up_done_at.is_(None),
                                             v.follow_up.is_not(None), v.follow_up <= on, v.voided_at.is_(None))),
                exists(sa_select(c.id).where(c.household_id == h.id, c.status.in_(("open", "referred")),
                                             c.follow_up.is_not(None), c.follow_up <= on)),
            ))
        return where


def select_households(station: Station, selection: WalkSelection, *, on: date | None = None) -> list[int]:
    """Ids of the selected live households in walking order."""
    on = on or date.today()
    h = table_of(Household).c
    stmt = sa_select(h.id).where(and_(*selection.conditions(on))).order_by(h.sort_key, h.id)
    with station.read() as s:
        return list(s.connection().execute(stmt).scalars())
