"""problems: the problem ledger and its history, stairwell sheets and their marks, night patrols

``problem_event`` is append-only: the database refuses UPDATE and DELETE on it (a trigger on
SQLite, a trigger function on PostgreSQL), as it does for the audit trail.

Revision ID: 0011_problems
Revises: 0007_merge_domains
Create Date: 2026-11-30 13:00:00
"""
from typing import Any, Sequence, Union

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0011_problems'
down_revision: Union[str, Sequence[str], None] = '0007_merge_domains'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MESSAGE = "the history of a problem is append-only: steps are never changed or deleted"


def _versioned() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    ]


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False)


def upgrade() -> None:
    op.create_table('problem',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    _text('where_kind'), _text('where_text'),
    sa.Column('household_id', sa.Integer(), nullable=True),
    _text('building'), _text('unit'), _text('category'), _text('text'), _text('raised_by'), _text('source'),
    sa.Column('source_id', sa.Integer(), nullable=True),
    _text('handed_to'), _text('handed_kind'), _text('status'), _text('note'),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index('ix_problem_due', ['status', 'follow_up'], unique=False)
        batch_op.create_index('ix_problem_stairwell', ['building', 'unit'], unique=False)
        for column in ('household_id', 'category', 'source', 'status', 'opened_on', 'closed_on'):
            batch_op.create_index(batch_op.f(f'ix_problem_{column}'), [column], unique=False)

    op.create_table('problem_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    _text('by'), _text('action'), _text('status'), _text('note'),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('problem_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_event_problem_id'), ['problem_id'], unique=False)

    op.create_table('stairwell_sheet',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    _text('building'), _text('unit'), _text('month'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('building', 'unit', 'month', name='ux_stairwell_sheet_month')
    )
    with op.batch_alter_table('stairwell_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stairwell_sheet_month'), ['month'], unique=False)

    op.create_table('sheet_mark',
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    _text('check_name'),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sheet_id'], ['stairwell_sheet.id'], ),
    sa.PrimaryKeyConstraint('sheet_id', 'day', 'check_name')
    )

    op.create_table('patrol_shift',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    _text('route'), _text('volunteers'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('patrol_shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_shift_day'), ['day'], unique=False)

    op.create_table('patrol',
    *_versioned(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    _text('start'), _text('end'), _text('route'), _text('checks'), _text('findings'),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('patrol', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_day'), ['day'], unique=False)

    op.create_table('patrol_volunteer',
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['patrol_id'], ['patrol.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('patrol_id', 'volunteer_id')
    )
    with op.batch_alter_table('patrol_volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_volunteer_volunteer_id'), ['volunteer_id'], unique=False)

    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            "CREATE OR REPLACE FUNCTION problem_event_append_only() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{MESSAGE}'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER problem_event_append_only BEFORE UPDATE OR DELETE ON problem_event "
            "FOR EACH ROW EXECUTE FUNCTION problem_event_append_only()"
        )
    else:
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS problem_event_no_update BEFORE UPDATE ON problem_event "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS problem_event_no_delete BEFORE DELETE ON problem_event "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS problem_event_append_only ON problem_event")
        op.execute("DROP FUNCTION IF EXISTS problem_event_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS problem_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS problem_event_no_delete")
    op.drop_table('patrol_volunteer')
    op.drop_table('patrol')
    op.drop_table('patrol_shift')
    op.drop_table('sheet_mark')
    op.drop_table('stairwell_sheet')
    op.drop_table('problem_event')
    op.drop_table('problem')
