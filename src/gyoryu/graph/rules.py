"""Who sees the relationship graph: it shows meetings and outcome stages between organisations,
which organisers and the fund work with; a member sees their own organisation's partners."""

from __future__ import annotations

from gyoryu.accounts.enums import Role
from gyoryu.accounts.rules import register, represents
from gyoryu.errors import Forbidden


def sees_graph(user, _obj=None) -> bool:
    return user is not None and user.role in (Role.admin, Role.organiser, Role.fund)


def sees_partners(user, org=None) -> bool:
    return sees_graph(user) or represents(user, org)


def guard(user) -> None:
    if not sees_graph(user):
        raise Forbidden()


register("graph.view", sees_graph)
register("graph.partners", sees_partners)
