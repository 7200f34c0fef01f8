"""The audit trail: every write appends who, when, what, and the fields before and after.

Entries are only ever inserted. Each carries ``hash = sha256(prev_hash + canonical entry)``, so an
entry edited or deleted behind the app's back breaks the chain at that point, and ``verify`` names
it. Appending happens inside the writer's ``BEGIN IMMEDIATE`` transaction, so two windows cannot
both read the same previous hash.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Table, and_, case, func, or_, select as sa_select, text
from sqlmodel import Session, col, select

from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.tabular import write_table
from mutual_aid_desk.db.portable import contains, insert_rows, json_length_in_place, json_path
from mutual_aid_desk.db.tables import AuditEntry
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, StorageError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

#: The trail's table for SQLAlchemy Core queries (an import writes and reads entries by the thousand).
AUDIT_TABLE: Table = table_of(AuditEntry)

def _default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot record {type(value).__name__} in the audit trail")


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_default)


def to_json(value: Any) -> str | None:
    """The canonical text an entry is hashed over (one shared encoder: an import writes 100,000)."""
    if value is None:
        return None
    return _ENCODER.encode(value)


def entry_hash(prev_hash: str, entry_id: int, at: str, operator: str, entity: str, entity_id: str, action: str,
               before: str | None, after: str | None) -> str:
    """sha256 over the previous hash and every field, each length-prefixed so no two entries collide
    (None is written as ``-``, text as ``<length>:<text>``)."""
    parts = (prev_hash, str(entry_id), at, operator, entity, entity_id, action, before, after)
    payload = "".join(["-" if p is None else f"{len(p)}:{p}" for p in parts])
    return hashlib.sha256(payload.encode()).hexdigest()


class PendingEntry(NamedTuple):
    """An entry waiting for its unit of work to commit (a tuple: an import makes 100,000 of them)."""

    entity: str
    entity_id: str
    action: str
    before: Any = None
    after: Any = None


#: The key under which an entry lists the records one bulk write created (see ``AddedBatch``).
BATCH_KEY = "created"
#: Bulk writes are recorded on entries of this entity; the batch is named in their ``entity_id``.
BATCH_ENTITY = "import"


@dataclass(frozen=True)
class AddedBatch:
    """Records created by one bulk write (an import), listed whole in that write's one audit entry.

    One entry, hashed once, rather than one per record: an import of 100,000 households spent
    half its time on per-household entries. The records took the consecutive ids ``first_id``,
    ``first_id + 1``, ...; the entry's ``entity_id`` says so (``ref``), which lets a record's
    History find its row without decoding every import on file.
    """

    entity: str
    first_id: int
    columns: tuple[str, ...]
    rows: list[list[Any]]

    @property
    def last_id(self) -> int:
        return self.first_id + len(self.rows) - 1

    def ref(self, name: str) -> str:
        """The entry's ``entity_id``: ``roster.csv#household:1-802``."""
        return f"{name}#{self.entity}:{self.first_id}-{self.last_id}"

    def as_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "first_id": self.first_id, "columns": list(self.columns), "rows": self.rows}


def parse_batch_ref(entity_id: str) -> tuple[str, int, int] | None:
    """``roster.csv#household:1-802`` → ("household", 1, 802); None for any other ``entity_id``."""
    _, mark, ref = entity_id.rpartition("#")
    entity, colon, span = ref.partition(":")
    first, dash, last = span.partition("-")
    if not (mark and colon and dash and first.isdigit() and last.isdigit()):
        return None
    return entity, int(first), int(last)


def _tail(session: Session) -> tuple[int, str]:
    row = session.connection().execute(text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
    return (row[0], row[1]) if row else (0, "")


_INSERT_COLUMNS = ("id", "at", "operator", "entity", "entity_id", "action", "before", "after", "prev_hash", "hash")


def append_entries(session: Session, operator: str, entries: Iterable[PendingEntry]) -> int:
    """Append entries at the end of the chain in one bulk insert; returns how many.

    Runs inside the caller's ``BEGIN IMMEDIATE`` transaction, so the tail read here cannot be
    appended to by another window before this commit. The insert goes straight to the driver:
    an import of 50,000 households writes 50,000 entries.
    """
    last_id, prev = _tail(session)
    at = now().isoformat(sep=" ")
    rows = []
    for e in entries:
        last_id += 1
        before, after = to_json(e.before), to_json(e.after)
        entity_id = str(e.entity_id)
        h = entry_hash(prev, last_id, at, operator, e.entity, entity_id, e.action, before, after)
        rows.append((last_id, at, operator, e.entity, entity_id, e.action, before, after, prev, h))
        prev = h
    if rows:
        # The chain's ids are consecutive by design (``verify`` checks it): they are the chain's
        # positions, numbered under the station's write lock, not surrogate keys.
        insert_rows(session.connection(), "audit_entry", _INSERT_COLUMNS, rows)
    return len(rows)


def append_entry(session: Session, operator: str, entity: str, entity_id: object, action: str,
                 before: Any = None, after: Any = None) -> None:
    append_entries(session, operator, [PendingEntry(entity, str(entity_id), action, before, after)])


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of walking the chain: ``count`` entries checked, the first bad one if any."""

    ok: bool
    count: int
    first_bad_id: int | None = None
    reason: str = ""

    def message(self) -> str:
        if self.ok:
            return f"audit trail intact: {self.count} entries"
        return f"audit trail BROKEN at entry {self.first_bad_id}: {self.reason}"


REASON_MISSING = QT_TRANSLATE_NOOP("Errors", "the entry is missing (deleted)")
REASON_LINK = QT_TRANSLATE_NOOP("Errors", "its link to the previous entry does not match (an entry before it was removed or replaced)")
REASON_CONTENT = QT_TRANSLATE_NOOP("Errors", "its content does not match its hash (it was edited outside the app)")


def verify_chain(session: Session) -> VerifyResult:
    """Walk the chain from the first entry; stop at the first entry that does not fit.

    Ids are consecutive from 1, each ``prev_hash`` is the hash before it, and each hash covers
    the entry's own content: a deleted, inserted or edited row breaks one of the three.
    """
    prev = ""
    count = 0
    expected_id = 1
    result = session.connection().exec_driver_sql(
        "SELECT id, at, operator, entity, entity_id, action, before, after, prev_hash, hash "
        "FROM audit_entry ORDER BY id"
    )
    for row in result:
        entry_id = row[0]
        if entry_id != expected_id:
            return VerifyResult(False, count, expected_id, REASON_MISSING)
        if row[8] != prev:
            return VerifyResult(False, count, entry_id, REASON_LINK)
        if entry_hash(prev, *row[:8]) != row[9]:
            return VerifyResult(False, count, entry_id, REASON_CONTENT)
        count += 1
        prev = row[9]
        expected_id = entry_id + 1
    return VerifyResult(True, count)


# --- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditQuery:
    """Which entries to show: all filters optional, applied in SQL. Dates are inclusive days."""

    since: datetime | date | None = None
    until: datetime | date | None = None
    operator: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None
    up_to_id: int | None = None  # pin a paged view to the entries that existed when it loaded

    def conditions(self, batch_ids: Iterable[int] = ()) -> list[Any]:
        """The SQL filters; ``batch_ids`` are bulk entries that list the record asked about."""
        c = AUDIT_TABLE.c
        where: list[Any] = []
        if self.since is not None:
            where.append(c.at >= _as_text(self.since))
        if self.until is not None:
            where.append(c.at < _as_text(self.until, end=True))
        if self.operator:
            where.append(c.operator == self.operator)
        own: list[Any] = []
        if self.entity:
            own.append(c.entity == self.entity)
        if self.entity_id is not None:
            own.append(c.entity_id == str(self.entity_id))
        batch_ids = list(batch_ids)
        if own and batch_ids:
            where.append(or_(and_(*own), c.id.in_(batch_ids)))
        else:
            where.extend(own)
        if self.action:
            where.append(c.action == self.action)
        if self.up_to_id is not None:
            where.append(c.id <= self.up_to_id)
        return where


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRow:
    """One entry, ready to show: the JSON before/after decoded."""

    id: int
    at: datetime
    operator: str
    entity: str
    entity_id: str
    action: str
    before: Any
    after: Any

    def changes(self) -> list[FieldChange]:
        """The fields that differ, in a stable order; a created record lists all its fields.

        The records a bulk write lists (``BATCH_KEY``) are left out: its counts say how many, and
        each record's own History shows its row.
        """
        return [c for c in field_changes(self.before, self.after) if c.field != BATCH_KEY]

    def summary(self) -> str:
        """``field: old → new; ...`` in one line, for lists and exports."""
        return "; ".join(f"{c.field}: {show_value(c.before)} → {show_value(c.after)}" for c in self.changes())

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(sep=" "), "operator": self.operator, "entity": self.entity,
                "entity_id": self.entity_id, "action": self.action, "before": self.before, "after": self.after}


def field_changes(before: Any, after: Any) -> list[FieldChange]:
    if not isinstance(before, dict) and not isinstance(after, dict):
        return [] if before == after else [FieldChange("", before, after)]
    b = before if isinstance(before, dict) else {}
    a = after if isinstance(after, dict) else {}
    keys = list(b) + [k for k in a if k not in b]
    return [FieldChange(k, b.get(k), a.get(k)) for k in keys if not _same(b.get(k), a.get(k))]


def _same(x: Any, y: Any) -> bool:
    empty: tuple[object, ...] = (None, "", [])
    return x == y or (x in empty and y in empty)


SHOWN_ITEMS = 10


def show_value(value: Any) -> str:
    """A value as a person reads it: empty as "—", yes/no as ✓/✗, lists comma-joined."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        if len(value) > SHOWN_ITEMS:  # e.g. the 100,000 rows an import lists: the first few, and how many
            return f"{','.join(show_value(v) for v in value[:SHOWN_ITEMS])},… ({len(value)})"
        return ",".join(show_value(v) for v in value)
    if isinstance(value, dict):
        return "{" + "; ".join(f"{k}: {show_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def _columns() -> list[Any]:
    c = AUDIT_TABLE.c
    return [c.id, c.at, c.operator, c.entity, c.entity_id, c.action, c.before, c.after]


def _to_row(r: Any) -> AuditRow:
    return AuditRow(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5],
                    json.loads(r[6]) if r[6] else None, json.loads(r[7]) if r[7] else None)


def _batches_listing(conn: Any, query: AuditQuery) -> dict[int, int]:
    """Bulk entries that list the one record ``query`` asks about: entry id → its row's index."""
    if not query.entity or query.entity_id is None or not str(query.entity_id).isdigit():
        return {}
    wanted = int(query.entity_id)
    c = AUDIT_TABLE.c
    found = {}
    for entry_id, ref in conn.execute(sa_select(c.id, c.entity_id).where(c.entity == BATCH_ENTITY,
                                                                         contains(c.entity_id, "#"))):
        batch = parse_batch_ref(ref)
        if batch is not None and batch[0] == query.entity and batch[1] <= wanted <= batch[2]:
            found[entry_id] = wanted - batch[1]
    return found


def _batch_row(conn: Any, row: AuditRow, query: AuditQuery, index: int) -> AuditRow:
    """A bulk entry narrowed to one record: "imported from roster.csv" with that record's fields."""
    c = AUDIT_TABLE.c
    found = conn.execute(sa_select(json_path(c.after, BATCH_KEY, "columns"), json_path(c.after, BATCH_KEY, "rows", index),
                                   json_path(c.after, "file")).where(c.id == row.id)).one()
    columns, values, file = (json.loads(v) if v is not None else None for v in found)
    after = {"file": file} if file else {}
    after.update(zip(columns or [], values or []))
    return AuditRow(row.id, row.at, row.operator, str(query.entity), str(query.entity_id), BATCH_ENTITY, None, after)


AUDIT_EXPORT_HEADERS = ("编号", "时间", "操作人", "对象", "对象编号", "操作", "改动", "之前 (JSON)", "之后 (JSON)")


class AuditService:
    """Reading the trail. Writing happens only through ``UnitOfWork.record``."""

    def __init__(self, station: Station):
        self._station = station

    def verify(self) -> VerifyResult:
        with self._station.read() as s:
            return verify_chain(s)

    def list(self, *, since: datetime | date | None = None, operator: str | None = None,
             entity: str | None = None, entity_id: str | None = None, until: datetime | date | None = None,
             limit: int | None = None) -> builtins.list[AuditEntry]:
        """Entries as stored, newest first."""
        query = AuditQuery(since=since, until=until, operator=operator, entity=entity,
                           entity_id=None if entity_id is None else str(entity_id))
        with self._station.read() as s:
            q = select(AuditEntry).where(*query.conditions()).order_by(col(AuditEntry.id).desc())
            if limit:
                q = q.limit(limit)
            return list(s.exec(q))

    def count(self, query: AuditQuery = AuditQuery()) -> int:
        with self._station.read() as s:
            conn = s.connection()
            where = query.conditions(_batches_listing(conn, query))
            stmt = sa_select(func.count()).select_from(AUDIT_TABLE).where(*where)
            return int(conn.execute(stmt).scalar_one())

    def rows(self, query: AuditQuery = AuditQuery(), *, offset: int = 0, limit: int | None = None) -> builtins.list[AuditRow]:
        """Entries decoded, newest first; ``offset``/``limit`` page through a long trail.

        Asked about one record, the rows include each bulk entry that created it, narrowed to
        that record's own row (the History tab of an imported household starts with "imported").
        Otherwise a bulk entry's list of records reads as its length; the stored entry, which the
        chain's hash covers, keeps the whole list.
        """
        c = AUDIT_TABLE.c
        with self._station.read() as s:
            conn = s.connection()
            batches = _batches_listing(conn, query)
            columns = _columns()
            # A bulk entry's list of records is not decoded here (100,000 rows took a quarter of a
            # second, each time a page showed it): its length stands in for it, and a record's
            # own row is read on its own, below.
            is_batch = and_(c.entity == BATCH_ENTITY, contains(c.entity_id, "#"))
            columns[-1] = case((c.id.in_(list(batches)), None),
                               (is_batch, json_length_in_place(c.after, BATCH_KEY, "rows")),
                               else_=c.after)
            stmt = sa_select(*columns).where(*query.conditions(batches)).order_by(c.id.desc()).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            rows = [_to_row(r) for r in conn.execute(stmt)]
            return [_batch_row(conn, r, query, batches[r.id]) if r.id in batches else r for r in rows]

    def history(self, entity: str, entity_id: object) -> builtins.list[AuditRow]:
        """Everything that happened to one record, newest first (the History tab)."""
        return self.rows(AuditQuery(entity=entity, entity_id=str(entity_id)))

    def last_id(self) -> int:
        with self._station.read() as s:
            return int(s.connection().exec_driver_sql("SELECT coalesce(max(id), 0) FROM audit_entry").scalar_one())

    def operators(self) -> builtins.list[str]:
        """Every name that appears in the trail (including people since removed from the roster)."""
        c = AUDIT_TABLE.c
        with self._station.read() as s:
            return sorted(s.connection().execute(sa_select(c.operator).distinct()).scalars())

    def entities(self) -> builtins.list[str]:
        c = AUDIT_TABLE.c
        with self._station.read() as s:
            return sorted(s.connection().execute(sa_select(c.entity).distinct()).scalars())

    def export(self, path: Path, query: AuditQuery = AuditQuery()) -> int:
        """Write the trail (filtered) to XLSX or CSV. Coordinators only: it holds unmasked names
        and phones. The export itself is audited, and the file says it is not masked.

        Raises:
            PermissionDenied: the operator is not a coordinator.
            StorageError: the file could not be written.
        """
        path = Path(path)
        operator = self._station.require(Permission.EXPORT_UNMASKED)
        rows = self.rows(query)
        data = ((r.id, r.at.isoformat(sep=" "), r.operator, r.entity, r.entity_id, r.action, r.summary(),
                 to_json(r.before) or "", to_json(r.after) or "") for r in rows)
        filters = ", ".join(f"{k}={v}" for k, v in asdict(query).items() if v is not None) or "—"
        notes = (("脱敏 masked", "否 no (contains personal data)"), ("导出人 exported by", operator.name),
                 ("时间 at", now().isoformat(sep=" ")), ("条数 entries", str(len(rows))), ("筛选 filters", filters))
        tmp = path.with_name(path.name + ".part" + path.suffix)
        try:
            with self._station.write(Permission.EXPORT_UNMASKED) as uow:
                write_table(tmp, AUDIT_EXPORT_HEADERS, data, sheet="审计记录", notes=notes)
                uow.record("export", path.name, "audit", None,
                           {"file": str(path), "masked": False, "entries": len(rows), "filters": filters})
            tmp.replace(path)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: {reason}. Nothing was exported; choose another folder."),
                file=str(path), reason=exc.strerror or str(exc)) from exc
        finally:
            tmp.unlink(missing_ok=True)
        return len(rows)
def _as_text(moment: datetime | date, *, end: bool = False) -> str:
    if isinstance(moment, datetime):
        return moment.isoformat(sep=" ")
    if end:
        moment = moment + timedelta(days=1)
    return moment.isoformat()
