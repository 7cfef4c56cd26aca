"""person index and duplicate persons (the same person in two townships)

Revision ID: i14a
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i14a'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'person',
        sa.Column('member_id', sa.String(length=100), nullable=False),
        sa.Column('id_number', sa.String(length=18), nullable=False),
        sa.Column('township_code', sa.String(length=9), nullable=False),
        sa.Column('household_id', sa.String(length=100), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('since', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('member_id', name=op.f('pk_person')),
    )
    op.create_index('ix_person_id_number', 'person', ['id_number'])
    op.create_table(
        'duplicate_person',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('id_number', sa.String(length=18), nullable=False),
        sa.Column('member_a', sa.String(length=100), nullable=False),
        sa.Column('township_a', sa.String(length=9), nullable=False),
        sa.Column('member_b', sa.String(length=100), nullable=False),
        sa.Column('township_b', sa.String(length=9), nullable=False),
        sa.Column('detected_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('resolved_by', sa.String(length=200), nullable=True),
        sa.Column('resolution', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_person')),
    )
    op.create_index('ix_duplicate_person_id_number', 'duplicate_person', ['id_number'])


def downgrade() -> None:
    op.drop_index('ix_duplicate_person_id_number', table_name='duplicate_person')
    op.drop_table('duplicate_person')
    op.drop_index('ix_person_id_number', table_name='person')
    op.drop_table('person')
