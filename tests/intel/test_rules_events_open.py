"""Event rules for parties named away from the trigger and for English names read by their form
(probe sentences written for the test, on a small directory of this module's own): a list
referred back, the receivers of a supply deal, business leaders meeting heads of state, titles
and possessives that are no part of a name."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "tencent": ("company", "CN", {"zh-Hans": "腾讯", "zh-Hant": "騰訊", "en": "Tencent"}),
    "byd": ("company", "CN", {"zh-Hans": "比亚迪", "zh-Hant": "比亞迪", "en": "BYD"}),
    "galbot": ("company", "CN", {"zh-Hans": "银河通用", "en": "Galbot"}),
    "samsung": ("company", "KR", {"ko": "삼성전자", "zh-Hans": "三星电子", "zh-Hant": "三星電子",
                                  "en": "Samsung Electronics"}),
    "naver": ("company", "KR", {"ko": "네이버", "en": "NAVER"}),
    "naver-cloud": ("company", "KR", {"ko": "네이버클라우드", "en": "NAVER Cloud"}),
    "gyeonggi-government": ("government", "KR", {"ko": "경기도", "zh-Hans": "京畿道",
                                                  "en": "Gyeonggi Provincial Government"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea", "Korea"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "首爾", "Seoul"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "杭州", "Hangzhou"]),
    "us-silicon-valley": ("region", None, ["실리콘밸리", "硅谷", "Silicon Valley"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- a list referred back -------------------------------------------------------------------------
def test_an_agreement_with_the_heads_of_the_companies_listed_is_one_per_company(run, g):
    doc = run("Seoul Mayor Kim Min-ho signed MOUs with the heads of the three companies on Monday. "
              "The three companies are Tencent, BYD and Galbot, all of them robot makers.")
    assert event_pairs(doc, g, "agreement") == [(["Kim Min-ho"], ["byd"]), (["Kim Min-ho"], ["galbot"]),
                                           (["Kim Min-ho"], ["tencent"])]


def test_a_list_of_another_count_is_not_the_one_referred_to(run, g):
    doc = run("Seoul Mayor Kim Min-ho signed MOUs with the heads of the four companies on Monday. "
              "The three companies are Tencent, BYD and Galbot.")
    assert event_pairs(doc, g, "agreement") == []


def test_a_chinese_list_referred_back(run, g):
    doc = run("腾讯、比亚迪和银河通用日前在首尔举办说明会。京畿道当天与上述三家企业签署了合作备忘录。")
    assert event_pairs(doc, g, "agreement") == [(["gyeonggi-government"], ["byd"]),
                                           (["gyeonggi-government"], ["galbot"]),
                                           (["gyeonggi-government"], ["tencent"])]


def test_a_korean_list_referred_back(run, g):
    doc = run("삼성전자, 네이버, 텐센트 관계자들이 지난 3일 서울을 찾았다. "
              "경기도는 이날 이들 3개 기업과 업무협약을 체결했다.")
    assert event_pairs(doc, g, "agreement") == [(["gyeonggi-government"], ["naver"]),
                                           (["gyeonggi-government"], ["samsung"]),
                                           (["gyeonggi-government"], ["tencent"])]


# -- the receivers of a supply deal ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "騰訊今天宣布，將向韓國供應10萬張GPU。其中5萬張GPU將用於三星電子的新工廠。NAVER的「NAVER Cloud」將獲得3萬張GPU。",
    "Tencent said it will supply 100,000 GPUs to South Korea. Samsung Electronics will receive 50,000 GPUs "
    "for a new plant. NAVER Cloud will get 30,000 GPUs.",
])
def test_each_receiver_of_the_goods_supplied_is_the_suppliers_partner(run, g, text):
    assert event_pairs(run(text), g, "partnership") == [(["tencent"], ["naver-cloud"]), (["tencent"], ["samsung"])]


def test_receiving_something_else_is_no_supply(run, g):
    doc = run("騰訊今天宣布，將向韓國供應10萬張GPU。三星電子將獲得5億元融資。")
    assert event_pairs(doc, g, "partnership") == []


# -- a company's head meets a head of state: a visit ------------------------------------------------
def test_talks_of_a_company_head_with_a_president_are_a_visit(run, g):
    doc = run("腾讯执行长马化腾在峰会期间与韩国总统李在明举行了会晤。")
    assert event_pairs(doc, g, "visit") == [(["tencent"], ["李在明"])]


def test_talks_of_two_officials_are_no_visit(run, g):
    doc = run("首尔市长吴世勋与广东省省长王伟中举行了会谈。")
    assert event_pairs(doc, g, "visit") == []


# -- English names by their form ------------------------------------------------------------------
def _orgs(doc):
    return sorted(o.mention for o in doc.orgs)


def test_a_possessive_is_no_name_and_opens_the_next(run):
    doc = run("The Ministry of Trade, Industry and Resources and China's Ministry of Commerce agreed to meet.")
    assert _orgs(doc) == ["Ministry of Commerce", "Ministry of Trade, Industry and Resources"]


def test_a_title_after_a_name_is_no_part_of_it(run):
    doc = run("Guests included Hangzhou Science and Technology Department Vice President Fung Lei.")
    assert _orgs(doc) == ["Hangzhou Science and Technology Department"]


@pytest.mark.parametrize(("text", "name"), [
    ("The four include TIS (Technical Infrastructure Solutions), a cloud kitchen firm.", "TIS"),
    ("The deal covers AI and space, reports Yonhap news agency.", "Yonhap"),
    ("The contract was signed at KOTRA Silicon Valley on Friday.", "KOTRA Silicon Valley"),
    ("The forum was organized by KOTRA, Public Intellectual Property Association and others.", "KOTRA"),
])
def test_names_by_their_form(run, text, name):
    assert name in _orgs(run(text))


# -- English sides ----------------------------------------------------------------------------------
def test_two_bodies_that_agree_to_set_something_up_make_an_agreement(run, g):
    doc = run("Samsung Electronics and China's Tencent agreed to establish a joint research body.")
    assert event_pairs(doc, g, "agreement") == [(["samsung"], ["tencent"])]


def test_an_agreement_between_two_bodies_has_them_as_its_sides(run, g):
    doc = run("Kim and Ma chaired the Galbot forum and signed an MOU between Samsung Electronics and "
              "China's Tencent on robots.")
    assert event_pairs(doc, g, "agreement") == [(["samsung"], ["tencent"])]


def test_the_subject_after_an_opening_phrase_makes_the_visit(run, g):
    doc = run("Seoul Mayor Kim Min-ho arrived on Monday. On the second day of the state visit to China, "
              "in the afternoon, Kim signed a deal with Tencent.")
    assert [a for a, _t in event_pairs(doc, g, "visit")] == [["Kim Min-ho"]]


def test_a_meeting_at_a_partys_headquarters_is_the_others_visit(run, g):
    doc = run("Held at Tencent's headquarters in Shenzhen, the meeting saw the attendance of NAVER founder "
              "Lee Hae-jin and Tencent founder Ma Huateng.")
    assert event_pairs(doc, g, "visit") == [(["naver"], ["tencent"])]
