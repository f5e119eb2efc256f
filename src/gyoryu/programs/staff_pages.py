"""The program's staff section (its organisers: give a role by e-mail, list, take it away) and
the check-in at the event (the program's staff and organisers, from the participants' page)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from gyoryu.errors import GyoryuError
from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs import service, staff
from gyoryu.programs.enums import LABELS, ProgramRole
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T, ensure, now
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)


def _program(db, program_id: int, user, permission: str = "programs.manage"):
    program = service.get_program(db=db, program_id=program_id)
    ensure(permission, user, program)
    return program


def _page(request: Request, db, t, user, program, *, values=None, errors=(), status_code=200):
    def role_label(value: str) -> str:
        pair = LABELS["program role"].get(value)
        return t.pgettext(*pair) if pair else value

    return render(request, "programs/staff.html", t, status_code=status_code, user=user,
                  program=program, rows=staff.list_staff(db=db, program=program),
                  roles=list(ProgramRole), role_label=role_label,
                  values=values or {"email": "", "role": ProgramRole.staff.value},
                  errors=list(errors))


@router.get("/programs/{program_id}/staff")
def staff_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = _program(db, program_id, user)
    return _page(request, db, t, user, program)


@router.post("/programs/{program_id}/staff", dependencies=[Csrf])
def staff_add(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
              user: CurrentUser):
    program = _program(db, program_id, user)
    values = {"email": (form.get("email") or "").strip(), "role": form.get("role") or ""}
    try:
        staff.give_role(db=db, program=program, email=values["email"], role=values["role"])
    except GyoryuError as exc:
        db.rollback()
        return _page(request, db, t, user, program, values=values, errors=[exc.message(t)],
                     status_code=400)
    return RedirectResponse(f"/programs/{program.id}/staff", status_code=303)


@router.post("/programs/{program_id}/staff/{staff_id}/remove", dependencies=[Csrf])
def staff_remove(program_id: Id, staff_id: Id, db: DbSession, user: CurrentUser):
    program = _program(db, program_id, user)
    staff.remove_staff(db=db, program=program, staff_id=staff_id)
    return RedirectResponse(f"/programs/{program.id}/staff", status_code=303)


@router.post("/programs/{program_id}/participants/{participant_id}/check-in",
             dependencies=[Csrf])
def check_in(program_id: Id, participant_id: Id, request: Request, form: PostedForm,
             db: DbSession, user: CurrentUser):
    """Check a participant in at the event (`undo=1`: take it back)."""
    program = _program(db, program_id, user, "programs.run")
    p = service.get_participant(db=db, participant_id=participant_id, program=program)
    staff.check_in(db=db, participant=p, now=now(request), undo=form.get("undo") == "1")
    return RedirectResponse(f"/programs/{program.id}/participants#p{p.id}", status_code=303)
