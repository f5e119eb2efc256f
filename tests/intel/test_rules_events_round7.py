"""Event rules of the seventh round (probe sentences written for the test, on a small directory of
this module's own): a Korean contract signed is a partnership; a hall toured is no exhibition and a
visit programme offered no visit; a summit its host 'holds' (열고) is told; the Chinese word for a
touring group (参访团) is a delegation, not a visit; a bare 代表团 opening a clause is the
delegation told before, visiting the bodies the clause names; an outlet cited (据…报道) takes no
side."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "greenbot": ("company", "KR", {"ko": "그린로봇", "zh-Hans": "绿色机器人", "en": "Greenbot"}),
    "hanul-chip": ("company", "CN", {"ko": "한울칩", "en": "Hanul Chip"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "kdia": ("government", "KR", {"ko": "한국디지털진흥원", "zh-Hans": "韩国数字振兴院",
                                  "en": "Korea Digital Industry Agency"}),
    "xingchen-robot": ("company", "CN", {"ko": "싱천로봇", "zh-Hans": "星辰机器人", "en": "Xingchen Robotics"}),
    "lanhai": ("company", "CN", {"zh-Hans": "蓝海科技", "en": "Lanhai Technology"}),
    "dawn-news": ("media", "KR", {"zh-Hans": "晨光日报", "en": "Dawn Daily"}),
    "korobo": ("association", "KR", {"ko": "한국로봇협의회", "zh-Hans": "韩国机器人协会", "en": "Korea Robot Council"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "杭州", "Hangzhou"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- Korean: a contract, a hall toured, a programme offered, a summit held -------------------------
def test_a_contract_signed_is_a_partnership(run, g):
    doc = run("그린로봇은 지난달 항저우의 한울칩과 센서 공급 계약(30만 달러)을 맺었다.")
    assert event_pairs(doc, g, "partnership") == [(["greenbot"], ["hanul-chip"])]


def test_a_hall_toured_is_no_exhibition(run, g):
    doc = run("대명시 대표단은 15일 상하이에서 싱천로봇 공장과 본사 전시관을 둘러봤다.")
    assert not event_pairs(doc, g, "exhibition")


def test_a_pavilion_run_is_still_an_exhibition(run, g):
    doc = run("한국디지털진흥원은 다음 달 상하이 박람회에 한국관을 꾸리고 기업 10곳을 지원한다.")
    assert event_pairs(doc, g, "exhibition")


def test_a_visit_programme_offered_is_no_visit_and_the_summit_held_is_told(run, g):
    doc = run("한국로봇협의회는 내년 포럼을 중국 선전에서 열고, 참가 기업을 위한 현지 기업 방문 프로그램도 운영한다.")
    assert not event_pairs(doc, g, "visit")
    assert event_pairs(doc, g, "summit") == [(["korobo"], [])]


# -- Chinese: a touring group, the delegation told before, a cited outlet --------------------------
def test_a_touring_group_is_a_delegation_not_a_visit(run, g):
    doc = run("由韩国机器人协会组成的企业参访团上周赴杭州交流。")
    assert not event_pairs(doc, g, "visit")
    assert event_pairs(doc, g, "delegation") == [(["korobo"], [])]


def test_a_bare_delegation_opening_a_clause_visits_what_it_names(run, g):
    doc = run("大明市代表团一行20人于本月来杭州考察交流。"
              "12日上午，代表团首站来到星辰机器人总部，参观星辰机器人展厅。")
    visits = event_pairs(doc, g, "visit")
    assert (["daemyeong"], ["xingchen-robot"]) in visits
    assert not any("xingchen-robot" in actors for actors, _t in visits)


def test_an_outlet_cited_takes_no_side(run, g):
    doc = run("据韩国媒体《晨光日报》报道，韩国机器人协会上月访问了蓝海科技总部。")
    visits = event_pairs(doc, g, "visit")
    assert visits and not any("dawn-news" in actors + targets for actors, targets in visits)
    assert any("korobo" in actors and "lanhai" in targets for actors, targets in visits)
