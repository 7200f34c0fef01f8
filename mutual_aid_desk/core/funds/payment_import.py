"""Importing payments collected on paper or by a phone payment export: all or nothing.

Columns: address, amount, date, method, collector, receipt (the number written in a paper receipt
book, kept beside the drive's own receipt number). Every row is checked first; any problem anywhere
(a bad amount, an unknown address, a household outside the scope, an overpayment counted across
the whole file, a paper receipt number used twice) means nothing is written, and each problem
names its row and column. ``apply_payment_import`` re-checks the file inside the write transaction
and numbers the receipts there, so two imports at once cannot collide.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select as sa_select

from mutual_aid_desk.core import values
from mutual_aid_desk.core.addresses import parse_address
from mutual_aid_desk.core.funds.read_models import DriveInfo
from mutual_aid_desk.core.funds.terms import (
    REASON_NOT_FIXED,
    REASON_OUT_OF_SCOPE,
    REASON_OVERPAY,
    REASON_UNKNOWN_ADDRESS,
    EntryKind,
    Method,
    parse_day,
    parse_method,
)
from mutual_aid_desk.core.money import format_fen, parse_amount
from mutual_aid_desk.core.tabular import REASON_EMPTY, Column, read_table
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import table_of
from mutual_aid_desk.db.tables.funds import LedgerEntry, Share
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

COLUMNS = (
    Column("address", ("地址", "门牌", "房号", "户号", "住户")),
    Column("amount", ("金额", "缴款金额", "缴费金额", "实缴", "实缴金额", "money")),
    Column("date", ("日期", "缴款日期", "缴费日期", "收款日期", "day")),
    Column("method", ("方式", "缴款方式", "支付方式", "付款方式")),
    Column("collector", ("收款人", "经手人", "收款志愿者", "经办人")),
    Column("receipt", ("收据号", "收据编号", "票据号", "收据")),
)
REQUIRED = (("address", "amount"),)

REASON_RECEIPT_TWICE = QT_TRANSLATE_NOOP("Problems", "the same receipt number as row {row}")


@dataclass
class ImportedPayment:
    row: int
    household_id: int
    address: str
    amount_fen: int
    day: date
    method: Method
    collector: str
    paper_receipt: str
    outside_scope: bool = False


@dataclass
class PaymentImportPlan:
    """What an import would record, shown before anything is written."""

    drive_id: int
    path: Path
    payments: list[ImportedPayment] = field(default_factory=list)
    confirmed: bool = False

    @property
    def total_fen(self) -> int:
        return sum(p.amount_fen for p in self.payments)

    def summary(self) -> str:
        households = len({p.household_id for p in self.payments})
        return f"{len(self.payments)} payments from {households} households, {format_fen(self.total_fen, grouped=True)} yuan"


def _check(conn: Any, info: DriveInfo, path: Path, *, confirm: bool) -> PaymentImportPlan:
    table = read_table(Path(path), COLUMNS, REQUIRED)
    problems: list[Problem] = []
    if not info.split_no:
        raise ValidationError(Problem("drive", info.title, REASON_NOT_FIXED, row=table.header_row))
    h, sh, le = table_of(Household).c, table_of(Share).c, table_of(LedgerEntry).c
    addresses = dict(conn.execute(sa_select(h.address, h.id).where(h.archived_at.is_(None))).all())
    dues = dict(conn.execute(sa_select(sh.household_id, sh.due_fen).where(
        sh.drive_id == info.id, sh.split_no == info.split_no)).all())
    paid: dict[int, int] = defaultdict(int, conn.execute(
        sa_select(le.household_id, func.sum(le.income_fen)).where(
            le.drive_id == info.id, le.household_id.is_not(None)).group_by(le.household_id)).all())
    receipts: dict[str, int] = {}
    plan = PaymentImportPlan(info.id, Path(path), confirmed=confirm)

    def col(name: str) -> str:
        return table.header(name)

    for number, cells in table.rows:
        row_problems: list[Problem] = []
        raw_address = table.value(cells, "address") or ""
        household_id = address = None
        try:
            address = str(parse_address(raw_address))
            household_id = addresses.get(address)
            if household_id is None:
                row_problems.append(Problem(col("address"), raw_address, REASON_UNKNOWN_ADDRESS, row=number))
        except ValidationError as exc:
            row_problems.extend(Problem(col("address"), p.value, p.reason, p.params, row=number) for p in exc.problems)
        parsed: dict[str, Any] = {}
        for name, parse in (("amount", lambda v: parse_amount(v, "amount")), ("date", parse_day),
                            ("method", parse_method)):
            raw = table.value(cells, name)
            if name == "method" and not (raw or "").strip():
                parsed[name] = Method.CASH
                continue
            try:
                parsed[name] = parse(raw)
            except ValidationError as exc:
                row_problems.extend(Problem(col(name), p.value, p.reason, p.params, row=number) for p in exc.problems)
        paper = values.folded(table.value(cells, "receipt"))
        if paper:
            if paper in receipts:
                row_problems.append(Problem(col("receipt"), paper, REASON_RECEIPT_TWICE, {"row": receipts[paper]}, row=number))
            else:
                receipts[paper] = number
        if row_problems:
            problems.extend(row_problems)
            continue
        assert household_id is not None and address is not None
        fen = parsed["amount"]
        due = dues.get(household_id)
        if due is None and not confirm:
            problems.append(Problem(col("address"), raw_address, REASON_OUT_OF_SCOPE,
                                    {"address": address, "scope": info.scope_text()}, row=number))
            continue
        if due is not None and paid[household_id] + fen > due and not confirm:
            problems.append(Problem(col("amount"), table.value(cells, "amount"), REASON_OVERPAY,
                                    {"address": address, "paid": format_fen(paid[household_id] + fen),
                                     "due": format_fen(due)}, row=number))
            continue
        paid[household_id] += fen
        plan.payments.append(ImportedPayment(number, household_id, address, fen, parsed["date"], parsed["method"],
                                             values.folded(table.value(cells, "collector")), paper,
                                             outside_scope=due is None))
    if problems:
        raise ValidationError(problems)
    if not plan.payments:
        raise ValidationError(Problem("file", Path(path).name, REASON_EMPTY, row=table.header_row))
    return plan


def preview_payment_import(station: Station, drive_id: int, path: Path, *, confirm: bool = False) -> PaymentImportPlan:
    """Read and check a payments file; raise with every problem, or return what would be recorded.

    ``confirm`` accepts overpayments and households outside the scope (they are noted as confirmed).
    """
    with station.read() as s:
        info = station.funds._info(s, drive_id)
        return _check(s.connection(), info, path, confirm=confirm)


def apply_payment_import(station: Station, plan: PaymentImportPlan) -> PaymentImportPlan:
    """Record a previewed import in one transaction, re-checked against the ledger as it is now."""
    with station.write() as uow:
        info = station.funds._info(uow.session, plan.drive_id)
        station.funds._check_open(info)
        fresh = _check(uow.session.connection(), info, plan.path, confirm=plan.confirmed)
        entries = [{"drive_id": plan.drive_id, "kind": EntryKind.PAYMENT.value, "household_id": p.household_id,
                    "outside_scope": p.outside_scope,
                    "amount_fen": p.amount_fen, "income_fen": p.amount_fen, "expense_fen": 0, "entry_date": p.day,
                    "method": p.method.value, "collector": p.collector or uow.operator.name,
                    "paper_receipt": p.paper_receipt, "note": f"imported from {plan.path.name}, row {p.row}"}
                   for p in fresh.payments]
        station.funds.append_payments(uow, plan.drive_id, entries, {p.household_id: p.address for p in fresh.payments})
        uow.record("import", plan.path.name, "payments", None,
                   {"file": plan.path.name, "drive": plan.drive_id, "payments": len(fresh.payments),
                    "total": format_fen(fresh.total_fen), "confirmed": plan.confirmed})
    return fresh
