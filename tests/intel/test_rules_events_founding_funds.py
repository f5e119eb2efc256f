"""Event rules of the founding/funds round (probe sentences written for the test, on a small
directory of this module's own): a founding told beside an agreement (A와 B는 … 센터를 열기로,
签约共建联合实验室, agreed to set up a joint lab) is the pair's founding, the body founded named or
not; a plan announced (将在首尔开设办事处) is told, a facility built is no founding; a contributor's
share (출자, 出资, 认缴, commit $X to the fund, backed by) is an investment; a body that takes firms
abroad (기업 20개사를 이끌고, 组织…企业赴, 率…企业代表赴, study tour) sends a delegation."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "greenbot": ("company", "KR", {"ko": "그린로봇", "zh-Hans": "绿博机器人", "en": "Greenbot"}),
    "cheongun": ("university", "CN", {"ko": "청운대학", "zh-Hans": "清云大学", "zh-Hant": "清雲大學",
                                      "en": "Cheongun University"}),
    "hanbit-univ": ("university", "KR", {"ko": "한빛대학교", "zh-Hans": "韩比特大学", "zh-Hant": "韓比特大學",
                                         "en": "Hanbit University"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "huayu-capital": ("investor", "CN", {"zh-Hans": "华宇资本", "en": "Huayu Capital"}),
    "dongbang-bank": ("investor", "KR", {"ko": "동방은행", "en": "Dongbang Bank"}),
    "hk-fund": ("investor", "CN", {"ko": "한중성장펀드", "zh-Hans": "中韩成长基金", "en": "Korea-China Growth Fund"}),
    "kotra": ("association", "KR", {"ko": "코트라", "zh-Hans": "大韩贸易投资振兴公社", "en": "KOTRA"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "首爾", "Seoul"]),
    "cn-suzhou": ("city", "cn", ["쑤저우", "苏州", "Suzhou"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _founders(doc, g):
    return [sorted(a + t) for a, t in event_pairs(doc, g, "founding")]


@pytest.mark.parametrize("text", [
    "한빛대학교와 청운대학은 업무협약을 맺었다. 양측은 내년 서울에 공동연구센터를 여는 방안을 추진하기로 했다.",
    "韩比特大学与清云大学签约共建联合实验室。",
    "韓比特大學與清雲大學簽約共建聯合實驗室。",
    "Hanbit University and Cheongun University signed an MOU and will establish a joint research centre in Seoul.",
])
def test_a_founding_told_beside_an_agreement_is_the_pairs(run, g, text):
    assert ["cheongun", "hanbit-univ"] in _founders(run(text), g), text


def test_an_office_planned_is_told_a_data_centre_is_no_body(run, g):
    assert _founders(run("绿博机器人将在首尔开设办事处。"), g) == [["greenbot"]]
    assert _founders(run("그린로봇은 홍콩에 지사를 설립할 계획이다."), g) == [["greenbot"]]
    assert _founders(run("그린로봇이 지난해 설립한 데이터센터는 서울에 있다."), g) == []


def test_a_contributors_share_of_a_fund_is_an_investment(run, g):
    for text in ("동방은행은 '한중성장펀드'에 500억 원을 출자한다.",
                 "华宇资本认缴中韩成长基金10亿元。",
                 "Dongbang Bank will commit $50 million to the Korea-China Growth Fund.",
                 "The Korea-China Growth Fund is backed by Dongbang Bank."):
        pairs = event_pairs(run(text), g, "investment")
        assert any("hk-fund" in t or "hk-fund" in a for a, t in pairs), text
    (pair,) = event_pairs(run("The Korea-China Growth Fund is backed by Dongbang Bank."), g, "investment")
    assert pair == (["dongbang-bank"], ["hk-fund"])


def test_makers_backed_by_supply_chains_invest_nothing(run, g):
    doc = run("Chinese makers, backed by dense supply chains at home, are ahead of Greenbot.")
    assert event_pairs(doc, g, "investment") == []


def test_a_body_that_takes_firms_abroad_sends_a_delegation(run, g):
    for text in ("코트라는 국내 로봇기업 20개사를 이끌고 상하이를 방문했다.",
                 "大明市组织20余家企业赴韩国首尔开展经贸交流。",
                 "KOTRA organised a study tour of Shanghai for Korean robot makers."):
        assert any(a for a, _t in event_pairs(run(text), g, "delegation")), text
