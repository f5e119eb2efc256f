"""Held meetings: the `contact` step every relation starts from, and the follow-up questions it
opens. A meeting is recorded by an organiser (two organisations that met at a program, with the
participants who met when the program knows them), or taken over from the program's published
B2B schedule once it was held.

Recording the same scheduled meeting twice keeps one (`source_ref` is unique per program).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gyoryu.errors import InvalidValue, NotFound
from gyoryu.outcomes import service
from gyoryu.outcomes.enums import DEFAULT_FOLLOW_UP_DAYS, MeetingSource, Stage, Via
from gyoryu.outcomes.models import FollowUp, FollowUpPlan, OutcomeMeeting
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Program


# -- the follow-up plan ----------------------------------------------------------------------
def follow_up_days(*, db: Session, program_id: int | None) -> list[int]:
    """When the program's meetings are followed up, in days after the meeting."""
    plan = None if program_id is None else db.scalar(
        select(FollowUpPlan).where(FollowUpPlan.program_id == program_id))
    return list(plan.days) if plan is not None else list(DEFAULT_FOLLOW_UP_DAYS)


def parse_days(value) -> list[int]:
    """'7, 90, 180' (or a list) → [7, 90, 180]: whole days from 0 to 730, sorted, once each."""
    items = value.replace("，", ",").split(",") if isinstance(value, str) else list(value)
    days = set()
    for item in items:
        text = str(item).strip().lstrip("+")
        if not text:
            continue
        if not text.isdigit() or int(text) > 730:
            raise InvalidValue("E816", value=str(item).strip())
        days.add(int(text))
    if not days:
        raise InvalidValue("E816", value=str(value))
    return sorted(days)


def set_follow_up_days(*, db: Session, program: Program, days) -> list[int]:
    """The organiser's follow-up times for the program; meetings already recorded get the rounds
    they lack (rounds already asked stay, answered or not)."""
    chosen = parse_days(days)
    plan = db.scalar(select(FollowUpPlan).where(FollowUpPlan.program_id == program.id))
    if plan is None:
        plan = FollowUpPlan(program_id=program.id, days=chosen)
        db.add(plan)
    else:
        plan.days = chosen
    db.flush()
    for meeting in db.scalars(select(OutcomeMeeting).where(OutcomeMeeting.program_id == program.id)):
        _open_rounds(db, meeting, chosen)
    db.flush()
    return chosen


def _open_rounds(db: Session, meeting: OutcomeMeeting, days: list[int]) -> None:
    have = {f.days for f in meeting.follow_ups}
    for d in days:
        if d not in have:
            meeting.follow_ups.append(FollowUp(days=d, due_on=meeting.held_on + timedelta(days=d)))


# -- recording -------------------------------------------------------------------------------
def get_meeting(*, db: Session, meeting_id: int) -> OutcomeMeeting:
    meeting = db.get(OutcomeMeeting, meeting_id)
    if meeting is None:
        raise NotFound("E807", id=meeting_id)
    return meeting


def _participant_for(db: Session, program: Program, org_id: int,
                     participant_id: int | None) -> Participant | None:
    """The participant who met for `org_id`: the one named, else the program's (accepted
    first) participant from that organisation, else nobody (a visited host, say)."""
    if participant_id is not None:
        person = db.get(Participant, participant_id)
        if person is None or person.program_id != program.id:
            raise InvalidValue("E820", id=participant_id)
        if person.organization_id != org_id:
            raise InvalidValue("E820", id=participant_id)
        return person
    people = db.scalars(select(Participant).where(
        Participant.program_id == program.id, Participant.organization_id == org_id,
        Participant.status != ParticipantStatus.cancelled).order_by(Participant.id)).all()
    return next((p for p in people if p.status == ParticipantStatus.accepted),
                people[0] if people else None)


def record_meeting(*, db: Session, program: Program | None, org_ids: tuple[int, int],
                   held_on: str | date, participant_ids: tuple[int | None, int | None] = (None, None),
                   source: str = MeetingSource.recorded, source_ref: str | None = None,
                   note: str = "", recorded_by: int | None = None, via: str = Via.web
                   ) -> OutcomeMeeting:
    """Two organisations met: the meeting, its `contact` step, and its follow-up rounds."""
    a, b = (int(i) for i in org_ids)
    if a == b:
        raise InvalidValue("E801")
    held_on = service.parse_date(held_on)
    if source_ref is not None:
        found = db.scalar(select(OutcomeMeeting).where(
            OutcomeMeeting.program_id == (program.id if program else None),
            OutcomeMeeting.source == source, OutcomeMeeting.source_ref == source_ref))
        if found is not None:
            return found
    people = ((None, None) if program is None else
              tuple(_participant_for(db, program, org, pid)
                    for org, pid in zip((a, b), participant_ids, strict=True)))
    meeting = OutcomeMeeting(
        program_id=program.id if program else None, held_on=held_on, org_a_id=a, org_b_id=b,
        participant_a_id=people[0].id if people[0] else None,
        participant_b_id=people[1].id if people[1] else None,
        source=MeetingSource(source), source_ref=source_ref, note=(note or "").strip(),
        recorded_by=recorded_by)
    db.add(meeting)
    db.flush()
    service.add_step(db=db, org_ids=(a, b), stage=Stage.contact, on=held_on,
                     program_id=meeting.program_id, recorded_by=recorded_by, via=via,
                     evidence=[service.Proof("meeting", meeting.id)])
    _open_rounds(db, meeting, follow_up_days(db=db, program_id=meeting.program_id))
    db.flush()
    return meeting


def record_schedule(*, db: Session, program: Program, recorded_by: int | None = None,
                    via: str = Via.web) -> list[OutcomeMeeting]:
    """Every meeting of the program's published B2B schedule, as held (once each)."""
    from gyoryu.programs import meetings as program_meetings

    run = program_meetings.published_run(db=db, program=program)
    out = []
    for m in (run.meetings if run is not None else []):
        a, b = db.get(Participant, int(m.a)), db.get(Participant, int(m.b))
        if a is None or b is None or not a.organization_id or not b.organization_id:
            continue
        if a.organization_id == b.organization_id:
            continue
        out.append(record_meeting(
            db=db, program=program, org_ids=(a.organization_id, b.organization_id),
            participant_ids=(a.id, b.id), held_on=program_meetings.slot_time(m.slot).date(),
            source=MeetingSource.scheduled, source_ref=f"{run.id}:{m.request}",
            recorded_by=recorded_by, via=via))
    return out


def meetings_of(*, db: Session, program_id: int | None = None,
                participant_id: int | None = None) -> list[OutcomeMeeting]:
    stmt = select(OutcomeMeeting).order_by(OutcomeMeeting.held_on.desc(), OutcomeMeeting.id.desc())
    if program_id is not None:
        stmt = stmt.where(OutcomeMeeting.program_id == program_id)
    if participant_id is not None:
        stmt = stmt.where(or_(OutcomeMeeting.participant_a_id == participant_id,
                              OutcomeMeeting.participant_b_id == participant_id))
    return list(db.scalars(stmt))
