"""What a drive stands at: the drives list, each household's share and payments, and the ledger read back.

``status`` is the figure the drive's page, its notice and ``fund status --json`` print; it reads one
snapshot, so 100,000 households cost about what the bare SQL aggregate does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select as sa_select, text

from mutual_aid_desk.core.funds.base import FundsBase
from mutual_aid_desk.core.funds.read_models import Coverage, DriveStatus, DriveSummary, LedgerRow, ShareLine
from mutual_aid_desk.core.funds.terms import KIND_LABELS, METHOD_LABELS, EntryKind, Method, ShareStatus
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.db.portable import as_date, as_datetime, driver_rows, true_sql
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import table_of
from mutual_aid_desk.db.tables.funds import Drive, LedgerEntry, SplitRecord
from mutual_aid_desk.errors import NotFound


class StatusMixin(FundsBase):
    """Reading drives, shares and the ledger back."""

    @staticmethod
    def _ledger_select() -> Any:
        """Ledger entries with their household's address and the entry that reversed each (if any)."""
        le, h = table_of(LedgerEntry), table_of(Household).c
        rev = le.alias("rev")
        return (sa_select(le, h.address, rev.c.id.label("reversed_by"))
                .outerjoin(table_of(Household), h.id == le.c.household_id)
                .outerjoin(rev, rev.c.reverses_id == le.c.id))

    def ledger(self, drive_id: int | None = None, *, household_id: int | None = None,
               kinds: Iterable[EntryKind | str] | None = None, offset: int = 0,
               limit: int | None = None) -> list[LedgerRow]:
        """Ledger entries, oldest first, with each entry's reversal (if any) named."""
        le = table_of(LedgerEntry).c
        stmt = self._ledger_select()
        if drive_id is not None:
            stmt = stmt.where(le.drive_id == drive_id)
        if household_id is not None:
            stmt = stmt.where(le.household_id == household_id)
        if kinds:
            stmt = stmt.where(le.kind.in_([str(k) for k in kinds]))
        stmt = stmt.order_by(le.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._station.read() as s:
            return [LedgerRow.of(r, r.address or "", r.reversed_by) for r in s.connection().execute(stmt)]

    def ledger_count(self, drive_id: int) -> int:
        le = table_of(LedgerEntry).c
        with self._station.read() as s:
            return int(s.connection().execute(sa_select(func.count()).where(le.drive_id == drive_id)).scalar_one())

    def entry(self, entry_id: int) -> LedgerRow:
        stmt = self._ledger_select().where(table_of(LedgerEntry).c.id == entry_id)
        with self._station.read() as s:
            r = s.connection().execute(stmt).first()
        if r is None:
            raise NotFound(f"No ledger entry with id {entry_id}.")
        return LedgerRow.of(r, r.address or "", r.reversed_by)

    def receipt(self, drive_id: int, receipt_no: int) -> LedgerRow:
        le = table_of(LedgerEntry).c
        with self._station.read() as s:
            entry_id = s.connection().execute(sa_select(le.id).where(
                le.drive_id == drive_id, le.receipt_no == receipt_no)).scalar()
        if entry_id is None:
            raise NotFound(f"No receipt number {receipt_no} in drive {drive_id}.")
        return self.entry(entry_id)

    def payments_of(self, household_id: int) -> list[LedgerRow]:
        """Every ledger entry of one household, across drives (for its timeline)."""
        return self.ledger(None, household_id=household_id)

    def record_export(self, drive_id: int, kind: str, file_name: str) -> None:
        """Note in the audit trail that a document of the drive was printed or saved."""
        with self._station.write() as uow:
            uow.record("export", file_name, f"fund {kind}", None, {"drive": drive_id, "file": file_name})

    def drive_titles(self) -> dict[int, str]:
        d = table_of(Drive).c
        with self._station.read() as s:
            return {int(i): str(t) for i, t in s.connection().execute(sa_select(d.id, d.title))}

    def household_entries(self, household_id: int) -> list[TimelineEntry]:
        """Timeline provider: a household's payments, refunds and reversals in every drive."""
        titles = self.drive_titles()
        out = []
        for row in self.payments_of(household_id):
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
            income, expenses = self._totals(conn, drive_id)
            sp = table_of(SplitRecord).c
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
        status = self.status(drive_id)
        for line in [*status.shares, *status.outside]:
            if line.household_id == hid:
                return line
        row = self._station.households.get(hid)
        return ShareLine(hid, row.address, row.head, row.status, 0, 0, None, "", ShareStatus.OUTSIDE)

    def arrears_ids(self, drive_id: int) -> list[int]:
        """Households that still owe, in walking order (building → unit → floor → room)."""
        return [s.household_id for s in self.status(drive_id).shares if s.outstanding_fen > 0]

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
            out.append(DriveSummary(r[0], r[1], r[2] - r[6], r[9], r[7], r[8], r[10], r[3], r[4] is not None,
                                    as_datetime(r[5])))
        return out
