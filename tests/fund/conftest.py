"""Factories for the fund: accounts of every role, a rubric, deals on bundled companies."""

from __future__ import annotations

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.directory.service import org_by_key
from gyoryu.fund import scoring, service
from gyoryu.fund.schemas import CriterionIn, DealIn
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)


@pytest.fixture
def account(db):
    def _make(role: Role, name: str | None = None):
        org = org_by_key(db=db, key="nhn") if role == Role.member else None
        return add_user(db=db, email=f"{name or role}@fund.example", password="correct horse",
                        role=role, display_name=name or str(role),
                        organization_id=org.id if org else None)

    return _make


@pytest.fixture
def fund_user(account):
    return account(Role.fund, "fund-analyst")


@pytest.fixture
def rubric(db, fund_user):
    for position, (key, weight, en, ko, zh) in enumerate([
        ("team", 3, "Team", "팀", "团队"), ("market", 2, "Market", "시장", "市场"),
        ("technology", 1, "Technology", "기술", "技术")]):
        scoring.define_criterion(db=db, actor=fund_user, data=CriterionIn(
            key=key, weight=weight, position=position, labels={"en": en, "ko": ko, "zh": zh}))
    return scoring.rubric(db=db, actor=fund_user)


@pytest.fixture
def make_deal(db, fund_user):
    def _make(org: str = "aiworks", **kw):
        data = dict(organization=org, round="seed", source="referral", source_ref="Kim Minji")
        data.update(kw)
        return service.create_deal(db=db, actor=fund_user, data=DealIn(**data))

    return _make
