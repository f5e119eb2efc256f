"""accounts: sign-in attempts, for throttling and for the owner to see

Revision ID: accounts_0002
Revises: accounts_0001
Create Date: 2027-01-20 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'accounts_0002'
down_revision = 'accounts_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('succeeded', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'],
                            name=op.f('fk_login_attempt_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_attempt'))
    )
    op.create_index('ix_login_attempt_email_at', 'login_attempt', ['email', 'at'], unique=False)
    op.create_index('ix_login_attempt_address_at', 'login_attempt', ['address', 'at'], unique=False)
    op.create_index(op.f('ix_login_attempt_at'), 'login_attempt', ['at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_login_attempt_at'), table_name='login_attempt')
    op.drop_index('ix_login_attempt_address_at', table_name='login_attempt')
    op.drop_index('ix_login_attempt_email_at', table_name='login_attempt')
    op.drop_table('login_attempt')
