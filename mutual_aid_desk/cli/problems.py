"""``problems add | list | show | hand-over | resolve | cannot-resolve | stats | notice | categories``,
``sheets print | template | import | report | checks`` and ``patrols add | list | hours | rota ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mutual_aid_desk.cli import common, options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json, print_rows
from mutual_aid_desk.core.patrols import PATROL_CHECKS, REASON_FINDING_FORMAT, FindingInput, PatrolInput
from mutual_aid_desk.core.problems import ACTION_LABELS, ProblemInput, ProblemStatus, Source
from mutual_aid_desk.core.tabular import write_table
from mutual_aid_desk.errors import ValidationError


def register(sub: Subcommands) -> None:
    problems = command_group(sub, "problems", "the problem ledger (问题台账)")
    command(problems, "add", "record a problem; prints its id", cmd_add,
            arg("--where", default="", help="5-2-301 (household), 5-2 (stairwell), 5 (building) or a place's name"),
            arg("--category", required=True, help="one of the station's categories (消防安全, 环境卫生 ...)"),
            arg("--text", required=True, help="what the problem is"),
            arg("--source", default="resident", help="/".join(s.value for s in Source) + " (or 走访, 夜巡 ...)"),
            arg("--visit", type=int, metavar="ID", help="raised on this visit (its household and day)"),
            arg("--raised-by", default="", metavar="NAME", help="who raised it (default: --operator)"),
            arg("--handed-to", default="", metavar="NAME", help="a volunteer, partner, …物业… or …街道…"),
            arg("--date", type=options.date_arg, metavar="DATE", help="when it was raised (default: today)"),
            arg("--follow-up", type=options.date_arg, metavar="DATE", help="look again by (default: a week on)"))

    command(problems, "list", "list problems, newest first", cmd_list,
            arg("--status", choices=[s.value for s in ProblemStatus]), arg("--category"),
            arg("--where", help="5 (a building), 5-2 (a stairwell), 5-2-301 or part of a place's name"),
            arg("--source", choices=[s.value for s in Source]),
            arg("--due", action="store_true", help="only open problems whose follow-up date has come"), options.JSON)

    command(problems, "show", "one problem and its history", cmd_show, arg("id", type=int), options.JSON)

    command(problems, "hand-over", "hand a problem to someone", cmd_step, arg("id", type=int),
            arg("--to", required=True, metavar="NAME"), arg("--note", default=""),
            arg("--follow-up", type=options.date_arg, metavar="DATE"))

    command(problems, "follow-up", "record a follow-up and when to look again", cmd_step, arg("id", type=int),
            arg("--note", required=True),
            arg("--next", type=options.date_arg, metavar="DATE", help="default: a week on"))

    command(problems, "resolve", "close a problem as resolved", cmd_step, arg("id", type=int),
            arg("--note", required=True, help="how it was resolved (printed on the 公示)"),
            arg("--date", type=options.date_arg, metavar="DATE", help="default: today"))

    command(problems, "cannot-resolve", "close a problem that cannot be resolved", cmd_step,
            arg("id", type=int), arg("--reason", required=True), arg("--date", type=options.date_arg, metavar="DATE"))

    command(problems, "stats", "per category and month: opened, resolved, still open, median days", cmd_stats,
            arg("--year", type=int, required=True), options.JSON,
            arg("-o", "--output", type=Path, metavar="FILE.xlsx", help="also write XLSX (or CSV)"))

    command(problems, "notice", "print the 公示 of resolved problems (names masked)", cmd_notice,
            arg("--from", dest="start", type=options.date_arg, required=True, metavar="DATE"),
            arg("--to", dest="end", type=options.date_arg, required=True, metavar="DATE"), options.PDF_OUTPUT)

    command(problems, "categories", "show, or with --set replace, the problem categories", cmd_categories,
            arg("--set", nargs="+", metavar="NAME", dest="names"))

    sheets = command_group(sub, "sheets", "stairwell supervision sheets (楼道监督表)")
    command(sheets, "print", "one A4 sheet per stairwell for a month", cmd_sheets_print,
            arg("--month", required=True, metavar="YYYY-MM"), arg("--building", metavar="B"), options.PDF_OUTPUT)

    command(sheets, "template", "the month's blank grid as a file to fill in (楼道, 日期, one column per check)", cmd_sheets_template,
            arg("--month", required=True, metavar="YYYY-MM"), arg("--building", metavar="B"),
            arg("-o", "--output", type=Path, required=True, metavar="FILE.xlsx"))

    command(sheets, "import", "import filled sheets (XLSX or CSV); all or nothing", cmd_sheets_import,
            options.INPUT_FILE, options.DRY_RUN)

    command(sheets, "report", "per stairwell: days checked, problem days per check, problems opened and closed", cmd_sheets_report,
            arg("--month", required=True, metavar="YYYY-MM"), arg("--building", metavar="B"), options.JSON,
            arg("-o", "--output", type=Path, metavar="FILE", help="also write .xlsx, .csv or .pdf"))

    command(sheets, "checks", "show, or with --set replace, the checks on every sheet", cmd_sheets_checks,
            arg("--set", nargs="+", metavar="NAME", dest="names"))

    patrols = command_group(sub, "patrols", "night patrols (夜巡) and their rota")
    command(patrols, "add", "record a patrol; each --finding becomes a problem", cmd_patrol_add,
            arg("--date", metavar="DATE", help="default: today"), arg("--start", default="19:00", metavar="HH:MM"),
            arg("--end", default="21:00", metavar="HH:MM"),
            arg("--route", required=True, help="the route or buildings, e.g. 1-8号楼"),
            arg("--volunteer", action="append", default=[], metavar="NAME", help="repeat for each volunteer"),
            arg("--check", action="append", default=[], metavar="CHECK", help="default: 消防安全, 环境卫生, 治安"),
            arg("--findings", default="", help="what was found, in words"),
            arg("--finding", action="append", default=[], metavar="WHERE:CATEGORY:TEXT",
                help="a finding to open as a problem, e.g. '5-2:消防安全:楼道堆放纸箱'"))

    command(patrols, "list", "patrols, newest first", cmd_patrol_list, arg("--month", metavar="YYYY-MM"), options.JSON)

    command(patrols, "hours", "patrols and hours per volunteer in a month", cmd_patrol_hours,
            arg("--month", required=True, metavar="YYYY-MM"), options.JSON)

    rota = command_group(patrols, "rota", "the patrol rota", "rota_action")
    command(rota, "add", "put volunteers on an evening's patrol", cmd_rota_add,
            arg("--date", required=True, metavar="DATE"), arg("--route", required=True),
            arg("--volunteer", action="append", default=[], metavar="NAME"))
    command(rota, "list", "the month's rota", cmd_rota_list,
            arg("--month", required=True, metavar="YYYY-MM"), options.JSON)
    command(rota, "print", "print the month's rota", cmd_rota_print, arg("--month", required=True, metavar="YYYY-MM"),
            options.PDF_OUTPUT)


# --- problems -------------------------------------------------------------------------------------


def cmd_add(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    if a.visit is not None:
        row = station.problems.add_from_visit(a.visit, a.category, a.text, handed_to=a.handed_to,
                                              follow_up=a.follow_up)
    else:
        row = station.problems.add(ProblemInput(where=a.where, category=a.category, text=a.text, source=a.source,
                                                raised_by=a.raised_by, handed_to=a.handed_to, opened_on=a.date,
                                                follow_up=a.follow_up))
    print(row.id)
    return 0


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station()
    if a.due:
        rows = station.problems.due()
    else:
        rows = station.problems.list(status=a.status, category=a.category, where=a.where, source=a.source)

    def line(r: Any) -> str:
        return (f"#{r.id:<5}{r.opened_on:%Y-%m-%d}  {r.where:<10}{r.category:<6}{r.status_label:<5}"
                f"{r.source_label:<6}{r.text}")
    return print_rows(rows, line, as_json=a.json, count="problems")


def cmd_show(ctx: CliContext) -> int:
    station = ctx.station()
    row = station.problems.get(ctx.args.id)
    steps = station.problems.history(row.id)
    if ctx.args.json:
        print_json({**row.as_json(), "handed_to": row.handed_to, "raised_by": row.raised_by, "note": row.note,
                    "follow_up": row.follow_up.isoformat() if row.follow_up else None,
                    "history": [{"at": s.at.isoformat(sep=" "), "by": s.by, "action": s.action, "status": s.status,
                                 "note": s.note} for s in steps]})
        return 0
    print(f"#{row.id} {row.where} {row.category} {row.status_label}: {row.text}")
    for s in steps:
        print(f"  {s.at:%Y-%m-%d %H:%M}  {s.by}  {ACTION_LABELS.get(s.action, s.action)}  {s.note}")
    return 0


#: The steps in a problem's life after it is raised: what each does, and what it says once done.
STEPS: dict[str, tuple[Callable[[Any, argparse.Namespace], Any], str]] = {
    "hand-over": (lambda p, a: p.hand_over(a.id, a.to, note=a.note, follow_up=a.follow_up),
                  "problem {0.id} handed to {0.handed_to}"),
    "follow-up": (lambda p, a: p.follow_up(a.id, a.note, next_date=a.next), "problem {0.id}: next look {0.follow_up}"),
    "resolve": (lambda p, a: p.resolve(a.id, a.note, on=a.date), "problem {0.id} resolved on {0.closed_on}"),
    "cannot-resolve": (lambda p, a: p.cannot_resolve(a.id, a.reason, on=a.date),
                       "problem {0.id} closed as unresolvable on {0.closed_on}"),
}


def cmd_step(ctx: CliContext) -> int:
    """``problems hand-over | follow-up | resolve | cannot-resolve``: one step, by the operator."""
    step, done = STEPS[ctx.args.action]
    print(done.format(step(ctx.station(operator=True).problems, ctx.args)))
    return 0


def cmd_stats(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.exporting()
    st = station.problems.stats(a.year)

    def export(path: Path) -> None:
        station.problems.export_stats(a.year, path)
        station.problems.note_export("stats", str(path), {"year": a.year})

    if common.year_stats(ctx, st, export):
        return 0
    for cat in st.categories:
        t = st.category_total(cat)
        median = "-" if t.median_days is None else t.median_days
        sys.stdout.write(f"{cat:<6} 新增 {t.opened:>4}  解决 {t.resolved:>4}  未解决 {t.still_open:>4}  "
                         f"解决天数中位数 {median}\n")
    return ctx.done()


def cmd_notice(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.problems_notice import ProblemsNotice

    a = ctx.args
    station = ctx.station(operator=True)
    a.output.write_bytes(ProblemsNotice(station, a.start, a.end).render())
    n = len(station.problems.resolved_for_notice(a.start, a.end))
    station.problems.note_export("notice", str(a.output), {"from": a.start, "to": a.end, "problems": n})
    print(f"wrote {a.output}: {n} resolved problems, names masked")
    return 0


cmd_categories = common.names_command(lambda station: station.problems.categories(),
                               lambda station, names: station.problems.set_categories(names))


# --- sheets ---------------------------------------------------------------------------------------


def cmd_sheets_print(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.stairwell_sheets import StairwellSheets

    a = ctx.args
    station = ctx.station(operator=True)
    a.output.write_bytes(StairwellSheets(station, a.month, a.building).render())
    n = len(station.sheets.stairwells(a.building))
    station.problems.note_export("sheets", str(a.output), {"month": a.month, "stairwells": n})
    print(f"wrote {a.output}: {n} stairwell sheets for {a.month}")
    return 0


def cmd_sheets_template(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    headers, rows = station.sheets.sheet_rows_for_file(a.month, a.building)
    write_table(a.output, headers, rows, sheet=f"{a.month}楼道监督表")
    print(f"wrote {a.output}: {len(rows)} rows")
    return 0


def cmd_sheets_import(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    plan = station.sheets.preview_import(a.file)
    if a.dry_run:
        print(f"dry run, nothing written: {plan.summary()}")
        return 0
    station.sheets.apply_import(plan)
    print(f"imported {a.file.name}: {plan.summary()}")
    return 0


def cmd_sheets_report(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.exporting()
    rep = station.sheets.report(a.month, a.building)
    if a.output:
        if a.output.suffix.lower() == ".pdf":
            # lazy: ReportLab loads only for a command that prints
            from mutual_aid_desk.reports.stairwell_report import StairwellReport

            a.output.write_bytes(StairwellReport(station, a.month, a.building).render())
        else:
            station.sheets.export_report(a.month, a.output, a.building)
        station.problems.note_export("sheet report", str(a.output), {"month": rep.month})
    if a.json:
        print_json(rep.as_json())
        return 0
    for s in rep.stairwells:
        bad = " ".join(f"{c}{n}" for c, n in s.problem_days.items() if n)
        sys.stdout.write(f"{s.label:<10} 检查 {s.days_checked:>2} 天  有问题 {s.days_with_problems:>2} 天 {bad}  "
                         f"新增问题 {s.problems_opened}  办结 {s.problems_closed}\n")
    return ctx.done()


cmd_sheets_checks = common.names_command(lambda station: station.sheets.checks(),
                                  lambda station, names: station.sheets.set_checks(names))


# --- patrols --------------------------------------------------------------------------------------


def _finding(text: str) -> FindingInput:
    parts = [p.strip() for p in text.replace("：", ":").split(":", 2)]
    if len(parts) != 3:
        raise ValidationError.single("finding", text, REASON_FINDING_FORMAT)
    return FindingInput(*parts)


def cmd_patrol_add(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    row = station.patrols.add(PatrolInput(day=a.date, start=a.start, end=a.end, route=a.route,
                                          volunteers=a.volunteer or [station.require_operator().name],
                                          checks=a.check or PATROL_CHECKS, findings=a.findings,
                                          problems=[_finding(f) for f in a.finding]))
    print(row.id)
    if row.problem_ids:
        print("problems " + " ".join(str(i) for i in row.problem_ids))
    return 0


def cmd_patrol_list(ctx: CliContext) -> int:
    a = ctx.args
    rows = ctx.station().patrols.list(a.month)

    def line(r: Any) -> str:
        return (f"#{r.id:<4}{r.day:%Y-%m-%d} {r.start}-{r.end}  {r.route:<10}{'、'.join(r.volunteers):<12}"
                f"{r.findings}")
    return print_rows(rows, line, as_json=a.json, count="patrols")


def cmd_patrol_hours(ctx: CliContext) -> int:
    rows = ctx.station().patrols.volunteer_stats(ctx.args.month)
    return print_rows(rows, lambda r: f"{r.name:<8}{r.patrols:>3} 次  {r.hours:>5} 小时", as_json=ctx.args.json)


def cmd_rota_add(ctx: CliContext) -> int:
    a = ctx.args
    row = ctx.station(operator=True).patrols.add_shift(a.date, a.route, a.volunteer)
    print(row.id)
    return 0


def cmd_rota_list(ctx: CliContext) -> int:
    rows = ctx.station().patrols.rota(ctx.args.month)
    return print_rows(rows, lambda r: f"{r.day:%Y-%m-%d}  {r.route:<10}{'、'.join(r.volunteers)}", as_json=ctx.args.json)


def cmd_rota_print(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.patrol_rota import PatrolRota  # lazy: ReportLab loads only for a command that prints

    a = ctx.args
    station = ctx.station(operator=True)
    a.output.write_bytes(PatrolRota(station, a.month).render())
    station.problems.note_export("rota", str(a.output), {"month": a.month})
    print(f"wrote {a.output}: {len(station.patrols.rota(a.month))} evenings")
    return 0
