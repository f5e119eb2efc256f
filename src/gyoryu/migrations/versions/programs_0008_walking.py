"""programs: walking minutes between the halls of a program's meeting grid.

Revision ID: programs_0008_walking
Revises: programs_0007_check_in
Create Date: 2026-12-05 00:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'programs_0008_walking'
down_revision = 'programs_0007_check_in'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'program_hall_walk',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('program_id', sa.Integer(), nullable=False),
        sa.Column('hall_a', sa.String(length=100), nullable=False),
        sa.Column('hall_b', sa.String(length=100), nullable=False),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['program_id'], ['program.id'],
                                name=op.f('fk_program_hall_walk_program_id_program'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_program_hall_walk')),
        sa.UniqueConstraint('program_id', 'hall_a', 'hall_b',
                            name=op.f('uq_program_hall_walk_program_id')),
    )
    with op.batch_alter_table('program_hall_walk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_hall_walk_program_id'), ['program_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('program_hall_walk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_hall_walk_program_id'))
    op.drop_table('program_hall_walk')
