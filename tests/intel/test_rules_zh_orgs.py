"""Chinese organisations on unseen news (probe sentences written for the test, on a small directory
of this module's own): a known body's centre or a count of its hospitals is the body; its
subsidiary in a country and its platform's arm are companies of their own; a fund quoted or
named by a guidance fund's words is one; a park keeps its own name, not its province's; Hong
Kong's bodies keep Hong Kong; and what only describes (a line of business before a firm, a
firm's regional office, two countries, a summit of chief executives) names no one."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "itri": ("research", "TW", {"zh-Hant": "工研院", "en": "ITRI"}),
    "korea-univ": ("university", "KR", {"zh-Hant": "高麗大學", "en": "Korea University"}),
    "xunfei": ("company", "CN", {"zh-Hans": "讯飞智声", "en": "Xunfei Voice"}),
    "jingdong": ("company", "CN", {"zh-Hans": "京东", "en": "JD.com"}),
    "yantai-gov": ("government", "CN", {"zh-Hans": "烟台市政府", "en": "Yantai Municipal Government"}),
}
PLACES = {
    "kr": ("country", None, ["韩国", "韓國", "南韓", "Korea"]),
    "cn": ("country", None, ["中国", "中國", "China"]),
    "hk": ("country", None, ["香港", "Hong Kong"]),
    "kr-chungbuk": ("province", "kr", ["忠清北道", "North Chungcheong"]),
    "kr-busan": ("city", "kr", ["釜山", "Busan"]),
    "cn-suzhou": ("city", "cn", ["苏州", "Suzhou"]),
    "cn-ningbo": ("city", "cn", ["宁波市", "宁波", "Ningbo"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _names(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


def test_a_known_institute_s_centre_that_only_watches_is_the_institute(run):
    names = _names(run("另外，工研院智慧醫療科技中心亦關注此事的後續發展。"))
    assert "工研院" in names and not any("中心" in n for n in names)


def test_a_body_s_hospitals_counted_under_it_are_no_name(run):
    names = _names(run("高麗大學醫療院旗下兩家附屬醫院將提供臨床資料。"))
    assert "高麗大學醫療院" in names
    assert not any("旗下" in n for n in names)


@pytest.mark.parametrize("text", ["讯飞智声韩国法人负责人表示，公司将扩大招聘。",
                                  "讯飞智声韩国法人代表金明浩表示，公司将扩大招聘。"])
def test_a_firm_s_subsidiary_in_a_country_is_a_company_of_its_own(run, text):
    doc = run(text)
    assert [(o.mention, o.entity_id) for o in doc.orgs] == [("讯飞智声韩国法人", None)]


def test_a_platform_s_health_arm_in_a_list_is_another_company(run):
    names = _names(run("现场有腾达集团、京东健康等中国企业参加洽谈。"))
    assert "京东健康" in names and "京东" not in names


def test_a_mission_abroad_after_a_known_government_stays_a_body(run):
    assert "烟台市政府驻韩国经济合作中心" in _names(run("烟台市政府驻韩国经济合作中心主任出席了活动。"))


@pytest.mark.parametrize(("text", "fund"), [
    ("仪式上，宁波市产业投资引导基金与多家机构签署协议。", "宁波市产业投资引导基金"),
    ("双方宣布共同设立规模3亿元的“中韩科创早期成长基金”，重点投向机器人领域。", "中韩科创早期成长基金"),
])
def test_a_fund_named_by_its_words_or_quoted_is_an_organisation(run, text, fund):
    assert fund in _names(run(text))


def test_a_park_after_its_province_keeps_its_own_name(run):
    names = _names(run("苏州生物医药企业与忠清北道清州生命科学园区签署合作意向书。"))
    assert "清州生命科学园区" in names and "忠清北道清州生命科学园区" not in names


def test_a_park_opening_with_ordinary_words_keeps_its_city(run):
    assert "苏州工业园区" in _names(run("代表团参观了苏州工业园区的多家企业。"))


def test_hong_kong_s_own_bureaus_keep_hong_kong(run):
    names = _names(run("展会由香港貿易發展局籌辦，創新科技及工業局副局長出席。"))
    assert "香港貿易發展局" in names and "創新科技及工業局" in names


@pytest.mark.parametrize(("text", "absent"), [
    ("浪潮与韩国数据中心运营商Kbridge Cloud签署合作备忘录。", "数据中心"),
    ("该公司去年又在釜山設立東北亞業務辦公室。", "辦公室"),
    ("分析人士指出，美中科技對抗持續之際，韓中合作受到關注。", "美中"),
    ("第三届中韩人工智能CEO峰会在深圳开幕。", "CEO"),
    ("双方签署协议，共同开发面向基层医院的影像系统。", "医院"),
])
def test_what_only_describes_names_no_one(run, text, absent):
    assert not any(absent in n for n in _names(run(text)))


@pytest.mark.parametrize(("text", "name"), [
    ("浪潮与韩国数据中心运营商Kbridge Cloud签署合作备忘录。", "Kbridge Cloud"),
    ("杭州某医疗公司同日与韩国团队Medisonic签署联合开发协议。", "Medisonic"),
    ("参观了韩国AI芯片企业Furiowave和本地企业的研发中心。", "Furiowave"),
])
def test_a_latin_name_after_a_kind_of_firm_is_an_organisation(run, text, name):
    assert name in _names(run(text))
