"""The words of a drive: its kinds and labels, the reasons a form is refused, and what people type.

Everything here is plain data and parsing, read by every other module of the package; it imports
none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from mutual_aid_desk.core import values
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError


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
_LIST_SPLIT = re.compile(r"[,，;；、\s]+")

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

T = TypeVar("T")


def collect(problems: list[Problem], parse: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """``parse(*args, **kwargs)``, or None with its problems added to ``problems``: a form names every
    bad field at once."""
    try:
        return parse(*args, **kwargs)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def parse_method(value: str | Method | None, field_name: str = "method") -> Method:
    method = _METHOD_WORDS.get(values.folded(value).lower())
    if method is None:
        raise ValidationError.single(field_name, value, REASON_METHOD)
    return method


def parse_rule(value: str | SplitRule | None) -> SplitRule:
    rule = _RULE_WORDS.get(values.written(value).lower())
    if rule is None:
        raise ValidationError.single("split", value, REASON_RULE)
    return rule


def parse_day(value: str | date | None, field_name: str = "date", *, today: date | None = None) -> date:
    """A day a payment or expense happened, in any form ``values.parse_date`` reads; blank → today.

    Raises:
        ValidationError: not a date, in the future, or before 2000.
    """
    today = today or date.today()
    if value is None or not str(value).strip():
        return today
    day = values.parse_date(value, field_name)
    if day > today:
        raise ValidationError.single(field_name, value, REASON_DATE_FUTURE)
    if day < EARLIEST_DAY:
        raise ValidationError.single(field_name, value, REASON_DATE_OLD)
    return day


def split_list(value: str | Sequence[str] | None) -> list[str]:
    """'5, 6、7' or ['5', '6'] → ['5', '6', '7']: folded, upper case, each once, in order."""
    if value is None:
        return []
    parts = _LIST_SPLIT.split(values.folded(value)) if isinstance(value, str) else list(value)
    seen: list[str] = []
    for p in parts:
        p = values.folded(p).upper()
        if p and p not in seen:
            seen.append(p)
    return seen


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
