"""JSON API of a program's own people: its roles (organisers of the program only) and the
check-in at the event (the program's staff and organisers)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs import service, staff
from gyoryu.programs.models import Participant, ProgramStaff
from gyoryu.programs.schemas import CheckInOut, StaffIn, StaffOut
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, ensure, now
from gyoryu.web.paging import Page, Paging

router = APIRouter(tags=["programs"])


def staff_out(row: ProgramStaff) -> StaffOut:
    return StaffOut(id=row.id, program_id=row.program_id, user_id=row.user_id,
                    email=row.user.email, name=row.user.display_name, role=row.role)


def check_in_out(p: Participant) -> CheckInOut:
    return CheckInOut(program_id=p.program_id, participant_id=p.id, name=p.name, status=p.status,
                      checked_in_at=p.arrived_at)


def _program(db, program_id: int, user, permission: str):
    program = service.get_program(db=db, program_id=program_id)
    ensure(permission, user, program)
    return program


@router.get("/programs/{program_id}/staff", response_model=Page[StaffOut])
def list_staff(program_id: Id, db: DbSession, user: CurrentUser, page: Paging) -> dict:
    """Who has a role in this program (its organisers only)."""
    program = _program(db, program_id, user, "programs.manage")
    found = page.of(staff.list_staff(db=db, program=program))
    return found | {"items": [staff_out(r) for r in found["items"]]}


@router.post("/programs/{program_id}/staff", response_model=StaffOut, status_code=201,
             dependencies=[Csrf])
def add_staff(program_id: Id, data: StaffIn, db: DbSession, user: CurrentUser) -> StaffOut:
    """Give an account (by e-mail) a role in this program; a second call changes the role."""
    program = _program(db, program_id, user, "programs.manage")
    return staff_out(staff.give_role(db=db, program=program, email=data.email, role=data.role))


@router.delete("/programs/{program_id}/staff/{staff_id}", status_code=204, dependencies=[Csrf])
def remove_staff(program_id: Id, staff_id: Id, db: DbSession, user: CurrentUser) -> None:
    program = _program(db, program_id, user, "programs.manage")
    staff.remove_staff(db=db, program=program, staff_id=staff_id)


@router.post("/programs/{program_id}/participants/{participant_id}/check-in",
             response_model=CheckInOut, dependencies=[Csrf])
def check_in(program_id: Id, participant_id: Id, request: Request, db: DbSession,
             user: CurrentUser) -> CheckInOut:
    """Check an accepted participant in at the event (the first check-in's time stays)."""
    program = _program(db, program_id, user, "programs.run")
    p = service.get_participant(db=db, participant_id=participant_id, program=program)
    return check_in_out(staff.check_in(db=db, participant=p, now=now(request)))


@router.delete("/programs/{program_id}/participants/{participant_id}/check-in",
               response_model=CheckInOut, dependencies=[Csrf])
def undo_check_in(program_id: Id, participant_id: Id, request: Request, db: DbSession,
                  user: CurrentUser) -> CheckInOut:
    """Take back a check-in made by mistake."""
    program = _program(db, program_id, user, "programs.run")
    p = service.get_participant(db=db, participant_id=participant_id, program=program)
    return check_in_out(staff.check_in(db=db, participant=p, now=now(request), undo=True))
