"""partial indexes for the queries every sync makes

A sync with nothing to do must not scan whole tables: the unsent outbox
rows, the decisions not yet taken into cases and the open conflicts each get
a partial index that stays as small as what is pending.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_outbox_unsent ON outbox (seq) WHERE batch_id IS NULL")
    op.execute("CREATE INDEX ix_decisions_unapplied ON decisions (township_code) WHERE applied = 0")
    op.execute("CREATE INDEX ix_sync_conflicts_open ON sync_conflicts (detected_at)"
               " WHERE resolved_at IS NULL")
    op.execute("CREATE INDEX ix_audit_unpushed ON audit_log (site_code, seq) WHERE pushed = 0")


def downgrade() -> None:
    for name in ("ix_outbox_unsent", "ix_decisions_unapplied", "ix_sync_conflicts_open",
                 "ix_audit_unpushed"):
        op.execute(f"DROP INDEX {name}")
