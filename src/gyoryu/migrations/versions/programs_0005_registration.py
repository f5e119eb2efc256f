"""programs: registration windows, the fields a program asks for, consent to the use of personal
data and its retention; a program's venue

(Numbered 0005: another branch of work may add programs_0004 for exhibitions; whichever lands
second sets its down_revision to the other.)

Revision ID: programs_0005_registration
Revises: programs_0003_interpreters
Create Date: 2026-12-04 18:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'programs_0005_registration'
down_revision = 'programs_0003_interpreters'
branch_labels = None
depends_on = None

PARTICIPANT_TEXT = ("mobile", "wechat_id", "kakaotalk_id", "passport_name", "passport_number",
                    "dietary")


def upgrade() -> None:
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registration_opens', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('registration_closes', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('asks', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('retention_days', sa.Integer(), nullable=False,
                                      server_default='90'))
        batch_op.add_column(sa.Column('venue', sa.String(length=300), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('program_participant', schema=None) as batch_op:
        for name in PARTICIPANT_TEXT:
            batch_op.add_column(sa.Column(name, sa.String(length=200), nullable=False,
                                          server_default=''))
        batch_op.add_column(sa.Column('consent_version', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('consented_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('program_participant', schema=None) as batch_op:
        for name in ('anonymised_at', 'consented_at', 'consent_version', *PARTICIPANT_TEXT[::-1]):
            batch_op.drop_column(name)
    with op.batch_alter_table('program', schema=None) as batch_op:
        for name in ('venue', 'retention_days', 'asks', 'registration_closes', 'registration_opens'):
            batch_op.drop_column(name)
