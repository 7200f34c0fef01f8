"""The station file: WAL and friends, migrations up and refused, damaged files left alone, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.engine import BACKUPS_KEPT, alembic_config, backup_file, list_backups, open_database
from mutual_aid_desk.errors import DatabaseFileError


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def new_file(path: Path) -> Path:
    Station.open(path, create=True).close()
    return path


def revisions_in(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def add_tag_raw(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO tag (name) VALUES (?)", (name,))
    conn.close()


# --- connection settings ---------------------------------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize("engine", ["write_engine", "read_engine"])
def test_wal_foreign_keys_and_busy_timeout(db_path: Path, engine: str) -> None:
    db = open_database(db_path, create=True)
    try:
        with getattr(db, engine).connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        db.dispose()
    # WAL is a property of the file: any other program opening it sees it too.
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_foreign_keys_are_enforced(station: Station) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with station._db.write() as session:
            session.connection().exec_driver_sql("INSERT INTO household_tag (household_id, tag_id) VALUES (999, 999)")


@pytest.mark.sqlite_only
def test_a_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "station.sqlite3"
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    assert "init" in str(caught.value)
    assert not path.exists()


# --- migrations --------------------------------------------------------------------------------------


def test_every_revision_chain_starts_from_one_base() -> None:
    assert script().get_bases() == ["0001_foundation"]


@pytest.mark.sqlite_only
def test_a_new_file_is_at_every_head(db_path: Path) -> None:
    new_file(db_path)
    assert revisions_in(db_path) == set(script().get_heads())
    assert list_backups(db_path) == []  # nothing to back up in a new file


@pytest.mark.sqlite_only
def test_an_older_file_is_backed_up_then_upgraded(db_path: Path) -> None:
    scripts = script()
    (oldest,) = scripts.get_bases()
    heads = set(scripts.get_heads())
    if heads == {oldest}:
        pytest.skip("only one revision exists: nothing to upgrade from yet")
    command.upgrade(alembic_config(db_path), oldest)
    add_tag_raw(db_path, "独居老人")  # data written by the older app
    assert revisions_in(db_path) == {oldest}
    old_bytes = db_path.read_bytes()

    station = Station.open(db_path)
    try:
        assert revisions_in(db_path) == heads
        assert station.settings.tags() == ["独居老人"]
    finally:
        station.close()

    (backup,) = list_backups(db_path)
    assert "before-upgrade" in backup.name
    assert revisions_in(backup) == {oldest}  # the backup is the file as the older app left it
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT name FROM tag").fetchall() == [("独居老人",)]
    conn.close()
    assert len(old_bytes) > 0
    # Opening again finds nothing to upgrade and takes no second upgrade backup.
    Station.open(db_path).close()
    assert len(list_backups(db_path)) == 1


@pytest.mark.sqlite_only
def test_a_file_from_a_newer_app_is_refused_and_left_unchanged(db_path: Path) -> None:
    new_file(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')")
    conn.close()
    before = fingerprint(db_path)
    time.sleep(0.01)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(db_path, backup_on_open=True)
    message = str(caught.value)
    assert "newer version" in message and "9999_from_the_future" in message
    assert "\n" not in message
    assert fingerprint(db_path) == before
    assert list_backups(db_path) == []


@pytest.mark.sqlite_only
def test_a_newer_file_is_refused_even_when_its_only_revision_is_unknown(db_path: Path) -> None:
    new_file(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')")
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(DatabaseFileError, match="newer version"):
        open_database(db_path)
    assert fingerprint(db_path) == before


# --- files that are not station files ---------------------------------------------------------------


def refuse_untouched(path: Path) -> str:
    before = fingerprint(path)
    siblings = set(path.parent.iterdir())
    time.sleep(0.01)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path, backup_on_open=True)
    assert fingerprint(path) == before
    assert set(path.parent.iterdir()) == siblings  # no backup, no -wal or -shm left beside it
    return str(caught.value)


@pytest.mark.sqlite_only
def test_a_text_file_is_refused_and_untouched(db_path: Path) -> None:
    db_path.write_text("地址,户主\n5-2-301,张晓明\n", encoding="utf-8")
    message = refuse_untouched(db_path)
    assert "not a SQLite database" in message


@pytest.mark.sqlite_only
def test_a_random_binary_file_is_refused_and_untouched(db_path: Path) -> None:
    db_path.write_bytes(os.urandom(8192))
    assert "not a SQLite database" in refuse_untouched(db_path)


@pytest.mark.sqlite_only
def test_another_programs_sqlite_database_is_refused_and_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    assert "not a Mutual-Aid Desk station file" in refuse_untouched(db_path)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A real station file of a few hundred kilobytes, closed and checkpointed."""
    path = tmp_path / "filled.sqlite3"
    new_file(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO tag (name) VALUES (?)", [(f"标签{n:04d}" + "x" * 200,) for n in range(2000)])
    conn.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.mark.sqlite_only
def test_a_truncated_database_is_refused_and_untouched(filled: Path) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2])
    assert "damaged" in refuse_untouched(filled)


@pytest.mark.sqlite_only
def test_a_database_with_garbled_pages_is_refused_and_untouched(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(3, len(data) // page, 2):
        data[number * page + 8: number * page + 400] = os.urandom(392)
    filled.write_bytes(bytes(data))
    assert "damaged" in refuse_untouched(filled)


@pytest.mark.sqlite_only
def test_a_database_with_one_wiped_page_is_refused_and_untouched(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[5 * page: 6 * page] = b"\xff" * page
    filled.write_bytes(bytes(data))
    assert "damaged" in refuse_untouched(filled)


# --- backups ----------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_opening_takes_a_backup_through_the_online_api(db_path: Path) -> None:
    new_file(db_path)
    # Another program is writing: its change sits in the WAL, not yet in the main file, so a plain
    # copy of the file would miss it. The online backup API sees it.
    writer = sqlite3.connect(db_path, isolation_level=None)
    assert writer.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO tag (name) VALUES ('只在WAL里')")
    try:
        plain_copy = db_path.with_name("copy.sqlite3")
        shutil.copyfile(db_path, plain_copy)
        conn = sqlite3.connect(plain_copy)
        assert conn.execute("SELECT name FROM tag").fetchall() == []  # what a plain file copy keeps
        conn.close()
        db = open_database(db_path, backup_on_open=True)
        db.dispose()
        (backup,) = list_backups(db_path)
        assert backup.parent == db_path.parent / "backups"
        conn = sqlite3.connect(backup)
        assert conn.execute("SELECT name FROM tag").fetchall() == [("只在WAL里",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
    finally:
        writer.close()


@pytest.mark.sqlite_only
def test_only_the_last_ten_backups_are_kept(db_path: Path) -> None:
    new_file(db_path)
    made = []
    for n in range(BACKUPS_KEPT + 3):
        add_tag_raw(db_path, f"第{n}次")
        open_database(db_path, backup_on_open=True).dispose()
        made.append(list_backups(db_path)[0])
    kept = list_backups(db_path)
    assert BACKUPS_KEPT == 10
    assert len(kept) == 10
    assert kept == sorted(made[-10:], reverse=True)  # newest first, the three oldest gone
    assert not any(p.exists() for p in made[:3])
    conn = sqlite3.connect(kept[0])
    assert conn.execute("SELECT count(*) FROM tag").fetchone() == (BACKUPS_KEPT + 3,)
    conn.close()
    assert not list((db_path.parent / "backups").glob("*.part"))


@pytest.mark.sqlite_only
def test_backup_to_a_chosen_file_or_folder(db_path: Path, tmp_path: Path) -> None:
    new_file(db_path)
    add_tag_raw(db_path, "低保")
    to_file = backup_file(db_path, tmp_path / "usb" / "copy.sqlite3")
    assert to_file == tmp_path / "usb" / "copy.sqlite3"
    folder = tmp_path / "folder"
    folder.mkdir()
    to_folder = backup_file(db_path, folder)
    assert to_folder.parent == folder and to_folder.suffix == ".sqlite3"
    for copy in (to_file, to_folder):
        station = Station.open(copy)
        assert station.settings.tags() == ["低保"]
        station.close()
    assert list_backups(db_path) == []  # a chosen destination is not part of the rotation
