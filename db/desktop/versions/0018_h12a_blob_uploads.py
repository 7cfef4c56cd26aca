"""attachment_blobs.uploaded_at: when the city server took the file's content

Revision ID: h12a_blob_uploads
Revises: h11a
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h12a_blob_uploads'
down_revision = 'h11a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL for every file so far: none was sent before this (the next sync sends them).
    with op.batch_alter_table('attachment_blobs') as b:
        b.add_column(sa.Column('uploaded_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('attachment_blobs') as b:
        b.drop_column('uploaded_at')
