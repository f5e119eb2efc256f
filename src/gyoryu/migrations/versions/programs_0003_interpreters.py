"""programs: participants' meeting languages and the program's interpreters

Revision ID: programs_0003_interpreters
Revises: programs_0002
Create Date: 2026-12-04 15:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'programs_0003_interpreters'
down_revision = 'programs_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('program_participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('languages', sa.JSON(), nullable=True))
    op.create_table(
        'program_interpreter',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('program_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('pairs', sa.JSON(), nullable=False),
        sa.Column('available', sa.JSON(), nullable=True),
        sa.Column('max_meetings', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['program_id'], ['program.id'],
                                name=op.f('fk_program_interpreter_program_id_program'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_program_interpreter')),
    )
    with op.batch_alter_table('program_interpreter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_interpreter_program_id'), ['program_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('program_interpreter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_interpreter_program_id'))
    op.drop_table('program_interpreter')
    with op.batch_alter_table('program_participant', schema=None) as batch_op:
        batch_op.drop_column('languages')
