"""sync refusals and parked records

sync_refusals: changes the server refused, kept with the reason until dismissed.
sync_parked: pulled records whose parent (a member's household, say) has not
arrived yet; the server orders pages by when a record last changed, so a
household edited after its members comes later. They are applied as soon as
the parent is there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_refusals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('refused_at', sa.DateTime(), nullable=False),
    sa.Column('dismissed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_refusals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_refusals_entity_id'), ['entity_id'], unique=False)


    op.create_table('sync_parked',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('site_code', sa.String(length=12), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('sync_parked')
    with op.batch_alter_table('sync_refusals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_refusals_entity_id'))
    op.drop_table('sync_refusals')
