"""Coverage: how much of each building the volunteers reached in a period, and who did the walking.

Per building: live households, how many were visited in the period (any outcome counts as a
visit; "reached" counts outcomes other than not home), how many were never visited at all, and
vacant flats, which stay in the denominators and are reported. Shares are exact fractions; they
are formatted only at the edge.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import distinct, func, select as sa_select

from mutual_aid_desk.core.addresses import natural_key
from mutual_aid_desk.db.portable import count_if
from mutual_aid_desk.db.tables import Household, Visit, VisitVolunteer, Volunteer

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def percent(share: Fraction) -> str:
    """Fraction(1, 3) → '33.3%' (half up, one decimal, from the exact fraction)."""
    tenths = (share * 1000 + Fraction(1, 2)).__floor__()
    return f"{tenths // 10}.{tenths % 10}%"


@dataclass(frozen=True)
class BuildingCoverage:
    building: str
    households: int
    vacant: int
    visited: int  # households with at least one visit in the period
    reached: int  # households with a visit in the period that was not "not home"
    never: int  # households with no visit ever

    def share(self, n: int) -> Fraction:
        return Fraction(n, self.households) if self.households else Fraction(0)

    @property
    def visited_share(self) -> Fraction:
        return self.share(self.visited)

    @property
    def never_share(self) -> Fraction:
        return self.share(self.never)

    def as_json(self) -> dict[str, Any]:
        return {"building": self.building, "households": self.households, "vacant": self.vacant,
                "visited": self.visited, "visited_share": percent(self.visited_share), "reached": self.reached,
                "never_visited": self.never, "never_share": percent(self.never_share)}


@dataclass
class Coverage:
    start: date
    end: date
    buildings: list[BuildingCoverage] = field(default_factory=list)
    per_volunteer: list[tuple[str, int, int]] = field(default_factory=list)  # name, visits, households

    @property
    def total(self) -> BuildingCoverage:
        return BuildingCoverage("合计", *(sum(getattr(b, f) for b in self.buildings)
                                         for f in ("households", "vacant", "visited", "reached", "never")))

    def as_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(),
                "buildings": [b.as_json() for b in self.buildings], "total": self.total.as_json(),
                "volunteers": [{"name": n, "visits": v, "households": h} for n, v, h in self.per_volunteer]}


def coverage(station: "Station", start: date, end: date) -> Coverage:
    """Coverage of every building for visits from ``start`` to ``end`` (both included)."""
    h, v = Household.__table__.c, Visit.__table__.c
    lo, hi = datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())
    with station.read() as s:
        conn = s.connection()
        live = conn.execute(sa_select(h.building, func.count(), count_if(h.status == "vacant"))
                            .where(h.archived_at.is_(None)).group_by(h.building)).all()
        visited = dict(conn.execute(
            sa_select(h.building, func.count(distinct(v.household_id)))
            .select_from(Visit.__table__.join(Household.__table__, h.id == v.household_id))
            .where(h.archived_at.is_(None), v.visited_at >= lo, v.visited_at < hi, v.voided_at.is_(None))
            .group_by(h.building)).all())
        reached = dict(conn.execute(
            sa_select(h.building, func.count(distinct(v.household_id)))
            .select_from(Visit.__table__.join(Household.__table__, h.id == v.household_id))
            .where(h.archived_at.is_(None), v.visited_at >= lo, v.visited_at < hi, v.outcome != "not_home",
                   v.voided_at.is_(None))
            .group_by(h.building)).all())
        ever = dict(conn.execute(
            sa_select(h.building, func.count(distinct(v.household_id)))
            .select_from(Visit.__table__.join(Household.__table__, h.id == v.household_id))
            .where(h.archived_at.is_(None), v.voided_at.is_(None)).group_by(h.building)).all())
        vv, vo = VisitVolunteer.__table__.c, Volunteer.__table__.c
        per_volunteer = conn.execute(
            sa_select(vo.name, func.count(vv.visit_id), func.count(distinct(v.household_id)))
            .select_from(VisitVolunteer.__table__.join(Visit.__table__, v.id == vv.visit_id)
                         .join(Volunteer.__table__, vo.id == vv.volunteer_id))
            .where(v.visited_at >= lo, v.visited_at < hi, v.voided_at.is_(None)).group_by(vo.name)).all()
    result = Coverage(start, end)
    for building, n, vacant in sorted(live, key=lambda r: natural_key(r[0])):
        result.buildings.append(BuildingCoverage(building, n, int(vacant or 0), visited.get(building, 0),
                                                 reached.get(building, 0), n - ever.get(building, 0)))
    result.per_volunteer = sorted(((n, c, hh) for n, c, hh in per_volunteer), key=lambda r: (-r[1], r[0]))
    return result


def export_coverage(station: "Station", start: date, end: date, path: Path) -> Coverage:
    """Coverage as XLSX: a sheet per building, and (in XLSX) a second table of visits per volunteer."""
    from mutual_aid_desk.core.tabular import write_table

    cov = coverage(station, start, end)
    headers = ("楼栋", "户数", "其中空置", "期间走访户数", "走访比例", "见到人户数", "从未走访户数", "从未走访比例")
    rows = [(b.building, b.households, b.vacant, b.visited, percent(b.visited_share), b.reached, b.never,
             percent(b.never_share)) for b in [*cov.buildings, cov.total]]
    notes = [("期间 period", f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"), ("", ""), ("志愿者 volunteer", "走访次数 visits / 户数 households")]
    notes += [(name, f"{visits} / {households}") for name, visits, households in cov.per_volunteer]
    write_table(Path(path), headers, rows, sheet="走访覆盖", notes=notes)
    return cov


def visits_per_volunteer(station: "Station", start: date, end: date) -> Counter[str]:
    return Counter({n: c for n, c, _ in coverage(station, start, end).per_volunteer})
