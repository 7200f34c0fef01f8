"""Importing paper ballots keyed into a spreadsheet (XLSX or CSV), all or nothing.

The sheet has an address column, then one column per item, headed by the item's key (``A1``) or
its title, holding 同意/不同意/弃权 (agree/disagree/abstain) or an option's label; optional
columns give the channel (会议/上门/纸质/委托) and the date. The whole file is checked first, and one
problem anywhere means nothing is written; each problem reads ``row N, column C: value 'V': reason``.
A household that already has a ballot has it amended, with the amendment kept in its history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mutual_aid_desk.core.addresses import parse_address
from mutual_aid_desk.core.tabular import REASON_EMPTY, Column, Table, read_table
from mutual_aid_desk.core.votes import (
    REASON_TWICE,
    Answers,
    PlanSpec,
    SubmitResult,
    VoteClosed,
    parse_answer,
    parse_channel,
    parse_day,
)
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

REASON_UNKNOWN_ADDRESS = QT_TRANSLATE_NOOP("Problems", "no household at this address takes part in this vote")
REASON_DUPLICATE_HOUSEHOLD = QT_TRANSLATE_NOOP("Problems", "the same household as row {row}: one ballot per household")
REASON_NO_ITEMS = QT_TRANSLATE_NOOP("Problems", "no column names an item of this plan (use the item keys, such as A1)")

BASE_COLUMNS = (
    Column("address", ("地址", "门牌", "房号", "户号")),
    Column("channel", ("渠道", "方式", "投票方式", "来源")),
    Column("date", ("日期", "投票日期", "时间")),
)


def item_field(key: str) -> str:
    return f"item:{key}"


def columns_for(plan: PlanSpec) -> tuple[Column, ...]:
    return BASE_COLUMNS + tuple(Column(item_field(i.key), (i.key, i.title)) for i in plan.items)


@dataclass
class BallotRow:
    row: int
    household_id: int
    address: str
    answers: Answers
    channel: str
    cast_on: date | None
    amends: bool = False


@dataclass
class BallotImportPlan:
    """What an import would do, shown before anything is written."""

    vote_id: int
    path: Path
    rows: list[BallotRow] = field(default_factory=list)
    results: list[SubmitResult] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(1 for r in self.rows if not r.amends)

    @property
    def amended(self) -> int:
        return sum(1 for r in self.rows if r.amends)

    def summary(self) -> str:
        return f"{len(self.rows)} ballots: {self.new} new, {self.amended} amending an earlier ballot"


def _duplicate_item_columns(table: Table, plan: PlanSpec) -> list[Problem]:
    """A second column for an item already mapped: the item would be answered twice."""
    problems = []
    columns = {c.field: c for c in columns_for(plan)}
    for index, header in enumerate(table.headers):
        for item in plan.items:
            f = item_field(item.key)
            if columns[f].matches(header) and table.fields.get(f) != index:
                problems.append(Problem(header, header, REASON_TWICE, row=table.header_row))
    return problems


def preview_ballot_import(station: "Station", vote_id: int, path: Path) -> BallotImportPlan:
    """Read and check a ballot file against the vote; raise with every problem, or return the plan.

    Raises:
        VoteClosed: the vote is closed.
        ValidationError: one problem per bad cell, unknown address, duplicate household or
            item answered twice.
    """
    plan = station.votes.plan(vote_id)
    if plan.status == "closed":
        raise VoteClosed(f"The vote '{plan.title}' is closed: ballots are locked. A coordinator can reopen it.")
    path = Path(path)
    table = read_table(path, columns_for(plan), (("address",),))
    problems = _duplicate_item_columns(table, plan)
    present = [i for i in plan.items if item_field(i.key) in table.fields]
    if not present:
        problems.append(Problem("header", "", REASON_NO_ITEMS, row=table.header_row))
    if problems:
        raise ValidationError(problems)
    index = station.votes.eligible_index(vote_id)
    voted = set()
    with station.read() as s:
        from sqlalchemy import select as sa_select

        from mutual_aid_desk.db.tables import Ballot

        b = Ballot.__table__.c
        voted = set(s.connection().execute(sa_select(b.household_id).where(b.vote_id == vote_id)).scalars())
    seen: dict[int, int] = {}
    out = BallotImportPlan(vote_id, path)
    for number, cells in table.rows:
        raw_address = table.value(cells, "address") or ""
        address_col = table.header("address")
        household_id = None
        try:
            household_id = index.get(str(parse_address(raw_address, address_col)))
        except ValidationError:
            household_id = None
        if household_id is None:
            problems.append(Problem(address_col, raw_address, REASON_UNKNOWN_ADDRESS, row=number))
        elif household_id in seen:
            problems.append(Problem(address_col, raw_address, REASON_DUPLICATE_HOUSEHOLD, {"row": seen[household_id]},
                                    row=number))
            household_id = None
        else:
            seen[household_id] = number
        answers: Answers = {}
        for item in present:
            column = table.header(item_field(item.key))
            try:
                answers[item.key] = parse_answer(item, table.value(cells, item_field(item.key)), column)
            except ValidationError as exc:
                problems.extend(Problem(p.field, p.value, p.reason, p.params, row=number) for p in exc.problems)
        channel, cast_on = "paper", None
        if "channel" in table.fields:
            try:
                channel = parse_channel(table.value(cells, "channel"), table.header("channel"))
            except ValidationError as exc:
                problems.extend(Problem(p.field, p.value, p.reason, p.params, row=number) for p in exc.problems)
        if "date" in table.fields:
            try:
                cast_on = parse_day(table.value(cells, "date"), table.header("date"))
            except ValidationError as exc:
                problems.extend(Problem(p.field, p.value, p.reason, p.params, row=number) for p in exc.problems)
        if household_id is not None:
            address = str(parse_address(raw_address))
            out.rows.append(BallotRow(number, household_id, address, answers, channel, cast_on, household_id in voted))
    if problems:
        raise ValidationError(problems)
    if not out.rows:
        raise ValidationError(Problem("file", path.name, REASON_EMPTY, row=table.header_row))
    return out


def apply_ballot_import(station: "Station", plan: BallotImportPlan) -> BallotImportPlan:
    """Write a previewed import in one transaction, re-checking the file as it is now."""
    fresh = preview_ballot_import(station, plan.vote_id, plan.path)
    fresh.results = station.votes.submit_many(plan.vote_id, [
        (r.household_id, r.address, r.answers, r.channel, r.cast_on) for r in fresh.rows
    ], note=f"import {fresh.path.name}")
    return fresh
