"""research: the trends' fact table (one row per news event and per organisation, sector and
cluster it is about), its change journal and the row readers lock while refreshing

Revision ID: research_0001
Revises:
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'research_0001'
down_revision = None
branch_labels = ('research',)
depends_on = ['intel_0001', 'outcomes_0001']


def upgrade() -> None:
    op.create_table('research_fact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('value', sa.String(length=96), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=True),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('country_pair', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['intel_article.id'],
        name=op.f('fk_research_fact_article_id_intel_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['intel_event.id'],
        name=op.f('fk_research_fact_event_id_intel_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_research_fact')),
    sa.UniqueConstraint('event_id', 'kind', 'value', name=op.f('uq_research_fact_event_id'))
    )
    with op.batch_alter_table('research_fact', schema=None) as batch_op:
        batch_op.create_index('ix_research_fact_cube',
                              ['kind', 'value', 'month', 'type', 'country_pair', 'article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_research_fact_article_id'), ['article_id'], unique=False)

    op.create_table('research_stale',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('ref', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_research_stale'))
    )
    op.create_table('research_fact_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_research_fact_state'))
    )
    # the events stored before research existed: the first reader computes their facts
    op.execute("INSERT INTO research_fact_state (id) VALUES (1)")
    op.execute("INSERT INTO research_stale (kind, ref) VALUES ('all', 0)")


def downgrade() -> None:
    op.drop_table('research_fact_state')
    op.drop_table('research_stale')
    with op.batch_alter_table('research_fact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_research_fact_article_id'))
        batch_op.drop_index('ix_research_fact_cube')
    op.drop_table('research_fact')
