"""attachment uploads as per-site leases; the sites holding complete content

Revision ID: h12a_uploads
Revises: h12b
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = 'h12a_uploads'
down_revision = 'h12b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'attachment_holder',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('site_code', sa.String(length=9), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['sha256'], ['attachment.sha256'],
                                name=op.f('fk_attachment_holder_sha256_attachment'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('sha256', 'site_code', name=op.f('pk_attachment_holder')),
    )
    op.create_table(
        'attachment_upload',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('site_code', sa.String(length=9), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('received', sa.BigInteger(), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('touched_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('sha256', 'site_code', name=op.f('pk_attachment_upload')),
    )
    op.create_index('ix_attachment_upload_touched_at', 'attachment_upload', ['touched_at'])
    op.create_table(
        'attachment_upload_part',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('site_code', sa.String(length=9), nullable=False),
        sa.Column('offset', sa.BigInteger(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['sha256', 'site_code'],
                                ['attachment_upload.sha256', 'attachment_upload.site_code'],
                                name=op.f('fk_attachment_upload_part_sha256_attachment_upload'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('sha256', 'site_code', 'offset',
                                name=op.f('pk_attachment_upload_part')),
    )
    # Uploads under way move to their site's lease; complete content keeps its uploader
    # as its first holder.
    op.execute('INSERT INTO attachment_upload (sha256, site_code, size, received, started_at, '
               'touched_at) SELECT sha256, uploaded_by, size, received, created_at, created_at '
               'FROM attachment WHERE NOT complete')
    op.execute('INSERT INTO attachment_upload_part (sha256, site_code, "offset", data) '
               'SELECT p.sha256, a.uploaded_by, p."offset", p.data FROM attachment_part p '
               'JOIN attachment a ON a.sha256 = p.sha256 WHERE NOT a.complete')
    op.execute('DELETE FROM attachment_part WHERE sha256 IN '
               '(SELECT sha256 FROM attachment WHERE NOT complete)')
    op.execute('DELETE FROM attachment WHERE NOT complete')
    op.execute('INSERT INTO attachment_holder (sha256, site_code, at) '
               'SELECT sha256, uploaded_by, COALESCE(completed_at, created_at) FROM attachment')


def downgrade() -> None:
    op.drop_table('attachment_upload_part')
    op.drop_index('ix_attachment_upload_touched_at', table_name='attachment_upload')
    op.drop_table('attachment_upload')
    op.drop_table('attachment_holder')
