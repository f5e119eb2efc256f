"""Visits told by the trip they were made on, and what 기업인 does not name (probe sentences
written for the test, on a small directory of this module's own): 此行 ("on this trip") opens a
visit, not the trip told again (此次访问 still does); 赴X交流 is going to X; an itinerary's stops,
a trip made to meet a host; a fair where firms will showcase their products; 기업인 is also
"businesspeople", so the common noun after it (간담회, 초청) is no firm. A delegation is sent by
the body that owns it, not by the place it goes to (광둥성에 투자유치단을 보냈다), and an
investment-attraction mission (투자유치단) invests in nothing. An investment whose company is
named only as "this startup" (这家初创企业, 本轮, 이 회사, the company) is in the company the
story has just named. A seminar attended (세미나에 참석했다) gathers its attendees, as
a forum does."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "tsmc": ("company", "TW", {"zh-Hans": "台积电", "zh-Hant": "台積電", "en": "TSMC", "ko": "TSMC"}),
    "itri": ("research", "TW", {"zh-Hans": "工研院", "zh-Hant": "工研院", "en": "ITRI"}),
    "alibaba": ("company", "CN", {"ko": "알리바바", "zh-Hans": "阿里巴巴", "en": "Alibaba"}),
    "xiaomi": ("company", "CN", {"ko": "샤오미", "zh-Hans": "小米", "en": "Xiaomi"}),
    "naver-cloud": ("company", "KR", {"ko": "네이버클라우드", "en": "Naver Cloud"}),
    "baidu": ("company", "CN", {"ko": "바이두", "zh-Hans": "百度", "en": "Baidu"}),
    "kotra": ("agency", "KR", {"ko": "코트라", "en": "KOTRA"}),
    "kita": ("association", "KR", {"ko": "한국무역협회", "en": "Korea International Trade Association"}),
    "gyeonggi": ("government", "KR", {"ko": "경기도", "zh-Hans": "京畿道", "en": "Gyeonggi Province"}),
    "guangdong": ("government", "CN", {"ko": "광둥성", "zh-Hans": "广东省", "en": "Guangdong Province"}),
    "upstage": ("company", "KR", {"ko": "업스테이지", "zh-Hans": "Upstage", "en": "Upstage"}),
    "tencent": ("company", "CN", {"ko": "텐센트", "zh-Hans": "腾讯", "en": "Tencent"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-beijing": ("city", "cn", ["베이징", "北京", "Beijing"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


@pytest.mark.parametrize("text", [
    "访问团此行参访了台积电，了解供应链布局。",
    "訪問團此行亦參訪了台積電，了解供應鏈布局。",
])
def test_a_visit_made_on_this_trip_is_told(run, g, text):
    assert [t for _a, t in event_pairs(run(text), g, "visit")] == [["tsmc"]]


def test_this_visit_told_again_is_no_new_visit(run, g):
    doc = run("代表团参访了台积电。此次访问加深了双方了解。")
    assert len(event_pairs(doc, g, "visit")) == 1


def test_going_to_a_body_to_exchange_is_a_visit(run, g):
    assert [t for _a, t in event_pairs(run("韩国代表团一行今日赴工研院交流。"), g, "visit")] == [["itri"]]


def test_an_itinerarys_stops_are_visits(run, g):
    doc = run("The delegation's itinerary included stops at Alibaba and Xiaomi.")
    assert [t for _a, t in event_pairs(doc, g, "visit")] == [["alibaba"], ["xiaomi"]]


def test_a_trip_made_to_meet_a_host_is_a_visit(run, g):
    doc = run("Executives from Naver Cloud traveled to Beijing to meet Baidu, the company said.")
    assert event_pairs(doc, g, "visit") == [(["naver-cloud"], ["baidu"])]


def test_firms_that_will_showcase_at_a_fair_exhibit(run, g):
    doc = run("Korean startups will showcase their products at a Korea pavilion organized by KOTRA.")
    assert any("kotra" in a + t for a, t in event_pairs(doc, g, "exhibition"))


@pytest.mark.parametrize("text, firm", [
    ("한국무역협회는 베이징에서 한중 기업인 간담회를 열었다.", None),
    ("한국무역협회는 베이징에서 중국 기업인 초청 간담회를 가졌다.", None),
    ("AI 기업인 에이블제이는 투자를 유치했다.", "에이블제이"),
])
def test_businesspeople_are_not_a_firm_kind(run, g, text, firm):
    unknown = [o.mention for o in run(text).orgs if o.entity_id is None]
    assert unknown == ([firm] if firm else [])


def test_going_to_a_place_for_an_exchange_programme_visits_no_one(run, g):
    doc = run("工研院率代表团一行赴北京开展第六届交流活动。")
    assert event_pairs(doc, g, "visit") == []


def test_a_delegation_is_sent_by_its_owner_not_its_destination(run, g):
    doc = run("경기도는 15일부터 나흘간 광둥성에 투자유치단을 보냈다.")
    assert event_pairs(doc, g, "delegation") == [(["gyeonggi"], ["guangdong"])]
    assert event_pairs(doc, g, "investment") == []


@pytest.mark.parametrize("text", [
    "Upstage是一家首尔AI初创企业。腾讯领投了这家韩国初创企业的A轮融资。",
    "Upstage是一家首尔AI初创企业。本轮融资由腾讯领投。",
    "업스테이지는 서울의 AI 스타트업이다. 이 회사는 텐센트가 주도한 라운드에서 1000억원을 유치했다.",
])
def test_an_investment_in_the_company_just_named(run, g, text):
    assert event_pairs(run(text), g, "investment") == [(["tencent"], ["upstage"])]


@pytest.mark.parametrize("text", [
    "한중 AI 협력 세미나가 서울에서 열렸다. 세미나에는 알리바바와 바이두 관계자가 참석했다.",
    "알리바바와 바이두는 서울에서 열린 한중 AI 세미나에 참석했다.",
])
def test_a_seminar_attended_is_a_gathering_of_its_attendees(run, g, text):
    assert event_pairs(run(text), g, "summit") == [(["alibaba", "baidu"], [])]
