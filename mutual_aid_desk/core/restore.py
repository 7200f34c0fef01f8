"""Restoring the station file from a backup, without ever making things worse.

The order matters: the chosen backup is checked with SQLite's full ``integrity_check`` (and must be
a station file this app can open) before anything is touched; then the current file is itself kept
as a backup; only then is the backup copied over it. The copy uses SQLite's online backup API into
the live file, in one write transaction, so a crash half-way leaves the old contents, never a mix,
and a stale ``-wal`` file can never be replayed over the restored data.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mutual_aid_desk.core.audit import append_entry
from mutual_aid_desk.core.operators import Operator
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.transfer import backup_server, open_station, restore_into_server
from mutual_aid_desk.db.engine import (
    BUSY_TIMEOUT_MS,
    backup_file,
    backups_dir,
    check_file,
    copy_sqlite,
    list_backups,
    schema_state,
)
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseFileError, StorageError
from mutual_aid_desk.paths import is_server, station_target

#: Tables whose counts a person recognises, in the order shown; others are summed as "other records".
COUNTED = ("household", "volunteer", "audit_entry")
PROBLEM_NOT_STATION = QT_TRANSLATE_NOOP("Errors", "not a Mutual-Aid Desk station file")
PROBLEM_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "cannot be read: damaged, or not a database")
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?(?:-([a-z-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the Restore dialog lists it."""

    path: Path
    taken_at: datetime
    reason: str  # "" (a routine backup), "before-upgrade", "before-restore"
    size: int
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows
    station_name: str = ""
    problem: str = ""  # why it cannot be restored, if it cannot

    @property
    def households(self) -> int:
        return self.counts.get("household", 0)

    @property
    def volunteers(self) -> int:
        return self.counts.get("volunteer", 0)

    @property
    def audit_entries(self) -> int:
        return self.counts.get("audit_entry", 0)

    @property
    def other_records(self) -> int:
        return sum(n for t, n in self.counts.items() if t not in COUNTED)

    @property
    def usable(self) -> bool:
        return not self.problem


def _taken_at(path: Path) -> tuple[datetime, str]:
    m = _STAMP.search(path.name)
    if m:
        try:
            return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2) or ""
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0), ""


def describe(path: Path) -> BackupInfo:
    """Date, size and record counts of a backup file; a damaged one is described, not raised."""
    path = Path(path)
    taken_at, reason = _taken_at(path)
    counts: dict[str, int] = {}
    name = ""
    problem = ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name")]
            for t in tables:
                counts[t] = conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            if "household" in tables:
                counts["household"] = conn.execute(
                    "SELECT count(*) FROM household WHERE archived_at IS NULL").fetchone()[0]
            if "station_settings" in tables:
                row = conn.execute("SELECT name FROM station_settings WHERE id = 1").fetchone()
                name = row[0] if row else ""
        finally:
            conn.close()
        if "household" not in counts:
            problem = PROBLEM_NOT_STATION
    except sqlite3.DatabaseError:
        problem = PROBLEM_UNREADABLE
    return BackupInfo(path, taken_at, reason, path.stat().st_size, counts, name, problem)


def available_backups(station_path: Path | str) -> list[BackupInfo]:
    """The backups kept beside the station file, newest first, each with its record counts.

    It reads the backups only, never the station itself: a damaged station file lists them too.
    """
    return [describe(p) for p in list_backups(station_target(station_path))]


def backups_folder(station_path: Path | str) -> Path:
    """Where a station's backups are kept: ``backups/`` beside the file, or for a server station
    in the user's data folder."""
    return backups_dir(station_target(station_path))


def integrity_check(path: Path) -> None:
    """SQLite's full ``integrity_check`` (slower and stricter than the quick check on open).

    Raises:
        DatabaseFileError: not a database, unreadable, or damaged; says what SQLite found.
    """
    check_file(path)  # header and quick check; also refuses a non-SQLite file
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP("Errors", "The backup {file} is damaged ({reason}); choose another one."),
            file=Path(path).name, reason=str(exc)) from exc
    if rows != ["ok"]:
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP("Errors", "The backup {file} is damaged ({reason}); choose another one."),
            file=Path(path).name, reason="; ".join(rows[:3]))


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_current_as: Path | None
    info: BackupInfo


def restore_backup(station_path: Path | str, backup_path: Path | str, *,
                   operator: Operator | None = None) -> RestoreResult:
    """Replace the station file's contents with a backup's, keeping the current file first.

    Args:
        station_path: the station file to restore into (it may be open in this process: the
            copy goes through SQLite, and other connections see the restored data).
        backup_path: the backup chosen; checked before anything is touched.
        operator: who is restoring; when given, they must be a coordinator, and the restore is
            noted in the restored file's audit trail. ``Station.restore`` always gives one; none
            is given only for a file nobody can sign in to (missing or damaged).

    Raises:
        PermissionDenied: ``operator`` is not a coordinator.
        DatabaseFileError: the backup is damaged, not a station file, or from a newer app.
        StorageError: the current file could not be kept, or the disk refused the copy.
    """
    if operator is not None:
        operator.require(Permission.MANAGE_STATION)
    if is_server(station_path):
        return _restore_server(str(station_path), Path(backup_path), operator)
    station_path, backup_path = Path(station_path), Path(backup_path)
    if station_path.exists() and backup_path.resolve() == station_path.resolve():
        raise DatabaseFileError(QT_TRANSLATE_NOOP("Errors", "That is the station file itself, not a backup."))
    # 1. Check the backup: full integrity check, and a schema this app knows (older is fine).
    info = _check_backup(backup_path)
    # 2. Keep the current file, if there is one; a file SQLite cannot read is kept byte for byte.
    kept: Path | None = None
    damaged = False
    if station_path.exists() and station_path.stat().st_size > 0:
        try:
            kept = backup_file(station_path, reason="before-restore")
        except sqlite3.DatabaseError:
            kept, damaged = _copy_damaged(station_path), True
    # 3. Copy the backup in: into the live file through SQLite (one transaction), or, when the
    #    current file is not a database any more, as a whole new file moved into place.
    try:
        if damaged or not station_path.exists():
            _replace_whole(backup_path, station_path)
        else:
            try:
                copy_sqlite(backup_path, station_path, timeout=BUSY_TIMEOUT_MS / 1000)
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError:
                if kept is None:
                    raise
                _replace_whole(backup_path, station_path)
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseBusy(QT_TRANSLATE_NOOP(
                "Errors", "The station file is busy: another window or command is saving. Wait a moment and try again.")) from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the station file {file}: {reason}. Nothing was restored."),
            file=str(station_path), reason=str(exc)) from exc
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the station file {file}: {reason}. Nothing was restored."),
            file=str(station_path), reason=exc.strerror or str(exc)) from exc
    if operator is not None:
        _note_restore(station_path, backup_path, kept, operator)
    return RestoreResult(backup_path, kept, info)


def _check_backup(backup_path: Path) -> BackupInfo:
    """What a backup holds; refused when it is damaged, not a station file, or from a newer app."""
    integrity_check(backup_path)
    info = describe(backup_path)
    if info.problem:
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Mutual-Aid Desk station file; nothing was changed."),
            file=backup_path.name)
    schema_state(backup_path)  # raises for a file from a newer version of the app
    return info


def _restore_server(target: str, backup_path: Path, operator: Operator | None) -> RestoreResult:
    """The same steps for a station on a server: check the file, keep the current contents as a
    station file, then replace them in one transaction (``core.transfer``)."""
    info = _check_backup(backup_path)
    db = open_station(target)
    try:
        kept = backup_server(db, None)
        kept = kept.with_name(kept.name)  # the routine name; "before-restore" is said below
        marked = kept.with_name(kept.name.replace(".sqlite3", "-before-restore.sqlite3"))
        kept.replace(marked)
    finally:
        db.dispose()
    restore_into_server(target, backup_path)
    if operator is not None:
        _note_restore(target, backup_path, marked, operator)
    return RestoreResult(backup_path, marked, info)


def _replace_whole(backup_path: Path, station_path: Path) -> None:
    """Write the backup beside the station file, then move it into place (atomic on one disk).

    The old ``-wal`` and ``-shm`` belong to the damaged file and must not be replayed over the
    restored one, so they go (the damaged file itself was kept first).
    """
    tmp = station_path.with_name(station_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    copy_sqlite(backup_path, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(station_path) + suffix).unlink(missing_ok=True)
    tmp.replace(station_path)


def _copy_damaged(station_path: Path) -> Path:
    """Keep a file SQLite cannot read byte for byte, so that nothing is ever thrown away."""
    dest = backups_dir(station_path) / (
        f"{station_path.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}-before-restore-damaged.sqlite3")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(station_path, dest)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot keep a copy of the current file ({reason}); nothing was restored."),
            reason=exc.strerror or str(exc)) from exc
    return dest


def _note_restore(station_path: Path | str, backup_path: Path, kept: Path | None, operator: Operator) -> None:
    """Append 'restored from …' to the restored file's own trail (after upgrading it if older)."""
    db = open_station(station_path)
    try:
        with db.write() as s:
            append_entry(s, operator.name, "station", 1, "restore", None,
                         {"from": backup_path.name, "kept_current_as": kept.name if kept else None})
    finally:
        db.dispose()

