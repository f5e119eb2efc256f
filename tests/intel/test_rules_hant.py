"""Traditional Chinese (Taiwan and Hong Kong) organisation rules, on probe sentences written for the
test and a small directory of this module's own: a two-character short name whose first character
closes a word with the one before it is that word (處理大量 is not 理大); a country written onto a
known name without a space is dropped when the rest names the same body (台灣國家發展委員會) and
kept when it is part of the name (韓國貿易協會); an ordinary acronym the tagger offers (簽署MOU)
names no one; an institute's own institute written after it (工研院…研究所) is a sub-unit."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "polyu": ("university", "HK", ["홍콩이공대", "香港理工大學", "理大", "The Hong Kong Polytechnic University"]),
    "ntu": ("university", "TW", ["국립대만대학교", "國立臺灣大學", "台大", "National Taiwan University"]),
    "ncku": ("university", "TW", ["청궁대", "國立成功大學", "成大", "National Cheng Kung University"]),
    "ndc": ("government", "TW", ["대만 국가발전위원회", "台湾国家发展委员会", "國家發展委員會", "國發會",
                                 "National Development Council"]),
    "kita": ("association", "KR", ["한국무역협회", "韓國貿易協會", "Korea International Trade Association"]),
    "itri": ("research", "TW", ["대만공업기술연구원", "工業技術研究院", "工研院",
                                "Industrial Technology Research Institute"]),
    "teema": ("association", "TW", ["대만전기전자공업협회", "台灣區電機電子工業同業公會", "電電公會",
                                    "Taiwan Electrical and Electronic Manufacturers' Association"]),
}
PLACES = {
    "tw": ("country", None, ["대만", "台湾", "台灣", "Taiwan"]),
    "kr": ("country", None, ["한국", "韩国", "韓國", "南韓", "South Korea"]),
    "tw-taipei": ("city", "tw", ["타이베이", "台北", "Taipei"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc, g) -> list:
    return [(g.orgs[o.entity_id].key if o.entity_id else None, o.mention) for o in doc.orgs]


@pytest.mark.parametrize("text", [
    "新系統可處理大量影像資料，效能明顯提升。",
    "這個雲端平台大幅降低企業導入門檻。",
    "價格下跌造成大幅虧損，業者保守看待下半年。",
])
def test_a_short_name_inside_a_word_is_the_word(run, g, text):
    assert _orgs(run(text), g) == []


def test_a_short_name_after_a_conjunction_is_the_body(run, g):
    doc = run("台大與理大今天宣布合作，成大也將加入。")
    assert _orgs(doc, g) == [("ntu", "台大"), ("polyu", "理大"), ("ncku", "成大")]


def test_a_country_before_the_same_body_is_left_out_of_the_name(run, g):
    doc = run("日本代表團拜會台灣國家發展委員會，雙方討論半導體人才合作。")
    assert ("ndc", "國家發展委員會") in _orgs(doc, g)


def test_a_country_that_is_part_of_the_name_stays(run, g):
    doc = run("韓國貿易協會與電電公會在台北舉辦商談會。")
    assert _orgs(doc, g) == [("kita", "韓國貿易協會"), ("teema", "電電公會")]


def test_an_ordinary_acronym_is_no_organisation(run, g):
    doc = run("韓國貿易協會今日與電電公會簽署MOU，南韓官員也出席。")
    assert [m for _k, m in _orgs(doc, g)] == ["韓國貿易協會", "電電公會"]


def test_an_institute_of_a_known_institute_is_a_sub_unit(run, g):
    doc = run("財團法人工業技術研究院智慧感測與系統科技研究所所長表示，工研院將與成大合作。")
    assert _orgs(doc, g) == [("itri", "工業技術研究院"), ("itri", "工研院"), ("ncku", "成大")]
