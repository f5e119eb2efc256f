"""The organiser's meeting-grid page: the program's meeting days (hours, slot length, breaks)
and the tables of its halls (seats, a reserved sector, the days they stand on)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from gyoryu.directory.service import all_sectors
from gyoryu.errors import GyoryuError
from gyoryu.i18n import Translator
from gyoryu.programs import grid, service
from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs.schemas import MeetingDayIn, TablesIn, WalkIn
from gyoryu.programs.travel import hhmm
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T, ensure
from gyoryu.web.errors import input_message
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)
DAY_FIELDS = ("day", "start", "end", "slot_minutes", "breaks")
TABLE_FIELDS = ("hall", "count", "seats", "sector")


def _program_for(db, program_id: int, user, permission: str = "programs.manage"):
    program = service.get_program(db=db, program_id=program_id)
    ensure(permission, user, program)
    return program


def _see(program) -> RedirectResponse:
    return RedirectResponse(f"/programs/{program.id}/grid", status_code=303)


def _errors(exc: Exception, t: Translator) -> list[str]:
    if isinstance(exc, ValidationError):
        return list(dict.fromkeys(input_message(e, t) for e in exc.errors()))
    return [exc.message(t)] if isinstance(exc, GyoryuError) else [str(exc)]


def _page(request: Request, db, t: Translator, user, program, *, day_values=None,
          table_values=None, day_errors=(), table_errors=(), walk_values=None, walk_errors=()):
    spans = grid.slot_spans(program)
    days = [{"row": d, "breaks": ", ".join(f"{hhmm(lo)}–{hhmm(hi)}" for lo, hi in d.breaks or []),
             "slots": sum(1 for k in spans if k.startswith(d.day.isoformat()))}
            for d in program.meeting_days]
    last = program.meeting_days[-1] if program.meeting_days else None
    sectors = all_sectors(db=db)
    return render(
        request, "programs/grid.html", t,
        status_code=400 if day_errors or table_errors or walk_errors else 200, user=user,
        program=program, walks=grid.walks(db=db, program=program),
        walk_errors=list(walk_errors),
        walk_values=walk_values or {"hall_a": "", "hall_b": "", "minutes": 5},
        days=days, halls=grid.halls(program), slots=len(spans), tables=grid.table_count(program),
        sectors=sectors, sector_names={s.key: s.label(t.locale) for s in sectors}, hhmm=hhmm,
        day_errors=list(day_errors), table_errors=list(table_errors),
        day_values=day_values or {
            "day": "", "start": hhmm(last.start) if last else "09:00",
            "end": hhmm(last.end) if last else "17:00",
            "slot_minutes": last.slot_minutes if last else 30,
            "breaks": days[-1]["breaks"] if last else "12:00–13:00"},
        table_values=table_values or {"hall": "", "count": 10, "seats": 2, "sector": "",
                                      "days": []})


@router.get("/programs/{program_id}/grid")
def grid_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    """The meeting grid: organisers set it up; the program's staff and viewers read it."""
    program = _program_for(db, program_id, user, "programs.oversee")
    return _page(request, db, t, user, program)


@router.post("/programs/{program_id}/grid/days", dependencies=[Csrf])
def day_set(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
            user: CurrentUser):
    """Add a meeting day, or change the one on that date."""
    program = _program_for(db, program_id, user)
    values = {k: (form.get(k) or "").strip() for k in DAY_FIELDS}
    try:
        grid.set_meeting_day(db=db, program=program, data=MeetingDayIn(**values))
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _page(request, db, t, user, program, day_values=values,
                     day_errors=_errors(exc, t))
    return _see(program)


@router.post("/programs/{program_id}/grid/days/{day}/remove", dependencies=[Csrf])
def day_remove(program_id: Id, day: date, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    grid.remove_meeting_day(db=db, program=program, day=day)
    return _see(program)


@router.post("/programs/{program_id}/grid/tables", dependencies=[Csrf])
def tables_add(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
               user: CurrentUser):
    """Tables in a hall; the days they stand on (every day ticked: every day, also days added
    later)."""
    program = _program_for(db, program_id, user)
    values = {k: (form.get(k) or "").strip() for k in TABLE_FIELDS}
    ticked = form.getlist("days")
    every = {d.day.isoformat() for d in program.meeting_days}
    try:
        grid.add_tables(db=db, program=program, data=TablesIn(
            hall=values["hall"], count=values["count"] or 0, seats=values["seats"] or 2,
            sector=values["sector"] or None,
            days=None if not ticked or set(ticked) >= every else ticked))
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _page(request, db, t, user, program, table_values={**values, "days": ticked},
                     table_errors=_errors(exc, t))
    return _see(program)


@router.post("/programs/{program_id}/grid/tables/{group_id}/remove", dependencies=[Csrf])
def tables_remove(program_id: Id, group_id: Id, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    grid.remove_tables(db=db, program=program, group_id=group_id)
    return _see(program)


@router.post("/programs/{program_id}/grid/walking", dependencies=[Csrf])
def walk_set(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
             user: CurrentUser):
    """The minutes to walk between two halls (0 takes the walk out)."""
    program = _program_for(db, program_id, user)
    values = {k: (form.get(k) or "").strip() for k in ("hall_a", "hall_b", "minutes")}
    try:
        grid.set_walk(db=db, program=program, data=WalkIn(
            hall_a=values["hall_a"], hall_b=values["hall_b"], minutes=values["minutes"] or 0))
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _page(request, db, t, user, program, walk_values=values,
                     walk_errors=_errors(exc, t))
    return _see(program)
