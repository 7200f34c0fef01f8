"""Opening, migrating and backing up the station file.

One SQLite file per station, in WAL mode with foreign keys on and a busy timeout. Writes go through
``Database.write()``, which opens the transaction with ``BEGIN IMMEDIATE`` so that two windows (or the
app and the command line) queue for the write lock instead of failing half-way; reads use
``Database.read()`` and never block a writer.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import ast
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.sql.base import Executable
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

import mutual_aid_desk.db.tables  # noqa: F401 - registers every table in SQLModel.metadata
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseFileError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 10
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(path: Path | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if path is not None:
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def _make_engine(path: Path, *, immediate: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # We issue BEGIN ourselves (below); the driver must not start transactions on its own.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def translate_operational_error(exc: OperationalError | sqlite3.OperationalError) -> Exception:
    """Turn SQLite's terse errors into ones a volunteer can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP("Errors", "The station file is busy: another window or command is saving. "
                              "Wait a moment and try again.")
        )
    if "disk" in text and ("full" in text or "i/o" in text) or "readonly" in text or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "The disk refused to save (it may be full, read-only or removed). "
                              "Nothing was saved; free some space or choose another folder, then save again.")
        )
    return exc


class Database:
    """An open station file: two engines on it (writes, reads) and one transaction helper.

    ``on_busy``, when set (the window sets it), is asked what to do when the write lock is not
    free within the busy timeout, given the seconds waited so far: True tries again, False gives up with ``DatabaseBusy`` (marked
    ``told``: the person was already asked), None gives up without having asked anyone. The
    command line leaves it unset and simply waits ``BUSY_TIMEOUT_MS``.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.busy_timeout_ms = BUSY_TIMEOUT_MS
        self.on_busy: Callable[[float], bool | None] | None = None
        self.write_engine = _make_engine(self.path, immediate=True)
        self.read_engine = _make_engine(self.path, immediate=False)
        for engine in (self.write_engine, self.read_engine):
            event.listen(engine, "connect", self._set_busy_timeout)

    def _set_busy_timeout(self, dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # After _make_engine's own PRAGMA, so that set_busy_timeout wins on every new connection.
        if self.busy_timeout_ms != BUSY_TIMEOUT_MS:
            dbapi_conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")

    def set_busy_timeout(self, ms: int) -> None:
        """Wait at most ``ms`` for another writer from now on (the window: about a second)."""
        self.busy_timeout_ms = int(ms)
        for engine in (self.write_engine, self.read_engine):
            engine.dispose()  # pooled connections carry the old PRAGMA; new ones read the new value

    def _locked_session(self) -> Session:
        """A session that already holds the write lock (BEGIN IMMEDIATE), asking ``on_busy`` to retry."""
        started = time.monotonic()
        while True:
            session = Session(self.write_engine, expire_on_commit=False)
            try:
                session.connection()  # BEGIN IMMEDIATE: take the write lock before any work is done
                return session
            except OperationalError as exc:
                session.close()
                mapped = translate_operational_error(exc)
                if not isinstance(mapped, DatabaseBusy) or self.on_busy is None:
                    if mapped is exc:
                        raise
                    raise mapped from exc
                answer = self.on_busy(time.monotonic() - started)
                if answer:
                    continue
                if answer is False:  # None: nobody could be asked (a background task)
                    mapped.told = True  # type: ignore[attr-defined]
                raise mapped from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error, nothing half-written."""
        session = self._locked_session() if self.on_busy is not None else Session(self.write_engine,
                                                                                  expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            mapped = translate_operational_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session on a consistent snapshot."""
        session = Session(self.read_engine, expire_on_commit=False)
        try:
            yield session
        except OperationalError as exc:
            mapped = translate_operational_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        finally:
            # close() ends the read transaction and detaches objects without expiring them,
            # so what was read stays usable after the session is gone.
            session.close()

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()

    def backup(self, dest: Path | None = None) -> Path:
        """Copy the file with SQLite's online backup API; by default into ``backups/``."""
        return backup_file(self.path, dest)


# --- checks before opening -------------------------------------------------------------------


def first_column(conn: Connection, stmt: Executable) -> list[Any]:
    """The first column of every row of a Core statement, fetched through the driver directly.

    For long single-column lists (the ids of 100,000 households in address order): SQLAlchemy's
    per-row result processing cost three times SQLite's own work. The statement is compiled
    by SQLAlchemy as usual, so its parameters are bound, never pasted in.
    """
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    positional = tuple(params[name] for name in compiled.positiontup or ())
    cursor = conn.connection.driver_connection.execute(str(compiled), positional)  # type: ignore[union-attr]
    return [row[0] for row in cursor.fetchall()]


def folder_problem(path: Path, exc: Exception) -> StorageError | None:
    """A StorageError naming the folder when SQLite failed because of the folder, not the file.

    SQLite keeps its journal (``-wal``, ``-shm``) beside the station file, so a read-only folder
    (a write-protected USB stick, a shared folder without write access) fails even a read with
    "attempt to write a readonly database" or "unable to open database file": that is the
    folder's problem (exit 8), not a damaged file to restore from a backup.
    """
    text = str(exc).lower()
    folder = Path(path).parent
    if ("readonly" in text or "read-only" in text or "unable to open" in text
            or not os.access(folder, os.W_OK)):
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be written to (read-only, or no permission), and the "
                              "station file needs to keep its journal beside it. Copy the file to a folder you can "
                              "write to, or ask for write access; the file itself is fine."),
            folder=str(folder))
    return None


def check_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database or fails ``quick_check``, touching nothing."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseFileError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if header and header != SQLITE_MAGIC:
        raise DatabaseFileError(f"{path} is not a Mutual-Aid Desk station file (not a SQLite database).")
    if not header:
        return  # an empty file is treated as a new database
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        folder = folder_problem(path, exc)
        if folder is not None:
            raise folder from exc
        raise DatabaseFileError(f"{path} is damaged and cannot be opened ({exc}). Restore a backup.") from exc
    if rows != [("ok",)]:
        raise DatabaseFileError(
            f"{path} is damaged: SQLite's integrity check reports {rows[0][0]!r}. Restore a backup."
        )


@lru_cache(maxsize=1)
def known_revisions() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision this app knows, the head revisions), read from the migration files.

    The files are read as literals rather than through Alembic, whose import costs start-up time
    on every open; Alembic itself is loaded only when a file needs upgrading.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target = node.target if isinstance(node, ast.AnnAssign) else (
                node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value is not None:
                values[target.id] = ast.literal_eval(node.value)
        if isinstance(values.get("revision"), str):
            revisions.add(values["revision"])  # type: ignore[arg-type]
            down = values.get("down_revision")
            parents.update([down] if isinstance(down, str) else (down or ()))  # type: ignore[arg-type]
    return frozenset(revisions), frozenset(revisions - parents)


def schema_state(path: Path) -> tuple[set[str], set[str]]:
    """(revisions recorded in the file, head revisions this version of the app knows)."""
    known, heads = known_revisions()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        current = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")} if has_table else set()
        other_tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
    finally:
        conn.close()
    if not current and other_tables:
        raise DatabaseFileError(f"{path} is a SQLite database, but not a Mutual-Aid Desk station file.")
    unknown = current - known
    if unknown:
        raise DatabaseFileError(
            f"{path} was written by a newer version of Mutual-Aid Desk (schema {', '.join(sorted(unknown))}). "
            "Install the newer version to open it; this file was not changed."
        )
    return current, set(heads)


def upgrade(path: Path) -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    cfg = alembic_config(path)
    try:
        command.upgrade(cfg, "heads")
    except CommandError as exc:  # pragma: no cover - defensive: schema_state checks first
        raise DatabaseFileError(f"Cannot upgrade {path}: {exc}") from exc


def open_database(path: Path, *, create: bool = False, backup_on_open: bool = False) -> Database:
    """Open (or with ``create``, make) a station file, upgrading an older schema after a backup.

    Raises:
        DatabaseFileError: the file is missing, not a database, damaged, or from a newer app.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseFileError(
            f"No station file at {path}. Create one with 'mutual-aid-desk --db {path} init --station NAME'."
        )
    if exists:
        check_file(path)
        try:
            current, heads = schema_state(path)
            if current != heads:
                if current:
                    backup_file(path, reason="before-upgrade")
                upgrade(path)
            elif backup_on_open:
                backup_file(path)
        except (OperationalError, sqlite3.OperationalError) as exc:
            folder = folder_problem(path, exc)
            if folder is not None:
                raise folder from exc
            raise
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot create the folder {path.parent}: {exc.strerror}") from exc
        try:
            upgrade(path)
        except OperationalError as exc:
            raise translate_operational_error(exc) from exc
    return Database(path)


# --- backups -----------------------------------------------------------------------------------


def backups_dir(path: Path) -> Path:
    return Path(path).parent / "backups"


def list_backups(path: Path) -> list[Path]:
    """Backups of this station file, newest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    stem = Path(path).stem
    return sorted(folder.glob(f"{stem}-*.sqlite3"), key=lambda p: p.name, reverse=True)


def backup_file(path: Path, dest: Path | None = None, *, reason: str = "") -> Path:
    """Copy a live station file safely (other writers may be active) and keep the last ten."""
    path = Path(path)
    rotate = dest is None
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        suffix = f"-{reason}" if reason else ""
        dest = backups_dir(path) / f"{path.stem}-{stamp}{suffix}.sqlite3"
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"{path.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.sqlite3"
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tmp = dest.with_name(dest.name + ".part")
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        tmp.replace(dest)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES):
            raise StorageError(f"Cannot write the backup {dest}: {exc.strerror}") from exc
        raise
    except sqlite3.OperationalError as exc:
        mapped = translate_operational_error(exc)
        raise (mapped if mapped is not exc else StorageError(f"Cannot write the backup {dest}: {exc}")) from exc
    if rotate:
        for old in list_backups(path)[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)
    return dest
