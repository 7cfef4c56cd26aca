"""applications: refusal delivery (送达) and the recorded extension to 45 working days

A refusal must reach the applicant within 3 working days with the delivery
recorded (送达回证); the MCA outer limit of 30 working days may be extended to
45 only with a recorded reason.

Revision ID: i11a
Revises: i13c
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = 'i11a'
down_revision = 'i13c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('delivery', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('extension_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_column('extension_reason')
        batch_op.drop_column('delivery')
        batch_op.drop_column('delivered_on')
