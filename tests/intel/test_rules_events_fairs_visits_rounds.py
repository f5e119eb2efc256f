"""Visits, summits, exhibitions and investments (probe sentences written for the test, on a small
directory of this module's own): who attends a forum Korean news names after it (포럼에 참석했다,
포럼이 X 주최로 열렸다, 이날 포럼에는 …이 참석했다); a firm at a fair (CES 2026에 참가해, 在大会上设展,
set up a pavilion — no body founded); who leads a round (X 주도로 투자를 유치, 获得X领投的B轮融资,
led X's Series B round); a host who receives a delegation (hosted a delegation from X) and a
place gone to (一行来到X参观, 率团赴X考察)."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "zh-Hans": "韩光机器人", "en": "Hanbit Robotics"}),
    "huarong": ("company", "CN", {"ko": "화룽테크", "zh-Hans": "华容科技", "zh-Hant": "華容科技",
                                  "en": "Huarong Tech"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "bluebank": ("investor", "KR", {"ko": "청은캐피탈", "zh-Hans": "青银资本", "en": "Cheongeun Capital"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "首爾", "Seoul"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _actors(doc, g, kind) -> list:
    return [a for a, _t in event_pairs(doc, g, kind)]


@pytest.mark.parametrize("text", [
    "한빛로보틱스는 지난 10일 상하이에서 열린 한중 경제 포럼에 참석했다.",
    "한중 경제 포럼이 한빛로보틱스 주최로 12일 서울에서 열렸다.",
])
def test_a_korean_forum_attended_or_hosted_names_its_side_after_the_forum(run, g, text):
    assert _actors(run(text), g, "summit") == [["hanbit"]]


def test_those_who_attend_the_forum_just_told_are_its_sides(run, g):
    doc = run("대명시는 12일 서울에서 한중 AI 포럼을 열었다. 이날 포럼에는 한빛로보틱스와 화룽테크 등이 참석했다.")
    assert _actors(doc, g, "summit") == [["daemyeong", "hanbit", "huarong"]]


@pytest.mark.parametrize("text", [
    "한빛로보틱스는 CES 2026에 참가해 신제품을 공개했다.",
    "한빛로보틱스는 국제로봇산업대전에 참가해 휴머노이드를 선보였다.",
    "韩光机器人在世界人工智能大会上设展，展示了新产品。",
    "Hanbit Robotics set up a booth at the Canton Fair.",
])
def test_a_firm_at_a_fair_exhibits(run, g, text):
    doc = run(text)
    assert _actors(doc, g, "exhibition") == [["hanbit"]]
    assert not [e for e in doc.events if e.type in ("founding", "summit")]


def test_an_earlier_time_is_no_fair(run, g):
    assert not run("한빛로보틱스는 이전에 참가한 적이 있다.").events


@pytest.mark.parametrize("text", [
    "화룽테크는 청은캐피탈 주도로 800억원 규모의 시리즈B 투자를 유치했다.",
    "화룽테크는 시리즈B 투자를 유치했다. 이번 투자는 청은캐피탈이 주도했다.",
    "华容科技近日获得青银资本领投的B轮融资。",
    "Cheongeun Capital led Huarong Tech's $60 million Series B round.",
])
def test_who_leads_a_round_invests_in_who_raises(run, g, text):
    assert event_pairs(run(text), g, "investment") == [(["bluebank"], ["huarong"])]


def test_a_host_receives_the_delegation_that_visits_it(run, g):
    doc = run("Hanbit Robotics hosted a delegation from Huarong Tech in Seoul.")
    assert event_pairs(doc, g, "visit") == [(["huarong"], ["hanbit"])]
    assert event_pairs(doc, g, "delegation") == [(["huarong"], ["hanbit"])]


@pytest.mark.parametrize("text", ["大明市代表团一行来到华容科技总部参观交流。", "大明市率团赴华容科技总部考察。"])
def test_the_place_gone_to_is_the_host(run, g, text):
    assert event_pairs(run(text), g, "visit") == [(["daemyeong"], ["huarong"])]
