"""Program tables: programs, their participants, visits, travel times, itinerary versions,
meeting requests and meeting-schedule versions. Times of day are minutes after midnight, local to
the program's timezone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gyoryu.accounts.models import User
from gyoryu.db import Base, Timestamped, utcnow
from gyoryu.directory.models import Organization, Place
from gyoryu.programs.enums import Currency, ParticipantStatus, RequestStatus


def _aware(moment: datetime) -> datetime:
    """SQLite returns stored moments without their zone; they are stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _text(values: dict, lang: str) -> str:
    order = {"ko": ("ko", "en", "zh"), "zh": ("zh", "en", "ko")}.get(lang, ("en", "ko", "zh"))
    for code in order:
        if values.get(code):
            return values[code]
    return next(iter(values.values()), "") if values else ""


class Program(Timestamped, Base):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(96), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[dict] = mapped_column(JSON, default=dict)  # per language: ko, zh, en
    description: Mapped[dict] = mapped_column(JSON, default=dict)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    capacity: Mapped[int | None] = mapped_column(Integer)
    fee: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default=Currency.KRW)
    registration_open: Mapped[bool] = mapped_column(Boolean, default=True)  # the organiser's switch
    # The sign-up window; no close: registration closes when the program starts (`closes_at`).
    registration_opens: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    registration_closes: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # What the registration form asks beyond name, e-mail and organisation (`enums.AskedField`);
    # a passport only where a visa needs it.
    asks: Mapped[list] = mapped_column(JSON, default=list)
    # Days after the program ends that participants' personal data is kept (`retention.py`).
    retention_days: Mapped[int] = mapped_column(Integer, default=90)
    venue: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai")
    day_start: Mapped[int] = mapped_column(Integer, default=9 * 60)
    day_end: Mapped[int] = mapped_column(Integer, default=18 * 60)
    lunch_start: Mapped[int] = mapped_column(Integer, default=12 * 60)
    lunch_end: Mapped[int] = mapped_column(Integer, default=13 * 60)
    arrive_at: Mapped[int | None] = mapped_column(Integer)  # first day begins later (arrival)
    depart_at: Mapped[int | None] = mapped_column(Integer)  # last day ends earlier (departure)

    organiser: Mapped[Organization | None] = relationship(lazy="joined")
    city_links: Mapped[list[ProgramCity]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ProgramCity.position")
    staff: Mapped[list[ProgramStaff]] = relationship(cascade="all, delete-orphan",
                                                     lazy="selectin")
    # The B2B meeting grid (`grid.py`): its days and the tables of its halls.
    meeting_days: Mapped[list[MeetingDay]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="MeetingDay.day")
    table_groups: Mapped[list[TableGroup]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="TableGroup.id")

    @property
    def cities(self) -> list[Place]:
        return [link.place for link in self.city_links]

    def title_in(self, lang: str) -> str:
        return _text(self.title or {}, lang) or (self.key or f"#{self.id}")

    def description_in(self, lang: str) -> str:
        return _text(self.description or {}, lang)

    @property
    def closes_at(self) -> datetime:
        """When registration closes: as set, or the program's first day at midnight, local."""
        if self.registration_closes is not None:
            return _aware(self.registration_closes)
        return datetime.combine(self.starts_on, time(0), tzinfo=ZoneInfo(self.timezone or "UTC"))

    def registration_state(self, now: datetime) -> str:
        """`open`, `switched_off` (the organiser closed it), `not_yet` or `over`."""
        if not self.registration_open:
            return "switched_off"
        if self.registration_opens is not None and now < _aware(self.registration_opens):
            return "not_yet"
        return "over" if now >= self.closes_at else "open"

    @property
    def is_free(self) -> bool:
        return not self.fee

    @property
    def days(self) -> list[date]:
        from datetime import timedelta

        return [self.starts_on + timedelta(days=i)
                for i in range((self.ends_on - self.starts_on).days + 1)]


class ProgramCity(Base):
    __tablename__ = "program_city"
    __table_args__ = (UniqueConstraint("program_id", "place_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    place: Mapped[Place] = relationship(lazy="joined")


class ProgramStaff(Base):
    """A user with a role in one program only (`enums.ProgramRole`: organiser, staff, viewer)."""

    __tablename__ = "program_staff"
    __table_args__ = (UniqueConstraint("program_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"),
                                         index=True)
    role: Mapped[str] = mapped_column(String(16))

    user: Mapped[User] = relationship(lazy="joined")


class Participant(Base):
    __tablename__ = "program_participant"
    __table_args__ = (UniqueConstraint("program_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    organization_name: Mapped[str] = mapped_column(String(300), default="")  # as typed
    role: Mapped[str] = mapped_column(String(200), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    locale: Mapped[str] = mapped_column(String(8), default="ko")
    status: Mapped[str] = mapped_column(String(16), default=ParticipantStatus.applied)
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    token: Mapped[str] = mapped_column(String(48), unique=True)  # the personal agenda's address
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"))
    available: Mapped[list | None] = mapped_column(JSON)  # meeting slot ids; None: every slot
    # Languages they can hold a meeting in ("ko", "zh", "en"); None: not said (no interpreter
    # is planned for them).
    languages: Mapped[list | None] = mapped_column(JSON)
    # What the program asked for (`Program.asks`): contact, visa and catering details.
    mobile: Mapped[str] = mapped_column(String(200), default="")
    wechat_id: Mapped[str] = mapped_column(String(200), default="")
    kakaotalk_id: Mapped[str] = mapped_column(String(200), default="")
    passport_name: Mapped[str] = mapped_column(String(200), default="")
    passport_number: Mapped[str] = mapped_column(String(200), default="")
    dietary: Mapped[str] = mapped_column(String(200), default="")
    # The consent text (`consent.py`) the participant agreed to, by version, and when.
    consent_version: Mapped[str] = mapped_column(String(32), default="")
    consented_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # When staff checked them in at the event (`staff.check_in`); None: not (yet) arrived.
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set when the retention period ended and the personal data was removed (`retention.py`).
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    program: Mapped[Program] = relationship()
    organization: Mapped[Organization | None] = relationship(lazy="joined")
    account: Mapped[User | None] = relationship()  # who registered, when signed in

    @property
    def arrived_at(self) -> datetime | None:
        """`checked_in_at` with its zone (UTC), on either database."""
        return _aware(self.checked_in_at) if self.checked_in_at is not None else None

    def org_label(self, lang: str) -> str:
        if self.organization is not None:
            return self.organization.display_name(lang)
        return self.organization_name


class Visit(Base):
    """A visit to a host organisation: where, how long, when the host receives visitors, and
    where the plan (or the organiser, when pinned) put it."""

    __tablename__ = "program_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    host_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    title: Mapped[dict] = mapped_column(JSON, default=dict)
    city_id: Mapped[int] = mapped_column(ForeignKey("place.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    duration: Mapped[int] = mapped_column(Integer, default=90)
    opens: Mapped[int] = mapped_column(Integer, default=9 * 60)
    closes: Mapped[int] = mapped_column(Integer, default=18 * 60)
    only_on: Mapped[list | None] = mapped_column(JSON)  # ISO dates the host can receive
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    day: Mapped[date | None] = mapped_column(Date)
    start: Mapped[int | None] = mapped_column(Integer)
    unplaced: Mapped[dict | None] = mapped_column(JSON)  # the planner's reason: {code, params}

    host: Mapped[Organization | None] = relationship(lazy="joined")
    city: Mapped[Place] = relationship(lazy="joined")

    def title_in(self, lang: str) -> str:
        if text := (self.title or {}).get(lang):
            return text
        if self.host is not None:
            return self.host.display_name(lang)
        return _text(self.title or {}, lang) or f"#{self.id}"


class TravelTime(Base):
    """An organiser's travel time between two venues or two cities (either direction)."""

    __tablename__ = "program_travel_time"
    __table_args__ = (UniqueConstraint("program_id", "scope", "a_id", "b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    scope: Mapped[str] = mapped_column(String(8))
    a_id: Mapped[int] = mapped_column(Integer)  # smaller id first
    b_id: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)


class ItineraryVersion(Base):
    """A published, frozen itinerary; the changelog is the diff between consecutive versions."""

    __tablename__ = "program_itinerary_version"
    __table_args__ = (UniqueConstraint("program_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    number: Mapped[int] = mapped_column(Integer)
    items: Mapped[list] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MeetingRequest(Base):
    """A participant asks to meet an organisation taking part; one of its participants answers."""

    __tablename__ = "program_meeting_request"
    __table_args__ = (UniqueConstraint("requester_id", "target_org_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    requester_id: Mapped[int] = mapped_column(
        ForeignKey("program_participant.id", ondelete="CASCADE"), index=True)
    target_org_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    responder_id: Mapped[int | None] = mapped_column(
        ForeignKey("program_participant.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=RequestStatus.pending)
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    requester: Mapped[Participant] = relationship(foreign_keys=[requester_id], lazy="joined")
    responder: Mapped[Participant | None] = relationship(foreign_keys=[responder_id],
                                                         lazy="joined")
    target_org: Mapped[Organization] = relationship(lazy="joined")


class ScheduleVersion(Base):
    """One solved meeting schedule of the program: matching's `ScheduleRun` (a plain id, as
    matching does not know programs' tables), the meetings the re-solve had to move out of their
    place, and — once the organiser publishes it — a version number. The newest run is the draft;
    participants see the newest numbered one."""

    __tablename__ = "program_schedule_version"
    __table_args__ = (UniqueConstraint("program_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    run_id: Mapped[int] = mapped_column(Integer, unique=True)
    released: Mapped[list] = mapped_column(JSON, default=list)  # request keys that had to move
    number: Mapped[int | None] = mapped_column(Integer)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A proven upper bound on how many of the requests any schedule can place (the solver's
    # bound is on the total weight; `meetings.most_meetings`). None: solved before it was kept.
    most_meetings: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Interpreter(Base):
    """An interpreter working the program's B2B meetings: the language pairs they bridge, the
    meeting slots they work (None: every slot; breaks are the slots left out) and how many
    meetings a day they take at most (None: no limit)."""

    __tablename__ = "program_interpreter"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(200))
    pairs: Mapped[list] = mapped_column(JSON)  # ["ko-zh", ...]
    available: Mapped[list | None] = mapped_column(JSON)
    max_meetings: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MeetingDay(Base):
    """A day of B2B meetings: slots of `slot_minutes` from `start`, each ending by `end`; a slot
    never overlaps a break (`breaks`: [[start, end], …]), the next one starts when it ends."""

    __tablename__ = "program_meeting_day"
    __table_args__ = (UniqueConstraint("program_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    day: Mapped[date] = mapped_column(Date)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    breaks: Mapped[list] = mapped_column(JSON, default=list)


class TableGroup(Base):
    """`count` alike meeting tables in a hall: their seats (a meeting needs one per person), a
    sector they are reserved for (a directory sector key: one side's organisation must be in
    it or a narrower one) and the meeting days they stand on (None: every day)."""

    __tablename__ = "program_table_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    hall: Mapped[str] = mapped_column(String(100))
    count: Mapped[int] = mapped_column(Integer)
    seats: Mapped[int] = mapped_column(Integer, default=2)
    sector: Mapped[str | None] = mapped_column(String(64))
    days: Mapped[list | None] = mapped_column(JSON)  # ISO dates
    # The first table's id in schedules; the others follow (`grid.table_ids`).
    first_table: Mapped[int] = mapped_column(Integer, default=0)


class HallWalk(Base):
    """The minutes it takes to walk between two halls of a program's meeting grid (either way;
    `hall_a` sorts before `hall_b`). A participant or interpreter with meetings in both halls
    in consecutive slots needs this time free between the slots."""

    __tablename__ = "program_hall_walk"
    __table_args__ = (UniqueConstraint("program_id", "hall_a", "hall_b"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    hall_a: Mapped[str] = mapped_column(String(100))
    hall_b: Mapped[str] = mapped_column(String(100))
    minutes: Mapped[int] = mapped_column(Integer)
