"""Event rules of the fourth round (probe sentences written for the test, on a small directory of
this module's own): a delegation's trip to a city is the delegation's destination, not a visit of
its own; a visit to a place by someone no delegation is told of stays a visit; a Korean agreement
signed at the counterpart's own premises is with it; a gathering named in a Chinese sentence is
the summit, not a gathering word inside its venue's name."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "robot-congress": ("other", "CN", {"zh-Hans": "世界机器人大会", "en": "World Robot Congress"}),
    "hanbit": ("company", "CN", {"ko": "한빛로보틱스", "zh-Hans": "瀚光机器人", "en": "Hanbit Robotics"}),
    "cheongun": ("university", "CN", {"ko": "청운대학교", "zh-Hans": "清云大学", "en": "Cheongun University"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "korobo": ("association", "KR", {"ko": "한국로봇협의회", "en": "Korea Robot Council"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-zhejiang": ("province", "cn", ["저장성", "浙江省", "Zhejiang"]),
    "cn-hangzhou": ("city", "cn-zhejiang", ["항저우", "杭州", "Hangzhou"]),
    "cn-beijing": ("city", "cn", ["베이징", "北京", "Beijing"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _place_only_visits(doc):
    return [e for e in doc.events if e.type == "visit" and e.targets
            and all(not hasattr(t, "confidence") for t in e.targets)]


# -- a delegation's destination is not a visit of its own ------------------------------------------
@pytest.mark.parametrize("text", [
    "대명시 대표단이 중국 저장성 항저우를 방문해 인공지능 분야 협력 방안을 논의했다. "
    "대표단은 이튿날 한빛로보틱스 본사를 찾아 생산 라인을 둘러봤다.",
    "대명시 대표단이 지난 3일부터 사흘간 항저우를 찾았다고 대명시가 5일 밝혔다.",
])
def test_a_korean_delegation_trip_to_a_city_is_no_visit_to_the_city(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "delegation")
    assert not _place_only_visits(doc)


def test_the_hosts_a_delegation_meets_stay_visits(run, g):
    doc = run("대명시 대표단이 중국 저장성 항저우를 방문해 인공지능 분야 협력 방안을 논의했다. "
              "대표단은 이튿날 한빛로보틱스 본사를 찾아 생산 라인을 둘러봤다.")
    assert [t for _a, t in event_pairs(doc, g, "visit")] == [["hanbit"]]


def test_english_representatives_touring_a_city_are_a_delegation(run, g):
    doc = run("The agreement builds on talks held in May, when Daemyeong City representatives "
              "visited Hangzhou to look for partners in robotics.")
    assert event_pairs(doc, g, "delegation")
    assert not _place_only_visits(doc)


@pytest.mark.parametrize("text", [
    "Daemyeong City Mayor Kim Jun-ho visited Beijing last week and met university presidents.",
    "김준호 대명시장은 지난주 베이징을 방문해 현지 대학 총장들과 만났다.",
])
def test_a_visit_to_a_city_with_no_delegation_told_stays_a_visit(run, g, text):
    assert _place_only_visits(run(text))


def test_an_earlier_trip_tied_to_a_delegation_told_after_it_stays_a_visit(run, g):
    doc = run("大明市代表团11日抵达杭州，访问了瀚光机器人。"
              "大明市市长今年3月曾访问北京，而这次代表团的行程正是那次访问的后续。")
    assert event_pairs(doc, g, "delegation")
    assert [t.mention for e in _place_only_visits(doc) for t in e.targets] == ["北京"]


# -- an agreement signed at the counterpart's own premises --------------------------------------
@pytest.mark.parametrize("text", [
    "한빛로보틱스는 이날 청운대학교 본사에서 로봇 제어 소프트웨어 공동 개발을 위한 업무협약(MOU)을 맺었다.",
    "같은 날 한빛로보틱스는 청운대학교에서 연구 인력 교류를 위한 업무협약을 체결했다.",
])
def test_a_korean_agreement_signed_at_the_hosts_premises_is_with_the_host(run, g, text):
    assert event_pairs(run(text), g, "agreement") == [(["hanbit"], ["cheongun"])]


def test_a_korean_agreement_with_a_counterpart_named_keeps_it(run, g):
    doc = run("대명시는 청운대학교에서 한빛로보틱스와 인공지능 인재 양성 협약을 체결했다.")
    assert event_pairs(doc, g, "agreement") == [(["daemyeong"], ["hanbit"])]


def test_a_korean_agreement_named_in_quotes_is_an_agreement(run, g):
    doc = run("대명시는 지난 3일 한빛로보틱스와 '스마트공장 기술 실증 협약'을 체결했다고 5일 밝혔다.")
    assert event_pairs(doc, g, "agreement") == [(["daemyeong"], ["hanbit"])]


# -- the gathering named, not a word of its venue's name ----------------------------------------
def test_a_chinese_gathering_opening_at_an_expo_centre_is_the_summit(run, g):
    doc = run("2025世界机器人大会8日在北京世博中心开幕，来自二十个国家的企业参会。"
              "大明市代表团也出席了大会。")
    assert ["robot-congress"] in [t for _a, t in event_pairs(doc, g, "summit")]
    assert not any("robot-congress" in a for a, _t in event_pairs(doc, g, "summit"))
