"""Chinese organisations the directory does not hold, in Simplified and Traditional probe sentences
written for the test in the style of the mainland, Taiwanese and Hong Kong press, with a small
directory of this module's own (countries and cities only): a region's direction opens a
university's name (南方…大学), and a university's institute is the university; a body's branch in a
province is one body (…委员会山东省分会); a name jieba cuts to single characters after 与 (与新丰开发厅
签署, 与大韩…会议所) and a name glossed by a Latin acronym (创业振兴院（KISED）) are names; a deputy's
title (副局长) closes no name; a country before a name of its own (韩国|釜山经济振兴院, 韩国|高丽大学)
or before another country's group (韓國樂天集團) describes it, while ordinary words after a country
(韩国科学技术院, 香港科技园公司) and China before its own national bodies (中国国际经济交流中心) are the
name's."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS: dict = {}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea"]),
    "cn": ("country", None, ["중국", "中国", "中國", "China"]),
    "hk": ("country", None, ["홍콩", "香港", "Hong Kong"]),
    "cn-shandong": ("province", None, ["산둥", "山东", "山東", "Shandong"]),
    "cn-jiangsu": ("province", None, ["장쑤", "江苏", "江蘇", "Jiangsu"]),
    "kr-busan": ("city", None, ["부산", "釜山", "Busan"]),
    "kr-gyeonggi": ("province", None, ["경기도", "京畿道", "Gyeonggi"]),
    "cn-qingdao": ("city", None, ["칭다오", "青岛", "青島", "Qingdao"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _mentions(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


@pytest.mark.parametrize("text, name", [
    ("该公司的研发团队来自东方理工大学智能装备研究院。", "东方理工大学"),
    ("該公司的研發團隊來自東方理工大學智能裝備研究院。", "東方理工大學"),
])
def test_a_direction_opens_a_university_and_its_institute_is_the_university(run, g, text, name):
    assert _mentions(run(text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("活动由中国机电产品进出口商会江苏省分会承办。", "中国机电产品进出口商会江苏省分会"),
    ("活動由中國機電產品進出口商會江蘇省分會承辦。", "中國機電產品進出口商會江蘇省分會"),
])
def test_a_bodys_provincial_branch_is_one_body(run, g, text, name):
    assert name in _mentions(run(text))


@pytest.mark.parametrize("text, name", [
    ("青岛市政府与新丰开发厅签署合作协议。", "新丰开发厅"),
    ("青島市政府與大韓造船會議所簽署合作備忘錄。", "大韓造船會議所"),
])
def test_a_name_cut_to_single_characters_after_with_is_a_name(run, g, text, name):
    assert name in _mentions(run(text))


def test_a_name_glossed_by_an_acronym_is_a_name(run, g):
    found = _mentions(run("代表团随后拜访了产业技术振兴院（KIAT）并参观了展厅。"))
    assert "产业技术振兴院" in found


@pytest.mark.parametrize("text, name", [
    ("青岛市科技局副局长王明出席了签约仪式。", "青岛市科技局"),
    ("青島市科技局副局長王明出席了簽約儀式。", "青島市科技局"),
])
def test_a_deputys_title_closes_no_name(run, g, text, name):
    assert _mentions(run(text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("青岛市政府与韩国釜山经济振兴院签署合作备忘录。", "釜山经济振兴院"),
    ("青島市政府與韓國京畿道經濟振興院簽署合作備忘錄。", "京畿道經濟振興院"),
    ("青岛科技大学与韩国高丽大学签署合作协议。", "高丽大学"),
    ("本轮由韩国乐天集团领投，老股东继续加注。", "乐天集团"),
    ("韓國樂天集團旗下的創投公司跟投。", "樂天集團"),
])
def test_a_country_before_a_name_of_its_own_describes_it(run, g, text, name):
    assert name in _mentions(run(text))


@pytest.mark.parametrize("text, name", [
    ("青岛市政府与韩国科学技术院签署合作协议。", "韩国科学技术院"),
    ("香港科技园公司昨日与青岛市政府签署合作备忘录。", "香港科技园公司"),
    ("中国国际经济交流中心与青岛市政府共同主办论坛。", "中国国际经济交流中心"),
    ("本次活动由中国国际贸易促进委员会主办。", "中国国际贸易促进委员会"),
])
def test_a_country_before_ordinary_words_is_the_names(run, g, text, name):
    assert name in _mentions(run(text))


@pytest.mark.parametrize("text, name, gloss", [
    ("公司已与大成汽车（Daesung Motor）签署战略合作协议。", "大成汽车", "Daesung Motor"),
    ("韩国乐天集团旗下的乐天风险投资（Lotte Venture Investment）跟投。", "乐天风险投资", "Lotte Venture Investment"),
    ("訪問團先後參訪星圖科技（StarMap）與當地大學。", "星圖科技", "StarMap"),
])
def test_a_name_glossed_by_its_latin_name_is_a_body_and_so_is_the_gloss(run, g, text, name, gloss):
    found = _mentions(run(text))
    assert name in found and gloss in found


@pytest.mark.parametrize("text", [
    "首尔市长吴世勋（Oh Se-hoon）出席了开幕式。",
    "大型语言模型（Large Language Model）的应用发展迅速。",
])
def test_a_person_or_a_thing_glossed_is_no_body(run, g, text):
    assert _mentions(run(text)) in ([], ["首尔市"])


def test_a_glossed_name_after_its_kind_leaves_the_kind_out(run, g):
    found = _mentions(run("韩国AI视觉企业星海智能（StarSea Vision）与青岛市政府签署协议。"))
    assert "星海智能" in found and not any(m.startswith("视觉企业") for m in found)


@pytest.mark.parametrize("text, name", [
    ("代表團隨後拜訪了Kakao總部並與其高層會面。", "Kakao"),
    ("代表团随后参观了Coupang总部。", "Coupang"),
])
def test_a_latin_name_with_its_headquarters_is_a_firm(run, g, text, name):
    assert name in _mentions(run(text))


@pytest.mark.parametrize("text, name", [
    ("該公司宣布完成A輪募資，由國發基金領投，韓國Kakao Ventures與中華開發資本跟投。", "Kakao Ventures"),
    ("该公司完成B轮融资，由深创投领投，星河资本和元禾控股跟投。", "星河资本"),
])
def test_an_investor_joined_to_the_one_before_the_rounds_verb_invests_too(run, g, text, name):
    assert name in _mentions(run(text))


@pytest.mark.parametrize("text, name", [
    ("據南韓媒體「中央經濟」報導，參訪團上月底赴上海。", "中央經濟"),
    ("据韩国媒体“首尔经济”报道，代表团上月访问了青岛。", "首尔经济"),
])
def test_an_outlet_cited_in_quotes_is_an_organisation(run, g, text, name):
    assert name in _mentions(run(text))


def test_a_firms_plant_is_the_firm(run, g):
    found = _mentions(run("依行程規劃，訪問團11日將參訪東進電子晶圓廠並與採購部門會談。"))
    assert not any(m.endswith("晶圓廠") for m in found)


def test_an_acronym_glosses_a_name_of_its_own_not_a_technology(run, g):
    assert "晶翊精密" in _mentions(run("晶翊精密（JYP）與韓國業者同日宣布策略結盟。"))
    assert _mentions(run("自动驾驶汽车（AV）与人工智能（AI）发展迅速。")) == []


def test_a_line_of_business_after_a_firm_the_tagger_reads_is_the_firms_name(run, g):
    assert "東元電機" in _mentions(run("東元電機與多家韓國業者同日出席了簽約儀式。"))
