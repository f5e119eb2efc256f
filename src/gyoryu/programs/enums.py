"""Closed vocabularies of programs; stored as plain strings so any database can hold them."""

from enum import StrEnum

from gyoryu.i18n import N_


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
    """Roles scoped to one program (on top of the platform role)."""

    organiser = "organiser"


LABELS: dict[str, str] = {
    ProgramKind.delegation: N_("delegation"),
    ProgramKind.study_tour: N_("study tour"),
    ProgramKind.summit: N_("summit / expo"),
    ProgramKind.exhibition: N_("exhibition"),
    ParticipantStatus.applied: N_("applied"),
    ParticipantStatus.accepted: N_("accepted"),
    ParticipantStatus.waitlisted: N_("wait-listed"),
    ParticipantStatus.cancelled: N_("cancelled"),
    RequestStatus.pending: N_("pending"),
    RequestStatus.accepted: N_("accepted"),
    RequestStatus.declined: N_("declined"),
    RequestStatus.withdrawn: N_("withdrawn"),
}
