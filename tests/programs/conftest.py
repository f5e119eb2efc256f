"""Factories for programs: a real program in the test's rolled-back database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from gyoryu.programs import service
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.mail.conftest import mail_settings, smtp  # noqa: F401  (mail fixtures)
from tests.web.conftest import app, client, live_server, make_user  # noqa: F401  (web fixtures)


@pytest.fixture
def make_program(db):
    def _make(**kw):
        data = dict(kind="summit", title={"en": "AI Summit", "ko": "AI 서밋"},
                    starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13),
                    cities=["cn-beijing"], capacity=None,
                    # the factory's dates lie in the past: its programs take sign-ups all the same
                    registration_closes=datetime(2099, 12, 31, tzinfo=UTC))
        data.update(kw)
        return service.create_program(db=db, data=ProgramIn(**data))

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
