"""The audit trail as a table: paged, newest first, with codes shown as words.

The view is pinned to the entries that existed when it loaded (``up_to_id``), so an entry appended
by another window while someone scrolls does not shift the pages under them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mutual_aid_desk.core.audit import BATCH_KEY, SHOWN_ITEMS, AuditQuery, AuditRow, FieldChange
from mutual_aid_desk.core.station import Station

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - marks strings for lupdate
    return text


ENTITIES = {
    "household": QT_TRANSLATE_NOOP("Audit", "Household"),
    "volunteer": QT_TRANSLATE_NOOP("Audit", "Volunteer"),
    "station": QT_TRANSLATE_NOOP("Audit", "Station details"),
    "tag": QT_TRANSLATE_NOOP("Audit", "Tag"),
    "setting": QT_TRANSLATE_NOOP("Audit", "Setting"),
    "import": QT_TRANSLATE_NOOP("Audit", "Import"),
    "export": QT_TRANSLATE_NOOP("Audit", "Export"),
    "visit": QT_TRANSLATE_NOOP("Audit", "Visit"),
    "consultation": QT_TRANSLATE_NOOP("Audit", "Consultation"),
    "vote": QT_TRANSLATE_NOOP("Audit", "Vote"),
    "ballot": QT_TRANSLATE_NOOP("Audit", "Ballot"),
    "drive": QT_TRANSLATE_NOOP("Audit", "Fundraising drive"),
    "ledger": QT_TRANSLATE_NOOP("Audit", "Ledger entry"),
    "meeting": QT_TRANSLATE_NOOP("Audit", "Meeting"),
    "walklist": QT_TRANSLATE_NOOP("Audit", "Walk list"),
    "notice_template": QT_TRANSLATE_NOOP("Audit", "Notice template"),
    "meeting_attendance": QT_TRANSLATE_NOOP("Audit", "Meeting attendance"),
    "fund_exemption": QT_TRANSLATE_NOOP("Audit", "Exemption"),
    "fund_drive": QT_TRANSLATE_NOOP("Audit", "Fundraising drive"),
    "fund_split": QT_TRANSLATE_NOOP("Audit", "Split of a drive"),
    "ballot_keying": QT_TRANSLATE_NOOP("Audit", "Ballot keying"),
    "fund_ledger": QT_TRANSLATE_NOOP("Audit", "Ledger entry"),
    "payment": QT_TRANSLATE_NOOP("Audit", "Payment"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "archive": QT_TRANSLATE_NOOP("Audit", "archived"),
    "merge": QT_TRANSLATE_NOOP("Audit", "merged"),
    "import": QT_TRANSLATE_NOOP("Audit", "imported"),
    "households": QT_TRANSLATE_NOOP("Audit", "households"),
    "audit": QT_TRANSLATE_NOOP("Audit", "audit trail"),
    "deactivate": QT_TRANSLATE_NOOP("Audit", "deactivated"),
    "restore": QT_TRANSLATE_NOOP("Audit", "restored from a backup"),
    "pin lockout": QT_TRANSLATE_NOOP("Audit", "locked after wrong PINs"),
    "reverse": QT_TRANSLATE_NOOP("Audit", "reversed"),
    "demo": QT_TRANSLATE_NOOP("Audit", "demo station built"),
    "walklist": QT_TRANSLATE_NOOP("Audit", "walk list printed"),
    "ballots": QT_TRANSLATE_NOOP("Audit", "ballots"),
    "payments": QT_TRANSLATE_NOOP("Audit", "payments"),
    "amend": QT_TRANSLATE_NOOP("Audit", "amended"),
    "fix": QT_TRANSLATE_NOOP("Audit", "fixed"),
    "key": QT_TRANSLATE_NOOP("Audit", "keyed"),
    "remove": QT_TRANSLATE_NOOP("Audit", "removed"),
    "reset": QT_TRANSLATE_NOOP("Audit", "reset to default"),
    "set": QT_TRANSLATE_NOOP("Audit", "set"),
    "rule": QT_TRANSLATE_NOOP("Audit", "rule changed"),
    "follow_up_done": QT_TRANSLATE_NOOP("Audit", "follow-up done"),
    "print": QT_TRANSLATE_NOOP("Audit", "printed"),
    "close": QT_TRANSLATE_NOOP("Audit", "closed"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "reopened"),
    "open": QT_TRANSLATE_NOOP("Audit", "opened"),
    "pay": QT_TRANSLATE_NOOP("Audit", "payment recorded"),
    "refund": QT_TRANSLATE_NOOP("Audit", "refund"),
    "expense": QT_TRANSLATE_NOOP("Audit", "expense"),
    "exempt": QT_TRANSLATE_NOOP("Audit", "exempted"),
    "split": QT_TRANSLATE_NOOP("Audit", "split set"),
    "arrears": QT_TRANSLATE_NOOP("Audit", "arrears list printed"),
    "notice": QT_TRANSLATE_NOOP("Audit", "notice printed"),
    "receipts": QT_TRANSLATE_NOOP("Audit", "receipts printed"),
    "attend": QT_TRANSLATE_NOOP("Audit", "attendance"),
    "export": QT_TRANSLATE_NOOP("Audit", "exported"),
}
FIELDS = {
    "address": QT_TRANSLATE_NOOP("Audit", "address"),
    "head": QT_TRANSLATE_NOOP("Audit", "head of household"),
    "phones": QT_TRANSLATE_NOOP("Audit", "phone"),
    "phone": QT_TRANSLATE_NOOP("Audit", "phone"),
    "members": QT_TRANSLATE_NOOP("Audit", "members"),
    "area": QT_TRANSLATE_NOOP("Audit", "area"),
    "status": QT_TRANSLATE_NOOP("Audit", "status"),
    "notes": QT_TRANSLATE_NOOP("Audit", "notes"),
    "tags": QT_TRANSLATE_NOOP("Audit", "tags"),
    "archived": QT_TRANSLATE_NOOP("Audit", "archived"),
    "reason": QT_TRANSLATE_NOOP("Audit", "reason"),
    "name": QT_TRANSLATE_NOOP("Audit", "name"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"),
    "active": QT_TRANSLATE_NOOP("Audit", "active"),
    "pin": QT_TRANSLATE_NOOP("Audit", "PIN"),
    "compounds": QT_TRANSLATE_NOOP("Audit", "compounds"),
    "street": QT_TRANSLATE_NOOP("Audit", "street office"),
    "community": QT_TRANSLATE_NOOP("Audit", "community"),
    "file": QT_TRANSLATE_NOOP("Audit", "file"),
    "masked": QT_TRANSLATE_NOOP("Audit", "masked"),
    "added": QT_TRANSLATE_NOOP("Audit", "added"),
    "updated": QT_TRANSLATE_NOOP("Audit", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("Audit", "unchanged"),
    "buildings": QT_TRANSLATE_NOOP("Audit", "buildings"),
    "households": QT_TRANSLATE_NOOP("Audit", "households"),
    "entries": QT_TRANSLATE_NOOP("Audit", "entries"),
    "filters": QT_TRANSLATE_NOOP("Audit", "filters"),
    "from": QT_TRANSLATE_NOOP("Audit", "from"),
    "kept_current_as": QT_TRANSLATE_NOOP("Audit", "previous file kept as"),
    "wrong_pins": QT_TRANSLATE_NOOP("Audit", "wrong PINs"),
    "locked_until": QT_TRANSLATE_NOOP("Audit", "locked until"),
    "drive": QT_TRANSLATE_NOOP("Audit", "drive"),
    "outcomes": QT_TRANSLATE_NOOP("Audit", "outcomes"),
    "answers": QT_TRANSLATE_NOOP("Audit", "answers"),
    "channel": QT_TRANSLATE_NOOP("Audit", "channel"),
    "selection": QT_TRANSLATE_NOOP("Audit", "selection"),
    "amount": QT_TRANSLATE_NOOP("Audit", "amount"),
    "method": QT_TRANSLATE_NOOP("Audit", "method"),
    "receipt": QT_TRANSLATE_NOOP("Audit", "receipt"),
    "receipt_no": QT_TRANSLATE_NOOP("Audit", "receipt number"),
    "collector": QT_TRANSLATE_NOOP("Audit", "collector"),
    "outcome": QT_TRANSLATE_NOOP("Audit", "outcome"),
    "purpose": QT_TRANSLATE_NOOP("Audit", "purpose"),
    "volunteers": QT_TRANSLATE_NOOP("Audit", "volunteers"),
    "follow_up": QT_TRANSLATE_NOOP("Audit", "follow-up"),
    "date": QT_TRANSLATE_NOOP("Audit", "date"),
    "title": QT_TRANSLATE_NOOP("Audit", "title"),
    "created": QT_TRANSLATE_NOOP("Audit", "created"),
    "vote": QT_TRANSLATE_NOOP("Audit", "vote"),
    "meeting": QT_TRANSLATE_NOOP("Audit", "meeting"),
    "place": QT_TRANSLATE_NOOP("Audit", "place"),
    "time": QT_TRANSLATE_NOOP("Audit", "time"),
    "payee": QT_TRANSLATE_NOOP("Audit", "payee"),
    "voucher": QT_TRANSLATE_NOOP("Audit", "voucher"),
    "category": QT_TRANSLATE_NOOP("Audit", "category"),
    "question": QT_TRANSLATE_NOOP("Audit", "question"),
    "advice": QT_TRANSLATE_NOOP("Audit", "advice"),
    "referred_to": QT_TRANSLATE_NOOP("Audit", "referred to"),
    "kind": QT_TRANSLATE_NOOP("Audit", "kind"),
    "split_no": QT_TRANSLATE_NOOP("Audit", "split"),
    "rule": QT_TRANSLATE_NOOP("Audit", "rule"),
    "gap": QT_TRANSLATE_NOOP("Audit", "gap"),
    "cost": QT_TRANSLATE_NOOP("Audit", "cost"),
    "subsidies": QT_TRANSLATE_NOOP("Audit", "subsidies"),
    "due_total": QT_TRANSLATE_NOOP("Audit", "shares add up to"),
    "rounding": QT_TRANSLATE_NOOP("Audit", "rounding"),
    "surplus": QT_TRANSLATE_NOOP("Audit", "surplus from rounding"),
    "uncovered": QT_TRANSLATE_NOOP("Audit", "left open by exemptions"),
    "scope": QT_TRANSLATE_NOOP("Audit", "scope"),
    "scope_kind": QT_TRANSLATE_NOOP("Audit", "scope covers"),
}
WORDS = {
    "coordinator": QT_TRANSLATE_NOOP("Audit", "coordinator"),
    "volunteer": QT_TRANSLATE_NOOP("Audit", "volunteer"),
    "changed": QT_TRANSLATE_NOOP("Audit", "changed"),
    "yes": QT_TRANSLATE_NOOP("Audit", "yes"),
    "no": QT_TRANSLATE_NOOP("Audit", "no"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner-occupied"),
    "rented": QT_TRANSLATE_NOOP("Labels", "Rented out"),
    "vacant": QT_TRANSLATE_NOOP("Labels", "Vacant"),
    "unreachable": QT_TRANSLATE_NOOP("Labels", "Unreachable"),
}


def _t(text: str, context: str = "Audit") -> str:
    return QCoreApplication.translate(context, text)


def entity_label(code: str) -> str:
    return _t(ENTITIES[code]) if code in ENTITIES else code


def action_label(code: str) -> str:
    return _t(ACTIONS[code]) if code in ACTIONS else code


def field_label(code: str) -> str:
    return _t(FIELDS[code]) if code in FIELDS else code


def value_text(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _t(WORDS["yes"]) if value else _t(WORDS["no"])
    if isinstance(value, list):
        shown = "、".join(value_text(v) for v in value[:SHOWN_ITEMS])
        return f"{shown}…（{len(value)}）" if len(value) > SHOWN_ITEMS else shown
    if isinstance(value, dict):
        return "，".join(f"{field_label(str(k))} {value_text(v)}" for k, v in value.items())
    if isinstance(value, str) and value in WORDS:
        return _t(WORDS[value], "Labels" if value in ("owner", "rented", "vacant", "unreachable") else "Audit")
    return str(value)


def change_text(change: FieldChange) -> str:
    name = field_label(change.field) if change.field else ""
    text = f"{value_text(change.before)} → {value_text(change.after)}"
    return f"{name}: {text}" if name else text


def changes_text(row: AuditRow, separator: str = "\n") -> str:
    """Every changed field as "name: before → after"; a new record lists what it was created with."""
    if row.before is None and isinstance(row.after, dict):
        return separator.join(f"{field_label(k)}: {value_text(v)}" for k, v in row.after.items()
                              if k != BATCH_KEY and value_text(v) != "—")
    return separator.join(change_text(c) for c in row.changes())


def record_text(row: AuditRow) -> str:
    """What the entry is about, by a name people know: the address or the person, else the id."""
    known = {}
    for side in (row.before, row.after):
        if isinstance(side, dict):
            known.update({k: v for k, v in side.items() if v})
    label = known.get("address") or known.get("name") or known.get("file") or row.entity_id
    if row.entity in ("station",):
        label = ""
    return f"{entity_label(row.entity)} {label}".strip()


class AuditTableModel(QAbstractTableModel):
    """Entries of the trail for a query, newest first, fetched a page at a time."""

    COLUMNS = ("at", "operator", "record", "action", "changes")

    def __init__(self, station: Station, parent: Any = None, *, columns: tuple[str, ...] | None = None):
        super().__init__(parent)
        self._station = station
        self._query = AuditQuery()
        self._columns = columns or self.COLUMNS
        self._rows: list[AuditRow] = []
        self._total = 0
        labels = {"at": self.tr("Time"), "operator": self.tr("Who"), "record": self.tr("Record"),
                  "action": self.tr("What"), "changes": self.tr("Before → after")}
        self._headers = [labels[c] for c in self._columns]

    @property
    def query(self) -> AuditQuery:
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        self.beginResetModel()
        self._query = replace(query, up_to_id=self._station.audit.last_id())
        self._total = self._station.audit.count(self._query)
        self._rows = self._station.audit.rows(self._query, offset=0, limit=PAGE_SIZE)
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(replace(self._query, up_to_id=None))

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._station.audit.rows(self._query, offset=len(self._rows), limit=PAGE_SIZE)
        more = more[: self._total - len(self._rows)]
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "at":
                return f"{row.at:%Y-%m-%d %H:%M}"
            if column == "operator":
                return row.operator
            if column == "record":
                return record_text(row)
            if column == "action":
                return action_label(row.action)
            if column == "changes":
                operator = self._station.operator
                if operator is not None and not operator.is_coordinator:  # a volunteer's listing
                    from mutual_aid_desk.core.masking import mask_phones_in_text

                    return mask_phones_in_text(changes_text(row))
                return changes_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
