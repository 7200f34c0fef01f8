"""The audit trail as a table: paged, newest first, with codes shown as words.

The view is pinned to the entries that existed when it loaded (``up_to_id``), so an entry appended
by another window while someone scrolls does not shift the pages under them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from mutual_aid_desk.core.audit import BATCH_KEY, SHOWN_ITEMS, AuditQuery, AuditRow, FieldChange
from mutual_aid_desk.core.masking import mask_phones_in_text
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP
from mutual_aid_desk.ui.models.base import PagedTableModel, QueryRows

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
    # the problem ledger, patrols and stairwell sheets
    "problem": QT_TRANSLATE_NOOP("Audit", "Problem"),
    "problem_export": QT_TRANSLATE_NOOP("Audit", "Ledger printout"),
    "stairwell_sheet": QT_TRANSLATE_NOOP("Audit", "Stairwell sheet"),
    "patrol": QT_TRANSLATE_NOOP("Audit", "Night patrol"),
    "patrol_shift": QT_TRANSLATE_NOOP("Audit", "Patrol rota"),
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
    "accept_late": QT_TRANSLATE_NOOP("Audit", "late ballot accepted"),
    "extend": QT_TRANSLATE_NOOP("Audit", "closing day extended"),
    "demo_owners": QT_TRANSLATE_NOOP("Audit", "demo owners of several flats"),
    "demo_problems": QT_TRANSLATE_NOOP("Audit", "demo sheets, patrols and problems"),
    "payment": QT_TRANSLATE_NOOP("Audit", "payment recorded"),
    "reversal": QT_TRANSLATE_NOOP("Audit", "reversed"),
    "follow-up done": QT_TRANSLATE_NOOP("Audit", "follow-up done"),
    "visits": QT_TRANSLATE_NOOP("Audit", "visits"),
    "update_plan": QT_TRANSLATE_NOOP("Audit", "plan changed"),
    "fund arrears": QT_TRANSLATE_NOOP("Audit", "list of households still owing printed"),
    "fund notice": QT_TRANSLATE_NOOP("Audit", "accounts notice printed"),
    "fund receipts": QT_TRANSLATE_NOOP("Audit", "receipts printed"),
    "fund ledger": QT_TRANSLATE_NOOP("Audit", "ledger exported"),
    "fund walklist": QT_TRANSLATE_NOOP("Audit", "walk list printed"),
    # the problem ledger, patrols and stairwell sheets
    "handed_over": QT_TRANSLATE_NOOP("Audit", "handed over"),
    "followed_up": QT_TRANSLATE_NOOP("Audit", "followed up"),
    "resolved": QT_TRANSLATE_NOOP("Audit", "resolved"),
    "unresolvable": QT_TRANSLATE_NOOP("Audit", "closed as unresolvable"),
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
    "owner": QT_TRANSLATE_NOOP("Audit", "registered owner"),
    "owner_id": QT_TRANSLATE_NOOP("Audit", "owner number"),
    "late_reason": QT_TRANSLATE_NOOP("Audit", "accepted late because"),
    "flats": QT_TRANSLATE_NOOP("Audit", "flats of the owner"),
    "asked_at": QT_TRANSLATE_NOOP("Audit", "asked on"),
    "handled_by": QT_TRANSLATE_NOOP("Audit", "handled by"),
    "household_id": QT_TRANSLATE_NOOP("Audit", "household number"),
    "person_name": QT_TRANSLATE_NOOP("Audit", "person who asked"),
    "person_phone": QT_TRANSLATE_NOOP("Audit", "their phone"),
    "closed_on": QT_TRANSLATE_NOOP("Audit", "closed on"),
    "cast_on": QT_TRANSLATE_NOOP("Audit", "ballot date"),
    "revision": QT_TRANSLATE_NOOP("Audit", "revision"),
    "fixed": QT_TRANSLATE_NOOP("Audit", "fixed amount per household"),
    "created_by": QT_TRANSLATE_NOOP("Audit", "recorded by"),
    "drive_id": QT_TRANSLATE_NOOP("Audit", "drive number"),
    "entry_date": QT_TRANSLATE_NOOP("Audit", "date"),
    "id": QT_TRANSLATE_NOOP("Audit", "number"),
    "organiser": QT_TRANSLATE_NOOP("Audit", "organiser"),
    "units": QT_TRANSLATE_NOOP("Audit", "units"),
    "vote_id": QT_TRANSLATE_NOOP("Audit", "vote number"),
    "proxy_name": QT_TRANSLATE_NOOP("Audit", "proxy's name"),
    "mode": QT_TRANSLATE_NOOP("Audit", "how"),
    "seed": QT_TRANSLATE_NOOP("Audit", "demo seed"),
    "visited_at": QT_TRANSLATE_NOOP("Audit", "visited on"),
    "opens": QT_TRANSLATE_NOOP("Audit", "opens"),
    "closes": QT_TRANSLATE_NOOP("Audit", "closes"),
    "sections": QT_TRANSLATE_NOOP("Audit", "plan"),
    "agenda": QT_TRANSLATE_NOOP("Audit", "agenda"),
    "double_entry": QT_TRANSLATE_NOOP("Audit", "double entry"),
    "description": QT_TRANSLATE_NOOP("Audit", "description"),
    "thresholds": QT_TRANSLATE_NOOP("Audit", "thresholds"),
    "matter": QT_TRANSLATE_NOOP("Audit", "matter"),
    "label": QT_TRANSLATE_NOOP("Audit", "name"),
    "body": QT_TRANSLATE_NOOP("Audit", "text"),
    "closing": QT_TRANSLATE_NOOP("Audit", "signature"),
    "follow_up_done": QT_TRANSLATE_NOOP("Audit", "follow-up done"),
    "attended": QT_TRANSLATE_NOOP("Audit", "households that came"),
    "purposes": QT_TRANSLATE_NOOP("Audit", "visit purposes"),
    "partners": QT_TRANSLATE_NOOP("Audit", "partner organisations"),
    "note": QT_TRANSLATE_NOOP("Audit", "note"),
    "paper_receipt": QT_TRANSLATE_NOOP("Audit", "paper receipt"),
    "reverses": QT_TRANSLATE_NOOP("Audit", "reverses entry"),
    "reverses_id": QT_TRANSLATE_NOOP("Audit", "reverses entry"),
    "exempt_mode": QT_TRANSLATE_NOOP("Audit", "exemption"),
    # the problem ledger, patrols and stairwell sheets
    "where": QT_TRANSLATE_NOOP("Audit", "where"),
    "text": QT_TRANSLATE_NOOP("Audit", "problem"),
    "raised_by": QT_TRANSLATE_NOOP("Audit", "raised by"),
    "source": QT_TRANSLATE_NOOP("Audit", "raised through"),
    "source_id": QT_TRANSLATE_NOOP("Audit", "source record"),
    "handed_to": QT_TRANSLATE_NOOP("Audit", "handed to"),
    "opened_on": QT_TRANSLATE_NOOP("Audit", "opened on"),
    "stairwell": QT_TRANSLATE_NOOP("Audit", "stairwell"),
    "month": QT_TRANSLATE_NOOP("Audit", "month"),
    "days": QT_TRANSLATE_NOOP("Audit", "days ticked"),
    "problem_cells": QT_TRANSLATE_NOOP("Audit", "cells with a problem"),
    "start": QT_TRANSLATE_NOOP("Audit", "start"),
    "end": QT_TRANSLATE_NOOP("Audit", "end"),
    "route": QT_TRANSLATE_NOOP("Audit", "route"),
    "checks": QT_TRANSLATE_NOOP("Audit", "checks"),
    "findings": QT_TRANSLATE_NOOP("Audit", "findings"),
    "problems": QT_TRANSLATE_NOOP("Audit", "problems"),
    "sheets": QT_TRANSLATE_NOOP("Audit", "sheets"),
    "marks": QT_TRANSLATE_NOOP("Audit", "ticked cells"),
    "stairwells": QT_TRANSLATE_NOOP("Audit", "stairwells"),
    "year": QT_TRANSLATE_NOOP("Audit", "year"),
    "to": QT_TRANSLATE_NOOP("Audit", "to"),
}
#: Codes stored in the trail, in words, by field ("outcome": "not_home" is 不在家).
VALUES = {
    "outcome": {"met": QT_TRANSLATE_NOOP("Audit", "met"), "not_home": QT_TRANSLATE_NOOP("Audit", "not home"),
                "refused": QT_TRANSLATE_NOOP("Audit", "refused"), "done": QT_TRANSLATE_NOOP("Audit", "done")},
    "purpose": {"general": QT_TRANSLATE_NOOP("Audit", "general visit"), "vote": QT_TRANSLATE_NOOP("Audit", "vote"),
                "fundraising": QT_TRANSLATE_NOOP("Audit", "fundraising"),
                "consultation_follow_up": QT_TRANSLATE_NOOP("Audit", "consultation follow-up"),
                "safety_check": QT_TRANSLATE_NOOP("Audit", "safety check")},
    "category": {"legal": QT_TRANSLATE_NOOP("Audit", "legal"), "health": QT_TRANSLATE_NOOP("Audit", "health"),
                 "policy": QT_TRANSLATE_NOOP("Audit", "policy"), "dispute": QT_TRANSLATE_NOOP("Audit", "neighbour dispute"),
                 "property": QT_TRANSLATE_NOOP("Audit", "property management"), "other": QT_TRANSLATE_NOOP("Audit", "other")},
    "status": {"open": QT_TRANSLATE_NOOP("Audit", "open"), "referred": QT_TRANSLATE_NOOP("Audit", "referred"),
               "resolved": QT_TRANSLATE_NOOP("Audit", "resolved"), "closed": QT_TRANSLATE_NOOP("Audit", "closed")},
    "method": {"cash": QT_TRANSLATE_NOOP("Audit", "cash"), "wechat": QT_TRANSLATE_NOOP("Audit", "WeChat"),
               "alipay": QT_TRANSLATE_NOOP("Audit", "Alipay"), "bank": QT_TRANSLATE_NOOP("Audit", "bank transfer")},
    "channel": {"meeting": QT_TRANSLATE_NOOP("Audit", "at a meeting"), "door": QT_TRANSLATE_NOOP("Audit", "door to door"),
                "paper": QT_TRANSLATE_NOOP("Audit", "paper ballot"), "proxy": QT_TRANSLATE_NOOP("Audit", "by proxy")},
    "mode": {"present": QT_TRANSLATE_NOOP("Audit", "in person"), "proxy": QT_TRANSLATE_NOOP("Audit", "signed by proxy"),
             "spread": QT_TRANSLATE_NOOP("Audit", "carried by the others"),
             "uncovered": QT_TRANSLATE_NOOP("Audit", "left open and disclosed")},
    "matter": {"major": QT_TRANSLATE_NOOP("Audit", "major matter"), "ordinary": QT_TRANSLATE_NOOP("Audit", "ordinary matter"),
               "custom": QT_TRANSLATE_NOOP("Audit", "custom thresholds")},
    "rule": {"equal": QT_TRANSLATE_NOOP("Audit", "equal per household"), "area": QT_TRANSLATE_NOOP("Audit", "by floor area"),
             "fixed": QT_TRANSLATE_NOOP("Audit", "fixed amount per household"),
             "manual": QT_TRANSLATE_NOOP("Audit", "set by hand")},
    "rounding": {"fen": QT_TRANSLATE_NOOP("Audit", "to the fen"), "yuan": QT_TRANSLATE_NOOP("Audit", "to whole yuan")},
    "scope_kind": {"whole": QT_TRANSLATE_NOOP("Audit", "whole compound"), "buildings": QT_TRANSLATE_NOOP("Audit", "buildings"),
                   "units": QT_TRANSLATE_NOOP("Audit", "units")},
    "kind": {"payment": QT_TRANSLATE_NOOP("Audit", "payment"), "refund": QT_TRANSLATE_NOOP("Audit", "refund"),
             "expense": QT_TRANSLATE_NOOP("Audit", "expense"), "reversal": QT_TRANSLATE_NOOP("Audit", "reversal")},
    "answer": {"agree": QT_TRANSLATE_NOOP("Audit", "agree"), "disagree": QT_TRANSLATE_NOOP("Audit", "disagree"),
               "abstain": QT_TRANSLATE_NOOP("Audit", "abstain")},
}
VALUES["answers"] = VALUES["answer"]
VALUES["outcomes"] = VALUES["outcome"]
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
    # the problem ledger, patrols and stairwell sheets
    "handed_over": QT_TRANSLATE_NOOP("Audit", "handed over"),
    "resolved": QT_TRANSLATE_NOOP("Audit", "resolved"),
    "unresolvable": QT_TRANSLATE_NOOP("Audit", "closed as unresolvable"),
    "patrol": QT_TRANSLATE_NOOP("Audit", "night patrol"),
    "sheet": QT_TRANSLATE_NOOP("Audit", "stairwell sheet"),
    "resident": QT_TRANSLATE_NOOP("Audit", "a resident"),
    "visit": QT_TRANSLATE_NOOP("Audit", "a visit"),
    "meeting": QT_TRANSLATE_NOOP("Audit", "a meeting"),
    "open": QT_TRANSLATE_NOOP("Audit", "still open"),
}


def _t(text: str, context: str = "Audit") -> str:
    return QCoreApplication.translate(context, text)


def entity_label(code: str) -> str:
    return _t(ENTITIES[code]) if code in ENTITIES else code


def action_label(code: str) -> str:
    if code in ACTIONS:
        return _t(ACTIONS[code])
    if code.startswith("fund "):  # a drive's export of a kind not listed above
        return _t(ACTIONS["export"])
    return code


def field_label(code: str) -> str:
    return _t(FIELDS[code]) if code in FIELDS else code


ISO_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$")


def value_text(value: Any, field: str = "") -> str:
    """A stored value as a person reads it; ``field`` says which field it is, for its codes."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _t(WORDS["yes"]) if value else _t(WORDS["no"])
    if isinstance(value, list):
        shown = "、".join(value_text(v, field) for v in value[:SHOWN_ITEMS])
        return f"{shown}…（{len(value)}）" if len(value) > SHOWN_ITEMS else shown
    if isinstance(value, dict):
        if "title" in value:  # a section or item of a plan: its title says what it is
            return value_text(value["title"])
        if field in ("answers", "outcomes"):  # item key → answer: the keys are the plan's own (A1, B2)
            return "，".join(f"{k} {value_text(v, field)}" for k, v in value.items())
        return "，".join(f"{field_label(str(k))} {value_text(v, str(k))}" for k, v in value.items())
    if isinstance(value, str) and value in VALUES.get(field, {}):
        return _t(VALUES[field][value])
    if isinstance(value, str) and ISO_MOMENT.match(value):
        return ISO_MOMENT.sub(r"\1 \2", value)
    if isinstance(value, str) and value in WORDS:
        return _t(WORDS[value], "Labels" if value in ("owner", "rented", "vacant", "unreachable") else "Audit")
    return str(value)


def change_text(change: FieldChange) -> str:
    name = field_label(change.field) if change.field else ""
    text = f"{value_text(change.before, change.field or '')} → {value_text(change.after, change.field or '')}"
    return f"{name}: {text}" if name else text


def changes_text(row: AuditRow, separator: str = "\n") -> str:
    """Every changed field as "name: before → after"; a new record lists what it was created with."""
    if row.before is None and isinstance(row.after, dict):
        return separator.join(f"{field_label(k)}: {value_text(v, k)}" for k, v in row.after.items()
                              if k != BATCH_KEY and value_text(v, k) != "—")
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


class AuditTableModel(PagedTableModel[AuditRow]):
    """Entries of the trail for a query, newest first, fetched a page at a time."""

    COLUMNS = ("at", "operator", "record", "action", "changes")
    PAGE_SIZE = 200  # entries read from the trail at a time

    def __init__(self, station: Station, parent: Any = None, *, columns: tuple[str, ...] | None = None):
        super().__init__(parent)
        self._station = station
        self._query = AuditQuery()
        self._columns = columns or self.COLUMNS

    def headers(self) -> Sequence[str]:
        labels = {"at": self.tr("Time"), "operator": self.tr("Who"), "record": self.tr("Record"),
                  "action": self.tr("What"), "changes": self.tr("Before → after")}
        return [labels[c] for c in self._columns]

    @property
    def query(self) -> AuditQuery:
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        pinned = self._query = replace(query, up_to_id=self._station.audit.last_id())
        self.set_source(QueryRows(self._station.audit.count(pinned),
                                  lambda offset, limit: self._station.audit.rows(pinned, offset=offset, limit=limit)))

    def reload(self) -> None:
        self.set_query(replace(self._query, up_to_id=None))

    def cell(self, row: AuditRow, column: int) -> Any:
        return self._text(row, column, Qt.ItemDataRole.DisplayRole)

    def extra(self, row: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: AuditRow, column: int, role: int) -> str:
        name = self._columns[column]
        if name == "at":
            return f"{row.at:%Y-%m-%d %H:%M}"
        if name == "operator":
            return row.operator
        if name == "record":
            return record_text(row)
        if name == "action":
            return action_label(row.action)
        # One line per entry in the table; the tooltip (and the details pane) shows it whole.
        text = changes_text(row, "；" if role == Qt.ItemDataRole.DisplayRole else "\n")
        operator = self._station.operator
        if operator is not None and not operator.is_coordinator:  # a volunteer's listing
            return mask_phones_in_text(text)
        return text


def details_text(row: AuditRow) -> str:
    """One entry in full, for the details pane: when, who, what, then each field on its own line."""
    head = f"{row.at:%Y-%m-%d %H:%M}  {row.operator}  {record_text(row)}  {action_label(row.action)}"
    return f"{head}\n\n{changes_text(row)}"
