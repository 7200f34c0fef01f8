"""The audit trail: every write appends who, when, what, and the fields before and after.

Entries are only ever inserted. Each carries ``hash = sha256(prev_hash + canonical entry)``, so an
entry edited or deleted behind the app's back breaks the chain at that point, and ``verify`` names
it. Appending happens inside the writer's ``BEGIN IMMEDIATE`` transaction, so two windows cannot
both read the same previous hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, text
from sqlmodel import Session, col, select

from mutual_aid_desk.db.tables import AuditEntry
from mutual_aid_desk.db.tables.common import now

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def _default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot record {type(value).__name__} in the audit trail")


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_default)


def entry_hash(prev_hash: str, entry_id: int, at: str, operator: str, entity: str, entity_id: str, action: str,
               before: str | None, after: str | None) -> str:
    payload = json.dumps([entry_id, at, operator, entity, entity_id, action, before, after],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{payload}".encode()).hexdigest()


@dataclass(frozen=True)
class PendingEntry:
    entity: str
    entity_id: str
    action: str
    before: Any = None
    after: Any = None


def _tail(session: Session) -> tuple[int, str]:
    row = session.connection().execute(text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
    return (row[0], row[1]) if row else (0, "")


def append_entries(session: Session, operator: str, entries: Iterable[PendingEntry]) -> int:
    """Append entries at the end of the chain in one bulk insert; returns how many."""
    last_id, prev = _tail(session)
    at = now().isoformat(sep=" ")
    rows = []
    for e in entries:
        last_id += 1
        before, after = to_json(e.before), to_json(e.after)
        h = entry_hash(prev, last_id, at, operator, e.entity, str(e.entity_id), e.action, before, after)
        rows.append({"id": last_id, "at": at, "operator": operator, "entity": e.entity,
                     "entity_id": str(e.entity_id), "action": e.action, "before": before, "after": after,
                     "prev_hash": prev, "hash": h})
        prev = h
    if rows:
        session.connection().execute(insert(AuditEntry), rows)
    return len(rows)


def append_entry(session: Session, operator: str, entity: str, entity_id: object, action: str,
                 before: Any = None, after: Any = None) -> None:
    append_entries(session, operator, [PendingEntry(entity, str(entity_id), action, before, after)])


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    first_bad_id: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> VerifyResult:
    """Walk the chain from the first entry; stop at the first entry whose hash does not match."""
    prev = ""
    count = 0
    expected_id = None
    result = session.connection().execute(
        text("SELECT id, at, operator, entity, entity_id, action, before, after, prev_hash, hash "
             "FROM audit_entry ORDER BY id")
    )
    for row in result:
        count += 1
        entry_id = row[0]
        if expected_id is not None and entry_id != expected_id:
            return VerifyResult(False, count, expected_id, f"entry {expected_id} is missing")
        if row[8] != prev:
            return VerifyResult(False, count, entry_id, "its link to the previous entry does not match")
        if entry_hash(prev, *row[:8]) != row[9]:
            return VerifyResult(False, count, entry_id, "its content does not match its hash")
        prev = row[9]
        expected_id = entry_id + 1
    return VerifyResult(True, count)


class AuditService:
    """Reading the trail. Writing happens only through ``UnitOfWork.record``."""

    def __init__(self, station: "Station"):
        self._station = station

    def verify(self) -> VerifyResult:
        with self._station.read() as s:
            return verify_chain(s)

    def list(self, *, since: datetime | date | None = None, operator: str | None = None,
             entity: str | None = None, entity_id: str | None = None, until: datetime | date | None = None,
             limit: int | None = None) -> list[AuditEntry]:
        with self._station.read() as s:
            q = select(AuditEntry)
            if since is not None:
                q = q.where(AuditEntry.at >= _as_text(since))
            if until is not None:
                q = q.where(AuditEntry.at < _as_text(until, end=True))
            if operator:
                q = q.where(AuditEntry.operator == operator)
            if entity:
                q = q.where(AuditEntry.entity == entity)
            if entity_id is not None:
                q = q.where(AuditEntry.entity_id == str(entity_id))
            q = q.order_by(col(AuditEntry.id).desc())
            if limit:
                q = q.limit(limit)
            return list(s.exec(q))


def _as_text(moment: datetime | date, *, end: bool = False) -> str:
    if isinstance(moment, datetime):
        return moment.isoformat(sep=" ")
    if end:
        from datetime import timedelta

        moment = moment + timedelta(days=1)
    return moment.isoformat()
