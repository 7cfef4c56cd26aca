"""Refused changes keep the server's version and field, so they can be sent again

- sync_refusals.base_version: the version the server holds of the record (0 = none);
  a corrected record is sent again on top of it, not on the refused version.
- sync_refusals.field: the payload field the server named.
- sync_refusals.resent_at: when a person sent the record again.

Revision ID: h12a
Revises: i10a
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h12a'
down_revision = 'i10a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_refusals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_version', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('field', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('resent_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_refusals', schema=None) as batch_op:
        batch_op.drop_column('resent_at')
        batch_op.drop_column('field')
        batch_op.drop_column('base_version')
