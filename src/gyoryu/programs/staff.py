"""A program's own people and the event's door: roles in one program (`enums.ProgramRole`,
given by e-mail to an existing account, changed, taken away) and participants' check-in.

Services add and flush; the caller owns the transaction. Who may call them is the edge's
check (`programs.manage` for roles, `programs.run` for check-in).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.accounts.models import User
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.programs.enums import LABELS, ParticipantStatus, ProgramRole
from gyoryu.programs.models import Participant, Program, ProgramStaff


def roles() -> list[str]:
    return [r.value for r in ProgramRole]


def list_staff(*, db: Session, program: Program) -> list[ProgramStaff]:
    return list(db.scalars(select(ProgramStaff).where(ProgramStaff.program_id == program.id)
                           .order_by(ProgramStaff.role, ProgramStaff.id)))


def _role(value: str) -> ProgramRole:
    try:
        return ProgramRole((value or "").strip().lower())
    except ValueError:
        raise InvalidValue("E141", value=str(value)[:40], allowed=", ".join(roles()),
                           field="role") from None


def give_role(*, db: Session, program: Program, email: str, role: str) -> ProgramStaff:
    """Give the account with this e-mail `role` in the program (its role there changes if it
    had one)."""
    chosen = _role(role)
    address = (email or "").strip().lower()
    user = db.scalar(select(User).where(func.lower(User.email) == address)) if address else None
    if user is None:
        raise InvalidValue("E140", email=address[:254], field="email")
    row = db.scalar(select(ProgramStaff).where(ProgramStaff.program_id == program.id,
                                               ProgramStaff.user_id == user.id))
    if row is None:
        row = ProgramStaff(program_id=program.id, user_id=user.id, role=chosen.value)
        program.staff.append(row)
    else:
        row.role = chosen.value
    db.flush()
    return row


def get_staff(*, db: Session, program: Program, staff_id: int) -> ProgramStaff:
    row = db.get(ProgramStaff, staff_id)
    if row is None or row.program_id != program.id:
        raise NotFound("E142", id=staff_id)
    return row


def remove_staff(*, db: Session, program: Program, staff_id: int) -> None:
    row = get_staff(db=db, program=program, staff_id=staff_id)
    program.staff.remove(row)
    db.flush()


def check_in(*, db: Session, participant: Participant, now: datetime,
             undo: bool = False) -> Participant:
    """Mark an accepted participant arrived (the first time counts), or take it back."""
    if undo:
        participant.checked_in_at = None
    else:
        if participant.status != ParticipantStatus.accepted:
            raise InvalidValue("E143", name=participant.name,
                               status=LABELS["participant status"].get(participant.status,
                                                                       participant.status))
        if participant.checked_in_at is None:
            participant.checked_in_at = now
    db.flush()
    return participant
