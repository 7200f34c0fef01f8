"""Creating a station (``init``, ``demo``) and copying it (``backup``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mutual_aid_desk.cli.common import CliContext
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DatabaseFileError, ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new station file (never overwrites one)")
    p.add_argument("--station", required=True, metavar="NAME", help="the station's name, as printed on notices")
    p.add_argument("--coordinator", metavar="NAME", help="the first coordinator (PIN from --pin or $MUTUAL_AID_DESK_PIN)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="build a deterministic demo station in a new file")
    p.add_argument("--households", type=int, default=802, metavar="N", help="how many households (default 802)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same station")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("backup", help="copy the station file safely, even while it is open")
    p.add_argument("dest", nargs="?", metavar="DEST", help="file or folder (default: backups/ beside the file)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("copy", help="copy a whole station between a file and a server database (either way)")
    p.add_argument("source", metavar="SOURCE", help="a station file, or postgresql://user@host/station")
    p.add_argument("dest", metavar="DEST", help="a new file, or an empty server database")
    p.set_defaults(func=cmd_copy)


def cmd_init(ctx: CliContext) -> int:
    from mutual_aid_desk.db.engine import describe_target, station_is_empty

    path = ctx.db_path
    if not station_is_empty(path):
        raise DatabaseFileError(f"{describe_target(path)} already exists; init never overwrites a station file.")
    if ctx.args.coordinator:
        from mutual_aid_desk.core.operators import validate_pin

        validate_pin(ctx.pin)  # check before creating anything
    station = ctx.adopt(Station.open(path, create=True))
    with station.db.write() as session:
        station.settings.initialise(session, ctx.args.station, ctx.args.coordinator or "")
    if ctx.args.coordinator:
        station.volunteers.create_first_coordinator(ctx.args.coordinator, ctx.pin)
    print(f"created station '{ctx.args.station}' at {describe_target(path)}")
    return 0


def cmd_demo(ctx: CliContext) -> int:
    from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo

    if not 1 <= ctx.args.households <= 100_000:
        raise ValidationError.single("--households", ctx.args.households, "must be between 1 and 100000")
    station = ctx.adopt(build_demo(ctx.db_path, households=ctx.args.households, seed=ctx.args.seed))
    buildings = len(station.households.buildings())
    print(f"demo station at {station.db.describe()}: {ctx.args.households} households in {buildings} buildings")
    print(f"coordinator {DEMO_COORDINATOR}, PIN {DEMO_PIN}")
    return 0


def cmd_backup(ctx: CliContext) -> int:
    station = ctx.station()
    dest = station.db.backup(Path(ctx.args.dest) if ctx.args.dest else None)
    print(f"backed up to {dest}")
    return 0


def cmd_copy(ctx: CliContext) -> int:
    """Move a station between backends; both audit chains are verified, a non-empty DEST refused."""
    from mutual_aid_desk.core.transfer import copy_station

    print(copy_station(ctx.args.source, ctx.args.dest).message())
    return 0
