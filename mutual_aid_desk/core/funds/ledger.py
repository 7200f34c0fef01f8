"""The ledger: payments, refunds, expenses and reversals, and closing and reopening a drive.

The ledger is append-only. Payments carry a receipt number that runs 1, 2, 3 ... within the drive
with no gaps, assigned inside the ``BEGIN IMMEDIATE`` write. A mistake is corrected by a reversing
entry that points at the original (coordinators only); both stay visible.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, insert, select as sa_select

from mutual_aid_desk.core import values
from mutual_aid_desk.core.audit import PendingEntry
from mutual_aid_desk.core.funds.base import FundsBase
from mutual_aid_desk.core.funds.read_models import DriveInfo, LedgerRow
from mutual_aid_desk.core.funds.terms import (
    REASON_ALREADY_CLOSED,
    REASON_ALREADY_REVERSED,
    REASON_CLOSE_NOTE,
    REASON_NOT_CLOSED,
    REASON_NOT_FIXED,
    REASON_OUT_OF_SCOPE,
    REASON_OVERPAY,
    REASON_PAYEE,
    REASON_REASON,
    REASON_REFUND_TOO_MUCH,
    REASON_REVERSE_REVERSAL,
    EntryKind,
    ExpenseInput,
    NeedsConfirmation,
    PaymentInput,
    collect,
    parse_day,
    parse_method,
)
from mutual_aid_desk.core.money import MAX_AMOUNT_FEN, format_fen, parse_amount
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.db.tables.funds import Drive, LedgerEntry, Share
from mutual_aid_desk.errors import NotFound, Problem, ValidationError


def _entry_json(e: dict[str, Any]) -> dict[str, Any]:
    """A new entry as the audit trail keeps it: what was set, the amount in yuan."""
    out = {k: v for k, v in e.items()
           if v not in (None, "", False) and k not in ("income_fen", "expense_fen", "created_at")}
    if "amount_fen" in out:
        out["amount"] = format_fen(out.pop("amount_fen"))
    return out


class LedgerMixin(FundsBase):
    """Writing the ledger, and closing a drive to it."""

    def _payer(self, s: Any, drive_id: int, household: str | int, problems: list[Problem]) -> tuple[DriveInfo, int, str]:
        """The open drive and the household (id, address) a payment or refund is for.

        Raises:
            ValidationError: the household's problems first, then ``problems``; or the drive is closed.
        """
        info = self._info(s, drive_id)
        hid, address = 0, ""
        try:
            hid, address = self._household_id(s, household)
        except ValidationError as exc:
            problems = exc.problems + problems
        if problems:
            raise ValidationError(problems)
        self._check_open(info)
        return info, hid, address

    @staticmethod
    def _paid_and_due(s: Any, info: DriveInfo, household_id: int) -> tuple[int, int | None]:
        """(paid so far, due under the split in force or None when outside the scope)."""
        le, sh = table_of(LedgerEntry).c, table_of(Share).c
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
        le = table_of(LedgerEntry).c
        return int(conn.execute(sa_select(func.coalesce(func.max(le.receipt_no), 0) + 1)
                                .where(le.drive_id == drive_id)).scalar_one())

    def pay(self, drive_id: int, data: PaymentInput, *, confirm_overpay: bool = False,
            confirm_out_of_scope: bool = False) -> LedgerRow:
        """Record a payment and give it the drive's next receipt number.

        Raises:
            ValidationError: bad amount, method, date or address (all named at once).
            NeedsConfirmation: an overpayment or a household outside the scope, not confirmed.
        """
        problems: list[Problem] = []
        fen = collect(problems, parse_amount, data.amount, "amount")
        method = collect(problems, parse_method, data.method)
        day = collect(problems, parse_day, data.day)
        with self._station.write() as uow:
            s = uow.session
            info, hid, address = self._payer(s, drive_id, data.household, problems)
            assert fen is not None and method is not None  # else _payer raised their problems
            if not info.split_no:
                raise ValidationError.single("drive", info.title, REASON_NOT_FIXED)
            paid, due = self._paid_and_due(s, info, hid)
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
                     "collector": values.folded(data.collector) or uow.operator.name,
                     "paper_receipt": values.folded(data.paper_receipt), "note": "; ".join(notes)}
            return self._append(uow, [entry], addresses={hid: address})[0]

    def _append(self, uow: Any, entries: list[dict[str, Any]], *, addresses: dict[int, str]) -> list[LedgerRow]:
        """Insert entries in order, numbering payments; one audit entry each. Caller holds the write lock."""
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
        le = table_of(LedgerEntry)
        # Ids from the database, in the order of the rows given (RETURNING).
        ids = conn.execute(insert(le).returning(le.c.id, sort_by_parameter_order=True), rows).scalars().all()
        for row, new_id in zip(rows, ids):
            row["id"] = new_id
        uow.record_many([PendingEntry("fund_ledger", str(r["id"]), r["kind"], None,
                                      {**_entry_json(r), "address": addresses.get(r["household_id"])}) for r in rows])
        return [LedgerRow.of(LedgerEntry(**r), addresses.get(r["household_id"], ""), None) for r in rows]

    def append_payments(self, uow: Any, drive_id: int, entries: list[dict[str, Any]],
                        addresses: dict[int, str]) -> list[LedgerRow]:
        """Bulk payments (an import) inside the caller's unit of work, numbered in order."""
        return self._append(uow, entries, addresses=addresses)

    def refund(self, drive_id: int, household: str | int, amount: str, *, method: str = "cash",
               day: str | date | None = None, note: str = "") -> LedgerRow:
        """Pay money back to a household (an overpayment, a cancelled share); never more than it paid."""
        problems: list[Problem] = []
        fen = collect(problems, parse_amount, amount, "amount")
        method_ = collect(problems, parse_method, method)
        day_ = collect(problems, parse_day, day)
        with self._station.write() as uow:
            s = uow.session
            info, hid, address = self._payer(s, drive_id, household, problems)
            assert fen is not None and method_ is not None  # else _payer raised their problems
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
        fen = collect(problems, parse_amount, data.amount, "amount", limit_fen=MAX_AMOUNT_FEN)
        day = collect(problems, parse_day, data.day)
        method = collect(problems, parse_method, data.method)
        if not values.written(data.payee):
            problems.append(Problem("payee", data.payee, REASON_PAYEE))
        if problems:
            raise ValidationError(problems)
        assert method is not None
        with self._station.write() as uow:
            self._check_open(self._info(uow.session, drive_id))
            entry = {"drive_id": drive_id, "kind": EntryKind.EXPENSE.value, "amount_fen": fen, "income_fen": 0,
                     "expense_fen": fen, "entry_date": day, "method": method.value,
                     "payee": values.folded(data.payee), "purpose": values.written(data.purpose),
                     "voucher": values.folded(data.voucher), "collector": uow.operator.name,
                     "note": values.written(data.note)}
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
            le = table_of(LedgerEntry).c
            by = s.connection().execute(sa_select(le.id).where(le.reverses_id == entry_id)).scalar()
            if by is not None:
                raise ValidationError.single("entry", entry_id, REASON_ALREADY_REVERSED, entry=entry_id, by=by)
            addresses: dict[int, str] = {}
            if original.household_id is not None:
                h = table_of(Household).c
                address = s.connection().execute(sa_select(h.address).where(h.id == original.household_id)).scalar()
                if address:
                    addresses[original.household_id] = address
            entry = {"drive_id": original.drive_id, "kind": EntryKind.REVERSAL.value,
                     "household_id": original.household_id, "amount_fen": original.amount_fen,
                     "income_fen": -original.income_fen, "expense_fen": -original.expense_fen, "entry_date": day_,
                     "method": original.method, "collector": uow.operator.name, "payee": original.payee,
                     "purpose": original.purpose, "voucher": original.voucher, "reverses_id": original.id,
                     "outside_scope": original.outside_scope,
                     "note": reason.strip()}
            return self._append(uow, [entry], addresses=addresses)[0]

    # --- closing ----------------------------------------------------------------------------------------

    def _drive_to_change(self, s: Any, drive_id: int, *, closed: bool) -> Drive:
        """The drive, refused unless it is closed (``closed``) or open (not ``closed``)."""
        drive: Drive | None = s.get(Drive, drive_id)
        if drive is None:
            raise NotFound(f"No fundraising drive with id {drive_id}.")
        if closed and drive.closed_at is None:
            raise ValidationError.single("drive", drive.title, REASON_NOT_CLOSED)
        if not closed and drive.closed_at is not None:
            raise ValidationError.single("drive", drive.title, REASON_ALREADY_CLOSED)
        return drive

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
        with self._station.write(Permission.MANAGE_DRIVES) as uow:
            drive = self._drive_to_change(uow.session, drive_id, closed=False)
            income, expenses = self._totals(uow.session.connection(), drive_id)
            balance = self._info(uow.session, drive_id).subsidies_fen + income - expenses
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
            drive = self._drive_to_change(uow.session, drive_id, closed=True)
            before = {"closed": True, "closed_at": drive.closed_at, "closed_by": drive.closed_by,
                      "note": drive.close_note}
            drive.closed_at, drive.closed_by, drive.close_note = None, "", ""
            drive.version += 1
            drive.updated_at, drive.updated_by = now(), uow.operator.name
            uow.session.add(drive)
            uow.record("fund_drive", drive_id, "reopen", before, {"closed": False, "reason": reason.strip()})
        return self.get(drive_id)
