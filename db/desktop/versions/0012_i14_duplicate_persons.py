"""duplicate_persons: the same person in two townships, as the city found it

The city server compares every pushed member with the other townships'
members; each case comes down to both townships and their counties.

Revision ID: i14b
Revises: i11a
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i14b'
down_revision = 'i11a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'duplicate_persons',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('id_number', sa.String(length=18), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('detected_at', sa.String(length=32), nullable=False),
        sa.Column('resolved_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_duplicate_persons_id_number', 'duplicate_persons', ['id_number'])


def downgrade() -> None:
    op.drop_index('ix_duplicate_persons_id_number', table_name='duplicate_persons')
    op.drop_table('duplicate_persons')
