"""Deals, supply and consortia as partnerships (probe sentences written for the test, on a small
directory of this module's own): a deal, a contract or a partnership agreement signed is the
business partnership it makes, while a memorandum or a plain agreement stays one (업무협약, MOU,
signed an agreement); a deal signed with partners the story counts but does not name stands with no
counterpart; a supplier names its receiver with 에/에게; partners closing a list with 등과, work
done 함께 with a partner, and the members of a consortium are partnerships too."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "zh-Hans": "韩光机器人", "zh-Hant": "韓光機器人",
                                 "en": "Hanbit Robotics"}),
    "huarong": ("company", "CN", {"ko": "화룽테크", "zh-Hans": "华容科技", "zh-Hant": "華容科技",
                                  "en": "Huarong Tech"}),
    "saebyeol": ("company", "KR", {"ko": "새별반도체", "zh-Hans": "晓星半导体", "en": "Saebyeol Semiconductor"}),
    "nuri": ("company", "KR", {"ko": "누리클라우드", "en": "Nuri Cloud"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


@pytest.mark.parametrize("text", [
    "Hanbit Robotics signed a partnership agreement with Huarong Tech on Monday.",
    "Hanbit Robotics inked a deal with Huarong Tech to build service robots.",
    "Hanbit Robotics inks supply deal with Huarong Tech.",
    "韩光机器人与华容科技签署战略合作伙伴关系协议。",
    "韓光機器人與華容科技簽署戰略合作夥伴協議。",
])
def test_a_deal_or_partnership_agreement_signed_is_a_partnership(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "partnership") == [(["hanbit"], ["huarong"])]
    assert event_pairs(doc, g, "agreement") == []


@pytest.mark.parametrize("text", [
    "Hanbit Robotics signed an agreement with Huarong Tech on Monday.",
    "Hanbit Robotics signed an MOU with Huarong Tech on Monday.",
    "한빛로보틱스는 화룽테크와 전략적 파트너십 협약을 맺었다.",
    "한빛로보틱스는 화룽테크와 업무협약을 체결했다.",
    "韩光机器人与华容科技签署战略合作协议。",
])
def test_a_memorandum_or_plain_agreement_stays_an_agreement(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "agreement") == [(["hanbit"], ["huarong"])]
    assert event_pairs(doc, g, "partnership") == []


@pytest.mark.parametrize("text,kind", [
    ("Hanbit Robotics will ink deals with two South Korean companies during the trip.", "partnership"),
    ("Hanbit Robotics signed agreements with three local firms in Seoul.", "agreement"),
    ("韩光机器人与三家韩国企业签约。", "agreement"),
])
def test_partners_counted_but_unnamed_leave_the_act_without_counterpart(run, g, text, kind):
    assert event_pairs(run(text), g, kind) == [(["hanbit"], [])]


def test_partners_unnamed_and_uncounted_make_no_deal(run, g):
    assert event_pairs(run("Hanbit Robotics signed several documents on Monday."), g, "partnership") == []


@pytest.mark.parametrize("text", [
    "새별반도체는 한빛로보틱스에 AI 칩 5만 개를 공급한다.",
    "새별반도체는 한빛로보틱스에게 AI 칩을 공급하기로 했다.",
])
def test_a_korean_supplier_and_its_receiver_partner(run, g, text):
    assert event_pairs(run(text), g, "partnership") == [(["saebyeol"], ["hanbit"])]


def test_a_supply_with_no_receiver_named_is_no_partnership(run, g):
    assert event_pairs(run("새별반도체는 올해 AI 칩을 대량으로 공급한다."), g, "partnership") == []


def test_partners_closing_a_list_with_deung_each_partner(run, g):
    doc = run("누리클라우드는 한빛로보틱스, 화룽테크, 새별반도체 등과 협력하고 있다.")
    assert event_pairs(doc, g, "partnership") == [
        (["nuri"], ["hanbit"]), (["nuri"], ["huarong"]), (["nuri"], ["saebyeol"])]


def test_work_done_together_with_a_partner_is_a_partnership_a_trip_is_not(run, g):
    doc = run("누리클라우드는 한빛로보틱스와 함께 AI 반도체를 개발하고 있다.")
    assert event_pairs(doc, g, "partnership") == [(["nuri"], ["hanbit"])]
    doc = run("누리클라우드는 한빛로보틱스와 함께 서울을 방문했다.")
    assert event_pairs(doc, g, "partnership") == []


@pytest.mark.parametrize("text", [
    "한빛로보틱스와 화룽테크, 누리클라우드가 컨소시엄을 구성했다.",
    "Hanbit Robotics, Huarong Tech and Nuri Cloud formed a consortium.",
])
def test_the_members_of_a_consortium_partner(run, g, text):
    pairs = event_pairs(run(text), g, "partnership")
    assert pairs
    named = {k for a, t in pairs for k in (*a, *t)}
    assert named == {"hanbit", "huarong", "nuri"}


def test_a_consortium_in_chinese(run, g):
    assert event_pairs(run("韩光机器人与华容科技组成联合体。"), g, "partnership") == [(["hanbit"], ["huarong"])]


# -- a city's market, a delegation from a province ----------------------------------------------------
def test_a_citys_market_is_no_government(run):
    g = small_gazetteer({"sh-gov": ("government", "CN", {"ko": "상하이시", "zh-Hans": "上海市", "en": "Shanghai"})},
                        {"cn": ("country", None, ["중국", "China"]),
                         "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"])})
    from gyoryu.intel.pipeline import build_pipeline

    pipeline = build_pipeline(g)
    for text in ("누리클라우드는 상하이 시장에 진출했다.", "누리클라우드는 상하이 시장 공략에 나섰다.",
                 "무역협회는 상하이 시장개척단을 꾸렸다."):
        doc = pipeline(text)
        assert not [o for o in doc.orgs if o.entity_id is not None], text
        assert [p.mention for p in doc.places] == ["상하이"], text
    assert [o.mention for o in pipeline("상하이시장은 한국 기업을 환영했다.").orgs] == ["상하이시"]


@pytest.mark.parametrize("text,kind", [
    ("A delegation from Gyeonggi Province visited Seoul on Monday.", "delegation"),
    ("Officials from Gyeonggi Province visited Seoul.", "visit"),
])
def test_people_from_a_province_act_for_its_government(run, text, kind):
    g = small_gazetteer({"gg": ("government", "KR", {"ko": "경기도", "en": "Gyeonggi Province"})},
                        {"kr": ("country", None, ["한국", "South Korea"]),
                         "kr-gg": ("province", "kr", ["경기도", "Gyeonggi", "Gyeonggi Province"]),
                         "kr-seoul": ("city", "kr", ["서울", "Seoul"])})
    from gyoryu.intel.pipeline import build_pipeline

    doc = build_pipeline(g)(text)
    assert [e.actors[0].mention for e in doc.events if e.type == kind] == ["Gyeonggi Province"]
