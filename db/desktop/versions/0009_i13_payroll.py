"""payroll: bank accounts, rolls (synced header), lines, approvals, the failed-payment queue

Revision ID: i13b
Revises: i14a
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i13b'
down_revision = 'i14a'
branch_labels = None
depends_on = None


def _synced():
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('site_code', sa.String(length=12), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=64), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint('id')]


def upgrade() -> None:
    op.create_table(
        'bank_accounts',
        sa.Column('household_id', sa.String(length=36), nullable=False),
        sa.Column('member_id', sa.String(length=36), nullable=True),
        sa.Column('bank_name', sa.String(length=64), nullable=False),
        sa.Column('account_no', sa.String(length=30), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(['household_id'], ['households.id']),
        sa.ForeignKeyConstraint(['member_id'], ['members.id']),
        sa.UniqueConstraint('household_id'),
    )
    op.create_index('ix_bank_accounts_site_code', 'bank_accounts', ['site_code'])
    op.create_table(
        'payroll_rolls',
        sa.Column('township_code', sa.String(length=9), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('line_count', sa.Integer(), nullable=False),
        sa.Column('total_fen', sa.Integer(), nullable=False),
        sa.Column('paid_fen', sa.Integer(), nullable=False),
        sa.Column('failed_fen', sa.Integer(), nullable=False),
        sa.Column('by_village', sa.JSON(), nullable=False),
        sa.Column('lines_digest', sa.String(length=64), nullable=False),
        sa.Column('built_at', sa.DateTime(), nullable=True),
        sa.Column('signed_off_by', sa.String(length=64), nullable=True),
        sa.Column('signed_off_at', sa.DateTime(), nullable=True),
        sa.Column('approved_by', sa.String(length=64), nullable=True),
        sa.Column('approved_at', sa.DateTime(), nullable=True),
        sa.Column('returns_imported_at', sa.DateTime(), nullable=True),
        *_synced(),
        sa.UniqueConstraint('township_code', 'month', 'type'),
    )
    for col in ('township_code', 'month', 'site_code'):
        op.create_index(f'ix_payroll_rolls_{col}', 'payroll_rolls', [col])
    op.create_table(
        'payroll_approvals',
        sa.Column('roll_id', sa.String(length=36), nullable=False),
        sa.Column('township_code', sa.String(length=9), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('total_fen', sa.Integer(), nullable=False),
        sa.Column('lines_digest', sa.String(length=64), nullable=False),
        sa.Column('approved_by', sa.String(length=64), nullable=False),
        sa.Column('approved_at', sa.DateTime(), nullable=False),
        sa.Column('applied', sa.Boolean(), nullable=False),
        *_synced(),
    )
    for col in ('roll_id', 'township_code', 'site_code'):
        op.create_index(f'ix_payroll_approvals_{col}', 'payroll_approvals', [col])
    op.create_table(
        'payroll_lines',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('roll_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('household_id', sa.String(length=36), nullable=False),
        sa.Column('village_code', sa.String(length=12), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('id_number', sa.String(length=18), nullable=False),
        sa.Column('persons', sa.Integer(), nullable=False),
        sa.Column('bank_name', sa.String(length=64), nullable=False),
        sa.Column('account_no', sa.String(length=30), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('for_month', sa.String(length=7), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=8), nullable=False),
        sa.Column('failure_reason', sa.String(length=200), nullable=False),
        sa.Column('reissue_of', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['roll_id'], ['payroll_rolls.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_payroll_lines_roll_id', 'payroll_lines', ['roll_id'])
    op.create_index('ix_payroll_lines_application_id', 'payroll_lines', ['application_id'])
    op.create_table(
        'payment_failures',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('line_id', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('household_id', sa.String(length=36), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('for_month', sa.String(length=7), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('reported_at', sa.DateTime(), nullable=False),
        sa.Column('corrected_at', sa.DateTime(), nullable=True),
        sa.Column('corrected_by', sa.String(length=64), nullable=True),
        sa.Column('reissue_roll_id', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['line_id'], ['payroll_lines.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('line_id'),
    )
    op.create_index('ix_payment_failures_application_id', 'payment_failures', ['application_id'])
    op.create_index('ix_payment_failures_state', 'payment_failures', ['state'])


def downgrade() -> None:
    for t in ('payment_failures', 'payroll_lines', 'payroll_approvals', 'payroll_rolls',
              'bank_accounts'):
        op.drop_table(t)
