"""Sessions an exchange holds besides its talks (probe sentences written for the test, on a small
directory of this module's own): one-on-one export consultations, B2B meetings, receptions and
networking evenings, demonstrations and familiarisation tours, meet-and-greets and one-to-one talks
are `other` events of the body that holds them, in Korean, Chinese and English."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "btp": ("other", "KR", {"ko": "부산테크노파크", "zh-Hans": "釜山科技园", "en": "Busan Techno Park"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn-guangzhou": ("city", "cn", ["광저우", "广州", "Guangzhou"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _others(doc) -> list[list[str]]:
    return [[a.mention for a in e.actors] for e in doc.events if e.type == "other"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Busan Techno Park also arranged one-on-one export consultations between local firms and 60 buyers.",
     "Busan Techno Park"),
    ("Busan Techno Park hosted B2B meetings with 40 Chinese buyers in Guangzhou.", "Busan Techno Park"),
    ("Busan Techno Park held a networking reception for the delegation in Guangzhou.", "Busan Techno Park"),
    ("부산테크노파크는 광저우에서 현지 바이어를 초청해 네트워킹 행사를 열었다.", "부산테크노파크"),
    ("부산테크노파크는 광저우에서 로봇 시연회를 개최했다.", "부산테크노파크"),
    ("釜山科技园在广州举办中韩企业见面会。", "釜山科技园"),
    ("釜山科技园与当地企业进行一对一洽谈。", "釜山科技园"),
])
def test_a_session_the_body_holds_is_an_other_event(run, text, actor):
    assert [actor] in _others(run(text))


def test_talks_sought_with_buyers_are_no_session(run):
    assert _others(run("Busan Techno Park said it wants to meet more buyers next year.")) == []
