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
    old = sa.table('program', sa.column('id', sa.Integer()), sa.column('meeting_on', sa.Date()),
                   *(sa.column(name, sa.Integer()) for name in OLD[1:]))
    rows = conn.execute(sa.select(old.c.id, *(old.c[name] for name in OLD)).where(
        old.c.meeting_on.is_not(None), old.c.meeting_slots > 0)).fetchall()
    # ALTER TABLE … DROP COLUMN on both databases (SQLite ≥ 3.35): a batch rebuild would drop
    # the old program table, and with foreign keys on that cascades to every row pointing at it
    # (participants, visits, requests…).
    for name in OLD:
        op.drop_column('program', name)
    for pid, day, start, minutes, slots, tables in rows:
        conn.execute(days.insert().values(program_id=pid, day=day, start=start,
                                          end=start + slots * minutes, slot_minutes=minutes,
                                          breaks=[]))
        if tables:
            conn.execute(groups.insert().values(program_id=pid, hall='A', count=tables, seats=2,
                                                first_table=0))


def downgrade() -> None:
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.add_column(sa.Column('meeting_on', sa.Date(), nullable=True))
        for name, default in (('meeting_start', '840'), ('meeting_minutes', '20'),
                              ('meeting_slots', '0'), ('tables', '10')):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False,
                                          server_default=default))
    conn = op.get_bind()
    days = sa.table('program_meeting_day', sa.column('program_id', sa.Integer()),
                    sa.column('day', sa.Date()), sa.column('start', sa.Integer()),
                    sa.column('end', sa.Integer()), sa.column('slot_minutes', sa.Integer()))
    groups = sa.table('program_table_group', sa.column('program_id', sa.Integer()),
                      sa.column('count', sa.Integer()))
    program = sa.table('program', sa.column('id', sa.Integer()), sa.column('meeting_on', sa.Date()),
                       *(sa.column(name, sa.Integer()) for name in OLD[1:]))
    # The first meeting day and every table, as far as one day can say.
    first: dict[int, tuple] = {}
    for row in conn.execute(sa.select(days).order_by(days.c.day)).fetchall():
        first.setdefault(row.program_id, row)
    for pid, row in first.items():
        tables = conn.execute(sa.select(sa.func.coalesce(sa.func.sum(groups.c.count), 0)).where(
            groups.c.program_id == pid)).scalar()
        conn.execute(program.update().where(program.c.id == pid).values(
            meeting_on=row.day, meeting_start=row.start, meeting_minutes=row.slot_minutes,
            meeting_slots=(row.end - row.start) // row.slot_minutes, tables=tables))
    with op.batch_alter_table('program_schedule_version', schema=None) as batch_op:
        batch_op.drop_column('most_meetings')
    with op.batch_alter_table('program_table_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_table_group_program_id'))
    op.drop_table('program_table_group')
    with op.batch_alter_table('program_meeting_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_meeting_day_program_id'))
    op.drop_table('program_meeting_day')
