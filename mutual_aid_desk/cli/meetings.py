"""``meeting plan | add | list | show | attend | notice | posters | signin``, ``notice list | show | render | reset``,
``poster attendance`` (and ``poster vote`` / ``poster fund`` when those modules are installed)."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

from mutual_aid_desk.cli import options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json, print_rows
from mutual_aid_desk.core.meetings import MeetingInput, MeetingRow, plan_series
from mutual_aid_desk.core.templates import OPTIONAL_PLACEHOLDERS, placeholders
from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.errors import Problem, ValidationError

REASON_SET = "use key=value, e.g. --set title=停水通知"


def register(sub: Subcommands) -> None:
    mt = command_group(sub, "meeting", "residents' meetings: plan a series, notices, sign-in sheets, attendance")

    command(mt, "plan", "plan and create a series: N buildings an evening from a first date", cmd_plan,
            arg("--buildings", required=True, metavar="LIST", help="e.g. 1-25 or 1,3,5-8"),
            arg("--per-night", required=True, metavar="N", help="buildings per evening"),
            arg("--start", required=True, metavar="DATE", help="first evening, YYYY-MM-DD"),
            arg("--time", required=True, metavar="HH:MM"), arg("--place", required=True, metavar="PLACE"),
            arg("--skip-weekends", action="store_true", help="no meetings on Saturdays and Sundays"),
            arg("--title", default="居民会议", metavar="TITLE"),
            arg("--agenda", action="append", default=[], metavar="ITEM", help="an agenda item (repeat)"),
            arg("--organiser", default="", metavar="NAME"),
            arg("--vote", type=int, metavar="VOTE_ID", help="the vote these meetings serve"),
            arg("--dry-run", action="store_true", help="show the proposal, create nothing"), options.JSON)

    command(mt, "add", "create one meeting", cmd_add, arg("--title", required=True),
            arg("--date", required=True, metavar="DATE"), arg("--time", required=True, metavar="HH:MM"),
            arg("--place", required=True), arg("--buildings", default="", metavar="LIST"),
            arg("--units", default="", metavar="LIST", help="single stairwells, e.g. 5-2,6-1"),
            arg("--agenda", action="append", default=[], metavar="ITEM"), arg("--organiser", default=""),
            arg("--vote", type=int, metavar="VOTE_ID"), options.JSON)

    command(mt, "list", "meetings in date order", cmd_list, options.JSON)

    command(mt, "show", "one meeting with its attendance per building", cmd_show,
            arg("meeting", type=int, metavar="MEETING"), options.JSON)

    p = mt.add_parser("attend", help="mark households present (or --proxy / --absent)")
    p.add_argument("meeting", type=int, metavar="MEETING")
    p.add_argument("addresses", nargs="+", metavar="ADDRESS")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--proxy", metavar="NAME", nargs="?", const="", default=None, help="came by proxy (optional name)")
    g.add_argument("--absent", action="store_true", help="remove the mark")
    p.set_defaults(func=cmd_attend)

    for name, helptext, fn in (("notice", "the A4 meeting notice", cmd_meeting_notice),
                               ("posters", "stairwell posters, one per invited building", cmd_posters),
                               ("signin", "the sign-in sheet, grouped by building", cmd_signin)):
        p = mt.add_parser(name, help=helptext)
        p.add_argument("meeting", type=int, metavar="MEETING")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        if name == "posters":
            p.add_argument("--building", metavar="B", help="only this building (or unit 5-2)")
        if name == "signin":
            p.add_argument("--masked", action="store_true", help="print names masked (张*明)")
        p.set_defaults(func=fn)

    nt = command_group(sub, "notice", "notices from the station's templates")
    command(nt, "list", "templates and the fields each asks for", cmd_notice_list, options.JSON)
    command(nt, "show", "print a template's text", cmd_notice_show, arg("template", metavar="TEMPLATE"))
    command(nt, "render", "fill a template and write the PDF", cmd_notice_render, arg("template", metavar="TEMPLATE"),
            arg("--set", action="append", default=[], metavar="KEY=VALUE", dest="values",
                help="a placeholder's value (repeat); \\n in a value starts a new line"), options.PDF_OUTPUT)
    command(nt, "reset", "forget the station's edits; use the shipped default again", cmd_notice_reset,
            arg("template", metavar="TEMPLATE"))

    pt = command_group(sub, "poster", "progress posters (landscape A4 or A3)")
    p = pt.add_parser("attendance", help="share of invited households that came, per building: one meeting, "
                      "its series (--series), or every meeting")
    p.add_argument("meeting", type=int, nargs="?", metavar="MEETING", help="the meeting (default: every meeting)")
    p.add_argument("--series", action="store_true", help="every meeting of MEETING's series")
    p.add_argument("--title", default=None, help="default: 居民会议参会进度, or the meeting's title")
    _poster_args(p)
    p.set_defaults(func=cmd_poster_attendance)
    sources = _has("mutual_aid_desk.reports.poster_sources")
    if sources and _has("mutual_aid_desk.core.tally") and _has("mutual_aid_desk.core.votes"):
        p = pt.add_parser("vote", help="a vote's participation, per building")
        p.add_argument("vote", metavar="VOTE")
        p.add_argument("--title", default=None)
        _poster_args(p)
        p.set_defaults(func=cmd_poster_vote)
    if sources and _has("mutual_aid_desk.core.funds"):
        p = pt.add_parser("fund", help="a fundraising drive's coverage, per building")
        p.add_argument("fund", metavar="FUND")
        p.add_argument("--title", default=None)
        _poster_args(p)
        p.set_defaults(func=cmd_poster_fund)


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


def _poster_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--size", choices=["A4", "A3"], default="A4")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")


def _write(path: Path, data: bytes, what: str) -> int:
    path.write_bytes(data)
    print(f"wrote {what} to {path}")
    return 0


def _line(m: MeetingRow) -> str:
    return f"#{m.id:<4} {m.date.isoformat()} 周{WEEKDAYS_ZH[m.date.weekday()]} {m.time}  {m.place}  {m.invited_label}"


# --- meetings --------------------------------------------------------------------------------------


def cmd_plan(ctx: CliContext) -> int:
    a = ctx.args
    proposals = plan_series(a.buildings, a.per_night, a.start, a.time, a.place, skip_weekends=a.skip_weekends)
    if a.dry_run:
        if a.json:
            print_json([p.as_json() for p in proposals])
        else:
            for n, p in enumerate(proposals, 1):
                print(f"{n:>3}. {p.date.isoformat()} 周{WEEKDAYS_ZH[p.date.weekday()]} {p.time}  {p.place}  "
                      + "、".join(f"{b}号楼" for b in p.buildings))
            print(f"dry run, nothing created: {len(proposals)} evenings")
        return 0
    station = ctx.station(operator=True)
    made = station.meetings.create_series(proposals, title=a.title, agenda=a.agenda, organiser=a.organiser,
                                          vote_id=a.vote)
    if a.json:
        print_json([m.as_json() for m in made])
    else:
        for m in made:
            print(_line(m))
        print(f"created {len(made)} meetings")
    return 0


def cmd_add(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    m = station.meetings.create(MeetingInput(a.title, a.date, a.time, a.place, a.buildings, a.units, a.agenda,
                                             a.organiser, a.vote))
    if a.json:
        print_json(m.as_json())
    else:
        print(_line(m))
    return 0


def cmd_list(ctx: CliContext) -> int:
    meetings = ctx.station().meetings.list()
    return print_rows(meetings, lambda m: f"{_line(m)}  {m.title}", as_json=ctx.args.json, count="meetings")


def cmd_show(ctx: CliContext) -> int:
    station = ctx.station()
    m = station.meetings.get(ctx.args.meeting)
    stats = station.meetings.stats(m.id)
    if ctx.args.json:
        print_json({**m.as_json(), "attendance": stats.as_json()})
        return 0
    print(f"{m.title}\n{_line(m)}")
    for i, item in enumerate(m.agenda, 1):
        print(f"  {i}. {item}")
    print(f"invited {stats.invited}, present {stats.present}, proxy {stats.proxy}")
    for b in stats.buildings:
        print(f"  {b.building:>4}号楼  invited {b.invited:>3}  present {b.present:>3}  proxy {b.proxy:>3}")
    return 0


def cmd_attend(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    ids = [station.households.find(addr).id for addr in a.addresses]
    mode = None if a.absent else ("proxy" if a.proxy is not None else "present")
    station.meetings.set_attendance_many(a.meeting, {hid: (mode, a.proxy or "") for hid in ids})
    stats = station.meetings.stats(a.meeting)
    print(f"marked {len(ids)} {mode or 'absent'}; meeting #{a.meeting}: {stats.attended} of {stats.invited} came "
          f"({stats.proxy} by proxy)")
    return 0


def _say_left_out(lines: tuple[str, ...]) -> None:
    """Tell whoever prints which template lines were left out for want of a station detail."""
    for line in lines:
        fields = [p for p in placeholders(line) if p in OPTIONAL_PLACEHOLDERS]
        how = " ".join(f"--{'compounds' if f == 'compound' else f} …" for f in fields)
        print(f"note: left out the line '{line}': the station's {', '.join(fields)} is not set "
              f"(set it with: mutual-aid-desk station set {how})", file=sys.stderr)


def cmd_meeting_notice(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.meeting_notice import MEETING_TEMPLATE, MeetingNotice, meeting_values

    station = ctx.station()
    result = _write(ctx.args.output, MeetingNotice(station, ctx.args.meeting).render(), "the meeting notice")
    text = station.meetings.templates.render(MEETING_TEMPLATE, meeting_values(station.meetings.get(ctx.args.meeting)))
    _say_left_out(text.left_out)
    return result


def cmd_posters(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.stairwell_posters import StairwellPosters

    data = StairwellPosters(ctx.station(), ctx.args.meeting, only=ctx.args.building).render()
    return _write(ctx.args.output, data, "the stairwell posters")


def cmd_signin(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.signin import SigninSheet  # lazy: ReportLab loads only for a command that prints

    # Names of every household: an export of personal data, so someone must be signed in.
    station = ctx.station(operator=True)
    return _write(ctx.args.output, SigninSheet(station, ctx.args.meeting, masked=ctx.args.masked).render(),
                  "the sign-in sheet")


# --- notices ---------------------------------------------------------------------------------------


def parse_sets(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    problems = []
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            problems.append(Problem("--set", item, REASON_SET))
            continue
        out[key.strip()] = value.replace("\\n", "\n")
    if problems:
        raise ValidationError(problems)
    return out


def cmd_notice_list(ctx: CliContext) -> int:
    templates = ctx.station().meetings.templates.names()

    def line(t: Any) -> str:
        mark = " (edited)" if t.customised else ""
        return f"{t.name:<12} {t.label}{mark}  fields: {', '.join(t.fill_in_fields()) or '-'}"
    return print_rows(templates, line, as_json=ctx.args.json)


def cmd_notice_show(ctx: CliContext) -> int:
    t = ctx.station().meetings.templates.get(ctx.args.template)
    sys.stdout.write(f"[title]\n{t.title}\n[body]\n{t.body}\n[closing]\n{t.closing}\n")
    return 0


def cmd_notice_render(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.notice import Notice  # lazy: ReportLab loads only for a command that prints

    values = parse_sets(ctx.args.values)
    data = Notice(ctx.station(), ctx.args.template, values).render()
    result = _write(ctx.args.output, data, f"the {ctx.args.template} notice")
    _say_left_out(ctx.station().meetings.templates.render(ctx.args.template, values).left_out)
    return result


def cmd_notice_reset(ctx: CliContext) -> int:
    t = ctx.station(operator=True).meetings.templates.reset(ctx.args.template)
    print(f"template {t.name} is the shipped default again")
    return 0


# --- posters ---------------------------------------------------------------------------------------


def cmd_poster_attendance(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.poster import AttendancePoster, poster_data_from_counts

    station = ctx.station()
    a = ctx.args
    if a.meeting is None:
        if a.series:
            raise ValidationError.single("--series", "", "name a meeting of the series, e.g. poster attendance 3 --series")
        summary = station.meetings.building_summary()
        title = a.title or "居民会议参会进度"
    else:
        meetings = station.meetings.series_of(a.meeting) if a.series else [station.meetings.get(a.meeting)]
        summary = station.meetings.attendance_by_building([m.id for m in meetings])
        first, last = meetings[0], meetings[-1]
        when = (f"{first.date.month}月{first.date.day}日" if len(meetings) == 1 else
                f"{first.date.month}月{first.date.day}日至{last.date.month}月{last.date.day}日 共 {len(meetings)} 场")
        title = a.title or f"{first.title}（{when}）参会进度"
    counts = [(b.building, b.attended, b.invited) for b in summary]
    data = poster_data_from_counts(title, counts, verb="已参会")
    pdf = AttendancePoster(data, station_name=station.settings.get().name, size=ctx.args.size).render()
    return _write(ctx.args.output, pdf, "the attendance poster")


def cmd_poster_vote(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.poster_sources import VotePoster

    return _write(ctx.args.output, VotePoster(ctx.station(), ctx.args.vote, title=ctx.args.title,
                                              size=ctx.args.size).render(), "the vote poster")


def cmd_poster_fund(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.poster_sources import FundPoster

    return _write(ctx.args.output, FundPoster(ctx.station(), ctx.args.fund, title=ctx.args.title,
                                              size=ctx.args.size).render(), "the fund poster")
