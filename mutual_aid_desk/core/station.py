"""The facade over one station file: it owns the database and one service per domain.

Pages, the command line and tests receive a ``Station`` and call its services; there is no global
app object. Every service write runs in ``station.write(permission)``: one transaction per user
action that checks the operator's role first and appends to the audit trail in the same commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from mutual_aid_desk.core.audit import AuditService, PendingEntry, append_entries
from mutual_aid_desk.core.households import HouseholdService
from mutual_aid_desk.core.funds import FundService
from mutual_aid_desk.core.meetings import MeetingService
from mutual_aid_desk.core.operators import Operator, Permission, VolunteerService
from mutual_aid_desk.core.settings import SettingsService
from mutual_aid_desk.core.votes import VoteService
from mutual_aid_desk.core.visits import VisitService
from mutual_aid_desk.core.consultations import ConsultationService
from mutual_aid_desk.core.patrols import PatrolService
from mutual_aid_desk.core.problems import ProblemService
from mutual_aid_desk.core.sheets import SheetService
from mutual_aid_desk.db.engine import Database, open_database
from mutual_aid_desk.paths import station_target
from mutual_aid_desk.errors import PermissionDenied


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
        self.db = db
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
    def open(cls, path: Path, *, create: bool = False, backup_on_open: bool = False) -> "Station":
        # a file path or a server URL (``postgresql://…``): see db.engine.station_target
        return cls(open_database(station_target(path), create=create, backup_on_open=backup_on_open))

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.dispose()

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
        with self.db.write() as session:
            uow = UnitOfWork(session, operator)
            yield uow
            uow.flush_audit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session
