"""Cluster-to-cluster matching on a real database (SQLite and PostgreSQL): matching's own scoring
and reasons over the members of two clusters."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from gyoryu.clusters.match import match_clusters
from gyoryu.clusters.schemas import match_out
from gyoryu.clusters.service import members
from gyoryu.directory.models import Organization
from gyoryu.directory.schemas import OrgIn
from gyoryu.directory.service import create_org
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.i18n import Translator
from tests.clusters.conftest import LIANGJIANG, PANGYO


def test_pairs_are_cross_cluster_best_first_with_reasons(db, profiles):
    found = match_clusters(db=db, a=PANGYO, b=LIANGJIANG, limit=100)
    in_a = {o.id for o in members(db=db, cluster=found.a)}
    in_b = {o.id for o in members(db=db, cluster=found.b)}
    assert (len(in_a), len(in_b)) == (8, 2) and found.scored == 16
    assert (found.profiled_a, found.profiled_b) == (2, 2)
    assert found.pairs and all(p.a.id in in_a and p.b.id in in_b for p in found.pairs)
    assert [p.score for p in found.pairs] == sorted((p.score for p in found.pairs), reverse=True)
    assert all(p.reasons for p in found.pairs)

    top = found.pairs[0]
    assert (top.a.key, top.b.key, top.profiled) == ("hancom", "sevens-robotics", (True, True))
    text = top.render(Translator("en"))
    assert text[:3] == [
        "Complementary: Hancom offers software, Seven's Robotics seeks it",
        "Complementary: Hancom offers data, Seven's Robotics seeks it",
        "Complementary: Seven's Robotics offers manufacturing, Hancom seeks it",
    ]
    assert {"Complementary: Hancom works in LLM / generative AI, which Seven's Robotics seeks",
            "Complementary: Seven's Robotics works in Robotics, which Hancom seeks"} <= set(text)
    assert text[-1].startswith("What Hancom offers matches what Seven's Robotics seeks (similarity ")


def test_reasons_are_told_in_the_readers_language(db, profiles):
    top = match_clusters(db=db, a=PANGYO, b=LIANGJIANG, limit=1).pairs[0]
    ko, zh = top.render(Translator("ko")), top.render(Translator("zh"))
    assert len(ko) == len(zh) == len(top.reasons)
    assert ko[:3] == ["상호보완: 소프트웨어 — 한글과컴퓨터 제공, 세븐스 로보틱스 수요",
                      "상호보완: 데이터 — 한글과컴퓨터 제공, 세븐스 로보틱스 수요",
                      "상호보완: 제조 — 세븐스 로보틱스 제공, 한글과컴퓨터 수요"]
    assert "상호보완: 로봇 — 세븐스 로보틱스의 분야, 한글과컴퓨터의 수요" in ko
    assert zh[:3] == ["互补：Hancom提供软件，七腾机器人正在寻求", "互补：Hancom提供数据，七腾机器人正在寻求",
                      "互补：七腾机器人提供制造，Hancom正在寻求"]
    assert not any("Complementary" in r or "offers" in r for r in ko + zh)


def test_what_each_cluster_brings_the_other(db, profiles):
    found = match_clusters(db=db, a=PANGYO, b=LIANGJIANG)
    brings = {(c.kind, c.key): (set(c.offered_by), set(c.sought_by)) for c in found.a_offers}
    ids = profiles
    assert brings == {
        ("capability", "software"): ({ids["hancom"], ids["nhn-cloud"]}, {ids["sevens-robotics"]}),
        ("capability", "data"): ({ids["hancom"]}, {ids["sevens-robotics"]}),
        ("sector", "llm"): ({ids["hancom"], db.scalar(select(Organization.id).where(Organization.key == "ncsoft"))},
                            {ids["sevens-robotics"]}),
    }
    back = {(c.kind, c.key): (set(c.offered_by), set(c.sought_by)) for c in found.b_offers}
    assert back == {
        ("capability", "market_access"): ({ids["liangjiang-admin"]}, {ids["hancom"], ids["nhn-cloud"]}),
        ("capability", "manufacturing"): ({ids["sevens-robotics"]}, {ids["hancom"]}),
        ("sector", "robotics"): ({ids["sevens-robotics"]}, {ids["hancom"]}),
    }
    out = match_out(found, Translator("zh"))
    labels = {c.key: c.label for c in out.b_offers}
    assert labels["robotics"] == "机器人" and labels["market_access"] == Translator("zh").gettext("market access")
    assert out.b_offers[0].offered_by and set(out.b_offers[0].offered_by) <= {"sevens-robotics", "liangjiang-admin"}


def test_members_without_a_profile_are_read_from_the_directory(db):
    found = match_clusters(db=db, a=PANGYO, b=LIANGJIANG)
    assert (found.profiled_a, found.profiled_b) == (0, 0)
    [only] = found.pairs  # the two industry-promotion bodies; nobody said what they seek
    assert (only.a.key, only.b.key, only.profiled) == ("gyeonggi-ccei", "liangjiang-admin", (False, False))
    assert only.render(Translator("en"))[0] == "Shared sector: Industry promotion"


def test_a_member_of_both_clusters_does_not_meet_itself(db, profiles):
    both = create_org(db=db, data=OrgIn(kind="company", country="KR", names={"en": "Twin Valley Robots"},
                                        sectors=["robotics"], clusters=[PANGYO, LIANGJIANG]))
    found = match_clusters(db=db, a=PANGYO, b=LIANGJIANG, limit=100)
    assert found.scored == 9 * 3 - 1
    assert all(p.a.id != p.b.id for p in found.pairs)
    assert any(p.a.id == both.id for p in found.pairs)


@pytest.mark.parametrize(("a", "b", "error", "code"), [
    ("no-such-cluster", LIANGJIANG, NotFound, "E971"),
    (PANGYO, "kr-seoul", NotFound, "E971"),  # a place, but not a cluster
    (PANGYO, PANGYO, InvalidValue, "E972"),
])
def test_bad_clusters_are_named(db, a, b, error, code):
    with pytest.raises(error) as raised:
        match_clusters(db=db, a=a, b=b)
    assert raised.value.code == code
