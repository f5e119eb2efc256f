"""Partnership rules (probe sentences written for the test, on a small directory of this module's
own): sister and friendship ties between cities and provinces, dated by the year they were made
and kept beside a later agreement of the same pair; a cooperation built, strengthened or widened
(협력 관계를 구축, 협력을 강화하기로, 建立战略合作关系, 結為策略聯盟, forged ties, agreed to work
together); while a cooperation only sought or talked of ('sought cooperation with', 探讨合作) stays no event."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "zh-Hans": "韩光机器人", "en": "Hanbit Robotics"}),
    "huarong": ("company", "CN", {"ko": "화룽테크", "zh-Hans": "华容科技", "zh-Hant": "華容科技",
                                  "en": "Huarong Tech"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "jiangbei": ("government", "CN", {"ko": "장베이성", "zh-Hans": "江北省", "en": "Jiangbei Province"}),
    "north-uni": ("university", "CN", {"zh-Hans": "北川大学", "en": "Beichuan University"}),
    "kr-agency": ("government", "KR", {"zh-Hans": "韩国数字振兴院", "en": "Korea Digital Agency"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-busan": ("city", "kr", ["부산", "釜山", "Busan"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "首爾", "Seoul"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
    "cn-tianjin": ("city", "cn", ["톈진", "天津", "Tianjin"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _dates(doc, kind="partnership") -> list:
    return [e.date for e in doc.events if e.type == kind]


# -- sister and friendship ties ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "대명시는 장베이성과 1996년 자매결연을 맺었다.",
    "대명시와 장베이성은 1996년 우호협력 관계를 맺었다.",
    "大明市与江北省于1996年结为友好城市。",
    "大明市與江北省於1996年締結姊妹市。",
    "Daemyeong City and Jiangbei Province have been sister cities since 1996.",
])
def test_a_sister_or_friendship_tie_is_a_partnership_of_its_year(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "partnership") == [(["daemyeong"], ["jiangbei"])]
    assert _dates(doc) == ["1996"]


def test_a_tie_between_places_has_the_places_as_parties(run, g):
    doc = run("Busan and Shanghai became sister cities in 1993.")
    assert event_pairs(doc, g, "partnership") == [(["Busan"], ["Shanghai"])]
    assert _dates(doc) == ["1993"]
    doc = run("부산시는 톈진과 2007년 우호도시 관계를 맺었다.")
    assert event_pairs(doc, g, "partnership") == [(["부산시"], ["톈진"])]


def test_a_tie_is_not_sealed_by_a_later_agreement_of_the_pair(run, g):
    doc = run("대명시와 장베이성은 1996년 자매결연을 맺었다. "
              "대명시는 15일 장베이성과 인공지능 분야 업무협약을 체결했다.")
    assert event_pairs(doc, g, "partnership") == [(["daemyeong"], ["jiangbei"])]
    assert event_pairs(doc, g, "agreement") == [(["daemyeong"], ["jiangbei"])]


# -- cooperation built, strengthened, widened --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "한빛로보틱스는 화룽테크와 전략적 협력 관계를 구축하기로 했다.",
    "한빛로보틱스는 화룽테크와 AI 반도체 분야에서 협력을 강화하기로 했다.",
    "한빛로보틱스는 화룽테크와 로봇 분야 협력에 나선다.",
    "한빛로보틱스는 화룽테크와 손을 잡았다.",
    "韩光机器人与华容科技建立战略合作关系。",
    "韓光機器人與華容科技結為策略聯盟。",
    "韩光机器人将与华容科技共同研发AI芯片。",
    "Hanbit Robotics and Huarong Tech agreed to work together on AI chips.",
    "Hanbit Robotics will expand cooperation with Huarong Tech in AI chips.",
    "Hanbit Robotics and Huarong Tech forged a strategic alliance.",
    "Hanbit Robotics joined forces with Huarong Tech to build robots.",
])
def test_a_cooperation_built_or_strengthened_is_a_partnership(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "partnership") == [(["hanbit"], ["huarong"])]
    assert event_pairs(doc, g, "agreement") == []


@pytest.mark.parametrize("text", [
    "한빛로보틱스는 AI 반도체 분야에서 협력을 강화하기로 했다.",  # with whom
    "韩光机器人与华容科技探讨合作。",
    "Hanbit Robotics sought cooperation with Huarong Tech.",
    "Hanbit Robotics said it hopes to work together with Huarong Tech.",
])
def test_a_cooperation_sought_or_without_a_partner_is_none(run, g, text):
    assert event_pairs(run(text), g, "partnership") == []
