"""Tamper evidence for the records themselves, not only for the audit chain.

The hash chain (``core.audit``) proves the audit entries were not edited; it says nothing about a
payment whose amount was changed with plain SQL beside them. Here every audited record is checked
against what its audit entries say it became: the entries for one record are replayed in order
(``after`` fields overwrite, a bulk write's listed rows count as ``after``, a delete removes the
record), and each field they recorded is compared with the stored row. A stored record no entry
created is a forgery; an entry's record that is gone was deleted behind the app's back.

The comparison is generic: it compares whatever fields the entries recorded with the table column of
the same name, so a column added later is checked as soon as the app records it. Fields that are
not plain columns (an area kept as hundredths, tags kept in a link table) are ``derived`` per kind.
A new record type registers a ``RecordKind`` with ``register``.

Also here: the guard triggers the file must have, the chain's head as printed on every 公示 and
receipt, and the check of a posted head (``N:HASH``) against the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select as sa_select, text

from mutual_aid_desk.core.audit import BATCH_KEY, verify_chain
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.values import format_area
from mutual_aid_desk.core.vote_plan import ItemSpec, answer_json
from mutual_aid_desk.db.tables import Ballot, Consultation, Household, LedgerEntry, Visit
from mutual_aid_desk.db.tables.common import table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ValidationError

#: Characters of the head's hash printed on notices and receipts (48 bits: no one forges a chain to it).
SHORT_HASH = 12

# (connection, stored row, a dict the derivations of one check share) → the value as audited
Derive = Callable[[Any, dict[str, Any], dict[str, Any]], Any]


@dataclass
class RecordKind:
    """One kind of audited record: the audit ``entity`` name and the table that stores it.

    Args:
        key: the stored row's audit ``entity_id`` (default: its id).
        derived: audit fields computed from the row rather than read from a column of that name.
        renamed: audit field → column, for fields recorded under another name.
        ignored: audit fields never compared (copies of another record's data, such as an address).
        none_keeps: fields where an entry's None means "left as it was" (not "set to nothing").
        same_as: pairs of audit fields that record one value two ways (a household's ``area`` text
            and ``area_centi``): an entry setting one makes the other's older value obsolete.
    """

    entity: str
    table: Table
    key: Callable[[dict[str, Any]], str] = lambda row: str(row["id"])
    derived: dict[str, Derive] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    ignored: frozenset[str] = frozenset()
    none_keeps: frozenset[str] = frozenset()
    same_as: dict[str, str] = field(default_factory=dict)


_KINDS: dict[str, RecordKind] = {}


def register(kind: RecordKind) -> RecordKind:
    """Add a record type to what ``check_records`` verifies (another domain's module calls this)."""
    _KINDS[kind.entity] = kind
    return kind


REASON_RECORD_CHANGED = QT_TRANSLATE_NOOP("Errors", "{entity} {id}: {field} is {stored} in the file but {audited} in the audit trail (changed outside the app)")
REASON_RECORD_MISSING = QT_TRANSLATE_NOOP("Errors", "{entity} {id}: in the audit trail but missing from the file (deleted outside the app)")
REASON_RECORD_FORGED = QT_TRANSLATE_NOOP("Errors", "{entity} {id}: in the file but no audit entry records it (inserted outside the app)")
REASON_TRIGGER_MISSING = QT_TRANSLATE_NOOP("Errors", "guard trigger {name} is missing: the audit trail can be edited (restore a backup or ask for help)")
REASON_ANCHOR_SHORT = QT_TRANSLATE_NOOP("Errors", "the posted head says {count} entries but the file holds only {have}: entries were cut off the end")
REASON_ANCHOR_HASH = QT_TRANSLATE_NOOP("Errors", "entry {count} has hash {have}, but the posted head says {posted}: the trail was rewritten since it was posted")


@dataclass(frozen=True)
class RecordProblem:
    entity: str
    entity_id: str
    kind: str  # changed | missing | forged
    field: str = ""
    stored: Any = None
    audited: Any = None

    def template(self) -> tuple[str, dict[str, Any]]:
        """The message's English template (marked for translation) and its parameters."""
        params: dict[str, Any] = {"entity": self.entity, "id": self.entity_id}
        if self.kind == "missing":
            return REASON_RECORD_MISSING, params
        if self.kind == "forged":
            return REASON_RECORD_FORGED, params
        return REASON_RECORD_CHANGED, {**params, "field": self.field, "stored": _show(self.stored),
                                       "audited": _show(self.audited)}

    def message(self) -> str:
        template, params = self.template()
        return template.format(**params)


def _show(value: Any) -> str:
    return "nothing" if value in (None, "", [], {}) else json.dumps(value, ensure_ascii=False)


def _canonical(value: Any) -> Any:
    """Both sides as the audit trail writes them (JSON types, dates as ISO text), lists sorted,
    blanks alike. Written out rather than through a JSON round trip: it runs for every field of
    every record."""
    if value is None or value == "":
        return None
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)) if items else None
    if isinstance(value, dict):
        out = {str(k): _canonical(v) for k, v in value.items()}
        out = {k: v for k, v in out.items() if v is not None}
        return out or None
    return str(value)


# --- replaying the audit trail --------------------------------------------------------------------


def _replay(conn: Any) -> dict[str, dict[str, dict[str, Any] | None]]:
    """entity → entity_id → the fields the entries say the record holds now (None: deleted)."""
    state: dict[str, dict[str, dict[str, Any] | None]] = {entity: {} for entity in _KINDS}
    rows = conn.execute(text("SELECT entity, entity_id, action, after FROM audit_entry ORDER BY id"))
    for entity, entity_id, action, after_text in rows:
        after = json.loads(after_text) if after_text else None
        if isinstance(after, dict) and isinstance(after.get(BATCH_KEY), dict):
            batch = after[BATCH_KEY]
            records = state.get(batch.get("entity", ""))
            if records is not None:
                columns = batch.get("columns", [])
                for offset, values in enumerate(batch.get("rows", [])):
                    records[str(int(batch["first_id"]) + offset)] = dict(zip(columns, values))
            continue
        if entity == "tag" and action == "delete":  # the tag leaves every household that had it
            for fields in state.get("household", {}).values():
                if fields and isinstance(fields.get("tags"), list):
                    fields["tags"] = [t for t in fields["tags"] if t != entity_id]
            continue
        records = state.get(entity)
        if records is None:
            continue
        if after is None:
            if action == "delete":
                records[entity_id] = None
            continue
        if isinstance(after, dict):
            current = records.get(entity_id) or {}
            kind = _KINDS[entity]
            for name, value in after.items():
                if value is None and name in kind.none_keeps and name in current:
                    continue
                current[name] = value
                twin = kind.same_as.get(name)
                if twin is not None and twin not in after:
                    current.pop(twin, None)
            records[entity_id] = current
    _follow_volunteer_renames(conn, state)
    return state


def _follow_volunteer_renames(conn: Any, state: dict[str, dict[str, dict[str, Any] | None]]) -> None:
    """Visits name their volunteers as they were called then: compare with today's names."""
    current = dict(conn.execute(text("SELECT id, name FROM volunteer")).all())
    history: dict[str, str] = {}
    for entity_id, before_text in conn.execute(text(
            "SELECT entity_id, before FROM audit_entry WHERE entity = 'volunteer' AND before IS NOT NULL ORDER BY id")):
        before = json.loads(before_text)
        if isinstance(before, dict) and before.get("name") and entity_id.isdigit():
            now_name = current.get(int(entity_id))
            if now_name and now_name != before["name"]:
                history[before["name"]] = now_name
    if not history:
        return
    for fields in state.get("visit", {}).values():
        if fields and isinstance(fields.get("volunteers"), list):
            fields["volunteers"] = [history.get(n, n) for n in fields["volunteers"]]


def check_records(conn: Any, kinds: Iterable[str] | None = None) -> list[RecordProblem]:
    """Every audited record as stored against what its audit entries say; the differences, in order."""
    state = _replay(conn)
    problems: list[RecordProblem] = []
    for entity, kind in _KINDS.items():
        if kinds is not None and entity not in kinds:
            continue
        table = kind.table
        expected = state.get(entity, {})
        seen: set[str] = set()
        cache: dict[str, Any] = {}
        names = list(table.c.keys())
        for values in conn.execute(sa_select(table)):
            row = dict(zip(names, values))
            key = kind.key(row)
            seen.add(key)
            audited = expected.get(key)
            if audited is None:
                problems.append(RecordProblem(entity, key, "forged"))
                continue
            for name, value in audited.items():
                if name in kind.ignored:
                    continue
                if name in kind.derived:
                    stored = kind.derived[name](conn, row, cache)
                else:
                    column = kind.renamed.get(name, name)
                    if column not in row:
                        continue  # recorded for the reader, not a column of this table
                    stored = row[column]
                if _canonical(stored) != _canonical(value):
                    problems.append(RecordProblem(entity, key, "changed", name, _canonical(stored), _canonical(value)))
        for key, audited in expected.items():
            if audited is not None and key not in seen:
                problems.append(RecordProblem(entity, key, "missing"))
    return problems


# --- the kinds the app records ----------------------------------------------------------------------


def _grouped(conn: Any, cache: dict[str, Any], name: str, sql: str) -> dict[Any, list[Any]]:
    """One query for all rows (a record's tags, a visit's volunteers), grouped by its first column."""
    if name not in cache:
        groups: dict[Any, list[Any]] = {}
        for owner, value in conn.execute(text(sql)):
            groups.setdefault(owner, []).append(value)
        cache[name] = groups
    grouped: dict[Any, list[Any]] = cache[name]
    return grouped


def _household_tags(conn: Any, row: dict[str, Any], cache: dict[str, Any]) -> list[str]:
    return sorted(_grouped(conn, cache, "tags", "SELECT ht.household_id, t.name FROM household_tag ht "
                                                "JOIN tag t ON t.id = ht.tag_id").get(row["id"], []))


def _household_area(conn: Any, row: dict[str, Any], cache: dict[str, Any]) -> str | None:
    return format_area(row["area_centi"]) or None


def _visit_volunteers(conn: Any, row: dict[str, Any], cache: dict[str, Any]) -> list[str]:
    return sorted(_grouped(conn, cache, "volunteers", "SELECT vv.visit_id, v.name FROM visit_volunteer vv "
                                                      "JOIN volunteer v ON v.id = vv.volunteer_id").get(row["id"], []))


def _ledger_amount(conn: Any, row: dict[str, Any], cache: dict[str, Any]) -> str:
    return format_fen(row["amount_fen"])


def _ballot_answers(conn: Any, row: dict[str, Any], cache: dict[str, Any]) -> dict[str, Any]:
    """The answers as the audit trail writes them: item key → 'agree', a label or a list of labels."""
    if "items" not in cache:
        cache["items"] = {item_id: (key, ItemSpec(key, "", kind, options=json.loads(options or "[]")))
                          for item_id, key, kind, options in conn.execute(text(
                              "SELECT id, key, kind, options FROM vote_item"))}
    items = cache["items"]
    if "answers" not in cache:
        answers: dict[int, dict[int, list[int]]] = {}
        for ballot_id, item_id, value in conn.execute(text(
                "SELECT ballot_id, item_id, value FROM ballot_answer ORDER BY ballot_id, item_id, value")):
            answers.setdefault(ballot_id, {}).setdefault(item_id, []).append(value)
        cache["answers"] = answers
    chosen: dict[int, list[int]] = cache["answers"].get(row["id"], {})
    out: dict[str, Any] = {}
    for item_id, values in chosen.items():
        if item_id not in items:
            out[f"item {item_id}"] = values
            continue
        key, item = items[item_id]
        try:
            out[key] = answer_json(item, values)
        except (IndexError, KeyError):  # a value no option has: shown as the raw numbers
            out[key] = values
    return out


register(RecordKind(
    "household", table_of(Household),
    derived={"area": _household_area, "tags": _household_tags,
             "archived": lambda conn, row, cache: row["archived_at"] is not None},
    renamed={"reason": "archived_reason", "merged_into": "merged_into_id"},
    same_as={"area": "area_centi", "area_centi": "area"},
))
register(RecordKind(
    "visit", table_of(Visit),
    derived={"volunteers": _visit_volunteers,
             "follow_up_done": lambda conn, row, cache: row.get("follow_up_done_at") is not None},
    ignored=frozenset({"address"}),
))
register(RecordKind("consultation", table_of(Consultation),
                    ignored=frozenset({"address"})))
register(RecordKind(
    "fund_ledger", table_of(LedgerEntry),
    derived={"amount": _ledger_amount},
    ignored=frozenset({"address"}),
))
register(RecordKind(
    "ballot", table_of(Ballot),
    key=lambda row: f"{row['vote_id']}:{row['household_id']}",
    derived={"answers": _ballot_answers},
    ignored=frozenset({"address"}),
    none_keeps=frozenset({"cast_on"}),
))


# --- guard triggers ---------------------------------------------------------------------------------

#: Triggers every station file must have (migrations 0002 and 0008 create them).
GUARD_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete", "fund_ledger_no_update", "fund_ledger_no_delete")


def missing_triggers(conn: Any) -> list[str]:
    if conn.dialect.name == "sqlite":
        present = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    else:
        present = set(conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
    return [name for name in GUARD_TRIGGERS if name not in present]


# --- the head of the chain --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainHead:
    """The last entry's number and hash: printed on notices so a later copy of the file can be checked."""

    count: int
    hash: str

    @property
    def short(self) -> str:
        return self.hash[:SHORT_HASH]

    def anchor(self) -> str:
        """``N:HASH``, what ``audit verify --anchor`` takes."""
        return f"{self.count}:{self.short}"

    def text_zh(self) -> str:
        """As printed for residents: the entry count and the short hash (the command that checks them
        is for coordinators: ``audit verify --anchor N:HASH``)."""
        return f"审计链 第 {self.count} 条 {self.short}"


def chain_head(conn: Any) -> ChainHead:
    row = conn.execute(text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
    return ChainHead(row[0], row[1]) if row else ChainHead(0, "")


REASON_ANCHOR_FORMAT = QT_TRANSLATE_NOOP("Problems", "write the head as printed: entry number, colon, the first 8 or more characters of its hash (1234:5f2a9c01b3de)")


def parse_anchor(value: str) -> tuple[int, str]:
    """``1234:5f2a9c01b3de`` → (1234, '5f2a9c01b3de').

    Raises:
        ValidationError: not a number and at least 8 hex characters.
    """
    m = re.fullmatch(r"\s*([0-9]+)\s*[:：]\s*([0-9a-fA-F]{8,64})\s*", value or "")
    if not m:
        raise ValidationError.single("anchor", value, REASON_ANCHOR_FORMAT)
    return int(m.group(1)), m.group(2).lower()


def check_anchor(conn: Any, count: int, short: str) -> str | None:
    """None when entry ``count`` exists and its hash starts with ``short``; else why not.

    With the chain itself verified, a matching entry proves entries 1..count are the ones posted:
    rewriting any of them (and re-hashing the rest) changes this hash; cutting them off removes it.
    """
    have = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
    row = conn.execute(text("SELECT hash FROM audit_entry WHERE id = :id"), {"id": count}).first()
    if row is None or have < count:
        return REASON_ANCHOR_SHORT.format(count=count, have=have)
    if not row[0].startswith(short):
        return REASON_ANCHOR_HASH.format(count=count, have=row[0][: len(short)], posted=short)
    return None


# --- all of it --------------------------------------------------------------------------------------


@dataclass
class IntegrityReport:
    """What ``audit verify`` found: the chain, the records against it, the triggers, a posted head."""

    chain: Any  # core.audit.VerifyResult
    head: ChainHead
    records: list[RecordProblem] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    anchor: str | None = None  # why the posted head does not match, if it does not

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.records and not self.triggers and self.anchor is None

    def lines(self) -> list[str]:
        """One plain line per problem, the chain first; a single 'intact' line when there is none."""
        if self.ok:
            return [f"audit trail intact: {self.chain.count} entries",
                    f"every record matches it; head {self.head.anchor()} (as printed on notices and receipts)"]
        out = []
        if not self.chain.ok:
            out.append(self.chain.message())
        if self.anchor:
            out.append(f"posted head: {self.anchor}")
        out += [REASON_TRIGGER_MISSING.format(name=name) for name in self.triggers]
        out += [p.message() for p in self.records]
        return out


def verify_station(station: Any, anchor: str | None = None) -> IntegrityReport:
    """The chain, every audited record, the guard triggers and (if given) a posted head ``N:HASH``.

    Raises:
        ValidationError: ``anchor`` is not written as ``N:HASH``.
    """
    posted = parse_anchor(anchor) if anchor is not None else None
    with station.read() as s:
        conn = s.connection()
        report = IntegrityReport(verify_chain(s), chain_head(conn))
        report.triggers = missing_triggers(conn)
        report.records = check_records(conn)
        if posted is not None:
            report.anchor = check_anchor(conn, *posted)
    return report


def station_head(station: Any) -> ChainHead:
    """The chain's head now, for a notice or receipt to print."""
    with station.read() as s:
        return chain_head(s.connection())
