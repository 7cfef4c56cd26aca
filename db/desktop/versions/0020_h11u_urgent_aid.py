"""Urgent temporary aid paid first by the township (急难型临时救助, 先行救助)

- applications.urgent: the case is 急难型 (marked when the application is taken in);
- applications.paid_first_on: the day the township decided and paid first;
- applications.completed_on / completion: the day its investigation and paperwork were
  completed, and what was recorded (statement, items, the visit).

Revision ID: h11u_urgent
Revises: h13r_recoveries
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h11u_urgent'
down_revision = 'h13r_recoveries'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch: a batch copies the table, and dropping the old
    # applications table fails while case events, visits and notices refer to it (an office's
    # database with cases could not upgrade).
    op.add_column('applications', sa.Column('urgent', sa.Boolean(), nullable=False,
                                            server_default=sa.false()))
    op.add_column('applications', sa.Column('paid_first_on', sa.Date(), nullable=True))
    op.add_column('applications', sa.Column('completed_on', sa.Date(), nullable=True))
    op.add_column('applications', sa.Column('completion', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_column('completion')
        batch_op.drop_column('completed_on')
        batch_op.drop_column('paid_first_on')
        batch_op.drop_column('urgent')
