"""Event rules aimed at the eighth fresh set's misses (probe sentences written for the test, on a
small directory of this module's own): the fund a sentence calls "the fund" invests; a sum put into
a named company is an investment even when the investor goes unnamed, and one 'added' (보탰다) too;
a dialogue or a seminar by its title is a gathering; hosts named in the sentence after a gathering
are its sides; 赴X参观 visits X; a fair named again as the setting or the means of an act is no new
fair; 结盟 is a partnership; a headquarters or an office set up is a founding; a sum in Hong Kong
dollars is a sum; 成立于 founds the subject and nothing named after it; a fund the parties set up
stays an investment beside their agreement."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "minju": ("government", "KR", {"ko": "민주부", "en": "Ministry of Harbors"}),
    "motion": ("company", "KR", {"ko": "모션랩스", "en": "Motionlabs"}),
    "cubix": ("company", "KR", {"ko": "큐빅스", "en": "Cubix"}),
    "kv": ("investor", "KR", {"ko": "카카오벤처스", "en": "Kakao Ventures"}),
    "harbor-fund": ("investor", "KR", {"en": "Harbor Deep Tech Fund"}),
    "battery-assoc": ("association", "KR", {"en": "Korea Cell Makers Association", "zh-Hans": "韩国电芯协会"}),
    "power-assoc": ("association", "CN", {"en": "China Power Cells Association"}),
    "miit": ("government", "CN", {"en": "Ministry of Industry and Information Technology", "zh-Hans": "工信部"}),
    "motie": ("government", "KR", {"en": "Ministry of Trade and Industry", "zh-Hans": "产业通商部"}),
    "mofcom": ("government", "CN", {"zh-Hans": "商务部", "en": "Ministry of Commerce"}),
    "sd-gov": ("government", "CN", {"zh-Hans": "山东省人民政府", "en": "Shandong Provincial Government"}),
    "kotra": ("government", "KR", {"zh-Hans": "大韩贸易投资振兴公社", "en": "KOTRA"}),
    "wanhua": ("company", "CN", {"zh-Hans": "万华化学", "en": "Wanhua Chemical"}),
    "hiwin": ("company", "TW", {"zh-Hans": "上银科技", "en": "HIWIN"}),
    "doosan-robotics": ("company", "KR", {"zh-Hans": "斗山机器人", "en": "Doosan Robotics"}),
    "visionroot": ("company", "KR", {"zh-Hans": "视根科技", "en": "VisionRoot"}),
    "oriza": ("investor", "CN", {"zh-Hans": "元禾控股", "en": "Oriza Holdings"}),
    "kdb": ("investor", "KR", {"zh-Hans": "韩国产业银行", "en": "Korea Development Bank"}),
    "sustech-robot": ("university", "CN", {"zh-Hans": "南方科技大学机器人研究院"}),
    "kita": ("association", "KR", {"ko": "한국무역협회", "en": "KITA"}),
    "kosme": ("government", "KR", {"ko": "중진공", "en": "KOSME"}),
    "busan": ("government", "KR", {"ko": "부산시", "en": "Busan Metropolitan City"}),
    "naver": ("company", "KR", {"ko": "네이버", "en": "Naver"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
    "kr-busan": ("city", "kr", ["부산", "釜山", "Busan"]),
    "cn-yantai": ("city", "cn", ["烟台", "Yantai"]),
    "cn-chongqing": ("city", "cn", ["重庆", "Chongqing"]),
    "hk": ("country", None, ["香港", "Hong Kong"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- investments -----------------------------------------------------------------------------------
def test_the_fund_named_before_invests(run, g):
    doc = run("The ministry launched the Harbor Deep Tech Fund on Monday. "
              "The fund will invest $10 million in Motionlabs.")
    assert (["harbor-fund"], ["motion"]) in event_pairs(doc, g, "investment")


def test_a_sum_put_into_a_named_company_is_an_investment_without_a_named_investor(run, g):
    doc = run("펀드는 모션랩스에 120억원을 투자한다.")
    assert event_pairs(doc, g, "investment") == [([], ["motion"])]
    assert not event_pairs(run("정부는 반도체 산업에 20조원을 투자한다."), g, "investment")


def test_a_sum_added_to_a_round_is_an_investment(run, g):
    doc = run("모션랩스의 이번 라운드에는 카카오벤처스도 30억원을 보탰다.")
    assert event_pairs(doc, g, "investment") == [(["kv"], ["motion"])]


def test_a_fund_the_parties_set_up_stays_beside_their_agreement(run, g):
    doc = run("元禾控股与韩国产业银行签署合作意向书，双方拟共同发起设立规模5亿元人民币的科创基金。")
    assert event_pairs(doc, g, "agreement")
    assert event_pairs(doc, g, "investment")
    assert not event_pairs(run("元禾控股与韩国产业银行签署投资促进备忘录。"), g, "investment")


def test_a_sum_in_hong_kong_dollars_is_a_sum(run, g):
    doc = run("视根科技承诺未来三年在港投资5,000万港元。")
    assert event_pairs(doc, g, "investment") == [(["visionroot"], [])]


# -- gatherings ------------------------------------------------------------------------------------
def test_a_dialogue_by_its_title_and_a_seminar_co_hosted_are_gatherings(run, g):
    doc = run("The Ministry of Trade and Industry held the fifth Korea-China Industrial Dialogue with "
              "the Ministry of Industry and Information Technology in Seoul.")
    assert event_pairs(doc, g, "summit")
    doc = run("The Korea Cell Makers Association and the China Power Cells Association will co-host a "
              "battery seminar in Chongqing in June.")
    assert event_pairs(doc, g, "summit") == [(["battery-assoc", "power-assoc"], [])]
    assert not event_pairs(run("We will keep a dialogue with Naver on AI."), g, "summit")


def test_a_korean_seminar_counts_by_its_quoted_title_not_as_a_kind_listed(run, g):
    listed = run("한국무역협회와 중진공은 교육, 세미나, 워크숍 등 행사를 공동 개최하기로 했다.")
    assert not event_pairs(listed, g, "summit")
    titled = run("부산시는 네이버와 함께 '부산 AI 로봇 세미나'를 연다.")
    assert event_pairs(titled, g, "summit")


@pytest.mark.parametrize("text", [
    "2026中韩产业合作交流会在烟台开幕。本次活动由商务部、山东省人民政府主办，大韩贸易投资振兴公社承办。",
    "2026 한중 AI 포럼이 서울에서 열렸다. 이번 행사는 한국무역협회와 중진공이 공동 주최했다.",
    "The Busan AI Forum opened in Busan on Monday. The event was co-hosted by Busan Metropolitan City and Naver.",
])
def test_hosts_named_after_a_gathering_are_its_sides(run, g, text):
    [(actors, _targets)] = event_pairs(run(text), g, "summit")
    assert len(actors) == 2 and "kotra" not in actors  # who organises (承办) is no host


# -- visits, fairs, partnerships, foundings ---------------------------------------------------------
def test_the_company_gone_to_for_a_visit_is_visited(run, g):
    doc = run("大韩贸易投资振兴公社代表团将赴万华化学参观考察。")
    assert event_pairs(doc, g, "visit") == [(["kotra"], ["wanhua"])]


def test_a_fair_named_again_as_setting_or_means_is_no_new_fair(run, g):
    doc = run("上银科技在台北参展。视根科技也在展会期间宣布完成融资。斗山机器人透过展会与伙伴对接。")
    assert event_pairs(doc, g, "exhibition") == [(["hiwin"], [])]


def test_an_alliance_is_a_partnership(run, g):
    doc = run("上银科技与斗山机器人同日宣布策略结盟。")
    assert event_pairs(doc, g, "partnership") == [(["hiwin"], ["doosan-robotics"])]


def test_a_headquarters_set_up_is_a_founding_and_founded_in_founds_no_name_after(run, g):
    assert event_pairs(run("视根科技宣布于香港设立亚太区总部。"), g, "founding")
    doc = run("该公司成立于2022年，创始团队来自南方科技大学机器人研究院。")
    assert not event_pairs(doc, g, "founding")
