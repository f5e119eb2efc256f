"""directory: each bundled organisation and place keeps the bundled record as last loaded, so a later
`gyoryu init` can bring the bundle's changes in without undoing organisers' edits

Revision ID: directory_0002
Revises: directory_0001
Create Date: 2026-12-06 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'directory_0002'
down_revision = 'directory_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('organization', 'place'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('bundled', sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    for table in ('organization', 'place'):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('bundled')
