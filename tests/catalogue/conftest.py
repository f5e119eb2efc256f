"""Factories for the catalogue: accounts of a seller (AeiRobot, Korea), a buyer (Xiaomi, China),
a member of an unrelated organisation (Hancom) and an organiser; a robot vacuum named in Korean,
Chinese and English; a summit where buyer and seller both take part."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.catalogue import service
from gyoryu.catalogue.rules import SHELL
from gyoryu.catalogue.schemas import ProductIn
from gyoryu.directory.service import org_by_key
from gyoryu.programs import service as programs
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)

VACUUM = {"ko": "로봇청소기 에이아이봇 R1", "zh-Hans": "扫地机器人 AiBot R1", "en": "AiBot R1 robot vacuum"}


@pytest.fixture
def org(db):
    def _org(key: str):
        found = org_by_key(db=db, key=key)
        assert found is not None, key
        return found

    return _org


@pytest.fixture
def people(db, org):
    """Accounts by part: seller (AeiRobot's member), buyer (Xiaomi's member), stranger
    (Hancom's member), organiser, viewer (no organisation)."""
    made = {}
    for part, role, key, locale in (("seller", Role.member, "aeirobot", "ko"),
                                    ("buyer", Role.member, "xiaomi", "zh"),
                                    ("stranger", Role.member, "hancom", None),
                                    ("organiser", Role.organiser, None, None),
                                    ("viewer", Role.viewer, None, None)):
        user = add_user(db=db, email=f"{part}@catalogue.example", password="correct horse",
                        role=role, organization_id=org(key).id if key else None)
        user.locale = locale
        made[part] = user
    db.flush()
    return made


def product_data(**overrides) -> ProductIn:
    data = dict(key="aeirobot-r1", organization="aeirobot", category="robot", names=dict(VACUUM),
                sectors=["robotics"], capabilities=["hardware", "manufacturing"],
                description={"ko": "라이다와 AI 비전으로 장애물을 피하는 로봇청소기",
                             "zh": "配备激光雷达和AI视觉的扫地机器人", "en": "A robot vacuum with lidar"},
                specs=[("배터리", "5200 mAh"), ("흡입력", "8000 Pa")], price_min="390000",
                price_max="450000", currency="KRW", min_order="100", unit="대",
                certifications=["KC", "ccc", "CE"], exhibit=True)
    data.update(overrides)
    return ProductIn.model_validate(data)


@pytest.fixture
def vacuum(db):
    return service.save_product(db=db, actor=SHELL, data=product_data())


@pytest.fixture
def summit(db, org, people):
    """A summit with the buyer (by their account's address) and AeiRobot accepted."""
    program = programs.create_program(db=db, data=ProgramIn(
        key="catalogue-test-summit", kind="summit", title={"en": "Buyers' summit", "ko": "바이어 서밋",
                                                           "zh": "采购商峰会"},
        starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 2), cities=["cn-beijing"]))
    for email, key in (("buyer@catalogue.example", "xiaomi"), ("rep@aeirobot.example", "aeirobot")):
        person = programs.register_participant(db=db, program=program, force=True, data=RegistrationIn(
            name=email.split("@")[0], email=email, organization_id=org(key).id))
        person.status = ParticipantStatus.accepted
    db.flush()
    return program


def png(width: int = 40, height: int = 30, fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, fmt)
    return out.getvalue()
