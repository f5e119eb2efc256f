"""Named permission predicates: `RULES["directory.edit_org"](user, org)`.

One table for every check, so the page, the API and the CLI agree on who may do what.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gyoryu.accounts.enums import Role

Predicate = Callable[[Any, Any], bool]


def is_admin(user, _obj=None) -> bool:
    return user is not None and user.role == Role.admin


def is_organiser(user, _obj=None) -> bool:
    return user is not None and user.role in (Role.admin, Role.organiser)


def is_signed_in(user, _obj=None) -> bool:
    return user is not None


def represents(user, org) -> bool:
    """A member speaks for their own organisation (and nobody else's)."""
    return (
        user is not None
        and user.role == Role.member
        and org is not None
        and user.organization_id == org.id
    )


def anyone(_user, _obj=None) -> bool:
    return True


RULES: dict[str, Predicate] = {
    "directory.view": anyone,
    "directory.create_org": is_organiser,
    "directory.edit_org": lambda u, o: is_organiser(u) or represents(u, o),
    "directory.curate": is_organiser,  # people, places and clusters
    "directory.import": is_organiser,
    "directory.export": is_signed_in,
    "accounts.manage": is_admin,
    "accounts.own_tokens": is_signed_in,
    "accounts.totp": is_organiser,  # who may set up a second factor
}


def allowed(permission: str, user, obj=None) -> bool:
    return RULES[permission](user, obj)


def register(permission: str, predicate: Predicate) -> None:
    """Later domains add their own rules without editing this module."""
    RULES[permission] = predicate
