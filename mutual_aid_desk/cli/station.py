"""Creating a station (``init``, ``demo``), its details (``station show | set``) and copying it (``backup``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mutual_aid_desk.cli import options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, PRACTICE_LIMIT, build_demo
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.settings import settings_json
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.transfer import copy_station
from mutual_aid_desk.core.values import parse_phones
from mutual_aid_desk.errors import ValidationError


def register(sub: Subcommands) -> None:
    p = sub.add_parser("init", help="create a new station file (never overwrites one)")
    p.add_argument("--station", required=True, metavar="NAME", help="the station's name, as printed on notices")
    p.add_argument("--coordinator", metavar="NAME", help="the first coordinator (PIN from --pin or $MUTUAL_AID_DESK_PIN)")
    _detail_args(p)
    p.set_defaults(func=cmd_init)

    st = command_group(sub, "station", "the station's details, as printed on notices")
    command(st, "show", "name, phone, address, meeting place ...", cmd_station_show, options.JSON)
    p = st.add_parser("set", help="change the station's details (coordinators; recorded in the audit trail)")
    p.add_argument("--name", metavar="NAME", help="the station's name")
    _detail_args(p)
    p.set_defaults(func=cmd_station_set)

    command(sub, "demo", "build a deterministic demo station in a new file", cmd_demo,
            arg("--households", type=int, default=802, metavar="N", help="how many households (default 802)"),
            arg("--seed", type=int, default=1, metavar="S", help="the same seed gives the same station"))

    command(sub, "backup", "copy the station file safely, even while it is open", cmd_backup,
            arg("dest", nargs="?", metavar="DEST", help="file or folder (default: backups/ beside the file)"))

    command(sub, "copy", "copy a whole station between a file and a server database (either way)", cmd_copy,
            arg("source", metavar="SOURCE", help="a station file, or postgresql://user@host/station"),
            arg("dest", metavar="DEST", help="a new file, or an empty server database"))


#: Station details the command line sets: option name -> settings field, and the label it prints.
DETAILS = (("phone", "phone", "联系电话"), ("address", "address", "地址"), ("place", "place", "会议地点"),
           ("community", "community", "社区"), ("street", "street", "街道"), ("compounds", "compounds", "小区"))


def _detail_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--phone", metavar="PHONE", help="the station's contact phone (printed on notices)")
    p.add_argument("--address", metavar="ADDRESS", help="where the station is")
    p.add_argument("--place", metavar="PLACE", help="where meetings usually take place")
    p.add_argument("--community", metavar="NAME", help="the community (社区)")
    p.add_argument("--street", metavar="NAME", help="the street office (街道)")
    p.add_argument("--compounds", metavar="NAMES", help="the compounds served, separated by commas")


def _details(args: argparse.Namespace) -> dict[str, str]:
    """The details given, compounds one a line; the phone is checked by whoever saves them."""
    out = {field: getattr(args, option) for option, field, _ in DETAILS if getattr(args, option) is not None}
    if "compounds" in out:
        out["compounds"] = "\n".join(c.strip() for c in out["compounds"].replace("，", ",").split(",") if c.strip())
    return out


def cmd_station_show(ctx: CliContext) -> int:
    row = ctx.station().settings.get()
    data = settings_json(row)
    if ctx.args.json:
        print_json({**data, "compounds": [c for c in data["compounds"].splitlines() if c]})
        return 0
    print(f"名称 name: {data['name'] or '-'}")
    for _, field, label in DETAILS:
        value = "、".join(data[field].splitlines()) if field == "compounds" else data[field]
        print(f"{label} {field}: {value or '-'}")
    return 0


def cmd_station_set(ctx: CliContext) -> int:
    fields = _details(ctx.args)
    if fields.get("phone"):  # a bad phone is named before the operator is asked for
        fields["phone"] = ",".join(parse_phones(fields["phone"]))
    if ctx.args.name is not None:
        if not ctx.args.name.strip():
            raise ValidationError.single("--name", ctx.args.name, "the station needs a name")
        fields["name"] = ctx.args.name
    if not fields:
        raise ValidationError.single("station set", "", "name at least one detail to change, e.g. --phone 010-62345678")

    station = ctx.station(permission=Permission.MANAGE_STATION)
    station.settings.update(expected_version=None, **fields)
    print("station details saved: " + ", ".join(sorted(fields)))
    return 0


def cmd_init(ctx: CliContext) -> int:
    station = ctx.adopt(Station.create(ctx.db_path, ctx.args.station, ctx.args.coordinator or "", ctx.pin,
                                       **_details(ctx.args)))
    print(f"created station '{ctx.args.station}' at {station.describe()}")
    return 0


def cmd_demo(ctx: CliContext) -> int:
    if not 1 <= ctx.args.households <= 100_000:
        raise ValidationError.single("--households", ctx.args.households, "must be between 1 and 100000")
    station = ctx.adopt(build_demo(ctx.db_path, households=ctx.args.households, seed=ctx.args.seed,
                                   practice=ctx.args.households <= PRACTICE_LIMIT))
    buildings = len(station.households.buildings())
    print(f"demo station at {station.describe()}: {ctx.args.households} households in {buildings} buildings")
    print(f"coordinator {DEMO_COORDINATOR}, PIN {DEMO_PIN}")
    return 0


def cmd_backup(ctx: CliContext) -> int:
    station = ctx.station()
    dest = station.backup(Path(ctx.args.dest) if ctx.args.dest else None)
    print(f"backed up to {dest}")
    return 0


def cmd_copy(ctx: CliContext) -> int:
    """Move a station between backends; both audit chains are verified, a non-empty DEST refused."""
    print(copy_station(ctx.args.source, ctx.args.dest).message())
    return 0
