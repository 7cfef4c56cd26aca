"""search index: surname readings and heteronyms

The search text of every household is made again with the readings of
store/search_index.py (曾 as zeng, 单 as shan, the other readings of
heteronyms in given names), and households that arrived by sync, which had
no search text, get theirs.

Revision ID: i16a
Revises: i14b
Create Date: 2026-12-01
"""
from alembic import op

revision = 'i16a'
down_revision = 'i14b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lishui_desktop.store import search_index
    conn = op.get_bind()
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM households")]
    search_index.refresh(conn, ids)


def downgrade() -> None:
    pass    # the longer search text is still a valid index
