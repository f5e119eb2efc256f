"""intel: feeds and their entries, and the ledger of batch ingestion

Revision ID: intel_0002_feeds
Revises: intel_0001
Create Date: 2026-12-04 14:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'intel_0002_feeds'
down_revision = 'intel_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'intel_feed',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(length=1000), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=True),
        sa.Column('last_polled_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_error', sa.String(length=500), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_intel_feed')),
        sa.UniqueConstraint('url', name=op.f('uq_intel_feed_url')),
    )
    op.create_table(
        'intel_feed_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('feed_id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(length=1000), nullable=False),
        sa.Column('title', sa.String(length=500), nullable=True),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=True),
        sa.Column('similarity', sa.Float(), nullable=True),
        sa.Column('signature', sa.LargeBinary(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['intel_article.id'],
                                name=op.f('fk_intel_feed_entry_article_id_intel_article'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['feed_id'], ['intel_feed.id'],
                                name=op.f('fk_intel_feed_entry_feed_id_intel_feed'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_intel_feed_entry')),
        sa.UniqueConstraint('url', name=op.f('uq_intel_feed_entry_url')),
    )
    with op.batch_alter_table('intel_feed_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intel_feed_entry_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intel_feed_entry_feed_id'), ['feed_id'], unique=False)
    op.create_table(
        'intel_ingest_ledger',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('file_hash', sa.String(length=64), nullable=False),
        sa.Column('path', sa.String(length=1000), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['intel_article.id'],
                                name=op.f('fk_intel_ingest_ledger_article_id_intel_article'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_intel_ingest_ledger')),
        sa.UniqueConstraint('file_hash', name=op.f('uq_intel_ingest_ledger_file_hash')),
    )


def downgrade() -> None:
    op.drop_table('intel_ingest_ledger')
    with op.batch_alter_table('intel_feed_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intel_feed_entry_feed_id'))
        batch_op.drop_index(batch_op.f('ix_intel_feed_entry_article_id'))
    op.drop_table('intel_feed_entry')
    op.drop_table('intel_feed')
