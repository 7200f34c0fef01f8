"""The facade over one station file: it owns the database and one service per domain.

Pages, the command line and tests receive a ``Station`` and call its services; there is no global
app object. Every service write runs in ``station.write(permission)``: one transaction per user
action that checks the operator's role first and appends to the audit trail in the same commit.
The database handle is private: creating, copying and restoring a station are methods here, so the
window and the command line never hold a session or an engine of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from mutual_aid_desk.core.audit import AuditService, PendingEntry, append_entries
from mutual_aid_desk.core.consultations import ConsultationService
from mutual_aid_desk.core.funds import FundService
from mutual_aid_desk.core.households import HouseholdService
from mutual_aid_desk.core.meetings import MeetingService
from mutual_aid_desk.core.operators import Operator, VolunteerService, validate_pin
from mutual_aid_desk.core.patrols import PatrolService
from mutual_aid_desk.core.permissions import Permission, Role
from mutual_aid_desk.core.problems import ProblemService
from mutual_aid_desk.core.restore import BackupInfo, RestoreResult, available_backups, backups_folder, restore_backup
from mutual_aid_desk.core.settings import SettingsService
from mutual_aid_desk.core.sheets import SheetService
from mutual_aid_desk.core.transfer import backup_server, open_station
from mutual_aid_desk.core.values import parse_phones
from mutual_aid_desk.core.visits import VisitService
from mutual_aid_desk.core.votes import VoteService
from mutual_aid_desk.db.engine import Database, backup_file, describe_target, station_is_empty
from mutual_aid_desk.errors import DatabaseFileError, PermissionDenied
from mutual_aid_desk.paths import station_target


@dataclass
class UnitOfWork:
    """The open transaction of one user action, and who is doing it."""

    session: Session
    operator: Operator
    _pending: list[PendingEntry] = field(default_factory=list)

    def record(self, entity: str, entity_id: object, action: str, before: Any = None, after: Any = None) -> None:
        """Note a change for the audit trail; written with the commit, so both land or neither."""
        self._pending.append(PendingEntry(entity, str(entity_id), action, before, after))

    def record_many(self, entries: list[PendingEntry]) -> None:
        self._pending.extend(entries)

    def flush_audit(self) -> None:
        if self._pending:
            append_entries(self.session, self.operator.name, self._pending)
            self._pending.clear()


class Station:
    """One open station file and its services."""

    def __init__(self, db: Database, operator: Operator | None = None):
        self._db = db
        self.operator = operator
        self.settings = SettingsService(self)
        self.audit = AuditService(self)
        self.volunteers = VolunteerService(self)
        self.households = HouseholdService(self)
        self.votes = VoteService(self)
        self.funds = FundService(self)
        self.visits = VisitService(self)
        self.consultations = ConsultationService(self)
        self.meetings = MeetingService(self)
        self.problems = ProblemService(self)  # the problem ledger, stairwell sheets, night patrols
        self.sheets = SheetService(self)
        self.patrols = PatrolService(self)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, backup_on_open: bool = False) -> Station:
        """Open a station: a file path or a server URL (``postgresql://…``, see db.engine.station_target).

        Raises:
            DatabaseFileError: no station there (unless ``create``), damaged, or from a newer app.
        """
        return cls(open_station(station_target(path), create=create, backup_on_open=backup_on_open))

    @classmethod
    def create(cls, path: Path | str, name: str, coordinator: str = "", pin: str | None = None,
               **details: str) -> Station:
        """A new station at ``path`` (a file or an empty server database), never over an existing one.

        Args:
            name: the station's name, as printed on notices.
            coordinator: the first coordinator, signed in on return; none when empty.
            pin: the coordinator's PIN, checked before anything is created.
            details: other station fields (phone, address, place ...).

        Raises:
            DatabaseFileError: ``path`` already holds a station.
            ValidationError: a bad PIN or phone; nothing was created.
        """
        target = station_target(path)
        if not station_is_empty(target):
            raise DatabaseFileError(f"{describe_target(target)} already exists; init never overwrites a station file.")
        if coordinator:
            validate_pin(pin, Role.COORDINATOR)
        if details.get("phone"):
            details["phone"] = ",".join(parse_phones(details["phone"]))
        station = cls.open(target, create=True)
        with station._db.write() as session:
            station.settings.initialise(session, name, coordinator, **details)
        if coordinator:
            station.volunteers.create_first_coordinator(coordinator, pin)
        return station

    @property
    def path(self) -> Path | str:
        """The station file, or the server database's URL."""
        return self._db.path

    @property
    def server(self) -> bool:
        """True for a station on a database server, False for a station file."""
        return self._db.server

    def describe(self) -> str:
        """Which station this is, as the window's title and the command line say it (never a password)."""
        return self._db.describe()

    def close(self) -> None:
        self._db.dispose()

    def ask_when_busy(self, ask: Callable[[float], bool | None], timeout_ms: int) -> None:
        """Wait at most ``timeout_ms`` for another writer, then ``ask(seconds_waited)``: True tries
        again, False gives up (the person was told), None gives up unasked (see ``Database``)."""
        self._db.set_busy_timeout(timeout_ms)
        self._db.on_busy = ask

    # --- copies ----------------------------------------------------------------------------------

    def backup(self, dest: Path | None = None) -> Path:
        """Copy the station safely, even while it is in use; by default into its backups folder."""
        if self._db.server:
            return backup_server(self._db, dest)  # a server station copied into a new station file
        return backup_file(Path(self._db.path), dest)

    def backups(self) -> list[BackupInfo]:
        """The backups kept for this station, newest first, each with its record counts."""
        return available_backups(self._db.path)

    def backups_folder(self) -> Path:
        """Where this station's backups are kept."""
        return backups_folder(self._db.path)

    def restore(self, src: Path) -> RestoreResult:
        """Bring a backup back into this station (coordinators only); the current contents are kept
        as a backup first, and the restore is noted in the restored audit trail.

        The station's connections are released for the copy and made afresh after it, so the
        station shows the restored data (upgraded when the restore was noted, if it was older).

        Raises:
            PermissionDenied: the operator is not a coordinator.
            DatabaseFileError: the backup is damaged, not a station file, or from a newer app.
            StorageError: the current contents could not be kept, or the disk refused the copy.
        """
        operator = self.require(Permission.MANAGE_STATION)
        target = self._db.path
        self._db.dispose()
        try:
            return restore_backup(target, src, operator=operator)
        finally:
            old, self._db = self._db, Database(target)
            if old.on_busy is not None:  # the window's busy question holds for the restored station too
                self.ask_when_busy(old.on_busy, old.busy_timeout_ms)

    # --- the operator and the unit of work ------------------------------------------------------

    def require_operator(self) -> Operator:
        if self.operator is None:
            raise PermissionDenied(
                "No operator is recording: choose your name first (on the command line, --operator NAME)."
            )
        return self.operator

    def require(self, permission: Permission) -> Operator:
        operator = self.require_operator()
        operator.require(permission)
        return operator

    @contextmanager
    def write(self, permission: Permission = Permission.EDIT_RECORDS) -> Iterator[UnitOfWork]:
        """One user action: checks ``permission``, then commits the changes and their audit entries."""
        operator = self.require(permission)
        with self._db.write() as session:
            uow = UnitOfWork(session, operator)
            yield uow
            uow.flush_audit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._db.read() as session:
            yield session
