"""Document numbers on decisions, corrected notices, members who left

- decisions.number: the decision's document number, given by the body that
  decided (county bureau, or the township where the type is delegated), so the
  notice carries that body's prefix and number whoever prints it.
- notices.superseded_by / notices.correction_reason: a corrected original (更正)
  replaces the earlier one, which stays on file marked superseded.
- members.left_on / members.left_reason: a member who moved out (or died) stays
  on file with the date and reason but leaves the household's size and divisor.

Revision ID: i10a
Revises: i9a
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i10a'
down_revision = 'i9a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=64), nullable=True))
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('superseded_by', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('correction_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('left_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('left_reason', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('left_reason')
        batch_op.drop_column('left_on')
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_column('correction_reason')
        batch_op.drop_column('superseded_by')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('number')
