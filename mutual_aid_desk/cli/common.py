"""What every subcommand shares: declaring it, opening the station, acting as an operator, printing.

A command is declared in one call: ``command(actions, "name", "help", cmd_name, arg(...), JSON)``;
its function takes the ``CliContext`` and returns the exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from mutual_aid_desk.errors import PermissionDenied
from mutual_aid_desk.paths import default_db_path, station_target

if TYPE_CHECKING:  # the window starts without the data stack; a subcommand loads it when it opens the file
    from mutual_aid_desk.core.permissions import Permission
    from mutual_aid_desk.core.station import Station

PIN_ENV = "MUTUAL_AID_DESK_PIN"

#: One argument of a command: the flags or name, and ``add_argument``'s options.
Argument = tuple[tuple[str, ...], dict[str, Any]]


def arg(*names: str, **options: Any) -> Argument:
    """An argument as ``add_argument`` takes it, for ``command``."""
    return names, options


#: What ``add_subparsers`` returns: the place a command (or a group's subcommand) is declared.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # subscriptable only to mypy

def command(actions: Subcommands, name: str, help: str, func: Callable[[CliContext], int],
            *arguments: Argument) -> argparse.ArgumentParser:
    """Declare a subcommand: its name and help, the function that runs it, and its arguments in order."""
    parser = actions.add_parser(name, help=help)
    for names, options in arguments:
        parser.add_argument(*names, **options)
    parser.set_defaults(func=func)
    return parser


def command_group(actions: Subcommands, name: str, help: str, dest: str = "action") -> Subcommands:
    """A command with its own subcommands (``fund pay``, ``visits list`` ...); one must be given."""
    return actions.add_parser(name, help=help).add_subparsers(dest=dest, metavar="ACTION", required=True)


class CliContext:
    """The parsed global options and the station they name, opened on first use."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._station: Station | None = None

    @property
    def db_path(self) -> Path | str:
        """The station: a file path, or a server URL (``postgresql://…``) as text."""
        return station_target(self.args.db) if self.args.db else default_db_path()

    @property
    def pin(self) -> str | None:
        return self.args.pin or os.environ.get(PIN_ENV) or None

    def station(self, *, operator: bool = False, permission: Permission | None = None) -> Station:
        """The open station; with ``operator`` (or a permission), signed in as ``--operator``.

        Raises:
            PermissionDenied: a write or export without ``--operator``, or a wrong PIN.
        """
        if self._station is None:
            from mutual_aid_desk.core.station import Station

            self._station = Station.open(self.db_path)
        if (operator or permission) and self._station.operator is None:
            if not self.args.operator:
                raise PermissionDenied("This command writes or exports: name who is acting with --operator NAME.")
            self._station.volunteers.sign_in(self.args.operator, self.pin)
        if permission is not None:
            self._station.require(permission)
        return self._station

    def exporting(self) -> Station:
        """The station for a command that writes a file only when given ``-o``: signed in then,
        since the file leaves the desk (as every export is recorded against a name)."""
        return self.station(operator=bool(self.args.output))

    def done(self) -> int:
        """Say where the file went if the command wrote one (``-o``); the exit code, 0."""
        if self.args.output:
            print(f"wrote {self.args.output}")
        return 0

    def personal(self) -> Station:
        """The station, signed in, for a command that shows names or phone numbers (PIPL: personal
        data is shown to a named person only, as the window shows it only after sign-in)."""
        station = self.station()  # a missing or damaged file is reported first
        if station.operator is None and not self.args.operator:
            raise PermissionDenied("This command shows names or phone numbers: name who is looking with --operator NAME.")
        return self.station(operator=True)

    @property
    def masks_phones(self) -> bool:
        """True when the signed-in person is a volunteer: their bulk listings show 138****1234."""
        return self._station is None or self._station.operator is None or not self._station.operator.is_coordinator

    def adopt(self, station: Station) -> Station:
        """Use a station opened by the command itself (init, demo)."""
        self._station = station
        return station

    def close(self) -> None:
        if self._station is not None:
            self._station.close()
            self._station = None


def names_command(names: Callable[[Station], list[str]],
                  replace: Callable[[Station, list[str]], object]) -> Callable[[CliContext], int]:
    """The command for one of a station's own lists (problem categories, sheet checks): it prints
    the list one a line, after replacing it by the names given, if any (which needs ``--operator``)."""

    def run(ctx: CliContext) -> int:
        given = ctx.args.names
        station = ctx.station(operator=True) if given else ctx.station()
        if given:
            replace(station, given)
        for name in names(station):
            print(name)
        return 0

    return run


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def year_stats(ctx: CliContext, stats: Any, export: Callable[[Path], object]) -> bool:
    """A year's statistics: written by ``export`` to ``-o`` when given, printed as JSON with ``--json``.

    Returns:
        True when they were printed as JSON; otherwise the command prints them as a table.
    """
    if ctx.args.output:
        export(ctx.args.output)
    if ctx.args.json:
        print_json(stats.as_json())
    return bool(ctx.args.json)


def print_rows(rows: Iterable[Any], line: Callable[[Any], str], *, as_json: bool, count: str = "",
               to_json: Callable[[Any], Any] | None = None) -> int:
    """A listing: with ``--json`` one JSON array (each row's ``as_json()``, or ``to_json(row)``), else
    one line a row and, if ``count`` names the rows ("households"), how many there were.

    Returns:
        The exit code, 0.
    """
    rows = list(rows)
    if as_json:
        print_json([to_json(row) if to_json else row.as_json() for row in rows])
        return 0
    for row in rows:
        sys.stdout.write(line(row) + "\n")
    if count:
        print(f"{len(rows)} {count}")
    return 0
