"""A delegation's itinerary as the press tells it (probe sentences written for the test, on a small
directory of this module's own): the delegation told, then named by its bare word (대표단은 …을
잇달아 방문, 代表团先后走访, The delegates toured); a session it holds at a host's own site
(X 본사에서 상담회, 在X总部举行交流会, at X's headquarters) is a visit to X beside the session; a host
that invites the delegation told (腾讯已邀请代表团…赴深圳参观, has invited the delegation to visit)
hosts its visit; stopped at, called on."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "gyeonggi": ("government", "KR", {"ko": "경기도", "zh-Hans": "京畿道", "zh-Hant": "京畿道",
                                      "en": "Gyeonggi Province"}),
    "huawei": ("company", "CN", {"ko": "화웨이", "zh-Hans": "华为", "zh-Hant": "華為", "en": "Huawei"}),
    "tencent": ("company", "CN", {"ko": "텐센트", "zh-Hans": "腾讯", "zh-Hant": "騰訊", "en": "Tencent"}),
    "byd": ("company", "CN", {"ko": "BYD", "zh-Hans": "比亚迪", "en": "BYD"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _visits(doc, g) -> list:
    return event_pairs(doc, g, "visit")


@pytest.mark.parametrize("text", [
    "경기도는 대표단을 꾸려 선전을 찾았다. 대표단은 화웨이와 텐센트를 잇달아 방문했다.",
    "경기도 대표단이 선전을 방문했다. 이어 대표단은 화웨이 본사를 둘러보고 텐센트 연구소를 견학했다.",
    "京畿道经贸代表团抵达深圳。代表团先后走访了华为和腾讯，并与企业负责人座谈交流。",
    "Gyeonggi Province sent a delegation to Shenzhen. The delegation stopped at Huawei and called on Tencent.",
    "Gyeonggi Province sent a delegation to Shenzhen. During the trip, the delegates toured Huawei and Tencent.",
])
def test_the_delegation_told_visits_each_host_its_bare_word_names(run, g, text):
    assert _visits(run(text), g) == [(["gyeonggi"], ["huawei"]), (["gyeonggi"], ["tencent"])]


@pytest.mark.parametrize("text", [
    "경기도 대표단이 선전을 방문했다. 대표단은 BYD 본사에서 현지 바이어와 비즈니스 상담회를 가졌다.",
    "경기도 대표단은 16일 선전 BYD 본사에서 수출상담회를 진행했다.",
    "京畿道代表团在比亚迪总部举行了经贸交流会。",
    "The Gyeonggi Province delegation held a business matching session with local buyers at BYD's headquarters.",
])
def test_a_session_the_delegation_holds_at_a_hosts_own_site_is_a_visit_to_the_host(run, g, text):
    assert _visits(run(text), g) == [(["gyeonggi"], ["byd"])]


def test_a_session_at_a_site_with_no_delegation_is_no_visit(run, g):
    assert _visits(run("화웨이는 BYD 본사에서 협력사 간담회를 열었다."), g) == []


@pytest.mark.parametrize("text", [
    "京畿道代表团上月底赴深圳考察。另据报道，腾讯已邀请代表团明年春季赴深圳参观其AI实验室。",
    "Gyeonggi Province sent a delegation to Shenzhen. Tencent has invited the delegation to visit its AI lab.",
])
def test_a_host_inviting_the_delegation_told_hosts_its_visit(run, g, text):
    doc = run(text)
    assert _visits(doc, g) == [(["gyeonggi"], ["tencent"])]
    assert event_pairs(doc, g, "delegation")[0][0] == ["gyeonggi"]  # the inviter sends no one
