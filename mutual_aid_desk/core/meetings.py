"""Residents' meetings: the series planner, meetings themselves, and who came.

In the seed story a compound of 25 buildings met two buildings a night; ``plan_series`` proposes
such a series (13 evenings for 25 buildings at 2 a night, weekends skipped if asked), the coordinator
adjusts the proposals, and ``MeetingService.create_series`` writes them in one transaction.

Attendance is one row per household that came, in person or through a proxy. The households invited
to a meeting are every live household of its buildings/units, in sign-in-sheet order (building →
unit → floor → room). When a meeting serves a vote, ``attended_household_ids`` is the starting list
for ballot entry with channel "meeting".
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time as dtime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, or_, select as sa_select
from sqlmodel import col, select

from mutual_aid_desk.core.addresses import natural_key
from mutual_aid_desk.core.audit import PendingEntry
from mutual_aid_desk.core.households import HouseholdRow
from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.core.templates import TemplateService
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.core.values import folded, parse_date, squeezed
from mutual_aid_desk.db.portable import count_if, if_then
from mutual_aid_desk.db.tables import Household, Meeting, MeetingAttendance
from mutual_aid_desk.db.tables.common import claim_version, now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ProblemList, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

MAX_TITLE = 200
MAX_PER_NIGHT = 50

REASON_TIME = QT_TRANSLATE_NOOP("Problems", "not a time of day: use hours and minutes, e.g. 19:00")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Problems", "this must be filled in")
REASON_TITLE = QT_TRANSLATE_NOOP("Problems", "the title is too long (at most 200 characters)")
REASON_BUILDINGS = QT_TRANSLATE_NOOP("Problems", "not a list of buildings: use numbers and ranges, e.g. 1-25 or 1,3,5-8")
REASON_NO_BUILDINGS = QT_TRANSLATE_NOOP("Problems", "invite at least one building or stairwell")
REASON_UNKNOWN_BUILDING = QT_TRANSLATE_NOOP("Problems", "no households are registered in building {buildings}")
REASON_UNIT = QT_TRANSLATE_NOOP("Problems", "a stairwell is written building-unit, e.g. 5-2")
REASON_DUP_BUILDING = QT_TRANSLATE_NOOP("Problems", "building {building} is listed twice")
REASON_PER_NIGHT = QT_TRANSLATE_NOOP("Problems", "buildings per evening must be a whole number from 1 to 50")
REASON_MODE = QT_TRANSLATE_NOOP("Problems", "attendance is present, proxy or absent")
REASON_NOT_INVITED = QT_TRANSLATE_NOOP("Problems", "household {address} was not invited to this meeting")


class Mode(StrEnum):
    PRESENT = "present"
    PROXY = "proxy"


MODE_LABELS = {Mode.PRESENT: "本人到场", Mode.PROXY: "委托代签"}


# --- parsing what people type -------------------------------------------------------------------


def parse_time(value: str | dtime, field_name: str = "time") -> str:
    """'19:00', '7:30', '19：00', '1900', '19点' → 'HH:MM'; anything else is a ValidationError."""
    if isinstance(value, dtime):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = folded(value).replace("点半", ":30").replace("点", ":00").replace("時", ":").replace(".", ":")
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::00)?", text) or re.fullmatch(r"(\d{2})(\d{2})", text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError.single(field_name, value, REASON_TIME)
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def parse_buildings(value: str | Iterable[str], field_name: str = "buildings") -> list[str]:
    """'1-25', '1,3,5-8', '1、2、3号楼' or a list → building names in the order given, no repeats."""
    if isinstance(value, str):
        text = folded(value).replace("号楼", "").replace("栋", "").replace("幢", "")
        parts = [p for p in re.split(r"[,，、;；\s]+", text) if p]
    else:
        parts = [folded(p) for p in value if folded(p)]
    out: list[str] = []
    for part in parts:
        m = re.fullmatch(r"(\d+)\s*[-~至到]\s*(\d+)", part)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo > hi or hi - lo > 500:
                raise ValidationError.single(field_name, part, REASON_BUILDINGS)
            names = [str(n) for n in range(lo, hi + 1)]
        elif re.fullmatch(r"[0-9A-Za-z]{1,6}", part):
            names = [part.upper().lstrip("0") or "0"]
        else:
            raise ValidationError.single(field_name, part, REASON_BUILDINGS)
        for name in names:
            if name in out:
                raise ValidationError.single(field_name, value if isinstance(value, str) else ",".join(parts),
                                             REASON_DUP_BUILDING, building=name)
            out.append(name)
    return out


def parse_units(value: str | Iterable[str], field_name: str = "units") -> list[str]:
    """'5-2, 6-1' → ['5-2', '6-1'] (stairwells: building-unit)."""
    parts = [p for p in re.split(r"[,，、;；\s]+", folded(value))] if isinstance(value, str) else [folded(p) for p in value]
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        m = re.fullmatch(r"([0-9A-Za-z]{1,6})\s*[-—]\s*([0-9A-Za-z]{1,6})(?:单元)?", part.replace("号楼", "-").replace("栋", "-").replace("--", "-"))
        if not m:
            raise ValidationError.single(field_name, part, REASON_UNIT)
        unit = f"{m.group(1).upper().lstrip('0') or '0'}-{m.group(2).upper().lstrip('0') or '0'}"
        if unit not in out:
            out.append(unit)
    return out


def building_label(building: str) -> str:
    return f"{building}号楼"


def unit_label(unit: str) -> str:
    b, _, u = unit.partition("-")
    return f"{b}号楼{u}单元"


# --- the series planner -------------------------------------------------------------------------


@dataclass
class MeetingProposal:
    """One evening of a planned series; the coordinator may change any field before creating."""

    date: date
    time: str
    place: str
    buildings: list[str]
    units: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "time": self.time, "place": self.place,
                "buildings": list(self.buildings), "units": list(self.units)}


def plan_series(buildings: str | Sequence[str], per_night: int | str, start: str | date, time: str,
                place: str, *, skip_weekends: bool = False) -> list[MeetingProposal]:
    """Propose one meeting per evening, ``per_night`` buildings each, on consecutive days from ``start``.

    With ``skip_weekends`` Saturdays and Sundays are passed over (a Saturday start moves to Monday).
    25 buildings at 2 a night gives 13 evenings; the last one has the single building left.

    Raises:
        ValidationError: one problem per bad field (time, date, buildings, per_night, place).
    """
    problems: list[Problem] = []
    names: list[str] = []
    when: date | None = None
    at = ""
    try:
        names = parse_buildings(buildings)
        if not names:
            problems.append(Problem("buildings", buildings, REASON_NO_BUILDINGS))
    except ValidationError as e:
        problems.extend(e.problems)
    try:
        count = int(str(per_night).strip())
        if not 1 <= count <= MAX_PER_NIGHT:
            raise ValueError
    except ValueError:
        problems.append(Problem("per_night", per_night, REASON_PER_NIGHT))
        count = 1
    try:
        when = parse_date(start, "start")
    except ValidationError as e:
        problems.extend(e.problems)
    try:
        at = parse_time(time)
    except ValidationError as e:
        problems.extend(e.problems)
    if not squeezed(place):
        problems.append(Problem("place", place, REASON_REQUIRED))
    if problems:
        raise ValidationError(problems)
    assert when is not None
    proposals: list[MeetingProposal] = []
    day = when
    for i in range(0, len(names), count):
        while skip_weekends and day.weekday() >= 5:
            day += timedelta(days=1)
        proposals.append(MeetingProposal(day, at, squeezed(place), names[i:i + count]))
        day += timedelta(days=1)
    return proposals


# --- meetings -----------------------------------------------------------------------------------


@dataclass
class MeetingInput:
    """What a form or the command line sends to create or change a meeting."""

    title: str
    date: str | date
    time: str
    place: str
    buildings: str | Sequence[str] = ()
    units: str | Sequence[str] = ()
    agenda: str | Sequence[str] = ()
    organiser: str = ""
    vote_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    date: date
    time: str
    place: str
    agenda: tuple[str, ...]
    buildings: tuple[str, ...]
    units: tuple[str, ...]
    organiser: str
    vote_id: int | None
    series: str
    notes: str
    version: int
    updated_by: str = ""

    @property
    def invited_label(self) -> str:
        """'1号楼、2号楼、5号楼2单元' as a notice names the invited households."""
        return "、".join([building_label(b) for b in self.buildings] + [unit_label(u) for u in self.units])

    @property
    def starts_at(self) -> datetime:
        h, m = self.time.split(":")
        return datetime.combine(self.date, dtime(int(h), int(m)))

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date.isoformat(), "time": self.time,
                "place": self.place, "buildings": list(self.buildings), "units": list(self.units),
                "agenda": list(self.agenda), "organiser": self.organiser, "vote_id": self.vote_id,
                "series": self.series}


def _split(text: str) -> tuple[str, ...]:
    return tuple(p for p in text.split(",") if p)


def _to_row(m: Meeting) -> MeetingRow:
    assert m.id is not None  # a stored meeting
    return MeetingRow(m.id, m.title, m.date, m.time, m.place,
                      tuple(line for line in m.agenda.split("\n") if line.strip()),
                      _split(m.buildings), _split(m.units), m.organiser, m.vote_id, m.series, m.notes,
                      m.version, m.updated_by)


def _audit(m: Meeting) -> dict[str, Any]:
    return {"title": m.title, "date": m.date.isoformat(), "time": m.time, "place": m.place, "agenda": m.agenda,
            "buildings": m.buildings, "units": m.units, "organiser": m.organiser, "vote_id": m.vote_id}


@dataclass(frozen=True)
class CleanMeeting:
    title: str
    date: date
    time: str
    place: str
    buildings: list[str]
    units: list[str]
    agenda: list[str]
    organiser: str
    vote_id: int | None
    notes: str

    def columns(self) -> dict[str, Any]:
        return {"title": self.title, "date": self.date, "time": self.time, "place": self.place,
                "buildings": ",".join(self.buildings), "units": ",".join(self.units),
                "agenda": "\n".join(self.agenda), "organiser": self.organiser, "vote_id": self.vote_id,
                "notes": self.notes}


def validate_meeting(data: MeetingInput, known_buildings: set[str] | None = None) -> CleanMeeting:
    """Check every field; one problem per bad field, nothing written while there is one."""
    problems = ProblemList()
    title = squeezed(str(data.title or "").replace("\n", " "))
    if not title:
        problems.append(Problem("title", data.title, REASON_REQUIRED))
    elif len(title) > MAX_TITLE:
        problems.append(Problem("title", title[:20] + "…", REASON_TITLE))
    when = problems.attempt(parse_date, data.date)
    at = problems.attempt(parse_time, data.time)
    place = squeezed(data.place)
    if not place:
        problems.append(Problem("place", data.place, REASON_REQUIRED))
    buildings = problems.attempt(parse_buildings, data.buildings) or []
    units = problems.attempt(parse_units, data.units) or []
    if not buildings and not units and not any(p.field in ("buildings", "units") for p in problems):
        problems.append(Problem("buildings", "", REASON_NO_BUILDINGS))
    if known_buildings is not None:
        missing = [b for b in buildings + [u.split("-")[0] for u in units] if b not in known_buildings]
        if missing:
            problems.append(Problem("buildings", ",".join(missing), REASON_UNKNOWN_BUILDING,
                                    {"buildings": "、".join(dict.fromkeys(missing))}))
    agenda_items = data.agenda.split("\n") if isinstance(data.agenda, str) else list(data.agenda)
    agenda = [re.sub(r"^\s*(\d+[.、)．]|[-•·])\s*", "", squeezed(a)) for a in agenda_items]
    agenda = [a for a in agenda if a]
    if problems:
        raise ValidationError(problems)
    assert when is not None and at is not None, "a date and a time that did not parse are problems"
    buildings.sort(key=natural_key)
    units.sort(key=lambda u: tuple(natural_key(p) for p in u.split("-")))
    return CleanMeeting(title, when, at, place, buildings, units, agenda, squeezed(data.organiser),
                        data.vote_id, (data.notes or "").strip())


# --- attendance ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceMark:
    household_id: int
    mode: Mode
    proxy_name: str = ""


@dataclass(frozen=True)
class BuildingAttendance:
    building: str
    invited: int
    present: int
    proxy: int

    @property
    def attended(self) -> int:
        return self.present + self.proxy


@dataclass(frozen=True)
class AttendanceStats:
    """How many of the invited households came, overall and per building."""

    meeting_id: int
    invited: int
    present: int
    proxy: int
    buildings: tuple[BuildingAttendance, ...]

    @property
    def attended(self) -> int:
        return self.present + self.proxy

    def as_json(self) -> dict[str, Any]:
        return {"meeting_id": self.meeting_id, "invited": self.invited, "present": self.present,
                "proxy": self.proxy, "attended": self.attended,
                "buildings": [{"building": b.building, "invited": b.invited, "present": b.present,
                               "proxy": b.proxy, "attended": b.attended} for b in self.buildings]}


def _invited_condition(row: MeetingRow) -> Any:
    """The households a meeting invites; a meeting naming no building or stairwell invites nobody."""
    scope = HouseholdScope(row.buildings, row.units)
    return table_of(Household).c.id.is_(None) if scope.is_compound else scope.where()


class MeetingService:
    """Meetings, their series, and attendance; reached as ``station.meetings``."""

    def __init__(self, station: Station):
        self._station = station
        #: Notice templates (meeting notices use the "meeting" one); also used for general notices.
        self.templates = TemplateService(station)

    # reading -----------------------------------------------------------------------------------

    def get(self, meeting_id: int) -> MeetingRow:
        with self._station.read() as s:
            m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No meeting with id {id}."), id=meeting_id)
        return _to_row(m)

    # ``list`` names this query for callers; below it the builtin is hidden, hence builtins.list.
    def list(self, *, since: date | None = None, vote_id: int | None = None) -> builtins.list[MeetingRow]:
        """Meetings in date and time order (optionally from ``since``, or those serving a vote)."""
        stmt = select(Meeting)
        if since is not None:
            stmt = stmt.where(Meeting.date >= since)
        if vote_id is not None:
            stmt = stmt.where(Meeting.vote_id == vote_id)
        stmt = stmt.order_by(col(Meeting.date), col(Meeting.time), col(Meeting.id))
        with self._station.read() as s:
            return [_to_row(m) for m in s.exec(stmt).all()]

    def known_buildings(self) -> set[str]:
        return {b for b, _ in self._station.households.buildings()}

    def invited_ids(self, meeting_id: int) -> builtins.list[int]:
        """Invited live households, in sign-in-sheet order (building → unit → floor → room)."""
        row = self.get(meeting_id)
        h = table_of(Household).c
        stmt = sa_select(h.id).where(_invited_condition(row)).order_by(h.sort_key, h.id)
        with self._station.read() as s:
            return list(s.connection().execute(stmt).scalars())

    def invited_households(self, meeting_id: int) -> builtins.list[HouseholdRow]:
        return self._station.households.rows_by_ids(self.invited_ids(meeting_id))

    def attendance(self, meeting_id: int) -> dict[int, AttendanceMark]:
        """household id → how it attended; households absent are not in the mapping."""
        a = table_of(MeetingAttendance).c
        with self._station.read() as s:
            rows = s.connection().execute(
                sa_select(a.household_id, a.mode, a.proxy_name).where(a.meeting_id == meeting_id)).all()
        return {hid: AttendanceMark(hid, Mode(mode), proxy) for hid, mode, proxy in rows}

    def attended_household_ids(self, meeting_id: int) -> builtins.list[int]:
        """Households that came (in person or by proxy), in sign-in order: the starting list for
        ballot entry with channel "meeting" when the meeting serves a vote."""
        marks = self.attendance(meeting_id)
        invited = self.invited_ids(meeting_id)
        known = set(invited)
        # A household moved out of the invited buildings later still counts, after the others.
        return [hid for hid in invited if hid in marks] + sorted(hid for hid in marks if hid not in known)

    def stats(self, meeting_id: int) -> AttendanceStats:
        """Invited, present and proxy counts for the meeting and for each invited building."""
        row = self.get(meeting_id)
        h, a = table_of(Household).c, table_of(MeetingAttendance).c
        stmt = (sa_select(h.building, func.count(h.id), func.min(h.sort_key),
                          count_if(a.mode == Mode.PRESENT.value),
                          count_if(a.mode == Mode.PROXY.value))
                .select_from(table_of(Household).outerjoin(
                    table_of(MeetingAttendance), and_(a.household_id == h.id, a.meeting_id == meeting_id)))
                .where(_invited_condition(row)).group_by(h.building).order_by(func.min(h.sort_key)))
        with self._station.read() as s:
            per = [BuildingAttendance(b, n, int(p or 0), int(x or 0))
                   for b, n, _, p, x in s.connection().execute(stmt)]
        return AttendanceStats(meeting_id, sum(b.invited for b in per), sum(b.present for b in per),
                               sum(b.proxy for b in per), tuple(per))

    def attendance_counts(self) -> dict[int, tuple[int, int]]:
        """meeting id → (households that came, households invited), for the list of meetings."""
        a, h = table_of(MeetingAttendance).c, table_of(Household).c
        with self._station.read() as s:
            came: dict[int, int] = dict(s.connection().execute(
                sa_select(a.meeting_id, func.count()).group_by(a.meeting_id)).all())
            out = {}
            for m in s.exec(select(Meeting)).all():
                row = _to_row(m)
                invited = s.connection().execute(
                    sa_select(func.count(h.id)).where(_invited_condition(row))).scalar_one()
                out[row.id] = (int(came.get(row.id, 0)), int(invited))
        return out

    def building_summary(self) -> builtins.list[BuildingAttendance]:
        """Across all meetings: per building, live households and how many came to at least one meeting."""
        h, a = table_of(Household).c, table_of(MeetingAttendance).c
        came = sa_select(a.household_id, func.max(if_then(a.mode == Mode.PRESENT.value, 1, 0)).label("p")) \
            .group_by(a.household_id).subquery()
        stmt = (sa_select(h.building, func.count(h.id), func.min(h.sort_key),
                          count_if(came.c.p == 1), count_if(came.c.p == 0))
                .select_from(table_of(Household).outerjoin(came, came.c.household_id == h.id))
                .where(h.archived_at.is_(None)).group_by(h.building).order_by(func.min(h.sort_key)))
        with self._station.read() as s:
            return [BuildingAttendance(b, n, int(p or 0), int(x or 0)) for b, n, _, p, x in s.connection().execute(stmt)]

    def series_of(self, meeting_id: int) -> builtins.list[MeetingRow]:
        """Every meeting of the series ``meeting_id`` belongs to (just that one if it stands alone)."""
        m = self.get(meeting_id)
        if not m.series:
            return [m]
        return [x for x in self.list() if x.series == m.series]

    def attendance_by_building(self, meeting_ids: Sequence[int]) -> builtins.list[BuildingAttendance]:
        """Per building, the households invited to any of these meetings and how many came to one
        (in person, else by proxy): what an attendance poster for one meeting or a series shows."""
        rows = [self.get(i) for i in meeting_ids]
        if not rows:
            return []
        h, a = table_of(Household).c, table_of(MeetingAttendance).c
        with self._station.read() as s:
            conn = s.connection()
            invited = conn.execute(sa_select(h.id, h.building, h.sort_key)
                                   .where(or_(*[_invited_condition(r) for r in rows]))).all()
            marks: dict[int, set[str]] = {}
            for hid, mode in conn.execute(sa_select(a.household_id, a.mode).where(a.meeting_id.in_(list(meeting_ids)))):
                marks.setdefault(hid, set()).add(mode)
        per: dict[str, builtins.list[Any]] = {}
        for hid, building, key in invited:
            entry = per.setdefault(building, [key, 0, 0, 0])
            entry[0] = min(entry[0], key)
            entry[1] += 1
            came = marks.get(hid, set())
            if Mode.PRESENT.value in came:
                entry[2] += 1
            elif came:
                entry[3] += 1
        return [BuildingAttendance(b, n, p, x) for b, (_, n, p, x) in sorted(per.items(), key=lambda kv: kv[1][0])]

    def meetings_of_household(self, household_id: int) -> builtins.list[tuple[MeetingRow, AttendanceMark]]:
        with self._station.read() as s:
            rows = s.exec(select(Meeting, MeetingAttendance).join(
                MeetingAttendance, col(MeetingAttendance.meeting_id) == col(Meeting.id)).where(
                MeetingAttendance.household_id == household_id)).all()
        return [(_to_row(m), AttendanceMark(att.household_id, Mode(att.mode), att.proxy_name)) for m, att in rows]

    def household_entries(self, household_id: int) -> builtins.list[Any]:
        """The household's timeline entries: meetings it came to."""
        return timeline_entries(self._station, household_id)

    # writing -----------------------------------------------------------------------------------

    def create(self, data: MeetingInput, *, series: str = "") -> MeetingRow:
        clean = validate_meeting(data, self.known_buildings())
        with self._station.write() as uow:
            m = Meeting(**clean.columns(), series=series, updated_by=uow.operator.name)
            uow.session.add(m)
            uow.session.flush()
            uow.record("meeting", m.id, "create", None, _audit(m))
            new_id = m.id
        assert new_id is not None  # flushed: the database numbered it
        return self.get(new_id)

    def create_series(self, proposals: Sequence[MeetingProposal], *, title: str, agenda: str | Sequence[str] = (),
                      organiser: str = "", vote_id: int | None = None) -> builtins.list[MeetingRow]:
        """Create every (possibly adjusted) proposal in one transaction: all of them or none.

        Raises:
            ValidationError: problems of every evening, each prefixed with its number ("row N").
        """
        known = self.known_buildings()
        cleans: builtins.list[CleanMeeting] = []
        problems: builtins.list[Problem] = []
        seen: dict[str, int] = {}
        for n, p in enumerate(proposals, start=1):
            try:
                clean = validate_meeting(MeetingInput(title, p.date, p.time, p.place, p.buildings, p.units, agenda,
                                                      organiser, vote_id), known)
            except ValidationError as e:
                problems.extend(replace(pr, row=n) for pr in e.problems)
                continue
            for b in clean.buildings:
                if b in seen:
                    problems.append(Problem("buildings", b, REASON_DUP_BUILDING, {"building": b}, row=n))
                seen[b] = n
            cleans.append(clean)
        if not proposals:
            problems.append(Problem("buildings", "", REASON_NO_BUILDINGS))
        if problems:
            raise ValidationError(problems)
        label = f"{cleans[0].date.isoformat()} {cleans[0].title}"[:120]
        with self._station.write() as uow:
            made = []
            for clean in cleans:
                m = Meeting(**clean.columns(), series=label, updated_by=uow.operator.name)
                uow.session.add(m)
                made.append(m)
            uow.session.flush()
            uow.record_many([PendingEntry("meeting", str(m.id), "create", None, _audit(m)) for m in made])
            ids = [m.id for m in made if m.id is not None]  # every one: flushed, so numbered
        return [self.get(i) for i in ids]

    def update(self, meeting_id: int, data: MeetingInput, expected_version: int) -> MeetingRow:
        clean = validate_meeting(data, self.known_buildings())
        with self._station.write() as uow:
            m = uow.session.get(Meeting, meeting_id)
            if m is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No meeting with id {id}."), id=meeting_id)
            if m.version != expected_version or not claim_version(uow.session, m, expected_version):
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "changed by {who} at {at}: reload"),
                                    who=m.updated_by, at=m.updated_at)
            before = _audit(m)
            for k, v in clean.columns().items():
                setattr(m, k, v)
            m.version += 1
            m.updated_at, m.updated_by = now(), uow.operator.name
            uow.session.add(m)
            uow.record("meeting", meeting_id, "update", before, _audit(m))
        return self.get(meeting_id)

    def delete(self, meeting_id: int) -> None:
        """Remove a meeting and its attendance (the audit trail keeps both)."""
        with self._station.write() as uow:
            m = uow.session.get(Meeting, meeting_id)
            if m is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No meeting with id {id}."), id=meeting_id)
            a = table_of(MeetingAttendance).c
            came = uow.session.connection().execute(
                sa_select(func.count()).select_from(table_of(MeetingAttendance)).where(a.meeting_id == meeting_id)).scalar_one()
            uow.session.connection().execute(delete(table_of(MeetingAttendance)).where(a.meeting_id == meeting_id))
            uow.record("meeting", meeting_id, "delete", {**_audit(m), "attended": int(came)}, None)
            uow.session.delete(m)

    def set_attendance(self, meeting_id: int, household_id: int, mode: Mode | str | None,
                       proxy_name: str = "") -> AttendanceMark | None:
        """Mark one household present, by proxy, or (``None``/"absent") not there. One key press, one save."""
        return self.set_attendance_many(meeting_id, {household_id: (mode, proxy_name)}).get(household_id)

    def set_attendance_many(self, meeting_id: int,
                            marks: dict[int, tuple[Mode | str | None, str] | Mode | str | None]) -> dict[int, AttendanceMark]:
        """Several marks in one transaction; only invited households may be marked."""
        parsed: dict[int, tuple[Mode | None, str]] = {}
        problems: builtins.list[Problem] = []
        for hid, value in marks.items():
            mode, proxy = value if isinstance(value, tuple) else (value, "")
            text = str(mode.value if isinstance(mode, Mode) else (mode or "")).strip().lower()
            if text in ("", "absent", "none", "缺席"):
                parsed[hid] = (None, "")
            elif text in ("present", "到场", "本人", "1"):
                parsed[hid] = (Mode.PRESENT, "")
            elif text in ("proxy", "代签", "委托", "2"):
                parsed[hid] = (Mode.PROXY, squeezed(proxy))
            else:
                problems.append(Problem("mode", mode, REASON_MODE))
        if problems:
            raise ValidationError(problems)
        invited = set(self.invited_ids(meeting_id))
        outsiders = [hid for hid in parsed if hid not in invited]
        if outsiders:
            rows = self._station.households.rows_by_ids(outsiders)
            raise ValidationError([Problem("household", r.address, REASON_NOT_INVITED, {"address": r.address})
                                   for r in rows] or [Problem("household", outsiders[0], REASON_NOT_INVITED,
                                                              {"address": outsiders[0]})])
        result: dict[int, AttendanceMark] = {}
        with self._station.write() as uow:
            s = uow.session
            for hid, (mode, proxy) in parsed.items():
                old = s.get(MeetingAttendance, (meeting_id, hid))
                before = None if old is None else {"mode": old.mode, "proxy_name": old.proxy_name}
                if mode is None:
                    if old is not None:
                        s.delete(old)
                        uow.record("meeting_attendance", f"{meeting_id}:{hid}", "delete", before, None)
                    continue
                if old is None:
                    old = MeetingAttendance(meeting_id=meeting_id, household_id=hid)
                elif old.mode == mode.value and old.proxy_name == proxy:
                    result[hid] = AttendanceMark(hid, mode, proxy)
                    continue
                old.mode, old.proxy_name = mode.value, proxy
                old.recorded_at, old.recorded_by = now(), uow.operator.name
                s.add(old)
                uow.record("meeting_attendance", f"{meeting_id}:{hid}", "update" if before else "create",
                           before, {"mode": mode.value, "proxy_name": proxy})
                result[hid] = AttendanceMark(hid, mode, proxy)
        return result


def timeline_entries(station: Station, household_id: int) -> list[Any]:
    """Meetings the household came to, for its timeline."""
    out = []
    for meeting, mark in station.meetings.meetings_of_household(household_id):
        how = MODE_LABELS[mark.mode] + (f"（{mark.proxy_name}）" if mark.proxy_name else "")
        out.append(TimelineEntry(meeting.starts_at, "meeting", f"参加会议：{meeting.title}",
                                 f"{meeting.place}，{how}", household_id))
    return out
