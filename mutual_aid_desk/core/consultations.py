"""Consultations (咨询): who asked, what was asked and advised, and how it was handled.

A consultation is asked by a household or by a walk-in person (a name and a phone). It is open,
referred (to one of the station's partner organisations, a list kept in settings) or resolved; a
resolved one carries the date it was closed. An open or referred consultation whose follow-up date
has come is listed in the Due view next to the visits' follow-ups.
"""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, literal_column, select as sa_select

from mutual_aid_desk.core.masking import mask_name, mask_phones
from mutual_aid_desk.core.tabular import write_table
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.core.values import parse_datetime, parse_optional_date as parse_date, parse_phones
from mutual_aid_desk.core.visits import REASON_NO_HOUSEHOLD, DueItem
from mutual_aid_desk.core.vocabulary import Vocabulary
from mutual_aid_desk.db.portable import month_of
from mutual_aid_desk.db.tables import Consultation, Household
from mutual_aid_desk.db.tables.common import claim_version, now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ProblemList, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class Category(StrEnum):
    LEGAL = "legal"
    HEALTH = "health"
    POLICY = "policy"
    DISPUTE = "dispute"
    PROPERTY = "property"
    OTHER = "other"


CATEGORY_LABELS: dict[Category, str] = {
    Category.LEGAL: "法律",
    Category.HEALTH: "健康",
    Category.POLICY: "政策",
    Category.DISPUTE: "邻里纠纷",
    Category.PROPERTY: "物业管理",
    Category.OTHER: "其他",
}
CATEGORIES = Vocabulary(Category, CATEGORY_LABELS, {
    "neighbour dispute": Category.DISPUTE, "property management": Category.PROPERTY,
    "纠纷": Category.DISPUTE, "物业": Category.PROPERTY, "医疗": Category.HEALTH})


class ConsultationStatus(StrEnum):
    OPEN = "open"
    REFERRED = "referred"
    RESOLVED = "resolved"


STATUS_LABELS: dict[ConsultationStatus, str] = {
    ConsultationStatus.OPEN: "待处理",
    ConsultationStatus.REFERRED: "已转介",
    ConsultationStatus.RESOLVED: "已解决",
}
STATUSES = Vocabulary(ConsultationStatus, STATUS_LABELS, {
    "转介": ConsultationStatus.REFERRED, "解决": ConsultationStatus.RESOLVED, "处理中": ConsultationStatus.OPEN})

#: The station's partner organisations, a list of names in ``station.settings``.
PARTNERS_KEY = "consultations.partners"

REASON_CATEGORY = QT_TRANSLATE_NOOP("Problems", "the category is one of 法律, 健康, 政策, 邻里纠纷, 物业管理, 其他")
REASON_STATUS = QT_TRANSLATE_NOOP("Problems", "the status is one of 待处理, 已转介, 已解决 (open, referred, resolved)")
REASON_WHO = QT_TRANSLATE_NOOP("Problems", "name the household, or the name of the person who asked")
REASON_QUESTION = QT_TRANSLATE_NOOP("Problems", "write down what was asked")
REASON_PARTNER = QT_TRANSLATE_NOOP("Problems", "not one of the station's partner organisations: {partners}")
REASON_REFERRED_TO = QT_TRANSLATE_NOOP("Problems", "a referred consultation names the organisation it was referred to")
REASON_CLOSED_BEFORE = QT_TRANSLATE_NOOP("Problems", "the closing date is before the consultation")
REASON_FOLLOW_UP_BEFORE_ASKED = QT_TRANSLATE_NOOP("Problems", "the follow-up date is before the consultation")
REASON_PARTNER_NAME = QT_TRANSLATE_NOOP("Problems", "a partner organisation's name is 1 to 40 characters")
REASON_TOO_LONG = QT_TRANSLATE_NOOP("Problems", "too long (at most {limit} characters)")


def category_label(value: str) -> str:
    return CATEGORIES.label(value)


def status_label(value: str) -> str:
    return STATUSES.label(value)


def parse_category(value: str | None) -> Category:
    return CATEGORIES.parse(value, "category", REASON_CATEGORY)


def parse_consultation_status(value: str | None) -> ConsultationStatus | None:
    """The status a word names; None for a blank one (the status then follows from the input)."""
    return STATUSES.parse(value, "status", REASON_STATUS) if (value or "").strip() else None


@dataclass
class ConsultationInput:
    """A consultation as the form or the command line gives it.

    ``status`` None means: referred if ``referred_to`` is given, else open. Resolving without
    ``closed_on`` closes it today.
    """

    household_id: int | None = None
    address: str | None = None
    person_name: str = ""
    person_phone: str = ""
    asked_at: datetime | date | str | None = None
    category: str = "other"
    question: str = ""
    advice: str = ""
    handled_by: str | None = None
    referred_to: str = ""
    status: str | None = None
    follow_up: date | str | None = None
    closed_on: date | str | None = None


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    household_id: int | None
    address: str
    person_name: str
    person_phone: str
    asked_at: datetime
    category: str
    question: str
    advice: str
    handled_by: str
    referred_to: str
    status: str
    follow_up: date | None
    closed_on: date | None
    version: int
    head: str = ""  # the household's head, when a household asked

    @property
    def who(self) -> str:
        """The person who asked: the name given, else the household's head (the address only if neither)."""
        return self.person_name or self.head or self.address

    @property
    def who_and_where(self) -> str:
        """'张晓明（5-2-301）' for the list's 咨询人 column; a walk-in person's name alone."""
        return f"{self.who}（{self.address}）" if self.address and self.who != self.address else self.who

    @property
    def category_label(self) -> str:
        return category_label(self.category)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    def as_json(self, *, masked: bool = False) -> dict[str, Any]:
        return {"id": self.id, "address": self.address or None,
                "person_name": mask_name(self.person_name) if masked else self.person_name,
                "person_phone": mask_phones(self.person_phone) if masked else self.person_phone,
                "asked_at": self.asked_at.isoformat(sep=" ", timespec="minutes"), "category": self.category,
                "question": self.question, "advice": self.advice, "handled_by": self.handled_by,
                "referred_to": self.referred_to, "status": self.status,
                "follow_up": self.follow_up.isoformat() if self.follow_up else None,
                "closed_on": self.closed_on.isoformat() if self.closed_on else None}


@dataclass
class ConsultationStats:
    """Counts for one year: by category per month, totals, and how many were resolved or referred.

    ``by_month[m][category]`` for m in 1..12. ``resolved``/``referred`` count the year's
    consultations by their current status; ``referred_ever`` those that name a partner.
    """

    year: int
    by_month: dict[int, Counter[str]] = field(default_factory=dict)
    total: int = 0
    resolved: int = 0
    referred: int = 0
    open: int = 0
    referred_ever: int = 0

    def by_category(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for counts in self.by_month.values():
            out.update(counts)
        return out

    def as_json(self) -> dict[str, Any]:
        cats = [c.value for c in Category]
        return {"year": self.year, "total": self.total, "resolved": self.resolved, "referred": self.referred,
                "open": self.open, "referred_ever": self.referred_ever,
                "by_category": {c: self.by_category().get(c, 0) for c in cats},
                "by_month": {f"{self.year}-{m:02d}": {c: self.by_month[m].get(c, 0) for c in cats}
                             for m in range(1, 13)}}


def _columns() -> list[Any]:
    c, h = table_of(Consultation).c, table_of(Household).c
    return [c.id, c.household_id, h.address, c.person_name, c.person_phone, c.asked_at, c.category, c.question,
            c.advice, c.handled_by, c.referred_to, c.status, c.follow_up, c.closed_on, c.version, h.head]


def _to_row(r: Sequence[Any]) -> ConsultationRow:
    return ConsultationRow(r[0], r[1], r[2] or "", *r[3:-1], head=r[-1] or "")  # type: ignore[misc]  # r[3:-1] fills the fields up to head, in _columns' order


def consultation_json(c: Consultation) -> dict[str, Any]:
    return {"household_id": c.household_id, "person_name": c.person_name, "person_phone": c.person_phone,
            "asked_at": c.asked_at, "category": c.category, "question": c.question, "advice": c.advice,
            "handled_by": c.handled_by, "referred_to": c.referred_to, "status": c.status,
            "follow_up": c.follow_up, "closed_on": c.closed_on}


class ConsultationService:
    def __init__(self, station: Station):
        self._station = station

    # partners -------------------------------------------------------------------------------------

    def partners(self) -> list[str]:
        return self._station.settings.names(PARTNERS_KEY)

    def set_partners(self, names: Sequence[str]) -> None:
        """Replace the list of partner organisations (coordinators only)."""
        self._station.settings.set_names(PARTNERS_KEY, names, "partner", REASON_PARTNER_NAME, longest=40)

    # validating -----------------------------------------------------------------------------------

    def _clean(self, data: ConsultationInput) -> dict[str, Any]:
        problems = ProblemList()
        attempt = problems.attempt

        household_id = data.household_id
        if household_id is None and (data.address or "").strip():
            try:
                household_id = self._station.households.find(data.address or "").id
            except NotFound:
                problems.append(Problem("address", data.address, REASON_NO_HOUSEHOLD))
            except ValidationError as exc:
                problems.extend(exc.problems)
        name = (data.person_name or "").strip()
        phone = ""
        if (data.person_phone or "").strip():
            phones = attempt(parse_phones, data.person_phone, "person_phone")
            phone = ",".join(phones or [])
        if household_id is None and not name and not any(p.field == "address" for p in problems):
            problems.append(Problem("person_name", "", REASON_WHO))
        for label, value, limit in (("person_name", name, 40), ("question", data.question, 2000),
                                    ("advice", data.advice, 2000)):
            if len((value or "").strip()) > limit:
                problems.append(Problem(label, (value or "")[:20] + "…", REASON_TOO_LONG, {"limit": limit}))
        if not (data.question or "").strip():
            problems.append(Problem("question", "", REASON_QUESTION))
        asked_at = now() if data.asked_at in (None, "") else attempt(parse_datetime, data.asked_at, "asked_at")
        category = attempt(parse_category, data.category)
        status = attempt(parse_consultation_status, data.status)
        referred_to = (data.referred_to or "").strip()
        partners = self.partners()
        if referred_to and partners and referred_to not in partners:
            problems.append(Problem("referred_to", referred_to, REASON_PARTNER, {"partners": "、".join(partners)}))
        if status is None:
            status = ConsultationStatus.REFERRED if referred_to else ConsultationStatus.OPEN
        if status == ConsultationStatus.REFERRED and not referred_to:
            problems.append(Problem("referred_to", "", REASON_REFERRED_TO))
        follow_up = attempt(parse_date, data.follow_up, "follow_up")
        closed_on = attempt(parse_date, data.closed_on, "closed_on")
        if status == ConsultationStatus.RESOLVED and closed_on is None:
            closed_on = date.today()
        if status != ConsultationStatus.RESOLVED:
            closed_on = None
        if asked_at and closed_on and closed_on < asked_at.date():
            problems.append(Problem("closed_on", data.closed_on, REASON_CLOSED_BEFORE))
        if asked_at and follow_up and follow_up < asked_at.date():
            problems.append(Problem("follow_up", data.follow_up, REASON_FOLLOW_UP_BEFORE_ASKED))
        if problems:
            raise ValidationError(problems)
        assert category is not None, "a category refused left a problem"
        handled_by = (data.handled_by or "").strip() or (self._station.operator.name if self._station.operator else "")
        return {"household_id": household_id, "person_name": name, "person_phone": phone, "asked_at": asked_at,
                "category": category.value, "question": data.question.strip(), "advice": (data.advice or "").strip(),
                "handled_by": handled_by, "referred_to": referred_to, "status": status.value,
                "follow_up": follow_up, "closed_on": closed_on}

    # writing --------------------------------------------------------------------------------------

    def add(self, data: ConsultationInput) -> ConsultationRow:
        values = self._clean(data)
        with self._station.write() as uow:
            c = Consultation(**values, updated_by=uow.operator.name)
            uow.session.add(c)
            uow.session.flush()
            assert c.id is not None, "the flush gave the consultation its id"
            uow.record("consultation", c.id, "create", None, consultation_json(c))
            new_id = c.id
        return self.get(new_id)

    def update(self, consultation_id: int, data: ConsultationInput, expected_version: int) -> ConsultationRow:
        """Save an edit (advice added, referred, resolved) made on a copy loaded at ``expected_version``."""
        values = self._clean(data)
        with self._station.write() as uow:
            c = uow.session.get(Consultation, consultation_id)
            if c is None:
                raise NotFound(f"No consultation with id {consultation_id}.")
            if c.version != expected_version or not claim_version(uow.session, c, expected_version):
                raise ConflictError(f"This consultation was changed by {c.updated_by} at {c.updated_at:%Y-%m-%d %H:%M}: "
                                    "reload it and make your change again.")
            before = consultation_json(c)
            for k, v in values.items():
                setattr(c, k, v)
            c.version = expected_version + 1
            c.updated_at, c.updated_by = now(), uow.operator.name
            uow.session.add(c)
            uow.record("consultation", c.id, "update", before, consultation_json(c))
        return self.get(consultation_id)

    def resolve(self, consultation_id: int, *, on: date | None = None, advice: str | None = None) -> ConsultationRow:
        """Close a consultation (from the Due view): status resolved, closed today."""
        row = self.get(consultation_id)
        data = self.input_of(row)
        data.status, data.closed_on = ConsultationStatus.RESOLVED.value, on or date.today()
        if advice is not None:
            data.advice = advice
        return self.update(consultation_id, data, row.version)

    @staticmethod
    def input_of(row: ConsultationRow) -> ConsultationInput:
        return ConsultationInput(household_id=row.household_id, person_name=row.person_name,
                                 person_phone=row.person_phone, asked_at=row.asked_at, category=row.category,
                                 question=row.question, advice=row.advice, handled_by=row.handled_by,
                                 referred_to=row.referred_to, status=row.status, follow_up=row.follow_up,
                                 closed_on=row.closed_on)

    # reading --------------------------------------------------------------------------------------

    def _select(self) -> Any:
        c, h = table_of(Consultation), table_of(Household)
        return sa_select(*_columns()).select_from(c.outerjoin(h, h.c.id == c.c.household_id))

    def get(self, consultation_id: int) -> ConsultationRow:
        with self._station.read() as s:
            r = s.connection().execute(self._select().where(table_of(Consultation).c.id == consultation_id)).first()
        if r is None:
            raise NotFound(f"No consultation with id {consultation_id}.")
        return _to_row(r)

    def list(self, *, year: int | None = None, status: str | None = None, household_id: int | None = None,
             category: str | None = None, newest_first: bool = True) -> list[ConsultationRow]:
        c = table_of(Consultation).c
        stmt = self._select()
        if year is not None:
            stmt = stmt.where(c.asked_at >= datetime(year, 1, 1), c.asked_at < datetime(year + 1, 1, 1))
        if status:
            stmt = stmt.where(c.status == status)
        if household_id is not None:
            stmt = stmt.where(c.household_id == household_id)
        if category:
            stmt = stmt.where(c.category == category)
        stmt = stmt.order_by(c.asked_at.desc(), c.id.desc()) if newest_first else stmt.order_by(c.asked_at, c.id)
        with self._station.read() as s:
            return [_to_row(r) for r in s.connection().execute(stmt)]

    def timeline(self, household_id: int) -> builtins.list[TimelineEntry]:
        out = []
        for r in self.list(household_id=household_id):
            title = f"咨询 · {r.category_label} · {r.status_label}"
            detail = r.question
            if r.advice:
                detail += f"\n建议：{r.advice}"
            if r.referred_to:
                detail += f"\n转介：{r.referred_to}"
            out.append(TimelineEntry(r.asked_at, "consultation", title, detail, household_id))
        return out

    def _due_where(self, on: date) -> builtins.list[Any]:
        c = table_of(Consultation).c
        return [c.status.in_((ConsultationStatus.OPEN.value, ConsultationStatus.REFERRED.value)),
                c.follow_up.is_not(None), c.follow_up <= on]

    def due_items(self, on: date, handled_by: str | None = None) -> builtins.list[tuple[DueItem, str]]:
        """Open or referred consultations due on ``on`` or overdue, with a household sort key."""
        c, h = table_of(Consultation), table_of(Household)
        stmt = (sa_select(c.c.id, c.c.household_id, h.c.address, h.c.head, c.c.person_name, c.c.follow_up,
                          c.c.handled_by, c.c.category, c.c.question, h.c.sort_key)
                .select_from(c.outerjoin(h, h.c.id == c.c.household_id)).where(*self._due_where(on)))
        if handled_by:
            stmt = stmt.where(c.c.handled_by == handled_by)
        with self._station.read() as s:
            rows = s.connection().execute(stmt).all()
        return [(DueItem("consultation", r[0], r[1], r[2] or "", r[4] or r[3] or "", r[5],
                         (r[6],) if r[6] else (), category_label(r[7]), r[8]), r[9] or "") for r in rows]

    def due_count(self, on: date) -> int:
        with self._station.read() as s:
            return int(s.connection().execute(sa_select(func.count()).select_from(table_of(Consultation))
                                              .where(*self._due_where(on))).scalar_one())

    def stats(self, year: int) -> ConsultationStats:
        """Counts by category per month for ``year``, and how many were resolved or referred."""
        c = table_of(Consultation).c
        month = month_of(c.asked_at)
        referred = c.referred_to != literal_column("''")  # no bound parameter: the same text in GROUP BY
        stmt = (sa_select(month, c.category, c.status, referred, func.count())
                .where(c.asked_at >= datetime(year, 1, 1), c.asked_at < datetime(year + 1, 1, 1))
                .group_by(month, c.category, c.status, referred))
        stats = ConsultationStats(year, {m: Counter() for m in range(1, 13)})
        with self._station.read() as s:
            for m, category, status, referred, n in s.connection().execute(stmt):
                stats.by_month[int(m)][category] += n
                stats.total += n
                if status == ConsultationStatus.RESOLVED.value:
                    stats.resolved += n
                elif status == ConsultationStatus.REFERRED.value:
                    stats.referred += n
                else:
                    stats.open += n
                if referred:
                    stats.referred_ever += n
        return stats

    def export_stats(self, year: int, path: Path) -> None:
        """The year's statistics as XLSX (or CSV): one row per month, a column per category, totals."""
        st = self.stats(year)
        cats = list(Category)
        headers = ["月份", *(CATEGORY_LABELS[c] for c in cats), "合计"]
        rows: list[list[Any]] = []
        for m in range(1, 13):
            counts = st.by_month[m]
            rows.append([f"{year}-{m:02d}", *(counts.get(c.value, 0) for c in cats), sum(counts.values())])
        totals = st.by_category()
        rows.append(["全年", *(totals.get(c.value, 0) for c in cats), st.total])
        notes = (("年份 year", str(year)), ("合计 total", str(st.total)), ("已解决 resolved", str(st.resolved)),
                 ("已转介 referred", str(st.referred)), ("待处理 open", str(st.open)),
                 ("曾转介 ever referred", str(st.referred_ever)))
        write_table(Path(path), headers, rows, sheet=f"{year}年咨询统计", notes=notes)
