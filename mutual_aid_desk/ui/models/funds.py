"""Table models of the drives page: the drives with their progress, and one drive's shares, ledger
and exemptions. All are fed by ``station.funds``; the shares and the ledger hand rows to the view in
pages (``PagedTableModel``) so that a drive over 100,000 households opens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mutual_aid_desk.core.funds import (
    DriveStatus,
    DriveSummary,
    EntryKind,
    ExemptionRow,
    ExemptMode,
    LedgerRow,
    Method,
    ShareLine,
    ShareStatus,
)
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.labels import status_label
from mutual_aid_desk.ui.models.base import PagedTableModel

#: The progress a drive row carries for the bar delegate: (done, total) in UserRole + 1.
ProgressRole = int(Qt.ItemDataRole.UserRole) + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DriveListModel(PagedTableModel[DriveSummary]):
    """Every drive: title, money collected against what is due, households paid against all."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Drive"), self.tr("Money collected"), self.tr("Households paid"))

    def reload(self, station: Station) -> None:
        self.set_rows(station.funds.drives())

    def drive_at(self, row: int) -> DriveSummary | None:
        return self.row_at(row)

    def row_of(self, drive_id: int) -> int:
        return self.row_where(lambda r: r.id == drive_id)

    def cell(self, d: DriveSummary, column: int) -> Any:
        if column == 0:
            return d.title + (self.tr(" (closed)") if d.closed else "")
        if column == 1:
            return self.tr("{paid} of {due} yuan").format(paid=format_fen(d.paid_total_fen, grouped=True),
                                                          due=format_fen(d.due_total_fen, grouped=True))
        return self.tr("{paid} of {total} households").format(paid=d.paid_households, total=d.households)

    def extra(self, d: DriveSummary, column: int, role: int) -> Any:
        if role == ProgressRole:
            if column == 1:
                return (max(d.paid_total_fen, 0), d.due_total_fen)
            if column == 2:
                return (d.paid_households, d.households)
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not d.split_no:
            return self.tr("The split is not fixed yet")
        return None


class ShareTableModel(PagedTableModel[ShareLine]):
    """One line per household of the drive: due, paid, outstanding, last payment, status."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Address"), self.tr("Head of household"), self.tr("Due"), self.tr("Paid"),
                self.tr("Outstanding"), self.tr("Last payment"), self.tr("Status"), self.tr("Occupancy"))

    def set_status(self, status: DriveStatus | None) -> None:
        self.set_rows([] if status is None else [*status.shares, *status.outside])

    def status_text(self, status: ShareStatus) -> str:
        return {
            ShareStatus.PAID: self.tr("Paid"), ShareStatus.OVERPAID: self.tr("Paid (over)"),
            ShareStatus.PARTIAL: self.tr("Part paid"), ShareStatus.UNPAID: self.tr("Not paid"),
            ShareStatus.EXEMPT: self.tr("Exempt"), ShareStatus.NO_SHARE: self.tr("Nothing due"),
            ShareStatus.OUTSIDE: self.tr("Outside the scope"),
        }[status]

    def cell(self, s: ShareLine, column: int) -> Any:
        return (s.address, s.head, format_fen(s.due_fen), format_fen(s.paid_fen), format_fen(s.outstanding_fen),
                s.last_payment.isoformat() if s.last_payment else "", self.status_text(s.status),
                status_label(s.household_status))[column]

    def extra(self, s: ShareLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return s.household_id
        return None


class LedgerTableModel(PagedTableModel[LedgerRow]):
    """The drive's ledger, oldest first; a reversed entry says so, a reversal names what it reverses."""

    def headers(self) -> Sequence[str]:
        return (self.tr("No."), self.tr("Date"), self.tr("Entry"), self.tr("Household / payee"), self.tr("Amount"),
                self.tr("Method"), self.tr("Receipt"), self.tr("Collector"), self.tr("Note"))

    def kind_text(self, kind: EntryKind) -> str:
        return {EntryKind.PAYMENT: self.tr("Payment"), EntryKind.REFUND: self.tr("Refund"),
                EntryKind.EXPENSE: self.tr("Expense"), EntryKind.REVERSAL: self.tr("Reversal")}[kind]

    def method_text(self, method: str) -> str:
        if not method:
            return ""
        return {Method.CASH: self.tr("Cash"), Method.WECHAT: self.tr("WeChat"), Method.ALIPAY: self.tr("Alipay"),
                Method.BANK: self.tr("Bank transfer")}[Method(method)]

    def cell(self, e: LedgerRow, column: int) -> Any:
        if column == 8:
            parts = []
            if e.reverses_id:
                parts.append(self.tr("reverses entry {id}").format(id=e.reverses_id))
            if e.reversed_by:
                parts.append(self.tr("reversed by entry {id}").format(id=e.reversed_by))
            if e.purpose:
                parts.append(e.purpose)
            if e.voucher:
                parts.append(self.tr("voucher {no}").format(no=e.voucher))
            if e.note:
                parts.append(e.note)
            return "; ".join(parts)
        sign = "-" if (e.income_fen < 0 or e.expense_fen > 0) else ""
        return (str(e.id), e.day.isoformat(), self.kind_text(e.kind), e.address or e.payee,
                sign + format_fen(e.amount_fen), self.method_text(e.method),
                f"{e.receipt_no:06d}" if e.receipt_no else "", e.collector, "")[column]

    def extra(self, e: LedgerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and e.reversed_by:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None


class ExemptionTableModel(PagedTableModel[ExemptionRow]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Address"), self.tr("Head of household"), self.tr("Reason"), self.tr("Its share"))

    def cell(self, e: ExemptionRow, column: int) -> Any:
        mode = self.tr("Spread over the others") if e.mode == ExemptMode.SPREAD else self.tr("Left uncovered")
        return (e.address, e.head, e.reason, mode)[column]

    def extra(self, e: ExemptionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return e.household_id
        return None
