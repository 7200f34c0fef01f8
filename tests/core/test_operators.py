"""The roster, signing in with PINs, and the core refusing coordinator-only actions to volunteers."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.operators import PIN_ATTEMPTS, PinLocked, WrongPin, check_pin, hash_pin
from mutual_aid_desk.core.permissions import Role
from mutual_aid_desk.core.roster import export_households
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.tables.common import now
from mutual_aid_desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError

COORDINATOR, COORDINATOR_PIN, VOLUNTEER = "赵主任", "246810", "钱阿姨"  # as in conftest


def audit_count(station: Station) -> int:
    return station.audit.count()


# --- PINs -----------------------------------------------------------------------------------------


def test_pins_are_stored_only_as_salted_scrypt_hashes(station: Station, db_path: Path | str) -> None:
    import backend

    ((stored,),) = backend.raw_query(db_path, "SELECT pin_hash FROM volunteer WHERE name = ?", (COORDINATOR,))
    assert stored.startswith("scrypt$")
    assert COORDINATOR_PIN not in stored
    assert check_pin(COORDINATOR_PIN, stored) and not check_pin("135790", stored)
    assert hash_pin("246810") != hash_pin("246810"), "each hash has its own salt"
    if not backend.ON_SERVER:  # and nowhere in the file, not even in a free page
        assert COORDINATOR_PIN.encode() not in db_path.read_bytes()


def test_coordinator_needs_the_right_pin_and_a_volunteer_needs_none(station: Station) -> None:
    assert station.volunteers.sign_in(VOLUNTEER).role == Role.VOLUNTEER
    with pytest.raises(PermissionDenied, match="give the PIN"):
        station.volunteers.sign_in(COORDINATOR, None)
    with pytest.raises(WrongPin):
        station.volunteers.sign_in(COORDINATOR, "1111")
    assert station.operator.name == VOLUNTEER, "a failed sign-in leaves the previous operator"
    op = station.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN)
    assert op.is_coordinator and station.operator == op


def test_five_wrong_pins_lock_the_name_for_a_minute(station: Station) -> None:
    t0 = now()
    for attempt in range(1, PIN_ATTEMPTS):
        with pytest.raises(WrongPin) as exc:
            station.volunteers.sign_in(COORDINATOR, "0000", at=t0)
        assert exc.value.tries_left == PIN_ATTEMPTS - attempt
    with pytest.raises(WrongPin) as exc:
        station.volunteers.sign_in(COORDINATOR, "0000", at=t0)
    assert exc.value.tries_left == 0 and "locked for 60 seconds" in str(exc.value)
    # Locked: even the right PIN is refused, with how long to wait.
    with pytest.raises(PinLocked) as locked:
        station.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN, at=t0 + timedelta(seconds=30))
    assert locked.value.seconds == 30
    assert "try again in 30 seconds" in str(locked.value)
    # Another person is not locked.
    station.volunteers.sign_in(VOLUNTEER, at=t0 + timedelta(seconds=30))
    # After the minute the right PIN works again.
    op = station.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN, at=t0 + timedelta(seconds=61))
    assert op.name == COORDINATOR
    lockouts = station.audit.rows()
    assert any(r.action == "pin lockout" and r.entity == "volunteer" for r in lockouts), "the lockout is audited"


def test_a_right_pin_resets_the_count_of_wrong_ones(station: Station) -> None:
    t0 = now()
    for _ in range(PIN_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            station.volunteers.sign_in(COORDINATOR, "0000", at=t0)
    station.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN, at=t0)
    for _ in range(PIN_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            station.volunteers.sign_in(COORDINATOR, "0000", at=t0)
    assert station.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN, at=t0).name == COORDINATOR


def test_lockout_holds_across_windows(station: Station, db_path: Path) -> None:
    """The count lives in the file, so a second window (or the command line) is locked too."""
    for _ in range(PIN_ATTEMPTS):
        with pytest.raises(WrongPin):
            station.volunteers.sign_in(COORDINATOR, "0000")
    other = Station.open(db_path)
    try:
        with pytest.raises(PinLocked):
            other.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN)
    finally:
        other.close()


def test_unknown_or_inactive_names_cannot_sign_in(station: Station) -> None:
    with pytest.raises(NotFound):
        station.volunteers.sign_in("不存在")
    v = station.volunteers.get_by_name(VOLUNTEER)
    station.volunteers.deactivate(v.id, expected_version=v.version)
    with pytest.raises(NotFound):
        station.volunteers.sign_in(VOLUNTEER)
    assert VOLUNTEER not in [p.name for p in station.volunteers.list(active_only=True)]
    assert VOLUNTEER in [p.name for p in station.volunteers.list()]


# --- roles: the core refuses, whatever the screen shows ---------------------------------------------


def _household(station: Station) -> int:
    return station.households.create(HouseholdInput(address="5-2-301", head="张晓明", phone="13812341234")).id


def test_volunteer_may_add_and_edit_households(as_volunteer: Station) -> None:
    row = as_volunteer.households.create(HouseholdInput(address="5-2-301", head="张晓明"))
    row = as_volunteer.households.update(row.id, HouseholdInput(address="5-2-301", head="张晓明", notes="独居"),
                                         expected_version=row.version)
    assert row.notes == "独居"


@pytest.mark.parametrize("action", ["archive household", "export unmasked", "settings update", "volunteer add",
                                    "volunteer edit", "tag add", "audit export"])
def test_volunteer_gets_permission_denied_from_coordinator_only_services(
        station: Station, tmp_path: Path, action: str) -> None:
    household_id = _household(station)
    coordinator = station.volunteers.get_by_name(COORDINATOR)
    station.volunteers.sign_in(VOLUNTEER)
    before = audit_count(station)
    calls = {
        "archive household": lambda: station.households.archive(household_id, "搬走"),
        "export unmasked": lambda: export_households(station, tmp_path / "all.xlsx", masked=False),
        "settings update": lambda: station.settings.update(name="改名"),
        "volunteer add": lambda: station.volunteers.add("孙大爷", "volunteer"),
        "volunteer edit": lambda: station.volunteers.update(coordinator.id, expected_version=coordinator.version,
                                                            role="volunteer"),
        "tag add": lambda: station.settings.add_tag("新标签"),
        "audit export": lambda: station.audit.export(tmp_path / "audit.xlsx"),
    }
    with pytest.raises(PermissionDenied) as exc:
        calls[action]()
    assert "Only a coordinator may" in str(exc.value) and VOLUNTEER in str(exc.value)
    assert audit_count(station) == before, "nothing was written"
    assert not (tmp_path / "all.xlsx").exists() and not (tmp_path / "audit.xlsx").exists()
    assert station.households.get(household_id).archived is False
    assert station.settings.get().name == "测试互助站"


def test_coordinator_may_do_what_volunteers_may_not(station: Station, tmp_path: Path) -> None:
    household_id = _household(station)
    station.settings.update(name="新名字")
    station.volunteers.add("孙大爷", "volunteer")
    export_households(station, tmp_path / "all.xlsx", masked=False)
    station.households.archive(household_id, "搬走")
    assert station.households.get(household_id).archived


def test_nobody_signed_in_may_not_write(db_path: Path, station: Station) -> None:
    other = Station.open(db_path)
    try:
        with pytest.raises(PermissionDenied, match="choose your name"):
            other.households.create(HouseholdInput(address="1-1-101"))
    finally:
        other.close()


# --- the roster -----------------------------------------------------------------------------------


def test_first_coordinator_only_on_an_empty_roster(station: Station, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        station.volunteers.create_first_coordinator("冒名", "1234")
    fresh = Station.open(tmp_path / "new.sqlite3", create=True)
    try:
        assert fresh.volunteers.is_empty()
        with pytest.raises(ValidationError) as exc:
            fresh.volunteers.create_first_coordinator("王站长", "12")
        assert exc.value.problems[0].field == "pin"
        op = fresh.volunteers.create_first_coordinator("王站长", "864213")
        assert op.is_coordinator and fresh.operator == op
        assert fresh.audit.rows()[0].after["name"] == "王站长"
    finally:
        fresh.close()


def test_add_checks_name_role_pin_and_phone(station: Station) -> None:
    with pytest.raises(ValidationError) as exc:
        station.volunteers.add(VOLUNTEER, "volunteer")
    assert exc.value.problems[0].field == "name"
    with pytest.raises(ValidationError) as exc:
        station.volunteers.add("孙书记", "coordinator")  # no PIN
    assert [p.field for p in exc.value.problems] == ["pin"]
    with pytest.raises(ValidationError) as exc:
        station.volunteers.add("", "volunteer", phone="12")
    assert {p.field for p in exc.value.problems} == {"name", "phone"}
    with pytest.raises(ValidationError):
        station.volunteers.add("孙大爷", "boss")
    v = station.volunteers.add("孙书记", "负责人", pin="135790", phone="138 1234 5678")
    assert v.role == "coordinator" and v.phone == "13812345678"
    assert station.volunteers.sign_in("孙书记", "135790").is_coordinator


def test_roster_lists_coordinators_first_then_by_pinyin(station: Station) -> None:
    for name in ("张大妈", "陈伯", "安阿姨"):
        station.volunteers.add(name, "volunteer")
    assert [v.name for v in station.volunteers.list()] == [COORDINATOR, "安阿姨", "陈伯", VOLUNTEER, "张大妈"]


def test_edit_is_audited_and_refuses_a_stale_version(station: Station) -> None:
    v = station.volunteers.get_by_name(VOLUNTEER)
    saved = station.volunteers.update(v.id, expected_version=v.version, phone="13900001111", notes="周二值班")
    with pytest.raises(ConflictError) as exc:
        station.volunteers.update(v.id, expected_version=v.version, notes="覆盖")
    assert f"changed by {COORDINATOR}" in str(exc.value) and "reload" in str(exc.value)
    assert station.volunteers.get(v.id).notes == "周二值班"
    entry = station.audit.history("volunteer", v.id)[0]
    assert entry.action == "update" and entry.before["phone"] == "" and entry.after["phone"] == "13900001111"
    assert saved.version == v.version + 1


def test_promotion_needs_a_pin_and_pin_changes_are_audited_without_the_pin(station: Station) -> None:
    v = station.volunteers.get_by_name(VOLUNTEER)
    with pytest.raises(ValidationError) as exc:
        station.volunteers.update(v.id, expected_version=v.version, role="coordinator")
    assert exc.value.problems[0].field == "pin"
    station.volunteers.update(v.id, expected_version=v.version, role="coordinator", pin="975310")
    assert station.volunteers.sign_in(VOLUNTEER, "975310").is_coordinator
    entry = station.audit.history("volunteer", v.id)[0]
    assert entry.after["pin"] == "changed" and "975310" not in str(entry.after)


def test_the_last_active_coordinator_cannot_be_removed(station: Station) -> None:
    me = station.volunteers.get_by_name(COORDINATOR)
    for change in ({"active": False}, {"role": "volunteer"}):
        with pytest.raises(ValidationError) as exc:
            station.volunteers.update(me.id, expected_version=me.version, **change)
        assert "at least one active coordinator" in str(exc.value)
    station.volunteers.add("孙书记", "coordinator", pin="135790")
    me = station.volunteers.update(me.id, expected_version=me.version, role="volunteer")
    assert station.operator.role == Role.VOLUNTEER, "demoting yourself takes effect at once"
    with pytest.raises(PermissionDenied):
        station.settings.update(name="x")


def test_a_missing_pin_is_refused_without_counting_towards_the_lock(station) -> None:
    from mutual_aid_desk.errors import PermissionDenied

    for _ in range(8):
        with pytest.raises(PermissionDenied, match="give the PIN"):
            station.volunteers.sign_in("赵主任")
    assert station.volunteers.sign_in("赵主任", "246810").name == "赵主任"  # not locked
