"""Roster import: migrated cases, bank account, imported files

- applications.migrated_from: an active case brought over from the office's
  earlier roster carries that file's sha256 (it has no history in this system).
- members.bank_name / bank_account: the person's own account benefits are paid
  into, as the roster had it (sensitive personal information).
- roster_imports: each imported file once, so the same file is not taken twice.

Revision ID: i14a
Revises: i13a
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i14a'
down_revision = 'i13a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('migrated_from', sa.String(length=64), nullable=True))
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bank_name', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('bank_account', sa.String(length=32), nullable=True))
    op.create_table(
        'roster_imports',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('filename', sa.String(length=200), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('imported_by', sa.String(length=64), nullable=False),
        sa.Column('households', sa.Integer(), nullable=False),
        sa.Column('members', sa.Integer(), nullable=False),
        sa.Column('cases', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('sha256'),
    )


def downgrade() -> None:
    op.drop_table('roster_imports')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('bank_account')
        batch_op.drop_column('bank_name')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_column('migrated_from')
