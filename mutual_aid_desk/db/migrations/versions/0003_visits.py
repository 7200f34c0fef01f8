"""visits: door-to-door visits, their volunteers, consultations

Revision ID: 0003_visits
Revises: 0001_foundation
Create Date: 2026-11-21 13:20:00
"""
from typing import Any, Sequence, Union

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0003_visits'
down_revision: Union[str, Sequence[str], None] = '0001_foundation'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _versioned() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('visit',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('visited_at', sa.DateTime(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('follow_up_done_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visited_at'), ['visited_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_follow_up'), ['follow_up'], unique=False)
        batch_op.create_index('ix_visit_household_when', ['household_id', 'visited_at'], unique=False)
        batch_op.create_index('ix_visit_follow_up_open', ['follow_up_done_at', 'follow_up'], unique=False)

    op.create_table('visit_volunteer',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('visit_id', 'volunteer_id')
    )
    with op.batch_alter_table('visit_volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_volunteer_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('consultation',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('person_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('person_phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asked_at', sa.DateTime(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('advice', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('handled_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('referred_to', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_asked_at'), ['asked_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_handled_by'), ['handled_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_follow_up'), ['follow_up'], unique=False)
        batch_op.create_index('ix_consultation_household_when', ['household_id', 'asked_at'], unique=False)
        batch_op.create_index('ix_consultation_due', ['status', 'follow_up'], unique=False)


def downgrade() -> None:
    op.drop_table('consultation')
    op.drop_table('visit_volunteer')
    op.drop_table('visit')
