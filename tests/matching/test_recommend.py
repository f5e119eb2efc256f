"""Profiles and recommendations on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from gyoryu.directory.schemas import OrgIn
from gyoryu.directory.service import create_org
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.i18n import Translator
from gyoryu.matching.enums import Scope
from gyoryu.matching.schemas import ProfileIn
from gyoryu.matching.service import profile_for, profile_form, recommend, save_profile


def org(db, name, country, sectors=(), clusters=()):
    return create_org(db=db, data=OrgIn(kind="company", country=country, names={"en": name},
                                        sectors=list(sectors), clusters=list(clusters)))


@pytest.fixture
def summit(db):
    """A Korean vision-software firm and three possible partners, in program 900."""
    kr = org(db, "Test Vision Seoul", "KR", ["computer_vision"], ["kr-pangyo-techno-valley"])
    cn_factory = org(db, "Test Robot Works", "CN", ["industrial_robots"],
                     ["cn-beijing-zhongguancun"])
    cn_bank = org(db, "Test Capital Bank", "CN", ["fintech"])
    kr_peer = org(db, "Test Vision Busan", "KR", ["computer_vision"])
    me = save_profile(db=db, data=ProfileIn(
        organization_id=kr.id, program_id=900, offers_capabilities=["software"],
        seeks_capabilities=["manufacturing", "market_access"], seeks_sectors=["robotics"],
        offers_text="우리는 공장 자동화를 위한 AI 비전 소프트웨어를 개발합니다",
        seeks_text="중국 로봇 제조사와 협력하고 싶습니다"))
    factory = save_profile(db=db, data=ProfileIn(
        organization_id=cn_factory.id, program_id=900,
        offers_capabilities=["manufacturing", "market_access"], seeks_capabilities=["software"],
        offers_text="我们是一家工业机器人制造商", seeks_text="寻找工厂视觉人工智能软件"))
    bank = save_profile(db=db, data=ProfileIn(
        organization_id=cn_bank.id, program_id=900, offers_capabilities=["capital"],
        offers_text="跨境支付服务", seeks_text="寻找金融客户"))
    peer = save_profile(db=db, data=ProfileIn(
        organization_id=kr_peer.id, program_id=900, offers_capabilities=["manufacturing"],
        seeks_capabilities=["software"], offers_text="AI 비전 카메라 제조"))
    return {"me": me, "factory": factory, "bank": bank, "peer": peer}


def test_the_complementary_foreign_partner_comes_first_with_readable_reasons(db, summit):
    recs = recommend(db=db, profile_id=summit["me"].id)
    # The bank shares nothing with us; the Korean peer is from our own country.
    assert [r.profile.id for r in recs] == [summit["factory"].id]
    top = recs[0]
    text = top.render(Translator("en"))
    assert text[:3] == [
        "Complementary: you offer software, they seek it",
        "Complementary: they offer manufacturing, you seek it",
        "Complementary: they offer market access, you seek it",
    ]
    assert "Complementary: they work in Industrial robots, which you seek" in text
    assert any(t.startswith("What they offer matches what you seek (") for t in text)
    assert 60 <= top.score <= 100


def test_reasons_follow_the_readers_language(db, summit):
    top = recommend(db=db, profile_id=summit["me"].id)[0]
    ko = top.render(Translator("ko"))
    zh = top.render(Translator("zh"))
    sector = [r for r in top.reasons if r.code == "they_offer_sector"][0]
    assert sector.render(Translator("ko")).count("산업용 로봇") == 1
    assert sector.render(Translator("zh")).count("工业机器人") == 1
    assert len(ko) == len(zh) == len(top.reasons)


def test_any_country_scope_includes_the_home_peer(db, summit):
    recs = recommend(db=db, profile_id=summit["me"].id, scope=Scope.any_country)
    assert summit["peer"].id in [r.profile.id for r in recs]


def test_cluster_reason(db, summit):
    top = recommend(db=db, profile_id=summit["me"].id)[0]
    codes = [r.code for r in top.reasons]
    # Vision (AI) and industrial robots share no root sector: no "both in … clusters".
    assert "cluster_sector" not in codes and "same_cluster" not in codes


def test_saving_again_replaces_the_profile(db, summit):
    me = summit["me"]
    form = profile_form(me)
    form.seeks_capabilities = ["capital"]
    again = save_profile(db=db, data=form)
    assert again.id == me.id
    assert profile_for(db=db, organization_id=me.organization_id, program_id=900).id == me.id
    recs = recommend(db=db, profile_id=me.id)
    assert [r.profile.id for r in recs] == [summit["factory"].id, summit["bank"].id]
    assert recs[1].render(Translator("en")) == ["Complementary: they offer capital, you seek it"]


def test_bad_tags_are_refused(db, summit):
    with pytest.raises(InvalidValue) as err:
        save_profile(db=db, data=ProfileIn(organization_id=summit["me"].organization_id,
                                           seeks_sectors=["no_such_sector"]))
    assert err.value.code == "E204"
    with pytest.raises(ValueError) as err:
        ProfileIn(organization_id=1, offers_capabilities=["telepathy"])
    assert "Unknown capability 'telepathy'" in str(err.value)
    with pytest.raises(NotFound):
        recommend(db=db, profile_id=10**9)
