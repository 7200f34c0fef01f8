"""Stairwell supervision sheets (楼道监督表, the stairwell's "小本子").

Each stairwell gets one printed sheet a month; residents tick each check each day. Back at the desk
the month is keyed into one grid (1 正常, 2 有问题, 0 or blank 未填) or imported from a file with
the columns 楼道, 日期 and one per check. Both are all or nothing. The monthly report counts, per
stairwell, the days checked, the days with a problem per check, and the problems opened and closed
there: the evidence for rewarding or penalising the cleaners.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select as sa_select

from mutual_aid_desk.core.addresses import normalise_text
from mutual_aid_desk.core.problems import (
    OPEN_STATUSES,
    ProblemInput,
    ProblemRow,
    Source,
    stairwell_code,
    stairwell_label,
)
from mutual_aid_desk.core.tabular import REASON_EMPTY, Column, read_table, write_table
from mutual_aid_desk.core.values import parse_optional_date as parse_date
from mutual_aid_desk.db.tables import ReportedProblem, SheetMark, StairwellSheet
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

CHECKS_KEY = "sheets.checks"
DEFAULT_CHECKS = ("杂物堆放", "灭火器", "消防栓/喷淋", "照明", "卫生")
#: The ledger category a problem ticked on a sheet goes to; a station's own check goes to 其他.
CHECK_CATEGORY = {"杂物堆放": "消防安全", "灭火器": "消防安全", "消防栓/喷淋": "消防安全", "照明": "设施维修",
                  "卫生": "环境卫生"}

OK, BAD, BLANK = 1, 2, 0
VALUE_LABELS = {OK: "正常", BAD: "有问题", BLANK: ""}
_VALUE_WORDS = {"1": OK, "正常": OK, "√": OK, "✓": OK, "✔": OK, "ok": OK, "好": OK, "无": OK,
                "2": BAD, "有问题": BAD, "问题": BAD, "×": BAD, "✗": BAD, "x": BAD, "有": BAD,
                "0": BLANK, "": BLANK, "未填": BLANK, "-": BLANK}

REASON_MONTH = QT_TRANSLATE_NOOP("Problems", "not a month: write it as 2026-12")
REASON_MARK = QT_TRANSLATE_NOOP("Problems", "a cell holds 正常, 有问题 or nothing (1, 2 or 0)")
REASON_DAY = QT_TRANSLATE_NOOP("Problems", "the month has no day {day}")
REASON_CHECK = QT_TRANSLATE_NOOP("Problems", "not one of the station's checks: {checks}")
REASON_STAIRWELL = QT_TRANSLATE_NOOP("Problems", "no such stairwell at the station (write it as 5-2, or 12 for a building without units)")
REASON_SAME_DAY = QT_TRANSLATE_NOOP("Problems", "the same stairwell and day as row {row}")
REASON_NOT_BAD = QT_TRANSLATE_NOOP("Problems", "this day is not marked 有问题 for this check on the saved sheet")
REASON_CHECK_NAME = QT_TRANSLATE_NOOP("Problems", "a check is 1 to 12 characters, and the list has 1 to 8 of them")

_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")


def parse_month(value: str | None, field_name: str = "month") -> tuple[int, int]:
    """'2026-12', '2026/12', '2026年12月' → (2026, 12)."""
    m = _MONTH.match((value or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError.single(field_name, value, REASON_MONTH)
    return int(m.group(1)), int(m.group(2))


def month_text(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def days_in(month: str) -> int:
    y, m = parse_month(month)
    return calendar.monthrange(y, m)[1]


def parse_mark(value: Any) -> int | None:
    """1, 2 or 0 from what a cell holds; None when it is none of them."""
    return _VALUE_WORDS.get(normalise_text(str(value if value is not None else "")).lower())


class _InStairwell:
    """A record of one stairwell, named by its code (``5-2``) and its label (``5号楼2单元``)."""

    building: str
    unit: str

    @property
    def code(self) -> str:
        return stairwell_code(self.building, self.unit)

    @property
    def label(self) -> str:
        return stairwell_label(self.building, self.unit)


@dataclass
class SheetGrid(_InStairwell):
    """One stairwell's month: ``marks[(day, check)]`` is 1 or 2; a blank cell is absent."""

    building: str
    unit: str
    month: str
    checks: list[str]
    days: int
    marks: dict[tuple[int, str], int] = field(default_factory=dict)
    sheet_id: int | None = None
    version: int = 0


@dataclass
class StairwellReport(_InStairwell):
    building: str
    unit: str
    days_checked: int
    problem_days: dict[str, int]
    days_with_problems: int
    problems_opened: int
    problems_closed: int

    def as_json(self) -> dict[str, Any]:
        return {"stairwell": self.code, "label": self.label, "days_checked": self.days_checked,
                "problem_days": dict(self.problem_days), "days_with_problems": self.days_with_problems,
                "problems_opened": self.problems_opened, "problems_closed": self.problems_closed}


@dataclass
class MonthReport:
    month: str
    checks: list[str]
    stairwells: list[StairwellReport]

    def totals(self) -> dict[str, Any]:
        return {"days_checked": sum(s.days_checked for s in self.stairwells),
                "problem_days": {c: sum(s.problem_days.get(c, 0) for s in self.stairwells) for c in self.checks},
                "days_with_problems": sum(s.days_with_problems for s in self.stairwells),
                "problems_opened": sum(s.problems_opened for s in self.stairwells),
                "problems_closed": sum(s.problems_closed for s in self.stairwells)}

    def as_json(self) -> dict[str, Any]:
        return {"month": self.month, "checks": list(self.checks),
                "stairwells": [s.as_json() for s in self.stairwells], "totals": self.totals()}


@dataclass
class SheetImportPlan:
    """What an import would write: per (building, unit, month), each day's marks (blank days too)."""

    path: Path
    days: dict[tuple[str, str, str], dict[int, dict[str, int]]]
    rows: int

    def summary(self) -> str:
        bad = sum(1 for d in self.days.values() for marks in d.values() for v in marks.values() if v == BAD)
        return (f"{self.rows} rows: {len(self.days)} stairwell-months, "
                f"{sum(len(d) for d in self.days.values())} days, {bad} cells 有问题")


class SheetService:
    def __init__(self, station: Station):
        self._station = station

    # the station's checks ----------------------------------------------------------------------------

    def checks(self) -> list[str]:
        return self._station.settings.names(CHECKS_KEY, DEFAULT_CHECKS)

    def set_checks(self, names: Sequence[str]) -> None:
        """Replace the list of checks printed on every sheet (coordinators only)."""
        self._station.settings.set_names(CHECKS_KEY, names, "check", REASON_CHECK_NAME, longest=12, fewest=1, most=8)

    def stairwells(self, building: str | None = None) -> list[tuple[str, str]]:
        return self._station.problems.stairwells(building)

    def _stairwell_index(self) -> dict[str, tuple[str, str]]:
        """Every way a stairwell may be written (5-2, 5号楼2单元, 5栋2单元) → (building, unit)."""
        out: dict[str, tuple[str, str]] = {}
        for b, u in self.stairwells():
            forms = [stairwell_code(b, u), stairwell_label(b, u)]
            forms += [f"{b}栋{u}单元", f"{b}幢{u}单元"] if u else [f"{b}栋", f"{b}幢"]
            for form in forms:
                out[normalise_text(form).upper()] = (b, u)
        return out

    def find_stairwell(self, text: str, field_name: str = "stairwell") -> tuple[str, str]:
        norm = normalise_text(text or "").upper()
        parts = norm.split("-")
        if all(p.isalnum() for p in parts) and 1 <= len(parts) <= 2:
            norm = "-".join(p.lstrip("0") or "0" for p in parts)
        found = self._stairwell_index().get(norm)
        if found is None:
            raise ValidationError.single(field_name, text, REASON_STAIRWELL)
        return found

    # one grid ----------------------------------------------------------------------------------------

    def grid(self, building: str, unit: str, month: str) -> SheetGrid:
        y, m = parse_month(month)
        month = month_text(y, m)
        s_, k = table_of(StairwellSheet).c, table_of(SheetMark).c
        grid = SheetGrid(building, unit, month, self.checks(), calendar.monthrange(y, m)[1])
        with self._station.read() as s:
            conn = s.connection()
            row = conn.execute(sa_select(s_.id, s_.version).where(s_.building == building, s_.unit == unit,
                                                                  s_.month == month)).first()
            if row is not None:
                grid.sheet_id, grid.version = row
                for day, check, value in conn.execute(sa_select(k.day, k.check_name, k.value)
                                                      .where(k.sheet_id == grid.sheet_id)):
                    grid.marks[(day, check)] = value
                    if check not in grid.checks:  # a check since removed from the list keeps its column
                        grid.checks.append(check)
        return grid

    def _validate_marks(self, month: str, marks: Mapping[tuple[int, str], Any], checks: Sequence[str]) -> dict[tuple[int, str], int]:
        n = days_in(month)
        problems: list[Problem] = []
        clean: dict[tuple[int, str], int] = {}
        for (day, check), value in marks.items():
            v = value if value in (OK, BAD, BLANK) else parse_mark(value)
            name = f"{month}-{day:02d} {check}"
            if not isinstance(day, int) or not 1 <= day <= n:
                problems.append(Problem(name, day, REASON_DAY, {"day": day}))
            elif check not in checks:
                problems.append(Problem(name, check, REASON_CHECK, {"checks": "、".join(checks)}))
            elif v is None:
                problems.append(Problem(name, value, REASON_MARK))
            elif v != BLANK:
                clean[(day, check)] = v
        if problems:
            raise ValidationError(problems)
        return clean

    def save_grid(self, building: str, unit: str, month: str, marks: Mapping[tuple[int, str], Any], *,
                  expected_version: int | None = None) -> SheetGrid:
        """Replace one stairwell's month with ``marks``: every cell is checked first, all or nothing."""
        y, m = parse_month(month)
        month = month_text(y, m)
        if (building, unit) not in self.stairwells(building):
            raise ValidationError.single("stairwell", stairwell_code(building, unit), REASON_STAIRWELL)
        current = self.grid(building, unit, month)
        clean = self._validate_marks(month, marks, current.checks)
        with self._station.write() as uow:
            conn = uow.session.connection()
            self._write_days(uow, conn, building, unit, month, {d: {} for d in range(1, current.days + 1)},
                             clean, expected_version=expected_version, action="update")
        return self.grid(building, unit, month)

    def _write_days(self, uow: Any, conn: Any, building: str, unit: str, month: str,
                    days: Mapping[int, Mapping[str, int]], marks: Mapping[tuple[int, str], int] | None = None, *,
                    expected_version: int | None = None, action: str, file: str = "") -> None:
        """Replace the marks of ``days`` on one sheet (created if new) and record it for the audit."""
        s_, k = table_of(StairwellSheet).c, table_of(SheetMark).c
        if marks is None:
            marks = {(d, c): v for d, cells in days.items() for c, v in cells.items() if v != BLANK}
        row = conn.execute(sa_select(s_.id, s_.version, s_.updated_by, s_.updated_at)
                           .where(s_.building == building, s_.unit == unit, s_.month == month)).first()
        stamp = now()
        if row is None:
            if expected_version:
                raise ConflictError(f"The sheet of {stairwell_label(building, unit)} for {month} is gone: reload.")
            sheet_id = conn.execute(insert(table_of(StairwellSheet)).values(
                building=building, unit=unit, month=month, version=1, created_at=stamp, updated_at=stamp,
                updated_by=uow.operator.name).returning(s_.id)).scalar_one()
            before = None
        else:
            sheet_id, version, by, at = row
            if expected_version is not None and version != expected_version:
                raise ConflictError(f"This sheet was changed by {by} at {at:%Y-%m-%d %H:%M}: reload it and key it again.")
            old = conn.execute(sa_select(k.day, k.value).where(k.sheet_id == sheet_id, k.day.in_(list(days)))).all()
            before = {"days": len({d for d, _ in old}), "problem_cells": sum(1 for _, v in old if v == BAD)}
            conn.execute(table_of(StairwellSheet).update().where(s_.id == sheet_id).values(
                version=version + 1, updated_at=stamp, updated_by=uow.operator.name))
        conn.execute(delete(table_of(SheetMark)).where(k.sheet_id == sheet_id, k.day.in_(list(days))))
        if marks:
            conn.execute(insert(table_of(SheetMark)), [{"sheet_id": sheet_id, "day": d, "check_name": c, "value": v}
                                                       for (d, c), v in sorted(marks.items())])
        after: dict[str, Any] = {"stairwell": stairwell_code(building, unit), "month": month,
                                 "days": len({d for d, _ in marks}),
                                 "problem_cells": sorted(f"{d}:{c}" for (d, c), v in marks.items() if v == BAD)}
        if file:
            after["file"] = file
        uow.record("stairwell_sheet", sheet_id, action, before, after)

    def open_problem(self, building: str, unit: str, month: str, day: int, check: str) -> ProblemRow:
        """Open a ledger problem for a day marked 有问题 (once: a second call returns the first one)."""
        grid = self.grid(building, unit, month)
        if grid.marks.get((day, check)) != BAD:
            raise ValidationError.single(f"{grid.month}-{day:02d} {check}", VALUE_LABELS.get(
                grid.marks.get((day, check), BLANK), ""), REASON_NOT_BAD)
        y, m = parse_month(grid.month)
        text = f"{m}月{day}日楼道监督表：{check}有问题"
        p = table_of(ReportedProblem).c
        with self._station.read() as s:
            existing = s.connection().execute(sa_select(p.id).where(
                p.source == Source.SHEET.value, p.source_id == grid.sheet_id, p.text == text)).first()
        if existing is not None:
            return self._station.problems.get(existing[0])
        cats = self._station.problems.categories()
        category = CHECK_CATEGORY.get(check, "其他")
        if category not in cats:
            category = "其他" if "其他" in cats else cats[-1]
        return self._station.problems.add(ProblemInput(
            where=grid.code, category=category, text=text, source=Source.SHEET.value, source_id=grid.sheet_id,
            raised_by="楼道监督表", opened_on=date(y, m, day) if date(y, m, day) <= date.today() else None))

    # importing ---------------------------------------------------------------------------------------

    def preview_import(self, path: Path) -> SheetImportPlan:
        """Read and check a whole file; raises with every problem (row and column) if any cell is wrong."""
        checks = self.checks()
        columns = [Column("stairwell", ("楼道", "楼栋单元", "单元")), Column("date", ("日期", "day")),
                   *(Column(c, ()) for c in checks)]
        table = read_table(Path(path), columns, required=[["stairwell", "date", *checks]])
        if not table.rows:
            raise ValidationError(Problem("file", Path(path).name, REASON_EMPTY, row=0))
        index = self._stairwell_index()
        problems: list[Problem] = []
        seen: dict[tuple[str, str, date], int] = {}
        days: dict[tuple[str, str, str], dict[int, dict[str, int]]] = {}
        for number, cells in table.rows:
            raw_stair = table.value(cells, "stairwell") or ""
            norm = normalise_text(raw_stair).upper()
            parts = norm.split("-")
            if all(p.isalnum() for p in parts) and 1 <= len(parts) <= 2:
                norm = "-".join(p.lstrip("0") or "0" for p in parts)
            stair = index.get(norm)
            if stair is None:
                problems.append(Problem(table.header("stairwell"), raw_stair, REASON_STAIRWELL, row=number))
            raw_day = table.value(cells, "date") or ""
            try:
                day = parse_date(raw_day, table.header("date"))
                if day is None:
                    raise ValidationError.single(table.header("date"), raw_day, REASON_MONTH)
            except ValidationError as exc:
                problems.extend(Problem(p.field, p.value, p.reason, p.params, row=number) for p in exc.problems)
                day = None
            marks: dict[str, int] = {}
            for check in checks:
                raw = table.value(cells, check)
                v = parse_mark(raw)
                if v is None:
                    problems.append(Problem(table.header(check), raw, REASON_MARK, row=number))
                else:
                    marks[check] = v
            if stair is None or day is None:
                continue
            key = (stair[0], stair[1], day)
            if key in seen:
                problems.append(Problem(table.header("date"), raw_day, REASON_SAME_DAY, {"row": seen[key]}, row=number))
                continue
            seen[key] = number
            days.setdefault((stair[0], stair[1], month_text(day.year, day.month)), {})[day.day] = marks
        if problems:
            raise ValidationError(problems)
        return SheetImportPlan(Path(path), days, len(table.rows))

    def apply_import(self, plan: SheetImportPlan) -> SheetImportPlan:
        """Write a checked plan in one transaction: the file's days replace those days' marks."""
        with self._station.write() as uow:
            conn = uow.session.connection()
            for (b, u, month), days in sorted(plan.days.items()):
                self._write_days(uow, conn, b, u, month, days, action="import", file=plan.path.name)
        return plan

    def import_file(self, path: Path) -> SheetImportPlan:
        return self.apply_import(self.preview_import(path))

    # reporting ---------------------------------------------------------------------------------------

    def report(self, month: str, building: str | None = None) -> MonthReport:
        """Per stairwell for ``month``: days checked, problem days per check, problems opened and closed."""
        y, m = parse_month(month)
        month = month_text(y, m)
        first, last = date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        checks = self.checks()
        s_, k, p = table_of(StairwellSheet).c, table_of(SheetMark).c, table_of(ReportedProblem).c
        checked: dict[tuple[str, str], set[int]] = {}
        bad_days: dict[tuple[str, str], set[int]] = {}
        per_check: dict[tuple[str, str], dict[str, int]] = {}
        with self._station.read() as s:
            conn = s.connection()
            for b, u, day, check, value in conn.execute(
                    sa_select(s_.building, s_.unit, k.day, k.check_name, k.value)
                    .select_from(table_of(SheetMark).join(table_of(StairwellSheet), s_.id == k.sheet_id))
                    .where(s_.month == month)):
                checked.setdefault((b, u), set()).add(day)
                if value == BAD:
                    bad_days.setdefault((b, u), set()).add(day)
                    counts = per_check.setdefault((b, u), {})
                    counts[check] = counts.get(check, 0) + 1
                    if check not in checks:
                        checks.append(check)
            in_stair = p.where_kind.in_(("household", "stairwell"))
            opened = dict(((b, u), n) for b, u, n in conn.execute(
                sa_select(p.building, p.unit, func.count()).where(in_stair, p.opened_on.between(first, last))
                .group_by(p.building, p.unit)))
            closed = dict(((b, u), n) for b, u, n in conn.execute(
                sa_select(p.building, p.unit, func.count()).where(
                    in_stair, p.status.not_in(OPEN_STATUSES), p.closed_on.between(first, last))
                .group_by(p.building, p.unit)))
        out = []
        for key in self.stairwells(building):
            counts = per_check.get(key, {})
            out.append(StairwellReport(key[0], key[1], len(checked.get(key, ())), {c: counts.get(c, 0) for c in checks},
                                       len(bad_days.get(key, ())), opened.get(key, 0), closed.get(key, 0)))
        return MonthReport(month, checks, out)

    def export_report(self, month: str, path: Path, building: str | None = None) -> MonthReport:
        rep = self.report(month, building)
        headers = ["楼道", "检查天数", *(f"{c}有问题天数" for c in rep.checks), "有问题天数", "新增问题", "办结问题"]
        rows: list[list[Any]] = [[s.label, s.days_checked, *(s.problem_days.get(c, 0) for c in rep.checks),
                                  s.days_with_problems, s.problems_opened, s.problems_closed] for s in rep.stairwells]
        t = rep.totals()
        rows.append(["合计", t["days_checked"], *(t["problem_days"][c] for c in rep.checks), t["days_with_problems"],
                     t["problems_opened"], t["problems_closed"]])
        write_table(Path(path), headers, rows, sheet=f"{rep.month}楼道监督月报", notes=(("月份 month", rep.month),))
        return rep

    def sheet_rows_for_file(self, month: str, building: str | None = None) -> tuple[list[str], list[list[str]]]:
        """The blank grid of a month as a file's rows (楼道, 日期, one column per check): what comes back filled."""
        y, m = parse_month(month)
        checks = self.checks()
        rows = [[stairwell_code(b, u), date(y, m, d).isoformat(), *([""] * len(checks))]
                for b, u in self.stairwells(building) for d in range(1, calendar.monthrange(y, m)[1] + 1)]
        return ["楼道", "日期", *checks], rows

