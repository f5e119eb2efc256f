"""Korean event rules of the seventh round (probe sentences written for the test, on a small
directory of this module's own): a delegation led by a city's or province's official visits as
that body, 둘러봤다 and 면담 tell visits, the people of two bodies who came to an event visit
neither, the participants of a gathering tour as its organiser, a gathering held after another
is its hosts', one named again by 이번 is no new one, an agreement with partners counted but not
named stands, a founding verb's unnamed object founds no name after it, and a lead sentence's
gathering is the one the body tells again."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "daemyeong": ("government", "KR", {"ko": "대명시", "en": "Daemyeong City"}),
    "hanbit-do": ("government", "KR", {"ko": "한빛도", "en": "Hanbit Province"}),
    "greenbot": ("company", "KR", {"ko": "그린로봇", "en": "Greenbot"}),
    "xingchen": ("company", "CN", {"ko": "싱천로봇", "en": "Xingchen Robotics"}),
    "lanhai": ("company", "CN", {"ko": "란하이테크", "en": "Lanhai Tech"}),
    "stc": ("government", "CN", {"ko": "선양시 과학기술국", "en": "Shenyang Science and Technology Bureau"}),
    "kdia": ("government", "KR", {"ko": "한국디지털진흥원", "en": "Korea Digital Industry Agency"}),
    "consulate": ("government", "KR", {"ko": "주선양 총영사관", "en": "Consulate General in Shenyang"}),
    "korobo": ("association", "KR", {"ko": "한국로봇협의회", "en": "Korea Robot Council"}),
}
PLACES = {
    "kr": ("country", None, ["한국"]),
    "cn": ("country", None, ["중국"]),
    "cn-shenyang": ("city", "cn", ["선양"]),
    "cn-dalian": ("city", "cn", ["다롄"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- a delegation led by an official; the visits it makes -----------------------------------------
def test_a_delegation_led_by_a_vice_governor_visits_as_the_province(run, g):
    doc = run("김도윤 한빛도 경제부지사를 단장으로 한 대표단은 20일 선양에 도착해 선양시 과학기술국과 면담하고, "
              "22일에는 싱천로봇 공장과 본사 전시관을 둘러봤다.")
    assert event_pairs(doc, g, "visit") == [(["hanbit-do"], ["stc"]), (["hanbit-do"], ["xingchen"])]


def test_a_delegation_led_by_a_mayor_visits_as_the_city(run, g):
    doc = run("이서준 대명시장이 이끄는 대명시 대표단은 15일 다롄의 란하이테크 본사를 방문했다.")
    assert event_pairs(doc, g, "visit") == [(["daemyeong"], ["lanhai"])]


def test_the_delegations_visit_told_as_a_noun_is_the_delegations(run, g):
    doc = run("이번 협약은 대명시 대표단의 란하이테크 방문 일정 중 하나로 진행됐다.")
    assert event_pairs(doc, g, "visit") == [(["daemyeong"], ["lanhai"])]


# -- attendees of an event, participants of a gathering -------------------------------------------
def test_the_people_of_two_bodies_who_came_to_an_event_visit_neither(run, g):
    doc = run("행사장에는 주선양 총영사관 관계자와 한국디지털진흥원 인사도 찾아 참가 기업을 격려했다.")
    assert not event_pairs(doc, g, "visit")


def test_the_participants_of_a_gathering_tour_as_its_organiser(run, g):
    doc = run("한국로봇협의회는 지난 24일 선양에서 '한중 로봇 비즈니스 상담회'를 열었다. "
              "참가 기업들은 상담에 앞서 선양시 과학기술국 관계자로부터 지원 정책을 듣고, 싱천로봇 공장을 둘러봤다.")
    assert event_pairs(doc, g, "visit") == [(["korobo"], ["xingchen"])]


def test_a_gathering_held_after_another_is_its_hosts(run, g):
    doc = run("한국로봇협의회와 한국디지털진흥원은 27일 선양에서 '한중 로봇 서밋'을 공동 개최했다. "
              "서밋에 이어 열린 1대1 비즈니스 매칭 상담회에서는 40건의 상담이 이뤄졌다.")
    assert event_pairs(doc, g, "other") == [(["kdia", "korobo"], [])]


def test_a_gathering_named_again_by_this_is_no_new_one(run, g):
    doc = run("한국로봇협의회는 지난 24일 선양에서 '한중 로봇 비즈니스 상담회'를 열었다. "
              "한국로봇협의회는 다음 달 다롄 박람회에 한국관을 꾸리고 이번 상담회 참가 기업의 후속 상담을 지원한다.")
    assert len(event_pairs(doc, g, "other")) == 1


# -- agreements and foundings whose other side is not named ---------------------------------------
def test_an_agreement_with_partners_counted_but_not_named_stands(run, g):
    doc = run("그린로봇은 선양 소재 부품업체 두 곳과 각각 시범 도입 협약을 체결했다.")
    assert event_pairs(doc, g, "agreement") == [(["greenbot"], [])]


def test_a_founding_verbs_unnamed_object_founds_no_name_after_it(run, g):
    doc = run("또 데이터센터를 이미 설립한데 이어 한국디지털진흥원 분원 유치를 추진 중이다.")
    assert not event_pairs(doc, g, "founding")


# -- the lead sentence and the body ----------------------------------------------------------------
def test_the_leads_gathering_is_the_one_the_body_tells_again(run, g):
    doc = run("한국로봇협의회가 선양에서 한중 로봇 상담회를 연다.\n\n"
              "한국로봇협의회는 한국디지털진흥원과 함께 20일 선양에서 '2026 한중 로봇 비즈니스 상담회'를 "
              "개최한다고 19일 밝혔다.")
    assert event_pairs(doc, g, "other") == [(["korobo"], ["kdia"])]


def test_the_leads_summit_is_the_bodys_and_next_years_stays_apart(run, g):
    doc = run("한국로봇협의회가 선양에서 로봇 서밋을 연다. "
              "한국로봇협의회는 27일 선양에서 '한중 로봇 서밋'을 개최했다고 밝혔다. "
              "한국로봇협의회는 내년 서밋을 다롄에서 열고, 참가 기업을 지원할 계획이다.")
    assert event_pairs(doc, g, "summit") == [(["korobo"], []), (["korobo"], ["한중 로봇 서밋"])]
