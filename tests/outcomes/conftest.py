"""Factories for outcomes: directory organisations by key, a program with accepted participants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select

from gyoryu.db import transaction
from gyoryu.directory.service import org_by_key
from gyoryu.intel import service as intel
from gyoryu.intel.models import Article
from gyoryu.intel.sources import from_text
from gyoryu.mail.models import OutboxMessage
from gyoryu.outcomes import meetings
from gyoryu.outcomes.models import Outcome, OutcomeMeeting, Suggestion
from gyoryu.programs import service as programs
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.programs.conftest import make_program  # noqa: F401  (program factory)
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)

# Written for the tests (not a real article).
MOU_KO = ("NHN클라우드, 포패러다임과 AI 클라우드 MOU 체결\n\n"
          "NHN클라우드는 중국 AI 기업 포패러다임과 12월 1일 베이징에서 AI 클라우드 협력을 위한 "
          "업무협약(MOU)을 체결했다고 밝혔다. 양사는 지난 봄 서밋에서 처음 만났다.\n")


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


@pytest.fixture
def committed(engine):
    """A program where NHN Cloud met 4Paradigm, with a news suggestion about their MOU —
    committed, and removed afterwards (for tests that run real processes or commands)."""
    with transaction(engine) as db:
        program = programs.create_program(db=db, data=ProgramIn(
            key="outcomes-committed-test", kind="summit", title={"en": "Committed summit"},
            starts_on=date(2026, 3, 10), ends_on=date(2026, 3, 11), cities=["cn-beijing"]))
        people = {}
        for key in ("nhn-cloud", "4paradigm"):
            person = programs.register_participant(db=db, program=program, force=True,
                                                   data=RegistrationIn(
                name=f"P {key}", email=f"{key}@crash.example", organization_id=org_by_key(db=db, key=key).id))
            person.status = ParticipantStatus.accepted
            people[key] = person
        meetings.set_follow_up_days(db=db, program=program, days=[7, 90])
        meeting = meetings.record_meeting(db=db, program=program, held_on="2026-03-11",
                                          org_ids=tuple(p.organization_id for p in people.values()))
        article, _ = intel.ingest(db=db, source=from_text(MOU_KO, "test:committed"))
        suggestion = db.scalar(select(Suggestion).where(Suggestion.article_id == article.id))
        ids = {"key": program.key, "program": program.id, "meeting": meeting.id, "article": article.id,
               "suggestion": suggestion.id, "outcome": db.scalar(select(Outcome.id)),
               "follow_up": meeting.follow_ups[0].id, "token": people["nhn-cloud"].token}
    yield ids
    with transaction(engine) as db:
        db.execute(delete(OutboxMessage).where(OutboxMessage.dedupe_key.like("outcome-follow-up:%")))
        db.execute(delete(Suggestion))
        db.execute(delete(Outcome))
        db.execute(delete(OutcomeMeeting))
        db.execute(delete(Article).where(Article.id == ids["article"]))
        db.delete(programs.get_program(db=db, program_id=ids["program"]))
