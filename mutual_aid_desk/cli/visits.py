"""``visits import | list | add | amend | void | history | due | coverage``, ``walklist`` and ``consultations add | list | stats | partners``."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mutual_aid_desk.cli import common, options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json, print_rows
from mutual_aid_desk.core.consultations import CATEGORY_LABELS, Category, ConsultationInput, ConsultationStatus
from mutual_aid_desk.core.coverage import coverage, export_coverage, percent
from mutual_aid_desk.core.households import Status
from mutual_aid_desk.core.selection import WalkSelection, select_households
from mutual_aid_desk.core.visits import VisitInput


def register(sub: Subcommands) -> None:
    visits = command_group(sub, "visits", "door-to-door visits and follow-ups")

    command(visits, "import", "import visits (CSV or XLSX); all or nothing", cmd_import,
            options.INPUT_FILE, options.DRY_RUN)

    command(visits, "list", "list visits, oldest first", cmd_list,
            arg("--household", metavar="ADDR", help="only this household (e.g. 5-2-301)"),
            arg("--since", type=options.date_arg, metavar="DATE", help="only visits on or after this date"),
            arg("--volunteer", metavar="NAME", help="only visits this volunteer made"),
            options.JSON_ARRAY)

    command(visits, "add", "record one visit", cmd_add, arg("address", metavar="ADDR"),
            arg("--outcome", required=True, help="met / not_home / refused / done (or 见到, 不在家, 拒绝, 已完成, 1-4)"),
            arg("--purpose", default="",
                help="general, vote, fundraising, consultation_follow_up, safety_check or the station's own"),
            arg("--volunteer", action="append", default=[], metavar="NAME",
                help="who visited (default: --operator); repeat for two"),
            arg("--date", default=None, metavar="DATE", help="when (default: now), e.g. '2026-03-02 19:30'"),
            arg("--notes", default=""),
            arg("--follow-up", type=options.date_arg, metavar="DATE", help="come back by this date"))

    p = visits.add_parser("amend", help="correct a visit (wrong flat, outcome, date ...); the old state is kept")
    p.add_argument("visit", type=int, metavar="VISIT_ID", help="the id `visits list` shows (#12)")
    p.add_argument("--reason", required=True, help="why it is corrected (kept in its history and the audit trail)")
    p.add_argument("--address", metavar="ADDR", help="the right household")
    p.add_argument("--outcome")
    p.add_argument("--purpose")
    p.add_argument("--volunteer", action="append", default=[], metavar="NAME", help="who visited; repeat for two")
    p.add_argument("--date", metavar="DATE", help="e.g. '2026-03-02 19:30'")
    p.add_argument("--notes")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--follow-up", type=options.date_arg, metavar="DATE")
    g.add_argument("--no-follow-up", action="store_true", help="remove the follow-up date")
    p.set_defaults(func=cmd_amend)

    command(visits, "void", "cancel a visit recorded in error; it stays listed, marked void", cmd_void,
            arg("visit", type=int, metavar="VISIT_ID"),
            arg("--reason", required=True, help="why (kept in its history and the audit trail)"))

    command(visits, "history", "a visit's earlier states, with who changed it, when and why", cmd_history,
            arg("visit", type=int, metavar="VISIT_ID"), options.JSON)

    command(visits, "due", "follow-ups due today or overdue (visits and consultations)", cmd_due,
            arg("--volunteer", metavar="NAME"),
            arg("--on", type=options.date_arg, metavar="DATE", help="as of this date (default: today)"), options.JSON)

    command(visits, "coverage", "per building: share visited in a period, share never visited; visits per volunteer", cmd_coverage,
            arg("--from", dest="start", type=options.date_arg, metavar="DATE", help="default: 30 days ago"),
            arg("--to", dest="end", type=options.date_arg, metavar="DATE", help="default: today"),
            arg("-o", "--output", type=Path, metavar="FILE.xlsx", help="also write XLSX (or CSV)"), options.JSON)

    command(sub, "walklist", "print a walk list PDF (A4, one section per building)", cmd_walklist,
            arg("--building", action="append", default=[], metavar="B", help="repeat for several buildings"),
            arg("--status", action="append", default=[], choices=[s.value for s in Status]),
            arg("--tag", action="append", default=[], metavar="TAG"),
            arg("--not-visited-since", type=options.date_arg, metavar="DATE"),
            arg("--follow-up-due", action="store_true", help="only households with a follow-up due"),
            arg("--title", default="走访清单"),
            arg("--purpose", default="general", help="a visit purpose or any text printed in the header"),
            arg("--volunteer", action="append", default=[], metavar="NAME", help="printed in each header"),
            arg("--date", type=options.date_arg, metavar="DATE", help="the date of the round (default: today)"),
            options.PDF_OUTPUT)

    cons = command_group(sub, "consultations", "consultations (咨询)")
    command(cons, "add", "record a consultation", cmd_cons_add,
            arg("--household", metavar="ADDR", help="the household that asked"),
            arg("--name", default="", help="a walk-in person's name"),
            arg("--phone", default="", help="a walk-in person's phone"),
            arg("--category", required=True, help="/".join(c.value for c in Category) + " or 法律, 健康 ..."),
            arg("--question", required=True), arg("--advice", default=""),
            arg("--referred-to", default="", metavar="ORG", help="one of the station's partner organisations"),
            arg("--status", choices=[s.value for s in ConsultationStatus]), arg("--follow-up", metavar="DATE"),
            arg("--date", metavar="DATE", help="when it was asked (default: now)"))

    command(cons, "list", "list consultations, newest first", cmd_cons_list, arg("--year", type=int),
            arg("--status", choices=[s.value for s in ConsultationStatus]), options.JSON)

    command(cons, "stats", "counts by category per month, resolved and referred", cmd_cons_stats,
            arg("--year", type=int, required=True), options.JSON,
            arg("-o", "--output", type=Path, metavar="FILE.xlsx", help="also write XLSX (or CSV)"))

    command(cons, "partners", "show, or with --set replace, the partner organisations", cmd_cons_partners,
            arg("--set", nargs="+", metavar="ORG", dest="names"))


# --- visits ---------------------------------------------------------------------------------------


def cmd_import(ctx: CliContext) -> int:
    station = ctx.station(operator=True)
    plan = station.visits.preview_import(ctx.args.file)
    if ctx.args.dry_run:
        print(f"dry run, nothing written: {plan.summary()}")
        return 0
    plan = station.visits.apply_import(plan)
    print(f"imported {ctx.args.file.name}: {plan.summary()}")
    return 0


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.personal()  # volunteers' names and notes about people
    household_id = station.households.find(a.household).id if a.household else None
    rows = station.visits.list(household_id=household_id, since=a.since, volunteer=a.volunteer)

    def line(r: Any) -> str:
        follow = f"  回访 {r.follow_up:%Y-%m-%d}" if r.follow_up else ""
        void = f"  已作废：{r.void_reason}" if r.voided else ""
        return (f"#{r.id:<5} {r.visited_at:%Y-%m-%d %H:%M}  {r.address:<12} {'、'.join(r.volunteers):<10} "
                f"{r.purpose_label:<8} {r.outcome_label:<6} {r.notes}{follow}{void}")
    return print_rows(rows, line, as_json=a.json, count="visits")


def cmd_add(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    row = station.visits.record(VisitInput(address=a.address, volunteers=a.volunteer, visited_at=a.date,
                                           purpose=a.purpose, outcome=a.outcome, notes=a.notes, follow_up=a.follow_up))
    print(f"recorded visit {row.id}: {row.address} {row.visited_at:%Y-%m-%d %H:%M} {row.outcome}")
    return 0


def cmd_amend(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    old = station.visits.get(a.visit)
    follow_up = None if a.no_follow_up else (a.follow_up if a.follow_up is not None else old.follow_up)
    data = VisitInput(address=a.address, household_id=None if a.address else old.household_id,
                      volunteers=a.volunteer or list(old.volunteers),
                      visited_at=a.date if a.date is not None else old.visited_at,
                      purpose=a.purpose if a.purpose is not None else old.purpose,
                      outcome=a.outcome if a.outcome is not None else old.outcome,
                      notes=a.notes if a.notes is not None else old.notes, follow_up=follow_up)
    row = station.visits.amend(a.visit, data, reason=a.reason, expected_version=old.version)
    print(f"amended visit {row.id}: {row.address} {row.visited_at:%Y-%m-%d %H:%M} {row.outcome} "
          f"(the earlier state is kept: visits history {row.id})")
    return 0


def cmd_void(ctx: CliContext) -> int:
    row = ctx.station(operator=True).visits.void(ctx.args.visit, ctx.args.reason)
    print(f"voided visit {row.id}: {row.address} {row.visited_at:%Y-%m-%d %H:%M}; reason: {row.void_reason}")
    return 0


def cmd_history(ctx: CliContext) -> int:
    station = ctx.personal()  # a visit names its household and volunteers
    row = station.visits.get(ctx.args.visit)
    revisions = station.visits.history(row.id)
    if ctx.args.json:
        print_json({"visit": row.as_json(), "revisions": [r.as_json() for r in revisions]})
        return 0
    for r in revisions:
        b = r.before
        sys.stdout.write(f"v{r.revision} {r.action:<6} {r.revised_at:%Y-%m-%d %H:%M} {r.revised_by}  {r.reason}\n"
                         f"      was: {b.get('address')} {str(b.get('visited_at'))[:16]} {b.get('outcome')} "
                         f"{b.get('purpose')} {'、'.join(b.get('volunteers') or [])} {b.get('notes') or ''}\n")
    state = f"voided: {row.void_reason}" if row.voided else "in force"
    print(f"now v{row.version} ({state}): {row.address} {row.visited_at:%Y-%m-%d %H:%M} {row.outcome} {row.purpose}")
    return 0


def cmd_due(ctx: CliContext) -> int:
    a = ctx.args
    on = a.on or date.today()
    items = ctx.personal().visits.due(on, volunteer=a.volunteer)

    def line(i: Any) -> str:
        late = i.days_overdue(on)
        return (f"{i.due:%Y-%m-%d}  {f'逾期 {late} 天' if late else '今天':<8} {i.address or '-':<12} "
                f"{i.who:<8} {i.subject:<8} {'、'.join(i.volunteers)}")
    return print_rows(items, line, as_json=a.json, count="follow-ups due")


def cmd_coverage(ctx: CliContext) -> int:
    a = ctx.args
    end = a.end or date.today()
    start = a.start or end - timedelta(days=30)
    station = ctx.exporting()
    cov = export_coverage(station, start, end, a.output) if a.output else coverage(station, start, end)
    if a.json:
        print_json(cov.as_json())
        return 0
    for b in [*cov.buildings, cov.total]:
        sys.stdout.write(f"{b.building:<6} {b.households:>5} 户  走访 {b.visited:>4} ({percent(b.visited_share):>6})  "
                         f"从未走访 {b.never:>4} ({percent(b.never_share):>6})  空置 {b.vacant}\n")
    for name, visits, households in cov.per_volunteer:
        sys.stdout.write(f"{name:<8} {visits:>5} 次 {households:>5} 户\n")
    return ctx.done()


def cmd_walklist(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.walklist import WalkList  # lazy: ReportLab loads only for a command that prints

    a = ctx.args
    station = ctx.station(operator=True)
    selection = WalkSelection(buildings=tuple(a.building), statuses=tuple(a.status), tags=tuple(a.tag),
                              not_visited_since=a.not_visited_since, follow_up_due=a.follow_up_due)
    ids = select_households(station, selection, on=a.date)
    pdf = WalkList(station, ids, title=a.title, purpose=a.purpose, volunteers=a.volunteer, on=a.date).render()
    a.output.write_bytes(pdf)
    station.visits.note_walk_list(len(ids), selection.describe(), str(a.output))
    print(f"wrote {a.output}: {len(ids)} households ({selection.describe()})")
    return 0


# --- consultations --------------------------------------------------------------------------------


def cmd_cons_add(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    row = station.consultations.add(ConsultationInput(
        address=a.household, person_name=a.name, person_phone=a.phone, asked_at=a.date, category=a.category,
        question=a.question, advice=a.advice, referred_to=a.referred_to, status=a.status, follow_up=a.follow_up))
    print(f"recorded consultation {row.id}: {row.who} {row.category} {row.status}")
    return 0


def cmd_cons_list(ctx: CliContext) -> int:
    a = ctx.args
    rows = ctx.personal().consultations.list(year=a.year, status=a.status)  # who asked what

    def line(r: Any) -> str:
        return f"{r.asked_at:%Y-%m-%d}  {r.who_and_where:<12} {r.category_label:<6} {r.status_label:<5} {r.question}"
    return print_rows(rows, line, as_json=a.json, count="consultations")


def cmd_cons_stats(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.exporting()
    st = station.consultations.stats(a.year)
    if common.year_stats(ctx, st, lambda path: station.consultations.export_stats(a.year, path)):
        return 0
    cats = [c.value for c in Category]

    sys.stdout.write("月份     " + "".join(f"{CATEGORY_LABELS[Category(c)]:>6}" for c in cats) + "    合计\n")
    for m in range(1, 13):
        counts = st.by_month[m]
        sys.stdout.write(f"{a.year}-{m:02d}  " + "".join(f"{counts.get(c, 0):>8}" for c in cats)
                         + f"{sum(counts.values()):>8}\n")
    totals = st.by_category()
    sys.stdout.write("全年     " + "".join(f"{totals.get(c, 0):>8}" for c in cats) + f"{st.total:>8}\n")
    print(f"{st.total} consultations in {a.year}: {st.resolved} resolved, {st.referred} referred, {st.open} open")
    return ctx.done()


def cmd_cons_partners(ctx: CliContext) -> int:
    a = ctx.args
    if a.names:
        station = ctx.station(operator=True)
        station.consultations.set_partners(a.names)
    else:
        station = ctx.station()
    for name in station.consultations.partners():
        print(name)
    return 0
