"""``vote create | plan | list | close | reopen | extend | tally | notice | holdouts | ballots import | ballots add |
ballots print``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from mutual_aid_desk.cli import options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json, print_rows
from mutual_aid_desk.core.ballot_import import apply_ballot_import, check_ballot_import
from mutual_aid_desk.core.households import STATUS_LABELS, Status
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.tally import MATTER_SHORT
from mutual_aid_desk.core.values import format_area, parse_optional_date
from mutual_aid_desk.core.vote_plan import load_plan_file
from mutual_aid_desk.errors import ValidationError


def register(sub: Subcommands) -> None:
    vote = command_group(sub, "vote", "menu-style votes: plans, ballots, tally, notices")

    command(vote, "create", "create a vote from a plan file (JSON); prints its id", cmd_create,
            arg("plan", type=Path, metavar="PLAN.json"))

    command(vote, "plan", "print a vote's plan as a plan file (JSON), to share the menu", cmd_plan,
            arg("vote", type=int, metavar="VOTE"),
            arg("-o", "--output", type=Path, metavar="PLAN.json", help="write it to a file"))

    command(vote, "list", "list the votes", cmd_list, options.JSON_ARRAY)

    command(vote, "close", "close a vote: ballots are locked (coordinators)", cmd_close,
            arg("vote", type=int, metavar="VOTE"))

    command(vote, "reopen", "reopen a closed vote (coordinators)", cmd_reopen, arg("vote", type=int, metavar="VOTE"))

    command(vote, "extend", "move the closing day later (coordinators; audited)", cmd_extend,
            arg("vote", type=int, metavar="VOTE"),
            arg("--closes", required=True, metavar="DATE", help="the new closing day, e.g. 2026-12-15"),
            arg("--reason", default="", help="why, for the audit trail"))

    command(vote, "tally", "count the vote by the rule in force", cmd_tally, arg("vote", type=int, metavar="VOTE"),
            arg("--json", action="store_true", help="print the result as JSON"))

    command(vote, "notice", "the public notice (公示) of the result as PDF; shows no names", cmd_notice,
            arg("vote", type=int, metavar="VOTE"), options.PDF_OUTPUT)

    command(vote, "holdouts", "flats in scope whose owner has no ballot (all of each owner's flats)", cmd_holdouts,
            arg("vote", type=int, metavar="VOTE"), options.JSON_ARRAY,
            arg("-o", "--output", type=Path, metavar="FILE.pdf", help="write a walk list PDF"))

    ballots = command_group(vote, "ballots", "paper ballots", "ballots_action")
    command(ballots, "import", "import keyed ballots (XLSX/CSV); all or nothing", cmd_import,
            arg("vote", type=int, metavar="VOTE"), options.INPUT_FILE,
            arg("--dry-run", action="store_true", help="check and list row by row, write nothing"))

    command(ballots, "add", "enter one owner's ballot through one of their flats", cmd_add,
            arg("vote", type=int, metavar="VOTE"), arg("address", metavar="ADDRESS"),
            arg("--answer", action="append", default=[], metavar="KEY=ANSWER", help="e.g. A1=同意 (repeat)"),
            arg("--channel", default="paper", help="会议/上门/纸质/委托 (meeting, door, paper, proxy)"),
            arg("--date", metavar="DATE", help="the date on the ballot (default: today)"),
            arg("--accept-late", default="", metavar="REASON",
                help="a coordinator accepts a ballot dated after the closing day, for this reason"))

    command(ballots, "print", "one pre-filled paper ballot per household, as PDF", cmd_print,
            arg("vote", type=int, metavar="VOTE"), options.PDF_OUTPUT)


def cmd_create(ctx: CliContext) -> int:
    plan = load_plan_file(ctx.args.plan)
    station = ctx.station(permission=Permission.MANAGE_VOTES)
    print(station.votes.create(plan))
    return 0


def cmd_plan(ctx: CliContext) -> int:
    data = ctx.station().votes.plan(ctx.args.vote).json()
    if ctx.args.output:
        ctx.args.output.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {ctx.args.output}")
    else:
        print_json(data)
    return 0


def cmd_list(ctx: CliContext) -> int:
    votes = ctx.station().votes.list()

    def line(v: Any) -> str:
        dates = f"{v.opens or ''}..{v.closes or ''}"
        return (f"{v.id:>4}  {v.state():<13} {MATTER_SHORT['en'][v.matter]:<10} {v.ballots:>6} ballots  "
                f"{dates:<24} {v.title}")
    return print_rows(votes, line, as_json=ctx.args.json, count="votes", to_json=lambda v: v.json())


def cmd_close(ctx: CliContext) -> int:
    ctx.station(permission=Permission.MANAGE_VOTES).votes.close(ctx.args.vote)
    print(f"vote {ctx.args.vote} closed: ballots are locked")
    return 0


def cmd_extend(ctx: CliContext) -> int:
    station = ctx.station(permission=Permission.MANAGE_VOTES)
    closes = parse_optional_date(ctx.args.closes, "--closes")
    if closes is None:
        raise ValidationError.single("--closes", ctx.args.closes, "this is needed")
    station.votes.extend(ctx.args.vote, closes, ctx.args.reason)
    print(f"vote {ctx.args.vote} now closes on {closes.isoformat()}")
    return 0


def cmd_add(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    answers = {}
    for pair in a.answer:
        key, _, value = pair.partition("=")
        answers[key.strip()] = value.strip()
    result = station.votes.submit(a.vote, a.address, answers, channel=a.channel,
                                  cast_on=parse_optional_date(a.date, "--date") if a.date else None, accept_late=a.accept_late)
    line = f"{result.address}: {result.outcome}"
    if result.revision:
        line += f" (version {result.revision})"
    if result.also_for:
        line += f"; also stands for {', '.join(result.also_for)} (the same owner)"
    if result.late:
        line += "; accepted late"
    print(line)
    return 0


def cmd_reopen(ctx: CliContext) -> int:
    ctx.station(permission=Permission.MANAGE_VOTES).votes.reopen(ctx.args.vote)
    print(f"vote {ctx.args.vote} reopened")
    return 0


def cmd_tally(ctx: CliContext) -> int:
    result = ctx.station().votes.tally(ctx.args.vote)
    if ctx.args.json:
        print_json(result.json())
        return 0
    print(result.title)
    print(result.rule.describe("en"))
    print(result.counter("en"))
    c = result.compound
    print(f"vacant {c.vacant}, unreachable {c.unreachable}, without area on record {c.missing_area} (all counted in the base)")
    for item in result.items:
        if item.scope == "household":
            opted = [g.group for g in item.groups if g.passed]
            print(f"{item.key} {item.title} [household]: {len(opted)} households opted in")
            continue
        for g in item.groups:
            label = "" if g.group == "all" else f" [{g.group}]"
            if g.options is not None:  # a menu item: a count per option
                detail = ", ".join(f"{k} {a.headcount}" for k, a in g.options.items()) + f"; winner {g.winner or '-'}"
            elif g.agree is not None and g.disagree is not None and g.abstain is not None:  # a yes/no item
                detail = (f"agree {g.agree.headcount} ({format_area(g.agree.area_centi)} m²), "
                          f"disagree {g.disagree.headcount}, abstain {g.abstain.headcount}")
            else:  # nothing counted for this group
                detail = "-"
            print(f"{item.key}{label} {item.title}: {detail}: {'PASSED' if g.passed else 'not passed'}")
    return 0


def cmd_notice(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.vote_notice import VoteNotice  # lazy: ReportLab loads only for a command that prints

    station = ctx.station()
    ctx.args.output.write_bytes(VoteNotice(station, ctx.args.vote).render())
    print(f"wrote {ctx.args.output}")
    return 0


def cmd_print(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.ballots import PaperBallots  # lazy: ReportLab loads only for a command that prints

    station = ctx.station(operator=True)  # ballots carry the heads' names: an export
    data = PaperBallots(station, ctx.args.vote).render()
    ctx.args.output.write_bytes(data)
    print(f"wrote {ctx.args.output}")
    return 0


def cmd_holdouts(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.exporting()
    ids = station.votes.holdouts(a.vote)
    if a.output:
        # lazy: ReportLab loads only for a command that prints
        from mutual_aid_desk.reports.holdouts_walk_list import HoldoutsWalkList

        a.output.write_bytes(HoldoutsWalkList(station, a.vote, ids).render())
        print(f"wrote {a.output}: {len(ids)} households without a ballot")
    rows = station.households.rows_by_ids(ids)
    if a.json:
        print_json([{"address": r.address, "building": r.building, "unit": r.unit, "room": r.room,
                     "status": r.status, "owner": r.owner, "owner_id": r.owner_id} for r in rows])
    elif not a.output:
        for r in rows:
            sys.stdout.write(f"{r.address:<12} {STATUS_LABELS[Status(r.status)]}\n")
        print(f"{len(rows)} households without a ballot")
    return 0


def cmd_import(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=not a.dry_run)
    plan = check_ballot_import(station, a.vote, a.file)
    if a.dry_run or plan.problems:
        refused = {p.row for p in plan.problems}
        for r in plan.rows:
            if r.row not in refused:
                also = f" (also for {', '.join(r.also_for)})" if r.also_for else ""
                print(f"row {r.row}: {r.address} {r.outcome}{also}")
        if plan.problems:  # each refusal goes to stderr as "row N, column C: value 'V': reason"; exit 2
            print(f"nothing written: {plan.summary()}")
            raise ValidationError(plan.problems)
        print(f"dry run, nothing written: {plan.summary()}")
        return 0
    plan = apply_ballot_import(station, plan)
    outcomes: dict[str, int] = {}
    for result in plan.results:
        outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
    print(f"imported {a.file.name}: {plan.summary()} ({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))})")
    return 0
