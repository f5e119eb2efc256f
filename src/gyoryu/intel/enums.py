"""Closed vocabularies of the news domain, stored as plain strings."""

from enum import StrEnum


class EntityKind(StrEnum):
    organization = "organization"
    person = "person"
    place = "place"


class EventType(StrEnum):
    visit = "visit"
    agreement = "agreement"
    partnership = "partnership"
    investment = "investment"
    summit = "summit"
    founding = "founding"
    delegation = "delegation"  # a delegation sent or led (경기도 대표단, 경제사절단)
    exhibition = "exhibition"  # a pavilion or a booth at a fair (한국관)
    other = "other"  # business matching, consultations, luncheons, plaque unveilings


class LinkMethod(StrEnum):
    """How a mention reached its entity; reviewers see it next to the confidence."""

    alias = "alias"
    transliteration = "transliteration"
    review = "review"
    none = "none"


class ReviewStatus(StrEnum):
    open = "open"
    accepted = "accepted"  # linked to the suggested organisation
    merged = "merged"  # linked to another organisation the reviewer chose
    created = "created"  # became a new organisation
    rejected = "rejected"  # not an organisation


class ReviewAction(StrEnum):
    accept = "accept"
    merge = "merge"
    create = "create"
    reject = "reject"
