"""JSON API of outcomes: relations and their history, recording steps and held meetings, the
news review queue, follow-up answers (each reader sees only the answers they may), and a
program's results report. The same service functions as the pages and the CLI."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter
from sqlalchemy import select

from gyoryu.accounts.rules import allowed
from gyoryu.directory.service import org_by_ref
from gyoryu.errors import Forbidden
from gyoryu.outcomes import followups, meetings, news, report, service
from gyoryu.outcomes import rules as _rules  # noqa: F401  (registers outcomes.* rules)
from gyoryu.outcomes.enums import SuggestionKind, Via
from gyoryu.outcomes.models import FollowUpAnswer
from gyoryu.outcomes.schemas import (
    AnswerIn,
    AnswerOut,
    DecisionIn,
    MeetingHeldOut,
    MeetingIn,
    MyFollowUpOut,
    OutcomeOut,
    ProgramReportOut,
    StepIn,
    SuggestionOut,
    answer_json,
    outcome_json,
    suggestion_json,
)
from gyoryu.programs import service as programs
from gyoryu.programs.models import Participant
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, ensure, require
from gyoryu.web.paging import Page, Paging

router = APIRouter(tags=["outcomes"])


def _program(db, ref: str):
    found = programs.program_by_key(db=db, key=ref)
    if found is None and str(ref).isdigit():
        found = programs.get_program(db=db, program_id=int(ref))
    if found is None:
        from gyoryu.errors import NotFound

        raise NotFound("E501", id=ref)
    return found


@router.get("/outcomes", response_model=Page[OutcomeOut])
def list_outcomes(db: DbSession, user: CurrentUser, page: Paging, org: str | None = None,
                  program: str | None = None) -> dict:
    """Relations the reader may see: organisers every one, a member their organisation's."""
    if user is None:
        raise Forbidden()
    p = _program(db, program) if program else None
    if p is not None and not allowed("outcomes.program", user, p) and user.organization_id is None:
        raise Forbidden()
    found = service.outcomes(db=db, org_id=org_by_ref(db=db, ref=org).id if org else None,
                             program_id=p.id if p else None)
    found = page.of([o for o in found if allowed("outcomes.view", user, o)])
    return found | {"items": [outcome_json(o) for o in found["items"]]}


@router.get("/outcomes/suggestions", response_model=Page[SuggestionOut])
def list_suggestions(db: DbSession, user: Annotated[object, require("outcomes.review")],
                     page: Paging, kind: str = SuggestionKind.step) -> dict:
    found = page.of(news.suggestions(db=db, kind=kind))
    return found | {"items": [suggestion_json(db, s) for s in found["items"]]}


@router.post("/outcomes/suggestions/{suggestion_id}/accept", dependencies=[Csrf],
             response_model=OutcomeOut)
def accept_suggestion(suggestion_id: Id, data: DecisionIn, db: DbSession,
                      user: Annotated[object, require("outcomes.review")]) -> dict:
    step = news.accept(db=db, suggestion_id=suggestion_id, stage=data.stage, decided_by=user.id,
                       via=Via.api)
    return outcome_json(step.outcome)


@router.post("/outcomes/suggestions/{suggestion_id}/reject", dependencies=[Csrf],
             response_model=SuggestionOut)
def reject_suggestion(suggestion_id: Id, db: DbSession,
                      user: Annotated[object, require("outcomes.review")]) -> dict:
    return suggestion_json(db, news.reject(db=db, suggestion_id=suggestion_id, decided_by=user.id))


@router.get("/outcomes/{outcome_id}", response_model=OutcomeOut)
def get_outcome(outcome_id: Id, db: DbSession, user: CurrentUser) -> dict:
    outcome = service.get_outcome(db=db, outcome_id=outcome_id)
    ensure("outcomes.view", user, outcome)
    return outcome_json(outcome)


@router.post("/outcomes", status_code=201, dependencies=[Csrf], response_model=OutcomeOut)
def add_step(data: StepIn, db: DbSession, user: CurrentUser) -> dict:
    program = _program(db, data.program) if data.program else None
    ensure("outcomes.record", user, program)
    proofs = []
    if data.meeting is not None:
        proofs.append(service.Proof("meeting", data.meeting))
    if data.article is not None:
        proofs.append(service.Proof("article", data.article, start=data.start, end=data.end))
    if data.document is not None:
        proofs.append(service.Proof("document", data.document))
    step = service.add_step(
        db=db, org_ids=[org_by_ref(db=db, ref=o).id for o in data.organizations], stage=data.stage,
        on=data.date or date.today(), amount=data.amount, currency=data.currency, note=data.note,
        reason=data.reason, program_id=program.id if program else None, evidence=proofs,
        recorded_by=user.id, via=Via.api)
    return outcome_json(step.outcome)


@router.post("/programs/{program_id}/meetings-held", status_code=201, dependencies=[Csrf],
             response_model=MeetingHeldOut)
def record_meeting(program_id: Id, data: MeetingIn, db: DbSession, user: CurrentUser) -> dict:
    program = programs.get_program(db=db, program_id=program_id)
    ensure("outcomes.record", user, program)
    held = meetings.record_meeting(db=db, program=program,
                                   org_ids=tuple(org_by_ref(db=db, ref=o).id for o in data.organizations),
                                   held_on=data.date, note=data.note, recorded_by=user.id,
                                   via=Via.api)
    return {"id": held.id, "program": program.id, "date": held.held_on.isoformat(),
            "participants": [held.participant_a_id, held.participant_b_id],
            "follow_ups": [{"id": f.id, "days": f.days, "due": f.due_on.isoformat()}
                           for f in held.follow_ups]}


@router.get("/programs/{program_id}/report", response_model=ProgramReportOut)
def program_report(program_id: Id, db: DbSession, user: CurrentUser) -> dict:
    program = programs.get_program(db=db, program_id=program_id)
    ensure("outcomes.program", user, program)
    return report.program_report(db=db, program=program)


# -- follow-up answers -----------------------------------------------------------------------
@router.get("/follow-ups/{follow_up_id}/answers", response_model=list[AnswerOut])
def follow_up_answers(follow_up_id: Id, db: DbSession, user: CurrentUser) -> list[dict]:
    """The answers of one round the reader may read (their own, or all for its organisers)."""
    fu = followups.get_follow_up(db=db, follow_up_id=follow_up_id)
    readable = [a for a in fu.answers if allowed("outcomes.read_answer", user, a)]
    if not readable and not allowed("outcomes.program", user, fu.meeting.program):
        raise Forbidden()
    return [answer_json(a) for a in readable]


@router.get("/answers/{answer_id}", response_model=AnswerOut)
def get_answer(answer_id: Id, db: DbSession, user: CurrentUser) -> dict:
    row = db.get(FollowUpAnswer, answer_id)
    if row is None:
        from gyoryu.errors import NotFound

        raise NotFound("E817", id=answer_id)
    ensure("outcomes.read_answer", user, row)
    return answer_json(row)


@router.get("/my/follow-ups", response_model=list[MyFollowUpOut])
def my_follow_ups(db: DbSession, user: CurrentUser) -> list[dict]:
    """A signed-in participant's due questions and answers (every program they take part in)."""
    if user is None:
        raise Forbidden()
    out = []
    for person in db.scalars(select(Participant).where(Participant.user_id == user.id)):
        for fu in followups.due_for(db=db, participant=person, today=date.today()):
            mine = followups.mine(fu, person)
            out.append({"follow_up": fu.id, "meeting": fu.meeting_id, "days": fu.days,
                        "due": fu.due_on.isoformat(), "participant": person.id,
                        "answer": answer_json(mine) if mine else None})
    return out


@router.post("/follow-ups/{follow_up_id}/answers", status_code=201, dependencies=[Csrf],
             response_model=AnswerOut)
def answer(follow_up_id: Id, data: AnswerIn, db: DbSession, user: CurrentUser) -> dict:
    """Answer as the signed-in participant of the meeting."""
    if user is None:
        raise Forbidden()
    fu = followups.get_follow_up(db=db, follow_up_id=follow_up_id)
    people = [p for p in (fu.meeting.participant_a, fu.meeting.participant_b)
              if p is not None and p.user_id == user.id]
    if not people:
        raise Forbidden()
    row = followups.answer(db=db, follow_up=fu, participant=people[0], value=data.stage,
                           note=data.note, today=date.today())
    return answer_json(row)
