"""Korean event rules by how the event is written (probe sentences written for the test, on a
small directory of this module's own): a city visited by the person the sentence goes on to meet,
a consultation session supported, a pavilion told again by its organiser, the founder of what it
founded."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "kita": ("association", "KR", {"ko": "한국무역협회", "en": "Korea International Trade Association"}),
    "kotra": ("agency", "KR", {"ko": "코트라", "en": "KOTRA"}),
    "motie": ("government", "KR", {"ko": "산업통상자원부", "en": "Ministry of Trade, Industry and Energy"}),
    "alibaba": ("company", "CN", {"ko": "알리바바", "en": "Alibaba Group"}),
    "baidu": ("company", "CN", {"ko": "바이두", "en": "Baidu"}),
}
PLACES = {
    "kr": ("country", None, ["한국"]),
    "kr-seoul": ("city", "kr", ["서울"]),
    "cn": ("country", None, ["중국"]),
    "cn-shanghai": ("city", "cn", ["상하이"]),
    "cn-beijing": ("city", "cn", ["베이징"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- the one who visits vs the one the sentence is about ------------------------------------------
def test_a_city_visited_by_the_one_met_is_no_visit_of_the_subject(run, g):
    doc = run("김철수 한국무역협회 부회장은 상하이를 방문한 왕밍 알리바바 부사장과 만났다.")
    assert event_pairs(doc, g, "visit") == []


def test_a_city_visited_by_the_subject_stays_the_subjects_visit(run, g):
    doc = run("베이징을 방문한 김철수 한국무역협회 회장은 바이두를 찾았다.")
    assert event_pairs(doc, g, "visit") == [(["kita"], ["baidu"])]


# -- a consultation session is `other` ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "코트라는 국내 배터리 기업과 중국 바이어 간 수출 상담을 지원한다.",
    "코트라가 한국 로봇기업과 중국 제조사의 온라인 상담을 진행했다.",
])
def test_an_export_consultation_supported_is_the_supporters_other_event(run, g, text):
    assert event_pairs(doc := run(text), g, "other") == [(["kotra"], [])], doc.events


def test_advice_on_a_topic_is_no_consultation_session(run, g):
    doc = run("한국무역협회는 참가기업을 대상으로 관세 활용에 관한 상담도 제공한다.")
    assert event_pairs(doc, g, "other") == []


# -- a pavilion told again by its organiser -------------------------------------------------------
def test_the_pavilion_its_organiser_built_is_the_exhibition_told_before(run, g):
    doc = run("한국무역협회는 산업통상자원부와 함께 상하이 박람회에 한국관을 구성해 참가한다. "
              "한국무역협회가 꾸린 한국관에는 50개사가 참가했다.")
    assert event_pairs(doc, g, "exhibition") == [(["kita"], ["motie"])]


# -- who founds and what is founded -----------------------------------------------------------------
def test_what_a_body_founded_unnamed_is_no_founding_of_that_body(run, g):
    doc = run("바이두가 지난 2013년 설립한 데이터센터는 10년째 운영 중이다.")
    assert event_pairs(doc, g, "founding") == []


def test_a_body_founded_by_its_parent_names_both(run, g):
    doc = run("바이두가 설립한 알리바바는 로봇을 만든다.")  # the names serve only as probes
    assert event_pairs(doc, g, "founding") == [(["baidu"], ["alibaba"])]


def test_a_body_that_was_founded_is_what_is_founded(run, g):
    doc = run("2017년 알리바바가 설립된 후 투자가 이어졌다.")
    assert event_pairs(doc, g, "founding") == [([], ["alibaba"])]
