"""Factories for programs: a real program in the test's rolled-back database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from gyoryu.programs import grid, service
from gyoryu.programs.schemas import MeetingDayIn, ProgramIn, RegistrationIn, TablesIn
from tests.mail.conftest import mail_settings, smtp  # noqa: F401  (mail fixtures)
from tests.web.conftest import app, client, live_server, make_user  # noqa: F401  (web fixtures)


def one_day_grid(db, program, *, meeting_on: date, meeting_start: str = "14:00",
                 meeting_minutes: int = 20, meeting_slots: int = 0, tables: int = 10) -> None:
    """The single meeting day of the first programs, on the meeting grid: `meeting_slots`
    slots of `meeting_minutes` from `meeting_start`, and `tables` two-seat tables in hall A."""
    start = int(meeting_start[:2]) * 60 + int(meeting_start[3:5])
    if meeting_slots:
        grid.set_meeting_day(db=db, program=program, data=MeetingDayIn(
            day=meeting_on, start=start, end=start + meeting_slots * meeting_minutes,
            slot_minutes=meeting_minutes))
    if tables:
        grid.add_tables(db=db, program=program, data=TablesIn(hall="A", count=tables))


GRID_ARGS = ("meeting_on", "meeting_start", "meeting_minutes", "meeting_slots", "tables")


@pytest.fixture
def make_program(db):
    """A program; `meeting_on=…, meeting_slots=…, tables=…` give it a one-day meeting grid."""
    def _make(**kw):
        data = dict(kind="summit", title={"en": "AI Summit", "ko": "AI 서밋"},
                    starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13),
                    cities=["cn-beijing"], capacity=None,
                    # the factory's dates lie in the past: its programs take sign-ups all the same
                    registration_closes=datetime(2099, 12, 31, tzinfo=UTC))
        grid_args = {k: kw.pop(k) for k in GRID_ARGS if k in kw}
        data.update(kw)
        program = service.create_program(db=db, data=ProgramIn(**data))
        if grid_args.get("meeting_on"):
            one_day_grid(db, program, **grid_args)
        return program

    return _make


@pytest.fixture
def register(db):
    def _register(program, name, *, org_id=None, org_name="", email=None, **kw):
        return service.register_participant(
            db=db, program=program,
            data=RegistrationIn(name=name,
                                email=email or f"{name.lower().replace(' ', '.')}@ex.org",
                                organization_id=org_id, organization_name=org_name,
                                consent=True, **kw))

    return _register
