"""decisions.county_visit: the county's home visit reported with its decision

A relative of staff needs the county's own visit before the decision. The
county often makes it after the case was handed up, on its own desktop,
where it may write only decisions; the visit travels with the decision and
becomes a visit of the case at the township.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('county_visit', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('county_visit')
