"""funds: crowdfunding drives, subsidies, splits and shares (history kept), exemptions, the ledger

Revision ID: 0005_funds
Revises: 0001_foundation
Create Date: 2026-11-21 13:30:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0005_funds'
down_revision: Union[str, Sequence[str], None] = '0001_foundation'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('fund_drive',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cost_fen', sa.Integer(), nullable=False),
    sa.Column('scope_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('split_rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('fixed_fen', sa.Integer(), nullable=True),
    sa.Column('rounding', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('split_no', sa.Integer(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('fund_exemption',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drive_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['drive_id'], ['fund_drive.id'], ),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fund_exemption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_exemption_drive_id'), ['drive_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fund_exemption_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ux_fund_exemption_drive_household', ['drive_id', 'household_id'], unique=True)

    op.create_table('fund_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drive_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('income_fen', sa.Integer(), nullable=False),
    sa.Column('expense_fen', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('collector', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('receipt_no', sa.Integer(), nullable=True),
    sa.Column('paper_receipt', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('payee', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('voucher', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outside_scope', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['drive_id'], ['fund_drive.id'], ),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.ForeignKeyConstraint(['reverses_id'], ['fund_ledger.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fund_ledger', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_ledger_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_fund_ledger_household_totals', ['drive_id', 'household_id', 'income_fen', 'kind', 'entry_date'], unique=False)
        batch_op.create_index('ux_fund_ledger_receipt', ['drive_id', 'receipt_no'], unique=True)
        batch_op.create_index('ux_fund_ledger_reverses', ['reverses_id'], unique=True)
        batch_op.create_index('ix_fund_ledger_outside', ['drive_id', 'household_id'], unique=False, sqlite_where=sa.text('outside_scope = 1'), postgresql_where=sa.text('outside_scope'))

    op.create_table('fund_share',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drive_id', sa.Integer(), nullable=False),
    sa.Column('split_no', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('due_fen', sa.Integer(), nullable=False),
    sa.Column('basis', sa.Integer(), nullable=False),
    sa.Column('exempt', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['drive_id'], ['fund_drive.id'], ),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fund_share', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_share_drive_id'), ['drive_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fund_share_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ux_fund_share_split_household', ['drive_id', 'split_no', 'household_id'], unique=True)

    op.create_table('fund_split',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drive_id', sa.Integer(), nullable=False),
    sa.Column('split_no', sa.Integer(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rounding', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('gap_fen', sa.Integer(), nullable=False),
    sa.Column('due_total_fen', sa.Integer(), nullable=False),
    sa.Column('surplus_fen', sa.Integer(), nullable=False),
    sa.Column('uncovered_fen', sa.Integer(), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['drive_id'], ['fund_drive.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fund_split', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_split_drive_id'), ['drive_id'], unique=False)
        batch_op.create_index('ux_fund_split_drive_no', ['drive_id', 'split_no'], unique=True)

    op.create_table('fund_subsidy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drive_id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['drive_id'], ['fund_drive.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fund_subsidy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_subsidy_drive_id'), ['drive_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('fund_subsidy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fund_subsidy_drive_id'))

    op.drop_table('fund_subsidy')
    with op.batch_alter_table('fund_split', schema=None) as batch_op:
        batch_op.drop_index('ux_fund_split_drive_no')
        batch_op.drop_index(batch_op.f('ix_fund_split_drive_id'))

    op.drop_table('fund_split')
    with op.batch_alter_table('fund_share', schema=None) as batch_op:
        batch_op.drop_index('ux_fund_share_split_household')
        batch_op.drop_index(batch_op.f('ix_fund_share_household_id'))
        batch_op.drop_index(batch_op.f('ix_fund_share_drive_id'))

    op.drop_table('fund_share')
    with op.batch_alter_table('fund_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_fund_ledger_outside', sqlite_where=sa.text('outside_scope = 1'))
        batch_op.drop_index('ux_fund_ledger_reverses')
        batch_op.drop_index('ux_fund_ledger_receipt')
        batch_op.drop_index('ix_fund_ledger_household_totals')
        batch_op.drop_index(batch_op.f('ix_fund_ledger_household_id'))

    op.drop_table('fund_ledger')
    with op.batch_alter_table('fund_exemption', schema=None) as batch_op:
        batch_op.drop_index('ux_fund_exemption_drive_household')
        batch_op.drop_index(batch_op.f('ix_fund_exemption_household_id'))
        batch_op.drop_index(batch_op.f('ix_fund_exemption_drive_id'))

    op.drop_table('fund_exemption')
    op.drop_table('fund_drive')
