"""Event rules of the ninth round (probe sentences written for the test, on a small directory of
this module's own): a delegation told by its bare word (연수단은, 이번 대표단은, The group, which
includes …) is the one its sender sent — who is in it or who arranges its programme is no visitor,
and a bare delegation never told before is the one the visitor of the lead sent. Korean: 'A가
창업한 B는' is B's founding by A; '회사는 …' is the company the story's topic named; 협약도 체결 is an
agreement; 'X를 찾고' visits X (not 방안을 찾고 있다). English: an investor 'alongside existing backer
X' puts money in with X, into the round told; 'under a two-year agreement' is a business deal and
'in talks with' a collaboration; 'launched last year by A and B' is A and B's founding; 'take
participants to X' is the organiser's visit; 'agreed to co-run', 'launched a dual-degree programme'
are partnerships, and 'with support from X' names no partner. Chinese: a dialogue named (召开
“…合作对话”) is a summit; 'X组织的15家企业' is X's delegation."""

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
    "kribb": ("research", "KR", {"ko": "한국생명공학연구원",
                                 "en": "Korea Research Institute of Bioscience and Biotechnology"}),
    "kdb": ("investor", "KR", {"ko": "산업은행", "en": "Korea Development Bank"}),
    "kakao-vc": ("investor", "KR", {"ko": "카카오벤처스", "en": "Kakao Ventures"}),
    "naver": ("company", "KR", {"ko": "네이버", "en": "Naver"}),
    "naver-cloud": ("company", "KR", {"ko": "네이버클라우드", "en": "Naver Cloud"}),
    "ali-cloud": ("company", "CN", {"ko": "알리바바클라우드", "en": "Alibaba Cloud"}),
    "kcci": ("association", "KR", {"ko": "대한상공회의소", "en": "Korea Chamber of Commerce and Industry"}),
    "kotra": ("government", "KR", {"ko": "KOTRA", "en": "KOTRA"}),
    "yonsei": ("university", "KR", {"ko": "연세대학교", "en": "Yonsei University"}),
    "tsinghua": ("university", "CN", {"zh-Hans": "清华大学", "en": "Tsinghua University"}),
    "bluepoint": ("investor", "KR", {"ko": "블루포인트파트너스", "en": "BluePoint Partners"}),
    "zhangjiang": ("company", "CN", {"zh-Hans": "张江集团", "en": "Zhangjiang Group"}),
    "motie": ("government", "KR", {"zh-Hans": "韩国产业通商资源部", "en": "Ministry of Trade, Industry and Energy"}),
    "mofcom": ("government", "CN", {"zh-Hans": "中国商务部", "en": "Ministry of Commerce"}),
    "gbsa": ("government", "KR", {"zh-Hans": "京畿道经济科学振兴院", "en": "Gyeonggi Business & Science Accelerator"}),
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
              "본부장이 이끈다. 연수단은 엔비디아 본사와 구글을 방문하고, "
              "KOTRA 실리콘밸리무역관이 여는 투자설명회에 참가한다.")
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
    doc = run("AI 진단 기업 루닛은 100억원 규모 투자를 유치했다고 밝혔다. "
              "지난해에는 엔비디아와 공동개발 계약을 맺었다. "
              "회사는 확보한 자금으로 내년 상하이에 현지 법인을 세울 계획이다. "
              "한국생명공학연구원과는 공동 연구 협약도 체결했다.")
    assert event_pairs(doc, g, "founding") == [(["lunit"], [])]
    assert [t for _a, t in event_pairs(doc, g, "agreement")] == [["kribb"]]


def test_hosts_gone_to_are_visited_but_ways_sought_are_not(run, g):
    doc = run("연수단은 다음 달 선전으로 이동한다. 텐센트 본사와 비야디를 찾고, 현지 투자자를 만난다.")
    assert [t for _a, t in event_pairs(doc, g, "visit")] == [["byd"], ["tencent"]]
    doc = run("텐센트는 비야디와 협력 방안을 찾고 있다.")
    assert event_pairs(doc, g, "visit") == []


# -- English: a round's backers, deals, founders after 'by', tours, joint programmes ----------------------
def test_an_existing_backer_alongside_puts_money_into_the_round_told(run, g):
    doc = run("Lunit has closed a Series B round led by Korea Development Bank, the company said. "
              "Kakao Ventures joined the round, alongside existing backer Naver.")
    assert event_pairs(doc, g, "investment") == [(["kakao-vc", "kdb", "naver"], ["lunit"])]


def test_a_service_deal_and_talks_are_partnerships_not_memoranda(run, g):
    doc = run("Lunit said it will move its workload to Naver Cloud under a two-year agreement and is in talks "
              "with Alibaba Cloud on hosting for Chinese clients.")
    assert event_pairs(doc, g, "agreement") == []
    assert (["lunit"], ["ali-cloud"]) in event_pairs(doc, g, "partnership")
    doc = run("Lunit is in talks with Alibaba Cloud on hosting for Chinese clients.")
    assert event_pairs(doc, g, "partnership") == [(["lunit"], ["ali-cloud"])]


def test_a_body_launched_by_two_founders_is_theirs(run, g):
    doc = run("Kim Min-ho directs the Korea-Japan AI Council, a joint body launched last year by the Korea Chamber "
              "of Commerce and Industry and Naver.")
    assert event_pairs(doc, g, "founding") == [(["kcci", "naver"], ["Korea-Japan AI Council"])]


def test_the_organiser_takes_participants_to_its_hosts(run, g):
    doc = run("KOTRA will also take participants to Tencent's Shenzhen campus and BYD on June 20.")
    assert event_pairs(doc, g, "visit") == [(["kotra"], ["byd"]), (["kotra"], ["tencent"])]


def test_joint_programmes_are_partnerships_and_a_sponsor_is_no_partner(run, g):
    doc = run("Yonsei University and Tsinghua University launched a dual-degree program in AI, "
              "with support from Naver.")
    assert event_pairs(doc, g, "partnership") == [(["yonsei"], ["tsinghua"])]
    doc = run("BluePoint Partners and Zhangjiang Group agreed to co-run a cross-border incubation program.")
    assert event_pairs(doc, g, "partnership") == [(["bluepoint"], ["zhangjiang"])]


# -- Chinese: officials' dialogues, the firms a body brings -------------------------------------------
def test_a_named_dialogue_of_two_ministries_is_a_summit_of_both(run, g):
    doc = run("韩国产业通商资源部与中国商务部今天在首尔召开第四次“中韩产业合作对话”。")
    assert event_pairs(doc, g, "summit") == [(["mofcom", "motie"], [])]
    doc = run("双方在对话中表示将加强合作。")
    assert event_pairs(doc, g, "summit") == []


def test_the_firms_a_body_organises_are_its_delegation(run, g):
    doc = run("京畿道经济科学振兴院组织的15家AI企业于26日赴深圳，并前往比亚迪总部考察。")
    assert [a for a, _t in event_pairs(doc, g, "delegation")] == [["gbsa"]]
    assert (["gbsa"], ["byd"]) in event_pairs(doc, g, "visit")
