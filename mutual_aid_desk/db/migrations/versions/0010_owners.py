"""owners: each flat's registered owner (产权人, 产权人编号); late ballots accepted with a reason

The headcount of a vote counts owners, not flats (法释〔2009〕7号 Art. 9): flats sharing a
non-empty ``owner_id`` are one owner. ``ballot.late_reason`` is the coordinator's recorded reason
for accepting a ballot dated after the vote's closing day (empty for a ballot on time).

Revision ID: 0010_owners
Revises: 0007_merge_domains
Create Date: 2026-11-30 13:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0010_owners'
down_revision: Union[str, Sequence[str], None] = '0007_merge_domains'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.add_column('household', sa.Column('owner', _S(), nullable=False, server_default=''))
    op.add_column('household', sa.Column('owner_id', _S(), nullable=False, server_default=''))
    op.create_index('ix_household_owner_id', 'household', ['owner_id'], unique=False)
    op.add_column('ballot', sa.Column('late_reason', _S(), nullable=False, server_default=''))
    op.create_index('ix_ballot_late', 'ballot', ['vote_id', 'late_reason'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ballot', schema=None) as b:
        b.drop_index('ix_ballot_late')
        b.drop_column('late_reason')
    with op.batch_alter_table('household', schema=None) as b:
        b.drop_index('ix_household_owner_id')
        b.drop_column('owner_id')
        b.drop_column('owner')
