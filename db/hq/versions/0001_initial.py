"""The city server's first tables: sites, records and their history, conflicts,
batches, audit chains, attachments, and the cursor counter.

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 10:13:05.807741
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# JSONB on PostgreSQL, JSON text on SQLite (as in lishui_hq.models).
JSON_T = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('received', sa.BigInteger(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('uploaded_by', sa.String(length=9), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment'))
    )
    op.create_table('audit_entry',
    sa.Column('site_code', sa.String(length=9), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('entry_id', sa.String(length=100), nullable=False),
    sa.Column('at', sa.String(length=64), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.Column('event', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=100), nullable=True),
    sa.Column('entity_id', sa.String(length=100), nullable=True),
    sa.Column('success', sa.Boolean(), nullable=False),
    sa.Column('detail', JSON_T, nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('site_code', 'seq', name=op.f('pk_audit_entry'))
    )
    op.create_table('batch',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=9), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('duplicate', sa.Integer(), nullable=False),
    sa.Column('conflict', sa.Integer(), nullable=False),
    sa.Column('refused', sa.Integer(), nullable=False),
    sa.Column('result', JSON_T, nullable=False),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_batch'))
    )
    with op.batch_alter_table('batch', schema=None) as batch_op:
        batch_op.create_index('ix_batch_site', ['site_code', 'received_at'], unique=False)

    op.create_table('conflict',
    sa.Column('pk', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.String(length=100), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('base_version', sa.BigInteger(), nullable=False),
    sa.Column('site_code', sa.String(length=9), nullable=False),
    sa.Column('payload', JSON_T, nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('sent_by', sa.String(length=9), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index('ix_conflict_record', ['record_id', 'entity'], unique=False)
        batch_op.create_index('ix_conflict_sent_by', ['sent_by', 'resolved_at'], unique=False)

    op.create_table('hq_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_cursor', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_state'))
    )
    op.bulk_insert(sa.table('hq_state', sa.column('id', sa.Integer), sa.column('last_cursor', sa.BigInteger)),
                   [{'id': 1, 'last_cursor': 0}])
    op.create_table('record',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('site_code', sa.String(length=9), nullable=False),
    sa.Column('payload', JSON_T, nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('cursor', sa.BigInteger(), nullable=False),
    sa.Column('is_reference', sa.Boolean(), nullable=False),
    sa.Column('township_code', sa.String(length=9), nullable=True),
    sa.Column('county_code', sa.String(length=6), nullable=True),
    sa.Column('written_by', sa.String(length=9), nullable=False),
    sa.Column('app_type', sa.String(length=20), nullable=True),
    sa.Column('app_state', sa.String(length=30), nullable=True),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', 'entity', name=op.f('pk_record'))
    )
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.create_index('ix_record_county_cursor', ['county_code', 'cursor'], unique=False)
        batch_op.create_index('ix_record_cursor', ['cursor'], unique=True)
        batch_op.create_index('ix_record_entity_county', ['entity', 'county_code'], unique=False)
        batch_op.create_index('ix_record_reference_cursor', ['is_reference', 'cursor'], unique=False)
        batch_op.create_index('ix_record_township_cursor', ['township_code', 'cursor'], unique=False)

    op.create_table('record_version',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('sent_by', sa.String(length=9), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', 'entity', 'version', name=op.f('pk_record_version'))
    )
    op.create_table('site',
    sa.Column('code', sa.String(length=9), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('audit_seq', sa.BigInteger(), nullable=False),
    sa.Column('audit_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_site')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_site_token_hash'))
    )
    op.create_table('attachment_part',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('offset', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['sha256'], ['attachment.sha256'], name=op.f('fk_attachment_part_sha256_attachment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sha256', 'offset', name=op.f('pk_attachment_part'))
    )


def downgrade() -> None:
    op.drop_table('attachment_part')
    op.drop_table('site')
    op.drop_table('record_version')
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index('ix_record_township_cursor')
        batch_op.drop_index('ix_record_reference_cursor')
        batch_op.drop_index('ix_record_entity_county')
        batch_op.drop_index('ix_record_cursor')
        batch_op.drop_index('ix_record_county_cursor')

    op.drop_table('record')
    op.drop_table('hq_state')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_conflict_sent_by')
        batch_op.drop_index('ix_conflict_record')

    op.drop_table('conflict')
    with op.batch_alter_table('batch', schema=None) as batch_op:
        batch_op.drop_index('ix_batch_site')

    op.drop_table('batch')
    op.drop_table('audit_entry')
    op.drop_table('attachment')
