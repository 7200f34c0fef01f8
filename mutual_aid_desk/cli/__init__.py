"""The ``mutual-aid-desk`` command: no subcommand opens the window; subcommands do batch work.

The forms here are an interface coordinators script against. Every failure is one plain message
on stderr and a non-zero exit code, never a traceback. Each domain registers its subcommands from
its own module (``COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from mutual_aid_desk import __version__
from mutual_aid_desk.cli.common import CliContext
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.paths import DB_ENV

#: One module per domain; each has ``register(subparsers)``.
COMMAND_MODULES = [
    "mutual_aid_desk.cli.station",
    "mutual_aid_desk.cli.households",
    "mutual_aid_desk.cli.visits",
    "mutual_aid_desk.cli.meetings",
    "mutual_aid_desk.cli.funds",
    "mutual_aid_desk.cli.operators",
    "mutual_aid_desk.cli.votes",
    "mutual_aid_desk.cli.problems",
]


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the global options (nothing imported)."""
    parser = argparse.ArgumentParser(
        prog="mutual-aid-desk",
        description="互助站工作台 Mutual-Aid Desk. With no command, opens the window.",
        add_help=commands,
        exit_on_error=commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help=f"the station file (default: ${DB_ENV} or the user data folder)")
    parser.add_argument("--operator", metavar="NAME", help="act as this person from the roster (needed to write or export)")
    parser.add_argument("--pin", metavar="PIN", help="the coordinator's PIN (or $MUTUAL_AID_DESK_PIN)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="window language (default: the saved choice, else Chinese)")
    if commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    return parser


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when the command line opens the window (no command, no --help); else None.

    The subcommands import the data stack as they register; the window paints its frame first
    and loads that stack behind it, so it must not wait for them here.
    """
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --db without a path: the whole parser says so
        return None
    if rest:
        return None
    args.command = None
    return args


def report(error: DeskError) -> int:
    if isinstance(error, ValidationError):
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
    else:
        print(f"error: {error}", file=sys.stderr)
    return error.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _window_args(argv) or build_parser().parse_args(argv)
    ctx = CliContext(args)
    try:
        if args.command is None:
            from mutual_aid_desk.app import run_gui  # Qt is loaded only when the window opens

            return run_gui(ctx.db_path, args.lang)
        return int(args.func(ctx) or 0)
    except DeskError as exc:
        return report(exc)
    except BrokenPipeError:  # `... list | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # an output or input path that cannot be used
        where = f" {exc.filename}" if exc.filename else ""
        print(f"error: cannot use{where}: {exc.strerror or exc}", file=sys.stderr)
        return 8
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one plain message, never a traceback
        if os.environ.get("MUTUAL_AID_DESK_DEBUG"):
            traceback.print_exc()
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        return 70
    finally:
        ctx.close()
