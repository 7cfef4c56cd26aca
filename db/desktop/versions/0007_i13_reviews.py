"""reviews (复核) and applications.next_review_on

Revision ID: i13a
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i13a'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_review_on', sa.Date(), nullable=True))
        batch_op.create_index('ix_applications_next_review_on', ['next_review_on'], unique=False)
    op.create_table(
        'reviews',
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('trigger', sa.String(length=16), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('opened_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('visit_date', sa.Date(), nullable=True),
        sa.Column('investigators', sa.JSON(), nullable=False),
        sa.Column('findings', sa.JSON(), nullable=False),
        sa.Column('conclusion', sa.Text(), nullable=False),
        sa.Column('current_fen', sa.Integer(), nullable=True),
        sa.Column('recalculated_fen', sa.Integer(), nullable=True),
        sa.Column('explanation', sa.Text(), nullable=False),
        sa.Column('proposal', sa.String(length=16), nullable=True),
        sa.Column('proposed_fen', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.String(length=16), nullable=True),
        sa.Column('amount_fen', sa.Integer(), nullable=True),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('decided_by', sa.String(length=64), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('decision_id', sa.String(length=36), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('site_code', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    for col in ('application_id', 'due_on', 'state', 'site_code'):
        op.create_index(f'ix_reviews_{col}', 'reviews', [col], unique=False)


def downgrade() -> None:
    op.drop_table('reviews')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_next_review_on')
        batch_op.drop_column('next_review_on')
