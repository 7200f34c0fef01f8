"""votes: plans, sections, items, ballots, answers, ballot history and double-entry keyings

Revision ID: 0004_votes
Revises: 0001_foundation
Create Date: 2026-11-21 13:20:00
"""
from typing import Any, Sequence, Union

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0004_votes'
down_revision: Union[str, Sequence[str], None] = '0001_foundation'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_S = sqlmodel.sql.sqltypes.AutoString


def _versioned() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', _S(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('vote',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', _S(), nullable=False),
    sa.Column('description', _S(), nullable=False),
    sa.Column('matter', _S(), nullable=False),
    sa.Column('thresholds', _S(), nullable=False),
    sa.Column('buildings', _S(), nullable=False),
    sa.Column('opens', sa.Date(), nullable=True),
    sa.Column('closes', sa.Date(), nullable=True),
    sa.Column('status', _S(), nullable=False),
    sa.Column('double_entry', sa.Boolean(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', _S(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vote', schema=None) as b:
        b.create_index(b.f('ix_vote_status'), ['status'], unique=False)

    op.create_table('vote_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', _S(), nullable=False),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vote_section', schema=None) as b:
        b.create_index(b.f('ix_vote_section_vote_id'), ['vote_id'], unique=False)

    op.create_table('vote_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', _S(), nullable=False),
    sa.Column('title', _S(), nullable=False),
    sa.Column('kind', _S(), nullable=False),
    sa.Column('scope', _S(), nullable=False),
    sa.Column('options', _S(), nullable=False),
    sa.Column('max_picks', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['section_id'], ['vote_section.id'], ),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('vote_id', 'key', name='ux_vote_item_key')
    )
    with op.batch_alter_table('vote_item', schema=None) as b:
        b.create_index(b.f('ix_vote_item_section_id'), ['section_id'], unique=False)
        b.create_index(b.f('ix_vote_item_vote_id'), ['vote_id'], unique=False)

    op.create_table('ballot',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('channel', _S(), nullable=False),
    sa.Column('cast_on', sa.Date(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('note', _S(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('vote_id', 'household_id', name='ux_ballot_vote_household')
    )
    with op.batch_alter_table('ballot', schema=None) as b:
        b.create_index(b.f('ix_ballot_household_id'), ['household_id'], unique=False)
        b.create_index(b.f('ix_ballot_vote_id'), ['vote_id'], unique=False)

    op.create_table('ballot_answer',
    sa.Column('ballot_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ballot_id'], ['ballot.id'], ),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.ForeignKeyConstraint(['item_id'], ['vote_item.id'], ),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ),
    sa.PrimaryKeyConstraint('ballot_id', 'item_id', 'value')
    )
    with op.batch_alter_table('ballot_answer', schema=None) as b:
        b.create_index('ix_ballot_answer_tally', ['vote_id', 'item_id', 'value', 'household_id'], unique=False)
        b.create_index(b.f('ix_ballot_answer_household_id'), ['household_id'], unique=False)
        b.create_index(b.f('ix_ballot_answer_item_id'), ['item_id'], unique=False)
        b.create_index(b.f('ix_ballot_answer_vote_id'), ['vote_id'], unique=False)

    op.create_table('ballot_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ballot_id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('channel', _S(), nullable=False),
    sa.Column('cast_on', sa.Date(), nullable=True),
    sa.Column('answers', _S(), nullable=False),
    sa.Column('entered_by', _S(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('note', _S(), nullable=False),
    sa.ForeignKeyConstraint(['ballot_id'], ['ballot.id'], ),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ballot_revision', schema=None) as b:
        b.create_index(b.f('ix_ballot_revision_ballot_id'), ['ballot_id'], unique=False)
        b.create_index(b.f('ix_ballot_revision_household_id'), ['household_id'], unique=False)
        b.create_index(b.f('ix_ballot_revision_vote_id'), ['vote_id'], unique=False)

    op.create_table('ballot_keying',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('operator', _S(), nullable=False),
    sa.Column('channel', _S(), nullable=False),
    sa.Column('cast_on', sa.Date(), nullable=True),
    sa.Column('answers', _S(), nullable=False),
    sa.Column('keyed_at', sa.DateTime(), nullable=False),
    sa.Column('reconciled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ballot_keying', schema=None) as b:
        b.create_index(b.f('ix_ballot_keying_household_id'), ['household_id'], unique=False)
        b.create_index(b.f('ix_ballot_keying_vote_id'), ['vote_id'], unique=False)


def downgrade() -> None:
    for table in ('ballot_keying', 'ballot_revision', 'ballot_answer', 'ballot', 'vote_item', 'vote_section',
                  'vote'):
        op.drop_table(table)
