"""Chinese organisation precision, on probe sentences written for the test in the style of the
Taiwanese, Hong Kong and mainland press, with a small directory of this module's own: a place's
one-character name between 在/赴 and a verb (在鲁投资), a head after one character, a quantifier, a
pronoun or verbs alone (商协会, 多家商协会, 本港大學, 联合创新中心), a single-character ministry head
(經部), a place before the site it names (松岛工厂) and a common acronym (設立AI研發中心) name no
one; two countries' one-character names jieba splits (中|韩科创基金) stay together; a body's office
named by the city it sits in (韓國貿易協會台北辦事處) is a body of its own; real names stay found."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "foxconn": ("company", "TW", ["폭스콘", "鸿海", "鴻海", "Foxconn"]),
    "tsmc": ("company", "TW", ["TSMC", "台积电", "台積電"]),
    "kita": ("association", "KR", ["한국무역협회", "韓國貿易協會", "韩国贸易协会",
                                   "Korea International Trade Association"]),
    "itri": ("research", "TW", ["대만공업기술연구원", "工業技術研究院", "工研院",
                                "Industrial Technology Research Institute"]),
    "samsung-bio": ("company", "KR", ["삼성바이오로직스", "三星生物制剂", "Samsung Biologics"]),
    "shandong-gov": ("government", "CN", ["산둥성정부", "山东省政府", "Shandong Provincial Government"]),
    "ipd": ("government", "HK", ["인베스트홍콩", "投資推廣署", "Invest Hong Kong"]),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea"]),
    "tw": ("country", None, ["대만", "台湾", "台灣", "Taiwan"]),
    "cn-shandong": ("province", None, ["산둥", "山东", "Shandong"]),
    "tw-taipei": ("city", None, ["타이베이", "台北", "Taipei"]),
    "cn-nanjing": ("city", None, ["난징", "南京", "Nanjing"]),
    "kr-songdo": ("district", None, ["송도", "松岛", "松島", "Songdo"]),
    "tw-hsinchu": ("city", None, ["신주", "新竹", "Hsinchu"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _mentions(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


def test_a_place_between_going_and_a_verb_is_no_body(run, g):
    doc = run("山东与韩国隔海相望，山东省政府欢迎更多韩国企业在鲁投资兴业。")
    assert _mentions(doc) == ["山东省政府"]


def test_two_countries_jieba_splits_stay_in_the_name(run, g):
    doc = run("双方拟共同发起设立规模5亿元人民币的中韩科创基金，重点投向半导体设备领域。")
    assert "韩科创基金" not in _mentions(doc)


@pytest.mark.parametrize("text", [
    "來自兩國政府部門、商協會和企業的代表600餘人參會。",
    "中韩两国的多家商协会共同发起了这一倡议。",
    "據報道，創新科技署將撥款支持本港大學的研發工作。",
    "上海市与首尔市签署合作协议，双方将在上海设立联合创新中心。",
])
def test_a_head_after_a_kind_names_no_one(run, g, text):
    doc = run(text)
    assert not [m for m in _mentions(doc) if m.endswith(("協會", "协会", "大學", "中心"))]


def test_a_ministry_head_after_one_character_is_no_name(run, g):
    doc = run("經部官員表示，將協助業者赴台投資，並鼓勵兩岸企業加強合作。")
    assert "經部" not in _mentions(doc)


def test_a_place_before_the_site_it_names_is_no_body(run, g):
    doc = run("代表团先后走访三星生物制剂（Samsung Biologics）松岛工厂和一家本地企业。")
    assert "松岛" not in _mentions(doc)


def test_a_common_acronym_opens_no_name(run, g):
    doc = run("工研院今日宣布在新竹設立AI研發中心，吸引外資法人關注。")
    assert _mentions(doc) == ["工研院"]


def test_a_bodys_office_in_a_city_is_a_body_of_its_own(run, g):
    doc = run("韓國貿易協會台北辦事處今天舉辦說明會，介紹韓國市場。")
    assert _mentions(doc) == ["韓國貿易協會台北辦事處"]


def test_a_known_firms_plant_is_the_firm_and_its_institute_a_body(run, g):
    doc = run("台積電南京廠將擴產，鴻海研究院則發表新的語言模型。")
    assert _mentions(doc) == ["台積電", "鴻海研究院"]


def test_a_hong_kong_agency_that_acts_stays(run, g):
    doc = run("投資推廣署表示，已有多家韓國企業在港設立研發中心。")
    assert _mentions(doc) == ["投資推廣署"]
