"""Importing the roster the street office hands over, and exporting the registry.

An import is read and checked whole first (``preview_import``): each row is added, updated or left
unchanged, matched by address. Any problem anywhere means nothing is written. ``apply_import``
writes the previewed plan in one transaction with SQLAlchemy Core bulk statements, re-checking it
against the file as it is at that moment.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, insert, select as sa_select, update

from mutual_aid_desk.core.addresses import make_address, parse_address
from mutual_aid_desk.core.audit import BATCH_ENTITY, BATCH_KEY, AddedBatch, PendingEntry
from mutual_aid_desk.core.bulk import paused_gc
from mutual_aid_desk.core.households import (
    REASON_DUPLICATE_ROW,
    STATUS_LABELS,
    CleanHousehold,
    HouseholdInput,
    HouseholdQuery,
    Status,
    keys_for,
    tags_column,
    validate_household,
)
from mutual_aid_desk.core.masking import mask_name, mask_phones
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.tabular import REASON_EMPTY, Column, check_names_decoded, read_table, write_table
from mutual_aid_desk.core.values import format_area
from mutual_aid_desk.db.portable import insert_numbered, stored_value
from mutual_aid_desk.db.tables import Household, HouseholdTag, Tag
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, PermissionDenied, Problem, StorageError, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

COLUMNS = (
    Column("address", ("地址", "门牌", "房号", "户号")),
    Column("building", ("楼栋", "楼号", "栋", "幢", "楼")),
    Column("unit", ("单元", "单元号")),
    Column("room", ("室号", "室", "房间号", "门牌号")),
    Column("head", ("户主", "户主姓名", "姓名", "name")),
    Column("phone", ("电话", "联系电话", "手机", "手机号", "phones", "tel")),
    Column("area", ("面积", "建筑面积", "房屋面积", "专有面积")),
    Column("members", ("人数", "家庭人数", "户人数", "人口")),
    Column("status", ("状态", "居住状态")),
    Column("tags", ("标签",)),
    Column("notes", ("备注", "说明", "note")),
    Column("owner", ("产权人", "业主", "产权人姓名", "业主姓名")),
    Column("owner_id", ("产权人编号", "业主编号", "产权证号", "不动产权证号", "ownerid", "owner id")),
)
REQUIRED = (("address",), ("building", "room"))
FIELD_TO_COLUMN = {"phones": "phone", "area_centi": "area"}
COMPARED = ("head", "phones", "members", "area_centi", "status", "notes", "owner", "owner_id")
# The fields of each added household, as the import's audit entry lists them.
ADDED_COLUMNS = ("address", "head", "phones", "members", "area", "status", "notes", "tags", "owner", "owner_id")


@dataclass
class PlannedRow:
    row: int
    clean: CleanHousehold
    existing_id: int | None = None
    before: dict[str, Any] | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class _CheckedFile:
    """The valid rows of a roster file, and the fingerprint of the bytes they were read from."""

    fingerprint: tuple[int, int, str]
    rows: list[tuple[int, CleanHousehold, str]]  # sheet row number, the row checked, its address


@dataclass
class ImportPlan:
    """What an import would do, shown before anything is written."""

    path: Path
    added: list[PlannedRow] = field(default_factory=list)
    updated: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    _checked: _CheckedFile | None = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged"


def _column_of(table: Any, problem_field: str) -> str:
    name = FIELD_TO_COLUMN.get(problem_field, problem_field)
    if name in table.fields:
        return str(table.header(name))
    if "address" in table.fields and name in ("building", "unit", "room"):
        return str(table.header("address"))
    return name


def _address_or_none(data: HouseholdInput) -> str | None:
    try:
        if data.address and data.address.strip():
            return str(parse_address(data.address))
        return str(make_address(data.building or "", data.unit or "", data.room or ""))
    except ValidationError:
        return None


def _existing(conn: Any) -> dict[str, dict[str, Any]]:
    h = table_of(Household).c
    cols = [h.id, h.address, *(getattr(h, c) for c in COMPARED), tags_column()]
    return {
        r[1]: {"id": r[0], **dict(zip(COMPARED, r[2:-1])), "tags": sorted(r[-1].split(",")) if r[-1] else []}
        for r in conn.execute(sa_select(*cols).where(h.archived_at.is_(None)))
    }


def _fingerprint(path: Path) -> tuple[int, int, str]:
    """Size, modification time and a hash of the file: any change to it changes this."""
    try:
        stat = path.stat()
        digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return (-1, -1, "")
    return (stat.st_size, stat.st_mtime_ns, digest)


def preview_import(station: Station, path: Path) -> ImportPlan:
    """Read and check a roster file; raise with every problem, or return the plan.

    Raises:
        ValidationError: one problem per bad cell, missing column or duplicate row.
    """
    with paused_gc():
        checked = _check_file(Path(path))
        with station.read() as s:
            plan = _plan(s.connection(), Path(path), checked)
    _check_new_tags(station, plan.new_tags)
    return plan


REFUSED_NEW_TAGS = QT_TRANSLATE_NOOP(
    "Errors", "The roster uses tags that are not in the station's list: {tags}. Only a coordinator can add tags "
    "(站点 page, or import as a coordinator); nothing was imported.")


def _check_new_tags(station: Station, new_tags: list[str]) -> None:
    """New tags change the station's settings: a volunteer's import names them and stops.

    A preview without an operator (``--dry-run``) only lists them.
    """
    operator = station.operator
    if new_tags and operator is not None and not operator.may(Permission.MANAGE_STATION):
        raise PermissionDenied(REFUSED_NEW_TAGS, tags="、".join(new_tags))


def _check_file(path: Path) -> _CheckedFile:
    """Read and validate every row; raise with every problem found.

    The fingerprint is taken before reading, so a file changed while it is read never matches it.
    """
    fingerprint = _fingerprint(path)
    table = read_table(path, COLUMNS, REQUIRED)
    check_names_decoded(table, "head")  # a Korean file read as GB18030 (finding 5)
    if "building" in table.fields and "room" not in table.fields and "address" in table.fields:
        # 房号/门牌 beside 楼号 and 单元 columns is the room number, not a whole address.
        table.fields["room"] = table.fields.pop("address")
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    cleaned: list[tuple[int, CleanHousehold, str]] = []
    columns = [(c.field, table.fields.get(c.field)) for c in COLUMNS]
    for number, cells in table.rows:
        width = len(cells)
        # Table.value, unrolled: this loop runs once per row of a 100,000-row file.
        # A blank cell says nothing: it keeps what the registry holds rather than erasing it.
        data = HouseholdInput(**{name: None if index is None or index >= width else (cells[index] or None)
                                 for name, index in columns})
        try:
            clean = validate_household(data)
        except ValidationError as exc:
            for p in exc.problems:
                problems.append(Problem(_column_of(table, p.field), p.value, p.reason, p.params, row=number))
            address = _address_or_none(data)
            if address is not None and address not in seen:
                seen[address] = number  # so a later row repeating it is reported too
            continue
        address = str(clean.address)
        if address in seen:
            problems.append(Problem(_column_of(table, "address" if "address" in table.fields else "room"),
                                    address, REASON_DUPLICATE_ROW, {"row": seen[address]}, row=number))
            continue
        seen[address] = number
        cleaned.append((number, clean, address))
    if problems:
        raise ValidationError(problems)
    if not cleaned:
        raise ValidationError(Problem("file", Path(path).name, REASON_EMPTY, row=table.header_row))
    return _CheckedFile(fingerprint, cleaned)


def _plan(conn: Any, path: Path, checked: _CheckedFile) -> ImportPlan:
    """Match checked rows to the households in the file now: added, updated or unchanged."""
    existing = _existing(conn)
    known_tags = set(conn.execute(sa_select(table_of(Tag).c.name)).scalars())
    plan = ImportPlan(path, _checked=checked)
    new_tags: dict[str, None] = {}
    for number, clean, address in checked.rows:
        for t in clean.tags or []:
            if t not in known_tags:
                new_tags[t] = None
        current = existing.get(address)
        if current is None:
            plan.added.append(PlannedRow(number, clean))
            continue
        changes = {k: (current[k], v) for k, v in clean.values.items() if current.get(k) != v}
        if clean.tags is not None and sorted(clean.tags) != current["tags"]:
            changes["tags"] = (current["tags"], sorted(clean.tags))
        planned = PlannedRow(number, clean, current["id"], current, changes)
        (plan.updated if changes else plan.unchanged).append(planned)
    plan.new_tags = list(new_tags)
    return plan


_INSERT_COLUMNS = ("building", "unit", "room", "address", "sort_key", "head", "phones", "members", "area_centi",
                   "status", "notes", "owner", "owner_id", "search_key", "phone_key", "archived_reason", "version", "created_at",
                   "updated_at", "updated_by")


def apply_import(station: Station, plan: ImportPlan) -> ImportPlan:
    """Write a plan in one transaction, matched against the registry as it is inside that transaction.

    The file is checked again unless it is byte for byte the one previewed (then its checked rows
    are reused: validating 100,000 rows twice was half the time of a big import).
    """
    with paused_gc():
        return _apply(station, plan)


def _apply(station: Station, plan: ImportPlan) -> ImportPlan:
    checked = plan._checked
    if checked is None or checked.fingerprint[0] < 0 or checked.fingerprint != _fingerprint(plan.path):
        checked = _check_file(plan.path)
    with station.write() as uow:
        conn = uow.session.connection()
        # Matched inside BEGIN IMMEDIATE: a household typed in since the preview is updated, not
        # inserted a second time.
        fresh = _plan(conn, plan.path, checked)
        _check_new_tags(station, fresh.new_tags)
        stamp, who = now(), uow.operator.name
        # The same text SQLAlchemy's DateTime writes, for the rows that go straight to the driver.
        stamp_text = stored_value(conn, table_of(Household).c.created_at, stamp)
        tag_ids = dict(conn.execute(sa_select(table_of(Tag).c.name, table_of(Tag).c.id)).all())
        for name in fresh.new_tags:
            tag_ids[name] = conn.execute(insert(table_of(Tag)).values(name=name).returning(table_of(Tag).c.id)).scalar_one()
            uow.record("tag", name, "create", None, {"name": name})

        base = {"head": "", "phones": "", "members": None, "area_centi": None, "status": Status.OWNER.value,
                "notes": "", "owner": "", "owner_id": ""}
        fixed = {"created_at": stamp_text, "updated_at": stamp_text, "updated_by": who, "version": 1,
                 "archived_reason": ""}
        columns = itemgetter(*_INSERT_COLUMNS)
        rows, listed = [], []  # what is inserted; what the audit entry lists
        for p in fresh.added:
            r = {**base, **p.clean.row(), **fixed}
            r.update(keys_for(p.clean.address, r["head"], r["phones"]))
            rows.append(columns(r))
            listed.append([r["address"], r["head"], r["phones"], r["members"], format_area(r["area_centi"]) or None,
                           r["status"], r["notes"], p.clean.tags or [], r["owner"], r["owner_id"]])
        try:
            # Straight to the driver, as the audit trail does: SQLAlchemy's per-row parameter
            # processing cost more than the database's insert itself. Ids come from the database.
            first_id = insert_numbered(conn, table_of(Household), _INSERT_COLUMNS, rows)
        except RuntimeError:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "The import was not written: the new households were not numbered in order.")) from None

        updates = []
        for p in fresh.updated:
            assert p.before is not None, "an updated row carries the values it replaces"
            merged = {**p.before, **p.clean.values}
            keys = keys_for(p.clean.address, merged["head"], merged["phones"])
            updates.append({"_id": p.existing_id, **{k: merged[k] for k in COMPARED}, **keys,
                            "_updated_at": stamp, "_updated_by": who})
        if updates:
            h = table_of(Household)
            stmt = (update(h).where(h.c.id == bindparam("_id"))
                    .values(**{k: bindparam(k) for k in (*COMPARED, "search_key", "phone_key")},
                            version=h.c.version + 1, updated_at=bindparam("_updated_at"),
                            updated_by=bindparam("_updated_by")))
            conn.execute(stmt, updates)

        links = []
        retag_ids = []
        for household_id, p in enumerate(fresh.added, start=first_id):
            for t in p.clean.tags or []:
                links.append({"household_id": household_id, "tag_id": tag_ids[t]})
        for p in fresh.updated:
            if "tags" in p.changes:
                retag_ids.append(p.existing_id)
                for t in p.clean.tags or []:
                    links.append({"household_id": p.existing_id, "tag_id": tag_ids[t]})
        if retag_ids:
            ht = table_of(HouseholdTag)
            conn.execute(ht.delete().where(ht.c.household_id.in_(retag_ids)))
        if links:
            conn.execute(insert(table_of(HouseholdTag)), links)

        # Each changed household gets its own entry, before and after; the added ones are listed
        # whole in the import's entry (one hash for 100,000 rows rather than 100,000), and each
        # one's History tab reads its row back from there (``AuditService.rows``).
        uow.record_many([PendingEntry("household", str(p.existing_id), "import",
                                      {k: v[0] for k, v in p.changes.items()}, {k: v[1] for k, v in p.changes.items()})
                         for p in fresh.updated])
        summary: dict[str, Any] = {"file": fresh.path.name, "added": len(fresh.added), "updated": len(fresh.updated),
                                   "unchanged": len(fresh.unchanged)}
        batch_id = fresh.path.name
        if listed:
            batch = AddedBatch("household", first_id, ADDED_COLUMNS, listed)
            summary[BATCH_KEY] = batch.as_json()
            batch_id = batch.ref(fresh.path.name)
        uow.record(BATCH_ENTITY, batch_id, "households", None, summary)
    return fresh


EXPORT_HEADERS = ("地址", "楼栋", "单元", "室号", "户主", "电话", "面积", "人数", "状态", "标签", "备注", "产权人", "产权人编号")


def export_households(station: Station, path: Path, *, masked: bool = False,
                      query: HouseholdQuery = HouseholdQuery()) -> int:
    """Write the registry to CSV or XLSX; unmasked exports are for coordinators, and all are audited."""
    permission = Permission.EDIT_RECORDS if masked else Permission.EXPORT_UNMASKED
    operator = station.require(permission)
    rows = station.households.all_rows(query)
    data = (
        (r.address, r.building, r.unit, r.room, mask_name(r.head) if masked else r.head,
         mask_phones(r.phones) if masked else r.phones, r.area, "" if r.members is None else r.members,
         STATUS_LABELS[Status(r.status)], ",".join(r.tags), "" if masked else r.notes,
         mask_name(r.owner) if masked else r.owner, "" if masked else r.owner_id)
        for r in rows
    )
    notes = (("脱敏 masked", "是 yes" if masked else "否 no (contains personal data)"),
             ("导出人 exported by", operator.name), ("时间 at", datetime.now().strftime("%Y-%m-%d %H:%M")),
             ("户数 households", str(len(rows))))
    # The file is written inside the transaction that records it: no export goes unrecorded.
    with station.write(permission) as uow:
        uow.record("export", Path(path).name, "households", None,
                   {"file": str(path), "masked": masked, "households": len(rows)})
        try:
            write_table(Path(path), EXPORT_HEADERS, data, sheet="住户（已脱敏）" if masked else "住户", notes=notes)
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: {reason}"),
                               file=str(path), reason=exc.strerror or str(exc)) from exc
    return len(rows)
