"""matching: interpreters on scheduled meetings, reasons for requests left out, interpreter use

Revision ID: matching_0002_interpreters
Revises: matching_0001
Create Date: 2026-12-04 15:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'matching_0002_interpreters'
down_revision = 'matching_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('match_scheduled_meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('interpreter', sa.String(length=64), nullable=True))
    with op.batch_alter_table('match_schedule_run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unscheduled', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('interpreters', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('match_schedule_run', schema=None) as batch_op:
        batch_op.drop_column('interpreters')
        batch_op.drop_column('unscheduled')
    with op.batch_alter_table('match_scheduled_meeting', schema=None) as batch_op:
        batch_op.drop_column('interpreter')
