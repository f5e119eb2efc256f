"""Lists of firms closed by what they are (probe sentences written for the test, with names no
directory holds): 'A, B, C 등 배터리 3사' counts firms by 사, 'A, B 등 다국적 제약사' names them
by a kind of firm, '已有A、B等多家企业' opens on a verb that is not the first name's, and 'A, B, C
and about 20 suppliers' closes an English list with others uncounted; a list of fields, cities
or people before the same words is no list of firms."""

import pytest

from tests.intel.small_directory import small_gazetteer

PLACES = {
    "kr": ("country", None, ["한국", "South Korea"]),
    "kr-seoul": ("city", "kr", ["서울", "Seoul"]),
    "kr-busan": ("city", "kr", ["부산", "Busan"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer({}, PLACES)


def _orgs(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


def test_firms_counted_by_sa_after_the_list(run, g):
    doc = run("이날 세미나에는 누리배터리, 다온셀 등 배터리 3사와 소재 기업이 참석했다.")
    assert _orgs(doc) == ["누리배터리", "다온셀"]


def test_firms_named_by_a_kind_of_firm_after_the_list(run, g):
    doc = run("단지에는 메디론, 바이오젠타 등 다국적 제약사의 연구거점이 입주해 있다.")
    assert _orgs(doc) == ["메디론", "바이오젠타"]


@pytest.mark.parametrize("text", [
    "반도체, 배터리 등 첨단 기업이 입주해 있다.",
    "서울, 부산 등 대도시 3사가 참여했다.",
    "The delegation visited Seoul, Busan and several other cities.",
    "Speakers included Kim Min-soo, Park Ji-hoon, Lee Sang-woo and about ten officials.",
])
def test_fields_and_cities_before_the_kind_are_no_firms(run, g, text):
    assert _orgs(run(text)) == []


def test_chinese_list_opened_by_a_verb(run, g):
    doc = run("去年以来已有灵犀动力、星河智造等多家企业在韩设立分公司。")
    assert _orgs(doc) == ["星河智造", "灵犀动力"]


def test_english_list_closed_by_others_uncounted(run, g):
    doc = run("The roundtable was attended by executives from Nuvola Chips, Kirra Semicon, "
              "Tatsumi Devices and about 20 suppliers.")
    assert _orgs(doc) == ["Kirra Semicon", "Nuvola Chips", "Tatsumi Devices"]
