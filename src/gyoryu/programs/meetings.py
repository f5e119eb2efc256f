"""Meeting requests between participants and the organisations taking part, and the B2B
schedule: built from accepted requests first, then strong recommendations, and solved by the
matching domain's scheduler into slots × tables.

Attendee keys given to matching are participant ids (as strings); slot keys are local
date-times ("2025-11-24T14:00").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.errors import GyoryuError, InvalidValue, NotFound
from gyoryu.matching import meetings as matching
from gyoryu.matching import service as match_service
from gyoryu.programs.enums import ParticipantStatus, RequestStatus
from gyoryu.programs.models import MeetingRequest, Participant, Program
from gyoryu.programs.service import accepted


def slot_keys(program: Program) -> list[str]:
    if not program.meeting_on or program.meeting_slots <= 0:
        return []
    start = datetime.combine(program.meeting_on, datetime.min.time()) + timedelta(
        minutes=program.meeting_start)
    step = timedelta(minutes=program.meeting_minutes)
    return [(start + i * step).strftime("%Y-%m-%dT%H:%M") for i in range(program.meeting_slots)]


def slot_time(key: str) -> datetime:
    return datetime.strptime(key, "%Y-%m-%dT%H:%M")


# -- requests --------------------------------------------------------------------------------
def request_meeting(*, db: Session, program: Program, requester: Participant,
                    target_org_id: int, message: str = "") -> MeetingRequest:
    """Ask to meet an organisation with at least one accepted participant in the program."""
    if requester.organization_id == target_org_id:
        raise GyoryuError("E514")
    targets = [p for p in accepted(db=db, program=program) if p.organization_id == target_org_id]
    if not targets:
        from gyoryu.directory.service import get_org

        raise GyoryuError("E512", org=get_org(db=db, org_id=target_org_id).display_name("en"))
    existing = db.scalar(select(MeetingRequest).where(
        MeetingRequest.requester_id == requester.id,
        MeetingRequest.target_org_id == target_org_id))
    if existing is not None:
        if existing.status == RequestStatus.withdrawn:
            existing.status, existing.message = RequestStatus.pending, message
            db.flush()
        return existing
    req = MeetingRequest(program_id=program.id, requester=requester,
                         target_org_id=target_org_id, message=message)
    db.add(req)
    db.flush()
    return req


def get_request(*, db: Session, program: Program, request_id: int) -> MeetingRequest:
    req = db.get(MeetingRequest, request_id)
    if req is None or req.program_id != program.id:
        raise NotFound("E511", id=request_id)
    return req


def answer(*, db: Session, request: MeetingRequest, responder: Participant, accept: bool
           ) -> MeetingRequest:
    """A participant of the requested organisation accepts (and takes the meeting) or declines."""
    if responder.organization_id != request.target_org_id:
        from gyoryu.errors import Forbidden

        raise Forbidden()
    if request.status != RequestStatus.pending:
        raise GyoryuError("E513")
    request.status = RequestStatus.accepted if accept else RequestStatus.declined
    request.responder = responder
    db.flush()
    return request


def withdraw(*, db: Session, request: MeetingRequest) -> None:
    request.status = RequestStatus.withdrawn
    db.flush()


def requests_of(*, db: Session, participant: Participant) -> dict[str, list[MeetingRequest]]:
    """A participant's sent requests, and those received by their organisation."""
    sent = db.scalars(select(MeetingRequest).where(
        MeetingRequest.requester_id == participant.id).order_by(MeetingRequest.id)).all()
    received = [] if participant.organization_id is None else db.scalars(
        select(MeetingRequest).where(
            MeetingRequest.program_id == participant.program_id,
            MeetingRequest.target_org_id == participant.organization_id,
        ).order_by(MeetingRequest.id)).all()
    return {"sent": list(sent), "received": list(received)}


def all_requests(*, db: Session, program: Program) -> list[MeetingRequest]:
    return list(db.scalars(select(MeetingRequest).where(
        MeetingRequest.program_id == program.id).order_by(MeetingRequest.id)))


# -- recommendations -------------------------------------------------------------------------
def recommendations(*, db: Session, program: Program, participant: Participant,
                    limit: int = 10) -> list:
    """Partners for the participant's organisation among the program's profiles (with reasons).

    Only organisations with an accepted participant are offered: they are the ones to meet."""
    if participant.organization_id is None:
        return []
    profile = match_service.profile_for(db=db, organization_id=participant.organization_id,
                                        program_id=program.id)
    if profile is None:
        return []
    present = {p.organization_id for p in accepted(db=db, program=program)}
    return [r for r in match_service.recommend(db=db, profile_id=profile.id, limit=limit * 3)
            if r.profile.organization_id in present][:limit]


# -- the schedule ----------------------------------------------------------------------------
def attendees(*, db: Session, program: Program) -> list[Participant]:
    """Who can meet: accepted participants with an organisation in the directory."""
    return [p for p in accepted(db=db, program=program) if p.organization_id is not None]


def build_instance(*, db: Session, program: Program, recommend_top: int = 3) -> dict:
    slots = slot_keys(program)
    if not slots:
        raise GyoryuError("E515")
    people = attendees(db=db, program=program)
    present = {p.id for p in people}
    attendees_ = [matching.Attendee(key=str(p.id), organization_id=p.organization_id,
                                    available=[s for s in slots if p.available is None
                                               or s in p.available])
                  for p in people]
    accepted_ = [matching.AcceptedRequest(key=str(r.id), a=str(r.requester_id),
                                          b=str(r.responder_id))
                 for r in all_requests(db=db, program=program)
                 if r.status == RequestStatus.accepted and r.requester_id in present
                 and r.responder_id in present]
    return matching.meeting_instance(db=db, program_id=program.id, slots=slots,
                                     tables=program.tables, attendees=attendees_,
                                     accepted=accepted_, recommend_top=recommend_top)


def solve(*, db: Session, program: Program, time_limit: float = 10.0):
    """Solve (or re-solve, keeping meetings in place) the program's meeting schedule."""
    return matching.solve_schedule(db=db, program_id=program.id,
                                   instance=build_instance(db=db, program=program),
                                   time_limit=time_limit)


def current(*, db: Session, program: Program):
    return matching.current_schedule(db=db, program_id=program.id)


def grid(*, db: Session, program: Program) -> dict:
    """The organiser's slot × table grid of the current schedule."""
    run = current(db=db, program=program)
    slots = slot_keys(program)
    cells: dict[tuple[str, int], object] = {}
    ids: set[int] = set()
    if run is not None:
        for m in run.meetings:
            cells[(m.slot, m.table_no)] = m
            ids.update((int(m.a), int(m.b)))
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    unscheduled = []
    if run is not None:
        placed = {m.request for m in run.meetings}
        unscheduled = [r for r in run.instance["requests"] if r["id"] not in placed]
    return {"run": run, "slots": slots, "tables": list(range(program.tables)), "cells": cells,
            "people": people, "unscheduled": unscheduled}


def meetings_for(*, db: Session, program: Program, participant: Participant) -> list[dict]:
    """A participant's meetings: slot, table and whom they meet."""
    out = []
    for m in matching.meetings_of(db=db, program_id=program.id, attendee=str(participant.id)):
        other_id = int(m.b) if m.a == str(participant.id) else int(m.a)
        other = db.get(Participant, other_id)
        start = slot_time(m.slot)
        out.append({"slot": m.slot, "start": start,
                    "end": start + timedelta(minutes=program.meeting_minutes),
                    "table": m.table_no, "with": other, "origin": m.origin})
    return out


def check_status(participant: Participant) -> None:
    if participant.status != ParticipantStatus.accepted:
        raise InvalidValue("E506", field="status", value=participant.status,
                           allowed=ParticipantStatus.accepted)
