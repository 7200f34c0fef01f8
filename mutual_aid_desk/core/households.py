"""The household registry: validation, search, paging, edits with version checks, archiving.

Everything a form, an import or the command line sends goes through ``validate_household`` first;
the problems it returns name the field, and nothing is written while there is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, func, insert, or_, select as sa_select
from sqlmodel import Session, col, select

from mutual_aid_desk.core.addresses import Address, make_address, parse_address
from mutual_aid_desk.core.owners import shared_owner_ids
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.search import normalise_query, phone_key, search_key
from mutual_aid_desk.core.values import folded, format_area, parse_phones
from mutual_aid_desk.db.engine import first_column
from mutual_aid_desk.db.portable import contains, group_concat
from mutual_aid_desk.db.tables import Household, HouseholdTag, Tag
from mutual_aid_desk.db.tables.common import claim_version, now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ProblemList, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class Status(StrEnum):
    OWNER = "owner"
    RENTED = "rented"
    VACANT = "vacant"
    UNREACHABLE = "unreachable"


STATUS_LABELS: dict[Status, str] = {
    Status.OWNER: "自住",
    Status.RENTED: "出租",
    Status.VACANT: "空置",
    Status.UNREACHABLE: "联系不上",
}
_STATUS_WORDS = {
    **{s.value: s for s in Status},
    **{label: s for s, label in STATUS_LABELS.items()},
    "owner-occupied": Status.OWNER, "自住户": Status.OWNER, "rent": Status.RENTED, "出租户": Status.RENTED,
    "empty": Status.VACANT, "空": Status.VACANT, "失联": Status.UNREACHABLE, "联系不到": Status.UNREACHABLE,
}

MAX_AREA = Decimal(1000)
MAX_MEMBERS = 30
_TAG_SPLIT = re.compile(r"[,，;；/、\s]+")
_PLAIN_AREA = re.compile(r"(\d{1,3})(?:\.(\d{1,2}))?", re.ASCII)  # below 1000, at most 2 decimals

REASON_AREA = QT_TRANSLATE_NOOP("Problems", "the area must be a number of square metres above 0 and below 1000, at most 2 decimals")
REASON_MEMBERS = QT_TRANSLATE_NOOP("Problems", "the number of members must be a whole number from 0 to 30")
REASON_STATUS = QT_TRANSLATE_NOOP("Problems", "the status is one of 自住, 出租, 空置, 联系不上 (owner, rented, vacant, unreachable)")
REASON_DUPLICATE = QT_TRANSLATE_NOOP("Problems", "a household at {address} is already registered")
REASON_DUPLICATE_ROW = QT_TRANSLATE_NOOP("Problems", "the same address as row {row}")
REASON_HEAD = QT_TRANSLATE_NOOP("Problems", "the name is too long (at most 40 characters)")
REASON_UNKNOWN_TAG = QT_TRANSLATE_NOOP("Problems", "not a tag in the station's list: {tags}")
REASON_OWNER = QT_TRANSLATE_NOOP("Problems", "the owner's name is too long (at most 40 characters)")
REASON_OWNER_ID = QT_TRANSLATE_NOOP("Problems", "the owner number is at most 40 letters, digits or marks, on one line")
MAX_OWNER = 40


def parse_status(value: str | None) -> Status:
    text_ = (value or "").strip().lower()
    if not text_:
        return Status.OWNER
    status = _STATUS_WORDS.get(text_)
    if status is None:
        raise ValidationError.single("status", value, REASON_STATUS)
    return status


def parse_area(value: str | Decimal | None) -> int | None:
    """Square metres as typed ('85.2', '85.20㎡') → hundredths (8520); blank → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    plain = _PLAIN_AREA.fullmatch(value) if isinstance(value, str) else None
    if plain:  # the common case, '85.2' or '120': whole hundredths without Decimal
        centi = int(plain[1]) * 100 + int((plain[2] or "").ljust(2, "0"))
        if centi <= 0:
            raise ValidationError.single("area", value, REASON_AREA)
        return centi
    text_ = folded(str(value)).lower().replace("m2", "").replace("㎡", "").replace("平方米", "").replace("平米", "").strip()
    if not re.fullmatch(r"\d+(\.\d+)?", text_, re.ASCII):  # no signs, exponents, words or foreign digits
        raise ValidationError.single("area", value, REASON_AREA)
    try:
        area = Decimal(text_)
    except InvalidOperation:
        raise ValidationError.single("area", value, REASON_AREA) from None
    if not area.is_finite() or area <= 0 or area >= MAX_AREA or area != area.quantize(Decimal("0.01")):
        raise ValidationError.single("area", value, REASON_AREA)
    return int(area * 100)


def parse_members(value: str | int | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        text_ = folded(str(value))
        if not re.fullmatch(r"[0-9]{1,3}", text_):  # int() would take ١٢ or '+1'
            raise ValueError(text_)
        members = int(text_)
    except ValueError:
        raise ValidationError.single("members", value, REASON_MEMBERS) from None
    if not 0 <= members <= MAX_MEMBERS:
        raise ValidationError.single("members", value, REASON_MEMBERS)
    return members


def parse_tags(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    parts = _TAG_SPLIT.split(value) if isinstance(value, str) else list(value)
    seen: list[str] = []
    for p in parts:
        p = p.strip()
        if p and p not in seen:
            seen.append(p)
    return seen


@dataclass
class HouseholdInput:
    """What a form, an import row or the command line says about a household, as typed.

    ``address`` may be given whole (``5-2-301``) or as ``building``/``unit``/``room``. Fields left
    as None are "not given" (an import without that column keeps the stored value).
    """

    address: str | None = None
    building: str | None = None
    unit: str | None = None
    room: str | None = None
    head: str | None = None
    phone: str | None = None
    members: str | int | None = None
    area: str | Decimal | None = None
    status: str | None = None
    tags: str | list[str] | None = None
    notes: str | None = None
    owner: str | None = None
    owner_id: str | None = None


@dataclass
class CleanHousehold:
    """A validated household, ready to write."""

    address: Address
    values: dict[str, Any] = field(default_factory=dict)  # only the fields that were given
    tags: list[str] | None = None

    def row(self) -> dict[str, Any]:
        """Column values for the ``household`` table, search keys included."""
        v = dict(self.values)
        a = self.address
        v.update(building=a.building, unit=a.unit, room=a.room, address=str(a), sort_key=a.sort_key)
        return v


def _phones_text(value: str) -> str:
    return ",".join(parse_phones(value))


def _status_code(value: str) -> str:
    return parse_status(value).value


def validate_household(data: HouseholdInput) -> CleanHousehold:
    """Check every field, collecting all problems before raising.

    Raises:
        ValidationError: one problem per bad field, each naming its field.
    """
    problems = ProblemList()
    values: dict[str, Any] = {}
    if data.address and data.address.strip():
        address = problems.attempt(parse_address, data.address)
    else:
        address = problems.attempt(make_address, data.building or "", data.unit or "", data.room or "")

    if data.head is not None:
        head = folded(data.head)
        if len(head) > 40:
            problems.append(Problem("head", data.head, REASON_HEAD))
        values["head"] = head
    # Each field on its own, so one bad cell does not hide the next (an import runs this per row).
    fields: tuple[tuple[str, Callable[[Any], Any], Any], ...] = (
        ("phones", _phones_text, data.phone), ("members", parse_members, data.members),
        ("area_centi", parse_area, data.area), ("status", _status_code, data.status))
    for name, parse, raw in fields:
        if raw is not None:
            values[name] = problems.attempt(parse, raw)  # None where refused: then nothing is returned
    if data.notes is not None:
        values["notes"] = data.notes.strip()
    _owner_fields(data, values, problems)
    tags = parse_tags(data.tags) if data.tags is not None else None
    if problems:
        raise ValidationError(problems)
    assert address is not None
    return CleanHousehold(address, values, tags)


def _owner_fields(data: HouseholdInput, values: dict[str, Any], problems: list[Problem]) -> None:
    """产权人 and 产权人编号: the owner's name as registered, and the key that groups their flats.

    The key is compared exactly after folding full-width forms and blanks ("ＫＦ－01 " is "KF-01"),
    so the same number typed two ways is one owner; names are never used to group flats.
    """
    if data.owner is not None:
        owner = folded(str(data.owner))
        if len(owner) > MAX_OWNER:
            problems.append(Problem("owner", data.owner, REASON_OWNER))
        values["owner"] = owner
    if data.owner_id is not None:
        owner_id = folded(data.owner_id).upper()
        if len(owner_id) > MAX_OWNER or any(ch in owner_id for ch in "\r\n\t") or not owner_id.isprintable():
            problems.append(Problem("owner_id", data.owner_id, REASON_OWNER_ID))
        values["owner_id"] = owner_id


def keys_for(address: Address, head: str, phones: str) -> dict[str, str]:
    return {"search_key": search_key(address, head), "phone_key": phone_key(phones.split(",") if phones else [])}


# --- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdQuery:
    """What the household list shows: a search text and filters, all applied in SQL."""

    text: str = ""
    building: str | None = None
    status: Status | str | None = None
    tag: str | None = None
    include_archived: bool = False
    household_ids: frozenset[int] | None = None  # a set handed over by another module
    several_flats: bool = False  # only flats whose owner holds more than one live flat

    def conditions(self) -> list[Any]:
        h = table_of(Household).c
        where: list[Any] = []
        if not self.include_archived:
            where.append(h.archived_at.is_(None))
        # Split on blanks first (normalise_query drops inner blanks, which would glue "5-301 张" into
        # one term), but keep "5 - 301" whole.
        typed = re.sub(r"\s*[-—–－﹣_/、]\s*", "-", self.text or "")
        for term in filter(None, (normalise_query(t) for t in typed.split())):
            if "-" in term or any(ch in term for ch in "栋幢楼单元室号"):
                try:  # the spoken form "5栋2单元301" searches as "5-2-301", and "1-1-0101" as "1-1-101"
                    term = str(parse_address(term)).lower()
                except ValidationError:
                    pass
            # Address fragments and digits match from the start of a key word ("5-301" must not
            # hit "15-1-301"); names and pinyin match anywhere; digits also match a phone's end.
            if any(ch.isdigit() or ch == "-" for ch in term):
                cond = contains(h.search_key, " " + term)
                if term.isdigit() and len(term) >= 3:
                    cond = or_(cond, contains(h.phone_key, term + ";"))
            else:
                cond = contains(h.search_key, term)
            where.append(cond)
        if self.building:
            try:  # "5", "05" and "5栋" are the same building
                building = make_address(self.building, "", "1").building
            except ValidationError:
                building = self.building
            where.append(h.building == building)
        if self.status:
            where.append(h.status == parse_status(str(self.status)).value)
        if self.tag:
            ht, t = table_of(HouseholdTag).c, table_of(Tag).c
            where.append(
                exists(sa_select(ht.household_id).join(table_of(Tag), t.id == ht.tag_id)
                       .where(and_(ht.household_id == h.id, t.name == self.tag)))
            )
        if self.household_ids is not None:
            where.append(h.id.in_(sorted(self.household_ids)))
        if self.several_flats:
            where.append(h.owner_id.in_(shared_owner_ids()))
        return where


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list, ready to show."""

    id: int
    address: str
    building: str
    unit: str
    room: str
    head: str
    phones: str
    members: int | None
    area_centi: int | None
    status: str
    tags: tuple[str, ...]
    notes: str
    archived: bool
    version: int
    owner: str = ""
    owner_id: str = ""

    @property
    def area(self) -> str:
        return format_area(self.area_centi)

    def as_json(self) -> dict[str, Any]:
        return {"address": self.address, "building": self.building, "unit": self.unit, "room": self.room,
                "head": self.head, "phone": self.phones, "area": self.area or None, "members": self.members,
                "status": self.status, "tags": list(self.tags), "owner": self.owner, "owner_id": self.owner_id}


def tags_column() -> Any:
    """A household's tag names joined by "," (unordered), as a correlated subquery on ``household``."""
    h, ht, t = table_of(Household).c, table_of(HouseholdTag), table_of(Tag)
    return (sa_select(group_concat(t.c.name, ",")).select_from(ht.join(t, t.c.id == ht.c.tag_id))
            .where(ht.c.household_id == h.id).scalar_subquery())


def _row_columns() -> list[Any]:
    h = table_of(Household).c
    return [h.id, h.address, h.building, h.unit, h.room, h.head, h.phones, h.members, h.area_centi,
            h.status, tags_column(), h.notes, h.archived_at, h.version, h.owner, h.owner_id]


def _to_row(r: Sequence[Any]) -> HouseholdRow:
    tags = tuple(sorted(r[10].split(","))) if r[10] else ()
    return HouseholdRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], tags, r[11], r[12] is not None, r[13],
                        r[14], r[15])


def household_json(h: Household, tags: Sequence[str] = ()) -> dict[str, Any]:
    """The fields the audit trail keeps for a household."""
    return {"address": h.address, "head": h.head, "phones": h.phones, "members": h.members,
            "area": format_area(h.area_centi) or None, "status": h.status, "notes": h.notes,
            "tags": sorted(tags), "archived": h.archived_at is not None, "owner": h.owner, "owner_id": h.owner_id}


class HouseholdService:
    def __init__(self, station: Station):
        self._station = station

    # reading -------------------------------------------------------------------------------------

    def count(self, query: HouseholdQuery = HouseholdQuery()) -> int:
        with self._station.read() as s:
            stmt = sa_select(func.count()).select_from(table_of(Household)).where(*query.conditions())
            return int(s.connection().execute(stmt).scalar_one())

    def matching_ids(self, query: HouseholdQuery = HouseholdQuery()) -> list[int]:
        """Ids of every match in natural address order: one scan of a covering index.

        The household list keeps these ids and fetches rows a page at a time with ``rows_by_ids``,
        so a keystroke costs one index scan however many households there are.
        """
        h = table_of(Household).c
        stmt = sa_select(h.id).where(*query.conditions()).order_by(h.sort_key)
        with self._station.read() as s:
            return first_column(s.connection(), stmt)

    def rows_by_ids(self, ids: Sequence[int]) -> list[HouseholdRow]:
        """Rows for the given ids, in the order given."""
        if not ids:
            return []
        h = table_of(Household).c
        with self._station.read() as s:
            found = {r[0]: _to_row(r) for r in s.connection().execute(sa_select(*_row_columns()).where(h.id.in_(list(ids))))}
        return [found[i] for i in ids if i in found]

    def page(self, query: HouseholdQuery = HouseholdQuery(), offset: int = 0, limit: int = 200) -> list[HouseholdRow]:
        """One page of the list in natural address order."""
        h = table_of(Household).c
        stmt = (sa_select(*_row_columns()).where(*query.conditions()).order_by(h.sort_key, h.id)
                .offset(offset).limit(limit))
        with self._station.read() as s:
            return [_to_row(r) for r in s.connection().execute(stmt)]

    def all_rows(self, query: HouseholdQuery = HouseholdQuery()) -> list[HouseholdRow]:
        h = table_of(Household).c
        stmt = sa_select(*_row_columns()).where(*query.conditions()).order_by(h.sort_key, h.id)
        with self._station.read() as s:
            return [_to_row(r) for r in s.connection().execute(stmt)]

    def get(self, household_id: int) -> HouseholdRow:
        h = table_of(Household).c
        with self._station.read() as s:
            r = s.connection().execute(sa_select(*_row_columns()).where(h.id == household_id)).first()
        if r is None:
            raise NotFound(f"No household with id {household_id}.")
        return _to_row(r)

    def find(self, address: str) -> HouseholdRow:
        """The live household at an address as typed (``5-2-301``, ``5栋2单元301``).

        Raises:
            ValidationError: the text is not an address.
            NotFound: no live household there.
        """
        addr = parse_address(address)
        h = table_of(Household).c
        with self._station.read() as s:
            r = s.connection().execute(
                sa_select(*_row_columns()).where(h.address == str(addr), h.archived_at.is_(None))
            ).first()
        if r is None:
            raise NotFound(f"No household at {addr}.")
        return _to_row(r)

    def buildings(self) -> list[tuple[str, int]]:
        """Each building with its number of live households, in natural order."""
        h = table_of(Household).c
        stmt = (sa_select(h.building, func.count(), func.min(h.sort_key)).where(h.archived_at.is_(None))
                .group_by(h.building).order_by(func.min(h.sort_key)))
        with self._station.read() as s:
            return [(b, n) for b, n, _ in s.connection().execute(stmt)]

    def owner_addresses(self, owner_id: str) -> list[str]:
        """Addresses of the live flats that carry one owner number, in address order."""
        if not owner_id:
            return []
        h = table_of(Household).c
        with self._station.read() as s:
            return list(s.connection().execute(sa_select(h.address).where(h.owner_id == owner_id,
                                                                          h.archived_at.is_(None))
                                               .order_by(h.sort_key, h.id)).scalars())

    def address_index(self) -> dict[str, int]:
        """Address → id of every live household (for imports in other modules)."""
        h = table_of(Household).c
        with self._station.read() as s:
            return dict(s.connection().execute(sa_select(h.address, h.id).where(h.archived_at.is_(None))).all())

    # writing -------------------------------------------------------------------------------------

    def _check_tags(self, session: Session, tags: list[str] | None) -> list[int]:
        if not tags:
            return []
        known = {name: tag_id for name, tag_id in session.exec(select(Tag.name, Tag.id).where(col(Tag.name).in_(tags)))
                 if tag_id is not None}  # always: a stored tag has its id
        missing = [t for t in tags if t not in known]
        if missing:
            raise ValidationError.single("tags", ",".join(tags), REASON_UNKNOWN_TAG, tags=",".join(missing))
        return [known[t] for t in tags]

    def _live_at(self, session: Session, address: str, exclude_id: int | None = None) -> Household | None:
        q = select(Household).where(Household.address == address, col(Household.archived_at).is_(None))
        if exclude_id is not None:
            q = q.where(Household.id != exclude_id)
        return session.exec(q).first()

    def _tags_of(self, session: Session, household_id: int) -> list[str]:
        return list(session.exec(
            select(Tag.name).join(HouseholdTag, col(HouseholdTag.tag_id) == Tag.id)
            .where(HouseholdTag.household_id == household_id)
        ))

    def _set_tags(self, session: Session, household_id: int, tag_ids: list[int]) -> None:
        session.connection().execute(table_of(HouseholdTag).delete().where(table_of(HouseholdTag).c.household_id == household_id))
        if tag_ids:
            session.connection().execute(insert(table_of(HouseholdTag)),
                                         [{"household_id": household_id, "tag_id": t} for t in tag_ids])

    def create(self, data: HouseholdInput) -> HouseholdRow:
        clean = validate_household(data)
        with self._station.write() as uow:
            s = uow.session
            if self._live_at(s, str(clean.address)):
                raise ValidationError.single("address", str(clean.address), REASON_DUPLICATE, address=str(clean.address))
            tag_ids = self._check_tags(s, clean.tags)
            row = clean.row()
            row.update(keys_for(clean.address, row.get("head", ""), row.get("phones", "")))
            h = Household(**row, updated_by=uow.operator.name)
            s.add(h)
            s.flush()
            new_id = h.id
            assert new_id is not None  # flushed: the database numbered it
            self._set_tags(s, new_id, tag_ids)
            uow.record("household", new_id, "create", None, household_json(h, clean.tags or []))
        return self.get(new_id)

    def update(self, household_id: int, data: HouseholdInput, expected_version: int) -> HouseholdRow:
        """Save an edit made on a copy loaded at ``expected_version``.

        Raises:
            ConflictError: someone saved the household since; their change is kept.
        """
        clean = validate_household(data)
        with self._station.write() as uow:
            s = uow.session
            h = s.get(Household, household_id)
            if h is None:
                raise NotFound(f"No household with id {household_id}.")
            # The version check is part of the UPDATE itself (belt and braces over the write lock).
            if h.version != expected_version or not claim_version(s, h, expected_version):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "This household was changed by {who} at {at}: reload it and make your change again."),
                    who=h.updated_by, at=f"{h.updated_at:%Y-%m-%d %H:%M}")
            if self._live_at(s, str(clean.address), exclude_id=h.id):
                raise ValidationError.single("address", str(clean.address), REASON_DUPLICATE, address=str(clean.address))
            old_tags = self._tags_of(s, household_id)
            before = household_json(h, old_tags)
            tag_ids = self._check_tags(s, clean.tags) if clean.tags is not None else None
            for key, value in clean.row().items():
                setattr(h, key, value)
            for key, value in keys_for(clean.address, h.head, h.phones).items():
                setattr(h, key, value)
            # The version check above and this write share one BEGIN IMMEDIATE transaction, so a
            # second window that loaded the same version cannot slip in between.
            h.version = expected_version + 1
            h.updated_at, h.updated_by = now(), uow.operator.name
            s.add(h)
            s.flush()
            if tag_ids is not None:
                self._set_tags(s, household_id, tag_ids)
            after = household_json(h, clean.tags if clean.tags is not None else old_tags)
            uow.record("household", h.id, "update", before, after)
        return self.get(household_id)

    def archive(self, household_id: int, reason: str, *, merged_into: int | None = None) -> None:
        """Archive a household that moved out or was merged: it leaves the lists, its history stays."""
        with self._station.write(Permission.ARCHIVE_HOUSEHOLDS) as uow:
            h = uow.session.get(Household, household_id)
            if h is None:
                raise NotFound(f"No household with id {household_id}.")
            if h.archived_at is not None:
                return
            before = household_json(h)
            h.archived_at, h.archived_reason, h.merged_into_id = now(), reason.strip(), merged_into
            h.version += 1
            h.updated_at, h.updated_by = now(), uow.operator.name
            uow.session.add(h)
            uow.record("household", h.id, "merge" if merged_into else "archive", before,
                       {**household_json(h), "reason": h.archived_reason, "merged_into": merged_into})
