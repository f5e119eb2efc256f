"""research: the monthly counts — events per (kind, value, month, type, country_pair) cell of the
fact table, kept by triggers on research_fact, so trends without article ids sum them

Revision ID: research_0002_month_counts
Revises: research_0001
Create Date: 2026-12-06 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from gyoryu.research import counts

revision = 'research_0002_month_counts'
down_revision = 'research_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('research_month_count',
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('value', sa.String(length=96), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('country_pair', sa.String(length=8), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'value', 'month', 'type', 'country_pair',
                            name=op.f('pk_research_month_count')),
    sqlite_with_rowid=False,
    )
    conn = op.get_bind()
    counts.recount(conn)  # the facts already there
    counts.install(conn)


def downgrade() -> None:
    counts.remove(op.get_bind())
    op.drop_table('research_month_count')
