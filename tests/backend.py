"""Which database the suite runs on: station files (the default) or a PostgreSQL server.

With ``MUTUAL_AID_DESK_TEST_DB=postgresql://user@host:port/postgres`` (``.ci/pg`` sets it) every
``db_path`` is a fresh database on that server, cloned from a migrated template in a fraction of a
second, and dropped after the test. Tests that only make sense for a file carry
``@pytest.mark.sqlite_only`` and are skipped there. Tests use these helpers, not ``sqlite3`` or
``psycopg``, when they must reach under the app (to tamper with a row, say), so they run on both.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path
from typing import Any

TEST_DB_ENV = "MUTUAL_AID_DESK_TEST_DB"
SERVER_URL = os.environ.get(TEST_DB_ENV, "")
ON_SERVER = bool(SERVER_URL)
BACKEND = "postgresql" if ON_SERVER else "sqlite"

_counter = itertools.count(1)
_templates: dict[str, str] = {}


def _admin() -> Any:
    import psycopg

    return psycopg.connect(SERVER_URL, autocommit=True)


def _url_for(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)


def _name_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).database or ""


def create_database(template: str | None = None) -> str:
    """A new, empty server database (or a copy of ``template``, a database URL); returns its URL."""
    name = f"mad_{os.getpid()}_{next(_counter)}"
    source = _name_of(template) if template else _empty_template()
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    return _url_for(name)


def _empty_template() -> str:
    """A database with the whole schema and no data, made once per run (migrations take seconds)."""
    if "empty" not in _templates:
        from mutual_aid_desk.db.engine import upgrade

        name = f"mad_{os.getpid()}_schema"
        with _admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        upgrade(_url_for(name))
        _templates["empty"] = name
    return _templates["empty"]


def drop_database(url: str) -> None:
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{_name_of(url)}" WITH (FORCE)')


_dropping: list[str] = []


def drop_database_later(url: str, keep: int = 3) -> None:
    """Drop a test's database a few tests later: a widget's timer may still fire into it while the
    next test runs (a station file simply stays in its tmp_path)."""
    _dropping.append(url)
    while len(_dropping) > keep:
        drop_database(_dropping.pop(0))


def drop_all() -> None:
    """Drop every database this test process made (the templates too)."""
    prefix = f"mad_{os.getpid()}_"
    with _admin() as conn:
        names = [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                            (prefix.replace("_", r"\_") + "%",))]
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_target(tmp_path: Path, name: str = "station.sqlite3") -> Path | str:
    """Where a test's station lives: ``tmp_path / name``, or a new database on the server."""
    return create_database() if ON_SERVER else tmp_path / name


def clone(source: Path | str, dest: Path | str) -> None:
    """Copy a closed station byte for byte (a file) or as a template (a server database)."""
    if ON_SERVER:
        with _admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{_name_of(str(dest))}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{_name_of(str(dest))}" TEMPLATE "{_name_of(str(source))}"')
    else:
        shutil.copyfile(source, dest)


def _for_driver(sql: str, params: tuple[Any, ...] | list[Any]) -> str:
    """With ``params``, ``?`` placeholders (SQLite's) as psycopg's ``%s`` (such SQL holds no other
    ``?`` or ``%``); without, the SQL as it is."""
    return sql.replace("?", "%s") if ON_SERVER and params else sql


def raw_execute(target: Path | str, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> None:
    """Run SQL straight on the database, behind the app's back (tests of the database's own guards).

    ``params`` fill ``?`` placeholders, on either backend. Raises the driver's own error
    (``sqlite3.DatabaseError`` or ``psycopg.Error``).
    """
    if ON_SERVER:
        import psycopg

        with psycopg.connect(str(target), autocommit=True) as conn:
            conn.execute(_for_driver(sql, params), tuple(params) or None)
        return
    import sqlite3

    raw = sqlite3.connect(target)
    try:
        raw.execute(sql, tuple(params))
        raw.commit()
    finally:
        raw.close()


def raw_errors() -> tuple[type[BaseException], ...]:
    """The driver's error classes, for ``pytest.raises`` around ``raw_execute``."""
    if ON_SERVER:
        import psycopg

        return (psycopg.Error,)
    import sqlite3

    return (sqlite3.DatabaseError,)


def raw_query(target: Path | str, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
    """Rows of a query run straight on the database (``params`` fill ``?`` placeholders)."""
    if ON_SERVER:
        import psycopg

        with psycopg.connect(str(target), autocommit=True) as conn:
            return [tuple(r) for r in conn.execute(_for_driver(sql, params), tuple(params) or None).fetchall()]
    import sqlite3

    raw = sqlite3.connect(target)
    try:
        return raw.execute(sql, tuple(params)).fetchall()
    finally:
        raw.close()


def drop_guard(target: Path | str, name: str) -> None:
    """Drop one append-only guard trigger (``audit_entry_no_update``, ``fund_ledger_no_delete``...)."""
    table = name.rsplit("_no_", 1)[0]
    raw_execute(target, f"DROP TRIGGER {name} ON {table}" if ON_SERVER else f"DROP TRIGGER {name}")


def restore_guard(target: Path | str, name: str) -> None:
    """Put a dropped guard trigger back, as a careful forger would after an edit.

    On PostgreSQL the trigger calls the table's ``<table>_append_only()`` function (migrations 0002
    and 0008), which dropping the trigger leaves in place.
    """
    table, event = name.rsplit("_no_", 1)
    if ON_SERVER:
        raw_execute(target, f"CREATE TRIGGER {name} BEFORE {event.upper()} ON {table} "
                            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()")
    else:
        raw_execute(target, f"CREATE TRIGGER {name} BEFORE {event.upper()} ON {table} "
                            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def drop_audit_guards(target: Path | str) -> None:
    """What someone with a database tool could do before editing the trail: drop its triggers."""
    drop_guard(target, "audit_entry_no_update")
    drop_guard(target, "audit_entry_no_delete")


def hold_write_lock(target: Path | str) -> Any:
    """Another desk in the middle of a write: holds the station's write lock until ``rollback()``
    or ``close()`` (``BEGIN IMMEDIATE`` on a file, the advisory transaction lock on a server)."""
    if ON_SERVER:
        import psycopg

        from mutual_aid_desk.db.engine import WRITE_LOCK_KEY

        holder = psycopg.connect(str(target))
        holder.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        return holder
    import sqlite3

    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def schema(station: Any, table: str | None = None) -> tuple[set[str], set[str]]:
    """Table names and index names (of ``table``, or of every table) of an open station, read with
    SQLAlchemy's inspector, so schema tests check the migrations on either backend."""
    from sqlalchemy import inspect

    inspector = inspect(station._db.read_engine)
    tables = set(inspector.get_table_names())
    indexes = {ix["name"] for t in ([table] if table else tables) for ix in inspector.get_indexes(t)}
    return tables, indexes
