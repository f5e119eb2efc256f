"""Factories for outcomes: directory organisations by key, a program with accepted participants."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.directory.service import org_by_key
from gyoryu.programs import service as programs
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)


@pytest.fixture
def org(db):
    def _org(key: str):
        found = org_by_key(db=db, key=key)
        assert found is not None, key
        return found

    return _org


@pytest.fixture
def summit(db, org):
    """A summit with four accepted participants: NHN Cloud, Hancom, 4Paradigm, Sevens Robotics."""
    program = programs.create_program(db=db, data=ProgramIn(
        key="outcomes-test-summit", kind="summit", title={"en": "Outcome summit", "ko": "성과 서밋"},
        starts_on=date(2026, 3, 10), ends_on=date(2026, 3, 11), cities=["cn-beijing"]))
    people = {}
    for key in ("nhn-cloud", "hancom", "4paradigm", "sevens-robotics"):
        person = programs.register_participant(db=db, program=program, force=True, data=RegistrationIn(
            name=f"Person of {key}", email=f"{key}@outcomes.example", organization_id=org(key).id))
        person.status = ParticipantStatus.accepted
        people[key] = person
    db.flush()
    program.people = people
    return program
