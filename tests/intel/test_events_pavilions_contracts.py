"""Pavilions toured, contrast clauses and contracts with described partners (probe sentences
written for the test, on a small directory of this module's own): a pavilion a visitor tours is
no exhibition of the visitor's; an English ', while B …' tells a second act of its own subject;
plural booths and pavilions are shown as the singular, and a booth is the act where the clause also
counts exhibitors; a contract signed with a counterpart the
story describes by its trade but does not name is its signer's partnership."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "en": "Hanbit Robotics"}),
    "saebyeol": ("company", "KR", {"ko": "새별반도체", "en": "Saebyeol Semiconductor"}),
    "mirae": ("agency", "KR", {"ko": "미래무역진흥원", "en": "Mirae Trade Agency"}),
    "donghae": ("government", "KR", {"ko": "동해시청", "en": "Donghae City Hall"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "South Korea", "Korea"]),
    "kr-seoul": ("city", "kr", ["서울", "Seoul"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


@pytest.mark.parametrize("text", [
    "동해시청 관계자들은 첫날 오후 한국관을 둘러보며 참가 기업을 격려했다.",
    "동해시청 관계자도 공동관을 찾아 제품을 살펴봤다.",
])
def test_a_pavilion_toured_is_no_exhibition_of_the_visitor(run, g, text):
    assert event_pairs(run(text), g, "exhibition") == []


def test_a_pavilion_set_up_is_still_an_exhibition(run, g):
    doc = run("미래무역진흥원은 이번 박람회에 통합 한국관을 꾸렸다고 밝혔다.")
    assert event_pairs(doc, g, "exhibition") == [(["mirae"], [])]


@pytest.mark.parametrize("text", [
    "Mirae Trade Agency ran a robotics pavilion with 30 firms, while Hanbit Robotics operated "
    "a separate booth of its own.",
    "Mirae Trade Agency ran a robotics pavilion, whereas the Hanbit Robotics team set up a booth.",
])
def test_a_contrast_clause_tells_a_second_act(run, g, text):
    assert event_pairs(run(text), g, "exhibition") == [(["hanbit"], []), (["mirae"], [])]


@pytest.mark.parametrize("text", [
    "Hanbit Robotics and Saebyeol Semiconductor both had large booths at the show.",
    "Hanbit Robotics and Saebyeol Semiconductor both had booths, but Mirae Trade Agency said the "
    "number of foreign exhibitors fell.",
])
def test_plural_booths_are_shown_not_the_count_of_exhibitors(run, g, text):
    assert [actors for actors, _ in event_pairs(run(text), g, "exhibition")] == [["hanbit", "saebyeol"]]


@pytest.mark.parametrize("text", [
    "한빛로보틱스는 현지 유통사와 200만 달러 규모의 수출 계약을 현장에서 체결했다.",
    "한빛로보틱스는 일본 대형 유통업체와 공급 계약을 맺었다.",
    "Hanbit Robotics said it signed a supply contract with a European carmaker.",
])
def test_a_contract_with_a_described_partner_is_a_partnership(run, g, text):
    assert event_pairs(run(text), g, "partnership") == [(["hanbit"], [])]


@pytest.mark.parametrize("text", [
    "한빛로보틱스는 중국 바이어와 수출 계약 체결을 추진하고 있다.",
    "Hanbit Robotics held talks with a Chinese company on Monday.",
])
def test_a_contract_sought_or_talks_make_no_partnership(run, g, text):
    assert event_pairs(run(text), g, "partnership") == []


def test_a_contract_with_a_named_partner_keeps_it(run, g):
    doc = run("한빛로보틱스는 새별반도체와 부품 공급 계약을 정식 체결했다.")
    assert event_pairs(doc, g, "partnership") == [(["hanbit"], ["saebyeol"])]
