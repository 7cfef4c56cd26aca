"""A review that continues the benefit carries the deciding body's document number

- reviews.number: the number the competent body gave its "continue" conclusion (its
  复核结果告知书 is issued under it, whoever prints it), as a decision carries its own.

Revision ID: i13d
Revises: h12a
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'i13d'
down_revision = 'h12a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_column('number')
