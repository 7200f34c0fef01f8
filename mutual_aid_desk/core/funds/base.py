"""What every part of the fund service stands on: the station, a drive as read, a household named.

``FundsBase`` holds the few reads that drives, shares, the ledger and the status all need; each
part of ``FundService`` is a mixin on it with one concern, and none of them calls another's methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select, text

from mutual_aid_desk.core.addresses import parse_address
from mutual_aid_desk.core.funds.read_models import DriveInfo
from mutual_aid_desk.core.funds.terms import REASON_CLOSED, REASON_UNKNOWN_ADDRESS, Rounding, ScopeKind, SplitRule
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import table_of
from mutual_aid_desk.db.tables.funds import Drive, Subsidy
from mutual_aid_desk.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


TOTALS_SQL = text("""
    SELECT COALESCE(SUM(income_fen), 0), COALESCE(SUM(expense_fen), 0)
    FROM fund_ledger WHERE drive_id = :drive""")


class FundsBase:
    """The station, and the reads every part of the fund service shares."""

    def __init__(self, station: Station):
        self._station = station

    def get(self, drive_id: int) -> DriveInfo:
        with self._station.read() as s:
            return self._info(s, drive_id)

    def _info(self, s: Any, drive_id: int) -> DriveInfo:
        d = s.get(Drive, drive_id)
        if d is None:
            raise NotFound(f"No fundraising drive with id {drive_id}.")
        sub = table_of(Subsidy).c
        subsidies = tuple((r[0], r[1]) for r in s.connection().execute(
            sa_select(sub.source, sub.amount_fen).where(sub.drive_id == drive_id).order_by(sub.id)))
        return DriveInfo(d.id, d.title, d.purpose, d.cost_fen, subsidies, ScopeKind(d.scope_kind),
                         tuple(x for x in d.scope.split(",") if x), SplitRule(d.split_rule), d.fixed_fen,
                         Rounding(d.rounding), d.split_no, d.created_at, d.updated_by, d.closed_at is not None,
                         d.closed_at, d.closed_by or "", d.close_note or "")

    @staticmethod
    def _totals(conn: Any, drive_id: int) -> tuple[int, int]:
        """(income, expenses) of a drive's whole ledger, in fen."""
        income, expenses = conn.execute(TOTALS_SQL, {"drive": drive_id}).one()
        return int(income), int(expenses)

    @staticmethod
    def _check_open(info: DriveInfo) -> None:
        if info.closed:
            raise ValidationError.single("drive", info.title, REASON_CLOSED)

    @staticmethod
    def _household_id(s: Any, ref: str | int, field_name: str = "household") -> tuple[int, str]:
        """(id, address) of a household given by id, or by its address as typed (live ones only)."""
        h = table_of(Household).c
        if isinstance(ref, int):
            r = s.connection().execute(sa_select(h.id, h.address).where(h.id == ref)).first()
        else:
            address = str(parse_address(str(ref), field_name))
            r = s.connection().execute(sa_select(h.id, h.address).where(
                h.address == address, h.archived_at.is_(None))).first()
        if r is None:
            raise ValidationError.single(field_name, ref, REASON_UNKNOWN_ADDRESS)
        return int(r[0]), str(r[1])
