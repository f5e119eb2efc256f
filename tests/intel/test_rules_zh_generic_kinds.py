"""Chinese kinds of body taken for names, and bodies named with the country or community they
belong to, on probe sentences written for the test: a maker of a product (記憶體廠), a firm of a
trade (IC設計公司), a government of a level (地方政府), a fund or an office of a purpose (跨境基金,
联络办公室) or one ordinary word (生物科技) name no one, unless glossed or quoted; a diaspora's
chamber carries where it lives (在韩中国商会) and a mission the country that sends it."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "cn-embassy-jp": ("government", "CN", ["驻日本大使馆", "Embassy of China in Japan"]),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea"]),
    "tw": ("country", None, ["대만", "台湾", "台灣", "Taiwan"]),
    "cn": ("country", None, ["중국", "中国", "中國", "China"]),
    "jp": ("country", None, ["일본", "日本", "Japan"]),
    "kr-busan": ("city", None, ["부산", "釜山", "Busan"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _mentions(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


@pytest.mark.parametrize("text", [
    "業界人士指出，台灣記憶體廠與日本伺服器廠的往來日益密切。",
    "一位分析師說，台灣IC設計公司正積極布局車用晶片市場。",
    "多家企业反映，希望地方政府在人才引进上给予更多支持。",
    "不过业内人士提醒，跨境基金在外汇登记方面仍有障碍。",
    "双方还将在釜山设立联络办公室，负责日常对接。",
    "論壇涵蓋人工智能、金融科技及生物科技等範疇。",
])
def test_a_kind_of_body_names_no_one(run, g, text):
    assert _mentions(run(text)) == []


def test_a_kind_glossed_or_quoted_is_a_name(run, g):
    doc = run("会上还推介了“跨境合作基金”，并由产业发展公司（IDC）负责运营。")
    assert {"跨境合作基金", "产业发展公司"} <= set(_mentions(doc))


def test_a_diaspora_chamber_carries_where_it_lives(run, g):
    doc = run("在日中国商会会长表示，会员企业将加大投资。")
    assert _mentions(doc) == ["在日中国商会"]


def test_a_mission_carries_the_country_sending_it(run, g):
    doc = run("中国驻日本大使馆参赞出席了签约仪式。")
    assert _mentions(doc) == ["中国驻日本大使馆"]
    assert doc.orgs[0].entity_id is not None
