"""loose ends: station address and meeting place, a visit's void and its revisions, a drive's closing

Revision ID: 0012_loose_ends
Revises: 0007_merge_domains
Create Date: 2026-11-30 13:00:00
"""
from typing import Any, Sequence, Union

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0012_loose_ends"
down_revision: Union[str, Sequence[str], None] = "0007_merge_domains"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("station_settings") as batch:
        batch.add_column(_text("address"))
        batch.add_column(_text("place"))
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("voided_at", sa.DateTime(), nullable=True))
        batch.add_column(_text("voided_by"))
        batch.add_column(_text("void_reason"))
    with op.batch_alter_table("fund_drive") as batch:
        batch.add_column(_text("closed_by"))
        batch.add_column(_text("close_note"))
    op.create_table(
        "visit_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("before", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("revised_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("revised_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_visit_revision_visit_id", "visit_revision", ["visit_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_visit_revision_visit_id", table_name="visit_revision")
    op.drop_table("visit_revision")
    with op.batch_alter_table("fund_drive") as batch:
        batch.drop_column("close_note")
        batch.drop_column("closed_by")
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("void_reason")
        batch.drop_column("voided_by")
        batch.drop_column("voided_at")
    with op.batch_alter_table("station_settings") as batch:
        batch.drop_column("place")
        batch.drop_column("address")
