"""accounts and sessions of the city page; failed sign-ins kept in the database

Revision ID: h12l_accounts
Revises: h12a_uploads
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op


revision = 'h12l_accounts'
down_revision = 'h12a_uploads'
branch_labels = None
depends_on = None

Ts = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'hq_account',
        sa.Column('username', sa.String(32), nullable=False),
        sa.Column('role', sa.String(10), nullable=False),
        sa.Column('county_code', sa.String(6)),
        sa.Column('password_hash', sa.String(200), nullable=False),
        sa.Column('created_at', Ts, nullable=False),
        sa.Column('password_set_at', Ts, nullable=False),
        sa.Column('disabled_at', Ts),
        sa.PrimaryKeyConstraint('username', name='pk_hq_account'))
    op.create_table(
        'hq_session',
        sa.Column('token_hash', sa.String(64), nullable=False),
        sa.Column('username', sa.String(32), nullable=False),
        sa.Column('csrf', sa.String(64), nullable=False),
        sa.Column('created_at', Ts, nullable=False),
        sa.Column('expires_ms', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['username'], ['hq_account.username'], ondelete='CASCADE',
                                name='fk_hq_session_username_hq_account'),
        sa.PrimaryKeyConstraint('token_hash', name='pk_hq_session'))
    op.create_index('ix_hq_session_username', 'hq_session', ['username'])
    op.create_table(
        'lockout',
        sa.Column('key', sa.String(200), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('first_ms', sa.BigInteger(), nullable=False),
        sa.Column('until_ms', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('key', name='pk_lockout'))
    op.create_index('ix_lockout_until_ms', 'lockout', ['until_ms'])


def downgrade() -> None:
    op.drop_index('ix_lockout_until_ms', table_name='lockout')
    op.drop_table('lockout')
    op.drop_index('ix_hq_session_username', table_name='hq_session')
    op.drop_table('hq_session')
    op.drop_table('hq_account')
