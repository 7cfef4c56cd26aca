"""crosschecks and crosscheck_results: the 信息核对 request and its result

- crosschecks: the township's request with the signed authorisation (who signed,
  when), the persons asked about and the request number sent to the platform.
- crosscheck_results: what each source returned, the conclusion and, for an
  ineligible finding, its refusal reason; written by the township or the county.

Revision ID: h11a
Revises: i13d
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h11a'
down_revision = 'i13d'
branch_labels = None
depends_on = None


def _synced() -> list:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('site_code', sa.String(length=12), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=64), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint('id')]


def upgrade() -> None:
    op.create_table(
        'crosschecks',
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('township_code', sa.String(length=9), nullable=False),
        sa.Column('request_no', sa.String(length=32), nullable=False),
        sa.Column('authorised_by', sa.String(length=64), nullable=False),
        sa.Column('authorised_on', sa.Date(), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('requested_by', sa.String(length=64), nullable=False),
        sa.Column('persons', sa.JSON(), nullable=False),
        sa.Column('exported_at', sa.DateTime(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id']),
    )
    for col in ('application_id', 'township_code', 'request_no', 'site_code'):
        op.create_index(f'ix_crosschecks_{col}', 'crosschecks', [col])
    op.create_table(
        'crosscheck_results',
        sa.Column('crosscheck_id', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('township_code', sa.String(length=9), nullable=False),
        sa.Column('findings', sa.JSON(), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.String(length=32), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_on', sa.Date(), nullable=False),
        sa.Column('recorded_by', sa.String(length=64), nullable=False),
        sa.Column('by_county', sa.Boolean(), nullable=False),
        sa.Column('source_file', sa.String(length=64), nullable=True),
        *_synced(),
    )
    for col in ('crosscheck_id', 'application_id', 'township_code', 'site_code'):
        op.create_index(f'ix_crosscheck_results_{col}', 'crosscheck_results', [col])


def downgrade() -> None:
    op.drop_table('crosscheck_results')
    op.drop_table('crosschecks')
