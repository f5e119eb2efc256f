"""A small world of relations on bundled organisations: a program, a held meeting that became
an MOU, a news event, and the directory's clusters."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.directory.service import org_by_key
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.outcomes import meetings as outcome_meetings
from gyoryu.outcomes import service as outcomes
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from gyoryu.programs.service import create_program, register_participant, set_status
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)


@pytest.fixture
def world(db):
    orgs = {k: org_by_key(db=db, key=k) for k in ("nhn", "hancom", "aiworks", "megazone-cloud", "aeirobot")}
    program = create_program(db=db, data=ProgramIn(
        kind="delegation", key="graph-delegation", title={"en": "Graph delegation", "ko": "그래프 대표단"},
        starts_on=date(2025, 6, 10), ends_on=date(2025, 6, 12), cities=["cn-beijing"]))
    for key in ("nhn", "hancom", "aiworks"):
        p = register_participant(db=db, program=program, data=RegistrationIn(
            name=f"Rep {key}", email=f"{key}@graph.example", organization_id=orgs[key].id), force=True)
        set_status(db=db, participant=p, status="accepted")
    outcome_meetings.record_meeting(db=db, program=program, org_ids=(orgs["nhn"].id, orgs["hancom"].id),
                                    held_on=date(2025, 6, 11))
    outcomes.add_step(db=db, org_ids=(orgs["nhn"].id, orgs["hancom"].id), stage="mou", on=date(2025, 9, 1))
    article = Article(content_hash="graph-world-1", language="en", published=date(2026, 2, 3),
                      title="AIWorks and Megazone Cloud sign an MOU", text="x" * 40)
    db.add(article)
    db.flush()
    event = Event(article_id=article.id, type="agreement", start=0, end=10, date="2026-02-02")
    event.parties = [EventParty(side="actor", text="a", org_id=orgs["aiworks"].id),
                     EventParty(side="target", text="b", org_id=orgs["megazone-cloud"].id)]
    db.add(event)
    db.flush()
    return {"program": program, **orgs}
