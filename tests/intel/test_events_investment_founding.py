"""Investment and founding events as the press writes them (probe sentences written for the test,
on a small directory of this module's own): a round's investors written as a possessive or a
source (X의 투자를 받았다, X 등에서), a firm joining as an investor (전략적 투자자로 참여), a sum
spent (들여, 투입, 斥资), a round's investors listed (本轮投资方包括, investors in the round
include), a seed round closed, X which is backed by Y; a fund made (펀드를 만든다, formed a fund,
成立…基金) is its makers' investment, not a founding; a unit opened (무역관을 새로 열었다, 거점을
마련, 子公司落户, 办事处正式开幕, inaugurated its R&D centre) is a founding."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "rebellions": ("company", "KR", {"ko": "리벨리온", "en": "Rebellions"}),
    "kakao-ventures": ("investor", "KR", {"ko": "카카오벤처스", "en": "Kakao Ventures"}),
    "kb-investment": ("investor", "KR", {"ko": "KB인베스트먼트", "en": "KB Investment"}),
    "galbot": ("company", "CN", {"zh-Hans": "银河通用", "zh-Hant": "銀河通用", "en": "Galbot"}),
    "tencent": ("company", "CN", {"ko": "텐센트", "zh-Hans": "腾讯", "zh-Hant": "騰訊", "en": "Tencent"}),
    "meituan": ("company", "CN", {"zh-Hans": "美团", "en": "Meituan"}),
    "sequoia-cn": ("investor", "CN", {"zh-Hans": "红杉中国", "en": "Sequoia China"}),
    "ndf": ("investor", "TW", {"zh-Hant": "國發基金", "en": "National Development Fund"}),
    "kdb": ("investor", "KR", {"ko": "KDB산업은행", "zh-Hans": "韩国产业银行", "zh-Hant": "韓國產業銀行",
                               "en": "Korea Development Bank"}),
    "foxconn": ("company", "TW", {"zh-Hant": "鴻海", "en": "Foxconn"}),
    "lges": ("company", "KR", {"ko": "LG에너지솔루션", "en": "LG Energy Solution"}),
    "catl": ("company", "CN", {"zh-Hans": "宁德时代", "en": "CATL"}),
    "kotra": ("association", "KR", {"ko": "코트라", "zh-Hans": "大韩贸易投资振兴公社", "en": "KOTRA"}),
    "samsung": ("company", "KR", {"ko": "삼성전자", "zh-Hans": "三星", "en": "Samsung"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "首爾", "Seoul"]),
    "cn-nanjing": ("city", "cn", ["난징", "南京", "Nanjing"]),
    "cn-chengdu": ("city", "cn", ["청두", "成都", "Chengdu"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- rounds: who put money in, who raised it ---------------------------------------------------------
@pytest.mark.parametrize("text, investors", [
    ("리벨리온은 카카오벤처스의 투자를 받았다.", ["kakao-ventures"]),
    ("리벨리온은 카카오벤처스, KB인베스트먼트 등에서 50억원의 프리A 투자를 받았다.",
     ["kakao-ventures", "kb-investment"]),
    ("카카오벤처스는 리벨리온에 전략적 투자자로 참여했다.", ["kakao-ventures"]),
    ("KB인베스트먼트는 리벨리온에 100억원을 베팅했다.", ["kb-investment"]),
    ("銀河通用獲得國發基金注資2億元。", ["ndf"]),
    ("Galbot, which is backed by Tencent, plans to expand into Korea.", ["tencent"]),
    ("Galbot announced it had closed a $15 million seed round from Tencent.", ["tencent"]),
    ("Tencent is among the investors in Galbot.", ["tencent"]),
])
def test_the_investor_puts_money_into_who_raises(run, g, text, investors):
    ((actors, targets),) = event_pairs(run(text), g, "investment")
    assert actors == investors
    assert targets in (["rebellions"], ["galbot"])


def test_a_seed_round_told_is_a_round_raised(run, g):
    assert event_pairs(run("리벨리온은 시드 투자를 받은 지 1년 만에 시리즈A를 마무리했다."), g,
                       "investment") == [([], ["rebellions"])]


@pytest.mark.parametrize("text", [
    "银河通用完成数亿元B轮融资。本轮投资方包括腾讯、美团等机构，老股东红杉中国继续追投。",
    "Galbot raised $30 million in a Series A round. Investors in the round include Tencent, Meituan and Sequoia China.",
    "Galbot raised $30 million in a Series A round. The round was led by Tencent with participation from "
    "Meituan and Sequoia China.",
])
def test_the_investors_listed_after_the_round_invest_in_who_raised(run, g, text):
    pairs = event_pairs(run(text), g, "investment")
    assert (["meituan", "sequoia-cn", "tencent"], ["galbot"]) in pairs or (
        ["meituan", "tencent"], ["galbot"]) in pairs
    assert all(targets == ["galbot"] for _a, targets in pairs if targets)


# -- money spent on a site, a fund made ----------------------------------------------------------
@pytest.mark.parametrize("text, investor", [
    ("LG에너지솔루션은 난징에 5억 달러를 들여 배터리 공장을 증설한다.", "lges"),
    ("LG에너지솔루션은 난징에 2조원을 투입해 전기차 배터리 공장을 짓는다.", "lges"),
    ("宁德时代计划斥资73亿欧元在匈牙利建厂。", "catl"),
    ("CATL committed 7.3 billion euros to a new plant in Hungary.", "catl"),
])
def test_a_sum_spent_on_a_site_is_its_spenders_investment(run, g, text, investor):
    assert [a for a, _t in event_pairs(run(text), g, "investment")] == [[investor]]


@pytest.mark.parametrize("text", [
    "KDB산업은행은 텐센트와 함께 5000억원 규모의 한중 펀드를 만든다.",
    "KDB산업은행은 텐센트와 1억 달러 규모 공동펀드를 출범시켰다.",
    "Korea Development Bank formed a $100 million joint fund with Tencent.",
    "韓國產業銀行與騰訊共同成立規模1億美元的創投基金。",
])
def test_a_fund_made_is_its_makers_investment_not_a_founding(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "founding") == []
    ((actors, targets),) = event_pairs(doc, g, "investment")
    assert "kdb" in actors and "tencent" in actors + targets


def test_a_fund_run_is_no_fund_made(run, g):
    assert event_pairs(run("텐센트는 AI 전용 펀드를 운용하고 있다고 밝혔다."), g, "investment") == []


# -- foundings: a unit opened or settled -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "코트라는 청두에 무역관을 새로 열었다.",
    "삼성전자는 상하이에 첫 연구 거점을 마련했다.",
    "三星韩国子公司落户首尔。",
    "三星在深圳落户新的研发中心。",
    "Samsung inaugurated its new R&D centre in Shenzhen.",
])
def test_a_unit_opened_or_settled_is_a_founding(run, g, text):
    ((actors, targets),) = event_pairs(run(text), g, "founding")
    assert any(k in actors + targets for k in ("kotra", "samsung"))


def test_an_office_that_opens_is_the_body_founded(run, g):
    # a firm's office in a city is a body of its own (news-dev: KOTRA Silicon Valley)
    assert event_pairs(run("三星上海办事处正式开幕。"), g, "founding") == [([], ["三星上海办事处"])]


@pytest.mark.parametrize("text", [
    "第七届进博会在国家会展中心开幕。",
    "该项目落户南京江宁开发区。",
    "The expo was inaugurated by the minister in Shanghai.",
])
def test_a_fair_opening_or_a_project_settling_is_no_founding(run, g, text):
    assert event_pairs(run(text), g, "founding") == []
