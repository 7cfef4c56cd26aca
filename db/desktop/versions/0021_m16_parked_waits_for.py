"""A parked record names the parent it waits for

- sync_parked.waits_for: the id of the missing parent record. A pulled page retries only
  the parked records whose parent it brought, instead of every parked record on every page
  (a county's first pull parked case events for many pages: retried each time, the work
  grew with the square of the pull). NULL (rows parked before this) is retried every page.

Revision ID: m16a
Revises: h11u_urgent
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'm16a'
down_revision = 'h11u_urgent'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_parked', schema=None) as batch_op:
        batch_op.add_column(sa.Column('waits_for', sa.String(length=36), nullable=True))
        batch_op.create_index('ix_sync_parked_waits_for', ['waits_for'])


def downgrade() -> None:
    with op.batch_alter_table('sync_parked', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_parked_waits_for')
        batch_op.drop_column('waits_for')
