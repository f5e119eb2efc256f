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
