"""Event rules of the ninth round (probe sentences written for the test, on a small directory of
this module's own): a delegation told by its bare word (연수단은, 이번 대표단은, The group, which
includes …) is the one its sender sent — who is in it or who arranges its programme is no visitor,
and a bare delegation never told before is the one the visitor of the lead sent. Korean: 'A가
창업한 B는' is B's founding by A; '회사는 …' is the company the story's topic named; 협약도 체결 is an
agreement; 'X를 찾고' visits X (not 방안을 찾고 있다)."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "kosme": ("government", "KR", {"ko": "중소벤처기업진흥공단", "en": "Korea SMEs and Startups Agency"}),
    "kotra-sv": ("government", "KR", {"ko": "KOTRA 실리콘밸리무역관", "en": "KOTRA Silicon Valley"}),
    "nvidia": ("company", "US", {"ko": "엔비디아", "zh-Hans": "英伟达", "en": "Nvidia"}),
    "google": ("company", "US", {"ko": "구글", "en": "Google"}),
    "tencent": ("company", "CN", {"ko": "텐센트", "zh-Hans": "腾讯", "en": "Tencent"}),
    "byd": ("company", "CN", {"ko": "비야디", "zh-Hans": "比亚迪", "en": "BYD"}),
    "haier": ("company", "CN", {"ko": "하이얼", "zh-Hans": "海尔", "en": "Haier"}),
    "gangwon": ("government", "KR", {"ko": "강원특별자치도", "en": "Gangwon Province"}),
    "gw-tp": ("other", "KR", {"ko": "강원테크노파크", "en": "Gangwon Technopark"}),
    "knu": ("university", "KR", {"ko": "강원대학교", "en": "Kangwon National University"}),
    "chungbuk": ("government", "KR", {"ko": "충청북도", "en": "Chungcheongbuk-do"}),
    "cb-tp": ("other", "KR", {"ko": "충북테크노파크", "en": "Chungbuk Technopark"}),
    "cbnu": ("university", "KR", {"ko": "충북대학교", "en": "Chungbuk National University"}),
    "kaist": ("university", "KR", {"ko": "카이스트", "en": "KAIST"}),
    "lunit": ("company", "KR", {"ko": "루닛", "en": "Lunit"}),
    "kribb": ("research", "KR", {"ko": "한국생명공학연구원", "en": "Korea Research Institute of Bioscience and Biotechnology"}),
    "sd-commerce": ("government", "CN", {"ko": "산둥성 상무청", "zh-Hans": "山东省商务厅",
                                         "en": "Shandong Provincial Department of Commerce"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "us": ("country", None, ["미국", "美国", "United States"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "cn-jinan": ("city", "cn", ["지난시", "济南", "Jinan"]),
    "cn-qingdao": ("city", "cn", ["칭다오", "青岛", "Qingdao"]),
    "us-sv": ("region", "us", ["실리콘밸리", "硅谷", "Silicon Valley"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- a delegation told by its bare word ---------------------------------------------------------------
def test_a_study_group_told_bare_visits_for_its_sender_not_for_who_arranges_its_programme(run, g):
    doc = run("중소벤처기업진흥공단은 AI 기업 15곳으로 연수단을 꾸렸다고 밝혔다. 연수단은 중소벤처기업진흥공단 박민수 "
              "본부장이 이끈다. 연수단은 엔비디아 본사와 구글을 방문하고, KOTRA 실리콘밸리무역관이 여는 투자설명회에 참가한다.")
    assert event_pairs(doc, g, "delegation") == [(["kosme"], [])]
    assert event_pairs(doc, g, "visit") == [(["kosme"], ["google"]), (["kosme"], ["nvidia"])]


def test_the_group_which_includes_members_visits_for_the_province_that_sends_it(run, g):
    doc = run("Gangwon Province will send a 20-member delegation led by its governor to Shenzhen next month. "
              "The group, which includes officials from Gangwon Technopark and researchers from Kangwon "
              "National University, will visit Tencent and BYD.")
    assert event_pairs(doc, g, "delegation") == [(["gangwon"], [])]
    assert event_pairs(doc, g, "visit") == [(["gangwon"], ["byd"]), (["gangwon"], ["tencent"])]


def test_a_bare_delegation_never_told_before_is_the_one_the_lead_visitor_sent(run, g):
    doc = run("충청북도는 10일부터 사흘간 중국 지난시를 방문해 바이오 분야 협력 방안을 협의했다고 밝혔다. "
              "이번 대표단은 도와 충북테크노파크, 충북대학교 등 20명으로 꾸려졌다. "
              "대표단은 11일 산둥성 상무청과 업무협약을 체결했다. 12일에는 칭다오로 이동해 하이얼 본사를 둘러봤다.")
    assert event_pairs(doc, g, "delegation") == [(["chungbuk"], [])]
    assert event_pairs(doc, g, "agreement") == [(["chungbuk"], ["sd-commerce"])]
    assert (["chungbuk"], ["haier"]) in event_pairs(doc, g, "visit")


# -- Korean: founders, the company named again, one more agreement, hosts gone to --------------------
def test_a_company_its_founders_started_is_founded_by_them(run, g):
    doc = run("2019년 카이스트 연구진이 창업한 루닛은 영상 판독 모델을 보유하고 있다.")
    assert event_pairs(doc, g, "founding") == [(["kaist"], ["lunit"])]


def test_the_company_named_again_is_the_topic_and_an_agreement_also_signed_is_one(run, g):
    doc = run("AI 진단 기업 루닛은 100억원 규모 투자를 유치했다고 밝혔다. 지난해에는 엔비디아와 공동개발 계약을 맺었다. "
              "회사는 확보한 자금으로 내년 상하이에 현지 법인을 세울 계획이다. 한국생명공학연구원과는 공동 연구 협약도 체결했다.")
    assert event_pairs(doc, g, "founding") == [(["lunit"], [])]
    assert [t for _a, t in event_pairs(doc, g, "agreement")] == [["kribb"]]


def test_hosts_gone_to_are_visited_but_ways_sought_are_not(run, g):
    doc = run("연수단은 다음 달 선전으로 이동한다. 텐센트 본사와 비야디를 찾고, 현지 투자자를 만난다.")
    assert [t for _a, t in event_pairs(doc, g, "visit")] == [["byd"], ["tencent"]]
    doc = run("텐센트는 비야디와 협력 방안을 찾고 있다.")
    assert event_pairs(doc, g, "visit") == []
