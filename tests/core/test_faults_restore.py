"""Restore from a backup: listed with date and counts, checked first, the current file kept first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.restore import available_backups, describe, integrity_check, restore_backup
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.engine import list_backups
from mutual_aid_desk.errors import DatabaseFileError, PermissionDenied


@pytest.fixture
def with_backup(station: Station) -> tuple[Station, Path]:
    """Two households, a backup, then a third household added after it."""
    for room in (101, 102):
        station.households.create(HouseholdInput(address=f"1-1-{room}", head="王秀英"))
    backup = station.backup()
    station.households.create(HouseholdInput(address="1-1-103", head="张晓明"))
    return station, backup


def test_backups_are_listed_newest_first_with_date_and_record_counts(with_backup: tuple[Station, Path]) -> None:
    station, first = with_backup
    second = station.backup()
    listed = available_backups(station.path)
    assert [b.path for b in listed] == [second, first]
    newest, older = listed
    assert (older.households, newest.households) == (2, 3)
    assert older.volunteers == 2 and older.audit_entries < newest.audit_entries
    assert older.station_name == "测试互助站" and older.usable
    assert older.taken_at <= newest.taken_at
    assert abs((newest.taken_at - __import__("datetime").datetime.now()).total_seconds()) < 120


def test_restore_keeps_the_current_file_then_brings_the_backup_back(with_backup: tuple[Station, Path]) -> None:
    station, backup = with_backup
    before = set(list_backups(station.path))
    result = restore_backup(station.path, backup, operator=station.operator)
    kept = result.kept_current_as
    assert kept is not None and kept not in before and "before-restore" in kept.name
    assert describe(kept).households == 3, "the file as it was is kept"
    # The open station sees the restored contents (the copy went through SQLite, not over the file).
    assert sorted(station.households.address_index()) == ["1-1-101", "1-1-102"]
    last = station.audit.rows(limit=1)[0]
    assert (last.entity, last.action, last.operator) == ("station", "restore", "赵主任")
    assert last.after["from"] == backup.name
    assert station.audit.verify().ok
    # And it can be undone: restore the kept file.
    restore_backup(station.path, kept, operator=station.operator)
    assert "1-1-103" in station.households.address_index()


@pytest.mark.sqlite_only
def test_a_damaged_backup_is_refused_before_anything_changes(with_backup: tuple[Station, Path], tmp_path: Path) -> None:
    station, backup = with_backup
    damaged = tmp_path / "station-20260101-120000-000000.sqlite3"
    data = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # scribble over a few pages past the header
        data[offset] = 0x5A
    damaged.write_bytes(bytes(data))
    backups_before = set(list_backups(station.path))
    with pytest.raises(DatabaseFileError, match="damaged|not a"):
        restore_backup(station.path, damaged, operator=station.operator)
    assert set(list_backups(station.path)) == backups_before, "nothing kept, because nothing was replaced"
    assert "1-1-103" in station.households.address_index()


@pytest.mark.sqlite_only
def test_not_a_station_file_is_refused(station: Station, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    with pytest.raises(DatabaseFileError):
        restore_backup(station.path, text, operator=station.operator)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFileError):
        restore_backup(station.path, other, operator=station.operator)
    with pytest.raises(DatabaseFileError):
        restore_backup(station.path, station.path, operator=station.operator)


def test_integrity_check_passes_a_good_backup(with_backup: tuple[Station, Path]) -> None:
    integrity_check(with_backup[1])


def test_only_a_coordinator_restores(with_backup: tuple[Station, Path]) -> None:
    station, backup = with_backup
    station.volunteers.sign_in("钱阿姨")
    with pytest.raises(PermissionDenied):
        restore_backup(station.path, backup, operator=station.operator)
    assert "1-1-103" in station.households.address_index()


@pytest.mark.sqlite_only
def test_restore_into_a_damaged_station_file_keeps_the_damaged_one(with_backup: tuple[Station, Path]) -> None:
    station, backup = with_backup
    path = station.path
    station.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    result = restore_backup(path, backup)  # no one can sign in to a damaged file
    assert result.kept_current_as is not None and result.kept_current_as.read_bytes()[:16] == b"garbage garbage!"
    reopened = Station.open(path)
    try:
        assert sorted(reopened.households.address_index()) == ["1-1-101", "1-1-102"]
    finally:
        reopened.close()
