"""Faults a volunteer can meet at the desk: a stale edit, a busy file, a full disk, a read-only folder.

Each must end in a plain message and nothing half-written. The disk-full and read-only cases use
SQLite's own failure paths rather than a mock: ``PRAGMA max_page_count`` makes the database "full"
exactly as a full disk does (SQLITE_FULL, "database or disk is full"), and ``PRAGMA query_only``
refuses writes with SQLITE_READONLY ("attempt to write a readonly database"), which is what a
read-only folder gives. ``chmod`` cannot be used: the tests run as root in CI, and root writes
through any permission bits.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

import backend
from mutual_aid_desk.cli import main
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db import engine as engine_module
from mutual_aid_desk.errors import ConflictError, DatabaseBusy, StorageError

COORDINATOR, PIN, VOLUNTEER = "赵主任", "246810", "钱阿姨"  # as in conftest


# --- two windows, one household -------------------------------------------------------------------


def test_a_stale_edit_is_refused_and_the_first_change_is_kept(station: Station, db_path: Path) -> None:
    row = station.households.create(HouseholdInput(address="5-2-301", head="张晓明", phone="13812341234"))
    other = Station.open(db_path)  # a second window on the same file
    try:
        other.volunteers.sign_in(VOLUNTEER)
        mine, theirs = station.households.get(row.id), other.households.get(row.id)
        other.households.update(row.id, HouseholdInput(address="5-2-301", head="张晓明", notes="已搬走一人", members="1"),
                                expected_version=theirs.version)
        with pytest.raises(ConflictError) as exc:
            station.households.update(row.id, HouseholdInput(address="5-2-301", head="张小明"),
                                      expected_version=mine.version)
        message = str(exc.value)
        assert f"changed by {VOLUNTEER} at " in message and "reload" in message
        saved = station.households.get(row.id)
        assert (saved.head, saved.notes, saved.members) == ("张晓明", "已搬走一人", 1)
        assert saved.version == mine.version + 1
        # Reloading and saving again works.
        station.households.update(row.id, HouseholdInput(address="5-2-301", head="张小明"), expected_version=saved.version)
        assert station.households.get(row.id).notes == "已搬走一人"
    finally:
        other.close()


def test_stale_station_settings_are_refused(station: Station) -> None:
    loaded = station.settings.get()
    station.settings.update(expected_version=loaded.version, phone="021-62345678")
    with pytest.raises(ConflictError, match="changed by 赵主任 at .*reload"):
        station.settings.update(expected_version=loaded.version, name="旧的")


# --- a busy file ----------------------------------------------------------------------------------


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)


def _hold_write_lock(db_path: Path | str):
    """Another program holding the write lock (as a long import in another window would)."""
    holder = backend.hold_write_lock(db_path)
    holder.execute("INSERT INTO tag(name) VALUES ('另一个窗口')")
    return holder


def test_a_locked_file_gives_a_wait_or_retry_message(short_timeout: None, db_path: Path, station: Station) -> None:
    st = Station.open(db_path)  # opened after the timeout was shortened
    st.volunteers.sign_in(VOLUNTEER)
    holder = _hold_write_lock(db_path)
    try:
        with pytest.raises(DatabaseBusy) as exc:
            st.households.create(HouseholdInput(address="5-2-301", head="张晓明"))
        assert "busy" in str(exc.value) and "Wait a moment and try again" in str(exc.value)
        assert st.households.count() == 0, "reads still work while another window writes"
    finally:
        holder.rollback()
        holder.close()
    st.households.create(HouseholdInput(address="5-2-301", head="张晓明"))  # retry succeeds
    assert st.households.count() == 1
    st.close()


def test_the_command_line_reports_a_locked_file_in_one_line(short_timeout: None, db_path: Path, station: Station,
                                                            tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    station.close()
    holder = _hold_write_lock(db_path)
    try:
        code = main(["--db", str(db_path), "--operator", COORDINATOR, "--pin", PIN, "volunteer", "add", "孙大爷"])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == DatabaseBusy.exit_code
    assert err.count("\n") == 1 and "busy" in err and "Traceback" not in err


# --- disk full, read-only -------------------------------------------------------------------------


def _limit_writes(st: Station, pragma: str) -> None:
    """Apply a SQLite limit to every new write connection of this station."""
    st._db.write_engine.dispose()

    @event.listens_for(st._db.write_engine, "connect")
    def _limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        if pragma == "full":
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")
        else:
            dbapi_conn.execute("PRAGMA query_only = 1")


@pytest.mark.sqlite_only
@pytest.mark.parametrize("kind", ["full", "readonly"])
def test_a_full_or_read_only_disk_gives_storage_error_and_writes_nothing(station: Station, kind: str) -> None:
    station.households.create(HouseholdInput(address="1-1-101", head="王秀英"))
    entries = station.audit.count()
    _limit_writes(station, kind)
    big = HouseholdInput(address="5-2-301", head="张晓明", notes="很长的备注" * 2000)
    with pytest.raises(StorageError) as exc:
        for room in range(301, 341):  # a few pages more than the file holds
            station.households.create(HouseholdInput(address=f"5-2-{room}", head=big.head, notes=big.notes))
    assert "disk refused to save" in str(exc.value) and "Nothing was saved" in str(exc.value)
    created = station.households.count() - 1  # those saved before the disk filled up
    assert station.audit.count() == entries + created, "no household without its audit entry, nor the reverse"
    assert "5-2-340" not in station.households.address_index()
    assert station.audit.verify().ok
    conn = sqlite3.connect(station.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


@pytest.mark.sqlite_only
def test_storage_error_reaches_the_command_line_as_one_line(station: Station, db_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    original = engine_module._make_engine

    def read_only_engine(path: Path, *, immediate: bool):
        eng = original(path, immediate=immediate)
        if immediate:
            event.listen(eng, "connect", lambda c, r: c.execute("PRAGMA query_only = 1"))
        return eng

    monkeypatch.setattr(engine_module, "_make_engine", read_only_engine)
    code = main(["--db", str(db_path), "--operator", COORDINATOR, "--pin", PIN, "volunteer", "add", "孙大爷"])
    err = capsys.readouterr().err
    assert code == StorageError.exit_code and "disk refused to save" in err and "Traceback" not in err
