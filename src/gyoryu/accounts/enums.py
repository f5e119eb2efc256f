from enum import StrEnum


class Role(StrEnum):
    """Platform roles. A member represents one organisation and edits only that one."""

    admin = "admin"
    organiser = "organiser"
    member = "member"
    viewer = "viewer"
