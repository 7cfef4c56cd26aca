"""Payroll lines sync (entity payroll_line)

- payroll_lines gets the columns of every synced record (version, site_code, created_at,
  created_by, updated_at, updated_by). Lines already on file take their roll's site and
  build time with version 0: they were never sent, so a roll built before this is rebuilt
  before it is signed off (services.payroll.sign_off says so).

Revision ID: h13p_lines
Revises: h16g_list_indexes
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h13p_lines'
down_revision = 'h16g_list_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): payment_failures refers to payroll_lines.
    op.add_column('payroll_lines', sa.Column('version', sa.Integer(), nullable=False,
                                             server_default='0'))
    op.add_column('payroll_lines', sa.Column('site_code', sa.String(length=12), nullable=False,
                                             server_default=''))
    for col in ('created_at', 'updated_at'):
        op.add_column('payroll_lines', sa.Column(col, sa.DateTime(), nullable=False,
                                                 server_default='2000-01-01 00:00:00.000000'))
    for col in ('created_by', 'updated_by'):
        op.add_column('payroll_lines', sa.Column(col, sa.String(length=64), nullable=False,
                                                 server_default='migration'))
    op.execute("UPDATE payroll_lines SET "
               "site_code = (SELECT r.site_code FROM payroll_rolls r WHERE r.id = payroll_lines.roll_id), "
               "created_at = COALESCE((SELECT r.built_at FROM payroll_rolls r "
               "WHERE r.id = payroll_lines.roll_id), created_at), "
               "updated_at = COALESCE((SELECT r.built_at FROM payroll_rolls r "
               "WHERE r.id = payroll_lines.roll_id), updated_at)")
    op.create_index('ix_payroll_lines_site_code', 'payroll_lines', ['site_code'])


def downgrade() -> None:
    op.drop_index('ix_payroll_lines_site_code', table_name='payroll_lines')
    with op.batch_alter_table('payroll_lines', schema=None) as batch_op:
        for col in ('updated_by', 'updated_at', 'created_by', 'created_at', 'site_code',
                    'version'):
            batch_op.drop_column(col)
