from enum import StrEnum


class Role(StrEnum):
    """Platform roles. A member represents one organisation and edits only that one."""

    admin = "admin"
    organiser = "organiser"
    member = "member"
    viewer = "viewer"
    fund = "fund"  # the fund's team: deals, scores and memos, confidential to everyone else
