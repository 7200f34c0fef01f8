"""Crowdfunding drives (众筹): fair shares, an append-only ledger, receipts, arrears and coverage.

A drive records what it pays for, its cost and its subsidies; the gap to crowdfund is computed. Its
scope is the whole station, chosen buildings or chosen units. A split rule (equal, by floor area,
a fixed amount, or manual) turns the gap into one share per household, exact to the fen by the
largest-remainder rule, or each rounded up to whole yuan with the surplus disclosed. Exempt
households owe nothing; their share is either spread over the others or left uncovered. A split is
previewed, then fixed; fixing again adds a new split and keeps the old one (once payments exist,
only a coordinator may).

The ledger is append-only. Payments carry a receipt number that runs 1, 2, 3 ... within the drive
with no gaps, assigned inside the ``BEGIN IMMEDIATE`` write. A mistake is corrected by a reversing
entry that points at the original (coordinators only); both stay visible.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select as sa_select, text, update
from sqlmodel import select

from mutual_aid_desk.core.addresses import normalise_text, parse_address
from mutual_aid_desk.core.money import (
    MAX_AMOUNT_FEN,
    ceil_to_yuan_shares,
    format_fen,
    largest_remainder,
    parse_amount,
)
from mutual_aid_desk.core.operators import Permission
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.db.portable import as_date, driver_rows, true_sql
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import now
from mutual_aid_desk.db.tables.funds import Drive, Exemption, LedgerEntry, Share, SplitRecord, Subsidy
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class SplitRule(StrEnum):
    EQUAL = "equal"
    AREA = "area"
    FIXED = "fixed"
    MANUAL = "manual"


class Rounding(StrEnum):
    FEN = "fen"
    YUAN = "yuan"


class ScopeKind(StrEnum):
    WHOLE = "whole"
    BUILDINGS = "buildings"
    UNITS = "units"


class ExemptMode(StrEnum):
    SPREAD = "spread"  # the others carry its share
    UNCOVERED = "uncovered"  # its share stays open and is disclosed


class Method(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK = "bank"


class EntryKind(StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"
    EXPENSE = "expense"
    REVERSAL = "reversal"


class ShareStatus(StrEnum):
    PAID = "paid"
    OVERPAID = "overpaid"
    PARTIAL = "partial"
    UNPAID = "unpaid"
    EXEMPT = "exempt"
    NO_SHARE = "no_share"  # in scope, but the rule gives it nothing (no floor area recorded)
    OUTSIDE = "outside"  # paid although outside the scope (confirmed)


METHOD_LABELS = {Method.CASH: "现金", Method.WECHAT: "微信", Method.ALIPAY: "支付宝", Method.BANK: "银行转账"}
RULE_LABELS = {SplitRule.EQUAL: "按户均摊", SplitRule.AREA: "按面积分摊", SplitRule.FIXED: "每户定额",
               SplitRule.MANUAL: "逐户约定"}
KIND_LABELS = {EntryKind.PAYMENT: "缴款", EntryKind.REFUND: "退款", EntryKind.EXPENSE: "支出",
               EntryKind.REVERSAL: "冲正"}
SHARE_STATUS_LABELS = {ShareStatus.PAID: "已缴清", ShareStatus.OVERPAID: "已缴（多缴）", ShareStatus.PARTIAL: "部分缴纳",
                       ShareStatus.UNPAID: "未缴", ShareStatus.EXEMPT: "免缴", ShareStatus.NO_SHARE: "无应缴",
                       ShareStatus.OUTSIDE: "范围外"}
EXEMPT_LABELS = {ExemptMode.SPREAD: "由其他住户分摊", ExemptMode.UNCOVERED: "不分摊（缺口公示）"}
HOUSEHOLD_STATUS_EN = {"owner": "owner-occupied", "rented": "rented", "vacant": "vacant", "unreachable": "unreachable"}
HOUSEHOLD_STATUS_ZH = {"owner": "自住", "rented": "出租", "vacant": "空置", "unreachable": "联系不上"}

_METHOD_WORDS = {
    **{m.value: m for m in Method}, **{label: m for m, label in METHOD_LABELS.items()},
    "现": Method.CASH, "现钞": Method.CASH, "weixin": Method.WECHAT, "微信支付": Method.WECHAT, "wx": Method.WECHAT,
    "zhifubao": Method.ALIPAY, "zfb": Method.ALIPAY, "银行": Method.BANK, "转账": Method.BANK, "银行卡": Method.BANK,
    "bank transfer": Method.BANK, "transfer": Method.BANK,
}
_RULE_WORDS = {**{r.value: r for r in SplitRule}, **{label: r for r, label in RULE_LABELS.items()},
               "均摊": SplitRule.EQUAL, "面积": SplitRule.AREA, "定额": SplitRule.FIXED, "手工": SplitRule.MANUAL}

MAX_TITLE = 80
EARLIEST_DAY = date(2000, 1, 1)

REASON_TITLE = QT_TRANSLATE_NOOP("Problems", "give the drive a title of 1 to 80 characters")
REASON_GAP = QT_TRANSLATE_NOOP("Problems", "the subsidies ({subsidies} yuan) cover the whole cost ({cost} yuan): nothing is left to crowdfund")
REASON_SUBSIDY = QT_TRANSLATE_NOOP("Problems", "write a subsidy as SOURCE=AMOUNT, such as 街道=60000")
REASON_SUBSIDY_SOURCE = QT_TRANSLATE_NOOP("Problems", "name where the subsidy comes from")
REASON_RULE = QT_TRANSLATE_NOOP("Problems", "the split rule is one of equal, area, fixed, manual")
REASON_ROUNDING = QT_TRANSLATE_NOOP("Problems", "rounding is fen (exact) or yuan (whole yuan, surplus disclosed)")
REASON_FIXED_AMOUNT = QT_TRANSLATE_NOOP("Problems", "the fixed rule needs the amount per household")
REASON_SCOPE_BOTH = QT_TRANSLATE_NOOP("Problems", "choose buildings or units, not both")
REASON_NO_BUILDING = QT_TRANSLATE_NOOP("Problems", "no households are registered in building {building}")
REASON_UNIT_FORMAT = QT_TRANSLATE_NOOP("Problems", "write a unit as building-unit, such as 5-2")
REASON_NO_UNIT = QT_TRANSLATE_NOOP("Problems", "no households are registered in unit {unit}")
REASON_NOBODY = QT_TRANSLATE_NOOP("Problems", "no household is left to share the gap: check the scope, the exemptions and the floor areas")
REASON_METHOD = QT_TRANSLATE_NOOP("Problems", "the method is one of cash, wechat, alipay, bank (现金, 微信, 支付宝, 银行转账)")
REASON_DATE = QT_TRANSLATE_NOOP("Problems", "not a date: write it as 2026-11-21")
REASON_DATE_FUTURE = QT_TRANSLATE_NOOP("Problems", "the date is in the future")
REASON_DATE_OLD = QT_TRANSLATE_NOOP("Problems", "the date is before the year 2000")
REASON_UNKNOWN_ADDRESS = QT_TRANSLATE_NOOP("Problems", "no household is registered at this address")
REASON_OUT_OF_SCOPE = QT_TRANSLATE_NOOP("Problems", "{address} is outside this drive's scope ({scope}): confirm to accept its payment anyway")
REASON_OVERPAY = QT_TRANSLATE_NOOP("Problems", "this would bring {address} to {paid} yuan paid, above its share of {due} yuan: confirm to accept the overpayment")
REASON_REFUND_TOO_MUCH = QT_TRANSLATE_NOOP("Problems", "{address} has paid {paid} yuan in this drive: a refund cannot be larger")
REASON_NOT_FIXED = QT_TRANSLATE_NOOP("Problems", "this drive's split is not fixed yet: preview it and fix it before recording payments")
REASON_REASON = QT_TRANSLATE_NOOP("Problems", "say why, in a few words")
REASON_PAYEE = QT_TRANSLATE_NOOP("Problems", "name who was paid")
REASON_ALREADY_REVERSED = QT_TRANSLATE_NOOP("Problems", "entry {entry} was already reversed by entry {by}")
REASON_REVERSE_REVERSAL = QT_TRANSLATE_NOOP("Problems", "a reversal cannot itself be reversed: record the entry again instead")
REASON_EXEMPT_MODE = QT_TRANSLATE_NOOP("Problems", "an exemption is spread (over the others) or uncovered (left open)")
REASON_NOT_IN_SCOPE = QT_TRANSLATE_NOOP("Problems", "{address} is not in this drive's scope")
REASON_MANUAL_MISSING = QT_TRANSLATE_NOOP("Problems", "the manual rule needs an amount for at least one household")
REASON_CLOSED = QT_TRANSLATE_NOOP("Problems", "this drive is closed")
REASON_CLOSE_NOTE = QT_TRANSLATE_NOOP("Problems", "the balance is {balance} yuan: say what happens to it (returned to the households, kept for repairs ...)")
REASON_ALREADY_CLOSED = QT_TRANSLATE_NOOP("Problems", "this drive is already closed")
REASON_NOT_CLOSED = QT_TRANSLATE_NOOP("Problems", "this drive is not closed")


class NeedsConfirmation(ValidationError):
    """A payment the desk accepts only when the person confirms it (an overpayment, out of scope).

    ``confirm`` names what to confirm: ``overpay`` or ``out_of_scope``.
    """

    def __init__(self, problem: Problem, confirm: str):
        self.confirm = confirm
        super().__init__(problem)


# --- parsing what people type -------------------------------------------------------------------------


def parse_method(value: str | Method | None, field_name: str = "method") -> Method:
    key = unicodedata.normalize("NFKC", str(value or "")).strip().lower()
    method = _METHOD_WORDS.get(key)
    if method is None:
        raise ValidationError.single(field_name, value, REASON_METHOD)
    return method


def parse_rule(value: str | SplitRule | None) -> SplitRule:
    rule = _RULE_WORDS.get(str(value or "").strip().lower())
    if rule is None:
        raise ValidationError.single("split", value, REASON_RULE)
    return rule


def parse_day(value: str | date | None, field_name: str = "date", *, today: date | None = None) -> date:
    """'2026-11-21', '2026/11/21', '2026.11.21', '20261121', '2026年11月21日' → a date; blank → today.

    Raises:
        ValidationError: not a date, in the future, or before 2000.
    """
    today = today or date.today()
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        raw = unicodedata.normalize("NFKC", str(value or "")).strip()
        if not raw:
            return today
        if " " in raw:  # a spreadsheet's "2026-11-21 00:00:00"
            raw = raw.split(" ")[0]
        m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", raw) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", raw)
        if not m:
            raise ValidationError.single(field_name, value, REASON_DATE)
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValidationError.single(field_name, value, REASON_DATE) from None
    if day > today:
        raise ValidationError.single(field_name, value, REASON_DATE_FUTURE)
    if day < EARLIEST_DAY:
        raise ValidationError.single(field_name, value, REASON_DATE_OLD)
    return day


def _split_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    parts = re.split(r"[,，;；、\s]+", normalise_text_keep(value)) if isinstance(value, str) else list(value)
    seen: list[str] = []
    for p in parts:
        p = unicodedata.normalize("NFKC", str(p)).strip().upper()
        if p and p not in seen:
            seen.append(p)
    return seen


def normalise_text_keep(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


# --- inputs ----------------------------------------------------------------------------------------------


@dataclass
class DriveInput:
    """A new drive as typed: amounts are decimal strings in yuan."""

    title: str
    cost: str
    purpose: str = ""
    subsidies: Sequence[tuple[str, str]] | Sequence[str] = ()  # (source, amount) or "SOURCE=AMOUNT"
    split: str = SplitRule.EQUAL.value
    amount: str | None = None  # per household, for the fixed rule
    buildings: str | Sequence[str] | None = None
    units: str | Sequence[str] | None = None
    rounding: str = Rounding.FEN.value


@dataclass
class PaymentInput:
    """One payment as typed at the door or at the desk."""

    household: str | int  # an address as typed, or a household id
    amount: str
    method: str = Method.CASH.value
    day: str | date | None = None  # blank: today
    collector: str = ""  # blank: the person recording
    paper_receipt: str = ""
    note: str = ""


@dataclass
class ExpenseInput:
    payee: str
    amount: str
    purpose: str = ""
    voucher: str = ""
    day: str | date | None = None
    method: str = Method.BANK.value
    note: str = ""


# --- what the service returns ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DriveInfo:
    id: int
    title: str
    purpose: str
    cost_fen: int
    subsidies: tuple[tuple[str, int], ...]
    scope_kind: ScopeKind
    scope: tuple[str, ...]
    rule: SplitRule
    fixed_fen: int | None
    rounding: Rounding
    split_no: int
    created_at: datetime
    created_by: str
    closed: bool
    closed_at: datetime | None = None
    closed_by: str = ""
    close_note: str = ""  # what happens to the balance, as the final 公示 says

    @property
    def subsidies_fen(self) -> int:
        return sum(a for _, a in self.subsidies)

    @property
    def gap_fen(self) -> int:
        return self.cost_fen - self.subsidies_fen

    def scope_text(self) -> str:
        if self.scope_kind == ScopeKind.WHOLE:
            return "whole station"
        return f"{self.scope_kind.value} {', '.join(self.scope)}"

    def scope_text_zh(self) -> str:
        if self.scope_kind == ScopeKind.WHOLE:
            return "全站住户"
        if self.scope_kind == ScopeKind.BUILDINGS:
            return "、".join(f"{b}号楼" for b in self.scope)
        return "、".join(f"{u.split('-')[0]}号楼{u.split('-')[1]}单元" for u in self.scope)

    def rule_text_zh(self) -> str:
        text_ = RULE_LABELS[self.rule]
        if self.rule == SplitRule.FIXED and self.fixed_fen is not None:
            text_ += f"（每户 {format_fen(self.fixed_fen)} 元）"
        if self.rounding == Rounding.YUAN and self.rule in (SplitRule.EQUAL, SplitRule.AREA):
            text_ += "，每户向上取整到元"
        return text_


@dataclass(frozen=True)
class PreviewLine:
    household_id: int
    address: str
    head: str
    household_status: str
    basis: int
    due_fen: int
    exempt: str  # "" | spread | uncovered
    exempt_reason: str = ""


@dataclass
class SplitPreview:
    """A split as it would be fixed: one line per household in scope, and what it adds up to."""

    drive_id: int
    rule: SplitRule
    rounding: Rounding
    gap_fen: int
    lines: list[PreviewLine]
    surplus_fen: int = 0
    uncovered_fen: int = 0
    warnings: list[str] = field(default_factory=list)
    split_no: int | None = None  # set once fixed

    @property
    def due_total_fen(self) -> int:
        return sum(line.due_fen for line in self.lines)

    def summary(self) -> str:
        text_ = (f"{len(self.lines)} households, gap {format_fen(self.gap_fen)}, "
                 f"shares add up to {format_fen(self.due_total_fen)}")
        if self.surplus_fen:
            text_ += f", surplus {format_fen(self.surplus_fen)}"
        if self.uncovered_fen:
            text_ += f", uncovered {format_fen(self.uncovered_fen)}"
        return text_


@dataclass(slots=True)
class ShareLine:
    """One household in one drive: what it owes, has paid, still owes, and its last payment."""

    household_id: int
    address: str
    head: str
    household_status: str
    due_fen: int
    paid_fen: int
    last_payment: date | None
    exempt: str
    status: ShareStatus

    @property
    def outstanding_fen(self) -> int:
        return max(self.due_fen - self.paid_fen, 0)

    def as_json(self) -> dict[str, Any]:
        return {"address": self.address, "due": format_fen(self.due_fen), "paid": format_fen(self.paid_fen),
                "outstanding": format_fen(self.outstanding_fen), "status": self.status.value}


@dataclass(frozen=True)
class Coverage:
    households: int
    paid: int
    outstanding: int
    exempt: int
    no_share: int
    outstanding_by_status: tuple[tuple[str, int], ...]  # household status → count, e.g. (("vacant", 2),)

    def _detail(self, labels: dict[str, str], *, zh: bool) -> str:
        if not self.outstanding or not self.outstanding_by_status:
            return ""
        counts = dict(self.outstanding_by_status)
        if len(counts) == 1:
            status, n = next(iter(counts.items()))
            if status == "owner":
                return ""
            if zh:
                return f"（{'均为' if n > 1 else ''}{labels[status]}）"
            word = "both " if n == 2 else "all " if n > 2 else ""
            return f" ({word}{labels[status]})"
        parts = [f"{n} {labels[s]}" if not zh else f"{labels[s]} {n} 户" for s, n in counts.items()]
        return f"（{'，'.join(parts)}）" if zh else f" ({', '.join(parts)})"

    def text(self) -> str:
        """'315/317 households paid, 2 outstanding (both vacant)'."""
        out = f"{self.paid}/{self.households} households paid"
        if self.exempt:
            out += f", {self.exempt} exempt"
        if self.no_share:
            out += f", {self.no_share} with no share"
        out += f", {self.outstanding} outstanding" + self._detail(HOUSEHOLD_STATUS_EN, zh=False)
        return out

    def text_zh(self) -> str:
        out = f"{self.households} 户中 {self.paid} 户已缴清"
        if self.exempt:
            out += f"，{self.exempt} 户免缴"
        if self.no_share:
            out += f"，{self.no_share} 户无应缴"
        out += f"，{self.outstanding} 户未缴清" + self._detail(HOUSEHOLD_STATUS_ZH, zh=True)
        return out


@dataclass(frozen=True)
class DriveStatus:
    """Everything a drive's page, its notice and ``fund status --json`` report."""

    drive: DriveInfo
    due_total_fen: int
    paid_total_fen: int
    expenses_total_fen: int
    surplus_fen: int
    uncovered_fen: int
    shares: list[ShareLine]
    outside: list[ShareLine]
    coverage: Coverage

    @property
    def balance_fen(self) -> int:
        """Subsidies plus what residents paid, minus what was spent."""
        return self.drive.subsidies_fen + self.paid_total_fen - self.expenses_total_fen

    @property
    def outstanding_total_fen(self) -> int:
        return sum(s.outstanding_fen for s in self.shares)

    def as_json(self) -> dict[str, Any]:
        d = self.drive
        return {
            "cost": format_fen(d.cost_fen), "subsidies": format_fen(d.subsidies_fen), "gap": format_fen(d.gap_fen),
            "due_total": format_fen(self.due_total_fen), "paid_total": format_fen(self.paid_total_fen),
            "expenses_total": format_fen(self.expenses_total_fen), "balance": format_fen(self.balance_fen),
            "households": self.coverage.households, "paid_households": self.coverage.paid,
            "shares": [s.as_json() for s in [*self.shares, *self.outside]],
        }


@dataclass(frozen=True)
class DriveSummary:
    """One line of the drives list, with what its progress bars show."""

    id: int
    title: str
    gap_fen: int
    due_total_fen: int
    paid_total_fen: int
    households: int
    paid_households: int
    split_no: int
    closed: bool
    created_at: datetime


@dataclass(frozen=True)
class LedgerRow:
    id: int
    drive_id: int
    kind: EntryKind
    household_id: int | None
    address: str
    amount_fen: int
    income_fen: int
    expense_fen: int
    day: date
    method: str
    collector: str
    receipt_no: int | None
    paper_receipt: str
    payee: str
    purpose: str
    voucher: str
    reverses_id: int | None
    reversed_by: int | None
    note: str
    created_at: datetime
    created_by: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "address": self.address or None,
                "amount": format_fen(self.amount_fen), "date": self.day.isoformat(), "method": self.method or None,
                "collector": self.collector or None, "receipt_no": self.receipt_no,
                "paper_receipt": self.paper_receipt or None, "payee": self.payee or None,
                "purpose": self.purpose or None, "voucher": self.voucher or None, "reverses": self.reverses_id,
                "reversed_by": self.reversed_by, "note": self.note or None, "recorded_by": self.created_by}


@dataclass(frozen=True)
class ExemptionRow:
    household_id: int
    address: str
    head: str
    reason: str
    mode: ExemptMode


@dataclass(frozen=True)
class SplitHistoryRow:
    split_no: int
    rule: str
    rounding: str
    gap_fen: int
    due_total_fen: int
    surplus_fen: int
    uncovered_fen: int
    households: int
    reason: str
    created_at: datetime
    created_by: str


# --- helpers ---------------------------------------------------------------------------------------------


def compute_split(rule: SplitRule, rounding: Rounding, gap_fen: int, households: Sequence[tuple[int, int | None]],
                  exemptions: dict[int, ExemptMode], *, fixed_fen: int | None = None,
                  manual: dict[int, int] | None = None,
                  settled: dict[int, int] | None = None) -> tuple[list[tuple[int, int, int, str]], int, int]:
    """The pure arithmetic of a split.

    Args:
        households: (id, area_centi) in address order.
        exemptions: household id → mode.
        settled: on a re-split, household id → what it paid, for each household that paid its
            share in force in full. A re-split never asks such a household for more (30 flats that
            had paid became "部分缴纳" for 0.01 after an exemption): what it would have had to add
            goes to the households that have not paid in full, or, if there are none, is left
            uncovered and disclosed like an uncovered exemption.

    Returns:
        ([(household_id, basis, due_fen, exempt_mode)], surplus_fen, uncovered_fen)
    """
    def basis_of(hid: int, area: int | None) -> int:
        if rule == SplitRule.AREA:
            return area or 0
        if rule == SplitRule.MANUAL:
            return (manual or {}).get(hid, 0)
        if rule == SplitRule.FIXED:
            return fixed_fen or 0
        return 1

    bases = [basis_of(hid, area) for hid, area in households]
    modes = [exemptions.get(hid, "") for hid, _ in households]
    if rule in (SplitRule.FIXED, SplitRule.MANUAL):
        dues = [0 if mode else b for b, mode in zip(bases, modes)]
        total = sum(dues)
        return ([(hid, b, d, str(m)) for (hid, _), b, d, m in zip(households, bases, dues, modes)],
                max(total - gap_fen, 0), max(gap_fen - total, 0))

    # What each household would carry with nobody exempt; an uncovered exemption leaves its part open.
    full = largest_remainder(gap_fen, bases)
    uncovered = sum(f for f, m in zip(full, modes) if m == ExemptMode.UNCOVERED)
    target = gap_fen - uncovered
    weights = [0 if m else b for b, m in zip(bases, modes)]
    if rounding == Rounding.YUAN:
        paying = ceil_to_yuan_shares(target, weights)
    else:
        paying = largest_remainder(target, weights)
    if settled:
        paying, left_open = _keep_settled(paying, weights, [hid for hid, _ in households], settled, rounding)
        uncovered += left_open
        target -= left_open
    surplus = sum(paying) - target if sum(weights) else 0
    lines = [(hid, b, 0 if m else p, str(m)) for (hid, _), b, p, m in zip(households, bases, paying, modes)]
    return lines, surplus, uncovered


def _keep_settled(paying: list[int], weights: list[int], ids: list[int], settled: dict[int, int],
                  rounding: "Rounding") -> tuple[list[int], int]:
    """Cap the new dues of households that had paid in full at what they paid; spread the rest.

    Returns the new dues and how much is left uncovered (nobody left who has not paid in full).
    """
    paying = list(paying)
    extra = 0
    for i, hid in enumerate(ids):
        if hid in settled and weights[i] and paying[i] > settled[hid]:
            extra += paying[i] - settled[hid]
            paying[i] = settled[hid]
    if not extra:
        return paying, 0
    others = [i for i, hid in enumerate(ids) if weights[i] and hid not in settled]
    if not others:
        return paying, extra
    share = (ceil_to_yuan_shares if rounding == Rounding.YUAN else largest_remainder)(extra, [weights[i] for i in others])
    for i, add in zip(others, share):
        paying[i] += add
    return paying, 0


def _ledger_row(r: Any, address: str, reversed_by: int | None) -> LedgerRow:
    return LedgerRow(r.id, r.drive_id, EntryKind(r.kind), r.household_id, address, r.amount_fen, r.income_fen,
                     r.expense_fen, r.entry_date, r.method, r.collector, r.receipt_no, r.paper_receipt, r.payee,
                     r.purpose, r.voucher, r.reverses_id, reversed_by, r.note, r.created_at, r.created_by)


def _entry_json(e: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in e.items()
           if v not in (None, "", False) and k not in ("income_fen", "expense_fen", "created_at")}
    for key in ("amount_fen",):
        if key in out:
            out["amount"] = format_fen(out.pop(key))
    return out


class FundService:
    """Drives, splits, the ledger and their figures. Every write is one audited transaction."""

    def __init__(self, station: "Station"):
        self._station = station

    # --- drives ---------------------------------------------------------------------------------------

    def _validate(self, data: DriveInput) -> dict[str, Any]:
        problems: list[Problem] = []
        values: dict[str, Any] = {}

        def attempt(name: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except ValidationError as exc:
                problems.extend(exc.problems)
                return None

        title = normalise_text_keep(data.title or "")
        if not title or len(title) > MAX_TITLE:
            problems.append(Problem("title", data.title, REASON_TITLE))
        values["title"] = title
        values["purpose"] = (data.purpose or "").strip()
        values["cost_fen"] = attempt("cost", parse_amount, data.cost, "cost", limit_fen=MAX_AMOUNT_FEN)
        subsidies: list[tuple[str, int]] = []
        for item in data.subsidies or ():
            if isinstance(item, str):
                source, sep, amount = item.rpartition("=")
                if not sep:
                    problems.append(Problem("subsidy", item, REASON_SUBSIDY))
                    continue
            else:
                source, amount = item
            source = normalise_text_keep(source or "")
            if not source:
                problems.append(Problem("subsidy", item, REASON_SUBSIDY_SOURCE))
                continue
            fen = attempt("subsidy", parse_amount, amount, "subsidy", limit_fen=MAX_AMOUNT_FEN)
            if fen is not None:
                subsidies.append((source, fen))
        values["subsidies"] = subsidies
        rule = attempt("split", parse_rule, data.split)
        values["split_rule"] = rule
        rounding = str(data.rounding or "fen").strip().lower()
        if rounding not in (Rounding.FEN, Rounding.YUAN):
            problems.append(Problem("round", data.rounding, REASON_ROUNDING))
        values["rounding"] = rounding
        values["fixed_fen"] = None
        if rule == SplitRule.FIXED:
            if data.amount in (None, ""):
                problems.append(Problem("amount", data.amount, REASON_FIXED_AMOUNT))
            else:
                values["fixed_fen"] = attempt("amount", parse_amount, data.amount, "amount")
        if values["cost_fen"] is not None and subsidies and sum(a for _, a in subsidies) >= values["cost_fen"]:
            problems.append(Problem("subsidy", ",".join(f"{s}={format_fen(a)}" for s, a in subsidies), REASON_GAP,
                                    {"subsidies": format_fen(sum(a for _, a in subsidies)),
                                     "cost": format_fen(values["cost_fen"])}))
        buildings, units = _split_list(data.buildings), _split_list(data.units)
        if buildings and units:
            problems.append(Problem("units", ",".join(units), REASON_SCOPE_BOTH))
        known = self._known_scope()
        if buildings:
            for b in buildings:
                if b not in known[0]:
                    problems.append(Problem("buildings", b, REASON_NO_BUILDING, {"building": b}))
            values["scope_kind"], values["scope"] = ScopeKind.BUILDINGS, buildings
        elif units:
            clean_units = []
            for u in units:
                parts = normalise_text(u).split("-")
                if len(parts) != 2 or not all(parts):
                    problems.append(Problem("units", u, REASON_UNIT_FORMAT))
                    continue
                key = f"{parts[0].lstrip('0') or '0'}-{parts[1].lstrip('0') or '0'}"
                if key not in known[1]:
                    problems.append(Problem("units", u, REASON_NO_UNIT, {"unit": key}))
                clean_units.append(key)
            values["scope_kind"], values["scope"] = ScopeKind.UNITS, clean_units
        else:
            values["scope_kind"], values["scope"] = ScopeKind.WHOLE, []
        if problems:
            raise ValidationError(problems)
        return values

    def _known_scope(self) -> tuple[set[str], set[str]]:
        h = Household.__table__.c
        with self._station.read() as s:
            rows = s.connection().execute(
                sa_select(h.building, h.unit).where(h.archived_at.is_(None)).distinct()).all()
        return {b for b, _ in rows}, {f"{b}-{u}" for b, u in rows if u}

    def create(self, data: DriveInput) -> int:
        """Record a new drive (its split is not fixed yet: preview it, then ``fix_split``).

        Raises:
            ValidationError: every bad field at once, each naming its field.
        """
        v = self._validate(data)
        with self._station.write() as uow:
            drive = Drive(title=v["title"], purpose=v["purpose"], cost_fen=v["cost_fen"],
                          scope_kind=v["scope_kind"].value, scope=",".join(v["scope"]),
                          split_rule=v["split_rule"].value, fixed_fen=v["fixed_fen"], rounding=v["rounding"],
                          updated_by=uow.operator.name)
            uow.session.add(drive)
            uow.session.flush()
            for source, fen in v["subsidies"]:
                uow.session.add(Subsidy(drive_id=drive.id, source=source, amount_fen=fen))
            uow.record("fund_drive", drive.id, "create", None, {
                "title": drive.title, "purpose": drive.purpose, "cost": format_fen(drive.cost_fen),
                "subsidies": [[s, format_fen(a)] for s, a in v["subsidies"]], "scope_kind": drive.scope_kind,
                "scope": drive.scope, "rule": drive.split_rule, "rounding": drive.rounding,
                "fixed": format_fen(drive.fixed_fen) if drive.fixed_fen is not None else None})
            return int(drive.id)  # type: ignore[arg-type]

    def get(self, drive_id: int) -> DriveInfo:
        with self._station.read() as s:
            return self._info(s, drive_id)

    def _info(self, s: Any, drive_id: int) -> DriveInfo:
        d = s.get(Drive, drive_id)
        if d is None:
            raise NotFound(f"No fundraising drive with id {drive_id}.")
        sub = Subsidy.__table__.c
        subsidies = tuple((r[0], r[1]) for r in s.connection().execute(
            sa_select(sub.source, sub.amount_fen).where(sub.drive_id == drive_id).order_by(sub.id)))
        return DriveInfo(d.id, d.title, d.purpose, d.cost_fen, subsidies, ScopeKind(d.scope_kind),
                         tuple(x for x in d.scope.split(",") if x), SplitRule(d.split_rule), d.fixed_fen,
                         Rounding(d.rounding), d.split_no, d.created_at, d.updated_by, d.closed_at is not None,
                         d.closed_at, d.closed_by or "", d.close_note or "")

    def resolve(self, ref: str | int) -> int:
        """A drive named on the command line: its id, or its exact title."""
        text_ = str(ref).strip()
        if text_.isdigit():
            return int(text_)
        with self._station.read() as s:
            ids = list(s.connection().execute(sa_select(Drive.__table__.c.id).where(Drive.__table__.c.title == text_)).scalars())
        if len(ids) == 1:
            return int(ids[0])
        raise NotFound(f"No fundraising drive with id or title '{ref}'." if not ids else
                       f"Several drives are titled '{ref}': use the id ({', '.join(map(str, ids))}).")

    def drives(self) -> list[DriveSummary]:
        """Every drive, newest first, with the figures its progress bars show."""
        sql = text("""
            SELECT d.id, d.title, d.cost_fen, d.split_no, d.closed_at, d.created_at,
                   (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_subsidy WHERE drive_id = d.id),
                   (SELECT COALESCE(SUM(income_fen), 0) FROM fund_ledger WHERE drive_id = d.id),
                   (SELECT COUNT(*) FROM fund_share WHERE drive_id = d.id AND split_no = d.split_no),
                   (SELECT COALESCE(SUM(due_fen), 0) FROM fund_share WHERE drive_id = d.id AND split_no = d.split_no),
                   (SELECT COUNT(*) FROM fund_share s JOIN
                        (SELECT household_id, SUM(income_fen) AS paid FROM fund_ledger
                         WHERE drive_id = d.id AND household_id IS NOT NULL GROUP BY household_id) p
                        ON p.household_id = s.household_id
                    WHERE s.drive_id = d.id AND s.split_no = d.split_no AND s.due_fen > 0 AND p.paid >= s.due_fen)
            FROM fund_drive d ORDER BY d.id DESC""")
        with self._station.read() as s:
            rows = s.connection().execute(sql).all()
        out = []
        for r in rows:
            created = r[5] if isinstance(r[5], datetime) else datetime.fromisoformat(str(r[5]))
            out.append(DriveSummary(r[0], r[1], r[2] - r[6], r[9], r[7], r[8], r[10], r[3], r[4] is not None, created))
        return out

    # --- scope and splits ---------------------------------------------------------------------------

    def _scope_rows(self, s: Any, info: DriveInfo) -> list[tuple[int, str, str, str, int | None]]:
        """(id, address, head, status, area_centi) of every live household in scope, in address order."""
        h = Household.__table__.c
        where = [h.archived_at.is_(None)]
        if info.scope_kind == ScopeKind.BUILDINGS:
            where.append(h.building.in_(info.scope))
        elif info.scope_kind == ScopeKind.UNITS:
            where.append((h.building + "-" + h.unit).in_(info.scope))
        stmt = sa_select(h.id, h.address, h.head, h.status, h.area_centi).where(*where).order_by(h.sort_key, h.id)
        return [tuple(r) for r in s.connection().execute(stmt)]  # type: ignore[misc]

    def _exemptions(self, s: Any, drive_id: int) -> dict[int, tuple[ExemptMode, str]]:
        e = Exemption.__table__.c
        return {r[0]: (ExemptMode(r[1]), r[2]) for r in s.connection().execute(
            sa_select(e.household_id, e.mode, e.reason).where(e.drive_id == drive_id))}

    def _preview(self, s: Any, info: DriveInfo, *, manual: dict[int, int] | None = None,
                 exemptions: dict[int, tuple[ExemptMode, str]] | None = None) -> SplitPreview:
        rows = self._scope_rows(s, info)
        exempt = self._exemptions(s, info.id) if exemptions is None else exemptions
        if info.rule == SplitRule.MANUAL and manual is None and info.split_no:
            sh = Share.__table__.c
            manual = dict(s.connection().execute(sa_select(sh.household_id, sh.basis).where(
                sh.drive_id == info.id, sh.split_no == info.split_no)).all())
        if info.rule == SplitRule.MANUAL and not manual:
            raise ValidationError.single("manual", "", REASON_MANUAL_MISSING)
        lines, surplus, uncovered = compute_split(
            info.rule, info.rounding, info.gap_fen, [(r[0], r[4]) for r in rows],
            {hid: mode for hid, (mode, _) in exempt.items()}, fixed_fen=info.fixed_fen, manual=manual,
            settled=self._settled(s, info) if info.split_no else None)
        by_id = {r[0]: r for r in rows}
        preview = SplitPreview(info.id, info.rule, info.rounding, info.gap_fen, [
            PreviewLine(hid, by_id[hid][1], by_id[hid][2], by_id[hid][3], basis, due, mode,
                        exempt.get(hid, (None, ""))[1])
            for hid, basis, due, mode in lines], surplus, uncovered)
        if not any(line.due_fen for line in preview.lines):
            raise ValidationError.single("split", info.rule.value, REASON_NOBODY)
        if info.rule == SplitRule.AREA:
            missing = [r[1] for r in rows if not r[4] and r[0] not in exempt]
            if missing:
                shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
                preview.warnings.append(
                    f"{len(missing)} households have no floor area recorded and owe nothing under the area rule: {shown}")
        outside = [hid for hid in exempt if hid not in by_id]
        if outside:
            preview.warnings.append(f"{len(outside)} exemptions are for households outside the scope and have no effect")
        return preview

    def _settled(self, s: Any, info: DriveInfo) -> dict[int, int]:
        """Household → net paid, for each household that has paid its share in force in full."""
        le, sh = LedgerEntry.__table__.c, Share.__table__.c
        conn = s.connection()
        paid = dict(conn.execute(sa_select(le.household_id, func.sum(le.income_fen)).where(
            le.drive_id == info.id, le.household_id.is_not(None)).group_by(le.household_id)).all())
        if not paid:
            return {}
        dues = conn.execute(sa_select(sh.household_id, sh.due_fen).where(
            sh.drive_id == info.id, sh.split_no == info.split_no, sh.exempt == "", sh.due_fen > 0))
        return {hid: int(paid[hid]) for hid, due in dues if paid.get(hid) is not None and int(paid[hid]) >= due}

    def preview_new(self, data: DriveInput) -> SplitPreview:
        """The split a drive not yet created would get (the new-drive form's preview); writes nothing."""
        v = self._validate(data)
        info = DriveInfo(0, v["title"], v["purpose"], v["cost_fen"], tuple(v["subsidies"]), v["scope_kind"],
                         tuple(v["scope"]), v["split_rule"], v["fixed_fen"], Rounding(v["rounding"]), 0, now(), "",
                         False)
        with self._station.read() as s:
            return self._preview(s, info, exemptions={})

    def preview_split(self, drive_id: int, *, manual: dict[int, int] | None = None) -> SplitPreview:
        """The split as it would be fixed now, without writing anything."""
        with self._station.read() as s:
            return self._preview(s, self._info(s, drive_id), manual=manual)

    def _has_payments(self, s: Any, drive_id: int) -> bool:
        le = LedgerEntry.__table__.c
        return s.connection().execute(sa_select(le.id).where(
            le.drive_id == drive_id, le.household_id.is_not(None)).limit(1)).first() is not None

    def _check_resplit(self, s: Any, uow: Any, info: DriveInfo) -> None:
        if info.split_no and self._has_payments(s, info.id) and not uow.operator.may(Permission.REVERSE_LEDGER):
            raise PermissionDenied(
                f"Payments have been recorded for this drive: only a coordinator may change its split; "
                f"{uow.operator.name} is recording as a volunteer.")

    def _write_split(self, uow: Any, info: DriveInfo, preview: SplitPreview, reason: str) -> int:
        s = uow.session
        number = info.split_no + 1
        conn = s.connection()
        conn.execute(insert(SplitRecord.__table__).values(
            drive_id=info.id, split_no=number, rule=preview.rule.value, rounding=preview.rounding.value,
            gap_fen=preview.gap_fen, due_total_fen=preview.due_total_fen, surplus_fen=preview.surplus_fen,
            uncovered_fen=preview.uncovered_fen, households=len(preview.lines), reason=reason,
            created_at=now(), created_by=uow.operator.name))
        conn.execute(insert(Share.__table__), [
            {"drive_id": info.id, "split_no": number, "household_id": line.household_id, "due_fen": line.due_fen,
             "basis": line.basis, "exempt": line.exempt} for line in preview.lines])
        d = Drive.__table__
        conn.execute(update(d).where(d.c.id == info.id).values(
            split_no=number, version=d.c.version + 1, updated_at=now(), updated_by=uow.operator.name))
        uow.record("fund_split", f"{info.id}/{number}", "fix",
                   {"split_no": info.split_no} if info.split_no else None,
                   {"split_no": number, "rule": preview.rule.value, "rounding": preview.rounding.value,
                    "gap": format_fen(preview.gap_fen), "due_total": format_fen(preview.due_total_fen),
                    "surplus": format_fen(preview.surplus_fen), "uncovered": format_fen(preview.uncovered_fen),
                    "households": len(preview.lines), "reason": reason})
        preview.split_no = number
        return number

    def fix_split(self, drive_id: int, *, reason: str = "", manual: dict[int, int] | None = None,
                  rule: str | None = None, rounding: str | None = None, amount: str | None = None) -> SplitPreview:
        """Fix the split (again). The old split and its shares stay in the history.

        ``rule``/``rounding``/``amount`` change the drive's rule first. Once payments exist this is a
        coordinator's action (``Permission.REVERSE_LEDGER``) and needs a reason.

        Raises:
            PermissionDenied: a volunteer re-splitting a drive that has payments.
            ValidationError: bad rule, nobody left to pay, or a missing reason.
        """
        with self._station.write() as uow:
            s = uow.session
            info = self._info(s, drive_id)
            self._check_open(info)
            self._check_resplit(s, uow, info)
            if info.split_no and self._has_payments(s, drive_id) and not reason.strip():
                raise ValidationError.single("reason", reason, REASON_REASON)
            if rule is not None or rounding is not None or amount is not None:
                info = self._change_rule(uow, info, rule, rounding, amount)
            preview = self._preview(s, info, manual=manual)
            self._write_split(uow, info, preview, reason.strip())
            return preview

    def _change_rule(self, uow: Any, info: DriveInfo, rule: str | None, rounding: str | None,
                     amount: str | None) -> DriveInfo:
        new_rule = parse_rule(rule) if rule is not None else info.rule
        new_rounding = info.rounding
        if rounding is not None:
            if rounding not in (Rounding.FEN, Rounding.YUAN):
                raise ValidationError.single("round", rounding, REASON_ROUNDING)
            new_rounding = Rounding(rounding)
        fixed = info.fixed_fen
        if amount is not None:
            fixed = parse_amount(amount, "amount")
        if new_rule == SplitRule.FIXED and fixed is None:
            raise ValidationError.single("amount", amount, REASON_FIXED_AMOUNT)
        d = Drive.__table__
        uow.session.connection().execute(update(d).where(d.c.id == info.id).values(
            split_rule=new_rule.value, rounding=new_rounding.value, fixed_fen=fixed))
        uow.record("fund_drive", info.id, "rule",
                   {"rule": info.rule.value, "rounding": info.rounding.value},
                   {"rule": new_rule.value, "rounding": new_rounding.value})
        return self._info(uow.session, info.id)

    def splits(self, drive_id: int) -> list[SplitHistoryRow]:
        """Every split fixed for the drive, newest first (the first is in force)."""
        sp = SplitRecord.__table__.c
        with self._station.read() as s:
            rows = s.connection().execute(sa_select(
                sp.split_no, sp.rule, sp.rounding, sp.gap_fen, sp.due_total_fen, sp.surplus_fen, sp.uncovered_fen,
                sp.households, sp.reason, sp.created_at, sp.created_by).where(sp.drive_id == drive_id)
                .order_by(sp.split_no.desc())).all()
        return [SplitHistoryRow(*r) for r in rows]

    def split_shares(self, drive_id: int, split_no: int) -> list[tuple[str, int, str]]:
        """(address, due_fen, exempt) of an old or current split, in address order."""
        sh, h = Share.__table__.c, Household.__table__.c
        with self._station.read() as s:
            return [tuple(r) for r in s.connection().execute(  # type: ignore[misc]
                sa_select(h.address, sh.due_fen, sh.exempt).join(Household.__table__, h.id == sh.household_id)
                .where(sh.drive_id == drive_id, sh.split_no == split_no).order_by(h.sort_key))]

    # --- exemptions -----------------------------------------------------------------------------------

    def _household_id(self, s: Any, ref: str | int, field_name: str = "household") -> tuple[int, str]:
        h = Household.__table__.c
        if isinstance(ref, int):
            r = s.connection().execute(sa_select(h.id, h.address).where(h.id == ref)).first()
            if r is None:
                raise ValidationError.single(field_name, ref, REASON_UNKNOWN_ADDRESS)
            return r[0], r[1]
        address = str(parse_address(str(ref), field_name))
        r = s.connection().execute(sa_select(h.id, h.address).where(
            h.address == address, h.archived_at.is_(None))).first()
        if r is None:
            raise ValidationError.single(field_name, ref, REASON_UNKNOWN_ADDRESS)
        return r[0], r[1]

    def set_exemption(self, drive_id: int, household: str | int, reason: str,
                      mode: str | ExemptMode = ExemptMode.SPREAD) -> SplitPreview | None:
        """Exempt a household with a reason; re-fixes the split if one is fixed (keeping the old one).

        Returns the new split, or None while no split is fixed yet.
        """
        try:
            mode = ExemptMode(str(mode))
        except ValueError:
            raise ValidationError.single("mode", mode, REASON_EXEMPT_MODE) from None
        if not (reason or "").strip():
            raise ValidationError.single("reason", reason, REASON_REASON)
        with self._station.write() as uow:
            s = uow.session
            info = self._info(s, drive_id)
            self._check_open(info)
            hid, address = self._household_id(s, household)
            if hid not in {r[0] for r in self._scope_rows(s, info)}:
                raise ValidationError.single("household", address, REASON_NOT_IN_SCOPE, address=address)
            self._check_resplit(s, uow, info)
            existing = s.exec(select(Exemption).where(
                Exemption.drive_id == drive_id, Exemption.household_id == hid)).first()
            before = None
            if existing is not None:
                ex = existing
                before = {"reason": ex.reason, "mode": ex.mode}
                ex.reason, ex.mode = reason.strip(), mode.value
                ex.version += 1
                ex.updated_at, ex.updated_by = now(), uow.operator.name
            else:
                ex = Exemption(drive_id=drive_id, household_id=hid, reason=reason.strip(), mode=mode.value,
                               updated_by=uow.operator.name)
            s.add(ex)
            s.flush()
            uow.record("fund_exemption", f"{drive_id}/{address}", "set", before,
                       {"reason": ex.reason, "mode": ex.mode})
            if info.split_no:
                preview = self._preview(s, info)
                self._write_split(uow, info, preview, f"{address} 免缴：{reason.strip()}")
                return preview
            return None

    def remove_exemption(self, drive_id: int, household: str | int) -> SplitPreview | None:
        with self._station.write() as uow:
            s = uow.session
            info = self._info(s, drive_id)
            self._check_open(info)
            hid, address = self._household_id(s, household)
            e = Exemption.__table__
            row = s.connection().execute(sa_select(e.c.id, e.c.reason, e.c.mode).where(
                e.c.drive_id == drive_id, e.c.household_id == hid)).first()
            if row is None:
                raise NotFound(f"{address} is not exempt from this drive.")
            self._check_resplit(s, uow, info)
            s.connection().execute(e.delete().where(e.c.id == row[0]))
            uow.record("fund_exemption", f"{drive_id}/{address}", "remove", {"reason": row[1], "mode": row[2]}, None)
            if info.split_no:
                preview = self._preview(s, info)
                self._write_split(uow, info, preview, f"{address} 取消免缴")
                return preview
            return None

    def exemptions(self, drive_id: int) -> list[ExemptionRow]:
        e, h = Exemption.__table__.c, Household.__table__.c
        with self._station.read() as s:
            rows = s.connection().execute(
                sa_select(e.household_id, h.address, h.head, e.reason, e.mode)
                .join(Household.__table__, h.id == e.household_id).where(e.drive_id == drive_id)
                .order_by(h.sort_key)).all()
        return [ExemptionRow(r[0], r[1], r[2], r[3], ExemptMode(r[4])) for r in rows]

    # --- the ledger -------------------------------------------------------------------------------------

    def _check_open(self, info: DriveInfo) -> None:
        if info.closed:
            raise ValidationError.single("drive", info.title, REASON_CLOSED)

    def _clean_payment(self, data: PaymentInput) -> tuple[int, Method, date, list[Problem]]:
        problems: list[Problem] = []
        fen = method = day = None
        try:
            fen = parse_amount(data.amount, "amount")
        except ValidationError as exc:
            problems.extend(exc.problems)
        try:
            method = parse_method(data.method)
        except ValidationError as exc:
            problems.extend(exc.problems)
        try:
            day = parse_day(data.day)
        except ValidationError as exc:
            problems.extend(exc.problems)
        return fen, method, day, problems  # type: ignore[return-value]

    def _paid_and_due(self, s: Any, info: DriveInfo, household_id: int) -> tuple[int, int | None]:
        """(paid so far, due under the split in force or None when outside the scope)."""
        le, sh = LedgerEntry.__table__.c, Share.__table__.c
        conn = s.connection()
        paid = conn.execute(sa_select(func.coalesce(func.sum(le.income_fen), 0)).where(
            le.drive_id == info.id, le.household_id == household_id)).scalar_one()
        due = conn.execute(sa_select(sh.due_fen).where(
            sh.drive_id == info.id, sh.split_no == info.split_no, sh.household_id == household_id)).scalar()
        return int(paid), due

    @staticmethod
    def _next_receipt(conn: Any, drive_id: int) -> int:
        # Runs inside the writer's BEGIN IMMEDIATE transaction: nobody else can take the same number,
        # and the unique index (drive_id, receipt_no) would refuse it if anything ever tried.
        le = LedgerEntry.__table__.c
        return int(conn.execute(sa_select(func.coalesce(func.max(le.receipt_no), 0) + 1)
                                .where(le.drive_id == drive_id)).scalar_one())

    def pay(self, drive_id: int, data: PaymentInput, *, confirm_overpay: bool = False,
            confirm_out_of_scope: bool = False) -> LedgerRow:
        """Record a payment and give it the drive's next receipt number.

        Raises:
            ValidationError: bad amount, method, date or address (all named at once).
            NeedsConfirmation: an overpayment or a household outside the scope, not confirmed.
        """
        fen, method, day, problems = self._clean_payment(data)
        hid = address = None
        with self._station.write() as uow:
            s = uow.session
            info = self._info(s, drive_id)
            try:
                hid, address = self._household_id(s, data.household)
            except ValidationError as exc:
                problems = exc.problems + problems
            if problems:
                raise ValidationError(problems)
            self._check_open(info)
            if not info.split_no:
                raise ValidationError.single("drive", info.title, REASON_NOT_FIXED)
            paid, due = self._paid_and_due(s, info, hid)  # type: ignore[arg-type]
            notes = [data.note.strip()] if data.note.strip() else []
            if due is None:
                if not confirm_out_of_scope:
                    raise NeedsConfirmation(Problem("household", address, REASON_OUT_OF_SCOPE,
                                                    {"address": address, "scope": info.scope_text()}), "out_of_scope")
                notes.append("confirmed: outside the scope")
            elif paid + fen > due:
                if not confirm_overpay:
                    raise NeedsConfirmation(Problem("amount", format_fen(fen), REASON_OVERPAY, {
                        "address": address, "paid": format_fen(paid + fen), "due": format_fen(due)}), "overpay")
                notes.append(f"confirmed overpayment: {format_fen(paid + fen)} paid against {format_fen(due)} due")
            entry = {"drive_id": drive_id, "kind": EntryKind.PAYMENT.value, "household_id": hid, "amount_fen": fen,
                     "outside_scope": due is None,
                     "income_fen": fen, "expense_fen": 0, "entry_date": day, "method": method.value,
                     "collector": normalise_text_keep(data.collector or "") or uow.operator.name,
                     "paper_receipt": normalise_text_keep(data.paper_receipt or ""), "note": "; ".join(notes)}
            return self._append(uow, [entry], addresses={hid: address})[0]  # type: ignore[dict-item]

    def _append(self, uow: Any, entries: list[dict[str, Any]], *, addresses: dict[int, str]) -> list[LedgerRow]:
        """Insert entries in order, numbering payments; one audit entry each. Caller holds the write lock."""
        from mutual_aid_desk.core.audit import PendingEntry

        conn = uow.session.connection()
        stamp, who = now(), uow.operator.name
        receipts: dict[int, int] = {}
        rows = []
        for e in entries:
            row = {"household_id": None, "method": "", "collector": "", "receipt_no": None, "paper_receipt": "",
                   "payee": "", "purpose": "", "voucher": "", "reverses_id": None, "note": "", "outside_scope": False,
                   **e,
                   "created_at": stamp, "created_by": who}
            if row["kind"] == EntryKind.PAYMENT.value:
                drive = row["drive_id"]
                if drive not in receipts:
                    receipts[drive] = self._next_receipt(conn, drive)
                row["receipt_no"] = receipts[drive]
                receipts[drive] += 1
            rows.append(row)
        le = LedgerEntry.__table__
        # Ids from the database, in the order of the rows given (RETURNING).
        ids = conn.execute(insert(le).returning(le.c.id, sort_by_parameter_order=True), rows).scalars().all()
        for row, new_id in zip(rows, ids):
            row["id"] = new_id
        uow.record_many([PendingEntry("fund_ledger", str(r["id"]), r["kind"], None,
                                      {**_entry_json(r), "address": addresses.get(r["household_id"])}) for r in rows])
        out = []
        for r in rows:
            obj = LedgerEntry(**r)
            out.append(_ledger_row(obj, addresses.get(r["household_id"], ""), None))
        return out

    def refund(self, drive_id: int, household: str | int, amount: str, *, method: str = "cash",
               day: str | date | None = None, note: str = "") -> LedgerRow:
        """Pay money back to a household (an overpayment, a cancelled share); never more than it paid."""
        fen, method_, day_, problems = self._clean_payment(PaymentInput(household, amount, method, day))
        with self._station.write() as uow:
            s = uow.session
            info = self._info(s, drive_id)
            try:
                hid, address = self._household_id(s, household)
            except ValidationError as exc:
                problems = exc.problems + problems
            if problems:
                raise ValidationError(problems)
            self._check_open(info)
            if not note.strip():
                raise ValidationError.single("note", note, REASON_REASON)
            paid, due = self._paid_and_due(s, info, hid)
            if fen > paid:
                raise ValidationError.single("amount", amount, REASON_REFUND_TOO_MUCH, address=address,
                                             paid=format_fen(paid))
            entry = {"drive_id": drive_id, "kind": EntryKind.REFUND.value, "household_id": hid, "amount_fen": fen,
                     "outside_scope": due is None,
                     "income_fen": -fen, "expense_fen": 0, "entry_date": day_, "method": method_.value,
                     "collector": uow.operator.name, "note": note.strip()}
            return self._append(uow, [entry], addresses={hid: address})[0]

    def expense(self, drive_id: int, data: ExpenseInput) -> LedgerRow:
        """Record money spent from the drive: payee, amount, date, purpose and voucher number."""
        problems: list[Problem] = []
        fen = day = method = None
        try:
            fen = parse_amount(data.amount, "amount", limit_fen=MAX_AMOUNT_FEN)
        except ValidationError as exc:
            problems.extend(exc.problems)
        try:
            day = parse_day(data.day)
        except ValidationError as exc:
            problems.extend(exc.problems)
        try:
            method = parse_method(data.method)
        except ValidationError as exc:
            problems.extend(exc.problems)
        if not (data.payee or "").strip():
            problems.append(Problem("payee", data.payee, REASON_PAYEE))
        if problems:
            raise ValidationError(problems)
        with self._station.write() as uow:
            info = self._info(uow.session, drive_id)
            self._check_open(info)
            entry = {"drive_id": drive_id, "kind": EntryKind.EXPENSE.value, "amount_fen": fen, "income_fen": 0,
                     "expense_fen": fen, "entry_date": day, "method": method.value,  # type: ignore[union-attr]
                     "payee": normalise_text_keep(data.payee), "purpose": (data.purpose or "").strip(),
                     "voucher": normalise_text_keep(data.voucher or ""), "collector": uow.operator.name,
                     "note": (data.note or "").strip()}
            return self._append(uow, [entry], addresses={})[0]

    def reverse(self, entry_id: int, reason: str, *, day: str | date | None = None) -> LedgerRow:
        """Cancel an entry with a reversing entry that points at it (coordinators only). Both stay.

        Raises:
            PermissionDenied: the operator is not a coordinator.
            ValidationError: no reason, already reversed, or a reversal itself.
        """
        self._station.require(Permission.REVERSE_LEDGER)
        if not (reason or "").strip():
            raise ValidationError.single("reason", reason, REASON_REASON)
        day_ = parse_day(day)
        with self._station.write(Permission.REVERSE_LEDGER) as uow:
            s = uow.session
            original = s.get(LedgerEntry, entry_id)
            if original is None:
                raise NotFound(f"No ledger entry with id {entry_id}.")
            if original.kind == EntryKind.REVERSAL:
                raise ValidationError.single("entry", entry_id, REASON_REVERSE_REVERSAL)
            self._check_open(self._info(s, original.drive_id))
            le = LedgerEntry.__table__.c
            by = s.connection().execute(sa_select(le.id).where(le.reverses_id == entry_id)).scalar()
            if by is not None:
                raise ValidationError.single("entry", entry_id, REASON_ALREADY_REVERSED, entry=entry_id, by=by)
            address = ""
            if original.household_id is not None:
                address = s.connection().execute(sa_select(Household.__table__.c.address).where(
                    Household.__table__.c.id == original.household_id)).scalar() or ""
            entry = {"drive_id": original.drive_id, "kind": EntryKind.REVERSAL.value,
                     "household_id": original.household_id, "amount_fen": original.amount_fen,
                     "income_fen": -original.income_fen, "expense_fen": -original.expense_fen, "entry_date": day_,
                     "method": original.method, "collector": uow.operator.name, "payee": original.payee,
                     "purpose": original.purpose, "voucher": original.voucher, "reverses_id": original.id,
                     "outside_scope": original.outside_scope,
                     "note": reason.strip()}
            return self._append(uow, [entry], addresses={original.household_id: address} if address else {})[0]

    # --- closing ----------------------------------------------------------------------------------------

    def close(self, drive_id: int, note: str = "") -> DriveInfo:
        """Close a drive (coordinators only): it takes no more payments, refunds or expenses.

        ``note`` says what happens to the balance; it is required unless the balance is zero, and
        the final 公示 prints it.

        Raises:
            PermissionDenied: the operator is not a coordinator.
            ValidationError: already closed, or a balance with nothing said about it.
        """
        self._station.require(Permission.MANAGE_DRIVES)
        note = (note or "").strip()
        balance = self.status(drive_id).balance_fen
        with self._station.write(Permission.MANAGE_DRIVES) as uow:
            drive = uow.session.get(Drive, drive_id)
            if drive is None:
                raise NotFound(f"No fundraising drive with id {drive_id}.")
            if drive.closed_at is not None:
                raise ValidationError.single("drive", drive.title, REASON_ALREADY_CLOSED)
            if balance and not note:
                raise ValidationError.single("note", note, REASON_CLOSE_NOTE, balance=format_fen(balance))
            stamp = now()
            drive.closed_at, drive.closed_by, drive.close_note = stamp, uow.operator.name, note
            drive.version += 1
            drive.updated_at, drive.updated_by = stamp, uow.operator.name
            uow.session.add(drive)
            uow.record("fund_drive", drive_id, "close", {"closed": False},
                       {"closed": True, "balance": format_fen(balance), "note": note})
        return self.get(drive_id)

    def reopen(self, drive_id: int, reason: str) -> DriveInfo:
        """Reopen a closed drive (coordinators only, with a reason); the closing stays in the audit trail."""
        self._station.require(Permission.MANAGE_DRIVES)
        if not (reason or "").strip():
            raise ValidationError.single("reason", reason, REASON_REASON)
        with self._station.write(Permission.MANAGE_DRIVES) as uow:
            drive = uow.session.get(Drive, drive_id)
            if drive is None:
                raise NotFound(f"No fundraising drive with id {drive_id}.")
            if drive.closed_at is None:
                raise ValidationError.single("drive", drive.title, REASON_NOT_CLOSED)
            before = {"closed": True, "closed_at": drive.closed_at, "closed_by": drive.closed_by,
                      "note": drive.close_note}
            drive.closed_at, drive.closed_by, drive.close_note = None, "", ""
            drive.version += 1
            drive.updated_at, drive.updated_by = now(), uow.operator.name
            uow.session.add(drive)
            uow.record("fund_drive", drive_id, "reopen", before, {"closed": False, "reason": reason.strip()})
        return self.get(drive_id)

    def append_payments(self, uow: Any, drive_id: int, entries: list[dict[str, Any]],
                        addresses: dict[int, str]) -> list[LedgerRow]:
        """Bulk payments (an import) inside the caller's unit of work, numbered in order."""
        return self._append(uow, entries, addresses=addresses)

    def ledger(self, drive_id: int | None = None, *, household_id: int | None = None,
               kinds: Iterable[EntryKind | str] | None = None, offset: int = 0,
               limit: int | None = None) -> list[LedgerRow]:
        """Ledger entries, oldest first, with each entry's reversal (if any) named."""
        le, h = LedgerEntry.__table__, Household.__table__.c
        rev = LedgerEntry.__table__.alias("rev")
        stmt = (sa_select(le, h.address, rev.c.id.label("reversed_by"))
                .outerjoin(Household.__table__, h.id == le.c.household_id)
                .outerjoin(rev, rev.c.reverses_id == le.c.id))
        if drive_id is not None:
            stmt = stmt.where(le.c.drive_id == drive_id)
        if household_id is not None:
            stmt = stmt.where(le.c.household_id == household_id)
        if kinds:
            stmt = stmt.where(le.c.kind.in_([str(k) for k in kinds]))
        stmt = stmt.order_by(le.c.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._station.read() as s:
            return [_ledger_row(r, r.address or "", r.reversed_by) for r in s.connection().execute(stmt)]

    def ledger_count(self, drive_id: int) -> int:
        le = LedgerEntry.__table__.c
        with self._station.read() as s:
            return int(s.connection().execute(sa_select(func.count()).where(le.drive_id == drive_id)).scalar_one())

    def entry(self, entry_id: int) -> LedgerRow:
        le, h = LedgerEntry.__table__, Household.__table__.c
        rev = LedgerEntry.__table__.alias("rev")
        stmt = (sa_select(le, h.address, rev.c.id.label("reversed_by"))
                .outerjoin(Household.__table__, h.id == le.c.household_id)
                .outerjoin(rev, rev.c.reverses_id == le.c.id).where(le.c.id == entry_id))
        with self._station.read() as s:
            r = s.connection().execute(stmt).first()
        if r is None:
            raise NotFound(f"No ledger entry with id {entry_id}.")
        return _ledger_row(r, r.address or "", r.reversed_by)

    def receipt(self, drive_id: int, receipt_no: int) -> LedgerRow:
        le = LedgerEntry.__table__.c
        with self._station.read() as s:
            entry_id = s.connection().execute(sa_select(le.id).where(
                le.drive_id == drive_id, le.receipt_no == receipt_no)).scalar()
        if entry_id is None:
            raise NotFound(f"No receipt number {receipt_no} in drive {drive_id}.")
        return self.entry(entry_id)

    # --- figures ----------------------------------------------------------------------------------------

    _STATUS_SQL = text("""
        SELECT h.id, h.address, h.head, h.status, s.due_fen, s.exempt, p.paid, p.last_day
        FROM fund_share s
        JOIN household h ON h.id = s.household_id
        LEFT JOIN (SELECT household_id, SUM(income_fen) AS paid,
                          MAX(CASE WHEN kind = 'payment' THEN entry_date END) AS last_day
                   FROM fund_ledger WHERE drive_id = :drive AND household_id IS NOT NULL
                   GROUP BY household_id) p ON p.household_id = s.household_id
        WHERE s.drive_id = :drive AND s.split_no = :split
        ORDER BY h.sort_key, h.id""")
    # Entries of households outside the scope are flagged when written (the scope never changes), so
    # they are found through a small partial index instead of a second pass over the ledger.
    _OUTSIDE_SQL = text("""
        SELECT h.id, h.address, h.head, h.status, SUM(l.income_fen),
               MAX(CASE WHEN l.kind = 'payment' AND NOT EXISTS
                        (SELECT 1 FROM fund_ledger r WHERE r.reverses_id = l.id) THEN l.entry_date END)
        FROM fund_ledger l JOIN household h ON h.id = l.household_id
        WHERE l.drive_id = :drive AND l.outside_scope = 1
        GROUP BY h.id ORDER BY h.sort_key""")
    # Reversals are rare: the last payment of a household that has one is looked up again, leaving
    # out reversed payments, instead of checking every payment of the drive for a reversal.
    _REVERSED_LAST_SQL = text("""
        SELECT r.household_id, MAX(CASE WHEN l.kind = 'payment' AND NOT EXISTS
                                       (SELECT 1 FROM fund_ledger x WHERE x.reverses_id = l.id)
                                  THEN l.entry_date END)
        FROM (SELECT DISTINCT household_id FROM fund_ledger
              WHERE drive_id = :drive AND kind = 'reversal' AND household_id IS NOT NULL) r
        JOIN fund_ledger l ON l.drive_id = :drive AND l.household_id = r.household_id
        GROUP BY r.household_id""")
    _TOTALS_SQL = text("""
        SELECT COALESCE(SUM(income_fen), 0), COALESCE(SUM(expense_fen), 0)
        FROM fund_ledger WHERE drive_id = :drive""")

    def status(self, drive_id: int) -> DriveStatus:
        """Per household due/paid/outstanding/last payment, and the drive's totals and coverage.

        One read snapshot: the shares joined to one grouped pass over the drive's ledger (a covering
        index), so 100,000 households cost about what the bare SQL aggregate does.
        """
        with self._station.read() as s:
            info = self._info(s, drive_id)
            conn = s.connection()
            params = {"drive": drive_id, "split": info.split_no}
            shares: list[ShareLine] = []
            paid_n = outstanding_n = exempt_n = none_n = 0
            due_total = 0
            outstanding_status: Counter[str] = Counter()
            make = ShareLine
            days: dict[str, date] = {}  # a drive's payments fall on a few dozen days: parse each once
            # The plain DB-API cursor, in the same read transaction: SQLAlchemy's row objects would cost
            # more than the aggregate itself over 100,000 households.
            corrected = dict(driver_rows(conn, self._REVERSED_LAST_SQL.text, params))
            for hid, address, head, hstatus, due, exempt, paid, last in driver_rows(conn, self._STATUS_SQL.text, params):
                if corrected and hid in corrected:
                    last = corrected[hid]
                paid = paid or 0
                due_total += due
                if exempt:
                    status = ShareStatus.EXEMPT
                    exempt_n += 1
                elif due == 0:
                    status = ShareStatus.NO_SHARE
                    none_n += 1
                elif paid >= due:
                    status = ShareStatus.PAID if paid == due else ShareStatus.OVERPAID
                    paid_n += 1
                else:
                    status = ShareStatus.PARTIAL if paid > 0 else ShareStatus.UNPAID
                    outstanding_n += 1
                    outstanding_status[hstatus] += 1
                if last:
                    day = days.get(last)
                    if day is None:
                        day = days[last] = as_date(last)
                else:
                    day = None
                shares.append(make(hid, address, head, hstatus, due, paid, day, exempt, status))
            outside = [ShareLine(r[0], r[1], r[2], r[3], 0, r[4] or 0, as_date(r[5]) if r[5] else None,
                                 "", ShareStatus.OUTSIDE)
                       for r in conn.execute(text(self._OUTSIDE_SQL.text.replace("outside_scope = 1",
                                                                                 f"outside_scope = {true_sql(conn)}")), params)]
            income, expenses = conn.execute(self._TOTALS_SQL, params).one()
            sp = SplitRecord.__table__.c
            split = conn.execute(sa_select(sp.surplus_fen, sp.uncovered_fen).where(
                sp.drive_id == drive_id, sp.split_no == info.split_no)).first()
        order = ("vacant", "unreachable", "rented", "owner")
        coverage = Coverage(len(shares), paid_n, outstanding_n, exempt_n, none_n,
                            tuple((k, outstanding_status[k]) for k in order if outstanding_status[k]))
        return DriveStatus(info, due_total, int(income), int(expenses), split[0] if split else 0,
                           split[1] if split else 0, shares, outside, coverage)

    def share_of(self, drive_id: int, household: str | int) -> ShareLine:
        """One household's line (due, paid, outstanding, last payment), e.g. to prefill a form."""
        with self._station.read() as s:
            hid, _ = self._household_id(s, household)
        for line in (lambda st: [*st.shares, *st.outside])(self.status(drive_id)):
            if line.household_id == hid:
                return line
        row = self._station.households.get(hid)
        return ShareLine(hid, row.address, row.head, row.status, 0, 0, None, "", ShareStatus.OUTSIDE)

    def arrears_ids(self, drive_id: int) -> list[int]:
        """Households that still owe, in walking order (building → unit → floor → room)."""
        return [s.household_id for s in self.status(drive_id).shares if s.outstanding_fen > 0]

    def payments_of(self, household_id: int) -> list[LedgerRow]:
        """Every ledger entry of one household, across drives (for its timeline)."""
        return self.ledger(None, household_id=household_id)

    def record_export(self, drive_id: int, kind: str, file_name: str) -> None:
        """Note in the audit trail that a document of the drive was printed or saved."""
        with self._station.write() as uow:
            uow.record("export", file_name, f"fund {kind}", None, {"drive": drive_id, "file": file_name})

    def household_entries(self, household_id: int) -> list[TimelineEntry]:
        """The household's payments, refunds and reversals for its timeline."""
        return payments_timeline(self._station, household_id)

    def drive_titles(self) -> dict[int, str]:
        d = Drive.__table__.c
        with self._station.read() as s:
            return dict(s.connection().execute(sa_select(d.id, d.title)).all())


def payments_timeline(station: "Station", household_id: int) -> list[TimelineEntry]:
    """Timeline provider: a household's payments, refunds and reversals in every drive."""
    service = FundService(station)
    titles = service.drive_titles()
    out = []
    for row in service.payments_of(household_id):
        kind = KIND_LABELS[row.kind]
        title = f"{titles.get(row.drive_id, '')}：{kind} {format_fen(row.amount_fen)} 元"
        detail_parts = []
        if row.receipt_no:
            detail_parts.append(f"收据 No.{row.receipt_no:06d}")
        if row.method:
            detail_parts.append(METHOD_LABELS.get(Method(row.method), row.method))
        if row.collector:
            detail_parts.append(f"收款人 {row.collector}")
        if row.reversed_by:
            detail_parts.append("已冲正")
        if row.note:
            detail_parts.append(row.note)
        when = datetime.combine(row.day, row.created_at.time()) if row.day != row.created_at.date() else row.created_at
        out.append(TimelineEntry(when, "payment", title, "，".join(detail_parts), household_id))
    return out
