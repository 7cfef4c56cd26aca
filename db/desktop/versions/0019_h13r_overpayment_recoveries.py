"""Overpayments (多发) a stopped case paid back outside the roll

- overpayment_recoveries: what was recovered, against which month, with its receipt;
  the roll builder counts it as no longer paid (domain.payroll.plan_monthly).

Revision ID: h13r_recoveries
Revises: h12a_blob_uploads
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h13r_recoveries'
down_revision = 'h12a_blob_uploads'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'overpayment_recoveries',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('for_month', sa.String(length=7), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('receipt_no', sa.String(length=64), nullable=False),
        sa.Column('recovered_on', sa.Date(), nullable=False),
        sa.Column('recorded_by', sa.String(length=64), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_overpayment_recoveries_application_id', 'overpayment_recoveries',
                    ['application_id'])


def downgrade() -> None:
    op.drop_index('ix_overpayment_recoveries_application_id', 'overpayment_recoveries')
    op.drop_table('overpayment_recoveries')
