"""accounts: one-time password reset links

Revision ID: accounts_0004
Revises: accounts_0003
Create Date: 2027-01-20 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'accounts_0004'
down_revision = 'accounts_0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('password_reset',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'],
                            name=op.f('fk_password_reset_user_id_user_account'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_password_reset')),
    sa.UniqueConstraint('secret_hash', name=op.f('uq_password_reset_secret_hash'))
    )
    op.create_index(op.f('ix_password_reset_user_id'), 'password_reset', ['user_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_password_reset_user_id'), table_name='password_reset')
    op.drop_table('password_reset')
