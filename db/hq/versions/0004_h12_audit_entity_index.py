"""audit entries by the record they name (the server's version-step check)

Revision ID: h12b
Revises: h12a
Create Date: 2026-12-02
"""
from alembic import op


revision = 'h12b'
down_revision = 'h12a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_audit_entry_site_entity_id', 'audit_entry', ['site_code', 'entity_id'])


def downgrade() -> None:
    op.drop_index('ix_audit_entry_site_entity_id', table_name='audit_entry')
