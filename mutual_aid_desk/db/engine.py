"""Opening, migrating and backing up the station: a SQLite file, or a database on a PostgreSQL server.

One SQLite file per station, in WAL mode with foreign keys on and a busy timeout. Writes go through
``Database.write()``, which opens the transaction with ``BEGIN IMMEDIATE`` so that two windows (or the
app and the command line) queue for the write lock instead of failing half-way; reads use
``Database.read()`` and never block a writer.

On a server (``postgresql://user@host/station``) one station is one database. Every write takes the
station's advisory transaction lock first (the same queue as ``BEGIN IMMEDIATE``, waiting at most
``BUSY_TIMEOUT_MS``), reads run in one REPEATABLE READ snapshot, errors are mapped by SQLSTATE, and a
desk holds at most two connections (one for writes, one for reads).
"""

from __future__ import annotations

import ast
import errno
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, TimeoutError as PoolTimeout
from sqlalchemy.pool import NullPool
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement
from sqlmodel import Session

import mutual_aid_desk.db.tables  # noqa: F401  # registers every table in SQLModel.metadata
from mutual_aid_desk.db.portable import bytewise_text_columns
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseFileError, StorageError
from mutual_aid_desk.paths import APP_NAME, describe_station, is_server, station_target

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 10
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


#: Where a station lives: a file (``Path``) or a server database (a ``postgresql://`` URL as ``str``).
Target = Path | str
#: Copies a server station into a station file (``core.transfer.backup_server``: it checks the audit
#: chain, which the core owns); ``open_database`` calls it before upgrading a server's older schema.
ServerBackup = Callable[["Database"], object]
#: The advisory lock key every write of a station takes (advisory locks are per database, so one
#: key serves every station on a server). "MADW" in ASCII.
WRITE_LOCK_KEY = 0x4D414457




def sqlalchemy_url(target: Target) -> str:
    """The SQLAlchemy URL for a target (psycopg 3 for a server)."""
    if is_server(target):
        rest = str(target).split("://", 1)[1]
        return f"postgresql+psycopg://{rest}"
    return f"sqlite:///{target}"


def describe_target(target: Target) -> str:
    """A target as a person reads it: the file's path, or ``postgresql://user@host:port/db`` (no password)."""
    return describe_station(target)


def server_database_name(target: str) -> str:
    return make_url(target).database or ""


def alembic_config(path: Target | None = None) -> Config:
    from alembic.config import Config  # lazy, as in upgrade: Alembic is needed only to upgrade a file

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if path is not None:
        # configparser interpolates %; a URL may hold %-escapes in its password
        cfg.set_main_option("sqlalchemy.url", sqlalchemy_url(path).replace("%", "%%"))
    return cfg


def _make_server_engine(url: str, *, immediate: bool) -> Engine:
    """Engines on a server: one connection each, so a desk holds at most two.

    The write engine takes the station's advisory lock at the start of every transaction; the read
    engine gives each read one REPEATABLE READ, read-only snapshot.
    """
    engine = create_engine(
        # A second writer in the same desk (a worker thread) queues for the one write connection as
        # it would for the lock: 5 s, then "busy". Reads wait longer: they never fail for a writer.
        sqlalchemy_url(url), pool_size=1, max_overflow=0,
        pool_timeout=BUSY_TIMEOUT_MS / 1000 if immediate else BUSY_TIMEOUT_MS / 1000 * 6,
        pool_pre_ping=True, connect_args={"connect_timeout": 10, "application_name": "mutual-aid-desk"},
        **({} if immediate else {"isolation_level": "REPEATABLE READ"}),
    )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if immediate:
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(getattr(engine, 'busy_timeout_ms', BUSY_TIMEOUT_MS))}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        else:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")

    return engine


def _make_engine(path: Target, *, immediate: bool) -> Engine:
    if is_server(path):
        return _make_server_engine(str(path), immediate=immediate)
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
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


#: SQLSTATE classes and codes a person can act on (PostgreSQL appendix A).
_BUSY_STATES = ("55P03", "40001", "40P01", "57014")  # lock not available, serialization, deadlock, timeout
_STORAGE_STATES = ("53100", "53000", "58030", "25006")  # disk full, resources, I/O error, read-only
_UNREACHABLE_CLASSES = ("08", "57P", "28", "3D")  # connection, shutdown, auth, no such database


def sqlstate(exc: BaseException) -> str:
    """The SQLSTATE of a server error (``""`` for SQLite or a non-database error)."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or ""


def translate_operational_error(exc: Exception) -> Exception:
    """Turn the database's terse errors into ones a volunteer can act on.

    A server's errors are recognised by SQLSTATE; SQLite's only by their text.
    """
    state = sqlstate(exc)
    if state:
        return _translate_sqlstate(exc, state)
    if not isinstance(exc, (OperationalError, sqlite3.OperationalError)):
        return exc
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


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP("Errors", "The station file is busy: another window or command is saving. "
                          "Wait a moment and try again.")
    )


def _translate_sqlstate(exc: Exception, state: str) -> Exception:
    if state in _BUSY_STATES:
        return _busy()
    if state in _STORAGE_STATES:
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "The disk refused to save (it may be full, read-only or removed). "
                              "Nothing was saved; free some space or choose another folder, then save again.")
        )
    if state.startswith(_UNREACHABLE_CLASSES):
        return DatabaseFileError(f"Cannot use the station database on the server: {getattr(exc, 'orig', exc)}")
    return exc


class Database:
    """An open station (file or server database): two engines on it (writes, reads) and one
    transaction helper.

    ``on_busy``, when set (the window sets it), is asked what to do when the write lock is not
    free within the busy timeout, given the seconds waited so far: True tries again, False gives up
    with ``DatabaseBusy`` (marked ``told``: the person was already asked), None (nobody could be
    asked, e.g. off the window's thread) keeps trying until ``BUSY_TIMEOUT_MS`` have passed in all,
    as the command line would wait, then gives up. The command line leaves it unset and simply
    waits ``BUSY_TIMEOUT_MS``.
    """

    def __init__(self, path: Target):
        self.path: Target = station_target(path)
        self.server = is_server(self.path)
        self.busy_timeout_ms = BUSY_TIMEOUT_MS
        self.on_busy: Callable[[float], bool | None] | None = None
        self.write_engine = _make_engine(self.path, immediate=True)
        self.read_engine = _make_engine(self.path, immediate=False)
        if not self.server:
            for engine in (self.write_engine, self.read_engine):
                event.listen(engine, "connect", self._set_busy_timeout)

    def _set_busy_timeout(self, dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # After _make_engine's own PRAGMA, so that set_busy_timeout wins on every new connection.
        if self.busy_timeout_ms != BUSY_TIMEOUT_MS:
            dbapi_conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")

    def set_busy_timeout(self, ms: int) -> None:
        """Wait at most ``ms`` for another writer from now on (the window: about a second)."""
        self.busy_timeout_ms = int(ms)
        if self.server:  # the advisory lock's wait is set at the start of each write (_make_server_engine)
            self.write_engine.busy_timeout_ms = self.busy_timeout_ms  # type: ignore[attr-defined]  # read back by the begin hook
            return
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
            except (DBAPIError, PoolTimeout) as exc:
                session.close()
                mapped = _busy() if isinstance(exc, PoolTimeout) else translate_operational_error(exc)
                if not isinstance(mapped, DatabaseBusy) or self.on_busy is None:
                    if mapped is exc:
                        raise
                    raise mapped from exc
                waited = time.monotonic() - started
                answer = self.on_busy(waited)
                if answer or (answer is None and waited < BUSY_TIMEOUT_MS / 1000):
                    continue
                if answer is False:  # None: nobody could be asked (a background task)
                    mapped.told = True  # type: ignore[attr-defined]  # read by ui.messages (getattr); DatabaseBusy does not declare it
                raise mapped from exc

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.write_engine.dialect.name

    def describe(self) -> str:
        """Which database this is, as the window's title and status bar show it."""
        return describe_target(self.path)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error, nothing half-written."""
        session = self._locked_session() if self.on_busy is not None else Session(self.write_engine,
                                                                                  expire_on_commit=False)
        try:
            yield session
            session.commit()
        except PoolTimeout as exc:  # this desk's other window or worker holds the write connection
            session.rollback()
            raise _busy() from exc
        except DBAPIError as exc:
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
        except DBAPIError as exc:
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

# --- checks before opening -------------------------------------------------------------------


def first_column(conn: Connection, stmt: ClauseElement) -> list[Any]:
    """The first column of every row of a Core statement, fetched through the driver directly.

    For long single-column lists (the ids of 100,000 households in address order): SQLAlchemy's
    per-row result processing cost three times SQLite's own work. The statement is compiled
    by SQLAlchemy as usual, so its parameters are bound, never pasted in.
    """
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    assert isinstance(compiled, SQLCompiler), "a statement compiles to SQL"
    params = compiled.construct_params()
    if compiled.positional:
        bound: Any = tuple(params[name] for name in compiled.positiontup or ())
    else:
        bound = params
    driver = conn.connection.driver_connection
    assert driver is not None, "a checked-out connection has its driver's connection"
    cursor = driver.execute(str(compiled), bound)
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
        target: ast.expr
        value: ast.expr | None
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value is not None:
                values[target.id] = ast.literal_eval(value)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            revisions.add(revision)
            parents.update([down] if isinstance(down, str) else down if isinstance(down, (tuple, list)) else ())
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


def server_schema_state(target: str) -> tuple[set[str], set[str], bool]:
    """(revisions recorded in the server database, head revisions, whether it holds station data).

    Raises:
        DatabaseFileError: the server cannot be reached, or the database is another program's or
            from a newer version of the app.
    """
    known, heads = known_revisions()
    engine = create_engine(sqlalchemy_url(target), poolclass=NullPool, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            tables = set(conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
            current = set(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()) \
                if "alembic_version" in tables else set()
            has_data = False
            if "station_settings" in tables:
                has_data = conn.exec_driver_sql(
                    "SELECT EXISTS (SELECT 1 FROM station_settings) OR EXISTS (SELECT 1 FROM audit_entry)"
                ).scalar_one()
    except DBAPIError as exc:
        mapped = translate_operational_error(exc)
        if mapped is exc:
            raise DatabaseFileError(f"Cannot open {describe_target(target)}: {exc.orig}") from exc
        raise mapped from exc
    finally:
        engine.dispose()
    if not current and tables:
        raise DatabaseFileError(
            f"{describe_target(target)} holds tables, but is not a Mutual-Aid Desk station database.")
    unknown = current - known
    if unknown:
        raise DatabaseFileError(
            f"{describe_target(target)} was written by a newer version of Mutual-Aid Desk "
            f"(schema {', '.join(sorted(unknown))}). Install the newer version to open it; nothing was changed."
        )
    return current, set(heads), has_data


def station_is_empty(target: Target) -> bool:
    """True where a new station may be built: no file (or an empty one), or a server database
    that holds no station data yet."""
    if is_server(target):
        return not server_schema_state(str(target))[2]
    path = Path(target)
    return not (path.exists() and path.stat().st_size > 0)


def upgrade(path: Target) -> None:
    from alembic import command  # lazy: Alembic costs start-up time and is needed only to upgrade a file
    from alembic.util.exc import CommandError

    cfg = alembic_config(path)
    try:
        command.upgrade(cfg, "heads")
    except CommandError as exc:  # pragma: no cover - defensive: schema_state checks first
        raise DatabaseFileError(f"Cannot upgrade {path}: {exc}") from exc
    if is_server(path):
        engine = create_engine(sqlalchemy_url(path), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                bytewise_text_columns(conn)
        finally:
            engine.dispose()


def _open_server(target: str, *, create: bool, before_upgrade: ServerBackup | None) -> Database:
    current, heads, has_data = server_schema_state(target)
    if not current and not create:
        raise DatabaseFileError(
            f"No station in {describe_target(target)}. Create one with "
            f"'mutual-aid-desk --db {describe_target(target)} init --station NAME', or copy one there with "
            f"'mutual-aid-desk copy FILE {describe_target(target)}'.")
    if current != heads:
        if current and has_data and before_upgrade is not None:
            before_upgrade(Database(target))  # a station file of the old contents, as before a file upgrade
        try:
            upgrade(target)
        except DBAPIError as exc:
            raise translate_operational_error(exc) from exc
    # No copy on every open (``backup_on_open``): three desks opening a 100,000-household station
    # each morning would copy it three times; a server station is backed up with ``Station.backup``.
    return Database(target)


def open_database(path: Target, *, create: bool = False, backup_on_open: bool = False,
                  before_server_upgrade: ServerBackup | None = None) -> Database:
    """Open (or with ``create``, make) a station file or server database, upgrading an older schema
    after a backup (on a server, the one ``before_server_upgrade`` makes: the core opens stations
    through ``core.transfer.open_station``, which passes it).

    Raises:
        DatabaseFileError: the file is missing, not a database, damaged, or from a newer app.
    """
    if is_server(path):
        return _open_server(str(path), create=create, before_upgrade=before_server_upgrade)
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


def backups_dir(path: Target) -> Path:
    """``backups/`` beside a station file; for a server station, in the user's data folder."""
    if is_server(path):
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"
    return Path(path).parent / "backups"


def backup_stem(path: Target) -> str:
    """The name a station's backups start with: the file's stem, or the server database's name."""
    return server_database_name(str(path)) if is_server(path) else Path(path).stem


def list_backups(path: Target) -> list[Path]:
    """Backups of this station, newest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    stem = backup_stem(path)
    return sorted(folder.glob(f"{stem}-*.sqlite3"), key=lambda p: p.name, reverse=True)


def copy_sqlite(source: Path, dest: Path, *, timeout: float = 5.0) -> None:
    """Copy a station file into ``dest`` with SQLite's online backup API: a consistent copy even
    while another window writes. ``timeout`` is how long to wait for ``dest``'s lock, in seconds."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(dest, timeout=timeout)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


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
        tmp = dest.with_name(dest.name + ".part")
        copy_sqlite(path, tmp)
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
