"""Night patrols (夜巡队): the rota, the patrols walked, and what they found.

The rota says who patrols which evening and which route (printed for the month and posted). A
patrol record says when it was walked, by whom, along which route, which checks were made and what
was found; each finding becomes a problem in the ledger (source 夜巡) in the same save. Per
volunteer and month the station counts patrols and hours.
"""

from __future__ import annotations

import builtins
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select as sa_select

from mutual_aid_desk.core.problems import ProblemInput, Source
from mutual_aid_desk.core.sheets import month_text, parse_month
from mutual_aid_desk.core.values import parse_optional_date as parse_date
from mutual_aid_desk.core.visits import split_names
from mutual_aid_desk.db.tables import Patrol, PatrolShift, PatrolVolunteer, ReportedProblem, Volunteer
from mutual_aid_desk.db.tables.common import table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, NotFound, Problem, ProblemList, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

PATROL_CHECKS = ("消防安全", "环境卫生", "治安")

REASON_TIME = QT_TRANSLATE_NOOP("Problems", "not a time: write it as 19:30")
REASON_PATROL_VOLUNTEER = QT_TRANSLATE_NOOP("Problems", "not on the volunteer roster: {names}")
REASON_PATROL_NO_VOLUNTEER = QT_TRANSLATE_NOOP("Problems", "name at least one volunteer")
REASON_ROUTE = QT_TRANSLATE_NOOP("Problems", "say which route or buildings (at most 60 characters)")
REASON_PATROL_DAY = QT_TRANSLATE_NOOP("Problems", "a patrol cannot be recorded for a day that has not come yet")
REASON_FINDING_FORMAT = QT_TRANSLATE_NOOP("Problems", "write a finding as WHERE:CATEGORY:TEXT, e.g. 5-2:消防安全:楼道堆放纸箱")
REASON_FINDINGS = QT_TRANSLATE_NOOP("Problems", "the findings are too long (at most 1000 characters)")

_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")


def parse_time(value: str | None, field_name: str = "time") -> str:
    m = _TIME.match((value or "").strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError.single(field_name, value, REASON_TIME)
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def minutes_between(start: str, end: str) -> int:
    """Minutes from ``start`` to ``end``; an end before the start is after midnight."""
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    return (eh * 60 + em - sh * 60 - sm) % (24 * 60)


@dataclass
class FindingInput:
    """Something a patrol found: where, which category, what. Becomes a problem."""

    where: str
    category: str
    text: str


@dataclass
class PatrolInput:
    day: date | str | None = None
    start: str = "19:00"
    end: str = "21:00"
    route: str = ""
    volunteers: Sequence[str] | str = ()
    checks: Sequence[str] | str = PATROL_CHECKS
    findings: str = ""
    problems: list[FindingInput] = field(default_factory=list)


@dataclass(frozen=True)
class ShiftRow:
    id: int
    day: date
    route: str
    volunteers: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.day.isoformat(), "route": self.route, "volunteers": list(self.volunteers)}


@dataclass(frozen=True)
class PatrolRow:
    id: int
    day: date
    start: str
    end: str
    route: str
    volunteers: tuple[str, ...]
    checks: tuple[str, ...]
    findings: str
    minutes: int
    problem_ids: tuple[int, ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.day.isoformat(), "start": self.start, "end": self.end,
                "route": self.route, "volunteers": list(self.volunteers), "checks": list(self.checks),
                "findings": self.findings, "minutes": self.minutes, "problems": list(self.problem_ids)}


@dataclass(frozen=True)
class VolunteerPatrols:
    name: str
    patrols: int
    minutes: int

    @property
    def hours(self) -> str:
        """Hours to one decimal place, as text (exact: minutes / 60 rounded half up)."""
        tenths = (self.minutes * 10 + 30) // 60
        return f"{tenths // 10}.{tenths % 10}"

    def as_json(self) -> dict[str, Any]:
        return {"volunteer": self.name, "patrols": self.patrols, "minutes": self.minutes, "hours": self.hours}


def _month_range(month: str) -> tuple[date, date]:
    y, m = parse_month(month)
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


class PatrolService:
    def __init__(self, station: Station):
        self._station = station

    def _volunteers(self, names: Sequence[str] | str, problems: list[Problem]) -> list[str]:
        wanted = split_names(names)
        roster = {v.name for v in self._station.volunteers.list()}
        unknown = [n for n in wanted if n not in roster]
        if not wanted:
            problems.append(Problem("volunteers", "", REASON_PATROL_NO_VOLUNTEER))
        elif unknown:
            problems.append(Problem("volunteers", "、".join(unknown), REASON_PATROL_VOLUNTEER,
                                    {"names": "、".join(unknown)}))
        return wanted

    # the rota ----------------------------------------------------------------------------------------

    def add_shift(self, day: date | str, route: str, volunteers: Sequence[str] | str) -> ShiftRow:
        problems: list[Problem] = []
        try:
            when = parse_date(day, "date")
        except ValidationError as exc:
            problems.extend(exc.problems)
            when = None
        route = (route or "").strip()
        if not route or len(route) > 60:
            problems.append(Problem("route", route, REASON_ROUTE))
        names = self._volunteers(volunteers, problems)
        if when is None and not problems:
            problems.append(Problem("date", day, REASON_TIME))
        if problems:
            raise ValidationError(problems)
        assert when is not None, "a missing date is one of the problems raised above"
        with self._station.write() as uow:
            shift = PatrolShift(day=when, route=route, volunteers="、".join(names), updated_by=uow.operator.name)
            uow.session.add(shift)
            uow.session.flush()
            uow.record("patrol_shift", shift.id, "create", None,
                       {"date": when, "route": route, "volunteers": names})
            new_id = shift.id
        return next(s for s in self.rota(month_text(when.year, when.month)) if s.id == new_id)

    def remove_shift(self, shift_id: int) -> None:
        with self._station.write() as uow:
            shift = uow.session.get(PatrolShift, shift_id)
            if shift is None:
                raise NotFound(f"No rota entry with id {shift_id}.")
            uow.record("patrol_shift", shift_id, "delete",
                       {"date": shift.day, "route": shift.route, "volunteers": shift.volunteers}, None)
            uow.session.delete(shift)

    def rota(self, month: str) -> list[ShiftRow]:
        first, last = _month_range(month)
        c = table_of(PatrolShift).c
        with self._station.read() as s:
            rows = s.connection().execute(sa_select(c.id, c.day, c.route, c.volunteers)
                                          .where(c.day.between(first, last)).order_by(c.day, c.id)).all()
        return [ShiftRow(i, d, r, tuple(v.split("、")) if v else ()) for i, d, r, v in rows]

    # patrols -----------------------------------------------------------------------------------------

    def validate(self, data: PatrolInput) -> dict[str, Any]:
        problems = ProblemList()
        attempt = problems.attempt

        day = attempt(parse_date, data.day, "date") or date.today()
        if day > date.today():
            problems.append(Problem("date", day.isoformat(), REASON_PATROL_DAY))
        start = attempt(parse_time, data.start, "start_time")
        end = attempt(parse_time, data.end, "end_time")
        route = (data.route or "").strip()
        if not route or len(route) > 60:
            problems.append(Problem("route", route, REASON_ROUTE))
        names = self._volunteers(data.volunteers, problems)
        checks = split_names(data.checks)
        findings = (data.findings or "").strip()
        if len(findings) > 1000:
            problems.append(Problem("findings", findings[:20] + "…", REASON_FINDINGS))
        clean_findings = []
        for n, f in enumerate(data.problems, start=1):
            try:
                clean_findings.append(self._station.problems.validate(ProblemInput(
                    where=f.where, category=f.category, text=f.text, source=Source.PATROL.value,
                    raised_by="、".join(names), opened_on=day)))
            except ValidationError as exc:
                problems.extend(Problem(p.field, f"#{n} {p.value}", p.reason, p.params) for p in exc.problems)
        if problems:
            raise ValidationError(problems)
        assert start is not None and end is not None, "a time refused left a problem"
        if not findings and clean_findings:
            findings = "；".join(f"{v['where_text']} {v['text']}" for v in clean_findings)
        return {"day": day, "start": start, "end": end, "route": route, "volunteers": names, "checks": checks,
                "findings": findings, "minutes": minutes_between(start, end), "problems": clean_findings}

    def add(self, data: PatrolInput) -> PatrolRow:
        """Record a patrol; each finding becomes a ledger problem (source 夜巡) in the same save."""
        v = self.validate(data)
        ids = {vo.name: vo.id for vo in self._station.volunteers.list()}
        with self._station.write() as uow:
            patrol = Patrol(day=v["day"], start=v["start"], end=v["end"], route=v["route"],
                            checks="、".join(v["checks"]), findings=v["findings"], minutes=v["minutes"],
                            updated_by=uow.operator.name)
            uow.session.add(patrol)
            uow.session.flush()
            conn = uow.session.connection()
            conn.execute(insert(table_of(PatrolVolunteer)),
                         [{"patrol_id": patrol.id, "volunteer_id": ids[n]} for n in v["volunteers"]])
            problem_ids = []
            for values in v["problems"]:
                values["source_id"] = patrol.id
                problem_ids.append(self._station.problems.add_in(uow, values))
            uow.record("patrol", patrol.id, "create", None,
                       {"date": v["day"], "start": v["start"], "end": v["end"], "route": v["route"],
                        "volunteers": v["volunteers"], "checks": v["checks"], "findings": v["findings"],
                        "problems": problem_ids})
            assert patrol.id is not None, "the flush gave the patrol its id"
            new_id = patrol.id
        return self.get(new_id)

    def get(self, patrol_id: int) -> PatrolRow:
        rows = self._rows(table_of(Patrol).c.id == patrol_id)
        if not rows:
            raise NotFound(f"No patrol with id {patrol_id}.")
        return rows[0]

    def list(self, month: str | None = None) -> list[PatrolRow]:
        """Patrols, newest first; with ``month``, only that month's."""
        if month:
            first, last = _month_range(month)
            return self._rows(table_of(Patrol).c.day.between(first, last))
        return self._rows()

    def _rows(self, *where: Any) -> builtins.list[PatrolRow]:
        c, pv, vo, p = table_of(Patrol).c, table_of(PatrolVolunteer).c, table_of(Volunteer).c, table_of(ReportedProblem).c
        with self._station.read() as s:
            conn = s.connection()
            rows = conn.execute(sa_select(c.id, c.day, c.start, c.end, c.route, c.checks, c.findings, c.minutes)
                                .where(*where).order_by(c.day.desc(), c.id.desc())).all()
            ids = [r[0] for r in rows]
            names: dict[int, list[str]] = {}
            problems: dict[int, list[int]] = {}
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                for pid, name in conn.execute(sa_select(pv.patrol_id, vo.name)
                                              .join(table_of(Volunteer), vo.id == pv.volunteer_id)
                                              .where(pv.patrol_id.in_(part))):
                    names.setdefault(pid, []).append(name)
                for sid, prob in conn.execute(sa_select(p.source_id, p.id).where(
                        p.source == Source.PATROL.value, p.source_id.in_(part)).order_by(p.id)):
                    problems.setdefault(sid, []).append(prob)
        return [PatrolRow(r[0], r[1], r[2], r[3], r[4], tuple(sorted(names.get(r[0], []))),
                          tuple(x for x in r[5].split("、") if x), r[6], r[7], tuple(problems.get(r[0], [])))
                for r in rows]

    def volunteer_stats(self, month: str) -> builtins.list[VolunteerPatrols]:
        """Per volunteer for ``month``: how many patrols and how many minutes, most first."""
        totals: dict[str, list[int]] = {}
        for row in self.list(month):
            for name in row.volunteers:
                t = totals.setdefault(name, [0, 0])
                t[0] += 1
                t[1] += row.minutes
        return sorted((VolunteerPatrols(n, a, b) for n, (a, b) in totals.items()),
                      key=lambda v: (-v.patrols, -v.minutes, v.name))

