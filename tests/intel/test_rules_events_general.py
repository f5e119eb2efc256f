"""Event rules read by how the press tells an act, in any story (probe sentences written for the
test, on a small directory of this module's own): what is founded when Chinese 成立 takes no
object, a unit opened or set up by name in Korean, and a headline's 'joins hands' that is the
story's agreement."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "zh-Hans": "瀚光机器人", "en": "Hanbit Robotics"}),
    "hanbit-china": ("company", "CN", {"ko": "한빛차이나", "zh-Hans": "瀚光中国"}),
    "cheongun": ("university", "KR", {"ko": "청운대학교", "zh-Hans": "清云大学", "en": "Cheongun University"}),
    "joint-centre": ("research", "KR", {"ko": "한빛-청운 AI 공동연구센터"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "杭州", "Hangzhou"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- what is founded ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "瀚光机器人成立于2019年，孵化自清云大学，总部位于杭州。",
    "瀚光机器人于2019年成立，核心团队来自清云大学。",
])
def test_chinese_cheng_li_with_no_object_founds_its_subject(run, g, text):
    assert [t for _a, t in event_pairs(run(text), g, "founding")] == [["hanbit"]]


def test_chinese_cheng_li_with_an_object_founds_the_object(run, g):
    doc = run("瀚光机器人上月在杭州成立了子公司瀚光中国，负责当地销售。")
    assert [t for _a, t in event_pairs(doc, g, "founding")] == [["hanbit-china"]]


def test_a_korean_subsidiary_set_up_in_the_connective_form(run, g):
    doc = run("한빛로보틱스는 내년 상반기 항저우에 현지 법인 '한빛차이나'를 세워 부품 조달 거점으로 삼을 방침이다.")
    assert event_pairs(doc, g, "founding") == [(["hanbit"], ["hanbit-china"])]


def test_a_korean_centre_to_be_opened_by_name(run, g):
    doc = run("한빛로보틱스와 청운대학교는 내년 3월 서울에 '한빛-청운 AI 공동연구센터'를 열기로 했다.")
    assert event_pairs(doc, g, "founding") == [(["cheongun", "hanbit"], ["joint-centre"])]


def test_a_plan_made_is_no_founding(run, g):
    doc = run("한빛로보틱스는 항저우 진출 계획을 세워 청운대학교와 협의하고 있다.")
    assert event_pairs(doc, g, "founding") == []


# -- a headline's word for the act the story tells ----------------------------------------------
def test_a_headline_joining_hands_with_whom_the_story_signs_is_that_agreement(run, g):
    doc = run("한빛로보틱스, 청운대학교와 재활로봇 '맞손'\n"
              "한빛로보틱스는 12일 서울에서 청운대학교와 재활로봇 공동 개발을 위한 업무협약(MOU)을 체결했다고 밝혔다.")
    assert event_pairs(doc, g, "partnership") == []
    assert event_pairs(doc, g, "agreement") == [(["hanbit"], ["cheongun"])]


def test_a_headline_joining_hands_with_whom_the_story_only_visits_stays(run, g):
    doc = run("한빛로보틱스, 청운대학교와 재활로봇 '맞손'\n"
              "한빛로보틱스 대표단은 12일 청운대학교를 방문해 연구 현황을 살펴봤다.")
    assert [t for _a, t in event_pairs(doc, g, "partnership")] == [["cheongun", "hanbit"]]
