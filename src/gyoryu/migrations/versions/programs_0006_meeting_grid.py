"""programs: multi-day meeting grids — meeting days (slot length, breaks) and tables in halls
(seats, a sector they are reserved for, the days they stand on); a schedule version keeps a
proven bound on the meetings any schedule can place.

A program's single meeting day (meeting_on, meeting_start, meeting_minutes, meeting_slots) becomes
one meeting day, its `tables` count a group of two-seat tables in hall "A" whose tables keep
their ids (0 … n − 1), so a re-solve keeps the meetings already placed; the columns go.

Revision ID: programs_0006_meeting_grid
Revises: programs_0005_registration
Create Date: 2026-12-06 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'programs_0006_meeting_grid'
down_revision = 'programs_0005_registration'
branch_labels = None
depends_on = None

OLD = ('meeting_on', 'meeting_start', 'meeting_minutes', 'meeting_slots', 'tables')


def upgrade() -> None:
    days = op.create_table(
        'program_meeting_day',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('program_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('slot_minutes', sa.Integer(), nullable=False),
        sa.Column('breaks', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['program_id'], ['program.id'],
                                name=op.f('fk_program_meeting_day_program_id_program'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_program_meeting_day')),
        sa.UniqueConstraint('program_id', 'day', name=op.f('uq_program_meeting_day_program_id')),
    )
    with op.batch_alter_table('program_meeting_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_meeting_day_program_id'), ['program_id'],
                              unique=False)
    groups = op.create_table(
        'program_table_group',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('program_id', sa.Integer(), nullable=False),
        sa.Column('hall', sa.String(length=100), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('seats', sa.Integer(), nullable=False),
        sa.Column('sector', sa.String(length=64), nullable=True),
        sa.Column('days', sa.JSON(), nullable=True),
        sa.Column('first_table', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['program_id'], ['program.id'],
                                name=op.f('fk_program_table_group_program_id_program'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_program_table_group')),
    )
    with op.batch_alter_table('program_table_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_table_group_program_id'), ['program_id'],
                              unique=False)
    with op.batch_alter_table('program_schedule_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('most_meetings', sa.Integer(), nullable=True))

    conn = op.get_bind()
    rows = conn.execute(sa.text(
        'SELECT id, meeting_on, meeting_start, meeting_minutes, meeting_slots, tables '
        'FROM program WHERE meeting_on IS NOT NULL AND meeting_slots > 0')).fetchall()
    for pid, day, start, minutes, slots, tables in rows:
        conn.execute(days.insert().values(program_id=pid, day=day, start=start,
                                          end=start + slots * minutes, slot_minutes=minutes,
                                          breaks=[]))
        if tables:
            conn.execute(groups.insert().values(program_id=pid, hall='A', count=tables, seats=2,
                                                sector=None, days=None,
                                                first_table=0))
    with op.batch_alter_table('program', schema=None) as batch_op:
        for name in OLD:
            batch_op.drop_column(name)


def downgrade() -> None:
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.add_column(sa.Column('meeting_on', sa.Date(), nullable=True))
        for name, default in (('meeting_start', '840'), ('meeting_minutes', '20'),
                              ('meeting_slots', '0'), ('tables', '10')):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False,
                                          server_default=default))
    conn = op.get_bind()
    # The first meeting day and the tables standing on it, as far as one day can say.
    for pid, day, start, end, minutes in conn.execute(sa.text(
            'SELECT program_id, day, start, "end", slot_minutes FROM program_meeting_day d '
            'WHERE day = (SELECT MIN(day) FROM program_meeting_day e '
            'WHERE e.program_id = d.program_id)')).fetchall():
        tables = conn.execute(sa.text(
            'SELECT COALESCE(SUM(count), 0) FROM program_table_group WHERE program_id = :p'),
            {'p': pid}).scalar()
        conn.execute(sa.text(
            'UPDATE program SET meeting_on = :day, meeting_start = :start, '
            'meeting_minutes = :minutes, meeting_slots = :slots, tables = :tables '
            'WHERE id = :p'), {'day': day, 'start': start, 'minutes': minutes,
                               'slots': (end - start) // minutes, 'tables': tables, 'p': pid})
    with op.batch_alter_table('program_schedule_version', schema=None) as batch_op:
        batch_op.drop_column('most_meetings')
    with op.batch_alter_table('program_table_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_table_group_program_id'))
    op.drop_table('program_table_group')
    with op.batch_alter_table('program_meeting_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_meeting_day_program_id'))
    op.drop_table('program_meeting_day')
