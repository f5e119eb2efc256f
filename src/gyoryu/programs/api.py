"""JSON API of programs: programs, their participants (organisers only), the published
itinerary, a participant's agenda by their secret token, and the meeting grid (organisers)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from gyoryu.accounts.rules import allowed
from gyoryu.db import utcnow
from gyoryu.i18n import Translator
from gyoryu.programs import agenda, board, grid, itinerary, meetings, retention, service
from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs.models import Participant, Program
from gyoryu.programs.schemas import (
    AgendaEntryOut,
    AgendaOut,
    InterpreterIn,
    InterpreterOut,
    ItineraryItemOut,
    ItineraryOut,
    LanguagesIn,
    MeetingGridOut,
    MeetingOut,
    ParticipantOut,
    ProgramOut,
    PublishedOut,
    PublishIn,
    PurgedOut,
    SolveIn,
    StatusesIn,
    UnplacedOut,
)
from gyoryu.programs.travel import hhmm
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, ensure
from gyoryu.web.paging import Page, Paging

router = APIRouter(tags=["programs"])


def program_out(program: Program) -> ProgramOut:
    return ProgramOut(
        id=program.id, key=program.key, kind=program.kind, title=program.title or {},
        starts_on=program.starts_on, ends_on=program.ends_on,
        cities=[c.key for c in program.cities],
        organiser=program.organiser.key if program.organiser else None,
        capacity=program.capacity, fee=program.fee, currency=program.currency,
        registration_open=program.registration_open,
        registration=program.registration_state(utcnow()),
        registration_opens=program.registration_opens, registration_closes=program.closes_at,
        asks=list(program.asks or ()), retention_days=program.retention_days,
        description=program.description or {}, venue=program.venue or "",
        timezone=program.timezone,
        meeting_slots=meetings.slot_keys(program), tables=grid.table_count(program))


def participant_out(p: Participant, *, visa: bool = True) -> ParticipantOut:
    """`visa=False` leaves out the passport, which only the program's organisers need (to apply
    for visas): staff at the door see who someone is and how to reach them, not their passport."""
    return ParticipantOut(id=p.id, name=p.name, email=p.email, organization_id=p.organization_id,
                          organization_name=p.organization_name, role=p.role, status=p.status,
                          paid=p.paid, locale=p.locale, available=p.available,
                          languages=p.languages, mobile=p.mobile, wechat_id=p.wechat_id,
                          kakaotalk_id=p.kakaotalk_id,
                          passport_name=p.passport_name if visa else "",
                          passport_number=p.passport_number if visa else "", dietary=p.dietary,
                          consent_version=p.consent_version,
                          anonymised=p.anonymised_at is not None,
                          checked_in_at=p.arrived_at)


def _meetings(run) -> list[MeetingOut]:
    places = grid.table_places(run.instance) if run is not None else {}
    out = []
    for m in (run.meetings if run is not None else []):
        hall, number = places.get(m.table_no, (None, m.table_no + 1))
        out.append(MeetingOut(request=m.request, slot=m.slot, table=m.table_no, hall=hall,
                              number=number, a=int(m.a), b=int(m.b), origin=m.origin,
                              interpreter=None if m.interpreter is None else int(m.interpreter)))
    return out


def interpreter_out(i) -> InterpreterOut:
    return InterpreterOut(id=i.id, name=i.name, pairs=i.pairs, available=i.available,
                          max_meetings=i.max_meetings)


@router.get("/programs", response_model=Page[ProgramOut])
def list_programs(db: DbSession, page: Paging, kind: str | None = None) -> dict:
    found = page.of(service.list_programs(db=db, kind=kind))
    return found | {"items": [program_out(p) for p in found["items"]]}


@router.get("/programs/{program_id}", response_model=ProgramOut)
def get_program(program_id: Id, db: DbSession) -> ProgramOut:
    return program_out(service.get_program(db=db, program_id=program_id))


@router.get("/programs/{program_id}/participants", response_model=Page[ParticipantOut])
def list_participants(program_id: Id, db: DbSession, user: CurrentUser, page: Paging,
                      status: str | None = None) -> dict:
    """The participants (the program's organisers and staff; never its viewers)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.run", user, program)
    visa = allowed("programs.manage", user, program)
    found = page.of(service.participants(db=db, program=program, status=status))
    return found | {"items": [participant_out(p, visa=visa) for p in found["items"]]}


@router.get("/programs/{program_id}/itinerary", response_model=ItineraryOut)
def get_itinerary(program_id: Id, db: DbSession) -> ItineraryOut:
    """The published itinerary (the draft stays with the organiser)."""
    program = service.get_program(db=db, program_id=program_id)
    version = itinerary.published(db=db, program=program)
    items = [ItineraryItemOut(visit=i["visit"], title=i["title"], city=i["city"],
                              address=i.get("address") or "", day=i["day"],
                              start=hhmm(i["start"]), end=hhmm(i["end"]))
             for i in (version.items if version is not None else [])]
    return ItineraryOut(program_id=program.id, version=version.number if version else None,
                        items=items)


@router.get("/agenda/{token}", response_model=AgendaOut)
def get_agenda(token: str, db: DbSession, lang: str = "") -> AgendaOut:
    """A participant's agenda (itinerary and published meetings), in their language."""
    participant = service.participant_by_token(db=db, token=token)
    t = Translator(lang or participant.locale)
    found = agenda.entries(db=db, program=participant.program, participant=participant, t=t)
    return AgendaOut(program_id=participant.program_id, participant_id=participant.id,
                     lang=t.locale,
                     entries=[AgendaEntryOut(kind=e.kind, start=e.start.isoformat(),
                                             end=e.end.isoformat(), title=e.title,
                                             place=e.place, detail=e.detail) for e in found])


@router.get("/programs/{program_id}/meetings", response_model=MeetingGridOut)
def get_meetings(program_id: Id, db: DbSession, user: CurrentUser) -> MeetingGridOut:
    """The meeting grid: the draft and the published version, side by side (organisers, staff
    and viewers of the program: participants appear by id only)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.oversee", user, program)
    return _grid_out(db, program)


def _grid_out(db, program: Program) -> MeetingGridOut:
    shown = board.meeting_board(db=db, program=program)
    run = shown["run"]
    version = meetings.published_version(db=db, program=program)
    return MeetingGridOut(
        program_id=program.id, slots=shown["slots"],
        days={d["day"]: d["slots"] for d in shown["days"]}, tables=len(shown["places"]),
        placed=shown["placed"], requested=shown["requested"],
        most_meetings=shown["best_at_most"],
        status=run.status if run else None, objective=run.objective if run else None,
        bound=run.bound if run else None,
        published_version=version.number if version else None, draft=_meetings(run),
        published=_meetings(meetings.published_run(db=db, program=program)),
        unscheduled=[r["id"] for r in shown["unscheduled"]],
        reasons=[UnplacedOut(**r) for r in (run.unscheduled or [])] if run else [],
        interpreter_use=shown["use"])


@router.post("/programs/{program_id}/meetings/solve", response_model=MeetingGridOut,
             dependencies=[Csrf])
def solve_meetings(program_id: Id, db: DbSession, user: CurrentUser,
                   data: SolveIn | None = None) -> MeetingGridOut:
    """Solve (or re-solve, keeping meetings in place) the schedule: a new draft."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    meetings.solve(db=db, program=program, time_limit=(data or SolveIn()).time_limit)
    return _grid_out(db, program)


@router.post("/programs/{program_id}/meetings/publish", response_model=PublishedOut,
             dependencies=[Csrf])
def publish_meetings(program_id: Id, db: DbSession, user: CurrentUser,
                     data: PublishIn | None = None) -> PublishedOut:
    """Publish the draft. One that places no meeting, fewer meetings or less weight than the
    published version, or drops meetings participants have, needs `"confirm": true`: without
    it the answer is 409 with the figures in the message (E533, E550)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    version = meetings.publish_schedule(db=db, program=program,
                                        confirm=(data or PublishIn()).confirm)
    run = meetings.published_run(db=db, program=program)
    return PublishedOut(program_id=program.id, version=version.number,
                        placed=len(run.meetings) if run else 0)


@router.get("/programs/{program_id}/interpreters", response_model=Page[InterpreterOut])
def list_interpreters(program_id: Id, db: DbSession, user: CurrentUser, page: Paging) -> dict:
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.run", user, program)
    found = page.of(meetings.interpreters(db=db, program=program))
    return found | {"items": [interpreter_out(i) for i in found["items"]]}


@router.post("/programs/{program_id}/interpreters", response_model=InterpreterOut,
             status_code=201, dependencies=[Csrf])
def add_interpreter(program_id: Id, data: InterpreterIn, db: DbSession,
                    user: CurrentUser) -> InterpreterOut:
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    return interpreter_out(meetings.add_interpreter(
        db=db, program=program, name=data.name, pairs=data.pairs, available=data.available,
        max_meetings=data.max_meetings))


@router.delete("/programs/{program_id}/interpreters/{interpreter_id}", status_code=204,
               dependencies=[Csrf])
def remove_interpreter(program_id: Id, interpreter_id: Id, db: DbSession,
                       user: CurrentUser) -> None:
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    meetings.remove_interpreter(db=db, program=program, interpreter_id=interpreter_id)


@router.put("/agenda/{token}/languages", response_model=ParticipantOut)
def set_languages(token: str, data: LanguagesIn, db: DbSession) -> ParticipantOut:
    """The languages the participant can hold a meeting in (by their secret token)."""
    participant = service.participant_by_token(db=db, token=token)
    meetings.set_languages(db=db, participant=participant, languages=data.languages)
    return participant_out(participant)


@router.post("/programs/purge", response_model=PurgedOut, dependencies=[Csrf])
def purge_personal_data(db: DbSession, user: CurrentUser, today: date | None = None) -> PurgedOut:
    """Anonymise the participants whose program's retention period has passed (admins)."""
    ensure("programs.purge", user)
    gone = retention.purge(db=db, today=today or utcnow().date())
    return PurgedOut(anonymised=len(gone), participants=[p.id for p in gone])


@router.post("/programs/{program_id}/participants/status", response_model=list[ParticipantOut],
             dependencies=[Csrf])
def set_statuses(program_id: Id, body: StatusesIn, db: DbSession,
                 user: CurrentUser) -> list[ParticipantOut]:
    """One status for several participants at once (all or none)."""
    program = service.get_program(db=db, program_id=program_id)
    ensure("programs.manage", user, program)
    return [participant_out(p) for p in service.set_statuses(
        db=db, program=program, participant_ids=body.ids, status=body.status)]
