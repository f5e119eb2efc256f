"""Who may see the fund: its own role and admins, nobody else (deal data is confidential).

Checked inside every fund service function (`guard`), so the page, the API and the CLI cannot
differ: a door that forgot its check would still be refused by the service behind it."""

from __future__ import annotations

from gyoryu.accounts.enums import Role
from gyoryu.accounts.rules import register
from gyoryu.errors import Forbidden


def works_for_fund(user, _obj=None) -> bool:
    return user is not None and getattr(user, "is_active", True) and user.role in (Role.admin, Role.fund)


def guard(user) -> None:
    if not works_for_fund(user):
        raise Forbidden()


register("fund.access", works_for_fund)
