"""``problems add | list | show | hand-over | resolve | cannot-resolve | stats | notice | categories``,
``sheets print | template | import | report | checks`` and ``patrols add | list | hours | rota ...``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from mutual_aid_desk.cli.common import CliContext, print_json
from mutual_aid_desk.core.problems import ACTION_LABELS, ProblemInput, ProblemStatus, Source
from mutual_aid_desk.core.values import parse_optional_date as parse_date
from mutual_aid_desk.errors import ValidationError


def _date(value: str) -> date:
    try:
        parsed = parse_date(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc.problems[0].reason_text())) from None
    if parsed is None:
        raise argparse.ArgumentTypeError("a date is needed")
    return parsed


def register(sub: argparse._SubParsersAction) -> None:
    problems = sub.add_parser("problems", help="the problem ledger (问题台账)").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = problems.add_parser("add", help="record a problem; prints its id")
    p.add_argument("--where", default="", help="5-2-301 (household), 5-2 (stairwell), 5 (building) or a place's name")
    p.add_argument("--category", required=True, help="one of the station's categories (消防安全, 环境卫生 ...)")
    p.add_argument("--text", required=True, help="what the problem is")
    p.add_argument("--source", default="resident", help="/".join(s.value for s in Source) + " (or 走访, 夜巡 ...)")
    p.add_argument("--visit", type=int, metavar="ID", help="raised on this visit (its household and day)")
    p.add_argument("--raised-by", default="", metavar="NAME", help="who raised it (default: --operator)")
    p.add_argument("--handed-to", default="", metavar="NAME", help="a volunteer, partner, …物业… or …街道…")
    p.add_argument("--date", type=_date, metavar="DATE", help="when it was raised (default: today)")
    p.add_argument("--follow-up", type=_date, metavar="DATE", help="look again by (default: a week on)")
    p.set_defaults(func=cmd_add)

    p = problems.add_parser("list", help="list problems, newest first")
    p.add_argument("--status", choices=[s.value for s in ProblemStatus])
    p.add_argument("--category")
    p.add_argument("--where", help="5 (a building), 5-2 (a stairwell), 5-2-301 or part of a place's name")
    p.add_argument("--source", choices=[s.value for s in Source])
    p.add_argument("--due", action="store_true", help="only open problems whose follow-up date has come")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = problems.add_parser("show", help="one problem and its history")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = problems.add_parser("hand-over", help="hand a problem to someone")
    p.add_argument("id", type=int)
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--note", default="")
    p.add_argument("--follow-up", type=_date, metavar="DATE")
    p.set_defaults(func=cmd_hand_over)

    p = problems.add_parser("follow-up", help="record a follow-up and when to look again")
    p.add_argument("id", type=int)
    p.add_argument("--note", required=True)
    p.add_argument("--next", type=_date, metavar="DATE", help="default: a week on")
    p.set_defaults(func=cmd_follow_up)

    p = problems.add_parser("resolve", help="close a problem as resolved")
    p.add_argument("id", type=int)
    p.add_argument("--note", required=True, help="how it was resolved (printed on the 公示)")
    p.add_argument("--date", type=_date, metavar="DATE", help="default: today")
    p.set_defaults(func=cmd_resolve)

    p = problems.add_parser("cannot-resolve", help="close a problem that cannot be resolved")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=_date, metavar="DATE")
    p.set_defaults(func=cmd_cannot_resolve)

    p = problems.add_parser("stats", help="per category and month: opened, resolved, still open, median days")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", help="also write XLSX (or CSV)")
    p.set_defaults(func=cmd_stats)

    p = problems.add_parser("notice", help="print the 公示 of resolved problems (names masked)")
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_notice)

    p = problems.add_parser("categories", help="show, or with --set replace, the problem categories")
    p.add_argument("--set", nargs="+", metavar="NAME", dest="names")
    p.set_defaults(func=cmd_categories)

    sheets = sub.add_parser("sheets", help="stairwell supervision sheets (楼道监督表)").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = sheets.add_parser("print", help="one A4 sheet per stairwell for a month")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--building", metavar="B")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_sheets_print)

    p = sheets.add_parser("template", help="the month's blank grid as a file to fill in (楼道, 日期, one column per check)")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--building", metavar="B")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_sheets_template)

    p = sheets.add_parser("import", help="import filled sheets (XLSX or CSV); all or nothing")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and summarise, write nothing")
    p.set_defaults(func=cmd_sheets_import)

    p = sheets.add_parser("report", help="per stairwell: days checked, problem days per check, problems opened and closed")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--building", metavar="B")
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="also write .xlsx, .csv or .pdf")
    p.set_defaults(func=cmd_sheets_report)

    p = sheets.add_parser("checks", help="show, or with --set replace, the checks on every sheet")
    p.add_argument("--set", nargs="+", metavar="NAME", dest="names")
    p.set_defaults(func=cmd_sheets_checks)

    patrols = sub.add_parser("patrols", help="night patrols (夜巡) and their rota").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = patrols.add_parser("add", help="record a patrol; each --finding becomes a problem")
    p.add_argument("--date", metavar="DATE", help="default: today")
    p.add_argument("--start", default="19:00", metavar="HH:MM")
    p.add_argument("--end", default="21:00", metavar="HH:MM")
    p.add_argument("--route", required=True, help="the route or buildings, e.g. 1-8号楼")
    p.add_argument("--volunteer", action="append", default=[], metavar="NAME", help="repeat for each volunteer")
    p.add_argument("--check", action="append", default=[], metavar="CHECK", help="default: 消防安全, 环境卫生, 治安")
    p.add_argument("--findings", default="", help="what was found, in words")
    p.add_argument("--finding", action="append", default=[], metavar="WHERE:CATEGORY:TEXT",
                   help="a finding to open as a problem, e.g. '5-2:消防安全:楼道堆放纸箱'")
    p.set_defaults(func=cmd_patrol_add)

    p = patrols.add_parser("list", help="patrols, newest first")
    p.add_argument("--month", metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_patrol_list)

    p = patrols.add_parser("hours", help="patrols and hours per volunteer in a month")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_patrol_hours)

    rota = patrols.add_parser("rota", help="the patrol rota").add_subparsers(dest="rota_action", metavar="ACTION",
                                                                             required=True)
    p = rota.add_parser("add", help="put volunteers on an evening's patrol")
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--route", required=True)
    p.add_argument("--volunteer", action="append", default=[], metavar="NAME")
    p.set_defaults(func=cmd_rota_add)
    p = rota.add_parser("list", help="the month's rota")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rota_list)
    p = rota.add_parser("print", help="print the month's rota")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_rota_print)


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
    if a.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        sys.stdout.write(f"#{r.id:<5}{r.opened_on:%Y-%m-%d}  {r.where:<10}{r.category:<6}{r.status_label:<5}"
                         f"{r.source_label:<6}{r.text}\n")
    print(f"{len(rows)} problems")
    return 0


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


def cmd_hand_over(ctx: CliContext) -> int:
    a = ctx.args
    row = ctx.station(operator=True).problems.hand_over(a.id, a.to, note=a.note, follow_up=a.follow_up)
    print(f"problem {row.id} handed to {row.handed_to}")
    return 0


def cmd_follow_up(ctx: CliContext) -> int:
    a = ctx.args
    row = ctx.station(operator=True).problems.follow_up(a.id, a.note, next_date=a.next)
    print(f"problem {row.id}: next look {row.follow_up}")
    return 0


def cmd_resolve(ctx: CliContext) -> int:
    a = ctx.args
    row = ctx.station(operator=True).problems.resolve(a.id, a.note, on=a.date)
    print(f"problem {row.id} resolved on {row.closed_on}")
    return 0


def cmd_cannot_resolve(ctx: CliContext) -> int:
    a = ctx.args
    row = ctx.station(operator=True).problems.cannot_resolve(a.id, a.reason, on=a.date)
    print(f"problem {row.id} closed as unresolvable on {row.closed_on}")
    return 0


def cmd_stats(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=bool(a.output))
    st = station.problems.stats(a.year)
    if a.output:
        station.problems.export_stats(a.year, a.output)
        station.problems.note_export("stats", str(a.output), {"year": a.year})
    if a.json:
        print_json(st.as_json())
        return 0
    for cat in st.categories:
        t = st.category_total(cat)
        median = "-" if t.median_days is None else t.median_days
        sys.stdout.write(f"{cat:<6} 新增 {t.opened:>4}  解决 {t.resolved:>4}  未解决 {t.still_open:>4}  "
                         f"解决天数中位数 {median}\n")
    if a.output:
        print(f"wrote {a.output}")
    return 0


def cmd_notice(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.problems_notice import ProblemsNotice

    a = ctx.args
    station = ctx.station(operator=True)
    a.output.write_bytes(ProblemsNotice(station, a.start, a.end).render())
    n = len(station.problems.resolved_for_notice(a.start, a.end))
    station.problems.note_export("notice", str(a.output), {"from": a.start, "to": a.end, "problems": n})
    print(f"wrote {a.output}: {n} resolved problems, names masked")
    return 0


def cmd_categories(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True) if a.names else ctx.station()
    if a.names:
        station.problems.set_categories(a.names)
    for name in station.problems.categories():
        print(name)
    return 0


# --- sheets ---------------------------------------------------------------------------------------


def cmd_sheets_print(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.stairwell_sheets import StairwellSheets

    a = ctx.args
    station = ctx.station(operator=True)
    a.output.write_bytes(StairwellSheets(station, a.month, a.building).render())
    n = len(station.sheets.stairwells(a.building))
    station.problems.note_export("sheets", str(a.output), {"month": a.month, "stairwells": n})
    print(f"wrote {a.output}: {n} stairwell sheets for {a.month}")
    return 0


def cmd_sheets_template(ctx: CliContext) -> int:
    from mutual_aid_desk.core.tabular import write_table

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
    station = ctx.station(operator=bool(a.output))
    rep = station.sheets.report(a.month, a.building)
    if a.output:
        if a.output.suffix.lower() == ".pdf":
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
    if a.output:
        print(f"wrote {a.output}")
    return 0


def cmd_sheets_checks(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True) if a.names else ctx.station()
    if a.names:
        station.sheets.set_checks(a.names)
    for name in station.sheets.checks():
        print(name)
    return 0


# --- patrols --------------------------------------------------------------------------------------


def _finding(text: str) -> "FindingInput":
    from mutual_aid_desk.core.patrols import FindingInput

    parts = [p.strip() for p in text.replace("：", ":").split(":", 2)]
    if len(parts) != 3:
        from mutual_aid_desk.core.patrols import REASON_FINDING_FORMAT

        raise ValidationError.single("finding", text, REASON_FINDING_FORMAT)
    return FindingInput(*parts)


def cmd_patrol_add(ctx: CliContext) -> int:
    from mutual_aid_desk.core.patrols import PATROL_CHECKS, PatrolInput

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
    if a.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        sys.stdout.write(f"#{r.id:<4}{r.day:%Y-%m-%d} {r.start}-{r.end}  {r.route:<10}{'、'.join(r.volunteers):<12}"
                         f"{r.findings}\n")
    print(f"{len(rows)} patrols")
    return 0


def cmd_patrol_hours(ctx: CliContext) -> int:
    a = ctx.args
    rows = ctx.station().patrols.volunteer_stats(a.month)
    if a.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        sys.stdout.write(f"{r.name:<8}{r.patrols:>3} 次  {r.hours:>5} 小时\n")
    return 0


def cmd_rota_add(ctx: CliContext) -> int:
    a = ctx.args
    row = ctx.station(operator=True).patrols.add_shift(a.date, a.route, a.volunteer)
    print(row.id)
    return 0


def cmd_rota_list(ctx: CliContext) -> int:
    a = ctx.args
    rows = ctx.station().patrols.rota(a.month)
    if a.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        sys.stdout.write(f"{r.day:%Y-%m-%d}  {r.route:<10}{'、'.join(r.volunteers)}\n")
    return 0


def cmd_rota_print(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.patrol_rota import PatrolRota

    a = ctx.args
    station = ctx.station(operator=True)
    a.output.write_bytes(PatrolRota(station, a.month).render())
    station.problems.note_export("rota", str(a.output), {"month": a.month})
    print(f"wrote {a.output}: {len(station.patrols.rota(a.month))} evenings")
    return 0
