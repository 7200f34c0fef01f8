"""Importing paper ballots keyed into a spreadsheet (XLSX or CSV), all or nothing.

The sheet has an address column, then one column per item, headed by the item's key (``A1``) or
its title, holding 同意/不同意/弃权 (agree/disagree/abstain) or an option's label; optional
columns give the channel (会议/上门/纸质/委托) and the date. The whole file is checked first, and one
problem anywhere means nothing is written; each problem reads ``row N, column C: value 'V': reason``.
A household that already has a ballot has it amended, with the amendment kept in its history.

The preview is row by row, as the roster import's: each row is added (a new ballot), amended (the
owner had one), unchanged (the same answers) or refused (each problem with its row, column and
value). One owner, one ballot: a row through any flat of an owner who already voted amends that
ballot, and two rows for flats of one owner are refused. A row dated after the vote's closing day
(an undated row counts as dated today) is refused: a coordinator extends the day first, or keys
that ballot in the window with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mutual_aid_desk.core.addresses import parse_address
from mutual_aid_desk.core.tabular import REASON_EMPTY, Column, Table, read_table
from mutual_aid_desk.core.values import parse_optional_date
from mutual_aid_desk.core.vote_plan import REASON_TWICE, Answers, PlanSpec, parse_answer
from mutual_aid_desk.core.votes import REASON_LATE, SubmitResult, VoteClosed, parse_channel
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

REASON_UNKNOWN_ADDRESS = QT_TRANSLATE_NOOP("Problems", "no household at this address takes part in this vote")
REASON_DUPLICATE_HOUSEHOLD = QT_TRANSLATE_NOOP("Problems", "the same household as row {row}: one ballot per household")
REASON_NO_ITEMS = QT_TRANSLATE_NOOP("Problems", "no column names an item of this plan (use the item keys, such as A1)")
REASON_DUPLICATE_OWNER = QT_TRANSLATE_NOOP("Problems", "the same owner as row {row} ({address}): one owner, one ballot")

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
    outcome: str = "added"  # added | amended | unchanged
    also_for: tuple[str, ...] = ()  # the owner's other flats in the vote


@dataclass
class BallotImportPlan:
    """What an import would do, shown before anything is written."""

    vote_id: int
    path: Path
    rows: list[BallotRow] = field(default_factory=list)
    results: list[SubmitResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the refused rows' problems

    @property
    def new(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "added")

    @property
    def amended(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "amended")

    @property
    def unchanged(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "unchanged")

    @property
    def refused_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems if p.row is not None})

    def summary(self) -> str:
        return (f"{len(self.rows)} ballots: {self.new} new, {self.amended} amending an earlier ballot, "
                f"{self.unchanged} unchanged; {len(self.refused_rows)} rows refused")


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


def preview_ballot_import(station: Station, vote_id: int, path: Path) -> BallotImportPlan:
    """Read and check a ballot file against the vote; raise with every problem, or return the plan.

    Raises:
        VoteClosed: the vote is closed.
        ValidationError: one problem per bad cell, unknown address, duplicate household or
            item answered twice.
    """
    out = check_ballot_import(station, vote_id, path)
    if out.problems:
        raise ValidationError(out.problems)
    return out


def check_ballot_import(station: Station, vote_id: int, path: Path) -> BallotImportPlan:
    """Every row of a ballot file, checked: the rows that would be added, amended or left
    unchanged, and the problems of the refused ones (``problems``). Writes nothing.

    Raises:
        VoteClosed: the vote is closed.
        ValidationError: the file cannot be read, or no column names an item.
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
    seen: dict[int, int] = {}
    owner_rows: dict[int, tuple[int, str]] = {}  # any flat of an owner seen → (row, address)
    out = BallotImportPlan(vote_id, path)
    for number, cells in table.rows:
        before = len(problems)
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
                cast_on = parse_optional_date(table.value(cells, "date"), table.header("date"))
            except ValidationError as exc:
                problems.extend(Problem(p.field, p.value, p.reason, p.params, row=number) for p in exc.problems)
        try:
            station.votes.check_date(plan, cast_on)
        except ValidationError as exc:
            column = table.header("date") if "date" in table.fields else address_col
            problems.extend(Problem(column, p.value, p.reason, p.params, row=number) for p in exc.problems
                            if p.reason == REASON_LATE)
        flats: list[tuple[int, str]] = []
        if household_id is not None:
            flats = station.votes.owner_flats(vote_id, household_id, plan)
            first = next((owner_rows[f[0]] for f in flats if f[0] in owner_rows), None)
            if first is not None:
                problems.append(Problem(address_col, raw_address, REASON_DUPLICATE_OWNER,
                                        {"row": first[0], "address": first[1]}, row=number))
                household_id = None
            else:
                for f in flats:
                    owner_rows[f[0]] = (number, flats[0][1])
        if household_id is not None and len(problems) == before:
            address = str(parse_address(raw_address))
            existing = station.votes.ballot(vote_id, household_id, plan)
            outcome = "added"
            if existing is not None:
                same = ({k: v for k, v in existing.answers.items() if v} == {k: v for k, v in answers.items() if v}
                        and existing.channel == channel and existing.cast_on == (cast_on or existing.cast_on))
                outcome = "unchanged" if same else "amended"
            out.rows.append(BallotRow(number, household_id, address, answers, channel, cast_on, existing is not None,
                                      outcome, tuple(a for hid, a in flats if hid != household_id)))
    out.problems = problems
    if not out.rows and not problems:
        raise ValidationError(Problem("file", path.name, REASON_EMPTY, row=table.header_row))
    return out


def apply_ballot_import(station: Station, plan: BallotImportPlan) -> BallotImportPlan:
    """Write a previewed import in one transaction, re-checking the file as it is now."""
    fresh = preview_ballot_import(station, plan.vote_id, plan.path)
    fresh.results = station.votes.submit_many(plan.vote_id, [
        (r.household_id, r.address, r.answers, r.channel, r.cast_on) for r in fresh.rows
    ], note=f"import {fresh.path.name}")
    return fresh
