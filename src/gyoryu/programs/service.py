"""Program actions: create and edit a program, register participants, move them between
statuses (with the wait-list kept automatically), list, filter and export them.

Services add and flush; the caller owns the transaction.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gyoryu.accounts.rules import allowed
from gyoryu.db import utcnow
from gyoryu.directory.models import Organization
from gyoryu.directory.service import find_place, name_owners, org_by_key
from gyoryu.errors import GyoryuError, InvalidValue, NotFound, NotYetForOrganisation, PerLanguage
from gyoryu.fields import utc
from gyoryu.i18n import LOCALES, P_
from gyoryu.programs import consent
from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs.enums import ASKED_COLUMNS, HOLDS_PLACE, LABELS, ParticipantStatus, ProgramKind
from gyoryu.programs.models import Participant, Program, ProgramCity, ProgramStaff
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from gyoryu.tabular import xlsx_bytes

TIMEZONES = {"CN": "Asia/Shanghai", "KR": "Asia/Seoul", "JP": "Asia/Tokyo",
             "US": "America/New_York"}


# -- programs --------------------------------------------------------------------------------
def get_program(*, db: Session, program_id: int) -> Program:
    program = db.get(Program, program_id)
    if program is None:
        raise NotFound("E501", id=program_id)
    return program


def program_by_key(*, db: Session, key: str) -> Program | None:
    return db.scalar(select(Program).where(Program.key == key))


def list_programs(*, db: Session, kind: str | None = None) -> list[Program]:
    stmt = select(Program).order_by(Program.starts_on.desc(), Program.id.desc())
    if kind:
        stmt = stmt.where(Program.kind == kind)
    return list(db.scalars(stmt))


def apply_program(*, db: Session, program: Program, data: ProgramIn) -> Program:
    """Write `data` onto a new or existing program. Its cities keep their rows where they stay
    (a form saved unchanged inserts nothing), so the unique (program, place) pair holds."""
    if data.key and (other := program_by_key(db=db, key=data.key)) is not None and (
            other.id != program.id):
        raise InvalidValue("E523", value=data.key)
    organiser = None
    if data.organiser:
        organiser = (org_by_key(db=db, key=data.organiser)
                     or name_owners(db=db, names=[data.organiser]).get(data.organiser))
        if organiser is None:
            raise InvalidValue("E211", value=data.organiser)
    places = []
    for text in data.cities:
        place = find_place(db=db, text=text)
        if place is None:
            raise InvalidValue("E205", value=text)
        places.append(place)
    fields = data.model_dump(exclude={"organiser", "cities", "timezone"})
    for name, value in fields.items():
        setattr(program, name, value)
    program.organiser = organiser
    program.timezone = data.timezone or (
        TIMEZONES.get(places[0].country, "UTC") if places else "Asia/Shanghai")
    kept = {link.place_id: link for link in program.city_links}
    links = []
    for i, place in enumerate(dict.fromkeys(places)):
        link = kept.get(place.id) or ProgramCity(place=place)
        link.position = i
        links.append(link)
    program.city_links = links
    for name in ("registration_opens", "registration_closes"):  # a form's times are local
        moment = getattr(data, name)
        if moment is not None:
            from zoneinfo import ZoneInfo

            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=ZoneInfo(program.timezone))
            setattr(program, name, moment.astimezone(UTC))  # stored in UTC (SQLite drops zones)
    opens, closes = program.registration_opens, program.registration_closes
    if opens and closes and utc(closes) <= utc(opens):  # utc: SQLite reads back without a zone
        raise InvalidValue("E532")
    db.add(program)
    db.flush()
    return program


def create_program(*, db: Session, data: ProgramIn) -> Program:
    return apply_program(db=db, program=Program(), data=data)


def delete_program(*, db: Session, program: Program) -> None:
    """Delete a program with everything in it: its own tables go by their foreign keys, and
    matching's schedules and profiles for it (a plain program id there) are deleted first."""
    from gyoryu.matching.meetings import forget_program  # (the solver's imports: only here)

    forget_program(db=db, program_id=program.id)
    db.delete(program)
    db.flush()


def add_staff(*, db: Session, program: Program, user_id: int, role: str) -> ProgramStaff:
    staff = ProgramStaff(program_id=program.id, user_id=user_id, role=role)
    program.staff.append(staff)
    db.flush()
    return staff


def kinds() -> list[str]:
    return list(ProgramKind)


# -- registration ----------------------------------------------------------------------------
def lock_places(*, db: Session, program: Program) -> None:
    """Hold the program's row until the transaction ends, so registrations and status changes
    of one program count its places one at a time and a burst cannot overbook it. (PostgreSQL:
    a row lock; SQLite: every writing transaction already holds the database's write lock.)"""
    db.execute(select(Program.id).where(Program.id == program.id).with_for_update())


def places_taken(*, db: Session, program: Program) -> int:
    return db.scalar(select(func.count()).select_from(Participant).where(
        Participant.program_id == program.id, Participant.status.in_(HOLDS_PLACE))) or 0


def is_full(*, db: Session, program: Program) -> bool:
    return program.capacity is not None and places_taken(db=db, program=program) >= program.capacity


def check_window(*, program: Program, now: datetime) -> None:
    """Refuse a registration outside the program's sign-up window, saying when it opens or
    closed."""
    state = program.registration_state(now)
    if state == "switched_off":
        raise GyoryuError("E503")
    if state == "not_yet":
        raise GyoryuError("E528", when=_local(program, program.registration_opens))
    if state == "over":
        raise GyoryuError("E529", when=_local(program, program.closes_at))


def _local(program: Program, moment: datetime) -> str:
    from zoneinfo import ZoneInfo

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(program.timezone or "UTC")).strftime("%Y-%m-%d %H:%M")


def asked_details(*, program: Program, data: RegistrationIn) -> dict[str, str]:
    """The details the program asks for, each required; what it does not ask is not kept."""
    out = {}
    for asked in program.asks or ():
        for column in ASKED_COLUMNS.get(asked, ()):
            value = getattr(data, column)
            if not value:
                raise InvalidValue("E516", field=LABELS["asked field"][asked])
            out[column] = value
    return out


def register_participant(*, db: Session, program: Program, data: RegistrationIn,
                         force: bool = False, account=None, now: datetime | None = None) -> Participant:
    """A registration: applied while places are left, wait-listed once the program is full.

    An organisation typed by name is linked to the directory when the name is known there
    (in any script); otherwise the name is kept as typed. Outside the sign-up window, or
    without consent to the use of personal data, it is refused; `force` lets an organiser
    register someone regardless (they answer for the consent). `account` is the signed-in user
    registering themselves: a member of the named organisation speaks for it at once
    (`programs.speak_for_org`).
    """
    if not force:
        check_window(program=program, now=now or utcnow())
        if not data.consent:
            raise GyoryuError("E530")
    details = asked_details(program=program, data=data) if not force else {
        column: getattr(data, column) for asked in program.asks or ()
        for column in ASKED_COLUMNS.get(asked, ())}
    lock_places(db=db, program=program)
    if db.scalar(select(Participant.id).where(Participant.program_id == program.id,
                                              Participant.email == data.email)):
        raise InvalidValue("E504", email=data.email)
    org = None
    if data.organization_id is not None:
        org = db.get(Organization, data.organization_id)
        if org is None:
            raise NotFound("E201", id=data.organization_id)
    elif data.organization_name:
        org = name_owners(db=db, names=[data.organization_name]).get(data.organization_name)
    status = (ParticipantStatus.waitlisted if is_full(db=db, program=program)
              else ParticipantStatus.applied)
    participant = Participant(
        program_id=program.id, name=data.name, email=data.email, organization=org,
        organization_name=data.organization_name or (org.display_name(data.locale) if org else ""),
        role=data.role, interests=data.interests, locale=data.locale, status=status,
        token=secrets.token_urlsafe(18), account=account, **details,
        consent_version=consent.VERSION if data.consent else "",
        consented_at=utcnow() if data.consent else None,
    )
    db.add(participant)
    db.flush()
    return participant


def get_participant(*, db: Session, participant_id: int, program: Program | None = None) -> Participant:
    """The participant with this id; given `program`, one of that program's only: another
    program's participant reads as unknown, so an organiser of one program reaches no other's
    people (and cannot tell whether the id exists)."""
    participant = db.get(Participant, participant_id)
    if participant is None or (program is not None and participant.program_id != program.id):
        raise NotFound("E502", id=participant_id)
    return participant


def participant_by_token(*, db: Session, token: str) -> Participant:
    participant = db.scalar(select(Participant).where(Participant.token == token))
    if participant is None:
        raise NotFound("E502", id="…")
    return participant


def speaks_for_org(participant: Participant) -> bool:
    return allowed("programs.speak_for_org", participant)


def check_speaks_for_org(participant: Participant) -> None:
    """Refuse, naming the organisation, what only someone acting for it may do."""
    if not speaks_for_org(participant):
        if participant.organization is None:
            raise InvalidValue("E516", field=P_("field", "organisation"))
        org = participant.organization
        raise NotYetForOrganisation(PerLanguage({lang: org.display_name(lang) for lang in LOCALES}))


def set_status(*, db: Session, participant: Participant, status: str) -> list[Participant]:
    """Move a participant to `status`. When a place frees up, the longest-waiting wait-listed
    participant moves up to applied; the promoted participants are returned."""
    if status not in ParticipantStatus.__members__:
        raise InvalidValue("E506", field=P_("field", "status"), value=status,
                           allowed=", ".join(ParticipantStatus))
    program = participant.program
    lock_places(db=db, program=program)
    db.refresh(participant)  # as it is now that the program is ours
    was_holding = participant.status in HOLDS_PLACE
    if status in HOLDS_PLACE and not was_holding and is_full(db=db, program=program):
        raise GyoryuError("E505", capacity=program.capacity)
    participant.status = status
    db.flush()
    promoted = []
    if was_holding and status not in HOLDS_PLACE:
        promoted = promote_waitlist(db=db, program=program)
    return promoted


def set_statuses(*, db: Session, program: Program, participant_ids: list[int],
                 status: str) -> list[Participant]:
    """One status for several participants of `program` (an organiser accepting a batch); all or
    none, as the caller's transaction holds: a batch larger than the places left is refused
    (E505) and nobody is changed. Returns the participants changed."""
    chosen = [get_participant(db=db, participant_id=i, program=program)
              for i in dict.fromkeys(participant_ids)]
    for participant in chosen:
        set_status(db=db, participant=participant, status=status)
    return chosen


def promote_waitlist(*, db: Session, program: Program) -> list[Participant]:
    promoted = []
    waiting = db.scalars(select(Participant).where(
        Participant.program_id == program.id,
        Participant.status == ParticipantStatus.waitlisted,
    ).order_by(Participant.created_at, Participant.id)).all()
    for p in waiting:
        if is_full(db=db, program=program):
            break
        p.status = ParticipantStatus.applied
        db.flush()
        promoted.append(p)
    return promoted


def set_paid(*, db: Session, participant: Participant, paid: bool) -> None:
    participant.paid = paid
    db.flush()


def participants(*, db: Session, program: Program, status: str | None = None,
                 paid: bool | None = None, q: str = "", country: str | None = None
                 ) -> list[Participant]:
    """The organiser's list, filtered by status, payment, organisation country and a text."""
    stmt = select(Participant).where(Participant.program_id == program.id)
    if status:
        stmt = stmt.where(Participant.status == status)
    if paid is not None:
        stmt = stmt.where(Participant.paid == paid)
    if country:
        stmt = stmt.join(Organization, Participant.organization_id == Organization.id).where(
            Organization.country == country.upper())
    if q.strip():
        like = f"%{q.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(Participant.name).like(like),
                              func.lower(Participant.email).like(like),
                              func.lower(Participant.organization_name).like(like),
                              func.lower(Participant.interests).like(like)))
    return list(db.scalars(stmt.order_by(Participant.created_at, Participant.id)))


def accepted(*, db: Session, program: Program) -> list[Participant]:
    return participants(db=db, program=program, status=ParticipantStatus.accepted)


EXPORT_COLUMNS = ("id", "name", "email", "organisation", "organisation_id", "country", "role",
                  "interests", "status", "paid", "registered")


def export_xlsx(rows: list[Participant], *, lang: str = "en") -> bytes:
    """The participants as a spreadsheet (one header row, one row each), cells kept as text."""
    return xlsx_bytes({"participants": (EXPORT_COLUMNS, (
        [p.id, p.name, p.email, p.org_label(lang), p.organization_id,
         p.organization.country if p.organization else "", p.role, p.interests,
         p.status, "yes" if p.paid else "no",
         p.created_at.replace(tzinfo=None) if p.created_at else None] for p in rows))})
