"""audit trail is append-only: the database itself refuses UPDATE and DELETE on audit_entry

The application never changes an entry; these triggers make a stray tool or script that tries
fail loudly too. Someone who drops them can still edit rows, which is what the hash chain and
``audit verify`` are for.

Revision ID: 0002_audit_append_only
Revises: 0001_foundation
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0002_audit_append_only'
down_revision: Union[str, Sequence[str], None] = '0001_foundation'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MESSAGE = "the audit trail is append-only: entries are never changed or deleted"


def upgrade() -> None:
    op.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )
    op.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
