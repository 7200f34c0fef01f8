"""Who is at the desk, and what their role lets them do.

The core enforces permissions: every service that writes asks the station for a unit of work with
the permission it needs, and a volunteer asking for a coordinator's permission gets
``PermissionDenied`` whatever the screen shows.
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import math
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from mutual_aid_desk.core.audit import append_entry
from mutual_aid_desk.core.permissions import Permission, Role
from mutual_aid_desk.core.search import name_pinyin
from mutual_aid_desk.core.values import parse_phones
from mutual_aid_desk.db.tables import Volunteer
from mutual_aid_desk.db.tables.common import claim_version, now
from mutual_aid_desk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFound,
    PermissionDenied,
    Problem,
    ValidationError,
)

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

PIN_ATTEMPTS = 5
PIN_LOCK = timedelta(minutes=1)
# Key stretching: about 0.8 s and 128 MB a guess on the 2-core station PC (0.5 s at least), so the
# 10^6 six-digit PINs cost a stolen file's reader days, not minutes. The parameters are stored in
# each hash; a hash made with other ones is redone at the next sign-in.
PIN_COST = {"n": 2**17, "r": 8, "p": 2}
# The one hook that lowers it: MUTUAL_AID_DESK_PIN_COST=test (tests/conftest.py sets it, because the
# suite signs in hundreds of times). Never set it on a station PC.
PIN_COST_ENV = "MUTUAL_AID_DESK_PIN_COST"
_TEST_COST = {"n": 2**10, "r": 8, "p": 1}
_MAX_N = 2**20  # a stored hash asking for more is refused rather than run (a file is input too)
COORDINATOR_PIN_DIGITS = 6


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


@dataclass(frozen=True)
class RosterEntry:
    """A person on the roster as the window and the command line see them: never the PIN hash."""

    id: int
    name: str
    phone: str
    role: str  # "volunteer" | "coordinator" (``Role``)
    active: bool
    notes: str
    needs_pin: bool  # a coordinator, or a volunteer who chose a PIN: signing in asks for it
    version: int  # what an edit names as ``expected_version``
    updated_at: datetime
    updated_by: str

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR


def roster_entry(v: Volunteer) -> RosterEntry:
    assert v.id is not None, "a roster row read back from the database has its id"
    return RosterEntry(id=v.id, name=v.name, phone=v.phone, role=v.role, active=v.active, notes=v.notes,
                       needs_pin=v.role == Role.COORDINATOR or bool(v.pin_hash), version=v.version,
                       updated_at=v.updated_at, updated_by=v.updated_by)


class WrongPin(PermissionDenied):
    """A wrong PIN; ``tries_left`` before the name is locked (0: it is locked now)."""

    def __init__(self, name: str, tries_left: int, lock_seconds: int = 0):
        self.name, self.tries_left, self.lock_seconds = name, tries_left, lock_seconds
        if tries_left > 0:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}: {tries} tries left."),
                             name=name, tries=tries_left)
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}, five times in a row: {name} is locked for {seconds} seconds."),
                name=name, seconds=lock_seconds)


class PinLocked(PermissionDenied):
    """Too many wrong PINs: the name stays locked for ``seconds`` more."""

    def __init__(self, name: str, seconds: int):
        self.name, self.seconds = name, seconds
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs for {name}: try again in {seconds} seconds."),
                         name=name, seconds=seconds)


# --- PINs ---------------------------------------------------------------------------------------


def pin_cost() -> dict[str, int]:
    """The scrypt parameters new hashes get: ``PIN_COST``, unless the test hook lowers it."""
    return dict(_TEST_COST) if os.environ.get(PIN_COST_ENV) == "test" else dict(PIN_COST)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=129 * r * n * p + 2**20)


def hash_pin(pin: str) -> str:
    """A salted scrypt hash with its parameters (``scrypt$n$r$p$salt$digest``); never the PIN itself."""
    cost = pin_cost()
    salt = os.urandom(16)
    digest = _scrypt(pin, salt, cost["n"], cost["r"], cost["p"])
    return f"scrypt${cost['n']}${cost['r']}${cost['p']}${salt.hex()}${digest.hex()}"


def pin_hash_outdated(stored: str) -> bool:
    """True when ``stored`` was made with other parameters than new hashes get (to redo at sign-in)."""
    try:
        _, n, r, p, _salt, _digest = stored.split("$")
        return {"n": int(n), "r": int(r), "p": int(p)} != pin_cost()
    except ValueError:
        return True


def check_pin(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        if not (1 < int(n) <= _MAX_N and 0 < int(r) <= 32 and 0 < int(p) <= 16):
            return False
        candidate = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


REASON_PIN = QT_TRANSLATE_NOOP("Problems", "a PIN is 4 to 12 digits")
REASON_COORDINATOR_PIN = QT_TRANSLATE_NOOP("Problems", "a coordinator's PIN is 6 to 12 digits")
REASON_NAME = QT_TRANSLATE_NOOP("Problems", "a name is needed")
REASON_NAME_TAKEN = QT_TRANSLATE_NOOP("Problems", "this name is already on the roster")
REASON_ROLE = QT_TRANSLATE_NOOP("Problems", "the role is volunteer or coordinator")
REASON_LAST_COORDINATOR = QT_TRANSLATE_NOOP(
    "Problems", "the station needs at least one active coordinator: make someone else coordinator first")


def validate_pin(pin: str | None, role: Role | str | None = None) -> str:
    """A new PIN: 4 to 12 ASCII digits, and at least 6 for a coordinator (older 4-digit PINs
    still sign in; they are only refused when set)."""
    if pin is None or not re.fullmatch(r"[0-9]{4,12}", pin):
        raise ValidationError.single("pin", "****" if pin else "", REASON_PIN)
    if role == Role.COORDINATOR and len(pin) < COORDINATOR_PIN_DIGITS:
        raise ValidationError.single("pin", "****", REASON_COORDINATOR_PIN)
    return pin


def parse_role(value: str) -> Role:
    mapping = {"volunteer": Role.VOLUNTEER, "志愿者": Role.VOLUNTEER, "coordinator": Role.COORDINATOR, "负责人": Role.COORDINATOR}
    role = mapping.get((value or "").strip().lower())
    if role is None:
        raise ValidationError.single("role", value, REASON_ROLE)
    return role


def to_operator(v: Volunteer | RosterEntry) -> Operator:
    return Operator(v.id, v.name, Role(v.role))


def volunteer_json(v: Volunteer | RosterEntry) -> dict[str, object]:
    """The fields the audit trail keeps for a roster entry (never the PIN hash)."""
    return {"name": v.name, "phone": v.phone, "role": v.role, "active": v.active, "notes": v.notes}


def roster_order(v: RosterEntry) -> tuple[int, str, str]:
    """Coordinators first, then by pinyin, so 陈 comes before 张 as people expect."""
    return (0 if v.role == Role.COORDINATOR else 1, name_pinyin(v.name)[1], v.name)


def _clean_phone(phone: str | None) -> str:
    if not phone or not phone.strip():
        return ""
    return ",".join(parse_phones(phone))  # accepts numbers typed in groups ("138 1234 5678")


class VolunteerService:
    """The roster, and signing in as one of its people."""

    def __init__(self, station: Station):
        self._station = station

    # ``list`` names the roster for callers; inside the class it hides the builtin, hence builtins.list.
    def list(self, *, active_only: bool = False) -> builtins.list[RosterEntry]:
        """The roster, coordinators first, then in pinyin order."""
        with self._station.read() as s:
            query = select(Volunteer)
            if active_only:
                query = query.where(Volunteer.active == True)  # noqa: E712  # SQL's "= true", not Python's "is"
            return sorted((roster_entry(v) for v in s.exec(query)), key=roster_order)

    def get(self, volunteer_id: int) -> RosterEntry:
        with self._station.read() as s:
            v = s.get(Volunteer, volunteer_id)
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No volunteer with id {id} on the roster."), id=volunteer_id)
        return roster_entry(v)

    def get_by_name(self, name: str) -> RosterEntry:
        with self._station.read() as s:
            v = s.exec(select(Volunteer).where(Volunteer.name == name.strip())).first()
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No volunteer named '{name}' on the roster."), name=name)
        return roster_entry(v)

    def is_empty(self) -> bool:
        with self._station.read() as s:
            return s.exec(select(Volunteer.id).limit(1)).first() is None

    def _check_new(self, s: Session, name: str, role: Role, pin: str | None) -> builtins.list[Problem]:
        problems: builtins.list[Problem] = []
        if not name.strip():
            problems.append(Problem("name", name, REASON_NAME))
        elif s.exec(select(Volunteer.id).where(Volunteer.name == name.strip())).first() is not None:
            problems.append(Problem("name", name, REASON_NAME_TAKEN))
        if role == Role.COORDINATOR or pin:
            try:
                validate_pin(pin, role)
            except ValidationError as exc:
                problems.extend(exc.problems)
        return problems

    def create_first_coordinator(self, name: str, pin: str | None, phone: str = "") -> Operator:
        """The first run: only allowed while the roster is empty; signs that person in."""
        phone_problems: builtins.list[Problem] = []
        try:
            phone = _clean_phone(phone)
        except ValidationError as exc:
            phone_problems = exc.problems
        with self._station._db.write() as s:  # no operator yet: this very write makes the first one
            if s.exec(select(Volunteer.id).limit(1)).first() is not None:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "The roster already has people; a coordinator adds new ones."))
            problems = self._check_new(s, name, Role.COORDINATOR, pin) + phone_problems
            if problems:
                raise ValidationError(problems)
            v = Volunteer(name=name.strip(), phone=phone, role=Role.COORDINATOR, pin_hash=hash_pin(pin or ""),
                          updated_by=name.strip())
            s.add(v)
            s.flush()
            operator = to_operator(v)
            append_entry(s, operator.name, "volunteer", v.id, "create", None, volunteer_json(v))
        self._station.operator = operator
        return operator

    def add(self, name: str, role: Role | str = Role.VOLUNTEER, *, pin: str | None = None, phone: str = "",
            notes: str = "") -> RosterEntry:
        """Put a person on the roster (coordinators only). A coordinator needs a PIN.

        Raises:
            PermissionDenied: the operator is not a coordinator.
            ValidationError: no name, a name already taken, a bad PIN or phone.
        """
        self._station.require(Permission.MANAGE_STATION)
        role = parse_role(role) if not isinstance(role, Role) else role
        problems: builtins.list[Problem] = []
        try:
            phone = _clean_phone(phone)
        except ValidationError as exc:
            problems.extend(exc.problems)
        with self._station.write(Permission.MANAGE_STATION) as uow:
            problems = self._check_new(uow.session, name, role, pin) + problems
            if problems:
                raise ValidationError(problems)
            v = Volunteer(name=name.strip(), phone=phone, role=role, notes=(notes or "").strip(),
                          pin_hash=hash_pin(pin) if pin else None, updated_by=uow.operator.name)
            uow.session.add(v)
            uow.session.flush()
            uow.record("volunteer", v.id, "create", None, volunteer_json(v))
        return roster_entry(v)

    def update(self, volunteer_id: int, *, expected_version: int, name: str | None = None,
               phone: str | None = None, role: Role | str | None = None, notes: str | None = None,
               active: bool | None = None, pin: str | None = None) -> RosterEntry:
        """Edit a roster entry (coordinators only); fields left as None keep their value.

        A volunteer made coordinator needs a PIN; the last active coordinator cannot be
        deactivated or made a volunteer, or nobody could manage the station any more.

        Raises:
            PermissionDenied: the operator is not a coordinator.
            ConflictError: someone saved this person since ``expected_version`` was loaded.
            ValidationError: a bad name, phone, PIN, or the last coordinator would go.
        """
        self._station.require(Permission.MANAGE_STATION)
        problems: builtins.list[Problem] = []
        new_role = None if role is None else (role if isinstance(role, Role) else None)
        if role is not None and new_role is None:
            try:
                new_role = parse_role(str(role))
            except ValidationError as exc:
                problems.extend(exc.problems)
        if phone is not None:
            try:
                phone = _clean_phone(phone)
            except ValidationError as exc:
                problems.extend(exc.problems)
        if pin:
            try:
                validate_pin(pin)
            except ValidationError as exc:
                problems.extend(exc.problems)
        with self._station.write(Permission.MANAGE_STATION) as uow:
            s = uow.session
            v = s.get(Volunteer, volunteer_id)
            if v is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No volunteer with id {id} on the roster."), id=volunteer_id)
            if v.version != expected_version or not claim_version(s, v, expected_version):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "{name} was changed by {who} at {at}: reload and make your change again."),
                    name=v.name, who=v.updated_by, at=f"{v.updated_at:%Y-%m-%d %H:%M}")
            before = volunteer_json(v)
            if name is not None and name.strip() != v.name:
                if not name.strip():
                    problems.append(Problem("name", name, REASON_NAME))
                elif s.exec(select(Volunteer.id).where(Volunteer.name == name.strip())).first() is not None:
                    problems.append(Problem("name", name, REASON_NAME_TAKEN))
            final_role = new_role or Role(v.role)
            final_active = v.active if active is None else bool(active)
            if final_role == Role.COORDINATOR and not (pin or v.pin_hash):
                problems.append(Problem("pin", "", REASON_PIN))
            if pin and final_role == Role.COORDINATOR and len(pin) < COORDINATOR_PIN_DIGITS:
                problems.append(Problem("pin", "****", REASON_COORDINATOR_PIN))
            if v.role == Role.COORDINATOR and v.active and (final_role != Role.COORDINATOR or not final_active):
                others = s.exec(select(Volunteer.id).where(
                    Volunteer.role == Role.COORDINATOR.value, Volunteer.active == True,  # noqa: E712  # SQL's "= true", not Python's "is"
                    Volunteer.id != v.id)).first()
                if others is None:
                    problems.append(Problem("role" if final_active else "active", v.name, REASON_LAST_COORDINATOR))
            if problems:
                raise ValidationError(problems)
            if name is not None:
                v.name = name.strip()
            if phone is not None:
                v.phone = phone
            if notes is not None:
                v.notes = notes.strip()
            v.role, v.active = final_role.value, final_active
            pin_changed = bool(pin)
            if pin:
                v.pin_hash, v.failed_pins, v.locked_until = hash_pin(pin), 0, None
            v.version += 1
            v.updated_at, v.updated_by = now(), uow.operator.name
            s.add(v)
            s.flush()
            after = volunteer_json(v)
            if pin_changed:
                after["pin"] = "changed"  # that it changed is audited; the PIN never is
            action = "deactivate" if before["active"] and not v.active else "update"
            uow.record("volunteer", v.id, action, before, after)
        if self._station.operator is not None and self._station.operator.id == v.id:
            self._station.operator = to_operator(v)
        return roster_entry(v)

    def deactivate(self, volunteer_id: int, *, expected_version: int) -> RosterEntry:
        """Take someone off the active roster; their name stays in the history."""
        return self.update(volunteer_id, expected_version=expected_version, active=False)

    def sign_in(self, name: str, pin: str | None = None, *, at: datetime | None = None) -> Operator:
        """Check the person and (for a coordinator) the PIN; five wrong PINs lock the name a minute.

        The count of wrong PINs lives in the station file, so a second window or the command line
        sees the same lock. The lock itself is written to the audit trail.

        Raises:
            NotFound: no such active person.
            WrongPin: a wrong or missing PIN (``tries_left`` says how many before the lock).
            PinLocked: the name is locked (``seconds`` says how long still).
        """
        at = at or now()
        with self._station._db.write() as s:  # nobody is signed in yet: a wrong PIN is counted all the same
            v = s.exec(select(Volunteer).where(Volunteer.name == (name or "").strip())).first()
            if v is None or not v.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No active volunteer named '{name}' on the roster."), name=name)
            if v.role == Role.COORDINATOR or v.pin_hash:
                if v.locked_until and v.locked_until > at:
                    wait = max(1, math.ceil((v.locked_until - at).total_seconds()))
                    raise PinLocked(v.name, wait)
                if not pin:  # asking for the PIN is not a wrong guess: it must not count towards a lock
                    raise PermissionDenied(
                        QT_TRANSLATE_NOOP("Errors", "{name} is a coordinator: give the PIN (--pin or MUTUAL_AID_DESK_PIN)."),
                        name=v.name)
                if not v.pin_hash or not check_pin(pin, v.pin_hash):
                    v.failed_pins += 1
                    failure: PermissionDenied | None = WrongPin(v.name, PIN_ATTEMPTS - v.failed_pins)
                    if v.failed_pins >= PIN_ATTEMPTS:
                        v.failed_pins = 0
                        v.locked_until = at + PIN_LOCK
                        failure = WrongPin(v.name, 0, int(PIN_LOCK.total_seconds()))
                        append_entry(s, v.name, "volunteer", v.id, "pin lockout", None,
                                     {"wrong_pins": PIN_ATTEMPTS, "locked_until": v.locked_until})
                    s.add(v)
                else:
                    failure = None
                    if v.failed_pins or v.locked_until:
                        v.failed_pins, v.locked_until = 0, None
                        s.add(v)
                    if pin_hash_outdated(v.pin_hash):
                        # Upgraded in place with the PIN just proven: the next copy of the file
                        # (backups/ included) holds the stronger hash. Not a change of PIN: no version bump.
                        v.pin_hash = hash_pin(pin)
                        s.add(v)
            else:
                failure = None
            operator = to_operator(v)
        if failure:
            raise failure
        self._station.operator = operator
        return operator
