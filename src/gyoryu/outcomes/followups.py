"""Follow-up questions after a program: "did this meeting lead to anything?", asked on each
participant's private page at the times the organiser set, and reconciled between both sides.

- The first answer of a round is taken at its word: a stage adds a step, with the answer as
  evidence, so the report and the organisations' pages show it at once.
- The other side agreeing adds their answer as evidence to the same step (nothing doubles).
- The other side disagreeing (one says MOU, the other follow-up) is a conflict: nothing more is
  applied, and the organiser decides. A decision retracts the steps it overrules (they stay in
  the history) and records the chosen stage with every answer of the round as evidence.

An answer is one row per participant and round (unique), so a form sent twice, or again after a
crash, is the same answer.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.errors import Forbidden, GyoryuError, InvalidValue, NotFound
from gyoryu.outcomes import service
from gyoryu.outcomes.enums import ANSWERS, NOTHING_YET, FollowUpStatus, Stage, Via
from gyoryu.outcomes.models import FollowUp, FollowUpAnswer, OutcomeMeeting, OutcomeStep
from gyoryu.programs.models import Participant


def get_follow_up(*, db: Session, follow_up_id: int) -> FollowUp:
    found = db.get(FollowUp, follow_up_id)
    if found is None:
        raise NotFound("E817", id=follow_up_id)
    return found


def side_of(meeting: OutcomeMeeting, participant: Participant) -> str | None:
    if meeting.participant_a_id == participant.id:
        return "a"
    if meeting.participant_b_id == participant.id:
        return "b"
    return None


def mine(follow_up: FollowUp, participant: Participant) -> FollowUpAnswer | None:
    return next((a for a in follow_up.answers if a.participant_id == participant.id), None)


def due_for(*, db: Session, participant: Participant, today: date) -> list[FollowUp]:
    """The participant's follow-up questions that are open on `today` (answered ones included,
    so the page shows what they said)."""
    meetings = select(OutcomeMeeting.id).where(or_(
        OutcomeMeeting.participant_a_id == participant.id,
        OutcomeMeeting.participant_b_id == participant.id))
    return list(db.scalars(select(FollowUp).where(
        FollowUp.meeting_id.in_(meetings), FollowUp.due_on <= today)
        .order_by(FollowUp.due_on, FollowUp.id)))


def _check_answer(value: str, note: str) -> str:
    value = (value or "").strip().lower().replace("-", "_")
    if value not in ANSWERS:
        raise InvalidValue("E802", value=value, allowed=", ".join(ANSWERS))
    if value == Stage.dropped and not note.strip():
        raise InvalidValue("E806")
    return value


def answer(*, db: Session, follow_up: FollowUp, participant: Participant, value: str,
           note: str = "", today: date) -> FollowUpAnswer:
    """The participant's answer to one round, applied or set aside for the organiser."""
    meeting = follow_up.meeting
    if side_of(meeting, participant) is None:
        raise Forbidden()
    if follow_up.due_on > today:
        raise GyoryuError("E819", day=follow_up.due_on.isoformat())
    value = _check_answer(value, note or "")
    if (given := mine(follow_up, participant)) is not None:
        return given  # the same form again: one answer per participant and round
    row = FollowUpAnswer(participant_id=participant.id, answer=value, note=(note or "").strip())
    try:
        with db.begin_nested():
            follow_up.answers.append(row)
            db.flush()
    except IntegrityError:  # sent twice at once: the other request stored it
        db.expire(follow_up)
        return mine(follow_up, participant)
    others = [a for a in follow_up.answers if a.id != row.id]
    if not others:
        _apply(db, follow_up, row, today)
        follow_up.status = FollowUpStatus.answered
    elif all(o.answer == value for o in others):
        step = next((db.get(OutcomeStep, o.step_id) for o in others if o.step_id), None)
        if step is not None and step.retracted_at is None:
            service.attach(db=db, step=step, evidence=[service.Proof("answer", row.id)])
            row.step_id = step.id
        if follow_up.status != FollowUpStatus.settled:
            follow_up.status = FollowUpStatus.answered
    elif follow_up.status != FollowUpStatus.settled:
        follow_up.status = FollowUpStatus.conflict
    db.flush()
    return row


def _apply(db: Session, follow_up: FollowUp, row: FollowUpAnswer, on: date) -> None:
    if row.answer == NOTHING_YET:
        return
    meeting = follow_up.meeting
    step = service.add_step(
        db=db, org_ids=(meeting.org_a_id, meeting.org_b_id), stage=row.answer, on=on,
        note=row.note if row.answer != Stage.dropped else "",
        reason=row.note if row.answer == Stage.dropped else "", program_id=meeting.program_id,
        via=Via.answer, evidence=[service.Proof("answer", row.id)])
    row.step_id = step.id


def decide(*, db: Session, follow_up: FollowUp, value: str, note: str = "",
           decided_by: int | None, today: date) -> FollowUp:
    """The organiser settles a round whose answers disagree."""
    if follow_up.status != FollowUpStatus.conflict:
        raise GyoryuError("E821")
    value = _check_answer(value, note or "")
    kept = None
    for a in follow_up.answers:
        step = db.get(OutcomeStep, a.step_id) if a.step_id else None
        if step is None or step.retracted_at is not None:
            continue
        if a.answer == value:
            kept = step
        else:
            service.retract(db=db, step=step, by=decided_by, note=note or "follow-up decided")
    proofs = [service.Proof("answer", a.id) for a in follow_up.answers]
    if value != NOTHING_YET:
        if kept is None:
            meeting = follow_up.meeting
            kept = service.add_step(
                db=db, org_ids=(meeting.org_a_id, meeting.org_b_id), stage=value, on=today,
                note=note if value != Stage.dropped else "",
                reason=note if value == Stage.dropped else "", program_id=meeting.program_id,
                recorded_by=decided_by, via=Via.web, evidence=proofs)
        else:
            have = {e.answer_id for e in kept.evidence}
            service.attach(db=db, step=kept, evidence=[p for p in proofs if p.ref not in have])
        for a in follow_up.answers:
            a.step_id = kept.id
    follow_up.status = FollowUpStatus.settled
    follow_up.decided_answer, follow_up.decided_by, follow_up.decided_at = value, decided_by, utcnow()
    db.flush()
    return follow_up


def conflicts(*, db: Session, program_id: int) -> list[FollowUp]:
    """Rounds of the program whose two sides disagree, for the organiser."""
    return list(db.scalars(select(FollowUp).join(OutcomeMeeting).where(
        OutcomeMeeting.program_id == program_id, FollowUp.status == FollowUpStatus.conflict)
        .order_by(FollowUp.due_on, FollowUp.id)))


def waiting(*, db: Session, today: date, program_id: int | None = None
            ) -> list[tuple[FollowUp, Participant]]:
    """(round, participant) pairs due on `today` that the participant has not answered yet:
    whom to remind."""
    stmt = select(FollowUp).join(OutcomeMeeting).where(FollowUp.due_on <= today)
    if program_id is not None:
        stmt = stmt.where(OutcomeMeeting.program_id == program_id)
    out = []
    for fu in db.scalars(stmt.order_by(FollowUp.id)):
        answered = {a.participant_id for a in fu.answers}
        for pid in (fu.meeting.participant_a_id, fu.meeting.participant_b_id):
            if pid is not None and pid not in answered:
                out.append((fu, db.get(Participant, pid)))
    return out
