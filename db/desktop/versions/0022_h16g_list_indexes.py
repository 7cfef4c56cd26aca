"""Indexes for the first page's lists (工作台): counts by state, notices, visits, my cases

Without them SQLite answered each of the dashboard's queries by reading every case of the
township through ix_applications_township_code (0.1-0.5 s each on 25,000 cases, five of
them before the first page shows). The due-date index carries the columns those queries
test, so they are answered from the index alone; the notice index serves the notices
ending first. Both exist for a township's scope and a county's.

Revision ID: h16g_list_indexes
Revises: m16a
Create Date: 2026-12-02
"""
from alembic import op


revision = 'h16g_list_indexes'
down_revision = 'm16a'
branch_labels = None
depends_on = None

DUE_COLUMNS = "state, due_date, assigned_to, paid_first_on, completed_on"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_applications_township_due ON applications (township_code, {DUE_COLUMNS})")
    op.execute(f"CREATE INDEX ix_applications_county_due ON applications (county_code, {DUE_COLUMNS})")
    op.execute("CREATE INDEX ix_applications_township_notice ON applications (township_code, state, notice_end)")
    op.execute("CREATE INDEX ix_applications_county_notice ON applications (county_code, state, notice_end)")


def downgrade() -> None:
    for name in ("ix_applications_county_notice", "ix_applications_township_notice",
                 "ix_applications_county_due", "ix_applications_township_due"):
        op.execute(f"DROP INDEX {name}")
