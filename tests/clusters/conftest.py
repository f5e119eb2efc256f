"""Pangyo Techno Valley and Liangjiang New Area (bundled clusters) with matching profiles for
some of their members: what seed 000's delegation went to Chongqing for."""

from __future__ import annotations

import pytest

from gyoryu.directory.service import org_by_key
from gyoryu.matching.schemas import ProfileIn
from gyoryu.matching.service import save_profile
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)

PANGYO, LIANGJIANG = "kr-pangyo-techno-valley", "cn-chongqing-liangjiang"

PROFILES = {
    "hancom": dict(offers_capabilities=["software", "data"], seeks_capabilities=["manufacturing", "market_access"],
                   seeks_sectors=["robotics"], offers_text="한국어 문서 AI와 거대언어모델 소프트웨어를 개발합니다",
                   seeks_text="중국 로봇 제조사와 함께 로봇에 들어갈 AI 소프트웨어를 만들고 싶습니다"),
    "nhn-cloud": dict(offers_capabilities=["software"], seeks_capabilities=["market_access"],
                      offers_text="AI 클라우드와 GPU 데이터센터 서비스"),
    "sevens-robotics": dict(offers_capabilities=["hardware", "manufacturing"],
                            seeks_capabilities=["software", "data"], seeks_sectors=["llm"],
                            offers_text="我们量产工业四足机器人和轮式机器人",
                            seeks_text="寻找用于机器人的人工智能软件和大模型合作伙伴"),
    "liangjiang-admin": dict(offers_capabilities=["policy_support", "market_access"],
                             seeks_capabilities=["capital"], offers_text="两江新区为入驻企业提供政策和市场支持"),
}


def save_profiles(db) -> dict:
    ids = {}
    for key, fields in PROFILES.items():
        org = org_by_key(db=db, key=key)
        save_profile(db=db, data=ProfileIn(organization_id=org.id, **fields))
        ids[key] = org.id
    db.flush()
    return ids


@pytest.fixture
def profiles(db) -> dict:
    """Standing profiles (outside any program) of two members of each cluster: {key: org id}."""
    return save_profiles(db)
