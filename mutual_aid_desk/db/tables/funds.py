"""Crowdfunding drives: the drive, its subsidies, its splits (kept forever), exemptions, and the ledger.

Amounts are integer fen. The ledger is append-only: nothing updates or deletes a ``fund_ledger``
row; a mistake gets a ``reversal`` entry whose ``reverses_id`` points at the original. Each entry
carries its signed effect (``income_fen`` for money from residents, ``expense_fen`` for money spent)
so that every total is one ``SUM``. Receipt numbers run 1, 2, 3 ... per drive with no gaps: they
are assigned inside the writer's ``BEGIN IMMEDIATE`` transaction, and the unique index on
``(drive_id, receipt_no)`` refuses a duplicate should anything ever bypass that.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, text
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned, now


class Drive(Versioned, table=True):
    """A fundraising drive: what it pays for, what it costs, who shares it and how.

    ``scope`` is a comma-joined list of buildings (``1,2``) or units (``5-1,5-2``) as chosen by
    ``scope_kind``; the gap to crowdfund is computed from cost and subsidies, never stored.
    ``split_no`` is the number of the split in force (0 while none has been fixed).
    """

    __tablename__ = "fund_drive"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    purpose: str = Field(default="")
    cost_fen: int
    scope_kind: str = Field(default="whole")  # whole | buildings | units
    scope: str = Field(default="")
    split_rule: str = Field(default="equal")  # equal | area | fixed | manual
    fixed_fen: int | None = Field(default=None)  # the amount per household for the fixed rule
    rounding: str = Field(default="fen")  # fen | yuan
    split_no: int = Field(default=0)
    closed_at: datetime | None = Field(default=None, sa_type=DateTime)
    closed_by: str = Field(default="")
    close_note: str = Field(default="")  # what happens to the balance, as the final 公示 says


class Subsidy(SQLModel, table=True):
    """Money from outside (a street subsidy, a donation) that reduces the gap."""

    __tablename__ = "fund_subsidy"

    id: int | None = Field(default=None, primary_key=True)
    drive_id: int = Field(foreign_key="fund_drive.id", index=True)
    source: str
    amount_fen: int


class SplitRecord(SQLModel, table=True):
    """One fixed split of a drive. A re-split adds a new one; the old ones stay, with their shares."""

    __tablename__ = "fund_split"
    __table_args__ = (Index("ux_fund_split_drive_no", "drive_id", "split_no", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    drive_id: int = Field(foreign_key="fund_drive.id", index=True)
    split_no: int
    rule: str
    rounding: str
    gap_fen: int
    due_total_fen: int
    surplus_fen: int = Field(default=0)  # whole-yuan rounding or a fixed amount above the gap
    uncovered_fen: int = Field(default=0)  # left uncovered by exemptions (or below the gap)
    households: int = Field(default=0)
    reason: str = Field(default="")
    created_at: datetime = Field(default_factory=now, sa_type=DateTime)
    created_by: str = Field(default="")


class Share(SQLModel, table=True):
    """What one household owes under one split. Rows of old splits are kept as they were."""

    __tablename__ = "fund_share"
    __table_args__ = (
        Index("ux_fund_share_split_household", "drive_id", "split_no", "household_id", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    drive_id: int = Field(foreign_key="fund_drive.id", index=True)
    split_no: int
    household_id: int = Field(foreign_key="household.id", index=True)
    due_fen: int
    basis: int = Field(default=0)  # the household's weight: 1, its area in centi-m², or its manual fen
    exempt: str = Field(default="")  # "" | spread | uncovered


class Exemption(Versioned, table=True):
    """A household excused from a drive, with the reason; ``mode`` says who carries its share."""

    __tablename__ = "fund_exemption"
    __table_args__ = (Index("ux_fund_exemption_drive_household", "drive_id", "household_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    drive_id: int = Field(foreign_key="fund_drive.id", index=True)
    household_id: int = Field(foreign_key="household.id", index=True)
    reason: str
    mode: str = Field(default="spread")  # spread (over the others) | uncovered (left open)


class LedgerEntry(SQLModel, table=True):
    """One line of a drive's ledger: payment, refund, expense, or a reversal of one of them."""

    __tablename__ = "fund_ledger"
    __table_args__ = (
        Index("ux_fund_ledger_receipt", "drive_id", "receipt_no", unique=True),
        Index("ux_fund_ledger_reverses", "reverses_id", unique=True),  # an entry is reversed at most once
        # Covers the per-household totals of a drive's status without touching the table rows.
        Index("ix_fund_ledger_household_totals", "drive_id", "household_id", "income_fen", "kind", "entry_date"),
        # The few entries of households outside the drive's scope, found without scanning the ledger.
        Index("ix_fund_ledger_outside", "drive_id", "household_id", sqlite_where=text("outside_scope = 1"),
              postgresql_where=text("outside_scope")),
    )

    id: int | None = Field(default=None, primary_key=True)
    drive_id: int = Field(foreign_key="fund_drive.id")
    kind: str  # payment | refund | expense | reversal
    household_id: int | None = Field(default=None, foreign_key="household.id", index=True)
    amount_fen: int  # always positive, as written on the receipt or voucher
    income_fen: int = Field(default=0)  # signed effect on money from residents
    expense_fen: int = Field(default=0)  # signed effect on money spent
    entry_date: date = Field(sa_type=Date)
    method: str = Field(default="")  # cash | wechat | alipay | bank
    collector: str = Field(default="")
    receipt_no: int | None = Field(default=None)  # payments only: 1, 2, 3 ... per drive
    paper_receipt: str = Field(default="")  # a number from a paper receipt book, as written
    payee: str = Field(default="")  # expenses
    purpose: str = Field(default="")  # expenses
    voucher: str = Field(default="")  # expenses: invoice or voucher number
    reverses_id: int | None = Field(default=None, foreign_key="fund_ledger.id")
    note: str = Field(default="")  # why (a reversal's reason, a confirmed overpayment ...)
    outside_scope: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})  # confirmed payer outside
    created_at: datetime = Field(default_factory=now, sa_type=DateTime)
    created_by: str = Field(default="")
