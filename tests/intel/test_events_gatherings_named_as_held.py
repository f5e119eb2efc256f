"""A Korean gathering named after the word that says it was held (열린 / 개최된 … 대화·세미나에서),
with the bodies that took part as its subject, is a summit of those bodies (probe sentences written
for the test); talks told with no body and no name stay unread."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "motie": ("government", "KR", {"ko": "산업통상자원부", "en": "Ministry of Trade, Industry and Energy"}),
    "miit": ("government", "CN", {"ko": "공업정보화부", "en": "Ministry of Industry and Information Technology"}),
    "daegu": ("government", "KR", {"ko": "대구시", "en": "Daegu Metropolitan City"}),
    "shenzhen": ("government", "CN", {"ko": "선전시", "en": "Shenzhen Municipal Government"}),
}
PLACES = {
    "kr": ("country", None, ["한국"]),
    "cn": ("country", None, ["중국"]),
    "kr-seoul": ("city", "kr", ["서울"]),
    "kr-daegu": ("city", "kr", ["대구"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def test_talks_named_after_held_are_a_summit_of_their_subjects(run, g):
    doc = run("산업통상자원부와 중국 공업정보화부는 지난달 서울에서 열린 한중 반도체 공급망 대화에서 "
              "수출 허가 절차를 개선하기로 뜻을 모았다.")
    assert event_pairs(doc, g, "summit") == [(["miit", "motie"], [])]


def test_a_seminar_named_after_held(run, g):
    doc = run("대구시와 선전시는 지난 10일 대구에서 개최된 로봇산업 협력 세미나에서 교류 확대에 합의했다.")
    assert event_pairs(doc, g, "summit") == [(["daegu", "shenzhen"], [])]


def test_talks_with_no_body_named_are_no_summit(run, g):
    assert event_pairs(run("김 대표는 어제 열린 대화에서 이렇게 말했다."), g, "summit") == []
