"""monthly_reports: the statutory monthly statistics as filed for the city

Revision ID: i13c
Revises: i13b
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i13c'
down_revision = 'i13b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'monthly_reports',
        sa.Column('unit_code', sa.String(length=9), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('figures', sa.JSON(), nullable=False),
        sa.Column('filed_by', sa.String(length=64), nullable=False),
        sa.Column('filed_at', sa.DateTime(), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('site_code', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('unit_code', 'month'),
    )
    for col in ('unit_code', 'month', 'site_code'):
        op.create_index(f'ix_monthly_reports_{col}', 'monthly_reports', [col])


def downgrade() -> None:
    op.drop_table('monthly_reports')
