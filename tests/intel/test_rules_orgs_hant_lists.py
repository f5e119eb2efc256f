"""Organisation rules for Taiwanese and Hong Kong news and for places named in pairs. A Chinese body's
name may hold 與/与 between two fields when a proper word opens it (台灣智聯物流與倉儲協會); with none before the
與, the name is what follows it. A council chair's title written onto the council (國科會主委) is no head.
A firm introduced by its home and 廠/企 (韓廠, 台廠, 陸企, 港企) or its size or trade (大廠, 代工廠) is named by
the words after the kind, as after 公司/業者. A list closed by 等, a longer description and 業者/廠商 names
firms, each member. A ministry the directory holds by a bare name (經濟部, Taiwan's) is another
country's when that country is written right before it (德國經濟部). A Korean place joined by 와/과 to a
foreign place with its country written between (경기도와 중국 랴오닝성은 …) acts as that place does; two
English places under one plural word that act ('The provinces of A and B signed', 'A and B provinces
will') are their governments. Probe sentences of our own, on a small directory."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "gyeonggi": ("government", "KR", {"ko": "경기도", "zh-Hans": "京畿道", "en": "Gyeonggi Provincial Government"}),
    "liaoning": ("government", "CN", {"ko": "랴오닝성", "zh-Hans": "辽宁省人民政府",
                                      "en": "Liaoning Provincial Government"}),
    "guangdong": ("government", "CN", {"ko": "광둥성", "zh-Hans": "广东省人民政府",
                                       "en": "Guangdong Provincial Government"}),
    "moea": ("government", "TW", {"ko": "대만 경제부", "zh-Hant": "經濟部", "en": "Ministry of Economic Affairs"}),
    "nstc": ("government", "TW", {"ko": "대만 국가과학기술위원회", "zh-Hant": "國科會",
                                  "en": "National Science and Technology Council"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "tw": ("country", None, ["대만", "台湾", "臺灣", "台灣", "Taiwan"]),
    "de": ("country", None, ["독일", "德国", "德國", "Germany"]),
    "hk": ("country", None, ["홍콩", "香港", "Hong Kong"]),
    "kr-gyeonggi": ("province", "kr", ["경기도", "京畿道", "Gyeonggi"]),
    "cn-liaoning": ("province", "cn", ["랴오닝성", "辽宁省", "Liaoning"]),
    "cn-guangdong": ("province", "cn", ["광둥성", "广东省", "Guangdong"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, text):
    return {o.mention for o in run(text).orgs}


@pytest.mark.parametrize("text, name", [
    ("台灣智聯物流與倉儲協會今天宣布將赴首爾參展。", "台灣智聯物流與倉儲協會"),
    ("香港數據科學與人工智能學會將舉辦年會。", "香港數據科學與人工智能學會"),
    ("台灣產學與研究協會宣布成立。", "台灣產學與研究協會"),
])
def test_a_name_holds_yu_between_two_fields_when_a_proper_word_opens_it(run, text, name):
    assert name in _orgs(run, text)


def test_a_name_with_nothing_proper_before_yu_is_what_follows(run):
    orgs = _orgs(run, "推動產業與學術協會合作。")
    assert not any("產業" in o for o in orgs)


def test_a_council_chairs_title_is_no_part_of_the_council(run):
    assert _orgs(run, "國科會主委表示，將與韓國擴大合作。") == {"國科會"}


@pytest.mark.parametrize("text, names", [
    ("台灣館包括晶宇精密、立澄材料等關鍵零組件與特用化學品業者。", {"晶宇精密", "立澄材料"}),
    ("參展業者包括光陽電子、瑞星科技、新鑫材料等業者。", {"光陽電子", "瑞星科技", "新鑫材料"}),
])
def test_a_list_closed_by_a_description_and_yezhe_names_firms(run, text, names):
    assert names <= _orgs(run, text)


def test_a_bare_ministry_after_another_country_is_that_countrys(run):
    doc = run("德國經濟部表示支持。")
    assert [(o.mention, o.entity_id) for o in doc.orgs] == [("德國經濟部", None)]
    assert [o.mention for o in run("台灣經濟部表示支持。").orgs if o.entity_id is not None] == ["經濟部"]


def test_a_korean_place_before_a_foreign_place_with_its_country_acts_as_that_place(run):
    assert _orgs(run, "경기도와 중국 랴오닝성은 1995년 자매결연을 맺었다.") == {"경기도", "랴오닝성"}
    assert _orgs(run, "경기도와 랴오닝성은 협약을 맺었다.") == {"경기도", "랴오닝성"}
    assert not _orgs(run, "대표단은 경기도와 중국 랴오닝성을 방문했다.")


@pytest.mark.parametrize("text", [
    "The provinces of Gyeonggi and Guangdong signed an agreement on robots.",
    "Gyeonggi and Guangdong provinces signed an agreement on robots.",
])
def test_two_english_places_under_one_plural_word_that_act_are_governments(run, text):
    doc = run(text)
    assert {(o.mention, o.entity_id is not None) for o in doc.orgs} == {("Gyeonggi", True),
                                                                              ("Guangdong", True)}


def test_two_english_places_visited_stay_places(run):
    assert not _orgs(run, "The delegation visited Gyeonggi and Guangdong provinces last year.")


@pytest.mark.parametrize("text, names", [
    ("韓廠鑫創半導體宣布在新竹設立研發中心。", {"鑫創半導體"}),
    ("台廠昇達光電與韓企瑞恩機器人簽署合作備忘錄。", {"昇達光電", "瑞恩機器人"}),
    ("陸企星海智能也在展會上推出新品。", {"星海智能"}),
    ("晶圓代工廠力晶微電與韓國客戶合作。", {"力晶微電"}),
    ("新創業者奧芯科技獲得投資。", {"奧芯科技"}),
])
def test_a_firm_after_its_home_and_chang_or_qi_is_named_by_the_words_after(run, text, names):
    assert _orgs(run, text) == names


@pytest.mark.parametrize("text", ["韓企將在台設廠。", "大廠紛紛表示看好。", "代工廠也在增加投資。", "台灣工廠將擴產。"])
def test_the_kind_alone_names_no_firm(run, text):
    assert not _orgs(run, text)
