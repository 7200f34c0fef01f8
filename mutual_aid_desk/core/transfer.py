"""Moving a whole station between backends: a file to a server database, a server to a file.

``copy_station`` reads the source in one snapshot and writes the destination in one transaction,
table by table in foreign-key order, through SQLAlchemy Core (so each backend stores its own types:
SQLite's text dates, PostgreSQL's timestamps). It refuses a destination that already holds anything,
checks the audit chain before and after, and checks that every table arrived whole. On a server,
``backup`` is such a copy into a new station file: any desk can read it, and ``restore`` (or the
从备份恢复 dialog) copies it back, so backups need no server tools.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlmodel import SQLModel

from mutual_aid_desk.core.audit import VerifyResult, verify_chain
from mutual_aid_desk.db.engine import (
    BACKUPS_KEPT,
    Database,
    backup_file,
    backup_stem,
    backups_dir,
    describe_target,
    list_backups,
    open_database,
    station_is_empty,
)
from mutual_aid_desk.db.portable import restart_id_sequences
from mutual_aid_desk.errors import DatabaseFileError, StorageError
from mutual_aid_desk.paths import is_server, station_target

BATCH = 5000


@dataclass(frozen=True)
class CopyResult:
    """What was copied: rows per table, and the audit chain as verified on both sides."""

    source: str
    dest: str
    counts: dict[str, int]
    audit: VerifyResult

    def message(self) -> str:
        rows = sum(self.counts.values())
        return (f"copied {describe_target(self.source)} to {describe_target(self.dest)}: {rows} rows in "
                f"{len(self.counts)} tables; audit chain intact on both sides ({self.audit.count} entries)")


def _tables() -> list[Any]:
    return [t for t in SQLModel.metadata.sorted_tables]


def _counts(session: Any) -> dict[str, int]:
    conn = session.connection()
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in _tables()}


def _tail(session: Any) -> tuple[int, str]:
    row = session.connection().execute(text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
    return (int(row[0]), str(row[1])) if row else (0, "")


def copy_between(src: Database, dst: Database, *, replace: bool = False) -> CopyResult:
    """Copy every row of ``src`` into ``dst`` (both open, same schema) in one destination transaction.

    Args:
        replace: empty the destination first, in the same transaction (a restore into a server);
            otherwise a destination holding any row is refused.

    Raises:
        DatabaseFileError: the source's audit chain is broken, the destination is not empty, or the
            copy does not match the source afterwards (then nothing was written).
    """
    with src.read() as rs:
        checked = verify_chain(rs)
        if not checked.ok:
            raise DatabaseFileError(f"{describe_target(src.path)}: not copied, {checked.message()}.")
        source_counts = _counts(rs)
        source_tail = _tail(rs)
        with dst.write() as ws:
            conn = ws.connection()
            if replace:
                _empty(conn)
            elif any(_counts(ws).values()):
                raise DatabaseFileError(
                    f"{describe_target(dst.path)} already holds a station; copy never overwrites one. "
                    "Choose a new file or an empty database.")
            read = rs.connection()
            for table in _tables():
                order = list(table.primary_key.columns) or list(table.columns)
                result = read.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
                for part in result.partitions(BATCH):
                    conn.execute(insert(table), [dict(r._mapping) for r in part])
            restart_id_sequences(conn)
            copied = _counts(ws)
            if copied != source_counts or _tail(ws) != source_tail:
                raise DatabaseFileError(f"The copy to {describe_target(dst.path)} does not match its source; "
                                        "nothing was written.")
            verified = verify_chain(ws)
            if not verified.ok or verified.count != checked.count:
                raise DatabaseFileError(f"The copy's audit chain does not verify ({verified.message()}); "
                                        "nothing was written.")
    return CopyResult(str(src.path), str(dst.path), copied, verified)


def _empty(conn: Any) -> None:
    """Remove every row (a restore into a server database). TRUNCATE, not DELETE: the audit trail's
    triggers refuse row deletes, and the restored trail replaces this one whole (kept as a backup)."""
    names = ", ".join(f'"{t.name}"' for t in _tables())
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY")
    else:  # pragma: no cover - a file is restored with SQLite's backup API (core.restore)
        raise DatabaseFileError("A station file is restored with its own backup, not emptied.")


def copy_station(source: str | Path, dest: str | Path) -> CopyResult:
    """``mutual-aid-desk copy SOURCE DEST``: a whole station between any two backends.

    Raises:
        DatabaseFileError: no station at SOURCE, DEST is not empty, or a chain does not verify.
    """
    source_t, dest_t = station_target(source), station_target(dest)
    if describe_target(source_t) == describe_target(dest_t):
        raise DatabaseFileError("SOURCE and DEST are the same station.")
    if not station_is_empty(dest_t) or (not is_server(dest_t) and Path(dest_t).exists()
                                        and Path(dest_t).stat().st_size > 0):
        raise DatabaseFileError(
            f"{describe_target(dest_t)} already holds a station; copy never overwrites one. "
            "Choose a new file or an empty database.")
    src = open_station(source_t)
    new_file = None if is_server(dest_t) else Path(dest_t)
    try:
        with src.read() as rs:
            checked = verify_chain(rs)
        if not checked.ok:  # before anything is created at DEST
            raise DatabaseFileError(f"{describe_target(source_t)}: not copied, {checked.message()}.")
        dst = open_station(dest_t, create=True)
        try:
            return copy_between(src, dst)
        finally:
            dst.dispose()
    except BaseException:
        if new_file is not None:  # a half-made file is no station: remove it
            for suffix in ("", "-wal", "-shm"):
                Path(str(new_file) + suffix).unlink(missing_ok=True)
        raise
    finally:
        src.dispose()


def open_station(target: Path | str, *, create: bool = False, backup_on_open: bool = False) -> Database:
    """``open_database``, keeping a server station's contents as a station file before its schema is
    upgraded, as a file's are."""
    return open_database(target, create=create, backup_on_open=backup_on_open, before_server_upgrade=backup_server)


def backup_server(db: Database, dest: Path | None = None) -> Path:
    """A server station copied into a new station file (by default in ``backups/``, last ten kept)."""
    rotate = dest is None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"{backup_stem(db.path)}-{stamp}.sqlite3"
    if dest is None:
        dest = backups_dir(db.path) / name
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / name
    if dest.exists():
        raise StorageError(f"{dest} already exists; a backup never overwrites a file.")
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        out = open_station(tmp, create=True)
        try:
            copy_between(db, out)
        finally:
            out.dispose()
        tmp.replace(dest)
    except OSError as exc:
        raise StorageError(f"Cannot write the backup {dest}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    if rotate:
        for old in list_backups(db.path)[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)
    return dest


def restore_into_server(target: str, backup_path: Path) -> None:
    """Replace a server station's contents with a backup file's, in one transaction.

    The backup is read from a scratch copy (upgraded there if it is older), never changed itself.
    """
    with tempfile.TemporaryDirectory(prefix="mad-restore-") as scratch:
        copy = backup_file(Path(backup_path), Path(scratch) / "restore.sqlite3")
        src = open_station(copy)
        dst = open_station(target)
        try:
            copy_between(src, dst, replace=True)
        finally:
            dst.dispose()
            src.dispose()
