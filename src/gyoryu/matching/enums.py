"""Closed vocabularies of matchmaking; stored as plain strings so any database can hold them."""

from enum import StrEnum

from gyoryu.i18n import N_


class Capability(StrEnum):
    """What an organisation can bring to, or wants from, a partnership."""

    software = "software"
    hardware = "hardware"
    data = "data"
    market_access = "market_access"
    manufacturing = "manufacturing"
    capital = "capital"
    distribution = "distribution"
    research = "research"
    talent = "talent"
    policy_support = "policy_support"


# Labels for readers, translated where they are shown.
CAPABILITY_LABELS: dict[str, str] = {
    Capability.software: N_("software"),
    Capability.hardware: N_("hardware"),
    Capability.data: N_("data"),
    Capability.market_access: N_("market access"),
    Capability.manufacturing: N_("manufacturing"),
    Capability.capital: N_("capital"),
    Capability.distribution: N_("distribution"),
    Capability.research: N_("research"),
    Capability.talent: N_("talent"),
    Capability.policy_support: N_("policy support"),
}


class Side(StrEnum):
    offer = "offer"
    seek = "seek"


class TagKind(StrEnum):
    sector = "sector"  # a key of the directory's sector taxonomy
    capability = "capability"


class Scope(StrEnum):
    """Which partners to recommend."""

    other_country = "other_country"
    any_country = "any_country"


class MeetingOrigin(StrEnum):
    """Why a meeting is in a schedule."""

    request = "request"  # an accepted meeting request
    recommendation = "recommendation"  # a strong recommendation both sides have not yet asked for
