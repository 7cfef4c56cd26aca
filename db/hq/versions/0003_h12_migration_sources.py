"""rosters accepted for migrated cases; the access log of personal records pulled

Revision ID: h12a
Revises: i14a
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = 'h12a'
down_revision = 'i14a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'migration_source',
        sa.Column('site_code', sa.String(length=9), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('cases', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('allowed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('site_code', 'sha256', name=op.f('pk_migration_source')),
    )
    op.create_table(
        'access_log',
        sa.Column('pk', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True,
                  nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('site_code', sa.String(length=9), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=False),
        sa.Column('entity', sa.String(length=20), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('ids', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_access_log')),
    )
    op.create_index('ix_access_log_site_at', 'access_log', ['site_code', 'at'])


def downgrade() -> None:
    op.drop_index('ix_access_log_site_at', table_name='access_log')
    op.drop_table('access_log')
    op.drop_table('migration_source')
