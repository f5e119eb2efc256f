from enum import StrEnum


class Role(StrEnum):
    """Platform roles. A member represents one organisation and edits only that one."""

    admin = "admin"
    organiser = "organiser"
    member = "member"
    viewer = "viewer"
    fund = "fund"  # the fund's team: deals, scores and memos, confidential to everyone else


class TokenScope(StrEnum):
    """What an API token may do: `read` only reads (GET, HEAD); `write` also changes things, as
    far as its owner's role allows."""

    read = "read"
    write = "write"


class TokenKind(StrEnum):
    """A personal token is a person's own script; a service token is a partner system's, made
    by an admin for an account that stands for that system."""

    personal = "personal"
    service = "service"
