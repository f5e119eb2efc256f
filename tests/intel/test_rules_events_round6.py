"""Event rules of the sixth round (probe sentences written for the test, on a small directory of
this module's own): parties that agree to open a thing not named found nothing of theirs; 'to
attend' a forum makes its attendee a side; a Korean sum put in on the way (…에 N억원을 투자해) is an
investment; a partner chosen by name (X를 … 파트너로 선정) is a partnership; cooperation only
talked of (探讨合作) or a joint development only proposed (공동 개발을 제안) is none; a Korean
gathering's quoted title longer than a name is still read as one."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "greenbot": ("company", "KR", {"ko": "그린로봇", "en": "Greenbot"}),
    "bluewave": ("company", "KR", {"ko": "블루웨이브", "en": "Bluewave"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "xingchen-robot": ("company", "CN", {"ko": "싱천로봇", "zh-Hans": "星辰机器人", "en": "Xingchen Robotics"}),
    "huayu-tech": ("company", "CN", {"zh-Hans": "华宇科技", "en": "Huayu Technology"}),
    "cheongun": ("university", "CN", {"zh-Hans": "清云大学", "en": "Cheongun University"}),
    "hanbit-univ": ("university", "KR", {"ko": "한빛대학교", "en": "Hanbit University"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-suzhou": ("city", "cn", ["쑤저우", "苏州", "Suzhou"]),
    "kr-daemyeong": ("city", "kr", ["대명", "Daemyeong"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def test_agreeing_to_open_an_unnamed_lab_is_an_agreement_and_the_pairs_founding(run, g):
    doc = run("Hanbit University and Cheongun University agreed to open a joint laboratory in Suzhou on Monday.")
    assert len(event_pairs(doc, g, "founding")) == 1  # news-dev counts it beside the agreement
    assert event_pairs(doc, g, "agreement") == [(["hanbit-univ"], ["cheongun"])]


def test_a_company_opening_an_office_is_still_told(run, g):
    doc = run("Greenbot opened an office in Suzhou last month.")
    assert event_pairs(doc, g, "founding") == [([], ["greenbot"])]


def test_a_trip_to_attend_a_summit_makes_the_attendee_a_side(run, g):
    doc = run("Greenbot's chief executive flew to Suzhou to attend the Suzhou Robot Summit on Friday.")
    assert [actors for actors, _targets in event_pairs(doc, g, "summit")] == [["greenbot"]]


def test_a_sum_put_in_on_the_way_is_an_investment(run, g):
    doc = run("대명시는 2021년 경영난에 빠진 그린로봇에 50억원을 투자해 본사를 유치했다.")
    assert event_pairs(doc, g, "investment") == [(["daemyeong"], ["greenbot"])]


def test_investing_as_an_aim_without_a_sum_is_none(run, g):
    doc = run("그린로봇은 유망한 로봇 과제를 발굴하고 투자하여 새 플랫폼을 키울 계획이다.")
    assert event_pairs(doc, g, "investment") == []


def test_a_partner_chosen_by_name_is_a_partnership(run, g):
    doc = run("그린로봇은 국내 클라우드 기업 블루웨이브를 공식 리셀러 파트너로 선정했다.")
    assert event_pairs(doc, g, "partnership") == [(["greenbot"], ["bluewave"])]


def test_a_joint_development_only_proposed_is_no_partnership(run, g):
    doc = run("그린로봇 대표는 \"싱천로봇과 감속기 공동 개발을 제안했다\"고 말했다.")
    assert event_pairs(doc, g, "partnership") == []


def test_cooperation_talked_of_is_no_partnership(run, g):
    doc = run("韩国企业代表团走访苏州，与星辰机器人、华宇科技探讨机器人合作。")
    assert event_pairs(doc, g, "partnership") == []


def test_cooperation_carried_out_with_a_partner_stays_a_partnership(run, g):
    doc = run("星辰机器人与华宇科技在苏州开展机器人合作。")
    assert event_pairs(doc, g, "partnership") == [(["xingchen-robot"], ["huayu-tech"])]


def test_a_long_quoted_gathering_title_is_a_gathering(run, g):
    title = "대명-쑤저우 인공지능·바이오 투자협력 국제포럼"
    assert len(title) > 24
    doc = run(f"대명시는 내년 4월 쑤저우에서 '{title}'을 개최한다.")
    assert [o.mention for o in doc.gatherings] == [title]
