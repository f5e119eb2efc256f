"""JSON API of the meeting grid (organisers): a program's meeting days and the tables of its
halls. The same service functions as the grid page and `gyoryu program meeting-day / tables`."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from gyoryu.programs import grid, service
from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs.models import MeetingDay, Program, TableGroup
from gyoryu.programs.schemas import (
    MeetingDayIn,
    MeetingDayOut,
    MeetingGridSetupOut,
    TablesIn,
    TablesOut,
    WalkIn,
    WalkOut,
)
from gyoryu.programs.travel import hhmm
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, ensure

router = APIRouter(tags=["programs"])


def _managed(db, program_id: int, user) -> Program:
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    return program


def day_out(program: Program, day: MeetingDay) -> MeetingDayOut:
    return MeetingDayOut(day=day.day, start=hhmm(day.start), end=hhmm(day.end),
                         slot_minutes=day.slot_minutes,
                         breaks=[[hhmm(lo), hhmm(hi)] for lo, hi in day.breaks or []],
                         slots=grid.days_of(program).get(day.day.isoformat(), []))


def tables_out(group: TableGroup) -> TablesOut:
    return TablesOut(id=group.id, hall=group.hall, count=group.count, seats=group.seats,
                     sector=group.sector,
                     days=None if group.days is None else [date.fromisoformat(d)
                                                           for d in group.days],
                     tables=grid.table_ids(group))


def walks_out(db, program: Program) -> list[WalkOut]:
    return [WalkOut(hall_a=w.hall_a, hall_b=w.hall_b, minutes=w.minutes)
            for w in grid.walks(db=db, program=program)]


def setup_out(db, program: Program) -> MeetingGridSetupOut:
    return MeetingGridSetupOut(program_id=program.id,
                               days=[day_out(program, d) for d in program.meeting_days],
                               tables=[tables_out(g) for g in program.table_groups],
                               slots=grid.slot_keys(program), walking=walks_out(db, program),
                               gaps=grid.gaps_of(program))


@router.get("/programs/{program_id}/meeting-grid", response_model=MeetingGridSetupOut)
def get_grid(program_id: Id, db: DbSession, user: CurrentUser) -> MeetingGridSetupOut:
    """The meeting days with their slots, the tables of every hall, the walks between halls
    and the minutes free between slots (breaks) to walk them in."""
    return setup_out(db, _managed(db, program_id, user))


@router.put("/programs/{program_id}/walking", response_model=list[WalkOut],
            dependencies=[Csrf])
def set_walk(program_id: Id, data: WalkIn, db: DbSession, user: CurrentUser) -> list[WalkOut]:
    """Set the minutes to walk between two halls (either way; 0 takes the walk out). Answers
    every walk of the program."""
    program = _managed(db, program_id, user)
    grid.set_walk(db=db, program=program, data=data)
    return walks_out(db, program)


@router.post("/programs/{program_id}/meeting-days", response_model=MeetingDayOut,
             dependencies=[Csrf])
def set_day(program_id: Id, data: MeetingDayIn, db: DbSession,
            user: CurrentUser) -> MeetingDayOut:
    """Add a meeting day, or change the one on that date (its slots follow)."""
    program = _managed(db, program_id, user)
    return day_out(program, grid.set_meeting_day(db=db, program=program, data=data))


@router.delete("/programs/{program_id}/meeting-days/{day}", status_code=204,
               dependencies=[Csrf])
def remove_day(program_id: Id, day: date, db: DbSession, user: CurrentUser) -> None:
    grid.remove_meeting_day(db=db, program=_managed(db, program_id, user), day=day)


@router.post("/programs/{program_id}/tables", response_model=TablesOut, status_code=201,
             dependencies=[Csrf])
def add_tables(program_id: Id, data: TablesIn, db: DbSession, user: CurrentUser) -> TablesOut:
    """Alike tables in a hall (named by `hall`; the hall exists once it has tables)."""
    program = _managed(db, program_id, user)
    return tables_out(grid.add_tables(db=db, program=program, data=data))


@router.delete("/programs/{program_id}/tables/{group_id}", status_code=204,
               dependencies=[Csrf])
def remove_tables(program_id: Id, group_id: Id, db: DbSession, user: CurrentUser) -> None:
    grid.remove_tables(db=db, program=_managed(db, program_id, user), group_id=group_id)
