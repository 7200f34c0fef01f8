"""``households import | export | list``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mutual_aid_desk.cli import options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_rows
from mutual_aid_desk.core.households import HouseholdQuery, Status
from mutual_aid_desk.core.masking import mask_phones
from mutual_aid_desk.core.roster import apply_import, export_households, preview_import


def register(sub: Subcommands) -> None:
    hh = command_group(sub, "households", "the household registry")

    command(hh, "import", "import a roster (CSV or XLSX); all or nothing", cmd_import,
            options.INPUT_FILE, options.DRY_RUN)

    command(hh, "export", "export the registry to CSV or XLSX (by the extension)", cmd_export, options.INPUT_FILE,
            arg("--masked", action="store_true", help="mask names and phones (anyone may export masked data)"))

    command(hh, "list", "list households in address order", cmd_list,
            arg("--search", default="", metavar="TEXT", help="address, name, pinyin initials or phone digits"),
            arg("--building", metavar="B"), arg("--status", choices=[s.value for s in Status]),
            arg("--tag", metavar="TAG"),
            arg("--several-flats", action="store_true", help="only owners holding more than one flat"),
            arg("--archived", action="store_true", help="include archived households"),
            options.JSON_ARRAY)


def cmd_import(ctx: CliContext) -> int:
    station = ctx.station(operator=not ctx.args.dry_run)
    plan = preview_import(station, ctx.args.file)
    if ctx.args.dry_run:
        print(f"dry run, nothing written: {plan.summary()}")
    else:
        plan = apply_import(station, plan)
        print(f"imported {ctx.args.file.name}: {plan.summary()}")
    if plan.new_tags:
        verb = "would be added" if ctx.args.dry_run else "added"
        print(f"new tags {verb} to the station's list: {', '.join(plan.new_tags)}")
    return 0


def cmd_export(ctx: CliContext) -> int:
    station = ctx.station(operator=True)
    count = export_households(station, ctx.args.file, masked=ctx.args.masked)
    print(f"exported {count} households to {ctx.args.file} ({'masked' if ctx.args.masked else 'NOT masked: personal data'})")
    return 0


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    query = HouseholdQuery(text=a.search, building=a.building, status=a.status, tag=a.tag, include_archived=a.archived,
                           several_flats=a.several_flats)
    rows = ctx.personal().households.all_rows(query)
    if ctx.masks_phones:  # a volunteer's bulk listing: names for the door, phones masked


        rows = [replace(r, phones=mask_phones(r.phones)) for r in rows]

    def line(r: Any) -> str:
        return f"{r.address:<12} {r.head:<8} {r.phones:<14} {r.area:>8}  {r.status:<12} {','.join(r.tags)}"
    return print_rows(rows, line, as_json=a.json, count="households")
