"""What every subcommand shares: opening the station, acting as an operator, printing JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mutual_aid_desk.errors import PermissionDenied
from mutual_aid_desk.paths import default_db_path, station_target

if TYPE_CHECKING:  # the window starts without the data stack; a subcommand loads it when it opens the file
    from mutual_aid_desk.core.operators import Permission
    from mutual_aid_desk.core.station import Station

PIN_ENV = "MUTUAL_AID_DESK_PIN"


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


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
