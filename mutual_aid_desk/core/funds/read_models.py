"""What the fund service returns: plain read models of drives, splits, shares and the ledger.

They carry figures in fen and know how to print themselves (English for the command line,
Chinese for notices); none of them touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mutual_aid_desk.core.funds.terms import (
    HOUSEHOLD_STATUS_EN,
    HOUSEHOLD_STATUS_ZH,
    RULE_LABELS,
    EntryKind,
    ExemptMode,
    Rounding,
    ScopeKind,
    ShareStatus,
    SplitRule,
)
from mutual_aid_desk.core.money import format_fen


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

    def _in_words(self, zh: bool) -> str:
        head, exempt, no_share, outstanding = _COVERAGE_WORDS[zh]
        out = head.format(paid=self.paid, households=self.households)
        if self.exempt:
            out += exempt.format(self.exempt)
        if self.no_share:
            out += no_share.format(self.no_share)
        labels = HOUSEHOLD_STATUS_ZH if zh else HOUSEHOLD_STATUS_EN
        return out + outstanding.format(self.outstanding) + self._detail(labels, zh=zh)

    def text(self) -> str:
        """'315/317 households paid, 2 outstanding (both vacant)'."""
        return self._in_words(zh=False)

    def text_zh(self) -> str:
        """'317 户中 315 户已缴清，2 户未缴清（均为空置）'."""
        return self._in_words(zh=True)


#: Coverage in words: the head, then the exempt, no-share and outstanding parts (English, Chinese).
_COVERAGE_WORDS = {
    False: ("{paid}/{households} households paid", ", {} exempt", ", {} with no share", ", {} outstanding"),
    True: ("{households} 户中 {paid} 户已缴清", "，{} 户免缴", "，{} 户无应缴", "，{} 户未缴清"),
}


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

    @classmethod
    def of(cls, r: Any, address: str, reversed_by: int | None) -> LedgerRow:
        """A ledger row from a ``fund_ledger`` row (or a ``LedgerEntry``) and its household's address."""
        return cls(r.id, r.drive_id, EntryKind(r.kind), r.household_id, address, r.amount_fen, r.income_fen,
                   r.expense_fen, r.entry_date, r.method, r.collector, r.receipt_no, r.paper_receipt, r.payee,
                   r.purpose, r.voucher, r.reverses_id, reversed_by, r.note, r.created_at, r.created_by)

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
