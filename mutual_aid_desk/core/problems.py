"""The problem ledger (问题台账): every problem raised, who has it, and how it ended.

A problem has a place (a household ``5-2-301``, a stairwell ``5-2``, a building ``5`` or a named
public place such as 小区东门), a category from the station's own list, what is wrong, who raised
it and through what (a visit, a night patrol, a stairwell sheet, a resident, a meeting), who it is
handed to (a volunteer, a partner organisation, the property company, the street office) and a
status: open, handed over, resolved or cannot be resolved (with the reason). Each change is a step
in its history (``problem_event``, append-only) and an entry in the audit trail.

An open or handed-over problem has a follow-up date (a week after it was opened unless given); from
that day on it is listed as due, like a visit's follow-up, until someone follows it up or closes it.
"""

from __future__ import annotations

import builtins
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select as sa_select

from mutual_aid_desk.core.addresses import normalise_text, parse_address
from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.tabular import write_table
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.core.values import parse_optional_date as parse_date
from mutual_aid_desk.core.vocabulary import Vocabulary
from mutual_aid_desk.db.tables import Household, ProblemEvent, ReportedProblem
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ProblemList, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

CATEGORIES_KEY = "problems.categories"
DEFAULT_CATEGORIES = ("消防安全", "环境卫生", "设施维修", "治安", "邻里纠纷", "物业管理", "其他")
FOLLOW_UP_DAYS = 7


class Source(StrEnum):
    VISIT = "visit"
    PATROL = "patrol"
    SHEET = "sheet"
    RESIDENT = "resident"
    MEETING = "meeting"


SOURCE_LABELS: dict[Source, str] = {
    Source.VISIT: "走访",
    Source.PATROL: "夜巡",
    Source.SHEET: "楼道监督表",
    Source.RESIDENT: "居民反映",
    Source.MEETING: "居民会议",
}
SOURCES = Vocabulary(Source, SOURCE_LABELS, {
    "巡逻": Source.PATROL, "监督表": Source.SHEET, "小本子": Source.SHEET, "居民": Source.RESIDENT, "会议": Source.MEETING})


class ProblemStatus(StrEnum):
    OPEN = "open"
    HANDED_OVER = "handed_over"
    RESOLVED = "resolved"
    UNRESOLVABLE = "unresolvable"


STATUS_LABELS: dict[ProblemStatus, str] = {
    ProblemStatus.OPEN: "待处理",
    ProblemStatus.HANDED_OVER: "已移交",
    ProblemStatus.RESOLVED: "已解决",
    ProblemStatus.UNRESOLVABLE: "无法解决",
}
STATUSES = Vocabulary(ProblemStatus, STATUS_LABELS, {"移交": ProblemStatus.HANDED_OVER, "解决": ProblemStatus.RESOLVED})
OPEN_STATUSES = (ProblemStatus.OPEN.value, ProblemStatus.HANDED_OVER.value)

HANDED_KIND_LABELS = {"volunteer": "志愿者", "partner": "合作单位", "property": "物业公司", "street": "街道"}
WHERE_KIND_LABELS = {"household": "住户", "stairwell": "楼道", "building": "楼栋", "place": "公共区域"}

REASON_WHERE = QT_TRANSLATE_NOOP("Problems", "say where: a household (5-2-301), a stairwell (5-2), a building (5) or a named place")
REASON_WHERE_UNKNOWN = QT_TRANSLATE_NOOP("Problems", "no household, stairwell or building of the station at this address")
REASON_PROBLEM_CATEGORY = QT_TRANSLATE_NOOP("Problems", "not one of the station's problem categories: {categories}")
REASON_PROBLEM_TEXT = QT_TRANSLATE_NOOP("Problems", "write down what the problem is (at most {limit} characters)")
REASON_SOURCE = QT_TRANSLATE_NOOP("Problems", "raised through one of 走访, 夜巡, 楼道监督表, 居民反映, 居民会议 (visit, patrol, sheet, resident, meeting)")
REASON_HANDED_TO = QT_TRANSLATE_NOOP("Problems", "hand it to a volunteer on the roster, a partner organisation, the property company (…物业…) or the street office (…街道…)")
REASON_PROBLEM_STATUS = QT_TRANSLATE_NOOP("Problems", "the status is one of 待处理, 已移交, 已解决, 无法解决 (open, handed_over, resolved, unresolvable)")
REASON_CLOSED = QT_TRANSLATE_NOOP("Problems", "this problem is already closed ({status})")
REASON_NOTE = QT_TRANSLATE_NOOP("Problems", "say how it was resolved, or why it cannot be (at most {limit} characters)")
REASON_CLOSE_BEFORE_OPEN = QT_TRANSLATE_NOOP("Problems", "the date is before the problem was opened")
REASON_RAISED_BY = QT_TRANSLATE_NOOP("Problems", "who raised it is at most 40 characters")
REASON_CATEGORY_NAME = QT_TRANSLATE_NOOP("Problems", "a category is 1 to 20 characters, and the list is not empty")

MAX_TEXT = 500
_ADDRESS_LIKE = re.compile(r"^[0-9A-Za-z-]+$")
_STAIRWELL_SPOKEN = re.compile(r"^([0-9A-Za-z]{1,6})(?:号楼|栋|幢)(?:([0-9A-Za-z]{1,6})单元)?$")


def source_label(value: str) -> str:
    return SOURCES.label(value)


def status_label(value: str) -> str:
    return STATUSES.label(value)


def parse_source(value: str | None) -> Source:
    """The source a word names; a blank one is a resident's report."""
    return SOURCES.parse(value, "source", REASON_SOURCE) if (value or "").strip() else Source.RESIDENT


def parse_problem_status(value: str | None) -> ProblemStatus | None:
    """The status a word names; None for a blank one."""
    return STATUSES.parse(value, "status", REASON_PROBLEM_STATUS) if (value or "").strip() else None


def stairwell_code(building: str, unit: str) -> str:
    """``5-2`` for building 5 unit 2; ``12`` for a building without units."""
    return f"{building}-{unit}" if unit else building


def stairwell_label(building: str, unit: str) -> str:
    """``5号楼2单元`` or ``12号楼``: how the stairwell is named on its sheet."""
    return f"{building}号楼{unit}单元" if unit else f"{building}号楼"


@dataclass(frozen=True)
class Where:
    kind: str  # household | stairwell | building | place
    text: str
    household_id: int | None = None
    building: str = ""
    unit: str = ""


@dataclass
class ProblemInput:
    """A problem as the form or the command line gives it. Blank dates: today, and a week later."""

    where: str = ""
    category: str = ""
    text: str = ""
    source: str = "resident"
    source_id: int | None = None
    raised_by: str = ""
    handed_to: str = ""
    opened_on: date | str | None = None
    follow_up: date | str | None = None


@dataclass(frozen=True)
class ProblemRow:
    id: int
    where_kind: str
    where: str
    household_id: int | None
    building: str
    unit: str
    category: str
    text: str
    raised_by: str
    source: str
    source_id: int | None
    handed_to: str
    handed_kind: str
    status: str
    note: str
    opened_on: date
    follow_up: date | None
    closed_on: date | None
    version: int

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def source_label(self) -> str:
        return source_label(self.source)

    @property
    def where_label(self) -> str:
        """How a person reads the place: 5-2-301, 5号楼2单元, 5号楼 or the place's name."""
        if self.where_kind == "stairwell":
            return stairwell_label(self.building, self.unit)
        if self.where_kind == "building":
            return f"{self.building}号楼"
        return self.where

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def handed_to_public(self) -> str:
        """Who had it, as a public notice shows it: a volunteer's name masked, organisations in full."""
        return mask_name(self.handed_to) if self.handed_kind == "volunteer" else self.handed_to

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "where": self.where, "category": self.category, "text": self.text,
                "source": self.source, "status": self.status, "opened": self.opened_on.isoformat(),
                "closed": self.closed_on.isoformat() if self.closed_on else None}


@dataclass(frozen=True)
class ProblemStep:
    at: datetime
    by: str
    action: str
    status: str
    note: str


ACTION_LABELS = {"opened": "登记", "handed_over": "移交", "followed_up": "跟进", "resolved": "解决",
                 "unresolvable": "无法解决"}


@dataclass
class StatsCell:
    opened: int = 0
    resolved: int = 0
    still_open: int = 0
    days: list[int] = field(default_factory=list)

    @property
    def median_days(self) -> float | None:
        if not self.days:
            return None
        m = statistics.median(self.days)
        return int(m) if float(m).is_integer() else float(m)

    def as_json(self) -> dict[str, Any]:
        return {"opened": self.opened, "resolved": self.resolved, "still_open": self.still_open,
                "median_days_to_resolve": self.median_days}


@dataclass
class ProblemStats:
    """A year's problems per category and month.

    For a month: ``opened`` were opened in it; ``resolved`` were resolved in it; ``still_open``
    were opened in it and are not closed yet; the median counts the days from opening to
    resolution of the problems resolved in it.
    """

    year: int
    categories: list[str]
    cells: dict[tuple[str, int], StatsCell]

    def cell(self, category: str, month: int) -> StatsCell:
        return self.cells.setdefault((category, month), StatsCell())

    def category_total(self, category: str) -> StatsCell:
        out = StatsCell()
        for m in range(1, 13):
            c = self.cells.get((category, m))
            if c:
                out.opened += c.opened
                out.resolved += c.resolved
                out.still_open += c.still_open
                out.days += c.days
        return out

    def month_total(self, month: int) -> StatsCell:
        out = StatsCell()
        for cat in self.categories:
            c = self.cells.get((cat, month))
            if c:
                out.opened += c.opened
                out.resolved += c.resolved
                out.still_open += c.still_open
                out.days += c.days
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "categories": [{"category": cat, **self.category_total(cat).as_json(),
                            "months": {f"{self.year}-{m:02d}": self.cell(cat, m).as_json() for m in range(1, 13)}}
                           for cat in self.categories],
        }


def _columns() -> list[Any]:
    p = table_of(ReportedProblem).c
    return [p.id, p.where_kind, p.where_text, p.household_id, p.building, p.unit, p.category, p.text, p.raised_by,
            p.source, p.source_id, p.handed_to, p.handed_kind, p.status, p.note, p.opened_on, p.follow_up,
            p.closed_on, p.version]


def problem_json(p: ReportedProblem) -> dict[str, Any]:
    """The fields the audit trail keeps for a problem."""
    return {"where": p.where_text, "category": p.category, "text": p.text, "raised_by": p.raised_by,
            "source": p.source, "source_id": p.source_id, "handed_to": p.handed_to, "status": p.status,
            "note": p.note, "opened_on": p.opened_on, "follow_up": p.follow_up, "closed_on": p.closed_on}


class ProblemService:
    def __init__(self, station: Station):
        self._station = station

    # the station's lists ----------------------------------------------------------------------------

    def categories(self) -> list[str]:
        return self._station.settings.names(CATEGORIES_KEY, DEFAULT_CATEGORIES)

    def set_categories(self, names: Sequence[str]) -> None:
        """Replace the category list (coordinators only); problems keep the category they were given."""
        self._station.settings.set_names(CATEGORIES_KEY, names, "category", REASON_CATEGORY_NAME, longest=20,
                                         fewest=1)

    def stairwells(self, building: str | None = None) -> list[tuple[str, str]]:
        """Every (building, unit) with live households, in natural order."""
        h = table_of(Household).c
        stmt = (sa_select(h.building, h.unit).where(h.archived_at.is_(None)).group_by(h.building, h.unit)
                .order_by(func.min(h.sort_key)))
        if building:
            stmt = stmt.where(h.building == building)
        with self._station.read() as s:
            return [(b, u) for b, u in s.connection().execute(stmt)]

    # parsing ----------------------------------------------------------------------------------------

    def parse_where(self, text: str | None, field_name: str = "where") -> Where:
        """A household, a stairwell, a building or a named public place, from what was typed."""
        raw = (text or "").strip()
        if not raw:
            raise ValidationError.single(field_name, text, REASON_WHERE)
        norm = normalise_text(raw).upper()
        try:
            row = self._station.households.find(raw)
            return Where("household", row.address, row.id, row.building, row.unit)
        except (NotFound, ValidationError):
            pass
        spoken = _STAIRWELL_SPOKEN.match(norm)
        parts = [p.lstrip("0") or "0" for p in norm.split("-")] if _ADDRESS_LIKE.match(norm) else []
        if spoken:
            parts = [spoken.group(1).lstrip("0") or "0"] + ([spoken.group(2).lstrip("0") or "0"] if spoken.group(2) else [])
        if parts and len(parts) <= 2:
            building = parts[0]
            units = {u for b, u in self.stairwells(building)}
            if len(parts) == 2 and parts[1] in units:
                return Where("stairwell", stairwell_code(building, parts[1]), None, building, parts[1])
            if len(parts) == 1 and units:
                if units == {""}:  # a building without units is one stairwell
                    return Where("stairwell", building, None, building, "")
                return Where("building", building, None, building, "")
        if parts or _ADDRESS_LIKE.match(norm):
            raise ValidationError.single(field_name, text, REASON_WHERE_UNKNOWN)
        if len(raw) > 40:
            raise ValidationError.single(field_name, raw[:20] + "…", REASON_WHERE)
        return Where("place", raw)

    def handed_kind(self, name: str) -> str:
        """volunteer, partner, property or street; raises for a name that is none of them."""
        name = (name or "").strip()
        if name in {v.name for v in self._station.volunteers.list()}:
            return "volunteer"
        if name in self._station.consultations.partners():
            return "partner"
        if "物业" in name:
            return "property"
        if any(w in name for w in ("街道", "居委", "社区")):
            return "street"
        raise ValidationError.single("handed_to", name, REASON_HANDED_TO)

    def _category(self, value: str | None) -> str:
        cats = self.categories()
        v = (value or "").strip()
        if v not in cats:
            raise ValidationError.single("category", value, REASON_PROBLEM_CATEGORY, categories="、".join(cats))
        return v

    def validate(self, data: ProblemInput) -> dict[str, Any]:
        problems = ProblemList()
        attempt = problems.attempt

        where = attempt(self.parse_where, data.where)
        category = attempt(self._category, data.category)
        text = (data.text or "").strip()
        if not text or len(text) > MAX_TEXT:
            problems.append(Problem("text", text[:20], REASON_PROBLEM_TEXT, {"limit": MAX_TEXT}))
        source = attempt(parse_source, data.source)
        handed_to = (data.handed_to or "").strip()
        kind = attempt(self.handed_kind, handed_to) if handed_to else ""
        opened_on = attempt(parse_date, data.opened_on, "opened_on") or date.today()
        follow_up = attempt(parse_date, data.follow_up, "follow_up") or opened_on + timedelta(days=FOLLOW_UP_DAYS)
        raised_by = (data.raised_by or "").strip() or (self._station.operator.name if self._station.operator else "")
        if len(raised_by) > 40:
            problems.append(Problem("raised_by", raised_by[:20] + "…", REASON_RAISED_BY))
        if problems:
            raise ValidationError(problems)
        assert where is not None and source is not None, "a value refused left a problem"
        return {"where_kind": where.kind, "where_text": where.text, "household_id": where.household_id,
                "building": where.building, "unit": where.unit, "category": category, "text": text,
                "raised_by": raised_by, "source": source.value, "source_id": data.source_id, "handed_to": handed_to,
                "handed_kind": kind or "",
                "status": ProblemStatus.HANDED_OVER.value if handed_to else ProblemStatus.OPEN.value,
                "note": "", "opened_on": opened_on, "follow_up": follow_up, "closed_on": None}

    # writing ----------------------------------------------------------------------------------------

    def add(self, data: ProblemInput) -> ProblemRow:
        values = self.validate(data)
        with self._station.write() as uow:
            new_id = self.add_in(uow, values)
        return self.get(new_id)

    def add_from_visit(self, visit_id: int, category: str, text: str, *, handed_to: str = "",
                       follow_up: date | str | None = None) -> ProblemRow:
        """A problem a visit found at the household it visited, dated the day of the visit."""
        visit = self._station.visits.get(visit_id)
        return self.add(ProblemInput(where=visit.address, category=category, text=text, source=Source.VISIT.value,
                                     source_id=visit.id, raised_by="、".join(visit.volunteers), handed_to=handed_to,
                                     opened_on=visit.visited_at.date(), follow_up=follow_up))

    def note_export(self, kind: str, file: str, detail: dict[str, Any]) -> None:
        """Record a printout or export of the ledger's routines in the audit trail."""
        with self._station.write() as uow:
            uow.record("problem_export", kind, "export", None, {"file": file, **detail})

    def add_in(self, uow: Any, values: dict[str, Any]) -> int:
        """Insert a validated problem inside the caller's unit of work (a patrol and its findings)."""
        p = ReportedProblem(**values, updated_by=uow.operator.name)
        uow.session.add(p)
        uow.session.flush()
        assert p.id is not None, "the flush gave the problem its id"
        note = f"移交：{p.handed_to}" if p.handed_to else ""
        uow.session.add(ProblemEvent(problem_id=p.id, by=uow.operator.name, action="opened", status=p.status, note=note))
        uow.record("problem", p.id, "create", None, problem_json(p))
        return p.id

    def _change(self, problem_id: int, action: str, *, expected_version: int | None, event_note: str = "",
                **fields: Any) -> ProblemRow:
        """One step of an open problem: change ``fields``, add the history step and the audit entry."""
        with self._station.write() as uow:
            p = uow.session.get(ReportedProblem, problem_id)
            if p is None:
                raise NotFound(f"No problem with id {problem_id}.")
            if expected_version is not None and p.version != expected_version:
                raise ConflictError(f"This problem was changed by {p.updated_by} at {p.updated_at:%Y-%m-%d %H:%M}: "
                                    "reload it and make your change again.")
            if p.status not in OPEN_STATUSES:
                raise ValidationError.single("status", status_label(p.status), REASON_CLOSED,
                                             status=status_label(p.status))
            closed_on = fields.get("closed_on")
            if closed_on is not None and closed_on < p.opened_on:
                raise ValidationError.single("closed_on", closed_on, REASON_CLOSE_BEFORE_OPEN)
            before = problem_json(p)
            for k, v in fields.items():
                setattr(p, k, v)
            p.version += 1
            p.updated_at, p.updated_by = now(), uow.operator.name
            uow.session.add(p)
            uow.session.add(ProblemEvent(problem_id=problem_id, by=uow.operator.name, action=action, status=p.status,
                                         note=event_note))
            uow.record("problem", p.id, action, before, problem_json(p))
        return self.get(problem_id)

    def hand_over(self, problem_id: int, to: str, *, note: str = "", follow_up: date | str | None = None,
                  expected_version: int | None = None) -> ProblemRow:
        to = (to or "").strip()
        kind = self.handed_kind(to)
        due = parse_date(follow_up, "follow_up") or date.today() + timedelta(days=FOLLOW_UP_DAYS)
        note = self._note(note)
        return self._change(problem_id, "handed_over", expected_version=expected_version,
                            event_note=f"移交：{to}" + (f"；{note}" if note else ""),
                            handed_to=to, handed_kind=kind, status=ProblemStatus.HANDED_OVER.value, follow_up=due)

    def follow_up(self, problem_id: int, note: str, *, next_date: date | str | None = None,
                  expected_version: int | None = None) -> ProblemRow:
        """Record a follow-up (a call, a look) and set when to look again (a week by default)."""
        due = parse_date(next_date, "follow_up") or date.today() + timedelta(days=FOLLOW_UP_DAYS)
        return self._change(problem_id, "followed_up", expected_version=expected_version,
                            event_note=self._note(note, required=True), follow_up=due)

    def resolve(self, problem_id: int, note: str, *, on: date | str | None = None,
                expected_version: int | None = None) -> ProblemRow:
        """Close a problem as resolved, saying how (the note is what the public notice prints)."""
        note = self._note(note, required=True)
        day = parse_date(on, "closed_on") or date.today()
        return self._change(problem_id, "resolved", expected_version=expected_version, event_note=note,
                            status=ProblemStatus.RESOLVED.value, note=note, closed_on=day, follow_up=None)

    def cannot_resolve(self, problem_id: int, reason: str, *, on: date | str | None = None,
                       expected_version: int | None = None) -> ProblemRow:
        """Close a problem that cannot be resolved, with the reason."""
        reason = self._note(reason, required=True)
        day = parse_date(on, "closed_on") or date.today()
        return self._change(problem_id, "unresolvable", expected_version=expected_version, event_note=reason,
                            status=ProblemStatus.UNRESOLVABLE.value, note=reason, closed_on=day, follow_up=None)

    @staticmethod
    def _note(note: str | None, *, required: bool = False) -> str:
        n = (note or "").strip()
        if (required and not n) or len(n) > MAX_TEXT:
            raise ValidationError.single("note", n[:20], REASON_NOTE, limit=MAX_TEXT)
        return n

    # reading ----------------------------------------------------------------------------------------

    def get(self, problem_id: int) -> ProblemRow:
        p = table_of(ReportedProblem).c
        with self._station.read() as s:
            r = s.connection().execute(sa_select(*_columns()).where(p.id == problem_id)).first()
        if r is None:
            raise NotFound(f"No problem with id {problem_id}.")
        return ProblemRow(*r)

    def list(self, *, status: str | None = None, category: str | None = None, where: str | None = None,
             household_id: int | None = None, source: str | None = None, opened_from: date | None = None,
             opened_to: date | None = None, closed_from: date | None = None, closed_to: date | None = None,
             limit: int | None = None) -> list[ProblemRow]:
        """Problems, newest first. ``where`` "5" keeps building 5, "5-2" its stairwell 2 (and the
        households in them); other text keeps places whose name contains it."""
        p = table_of(ReportedProblem).c
        stmt = sa_select(*_columns())
        st = parse_problem_status(status)
        if st is not None:
            stmt = stmt.where(p.status == st.value)
        if category:
            stmt = stmt.where(p.category == category.strip())
        if household_id is not None:
            stmt = stmt.where(p.household_id == household_id)
        if source:
            stmt = stmt.where(p.source == parse_source(source).value)
        if where:
            norm = normalise_text(where).upper()
            parts = norm.split("-") if _ADDRESS_LIKE.match(norm) else []
            if len(parts) == 1:
                stmt = stmt.where(p.building == parts[0])
            elif len(parts) == 2:
                stmt = stmt.where(or_(p.where_text == norm, (p.building == parts[0]) & (p.unit == parts[1])))
            elif len(parts) == 3:
                stmt = stmt.where(p.where_text == str(parse_address(norm)))
            else:
                stmt = stmt.where(p.where_text.contains(where.strip(), autoescape=True))
        for column, lo, hi in ((p.opened_on, opened_from, opened_to), (p.closed_on, closed_from, closed_to)):
            if lo is not None:
                stmt = stmt.where(column >= lo)
            if hi is not None:
                stmt = stmt.where(column <= hi)
        stmt = stmt.order_by(p.opened_on.desc(), p.id.desc())
        if limit:
            stmt = stmt.limit(limit)
        with self._station.read() as s:
            return [ProblemRow(*r) for r in s.connection().execute(stmt)]

    def history(self, problem_id: int) -> builtins.list[ProblemStep]:
        e = table_of(ProblemEvent).c
        with self._station.read() as s:
            rows = s.connection().execute(sa_select(e.at, e.by, e.action, e.status, e.note)
                                          .where(e.problem_id == problem_id).order_by(e.id)).all()
        return [ProblemStep(*r) for r in rows]

    def due(self, on: date | None = None) -> builtins.list[ProblemRow]:
        """Open or handed-over problems whose follow-up date has come, oldest date first."""
        on = on or date.today()
        p = table_of(ReportedProblem).c
        stmt = (sa_select(*_columns()).where(p.status.in_(OPEN_STATUSES), p.follow_up.is_not(None), p.follow_up <= on)
                .order_by(p.follow_up, p.id))
        with self._station.read() as s:
            return [ProblemRow(*r) for r in s.connection().execute(stmt)]

    def household_entries(self, household_id: int) -> builtins.list[TimelineEntry]:
        """The timeline provider: a household's problems, as of when they were opened."""
        p = table_of(ReportedProblem).c
        with self._station.read() as s:
            created = dict(s.connection().execute(sa_select(p.id, p.created_at).where(p.household_id == household_id)).all())
        out = []
        for r in self.list(household_id=household_id):
            title = f"问题 #{r.id} · {r.category} · {r.status_label}"
            detail = f"{r.text}（{r.source_label}）"
            if r.handed_to:
                detail += f"\n移交：{r.handed_to}"
            if r.note:
                detail += f"\n结果：{r.note}"
            # Opened today: when it was written down; opened on an earlier day: that day.
            at = created.get(r.id)
            when = at if at is not None and at.date() == r.opened_on else datetime.combine(r.opened_on, datetime.min.time())
            out.append(TimelineEntry(when, "problem", title, detail, household_id, r.id))
        return out

    def stats(self, year: int) -> ProblemStats:
        """Per category and month of ``year``: opened, resolved, still open, median days to resolve."""
        p = table_of(ReportedProblem).c
        start, end = date(year, 1, 1), date(year, 12, 31)
        stmt = (sa_select(p.category, p.status, p.opened_on, p.closed_on)
                .where(or_(p.opened_on.between(start, end), p.closed_on.between(start, end))))
        cats = self.categories()
        stats = ProblemStats(year, list(cats), {})
        with self._station.read() as s:
            rows = s.connection().execute(stmt).all()
        for category, status, opened, closed in rows:
            if category not in stats.categories:
                stats.categories.append(category)
            if start <= opened <= end:
                cell = stats.cell(category, opened.month)
                cell.opened += 1
                if status in OPEN_STATUSES:
                    cell.still_open += 1
            if status == ProblemStatus.RESOLVED.value and closed is not None and start <= closed <= end:
                cell = stats.cell(category, closed.month)
                cell.resolved += 1
                cell.days.append((closed - opened).days)
        return stats

    def export_stats(self, year: int, path: Path) -> None:
        """The year's statistics as XLSX (or CSV): one row per category and month."""
        st = self.stats(year)
        rows: list[list[Any]] = []
        for cat in st.categories:
            for m in range(1, 13):
                c = st.cell(cat, m)
                rows.append([cat, f"{year}-{m:02d}", c.opened, c.resolved, c.still_open,
                             "" if c.median_days is None else c.median_days])
            t = st.category_total(cat)
            rows.append([cat, "全年", t.opened, t.resolved, t.still_open, "" if t.median_days is None else t.median_days])
        write_table(Path(path), ["类别", "月份", "新增", "解决", "仍未解决", "解决天数中位数"], rows,
                    sheet=f"{year}年问题统计", notes=(("年份 year", str(year)),))

    def resolved_for_notice(self, since: date, until: date) -> builtins.list[ProblemRow]:
        """Problems resolved between two dates, oldest first: what the public notice lists."""
        rows = self.list(status=ProblemStatus.RESOLVED.value, closed_from=since, closed_to=until)
        return sorted(rows, key=lambda r: (r.closed_on or r.opened_on, r.id))
