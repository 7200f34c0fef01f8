"""Door-to-door visits: recording them one by one or a whole walk list at once, importing them,
listing them, and the follow-ups they leave behind.

A visit may name a follow-up date. That follow-up is *due* from its date on until it is closed:
by a later visit to the same household that reached someone (any outcome but "not home"), or by
marking it done in the Due view. The Due view also lists open consultations whose follow-up date
has come (``core/consultations.py``), and ``due_count()`` is what the app shows at start-up.
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select as sa_select, update

from mutual_aid_desk.core.addresses import parse_address
from mutual_aid_desk.core.audit import PendingEntry
from mutual_aid_desk.core.tabular import REASON_EMPTY, Column, read_table
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.core.values import parse_datetime, parse_optional_date
from mutual_aid_desk.db.portable import group_concat
from mutual_aid_desk.db.tables import Household, Visit, VisitRevision, VisitVolunteer, Volunteer
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class Outcome(StrEnum):
    MET = "met"
    NOT_HOME = "not_home"
    REFUSED = "refused"
    DONE = "done"


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.MET: "见到",
    Outcome.NOT_HOME: "不在家",
    Outcome.REFUSED: "拒绝",
    Outcome.DONE: "已完成",
}
#: One key per outcome, the same in evening entry and in bulk re-entry.
OUTCOME_KEYS: dict[str, Outcome] = {"1": Outcome.MET, "2": Outcome.NOT_HOME, "3": Outcome.REFUSED, "4": Outcome.DONE}
_OUTCOME_WORDS: dict[str, Outcome] = {
    **{o.value: o for o in Outcome},
    **{label: o for o, label in OUTCOME_LABELS.items()},
    **OUTCOME_KEYS,
    "not home": Outcome.NOT_HOME, "nothome": Outcome.NOT_HOME, "见面": Outcome.MET, "已见": Outcome.MET,
    "无人": Outcome.NOT_HOME, "没人": Outcome.NOT_HOME, "拒访": Outcome.REFUSED, "完成": Outcome.DONE,
}


class Purpose(StrEnum):
    GENERAL = "general"
    VOTE = "vote"
    FUNDRAISING = "fundraising"
    CONSULTATION = "consultation_follow_up"
    SAFETY = "safety_check"


PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.GENERAL: "日常走访",
    Purpose.VOTE: "投票征询",
    Purpose.FUNDRAISING: "众筹收款",
    Purpose.CONSULTATION: "咨询回访",
    Purpose.SAFETY: "安全检查",
}
_PURPOSE_WORDS: dict[str, Purpose] = {
    **{p.value: p for p in Purpose},
    **{label: p for p, label in PURPOSE_LABELS.items()},
    "一般": Purpose.GENERAL, "走访": Purpose.GENERAL, "日常": Purpose.GENERAL, "投票": Purpose.VOTE,
    "征询": Purpose.VOTE, "众筹": Purpose.FUNDRAISING, "筹款": Purpose.FUNDRAISING, "募捐": Purpose.FUNDRAISING,
    "回访": Purpose.CONSULTATION, "咨询": Purpose.CONSULTATION, "安全": Purpose.SAFETY,
    "consultation follow-up": Purpose.CONSULTATION, "safety check": Purpose.SAFETY,
}
#: The station's own purposes: a list of strings in ``station.settings``.
CUSTOM_PURPOSES_KEY = "visits.custom_purposes"

REASON_OUTCOME = QT_TRANSLATE_NOOP("Problems", "the outcome is one of 见到, 不在家, 拒绝, 已完成 (met, not home, refused, done)")
REASON_PURPOSE = QT_TRANSLATE_NOOP("Problems", "not a visit purpose: use 日常走访, 投票征询, 众筹收款, 咨询回访, 安全检查 or one of the station's own ({custom})")
REASON_FUTURE = QT_TRANSLATE_NOOP("Problems", "a visit cannot be recorded for a day that has not come yet")
REASON_FOLLOW_UP_BEFORE = QT_TRANSLATE_NOOP("Problems", "the follow-up date is before the visit")
REASON_VOLUNTEER = QT_TRANSLATE_NOOP("Problems", "not on the volunteer roster: {names}")
REASON_NO_VOLUNTEER = QT_TRANSLATE_NOOP("Problems", "name at least one volunteer")
REASON_NO_HOUSEHOLD = QT_TRANSLATE_NOOP("Problems", "no household at this address")
REASON_NOTES = QT_TRANSLATE_NOOP("Problems", "the notes are too long (at most 1000 characters)")
REASON_PURPOSE_TEXT = QT_TRANSLATE_NOOP("Problems", "a purpose is 1 to 20 characters")

REASON_WHY = QT_TRANSLATE_NOOP("Problems", "say why, in a few words (at most 200 characters)")
REASON_VOIDED = QT_TRANSLATE_NOOP("Problems", "this visit was voided: it cannot be amended")
REASON_ALREADY_VOIDED = QT_TRANSLATE_NOOP("Problems", "this visit was already voided")
REASON_NO_CHANGE = QT_TRANSLATE_NOOP("Problems", "nothing was changed")
CHANGED_BY = QT_TRANSLATE_NOOP("Errors", "changed by {who} at {at}: reload")

MAX_NOTES = 1000
MAX_REASON = 200
_NAME_SPLIT = re.compile(r"[,，;；/、\s]+")


def outcome_label(outcome: str) -> str:
    try:
        return OUTCOME_LABELS[Outcome(outcome)]
    except ValueError:
        return outcome


def purpose_label(purpose: str) -> str:
    """The Chinese label of a built-in purpose, or a station's own purpose as it was typed."""
    try:
        return PURPOSE_LABELS[Purpose(purpose)]
    except ValueError:
        return purpose


def parse_outcome(value: str | None, field_name: str = "outcome") -> Outcome:
    key = (value or "").strip().lower()
    outcome = _OUTCOME_WORDS.get(key)
    if outcome is None:
        raise ValidationError.single(field_name, value, REASON_OUTCOME)
    return outcome


def parse_purpose(value: str | None, custom: Sequence[str] = (), field_name: str = "purpose") -> str:
    """A built-in purpose key, or one of the station's own purposes as stored; blank → general."""
    text_ = (value or "").strip()
    if not text_:
        return Purpose.GENERAL.value
    builtin = _PURPOSE_WORDS.get(text_.lower())
    if builtin is not None:
        return builtin.value
    if text_ in custom:
        return text_
    raise ValidationError.single(field_name, value, REASON_PURPOSE, custom="、".join(custom) or "—")


def split_names(value: str | Iterable[str] | None) -> list[str]:
    parts = _NAME_SPLIT.split(value) if isinstance(value, str) else list(value or [])
    names: list[str] = []
    for p in parts:
        p = p.strip()
        if p and p not in names:
            names.append(p)
    return names


@dataclass
class VisitInput:
    """A visit as a form, an import row or the command line gives it.

    ``household_id`` or ``address`` names the household. ``volunteers`` empty means the operator;
    ``visited_at`` None means now.
    """

    household_id: int | None = None
    address: str | None = None
    volunteers: Sequence[str] = ()
    visited_at: datetime | date | str | None = None
    purpose: str | None = None
    outcome: str | None = None
    notes: str = ""
    follow_up: date | str | None = None


@dataclass(frozen=True)
class CleanVisit:
    household_id: int
    volunteer_ids: tuple[int, ...]
    visited_at: datetime
    purpose: str
    outcome: str
    notes: str
    follow_up: date | None


@dataclass(frozen=True)
class VisitRow:
    """One visit, ready to show."""

    id: int
    household_id: int
    address: str
    head: str
    visited_at: datetime
    volunteers: tuple[str, ...]
    purpose: str
    outcome: str
    notes: str
    follow_up: date | None
    follow_up_done: bool
    version: int
    voided: bool = False
    void_reason: str = ""

    @property
    def purpose_label(self) -> str:
        return purpose_label(self.purpose)

    @property
    def outcome_label(self) -> str:
        return outcome_label(self.outcome)

    def as_json(self) -> dict[str, Any]:
        return {"address": self.address, "date": self.visited_at.date().isoformat(),
                "time": self.visited_at.strftime("%H:%M"), "volunteers": list(self.volunteers),
                "purpose": self.purpose, "outcome": self.outcome, "notes": self.notes,
                "follow_up": self.follow_up.isoformat() if self.follow_up else None,
                "id": self.id, "voided": self.voided, **({"void_reason": self.void_reason} if self.voided else {})}


def visit_json(v: CleanVisit, volunteers: Sequence[str], address: str = "") -> dict[str, Any]:
    """The fields the audit trail keeps for a visit."""
    return {"household_id": v.household_id, "address": address, "visited_at": v.visited_at,
            "volunteers": list(volunteers), "purpose": v.purpose, "outcome": v.outcome, "notes": v.notes,
            "follow_up": v.follow_up}


@dataclass(frozen=True)
class DueItem:
    """One follow-up that is due: a visit's follow-up or an open consultation's."""

    kind: str  # "visit" | "consultation"
    record_id: int
    household_id: int | None
    address: str  # "" for a walk-in person
    who: str  # head of household, or the walk-in person
    due: date
    volunteers: tuple[str, ...]
    subject: str  # purpose or category label
    notes: str

    def days_overdue(self, on: date) -> int:
        return (on - self.due).days

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.record_id, "address": self.address, "who": self.who,
                "due": self.due.isoformat(), "volunteers": list(self.volunteers), "subject": self.subject,
                "notes": self.notes}


def _volunteers_column() -> Any:
    """A visit's volunteers' names joined by "," (unordered), as a correlated subquery on ``visit``."""
    vv, vo = table_of(VisitVolunteer), table_of(Volunteer)
    return (sa_select(group_concat(vo.c.name, ",")).select_from(vv.join(vo, vo.c.id == vv.c.volunteer_id))
            .where(vv.c.visit_id == table_of(Visit).c.id).scalar_subquery())


def _visit_columns() -> list[Any]:
    v, h = table_of(Visit).c, table_of(Household).c
    return [v.id, v.household_id, h.address, h.head, v.visited_at, _volunteers_column(), v.purpose, v.outcome,
            v.notes, v.follow_up, v.follow_up_done_at, v.version, v.voided_at, v.void_reason]


def _to_row(r: Sequence[Any]) -> VisitRow:
    vols = tuple(sorted(r[5].split(","))) if r[5] else ()
    return VisitRow(r[0], r[1], r[2], r[3], r[4], vols, r[6], r[7], r[8], r[9], r[10] is not None, r[11],
                    r[12] is not None, r[13] or "")


@dataclass(frozen=True)
class VisitRevisionRow:
    """One earlier state of a visit, kept when it was amended or voided."""

    revision: int
    action: str  # amend | void
    before: dict[str, Any]
    reason: str
    revised_by: str
    revised_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"revision": self.revision, "action": self.action, "before": self.before, "reason": self.reason,
                "by": self.revised_by, "at": self.revised_at.isoformat(sep=" ")}


def _check_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON:
        raise ValidationError.single("reason", reason, REASON_WHY)
    return reason


def _json_safe(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat(sep=" ") if isinstance(v, datetime) else v.isoformat() if isinstance(v, date) else v)
            for k, v in data.items()}


# --- importing ------------------------------------------------------------------------------------

IMPORT_COLUMNS = (
    Column("address", ("地址", "门牌", "房号", "户号", "住户")),
    Column("date", ("日期", "走访日期", "走访时间", "时间", "visited", "visited_at")),
    Column("volunteer", ("志愿者", "走访人", "走访志愿者", "volunteers", "经办人")),
    Column("purpose", ("目的", "走访目的", "事由")),
    Column("outcome", ("结果", "走访结果", "情况")),
    Column("notes", ("备注", "说明", "note", "记录")),
    Column("follow_up", ("回访日期", "跟进日期", "下次走访", "回访", "followup", "follow-up")),
)
IMPORT_REQUIRED = (("address", "date", "outcome"),)
REASON_DUPLICATE_ROW = QT_TRANSLATE_NOOP("Problems", "the same visit as row {row}")


@dataclass
class VisitImportPlan:
    """What an import would write: new visits, and rows already recorded (skipped)."""

    path: Path
    new: list[tuple[int, CleanVisit, tuple[str, ...]]] = field(default_factory=list)
    already: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.new)} visits added, {len(self.already)} already recorded"


class VisitService:
    """Visits and their follow-ups for one station."""

    def __init__(self, station: Station):
        self._station = station

    # purposes -------------------------------------------------------------------------------------

    def custom_purposes(self) -> list[str]:
        return list(self._station.settings.value(CUSTOM_PURPOSES_KEY, []) or [])

    def set_custom_purposes(self, purposes: Sequence[str]) -> None:
        """Replace the station's own purposes (coordinators only)."""
        clean: list[str] = []
        for p in purposes:
            p = (p or "").strip()
            if not 1 <= len(p) <= 20 or p.lower() in _PURPOSE_WORDS:
                raise ValidationError.single("purpose", p, REASON_PURPOSE_TEXT)
            if p not in clean:
                clean.append(p)
        self._station.settings.set_value(CUSTOM_PURPOSES_KEY, clean)

    def purposes(self) -> list[tuple[str, str]]:
        """(key, label) for every purpose: the built-in ones, then the station's own."""
        return [(p.value, PURPOSE_LABELS[p]) for p in Purpose] + [(c, c) for c in self.custom_purposes()]

    # validating -----------------------------------------------------------------------------------

    def _volunteer_ids(self) -> dict[str, int]:
        with self._station.read() as s:
            return dict(s.connection().execute(sa_select(table_of(Volunteer).c.name, table_of(Volunteer).c.id)).all())

    def _validate(self, data: VisitInput, *, volunteer_ids: dict[str, int], addresses: dict[str, int] | None,
                  custom: Sequence[str], today: date, row: int | None = None,
                  columns: dict[str, str] | None = None) -> CleanVisit:
        """Check one visit; raises ValidationError with every problem (``row``/``columns`` for imports)."""
        columns = columns or {}
        problems: list[Problem] = []

        def problem(name: str, value: Any, reason: str, **params: Any) -> None:
            problems.append(Problem(columns.get(name, name), value, reason, params, row=row))

        def collect(exc: ValidationError, name: str) -> None:
            for p in exc.problems:
                problems.append(Problem(columns.get(name, name), p.value, p.reason, p.params, row=row))

        household_id = data.household_id
        if household_id is None:
            try:
                address = str(parse_address(data.address or ""))
                if addresses is not None:
                    household_id = addresses.get(address)
                    if household_id is None:
                        problem("address", data.address, REASON_NO_HOUSEHOLD)
                else:
                    try:
                        household_id = self._station.households.find(address).id
                    except NotFound:
                        problem("address", data.address, REASON_NO_HOUSEHOLD)
            except ValidationError as exc:
                collect(exc, "address")

        names = split_names(data.volunteers)
        if not names and self._station.operator is not None:
            names = [self._station.operator.name]
        vol_ids: list[int] = []
        if not names:
            problem("volunteer", "", REASON_NO_VOLUNTEER)
        else:
            missing = [n for n in names if n not in volunteer_ids]
            if missing:
                problem("volunteer", ",".join(names), REASON_VOLUNTEER, names="、".join(missing))
            vol_ids = [volunteer_ids[n] for n in names if n in volunteer_ids]

        visited_at: datetime | None = None
        if data.visited_at is None or (isinstance(data.visited_at, str) and not data.visited_at.strip()):
            visited_at = now()
        else:
            try:
                visited_at = parse_datetime(data.visited_at)
                if visited_at.date() > today:
                    problem("date", data.visited_at, REASON_FUTURE)
            except ValidationError as exc:
                collect(exc, "date")

        purpose = outcome = ""
        try:
            purpose = parse_purpose(data.purpose, custom)
        except ValidationError as exc:
            collect(exc, "purpose")
        try:
            outcome = parse_outcome(data.outcome).value
        except ValidationError as exc:
            collect(exc, "outcome")
        notes = (data.notes or "").strip()
        if len(notes) > MAX_NOTES:
            problem("notes", notes[:20] + "…", REASON_NOTES)
        follow_up: date | None = None
        try:
            follow_up = parse_optional_date(data.follow_up, "follow_up")
            if follow_up and visited_at and follow_up < visited_at.date():
                problem("follow_up", data.follow_up, REASON_FOLLOW_UP_BEFORE)
        except ValidationError as exc:
            collect(exc, "follow_up")
        if problems:
            raise ValidationError(problems)
        assert household_id is not None and visited_at is not None
        return CleanVisit(household_id, tuple(vol_ids), visited_at, purpose, outcome, notes, follow_up)

    def validate(self, data: VisitInput) -> CleanVisit:
        return self._validate(data, volunteer_ids=self._volunteer_ids(), addresses=None,
                              custom=self.custom_purposes(), today=date.today())

    # writing --------------------------------------------------------------------------------------

    def record(self, data: VisitInput) -> VisitRow:
        """Record one visit (the evening entry form, the command line)."""
        return self.get(self.record_many([data])[0])

    def record_many(self, visits: Sequence[VisitInput]) -> list[int]:
        """Record visits in one transaction: all of them, or none if any is refused.

        Raises:
            ValidationError: every problem, with ``row`` set to the 1-based position in ``visits``.
        """
        vol_ids = self._volunteer_ids()
        addresses = self._station.households.address_index() if any(v.household_id is None for v in visits) else None
        custom, today = self.custom_purposes(), date.today()
        problems: list[Problem] = []
        clean: list[CleanVisit] = []
        for n, data in enumerate(visits, start=1):
            try:
                clean.append(self._validate(data, volunteer_ids=vol_ids, addresses=addresses, custom=custom,
                                            today=today, row=n if len(visits) > 1 else None))
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        names = {i: n for n, i in vol_ids.items()}
        return self._write(clean, names, action="create")

    def _write(self, clean: Sequence[CleanVisit], names: dict[int, str], *, action: str,
               summary: dict[str, Any] | None = None) -> list[int]:
        if not clean:
            return []
        with self._station.write() as uow:
            conn = uow.session.connection()
            stamp, who = now(), uow.operator.name
            v = table_of(Visit)
            # Ids from the database, in the order of the rows given (RETURNING).
            ids = list(conn.execute(insert(v).returning(v.c.id, sort_by_parameter_order=True), [
                {"household_id": c.household_id, "visited_at": c.visited_at, "purpose": c.purpose,
                 "outcome": c.outcome, "notes": c.notes, "follow_up": c.follow_up, "follow_up_done_at": None,
                 "version": 1, "created_at": stamp, "updated_at": stamp, "updated_by": who}
                for c in clean
            ]).scalars())
            links = [{"visit_id": i, "volunteer_id": vid} for i, c in zip(ids, clean) for vid in c.volunteer_ids]
            if links:
                conn.execute(insert(table_of(VisitVolunteer)), links)
            self._close_follow_ups(conn, clean, ids, stamp)
            h = table_of(Household).c
            addr = dict(conn.execute(sa_select(h.id, h.address).where(h.id.in_({c.household_id for c in clean}))).all())
            uow.record_many([PendingEntry("visit", str(i), action, None,
                                          visit_json(c, [names.get(x, "") for x in c.volunteer_ids], addr.get(c.household_id, "")))
                             for i, c in zip(ids, clean)])
            if summary:
                uow.record("import", summary.get("file", ""), "visits", None, summary)
        return ids

    @staticmethod
    def _close_follow_ups(conn: Any, clean: Sequence[CleanVisit], ids: Sequence[int], stamp: datetime) -> None:
        """A visit that reached someone closes earlier open follow-ups of its household."""
        v = table_of(Visit).c
        latest: dict[int, tuple[datetime, int]] = {}
        for i, c in zip(ids, clean):
            if c.outcome != Outcome.NOT_HOME.value:
                if c.household_id not in latest or c.visited_at > latest[c.household_id][0]:
                    latest[c.household_id] = (c.visited_at, i)
        for household_id, (when, new_id) in latest.items():
            conn.execute(update(table_of(Visit))
                         .where(v.household_id == household_id, v.follow_up.is_not(None),
                                v.follow_up_done_at.is_(None), v.visited_at < when, v.id != new_id)
                         .values(follow_up_done_at=stamp))

    # correcting ---------------------------------------------------------------------------------------

    def _current(self, uow: Any, visit_id: int, expected_version: int | None) -> tuple[Visit, dict[str, Any]]:
        """The visit under the write lock and its audit fields; refuses a stale or voided one."""
        visit = uow.session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"No visit with id {visit_id}.")
        if expected_version is not None and visit.version != expected_version:
            raise ConflictError(CHANGED_BY, who=visit.updated_by, at=visit.updated_at)
        conn = uow.session.connection()
        vv, vo = table_of(VisitVolunteer).c, table_of(Volunteer).c
        names = sorted(conn.execute(sa_select(vo.name).select_from(
            table_of(VisitVolunteer).join(table_of(Volunteer), vo.id == vv.volunteer_id))
            .where(vv.visit_id == visit_id)).scalars())
        h = table_of(Household).c
        address = conn.execute(sa_select(h.address).where(h.id == visit.household_id)).scalar() or ""
        clean = CleanVisit(visit.household_id, (), visit.visited_at, visit.purpose, visit.outcome, visit.notes,
                           visit.follow_up)
        return visit, visit_json(clean, names, address)

    @staticmethod
    def _keep_revision(uow: Any, visit: Visit, action: str, before: dict[str, Any], reason: str) -> None:
        assert visit.id is not None  # a stored visit
        uow.session.add(VisitRevision(visit_id=visit.id, revision=visit.version, action=action,
                                      before=json.dumps(_json_safe(before), ensure_ascii=False), reason=reason,
                                      revised_by=uow.operator.name, revised_at=now()))

    def amend(self, visit_id: int, data: VisitInput, *, reason: str,
              expected_version: int | None = None) -> VisitRow:
        """Correct a visit (wrong flat, outcome, date ...); the earlier state stays in its history.

        Every field of ``data`` is checked as a new visit's would be; give them all (a form loads
        them from the visit). Volunteers amend; the reason is kept and audited.

        Raises:
            ValidationError: a bad field, no reason, nothing changed, or a voided visit.
            ConflictError: someone else saved the visit since ``expected_version``.
        """
        why = _check_reason(reason)
        clean = self.validate(data)
        names = {i: n for n, i in self._volunteer_ids().items()}
        with self._station.write() as uow:
            visit, before = self._current(uow, visit_id, expected_version)
            if visit.voided_at is not None:
                raise ValidationError.single("visit", visit_id, REASON_VOIDED)
            h = table_of(Household).c
            conn = uow.session.connection()
            address = conn.execute(sa_select(h.address).where(h.id == clean.household_id)).scalar() or ""
            after = visit_json(clean, sorted(names.get(x, "") for x in clean.volunteer_ids), address)
            if after == before:
                raise ValidationError.single("visit", visit_id, REASON_NO_CHANGE)
            self._keep_revision(uow, visit, "amend", before, why)
            if clean.follow_up != visit.follow_up:
                visit.follow_up_done_at = None  # a new follow-up date is due again
            visit.household_id, visit.visited_at, visit.purpose = clean.household_id, clean.visited_at, clean.purpose
            visit.outcome, visit.notes, visit.follow_up = clean.outcome, clean.notes, clean.follow_up
            visit.version += 1
            visit.updated_at, visit.updated_by = now(), uow.operator.name
            uow.session.add(visit)
            vv = table_of(VisitVolunteer)
            conn.execute(vv.delete().where(vv.c.visit_id == visit_id))
            if clean.volunteer_ids:
                conn.execute(insert(vv), [{"visit_id": visit_id, "volunteer_id": v} for v in clean.volunteer_ids])
            uow.record("visit", visit_id, "amend", before, {**after, "reason": why})
        return self.get(visit_id)

    def void(self, visit_id: int, reason: str, *, expected_version: int | None = None) -> VisitRow:
        """Cancel a visit recorded in error: it stays listed, marked void with the reason, and stops
        counting (follow-ups due, coverage, last visit). History kept and audited.

        Raises:
            ValidationError: no reason, or already voided.
            ConflictError: someone else saved the visit since ``expected_version``.
        """
        why = _check_reason(reason)
        with self._station.write() as uow:
            visit, before = self._current(uow, visit_id, expected_version)
            if visit.voided_at is not None:
                raise ValidationError.single("visit", visit_id, REASON_ALREADY_VOIDED)
            self._keep_revision(uow, visit, "void", before, why)
            stamp = now()
            visit.voided_at, visit.voided_by, visit.void_reason = stamp, uow.operator.name, why
            visit.version += 1
            visit.updated_at, visit.updated_by = stamp, uow.operator.name
            uow.session.add(visit)
            uow.record("visit", visit_id, "void", before, {"voided": True, "reason": why})
        return self.get(visit_id)

    def history(self, visit_id: int) -> list[VisitRevisionRow]:
        """The visit's earlier states, oldest first."""
        r = table_of(VisitRevision).c
        with self._station.read() as s:
            rows = s.connection().execute(sa_select(r.revision, r.action, r.before, r.reason, r.revised_by,
                                                    r.revised_at).where(r.visit_id == visit_id)
                                          .order_by(r.revision, r.id)).all()
        return [VisitRevisionRow(x[0], x[1], json.loads(x[2]), x[3], x[4], x[5]) for x in rows]

    def mark_follow_up_done(self, visit_id: int) -> None:
        """Close a visit's follow-up from the Due view."""
        with self._station.write() as uow:
            visit = uow.session.get(Visit, visit_id)
            if visit is None:
                raise NotFound(f"No visit with id {visit_id}.")
            if visit.follow_up_done_at is not None:
                return
            visit.follow_up_done_at = now()
            visit.version += 1
            visit.updated_at, visit.updated_by = now(), uow.operator.name
            uow.session.add(visit)
            uow.record("visit", visit_id, "follow-up done", {"follow_up": visit.follow_up}, {"follow_up_done": True})

    def note_walk_list(self, households: int, selection: str, file: str = "") -> None:
        """Record in the audit trail that a walk list (names and phones) was printed or saved."""
        with self._station.write() as uow:
            uow.record("export", file or "walklist", "walklist", None,
                       {"file": file, "households": households, "selection": selection})

    # importing ------------------------------------------------------------------------------------

    def preview_import(self, path: Path) -> VisitImportPlan:
        """Read and check a visits file whole; raise with every problem, or return what it would add.

        Rows identical to a visit already recorded (household, time, outcome, purpose) are skipped,
        so importing the same file twice adds nothing the second time.
        """
        table = read_table(Path(path), IMPORT_COLUMNS, IMPORT_REQUIRED)
        columns = {f: table.header(f) for f in table.fields}
        vol_ids = self._volunteer_ids()
        addresses = self._station.households.address_index()
        custom, today = self.custom_purposes(), date.today()
        problems: list[Problem] = []
        plan = VisitImportPlan(Path(path))
        seen: dict[tuple[Any, ...], int] = {}
        names = {i: n for n, i in vol_ids.items()}
        rows: list[tuple[int, CleanVisit]] = []
        for number, cells in table.rows:
            data = VisitInput(address=table.value(cells, "address"), volunteers=split_names(table.value(cells, "volunteer")),
                              visited_at=table.value(cells, "date") or "", purpose=table.value(cells, "purpose"),
                              outcome=table.value(cells, "outcome"), notes=table.value(cells, "notes") or "",
                              follow_up=table.value(cells, "follow_up"))
            try:
                c = self._validate(data, volunteer_ids=vol_ids, addresses=addresses, custom=custom, today=today,
                                   row=number, columns=columns)
            except ValidationError as exc:
                problems.extend(exc.problems)
                continue
            key = (c.household_id, c.visited_at, c.outcome, c.purpose)
            if key in seen:
                problems.append(Problem(columns.get("address", "address"), data.address, REASON_DUPLICATE_ROW,
                                        {"row": seen[key]}, row=number))
                continue
            seen[key] = number
            rows.append((number, c))
        if problems:
            raise ValidationError(problems)
        if not rows:
            raise ValidationError(Problem("file", Path(path).name, REASON_EMPTY, row=table.header_row))
        existing = self._existing_keys({c.household_id for _, c in rows})
        for number, c in rows:
            if (c.household_id, c.visited_at, c.outcome, c.purpose) in existing:
                plan.already.append(number)
            else:
                plan.new.append((number, c, tuple(names[i] for i in c.volunteer_ids)))
        return plan

    def _existing_keys(self, household_ids: set[int]) -> set[tuple[Any, ...]]:
        v = table_of(Visit).c
        with self._station.read() as s:
            found = s.connection().execute(
                sa_select(v.household_id, v.visited_at, v.outcome, v.purpose).where(v.household_id.in_(household_ids))
            ).all()
        return {tuple(r) for r in found}

    def apply_import(self, plan: VisitImportPlan) -> VisitImportPlan:
        """Write a previewed import in one transaction, re-reading the file so it is current."""
        fresh = self.preview_import(plan.path)
        names = {i: n for n, i in self._volunteer_ids().items()}
        self._write([c for _, c, _ in fresh.new], names, action="import",
                    summary={"file": fresh.path.name, "added": len(fresh.new), "already": len(fresh.already)})
        return fresh

    # reading --------------------------------------------------------------------------------------

    def get(self, visit_id: int) -> VisitRow:
        v, h = table_of(Visit), table_of(Household)
        with self._station.read() as s:
            r = s.connection().execute(sa_select(*_visit_columns()).select_from(v.join(h, h.c.id == v.c.household_id))
                                       .where(v.c.id == visit_id)).first()
        if r is None:
            raise NotFound(f"No visit with id {visit_id}.")
        return _to_row(r)

    # ``list`` names this query for callers; below it the builtin is hidden, hence builtins.list.
    def list(self, *, household_id: int | None = None, since: date | None = None, until: date | None = None,
             volunteer: str | None = None, limit: int | None = None, newest_first: bool = False) -> builtins.list[VisitRow]:
        """Visits, oldest first (or newest first), filtered in SQL."""
        v, h = table_of(Visit), table_of(Household)
        stmt = sa_select(*_visit_columns()).select_from(v.join(h, h.c.id == v.c.household_id))
        stmt = self._filtered(stmt, household_id, since, until, volunteer, limit, newest_first)
        with self._station.read() as s:
            return [_to_row(r) for r in s.connection().execute(stmt)]

    def matching_ids(self, *, household_id: int | None = None, since: date | None = None,
                     until: date | None = None, volunteer: str | None = None,
                     newest_first: bool = True) -> builtins.list[int]:
        """Ids only, for a paged list: the view fetches rows a page at a time with ``rows_by_ids``."""
        stmt = self._filtered(sa_select(table_of(Visit).c.id), household_id, since, until, volunteer, None, newest_first)
        with self._station.read() as s:
            return list(s.connection().execute(stmt).scalars())

    def rows_by_ids(self, ids: Sequence[int]) -> builtins.list[VisitRow]:
        """Rows for the given visit ids, in the order given."""
        if not ids:
            return []
        v, h = table_of(Visit), table_of(Household)
        stmt = (sa_select(*_visit_columns()).select_from(v.join(h, h.c.id == v.c.household_id))
                .where(v.c.id.in_(list(ids))))
        with self._station.read() as s:
            found = {r[0]: _to_row(r) for r in s.connection().execute(stmt)}
        return [found[i] for i in ids if i in found]

    @staticmethod
    def _filtered(stmt: Any, household_id: int | None, since: date | None, until: date | None,
                  volunteer: str | None, limit: int | None, newest_first: bool) -> Any:
        v = table_of(Visit)
        if household_id is not None:
            stmt = stmt.where(v.c.household_id == household_id)
        if since is not None:
            stmt = stmt.where(v.c.visited_at >= datetime.combine(since, time()))
        if until is not None:
            stmt = stmt.where(v.c.visited_at < datetime.combine(until + timedelta(days=1), time()))
        if volunteer:
            vv, vo = table_of(VisitVolunteer).c, table_of(Volunteer).c
            stmt = stmt.where(v.c.id.in_(sa_select(vv.visit_id).join(table_of(Volunteer), vo.id == vv.volunteer_id)
                                         .where(vo.name == volunteer)))
        order = (v.c.visited_at.desc(), v.c.id.desc()) if newest_first else (v.c.visited_at, v.c.id)
        stmt = stmt.order_by(*order)
        if limit is not None:
            stmt = stmt.limit(limit)
        return stmt

    def count(self) -> int:
        with self._station.read() as s:
            return int(s.connection().execute(sa_select(func.count()).select_from(table_of(Visit))).scalar_one())

    def last_visits(self, household_ids: Sequence[int]) -> dict[int, tuple[datetime, str]]:
        """The latest visit of each household: id → (when, outcome). One indexed lookup per household."""
        if not household_ids:
            return {}
        v = table_of(Visit)
        inner = v.alias("later")
        latest = (sa_select(func.max(inner.c.visited_at)).where(inner.c.household_id == v.c.household_id,
                                                                inner.c.voided_at.is_(None))
                  .scalar_subquery())
        out: dict[int, tuple[datetime, str]] = {}
        ids = list(household_ids)
        with self._station.read() as s:
            conn = s.connection()
            for start in range(0, len(ids), 900):
                chunk = ids[start:start + 900]
                stmt = (sa_select(v.c.household_id, v.c.visited_at, v.c.outcome)
                        .where(v.c.household_id.in_(chunk), v.c.visited_at == latest, v.c.voided_at.is_(None))
                        .order_by(v.c.id))
                for hid, when, outcome in conn.execute(stmt):
                    out[hid] = (when, outcome)
        return out

    def timeline(self, household_id: int) -> builtins.list[TimelineEntry]:
        """A household's visits for its timeline, newest first (index ``household_id, visited_at``)."""
        entries = []
        for r in self.list(household_id=household_id, newest_first=True):
            title = f"走访 · {r.purpose_label} · {r.outcome_label}" + ("（已作废）" if r.voided else "")
            detail = f"志愿者：{'、'.join(r.volunteers)}" if r.volunteers else ""
            if r.notes:
                detail += f"；{r.notes}" if detail else r.notes
            if r.follow_up:
                detail += f"（回访 {r.follow_up:%Y-%m-%d}{' 已完成' if r.follow_up_done else ''}）"
            if r.voided:
                detail += f"；作废原因：{r.void_reason}" if detail else f"作废原因：{r.void_reason}"
            entries.append(TimelineEntry(r.visited_at, "visit", title, detail, household_id))
        return entries

    def household_entries(self, household_id: int) -> builtins.list[TimelineEntry]:
        """The timeline provider (``core/timeline.PROVIDERS``): visits and consultations, newest first."""
        entries = self.timeline(household_id)
        consultations = getattr(self._station, "consultations", None)
        if consultations is not None:
            entries += consultations.timeline(household_id)
        return sorted(entries, key=lambda e: e.when, reverse=True)

    # follow-ups -----------------------------------------------------------------------------------

    def due(self, on: date | None = None, *, volunteer: str | None = None) -> builtins.list[DueItem]:
        """Every visit follow-up and open consultation due on ``on`` (today) or overdue, by date.

        ``volunteer`` keeps the visits that volunteer made and the consultations they handle.
        """
        on = on or date.today()
        v, h = table_of(Visit), table_of(Household)
        stmt = (sa_select(v.c.id, v.c.household_id, h.c.address, h.c.head, v.c.follow_up, _volunteers_column(),
                          v.c.purpose, v.c.notes, h.c.sort_key)
                .select_from(v.join(h, h.c.id == v.c.household_id))
                .where(v.c.follow_up_done_at.is_(None), v.c.follow_up.is_not(None), v.c.follow_up <= on,
                       v.c.voided_at.is_(None)))
        if volunteer:
            vv, vo = table_of(VisitVolunteer).c, table_of(Volunteer).c
            stmt = stmt.where(v.c.id.in_(sa_select(vv.visit_id).join(table_of(Volunteer), vo.id == vv.volunteer_id)
                                         .where(vo.name == volunteer)))
        items: builtins.list[tuple[Any, ...]] = []
        with self._station.read() as s:
            for r in s.connection().execute(stmt):
                vols = tuple(sorted(r[5].split(","))) if r[5] else ()
                items.append((r[4], 0, r[8], DueItem("visit", r[0], r[1], r[2], r[3], r[4], vols,
                                                     purpose_label(r[6]), r[7])))
        consultations = getattr(self._station, "consultations", None)
        if consultations is not None:
            for item, key in consultations.due_items(on, handled_by=volunteer):
                items.append((item.due, 1, key, item))
        items.sort(key=lambda t: (t[0], t[1], t[2] or "", t[3].record_id))
        return [t[3] for t in items]

    def due_count(self, on: date | None = None) -> int:
        """How many follow-ups (visits and consultations) are due today or overdue: shown at start-up."""
        on = on or date.today()
        v = table_of(Visit).c
        with self._station.read() as s:
            n = s.connection().execute(
                sa_select(func.count()).select_from(table_of(Visit))
                .where(v.follow_up_done_at.is_(None), v.follow_up.is_not(None), v.follow_up <= on,
                       v.voided_at.is_(None))
            ).scalar_one()
        consultations = getattr(self._station, "consultations", None)
        if consultations is not None:
            n += consultations.due_count(on)
        return int(n)


def visits_timeline(station: Station, household_id: int) -> list[TimelineEntry]:
    """Visits and consultations of a household, newest first (what ``core/timeline`` shows)."""
    return station.visits.household_entries(household_id)
