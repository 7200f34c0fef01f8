"""Who is at the desk, and what their role lets them do.

The core enforces permissions: every service that writes asks the station for a unit of work with
the permission it needs, and a volunteer asking for a coordinator's permission gets
``PermissionDenied`` whatever the screen shows.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlmodel import select

from mutual_aid_desk.db.tables import Volunteer
from mutual_aid_desk.db.tables.common import now
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

PIN_ATTEMPTS = 5
PIN_LOCK = timedelta(minutes=1)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"


class Permission(StrEnum):
    """What an action needs. Everything but ``EDIT_RECORDS`` is for coordinators only."""

    EDIT_RECORDS = QT_TRANSLATE_NOOP("Errors", "edit records")
    MANAGE_VOTES = QT_TRANSLATE_NOOP("Errors", "open, close or reopen a vote")
    REVERSE_LEDGER = QT_TRANSLATE_NOOP("Errors", "reverse a ledger entry")
    ARCHIVE_HOUSEHOLDS = QT_TRANSLATE_NOOP("Errors", "archive or merge households")
    EXPORT_UNMASKED = QT_TRANSLATE_NOOP("Errors", "export unmasked personal data")
    MANAGE_STATION = QT_TRANSLATE_NOOP("Errors", "change station settings and the roster")


@dataclass(frozen=True)
class Operator:
    """The person recording: a name from the roster and their role."""

    id: int | None
    name: str
    role: Role

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR

    def may(self, permission: Permission) -> bool:
        return permission == Permission.EDIT_RECORDS or self.is_coordinator

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only a coordinator may {action}; {name} is recording as a volunteer."),
                action=permission.value, name=self.name,
            )


# --- PINs ---------------------------------------------------------------------------------------


def hash_pin(pin: str) -> str:
    """A salted scrypt hash; the PIN itself is never stored."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


REASON_PIN = QT_TRANSLATE_NOOP("Problems", "a PIN is 4 to 12 digits")
REASON_NAME = QT_TRANSLATE_NOOP("Problems", "a name is needed")
REASON_NAME_TAKEN = QT_TRANSLATE_NOOP("Problems", "this name is already on the roster")
REASON_ROLE = QT_TRANSLATE_NOOP("Problems", "the role is volunteer or coordinator")


def validate_pin(pin: str | None) -> str:
    if pin is None or not re.fullmatch(r"\d{4,12}", pin):
        raise ValidationError.single("pin", "****" if pin else "", REASON_PIN)
    return pin


def parse_role(value: str) -> Role:
    mapping = {"volunteer": Role.VOLUNTEER, "志愿者": Role.VOLUNTEER, "coordinator": Role.COORDINATOR, "负责人": Role.COORDINATOR}
    role = mapping.get((value or "").strip().lower())
    if role is None:
        raise ValidationError.single("role", value, REASON_ROLE)
    return role


def to_operator(v: Volunteer) -> Operator:
    return Operator(v.id, v.name, Role(v.role))


def volunteer_json(v: Volunteer) -> dict[str, object]:
    return {"name": v.name, "phone": v.phone, "role": v.role, "active": v.active, "notes": v.notes}


class VolunteerService:
    """The roster, and signing in as one of its people."""

    def __init__(self, station: "Station"):
        self._station = station

    def list(self, *, active_only: bool = False) -> list[Volunteer]:
        with self._station.read() as s:
            query = select(Volunteer).order_by(Volunteer.role.desc(), Volunteer.name)  # type: ignore[attr-defined]
            if active_only:
                query = query.where(Volunteer.active == True)  # noqa: E712
            return list(s.exec(query))

    def get_by_name(self, name: str) -> Volunteer:
        with self._station.read() as s:
            v = s.exec(select(Volunteer).where(Volunteer.name == name.strip())).first()
        if v is None:
            raise NotFound(f"No volunteer named '{name}' on the roster.")
        return v

    def is_empty(self) -> bool:
        with self._station.read() as s:
            return s.exec(select(Volunteer.id).limit(1)).first() is None

    def _check_new(self, s, name: str, role: Role, pin: str | None) -> list[Problem]:  # type: ignore[no-untyped-def]
        problems = []
        if not name.strip():
            problems.append(Problem("name", name, REASON_NAME))
        elif s.exec(select(Volunteer.id).where(Volunteer.name == name.strip())).first() is not None:
            problems.append(Problem("name", name, REASON_NAME_TAKEN))
        if role == Role.COORDINATOR or pin:
            try:
                validate_pin(pin)
            except ValidationError as exc:
                problems.extend(exc.problems)
        return problems

    def create_first_coordinator(self, name: str, pin: str | None, phone: str = "") -> Operator:
        """The first run: only allowed while the roster is empty; signs that person in."""
        with self._station.db.write() as s:
            if s.exec(select(Volunteer.id).limit(1)).first() is not None:
                raise PermissionDenied("The roster already has people; a coordinator adds new ones.")
            problems = self._check_new(s, name, Role.COORDINATOR, pin)
            if problems:
                raise ValidationError(problems)
            v = Volunteer(name=name.strip(), phone=phone, role=Role.COORDINATOR, pin_hash=hash_pin(pin or ""),
                          updated_by=name.strip())
            s.add(v)
            s.flush()
            operator = to_operator(v)
            from mutual_aid_desk.core.audit import append_entry

            append_entry(s, operator.name, "volunteer", v.id, "create", None, volunteer_json(v))
        self._station.operator = operator
        return operator

    def add(self, name: str, role: Role | str = Role.VOLUNTEER, *, pin: str | None = None, phone: str = "",
            notes: str = "") -> Volunteer:
        role = parse_role(role) if not isinstance(role, Role) else role
        with self._station.write(Permission.MANAGE_STATION) as uow:
            problems = self._check_new(uow.session, name, role, pin)
            if problems:
                raise ValidationError(problems)
            v = Volunteer(name=name.strip(), phone=phone, role=role, notes=notes,
                          pin_hash=hash_pin(pin) if pin else None, updated_by=uow.operator.name)
            uow.session.add(v)
            uow.session.flush()
            uow.record("volunteer", v.id, "create", None, volunteer_json(v))
        return v

    def sign_in(self, name: str, pin: str | None = None, *, at: datetime | None = None) -> Operator:
        """Check the person and (for a coordinator) the PIN; five wrong PINs lock the name a minute.

        Raises:
            NotFound: no such active person.
            PermissionDenied: wrong PIN, or the name is locked.
        """
        at = at or now()
        with self._station.db.write() as s:
            v = s.exec(select(Volunteer).where(Volunteer.name == (name or "").strip())).first()
            if v is None or not v.active:
                raise NotFound(f"No active volunteer named '{name}' on the roster.")
            if v.role == Role.COORDINATOR or v.pin_hash:
                if v.locked_until and v.locked_until > at:
                    wait = int((v.locked_until - at).total_seconds()) + 1
                    raise PermissionDenied(
                        QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs for {name}: try again in {seconds} seconds."),
                        name=v.name, seconds=wait)
                if not pin or not v.pin_hash or not check_pin(pin, v.pin_hash):
                    v.failed_pins += 1
                    if v.failed_pins >= PIN_ATTEMPTS:
                        v.failed_pins = 0
                        v.locked_until = at + PIN_LOCK
                    s.add(v)
                    failure = PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}."), name=v.name)
                else:
                    failure = None
                    if v.failed_pins or v.locked_until:
                        v.failed_pins, v.locked_until = 0, None
                        s.add(v)
            else:
                failure = None
            operator = to_operator(v)
        if failure:
            raise failure
        self._station.operator = operator
        return operator
