"""audit_name: how many of a site's audit entries name each record

Revision ID: h12a_audit_names
Revises: h12l_accounts
Create Date: 2026-12-02
"""
import json

from alembic import op
import sqlalchemy as sa


revision = 'h12a_audit_names'
down_revision = 'h12l_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    t = op.create_table(
        'audit_name',
        sa.Column('site_code', sa.String(length=9), nullable=False),
        sa.Column('record_id', sa.String(length=100), nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('site_code', 'record_id', name=op.f('pk_audit_name')),
    )
    # The entries stored so far, counted as a push counts them (lishui_hq.store._audit_names).
    counts: dict[tuple[str, str], int] = {}
    rows = op.get_bind().execute(sa.text(
        'SELECT site_code, entity_id, detail FROM audit_entry'))
    for code, entity_id, detail in rows:
        if isinstance(detail, str):
            try:
                detail = json.loads(detail)
            except ValueError:
                detail = None
        named = {entity_id} if entity_id else set()
        changes = detail.get("changes") if isinstance(detail, dict) else None
        if isinstance(changes, list):
            named |= {c[1] for c in changes if isinstance(c, list) and len(c) >= 2
                      and isinstance(c[1], str)}
        for rid in named:
            key = (code, rid[:100])
            counts[key] = counts.get(key, 0) + 1
    if counts:
        op.bulk_insert(t, [{"site_code": c, "record_id": r, "entries": n}
                           for (c, r), n in counts.items()])


def downgrade() -> None:
    op.drop_table('audit_name')
