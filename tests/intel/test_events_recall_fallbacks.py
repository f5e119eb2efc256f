"""Events the reader used to drop for want of a party at the trigger, read as the press writes them
(probe sentences written for the test, on a small directory of this module's own): a pair named
again by its kind (두 회사는, the two companies) founds, funds or holds what the clause names; a
round's investors stand when the company raising is unnamed; a Korean sum with its thousands in
words (3천억 원); a sum raised in won; a hub opened; a subsidiary registered (注册子公司) by the
company named again as 公司; and a gathering told with no body named, whose sides the next
sentence's attendees are."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "posco-fm": ("company", "KR", {"ko": "포스코퓨처엠", "en": "POSCO Future M"}),
    "huayou": ("company", "CN", {"ko": "화유코발트", "zh-Hans": "华友钴业", "en": "Huayou Cobalt"}),
    "smdia": ("government", "KR", {"ko": "새만금개발청", "en": "Saemangeum Development Agency"}),
    "altos": ("investor", "KR", {"en": "Altos Ventures", "ko": "알토스벤처스"}),
    "kb-investment": ("investor", "KR", {"ko": "KB인베스트먼트", "en": "KB Investment"}),
    "kakao-ventures": ("investor", "KR", {"en": "Kakao Ventures"}),
    "miro": ("company", "KR", {"en": "Miro Health"}),
    "ubtech": ("company", "CN", {"zh-Hans": "优必选", "en": "UBTech"}),
    "kaist": ("university", "KR", {"ko": "카이스트", "en": "KAIST"}),
    "tsinghua": ("university", "CN", {"ko": "칭화대", "en": "Tsinghua University"}),
    "shandong": ("government", "CN", {"zh-Hans": "山东省", "en": "Shandong Province"}),
    "kotra": ("association", "KR", {"zh-Hans": "大韩贸易投资振兴公社", "en": "KOTRA"}),
    "trade-agency": ("government", "KR", {"en": "Korea Trade Support Agency"}),
    "lg-chem": ("company", "KR", {"zh-Hans": "LG化学", "en": "LG Chem"}),
    "samsung-sdi": ("company", "KR", {"zh-Hans": "三星SDI", "en": "Samsung SDI"}),
    "catl": ("company", "CN", {"zh-Hans": "宁德时代", "en": "CATL"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
    "kr-daejeon": ("city", "kr", ["대전", "Daejeon"]),
    "cn-qingdao": ("city", "cn", ["칭다오", "青岛", "Qingdao"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "id-jakarta": ("city", None, ["Jakarta"]),
    "cn-wuxi": ("city", "cn", ["无锡", "Wuxi"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


_SIGNING = "협약식에는 김민수 새만금개발청장과 포스코퓨처엠, 화유코발트 대표 등이 참석했다. "


def test_the_two_companies_found_the_joint_venture_they_name(run, g):
    doc = run(_SIGNING + "두 회사는 합작법인 '한결배터리'를 연내 설립하고 전구체 생산라인을 구축한다.")
    assert event_pairs(doc, g, "founding") == [(["huayou", "posco-fm"], ["한결배터리"])]  # the body founded


def test_the_two_companies_put_in_a_sum_written_in_thousands(run, g):
    doc = run(_SIGNING + "두 회사는 2028년까지 총 2천억 원을 투자해 전구체 공장을 짓는다.")
    assert event_pairs(doc, g, "investment") == [(["huayou", "posco-fm"], [])]


def test_a_pair_named_as_companies_leaves_the_agency_out(run, g):
    doc = run(_SIGNING + "두 회사는 합작법인을 연내 설립한다.")
    assert all("smdia" not in a for a, _t in event_pairs(doc, g, "founding"))


def test_the_pair_holds_the_workshop_it_plans(run, g):
    doc = run("카이스트는 칭화대와 공동연구 협약을 맺었다. 양측은 오는 10월 대전에서 첫 공동 워크숍을 개최할 예정이다.")
    assert (["kaist", "tsinghua"], []) in event_pairs(doc, g, "summit")


def test_the_round_led_by_investors_stands_without_the_company(run, g):
    doc = run("The round was led by Altos Ventures, with participation from KB Investment.")
    assert event_pairs(doc, g, "investment") == [(["altos", "kb-investment"], [])]


def test_a_sum_in_won_secured_from_an_investor(run, g):
    doc = run("Miro Health said it had secured 3 billion won from Kakao Ventures.")
    assert event_pairs(doc, g, "investment") == [(["kakao-ventures"], ["miro"])]


def test_a_hub_opened_is_a_founding(run, g):
    doc = run("The Korea Trade Support Agency opened its first support hub in Jakarta on Monday.")
    assert len(event_pairs(doc, g, "founding")) == 1


def test_a_hub_told_alone_is_no_founding(run, g):
    assert event_pairs(run("The Korea Trade Support Agency said Jakarta is a logistics hub."), g, "founding") == []


def test_the_company_named_again_registers_a_subsidiary(run, g):
    doc = run("公司还计划年内在首尔注册韩国子公司，招聘本地团队。")
    assert event_pairs(doc, g, "founding") == []  # no company named before: no founder
    doc = run("优必选近日完成新一轮融资。公司还计划年内在首尔注册韩国子公司，招聘本地团队。")
    assert any("ubtech" in a + t for a, t in event_pairs(doc, g, "founding"))


def test_who_attends_a_gathering_told_bare_is_its_side(run, g):
    doc = run("11月3日，2026中日韩数字经济交流会在青岛举行。"
              "山东省副省长王明，大韩贸易投资振兴公社副社长朴志勋出席并致辞。")
    assert event_pairs(doc, g, "summit") == [(["kotra", "shandong"], [])]


def test_a_sentence_of_attendees_far_from_the_gathering_adds_no_summit(run, g):
    doc = run("2026中日韩数字经济交流会在青岛举行。会议讨论了数字贸易。山东省副省长王明出席了签约仪式。")
    assert event_pairs(doc, g, "summit") == []


def test_each_investor_of_a_list_after_a_comma_invests_on_its_own(run, g):
    doc = run("其中，韩国LG化学投资15亿元建设正极材料项目，韩国三星SDI投资6亿元在无锡建设电池封装基地。")
    assert event_pairs(doc, g, "investment") == [(["lg-chem"], []), (["samsung-sdi"], [])]


def test_a_comma_after_an_agreement_opens_no_investor_list(run, g):
    doc = run("宁德时代与LG化学签署合作协议，三星SDI投资6亿元在无锡建设电池封装基地。")
    assert len(event_pairs(doc, g, "investment")) == 1


def test_a_pair_agreeing_to_hold_a_forum_holds_no_summit_now(run, g):
    doc = run("카이스트는 칭화대와 공동연구 협약을 맺었다. 양측은 매년 포럼을 개최하기로 하는 협약도 체결했다.")
    assert event_pairs(doc, g, "summit") == []
