"""Shapes at the edges of programs: the program form, the registration form, a visit."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from gyoryu.db import MAX_ID
from gyoryu.directory.schemas import bounded, no_control, slug
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.fields import Items, LanguageCode, Line, Moment, RowId
from gyoryu.i18n import P_, Label
from gyoryu.programs.enums import AskedField, Currency, ParticipantStatus, ProgramKind
from gyoryu.programs.travel import hhmm, parse_hhmm


def _time(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value <= 24 * 60:  # minutes after midnight
            raise InvalidValue("E507", value=value)
        return value
    if not isinstance(value, str):
        raise InvalidValue("E507", value=str(value)[:40])
    try:
        return parse_hhmm(str(value))
    except ValueError:
        raise InvalidValue("E507", value=value) from None


def _choice(value: str, enum, field: Label) -> str:
    if value not in enum.__members__:
        raise InvalidValue("E506", field=field, value=value, allowed=", ".join(enum))
    return value


def _known_org(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= MAX_ID:
        raise NotFound("E201", id=value)  # no organisation can have it: unknown, as any other
    return value


OrgId = Annotated[int | None, AfterValidator(_known_org)]  # an organisation picked by its id


class ProgramIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str | None = None
    kind: str = ProgramKind.delegation
    title: dict[str, str] = Field(default_factory=dict)
    description: dict[str, str] = Field(default_factory=dict)
    starts_on: date
    ends_on: date
    organiser: str | None = None  # directory key of the organising organisation
    cities: list[str] = Field(default_factory=list)  # place keys or names
    capacity: int | None = Field(default=None, ge=0)
    fee: Decimal | None = Field(default=None, ge=0)
    currency: str = Currency.KRW
    registration_open: bool = True
    registration_opens: datetime | None = None
    registration_closes: datetime | None = None  # None: when the program starts
    asks: list[str] = Field(default_factory=list)  # AskedField values
    retention_days: int = Field(default=90, ge=0, le=3650)
    venue: str = ""
    timezone: str | None = None
    day_start: int = 9 * 60
    day_end: int = 18 * 60
    lunch_start: int = 12 * 60
    lunch_end: int = 13 * 60
    arrive_at: int | None = None
    depart_at: int | None = None

    @field_validator("key")
    @classmethod
    def _key(cls, v: str | None) -> str | None:
        return slug(v)

    @field_validator("title", "description")
    @classmethod
    def _texts(cls, v: dict[str, str]) -> dict[str, str]:
        return {bounded(lang, 8): bounded(no_control(text, allow="\n\t"), 2000)
                for lang, text in v.items()}

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        return _choice(v, ProgramKind, P_("field", "kind"))

    @field_validator("asks")
    @classmethod
    def _asks(cls, v: list[str]) -> list[str]:
        return [_choice(f, AskedField, P_("field", "asked field")) for f in dict.fromkeys(v)]

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, v: str | None) -> str | None:
        from zoneinfo import available_timezones

        if v and v not in available_timezones():
            raise InvalidValue("E531", value=v)
        return v or None

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        return _choice(v.upper(), Currency, P_("field", "currency"))

    @field_validator("day_start", "day_end", "lunch_start", "lunch_end", "arrive_at", "depart_at",
                     mode="before")
    @classmethod
    def _times(cls, v):
        return _time(v)

    @model_validator(mode="after")
    def _dates(self):
        if self.ends_on < self.starts_on:
            raise InvalidValue("E517")
        opens, closes = self.registration_opens, self.registration_closes
        if (opens and closes and (opens.tzinfo is None) == (closes.tzinfo is None)
                and closes <= opens):  # one local and one zoned: apply_program compares them
            raise InvalidValue("E532")
        return self


class RegistrationIn(BaseModel):
    """What a participant gives on the public registration page."""

    model_config = ConfigDict(extra="ignore")

    name: str
    email: str
    organization_id: OrgId = None  # picked from the directory …
    organization_name: str = ""  # … or typed
    role: str = ""
    interests: str = ""
    locale: str = "ko"
    # Asked only where the program asks (`Program.asks`); others are not stored.
    mobile: str = ""
    wechat_id: str = ""
    kakaotalk_id: str = ""
    passport_name: str = ""
    passport_number: str = ""
    dietary: str = ""
    consent: bool = False  # agreed to the use of personal data (`consent.py`)

    @field_validator("name", "email", "organization_name", "role", "interests", "mobile",
                     "wechat_id", "kakaotalk_id", "passport_name", "passport_number", "dietary")
    @classmethod
    def _strip(cls, v: str, info) -> str:
        limit = {"email": 254, "organization_name": 300, "interests": 5000}.get(info.field_name,
                                                                                200)
        return bounded(no_control(v.strip(), allow="\n\t" if info.field_name == "interests"
                                  else ""), limit)

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if "@" not in v or "." not in v.rsplit("@", 1)[-1] or " " in v:
            raise InvalidValue("E101", email=v)
        return v.lower()

    @model_validator(mode="after")
    def _required(self):
        if not self.name:
            raise InvalidValue("E516", field=P_("field", "name"))
        if self.organization_id is None and not self.organization_name:
            raise InvalidValue("E516", field=P_("field", "organisation"))
        return self


class VisitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str | None = None  # directory key of the host organisation
    host_id: OrgId = None
    title: dict[str, str] = Field(default_factory=dict)
    city: str | None = None  # place key or name; defaults to the host's city
    address: str = ""
    duration: int = Field(default=90, ge=5, le=12 * 60)
    opens: int = 9 * 60
    closes: int = 18 * 60
    only_on: list[date] | None = None

    @field_validator("opens", "closes", mode="before")
    @classmethod
    def _times(cls, v):
        return _time(v)

    @field_validator("address")
    @classmethod
    def _address(cls, v: str) -> str:
        return bounded(no_control(v), 300)


# -- the meeting grid (grid.py) --------------------------------------------------------------
MAX_TABLES = 10_000  # tables of a program, all halls (the scheduling instance takes this many)


def _break(value) -> tuple[int, int]:
    """A break as typed ("12:00-13:00") or as a pair of times."""
    parts = value.replace("–", "-").split("-") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple) or len(parts) != 2:
        raise InvalidValue("E559", value=str(value)[:40])
    try:
        return _time(parts[0]), _time(parts[1])
    except InvalidValue:
        raise InvalidValue("E559", value=str(value)[:40]) from None


class MeetingDayIn(BaseModel):
    """A meeting day: from `start` to `end`, slots of `slot_minutes`, and its breaks."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"day": "2026-05-13", "start": "09:00", "end": "17:00", "slot_minutes": 30,
         "breaks": ["12:00-13:00"]}]})

    day: date
    start: int  # "HH:MM" or minutes after midnight
    end: int
    slot_minutes: int = Field(default=20, ge=5, le=240)
    breaks: list[tuple[int, int]] = Field(default_factory=list, max_length=12)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _times(cls, v):
        return _time(v)

    @field_validator("breaks", mode="before")
    @classmethod
    def _breaks(cls, v):
        if isinstance(v, str):
            v = [x for x in v.replace("，", ",").split(",") if x.strip()]
        return [_break(x) for x in v] if isinstance(v, list) else v

    @model_validator(mode="after")
    def _inside(self):
        if self.end <= self.start:
            raise InvalidValue("E551", start=hhmm(self.start), end=hhmm(self.end))
        for lo, hi in self.breaks:
            if not self.start <= lo < hi <= self.end:
                raise InvalidValue("E552", value=f"{hhmm(lo)}–{hhmm(hi)}",
                                   start=hhmm(self.start), end=hhmm(self.end))
        self.breaks = sorted(self.breaks)
        return self


class TablesIn(BaseModel):
    """`count` alike tables in a hall: seats, the sector they are reserved for (a directory
    sector key), the meeting days they stand on (none: every day)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"hall": "A", "count": 20, "seats": 2},
        {"hall": "B", "count": 4, "seats": 4, "sector": "semiconductors", "days": ["2026-05-14"]}]})

    hall: str
    count: int = Field(ge=1, le=5_000)
    seats: int = Field(default=2, ge=2, le=50)
    sector: str | None = None
    days: list[date] | None = None

    @field_validator("hall")
    @classmethod
    def _hall(cls, v: str) -> str:
        v = bounded(no_control(v.strip()), 100)
        if not v:
            raise InvalidValue("E516", field=P_("field", "hall"))
        return v

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str | None) -> str | None:
        return (v or "").strip() or None

    @field_validator("days")
    @classmethod
    def _days(cls, v: list[date] | None) -> list[date] | None:
        return sorted(set(v)) if v else None


class WalkIn(BaseModel):
    """The minutes it takes to walk between two halls (either way); 0 takes the walk out."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"hall_a": "A", "hall_b": "B", "minutes": 8}]})

    hall_a: str = Field(max_length=100)
    hall_b: str = Field(max_length=100)
    minutes: int = Field(ge=0, le=120)


class WalkOut(BaseModel):
    hall_a: str
    hall_b: str
    minutes: int


class MeetingDayOut(BaseModel):
    day: date
    start: str  # HH:MM, local
    end: str
    slot_minutes: int
    breaks: list[list[str]]  # [["12:00", "13:00"], …]
    slots: list[str]  # the day's slot keys


class TablesOut(BaseModel):
    id: int
    hall: str
    count: int
    seats: int
    sector: str | None
    days: list[date] | None  # None: every meeting day
    tables: list[int]  # the tables' ids in schedules (`MeetingOut.table`)


class MeetingGridSetupOut(BaseModel):
    program_id: int
    days: list[MeetingDayOut]
    tables: list[TablesOut]
    slots: list[str]
    walking: list[WalkOut] = []  # minutes between halls (pairs not listed: no walk to wait for)
    gaps: dict[str, int] = {}  # slot key → minutes free before the day's next slot (a break)


class SolveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    time_limit: float = Field(default=10.0, ge=1.0, le=120.0)  # seconds


class PublishIn(BaseModel):
    """`confirm`: publish even a schedule that places fewer meetings (or less weight) than the
    published one, drops meetings participants have, or has no meeting at all (else 409)."""

    model_config = ConfigDict(extra="forbid")

    confirm: bool = False


class PublishedOut(BaseModel):
    program_id: int
    version: int
    placed: int


# -- JSON out (api.py) -----------------------------------------------------------------------
class ProgramOut(BaseModel):
    id: int
    key: str | None
    kind: str
    title: dict[str, str]
    starts_on: date
    ends_on: date
    cities: list[str]  # place keys, in the route's order
    organiser: str | None  # directory key
    capacity: int | None
    fee: Decimal | None
    currency: str
    registration_open: bool
    registration: str  # open, not_yet, over, switched_off (now)
    registration_opens: Moment | None
    registration_closes: Moment  # as set, or when the program starts
    asks: list[str]  # what the registration form asks beyond name, e-mail, organisation
    retention_days: int  # personal data is kept this many days after the program ends
    description: dict[str, str] = Field(default_factory=dict)
    venue: str = ""
    timezone: str
    meeting_slots: list[str]  # slot keys of every meeting day, local date-times
    tables: int  # meeting tables in all halls (GET …/meeting-grid tells which)


class ParticipantOut(BaseModel):
    id: int
    name: str
    email: str
    organization_id: int | None
    organization_name: str
    role: str
    status: str
    paid: bool
    locale: str
    available: list[str] | None  # meeting slots ticked; None: every slot
    languages: list[str] | None = None  # meeting languages; None: not said
    # What the program asked for; empty when it did not ask or after the retention period
    # (the passport also for the program's staff: only its organisers apply for visas).
    mobile: str = ""
    wechat_id: str = ""
    kakaotalk_id: str = ""
    passport_name: str = ""
    passport_number: str = ""
    dietary: str = ""
    consent_version: str = ""  # the consent text agreed to ('' when an organiser registered them)
    anonymised: bool = False
    checked_in_at: datetime | None = None  # when staff checked them in at the event


class StaffIn(BaseModel):
    """Give an existing account a role in this program (its role there changes if it had one)."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"email": "desk@example.org", "role": "staff"}]})

    email: str = Field(max_length=254, description="The account's e-mail address.")
    role: Literal["organiser", "staff", "viewer"] = Field(
        description="organiser: manages the program; staff: checks participants in and sees "
        "the participants and meetings; viewer: reads the plan, no personal data.")


class StaffOut(BaseModel):
    id: int
    program_id: int
    user_id: int
    email: str
    name: str
    role: str


class CheckInOut(BaseModel):
    program_id: int
    participant_id: int
    name: str
    status: str
    checked_in_at: datetime | None


class StatusesIn(BaseModel):
    """One status for several participants (the organiser's bulk accept)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"ids": [12, 13, 14], "status": "accepted"}, {"ids": [15], "status": "waitlisted"}]})

    ids: Items[RowId, 1000]
    status: ParticipantStatus = ParticipantStatus.accepted


class PurgedOut(BaseModel):
    anonymised: int  # how many participants were anonymised
    participants: list[int]  # their ids


class ItineraryItemOut(BaseModel):
    visit: int
    title: dict[str, str]
    city: dict[str, str]
    address: str
    day: date
    start: str  # HH:MM, local
    end: str


class ItineraryOut(BaseModel):
    program_id: int
    version: int | None  # None: nothing published yet (items empty)
    items: list[ItineraryItemOut]


class AgendaEntryOut(BaseModel):
    kind: str  # visit or meeting
    start: str  # local date-time, ISO
    end: str
    title: str
    place: str
    detail: str


class AgendaOut(BaseModel):
    program_id: int
    participant_id: int
    lang: str
    entries: list[AgendaEntryOut]


class MeetingOut(BaseModel):
    request: str
    slot: str
    table: int  # the table's id (TablesOut.tables; 0 … n − 1 in schedules made before halls)
    hall: str | None = None
    number: int = 0  # the table's number in its hall, from 1
    a: int  # participant ids
    b: int
    origin: str
    interpreter: int | None = None  # interpreter id


class UnplacedOut(BaseModel):
    """A request the solver left out and why: no_common_slot, participant_full (detail.taken
    names who holds each slot), no_table, walking_time (detail.slots, detail.next_to) or
    no_interpreter (detail.slots, detail.pairs)."""

    request: str
    reason: str
    detail: dict


class InterpreterIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"name": "박서연 (Park Seoyeon)", "pairs": ["ko-zh", "en-zh"], "max_meetings": 8},
        {"name": "王静", "pairs": ["ko-zh"], "available": ["2026-05-13T14:00", "2026-05-13T14:20"]},
        {"name": "Emily Chen", "pairs": ["en-ko"]}]})

    name: Line[200]
    pairs: Items[Line[16], 6]  # "ko-zh", …
    available: Items[Line[16], 2000] | None = None  # slot keys; None: every slot
    max_meetings: int | None = Field(default=None, ge=1, le=100)  # a day; None: no limit


class InterpreterOut(BaseModel):
    id: int
    name: str
    pairs: list[str]
    available: list[str] | None
    max_meetings: int | None


class LanguagesIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"languages": ["ko", "en"]}, {"languages": ["zh"]}, {"languages": []}]})

    languages: Items[LanguageCode, 3]  # empty: not said


class MeetingGridOut(BaseModel):
    program_id: int
    slots: list[str]
    days: dict[str, list[str]] = {}  # ISO day → its slot keys
    tables: int
    placed: int = 0  # meetings in the draft
    requested: int = 0
    most_meetings: int = 0  # no schedule places more (a proven bound on the count)
    status: str | None  # the draft's solver status; None: not solved yet
    objective: float | None
    bound: float | None
    published_version: int | None
    draft: list[MeetingOut]
    published: list[MeetingOut]
    unscheduled: list[str]  # request keys of the draft left out
    reasons: list[UnplacedOut] = []  # why, for each of them
    interpreter_use: dict = {}  # per_slot: working / available; most_valuable: LP value


class RegisteredOut(BaseModel):
    """A new registration: the participant and their secret token (their key to the agenda,
    meeting requests and profile, as the page's link is)."""

    participant: ParticipantOut
    token: str


class ParticipantUpdateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: ParticipantStatus | None = None
    paid: bool | None = None


class MeetingRequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"target_org_id": 12, "message": "About a pilot in Pangyo"}]})

    target_org_id: int = Field(ge=1, le=2**31 - 1)
    message: str = Field(default="", max_length=2000)


class RequestAnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "decline", "withdraw"]


class MeetingRequestOut(BaseModel):
    id: int
    program_id: int
    requester_id: int
    target_org_id: int
    responder_id: int | None
    status: str
    message: str


class RequestsOut(BaseModel):
    sent: list[MeetingRequestOut]
    received: list[MeetingRequestOut]
