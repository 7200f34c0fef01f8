"""Where SQLite and PostgreSQL differ, one construct that compiles to each.

Code outside ``db/`` writes SQLAlchemy Core or ORM and uses these helpers for the few things the two
databases spell differently; it never writes a dialect's own function or placeholder. See the
README's "Portable SQL" list for the idioms to avoid.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Integer, String, case, func, literal, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement
from sqlalchemy.types import TypeEngine


class _Spelled(FunctionElement[Any]):
    """A function each database spells its own way. ``sqlite`` and ``postgresql`` are templates:
    ``{args}`` stands for the whole compiled argument list, ``{0}``, ``{1}`` ... for one argument each."""

    inherit_cache = True
    sqlite: ClassVar[str]
    postgresql: ClassVar[str]


def _spell(template: str, element: _Spelled, compiler: Any, kw: dict[str, Any]) -> str:
    if "{args}" in template:
        return template.format(args=compiler.process(element.clauses, **kw))
    return template.format(*(compiler.process(c, **kw) for c in element.clauses))


@compiles(_Spelled)  # applies to every subclass
def _spelled_sqlite(element: _Spelled, compiler: Any, **kw: Any) -> str:
    return _spell(element.sqlite, element, compiler, kw)


@compiles(_Spelled, "postgresql")
def _spelled_pg(element: _Spelled, compiler: Any, **kw: Any) -> str:
    return _spell(element.postgresql, element, compiler, kw)


class group_concat(_Spelled):  # lower case: reads like the SQL function it stands for
    """``group_concat(expr, sep)`` (SQLite) / ``string_agg(expr::text, sep)`` (PostgreSQL).

    The order of the parts is unspecified on both; sort them in Python where it matters.
    """

    type: TypeEngine[Any] = String()
    inherit_cache = True
    name = "group_concat"
    sqlite = "group_concat({args})"
    postgresql = "string_agg(CAST({0} AS TEXT), {1})"


class position(_Spelled):
    """1-based position of ``needle`` in ``haystack``, 0 if absent: ``instr`` / ``strpos``."""

    type: TypeEngine[Any] = Integer()
    inherit_cache = True
    name = "instr"
    sqlite, postgresql = "instr({args})", "strpos({args})"


def contains(haystack: Any, needle: Any) -> ColumnElement[bool]:
    """``needle`` occurs in ``haystack`` (plain text, no LIKE wildcards)."""
    return position(haystack, needle) > 0


def count_if(condition: Any) -> ColumnElement[int]:
    """How many rows meet ``condition``: ``sum(CASE WHEN … THEN 1 ELSE 0 END)`` (``sum(bool)`` is
    SQLite-only). Returns 0, not NULL, over no rows only when wrapped in ``coalesce``."""
    return func.sum(case((condition, 1), else_=0))


def if_then(condition: Any, then: Any, otherwise: Any) -> ColumnElement[Any]:
    """``CASE WHEN condition THEN then ELSE otherwise END`` (not SQLite's ``iif``)."""
    return case((condition, then), else_=otherwise)


class month_of(_Spelled):
    """The month (1-12) of a date or datetime column, as an integer."""

    type: TypeEngine[Any] = Integer()
    inherit_cache = True
    name = "month_of"
    sqlite = "CAST(strftime('%m', {args}) AS INTEGER)"
    postgresql = "CAST(EXTRACT(MONTH FROM {args}) AS INTEGER)"


class year_of(_Spelled):
    """The year of a date or datetime column, as an integer."""

    type: TypeEngine[Any] = Integer()
    inherit_cache = True
    name = "year_of"
    sqlite = "CAST(strftime('%Y', {args}) AS INTEGER)"
    postgresql = "CAST(EXTRACT(YEAR FROM {args}) AS INTEGER)"


def _sqlite_path(keys: tuple[Any, ...]) -> str:
    path = "$"
    for k in keys:
        path += f"[{k}]" if isinstance(k, int) else f".{k}"
    return path


def _pg_path(keys: tuple[Any, ...]) -> str:
    return "{" + ",".join(str(k) for k in keys) + "}"


class _JsonAt(_Spelled):
    """Base: a JSON text column and a path inside it, the path bound as a parameter for each dialect.

    The templates' ``{0}`` is the column, ``{1}`` SQLite's path and ``{2}`` PostgreSQL's.
    """

    type: TypeEngine[Any] = String()
    inherit_cache = True

    def __init__(self, column: Any, *keys: Any):
        super().__init__(column, literal(_sqlite_path(keys), String()), literal(_pg_path(keys), String()))


class json_path(_JsonAt):
    """The JSON text at ``keys`` inside a JSON text column (an array index as an int), or NULL.

    ``json_path(col, "created", "rows", 3)`` is ``$.created.rows[3]`` on SQLite and
    ``#> '{created,rows,3}'`` on PostgreSQL; decode the result with ``json.loads`` on both.
    """

    name = "json_path"
    inherit_cache = True
    # json_extract gives SQL values for scalars; json_quote turns them back into JSON text.
    sqlite = ("CASE WHEN json_type({0}, {1}) IN ('object', 'array') THEN json_extract({0}, {1}) "
              "ELSE json_quote(json_extract({0}, {1})) END")
    postgresql = "CAST(CAST({0} AS JSONB) #> CAST({2} AS TEXT[]) AS TEXT)"


class json_length_in_place(_JsonAt):
    """A JSON text column with the array at ``keys`` replaced by its length (to show a summary of a
    huge list without decoding it)."""

    name = "json_length_in_place"
    inherit_cache = True
    sqlite = "json_replace({0}, {1}, json_array_length({0}, {1}))"
    postgresql = ("CAST(jsonb_set(CAST({0} AS JSONB), CAST({2} AS TEXT[]), "
                  "to_jsonb(jsonb_array_length(CAST({0} AS JSONB) #> CAST({2} AS TEXT[])))) AS TEXT)")


def restart_id_sequences(conn: Any, tables: list[str] | None = None) -> None:
    """After rows were inserted with explicit ids (a copy, the demo), move each table's id sequence
    past the largest id, so that the next insert gets a fresh id from the database.

    SQLite needs nothing (its rowid follows max(id)); on PostgreSQL the ``serial`` sequence does not.
    """
    if conn.dialect.name != "postgresql":
        return
    if tables is None:
        tables = list(conn.exec_driver_sql(
            "SELECT c.table_name FROM information_schema.columns c "
            "WHERE c.table_schema = current_schema() AND c.column_name = 'id' "
            "AND c.column_default LIKE 'nextval(%%'").scalars())
    for table in tables:
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if seq:
            conn.execute(text(f'SELECT setval(:seq, coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'),
                         {"seq": seq})


def bytewise_text_columns(conn: Any) -> None:
    """Make every text column of the station compare byte by byte (``COLLATE "C"``), as in SQLite.

    A server's default collation (zh_CN ICU, say) sorts "7-901" after "7-1-101" and Chinese names
    by pinyin; the app's sort keys, and what each test and printout expects, are SQLite's order.
    Run after each upgrade, so tables added by any later migration are covered too. No-op on SQLite.
    """
    if conn.dialect.name != "postgresql":
        return
    rows = conn.exec_driver_sql(
        "SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) "
        "FROM information_schema.columns c "
        "JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass "
        "AND a.attname = c.column_name "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "AND t.table_type = 'BASE TABLE' "
        "WHERE c.table_schema = current_schema() AND c.data_type IN ('character varying', 'text', 'character') "
        "AND coalesce(c.collation_name, '') <> 'C' AND c.table_name <> 'alembic_version'").all()
    for table, column, type_ in rows:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {type_} COLLATE "C"')


def insert_rows(conn: Any, table: str, columns: tuple[str, ...] | list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows of plain values straight through the driver (100,000 rows: SQLAlchemy's
    per-row parameter processing cost more than the database's own insert).

    SQLite: one ``executemany`` with ``?`` placeholders. PostgreSQL: ``COPY … FROM STDIN``. Values
    must already be what the column stores (text for SQLite's datetimes, see ``stored_value``).
    """
    if not rows:
        return
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        with conn.connection.driver_connection.cursor() as cur:
            with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})", rows)


def stored_value(conn: Any, column: Any, value: Any) -> Any:
    """``value`` as ``insert_rows`` must pass it for ``column`` (its bind processing, done once)."""
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(value) if process else value


def insert_numbered(conn: Any, table: Any, columns: tuple[str, ...] | list[str],
                    rows: list[tuple[Any, ...]]) -> int:
    """Insert rows that must take consecutive ids (an import lists "households 1-802" in one audit
    entry); returns the first id. Run inside a write transaction (which holds the station's lock).

    SQLite numbers new rows max(id) + 1 in order. On PostgreSQL the ids are drawn from the table's
    sequence (never from max(id)); under the station's write lock no one else draws at the same time.

    Raises:
        RuntimeError: the ids did not come out consecutive (another program wrote meanwhile).
    """
    id_col = table.c.id
    if conn.dialect.name == "postgresql":
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar_one()
        ids = list(conn.execute(text("SELECT nextval(:s) FROM generate_series(1, :n)"),
                                {"s": seq, "n": len(rows)}).scalars()) if rows else []
        if ids and ids[-1] - ids[0] != len(ids) - 1:
            raise RuntimeError("ids not consecutive")
        insert_rows(conn, table.name, ("id", *columns), [(i, *r) for i, r in zip(ids, rows)])
        return ids[0] if ids else 1
    first_id: int = conn.execute(select(func.coalesce(func.max(id_col), 0))).scalar_one() + 1
    if rows:
        insert_rows(conn, table.name, columns, rows)
        # SQLite gives each new row max(id) + 1, and under BEGIN IMMEDIATE no one else inserts:
        # the rows above took first_id, first_id + 1, ... in order.
        last = conn.execute(select(func.max(id_col))).scalar_one()
        if last != first_id + len(rows) - 1:
            raise RuntimeError("ids not consecutive")
    return first_id


_NAMED = re.compile(r"(?<![:\w]):(\w+)")


def driver_rows(conn: Any, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Rows of a ``:name``-parameter query, fetched through the driver's own cursor in the
    connection's transaction (SQLAlchemy's row objects cost more than a 100,000-row aggregate).

    Values come back as each driver gives them: SQLite's dates as ISO text, PostgreSQL's as
    ``date``; read them with ``as_date``.
    """
    raw = conn.connection.dbapi_connection
    if conn.dialect.name == "postgresql":
        cur = raw.cursor()
        try:
            cur.execute(_NAMED.sub(r"%(\1)s", sql.replace("%", "%%")), params)
            rows: list[tuple[Any, ...]] = cur.fetchall()
            return rows
        finally:
            cur.close()
    fetched: list[tuple[Any, ...]] = raw.execute(sql, params).fetchall()
    return fetched


def as_date(value: Any) -> Any:
    """A date read through ``driver_rows``: ISO text (SQLite) or already a ``date`` (PostgreSQL)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(value)


def as_datetime(value: Any) -> Any:
    """A date-time read through raw SQL: ISO text (SQLite) or already a ``datetime`` (PostgreSQL)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def true_sql(conn: Any) -> str:
    """The literal for "true" in hand-written SQL: ``1`` on SQLite (what its partial indexes say),
    ``true`` on PostgreSQL (where a boolean never equals an integer)."""
    return "true" if conn.dialect.name == "postgresql" else "1"


__all__ = ["driver_rows", "as_date", "as_datetime", "true_sql", "insert_rows", "stored_value", "insert_numbered", "group_concat", "position", "contains", "count_if", "if_then", "month_of", "year_of", "json_path",
           "json_length_in_place", "restart_id_sequences", "bytewise_text_columns", "literal"]
