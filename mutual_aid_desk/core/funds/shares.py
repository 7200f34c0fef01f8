"""Shares: a drive's gap split over the households in its scope, exemptions, and every split fixed.

A split rule (equal, by floor area, a fixed amount, or manual) turns the gap into one share per
household, exact to the fen by the largest-remainder rule, or each rounded up to whole yuan with the
surplus disclosed. Exempt households owe nothing; their share is either spread over the others or
left uncovered. A split is previewed, then fixed; fixing again adds a new split and keeps the old one
(once payments exist, only a coordinator may).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select as sa_select, update
from sqlmodel import select

from mutual_aid_desk.core.funds.base import FundsBase
from mutual_aid_desk.core.funds.drives import known_scope, validate_drive
from mutual_aid_desk.core.funds.read_models import DriveInfo, ExemptionRow, PreviewLine, SplitHistoryRow, SplitPreview
from mutual_aid_desk.core.funds.terms import (
    REASON_EXEMPT_MODE,
    REASON_FIXED_AMOUNT,
    REASON_MANUAL_MISSING,
    REASON_NOBODY,
    REASON_NOT_IN_SCOPE,
    REASON_REASON,
    REASON_ROUNDING,
    DriveInput,
    ExemptMode,
    Rounding,
    ScopeKind,
    SplitRule,
    parse_rule,
)
from mutual_aid_desk.core.money import ceil_to_yuan_shares, format_fen, largest_remainder, parse_amount
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.db.tables.funds import Drive, Exemption, LedgerEntry, Share, SplitRecord
from mutual_aid_desk.errors import NotFound, PermissionDenied, ValidationError


def scope_of(info: DriveInfo) -> HouseholdScope:
    """The households a drive is about: its buildings, its units, or the whole station."""
    if info.scope_kind == ScopeKind.BUILDINGS:
        return HouseholdScope(buildings=info.scope)
    if info.scope_kind == ScopeKind.UNITS:
        return HouseholdScope(units=info.scope)
    return HouseholdScope()


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
                  rounding: Rounding) -> tuple[list[int], int]:
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


class ShareMixin(FundsBase):
    """Previewing and fixing splits, and the exemptions that change them."""

    def _scope_rows(self, s: Any, info: DriveInfo) -> list[tuple[int, str, str, str, int | None]]:
        """(id, address, head, status, area_centi) of every live household in scope, in address order."""
        h = table_of(Household).c
        stmt = (sa_select(h.id, h.address, h.head, h.status, h.area_centi).where(scope_of(info).where())
                .order_by(h.sort_key, h.id))
        return [(r[0], r[1], r[2], r[3], r[4]) for r in s.connection().execute(stmt)]

    def _exemptions(self, s: Any, drive_id: int) -> dict[int, tuple[ExemptMode, str]]:
        e = table_of(Exemption).c
        return {r[0]: (ExemptMode(r[1]), r[2]) for r in s.connection().execute(
            sa_select(e.household_id, e.mode, e.reason).where(e.drive_id == drive_id))}

    def _preview(self, s: Any, info: DriveInfo, *, manual: dict[int, int] | None = None,
                 exemptions: dict[int, tuple[ExemptMode, str]] | None = None) -> SplitPreview:
        rows = self._scope_rows(s, info)
        exempt = self._exemptions(s, info.id) if exemptions is None else exemptions
        if info.rule == SplitRule.MANUAL and manual is None and info.split_no:
            sh = table_of(Share).c
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
        le, sh = table_of(LedgerEntry).c, table_of(Share).c
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
        with self._station.read() as s:
            info = validate_drive(data, known_scope(s.connection()))
            return self._preview(s, info, exemptions={})

    def preview_split(self, drive_id: int, *, manual: dict[int, int] | None = None) -> SplitPreview:
        """The split as it would be fixed now, without writing anything."""
        with self._station.read() as s:
            return self._preview(s, self._info(s, drive_id), manual=manual)

    def _has_payments(self, s: Any, drive_id: int) -> bool:
        le = table_of(LedgerEntry).c
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
        conn.execute(insert(table_of(SplitRecord)).values(
            drive_id=info.id, split_no=number, rule=preview.rule.value, rounding=preview.rounding.value,
            gap_fen=preview.gap_fen, due_total_fen=preview.due_total_fen, surplus_fen=preview.surplus_fen,
            uncovered_fen=preview.uncovered_fen, households=len(preview.lines), reason=reason,
            created_at=now(), created_by=uow.operator.name))
        conn.execute(insert(table_of(Share)), [
            {"drive_id": info.id, "split_no": number, "household_id": line.household_id, "due_fen": line.due_fen,
             "basis": line.basis, "exempt": line.exempt} for line in preview.lines])
        d = table_of(Drive)
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
        d = table_of(Drive)
        uow.session.connection().execute(update(d).where(d.c.id == info.id).values(
            split_rule=new_rule.value, rounding=new_rounding.value, fixed_fen=fixed))
        uow.record("fund_drive", info.id, "rule",
                   {"rule": info.rule.value, "rounding": info.rounding.value},
                   {"rule": new_rule.value, "rounding": new_rounding.value})
        return self._info(uow.session, info.id)

    def splits(self, drive_id: int) -> list[SplitHistoryRow]:
        """Every split fixed for the drive, newest first (the first is in force)."""
        sp = table_of(SplitRecord).c
        with self._station.read() as s:
            rows = s.connection().execute(sa_select(
                sp.split_no, sp.rule, sp.rounding, sp.gap_fen, sp.due_total_fen, sp.surplus_fen, sp.uncovered_fen,
                sp.households, sp.reason, sp.created_at, sp.created_by).where(sp.drive_id == drive_id)
                .order_by(sp.split_no.desc())).all()
        return [SplitHistoryRow(*r) for r in rows]

    def split_shares(self, drive_id: int, split_no: int) -> list[tuple[str, int, str]]:
        """(address, due_fen, exempt) of an old or current split, in address order."""
        sh, h = table_of(Share).c, table_of(Household).c
        with self._station.read() as s:
            return [(r[0], r[1], r[2]) for r in s.connection().execute(
                sa_select(h.address, sh.due_fen, sh.exempt).join(table_of(Household), h.id == sh.household_id)
                .where(sh.drive_id == drive_id, sh.split_no == split_no).order_by(h.sort_key))]

    # --- exemptions -----------------------------------------------------------------------------------

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
            e = table_of(Exemption)
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
        e, h = table_of(Exemption).c, table_of(Household).c
        with self._station.read() as s:
            rows = s.connection().execute(
                sa_select(e.household_id, h.address, h.head, e.reason, e.mode)
                .join(table_of(Household), h.id == e.household_id).where(e.drive_id == drive_id)
                .order_by(h.sort_key)).all()
        return [ExemptionRow(r[0], r[1], r[2], r[3], ExemptMode(r[4])) for r in rows]
