"""The station file: SQLite engine, tables and Alembic migrations. No Qt here."""
