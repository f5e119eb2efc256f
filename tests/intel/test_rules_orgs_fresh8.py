"""Organisation rules aimed at the eighth fresh set. Parks inside zones: a park named, after the
zone that holds it, by a word jieba takes for a person's name (两江新区|鱼复工业园) is a park of its
own beside the zone; a person opens no park's name. An English body's name does not run on over the
day or month after it (the Fund on Monday). Probe sentences of our own, on a small directory."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "chungbuk": ("government", "KR", {"ko": "충청북도", "zh-Hans": "忠清北道", "en": "Chungcheongbuk-do"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-chongqing": ("city", "cn", ["충칭", "重庆", "Chongqing"]),
    "cn-chongqing-lj": ("cluster", "cn-chongqing", ["량장신구", "两江新区", "Liangjiang New Area"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, text):
    return {o.mention for o in run(text).orgs}


def test_a_park_in_a_zone_named_by_a_name_like_word_is_a_park_of_its_own(run):
    assert _orgs(run, "代表团昨日参观了两江新区鱼复工业园，并与企业座谈。") >= {"两江新区", "鱼复工业园"}
    assert "鱼复工业园" in _orgs(run, "重庆两江新区鱼复工业园已引进多家企业。")


def test_a_person_before_a_park_head_opens_no_park(run):
    orgs = _orgs(run, "市长王建国工业园区调研时表示，要加快建设。")
    assert not any("王建国" in o for o in orgs)


def test_an_english_name_stops_before_a_day_or_a_month(run):
    assert "Harbor Deep Tech Fund" in _orgs(run, "The ministry launched the Harbor Deep Tech Fund on Monday.")
    assert "Seoul Robot Office" in _orgs(run, "It opened the Seoul Robot Office in May.")
    assert "Ministry of Trade" in _orgs(run, "The Ministry of Trade said so.")
