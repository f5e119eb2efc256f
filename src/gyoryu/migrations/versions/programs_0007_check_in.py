"""programs: a participant's check-in at the event (`checked_in_at`, set by the program's staff).

Revision ID: programs_0007_check_in
Revises: programs_0006_meeting_grid
Create Date: 2026-12-05 00:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'programs_0007_check_in'
down_revision = 'programs_0006_meeting_grid'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('program_participant') as batch:
        batch.add_column(sa.Column('checked_in_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('program_participant') as batch:
        batch.drop_column('checked_in_at')
