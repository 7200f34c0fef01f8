"""Drives: a new drive checked as typed, recorded, and found again by id or title."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select as sa_select

from mutual_aid_desk.core import values
from mutual_aid_desk.core.addresses import normalise_text
from mutual_aid_desk.core.funds.base import FundsBase
from mutual_aid_desk.core.funds.read_models import DriveInfo
from mutual_aid_desk.core.funds.terms import (
    MAX_TITLE,
    REASON_FIXED_AMOUNT,
    REASON_GAP,
    REASON_NO_BUILDING,
    REASON_NO_UNIT,
    REASON_ROUNDING,
    REASON_SCOPE_BOTH,
    REASON_SUBSIDY,
    REASON_SUBSIDY_SOURCE,
    REASON_TITLE,
    REASON_UNIT_FORMAT,
    DriveInput,
    Rounding,
    ScopeKind,
    SplitRule,
    collect,
    parse_rule,
    split_list,
)
from mutual_aid_desk.core.money import MAX_AMOUNT_FEN, format_fen, parse_amount
from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.db.tables import Household
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.db.tables.funds import Drive, Subsidy
from mutual_aid_desk.errors import NotFound, Problem, ValidationError


def known_scope(conn: Any) -> tuple[set[str], set[str]]:
    """The buildings ('5') and units ('5-2') where live households are registered."""
    h = table_of(Household).c
    rows = conn.execute(sa_select(h.building, h.unit).where(HouseholdScope().where()).distinct()).all()
    return {b for b, _ in rows}, {f"{b}-{u}" for b, u in rows if u}


def validate_drive(data: DriveInput, known: tuple[set[str], set[str]]) -> DriveInfo:
    """A new drive as typed → the drive it would be (id 0, no split yet).

    Raises:
        ValidationError: every bad field at once, each naming its field.
    """
    problems: list[Problem] = []
    title = values.folded(data.title)
    if not title or len(title) > MAX_TITLE:
        problems.append(Problem("title", data.title, REASON_TITLE))
    cost_fen = collect(problems, parse_amount, data.cost, "cost", limit_fen=MAX_AMOUNT_FEN)
    subsidies: list[tuple[str, int]] = []
    for item in data.subsidies or ():
        if isinstance(item, str):
            source, sep, amount = item.rpartition("=")
            if not sep:
                problems.append(Problem("subsidy", item, REASON_SUBSIDY))
                continue
        else:
            source, amount = item
        source = values.folded(source)
        if not source:
            problems.append(Problem("subsidy", item, REASON_SUBSIDY_SOURCE))
            continue
        fen = collect(problems, parse_amount, amount, "subsidy", limit_fen=MAX_AMOUNT_FEN)
        if fen is not None:
            subsidies.append((source, fen))
    rule = collect(problems, parse_rule, data.split)
    rounding = str(data.rounding or "fen").strip().lower()
    if rounding not in (Rounding.FEN, Rounding.YUAN):
        problems.append(Problem("round", data.rounding, REASON_ROUNDING))
    fixed_fen = None
    if rule == SplitRule.FIXED:
        if data.amount in (None, ""):
            problems.append(Problem("amount", data.amount, REASON_FIXED_AMOUNT))
        else:
            fixed_fen = collect(problems, parse_amount, data.amount, "amount")
    if cost_fen is not None and subsidies and sum(a for _, a in subsidies) >= cost_fen:
        problems.append(Problem("subsidy", ",".join(f"{s}={format_fen(a)}" for s, a in subsidies), REASON_GAP,
                                {"subsidies": format_fen(sum(a for _, a in subsidies)), "cost": format_fen(cost_fen)}))
    scope_kind, scope = _scope(data, known, problems)
    if problems:
        raise ValidationError(problems)
    assert cost_fen is not None and rule is not None  # else a problem was raised
    return DriveInfo(0, title, values.written(data.purpose), cost_fen, tuple(subsidies), scope_kind, tuple(scope),
                     rule, fixed_fen, Rounding(rounding), 0, now(), "", False)


def _scope(data: DriveInput, known: tuple[set[str], set[str]], problems: list[Problem]) -> tuple[ScopeKind, list[str]]:
    """The drive's scope as typed, each building and unit checked against the registry."""
    buildings, units = split_list(data.buildings), split_list(data.units)
    if buildings and units:
        problems.append(Problem("units", ",".join(units), REASON_SCOPE_BOTH))
    if buildings:
        problems.extend(Problem("buildings", b, REASON_NO_BUILDING, {"building": b})
                        for b in buildings if b not in known[0])
        return ScopeKind.BUILDINGS, buildings
    if not units:
        return ScopeKind.WHOLE, []
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
    return ScopeKind.UNITS, clean_units


class DriveMixin(FundsBase):
    """Recording a drive and finding it again."""

    def create(self, data: DriveInput) -> int:
        """Record a new drive (its split is not fixed yet: preview it, then ``fix_split``).

        Raises:
            ValidationError: every bad field at once, each naming its field.
        """
        with self._station.read() as s:
            known = known_scope(s.connection())
        v = validate_drive(data, known)
        with self._station.write() as uow:
            drive = Drive(title=v.title, purpose=v.purpose, cost_fen=v.cost_fen, scope_kind=v.scope_kind.value,
                          scope=",".join(v.scope), split_rule=v.rule.value, fixed_fen=v.fixed_fen,
                          rounding=v.rounding.value, updated_by=uow.operator.name)
            uow.session.add(drive)
            uow.session.flush()
            assert drive.id is not None  # set by the flush
            drive_id = drive.id
            for source, fen in v.subsidies:
                uow.session.add(Subsidy(drive_id=drive_id, source=source, amount_fen=fen))
            uow.record("fund_drive", drive_id, "create", None, {
                "title": drive.title, "purpose": drive.purpose, "cost": format_fen(drive.cost_fen),
                "subsidies": [[s, format_fen(a)] for s, a in v.subsidies], "scope_kind": drive.scope_kind,
                "scope": drive.scope, "rule": drive.split_rule, "rounding": drive.rounding,
                "fixed": format_fen(drive.fixed_fen) if drive.fixed_fen is not None else None})
            return drive_id

    def resolve(self, ref: str | int) -> int:
        """A drive named on the command line: its id, or its exact title."""
        text_ = str(ref).strip()
        if text_.isdigit():
            return int(text_)
        d = table_of(Drive).c
        with self._station.read() as s:
            ids = list(s.connection().execute(sa_select(d.id).where(d.title == text_)).scalars())
        if len(ids) == 1:
            return int(ids[0])
        raise NotFound(f"No fundraising drive with id or title '{ref}'." if not ids else
                       f"Several drives are titled '{ref}': use the id ({', '.join(map(str, ids))}).")
