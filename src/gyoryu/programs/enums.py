"""Closed vocabularies of programs; stored as plain strings so any database can hold them."""

from enum import StrEnum

from gyoryu.i18n import P_, Label


class ProgramKind(StrEnum):
    delegation = "delegation"
    study_tour = "study_tour"
    summit = "summit"  # summit or expo
    exhibition = "exhibition"


class Currency(StrEnum):
    KRW = "KRW"
    CNY = "CNY"
    USD = "USD"


class ParticipantStatus(StrEnum):
    applied = "applied"
    accepted = "accepted"
    waitlisted = "waitlisted"
    cancelled = "cancelled"


# Statuses that hold a place against the capacity.
HOLDS_PLACE = (ParticipantStatus.applied, ParticipantStatus.accepted)


class RequestStatus(StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"
    withdrawn = "withdrawn"


class TravelScope(StrEnum):
    """A travel-time row is between two venues (visits) or between two cities."""

    venue = "venue"
    city = "city"


class ProgramRole(StrEnum):
    """Roles scoped to one program (on top of the platform role); none reaches another program.

    - organiser: manages the program (settings, fees, statuses, itinerary, meeting schedule);
    - staff: works the event — checks participants in, sees the participants' list and the
      agendas and meetings, changes nothing of the program;
    - viewer: reads the plan (itinerary, meeting grid, figures), not participants' personal data.
    """

    organiser = "organiser"
    staff = "staff"
    viewer = "viewer"


class AskedField(StrEnum):
    """What a program's registration form may ask beyond name, e-mail and organisation. A
    delegation to China asks for WeChat, one to Korea for KakaoTalk; a passport only where the
    organiser applies for visas."""

    mobile = "mobile"
    wechat = "wechat"
    kakaotalk = "kakaotalk"
    passport = "passport"
    dietary = "dietary"


# The participant's columns each asked field fills.
ASKED_COLUMNS: dict[str, tuple[str, ...]] = {
    AskedField.mobile: ("mobile",),
    AskedField.wechat: ("wechat_id",),
    AskedField.kakaotalk: ("kakaotalk_id",),
    AskedField.passport: ("passport_name", "passport_number"),
    AskedField.dietary: ("dietary",),
}


# Labels by vocabulary: "accepted" is a participant admitted and a request agreed to, two words in
# Korean and Chinese, hence one context each.
LABELS: dict[str, dict[str, Label]] = {
    "program kind": {
        ProgramKind.delegation: P_("program kind", "delegation"),
        ProgramKind.study_tour: P_("program kind", "study tour"),
        ProgramKind.summit: P_("program kind", "summit / expo"),
        ProgramKind.exhibition: P_("program kind", "exhibition"),
    },
    "participant status": {
        ParticipantStatus.applied: P_("participant status", "applied"),
        ParticipantStatus.accepted: P_("participant status", "accepted"),
        ParticipantStatus.waitlisted: P_("participant status", "wait-listed"),
        ParticipantStatus.cancelled: P_("participant status", "cancelled"),
    },
    "asked field": {
        AskedField.mobile: P_("asked field", "mobile phone"),
        AskedField.wechat: P_("asked field", "WeChat ID"),
        AskedField.kakaotalk: P_("asked field", "KakaoTalk ID"),
        AskedField.passport: P_("asked field", "name and number as in the passport (for the visa)"),
        AskedField.dietary: P_("asked field", "dietary needs"),
    },
    "program role": {
        ProgramRole.organiser: P_("program role", "organiser"),
        ProgramRole.staff: P_("program role", "staff"),
        ProgramRole.viewer: P_("program role", "viewer"),
    },
    "request status": {
        RequestStatus.pending: P_("request status", "pending"),
        RequestStatus.accepted: P_("request status", "accepted"),
        RequestStatus.declined: P_("request status", "declined"),
        RequestStatus.withdrawn: P_("request status", "withdrawn"),
    },
}
