"""accounts: optional TOTP second factor, its recovery codes, and what a failed attempt got wrong

Revision ID: accounts_0005
Revises: accounts_0004
Create Date: 2027-03-01 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'accounts_0005'
down_revision = 'accounts_0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('totp_factor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_step', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'],
                            name=op.f('fk_totp_factor_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_totp_factor')),
    sa.UniqueConstraint('user_id', name=op.f('uq_totp_factor_user_id'))
    )
    op.create_table('totp_recovery_code',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'],
                            name=op.f('fk_totp_recovery_code_user_id_user_account'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_totp_recovery_code')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_totp_recovery_code_code_hash'))
    )
    op.create_index(op.f('ix_totp_recovery_code_user_id'), 'totp_recovery_code', ['user_id'],
                    unique=False)
    with op.batch_alter_table('login_attempt') as batch:
        batch.add_column(sa.Column('factor', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('login_attempt') as batch:
        batch.drop_column('factor')
    op.drop_index(op.f('ix_totp_recovery_code_user_id'), table_name='totp_recovery_code')
    op.drop_table('totp_recovery_code')
    op.drop_table('totp_factor')
