"""Alembic environment: runs against the station file named in the config, in batch mode for SQLite."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import mutual_aid_desk.db.tables  # noqa: F401  # fills SQLModel.metadata for autogenerate

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("the Alembic config names no sqlalchemy.url (db.engine sets it before upgrading)")
    engine = create_engine(url)
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        context.run_migrations()
    engine.dispose()


run_migrations_online()
