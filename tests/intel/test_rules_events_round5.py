"""Event rules of the fifth round (probe sentences written for the test, on a small directory of
this module's own): Korean foundings told by a launch ceremony (…단 출범식을 갖고), by a park or
hall that opened (…에 개장했다) and by a company its founder started (X은 … 창업한 기업이다); an
opening ceremony's host is not what is opened; a delegation to several cities, named as the
object of its visit, is one delegation per city."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "greenbot": ("company", "KR", {"ko": "그린로봇", "en": "Greenbot"}),
    "hanbit-park": ("cluster", "KR", {"ko": "한빛사이언스파크", "en": "Hanbit Science Park"}),
    "hanbit-unit": ("other", "KR", {"ko": "한빛로봇융합사업단", "en": "Hanbit Robot Convergence Unit"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "kdia": ("government", "KR", {"ko": "한국디지털진흥원", "en": "Korea Digital Industry Agency"}),
    "jinxing-capital": ("investor", "CN", {"zh-Hans": "金星资本", "en": "Jinxing Capital"}),
    "huayu-ventures": ("investor", "CN", {"zh-Hans": "华宇创投", "en": "Huayu Ventures"}),
    "xingchen-robot": ("company", "CN", {"zh-Hans": "星辰机器人", "en": "Xingchen Robotics"}),
    "cheongun": ("university", "CN", {"zh-Hans": "清云大学", "en": "Cheongun University"}),
    "korobo": ("association", "KR", {"ko": "한국로봇협의회", "en": "Korea Robot Council"}),
    "pudong-committee": ("government", "CN", {"ko": "푸둥신구 관리위원회", "zh-Hans": "浦东新区管委会",
                                              "en": "Pudong New Area Administrative Committee"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
    "kr-daemyeong": ("city", "kr", ["대명", "Daemyeong"]),
    "cn-zhejiang": ("province", "cn", ["저장성", "浙江省", "Zhejiang"]),
    "cn-hangzhou": ("city", "cn-zhejiang", ["항저우", "杭州", "Hangzhou"]),
    "cn-huzhou": ("city", "cn-zhejiang", ["후저우", "湖州", "Huzhou"]),
    "cn-suzhou": ("city", "cn", ["쑤저우", "苏州", "Suzhou"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


# -- foundings: a launch ceremony, a park that opened, a company its founder started ---------------
def test_a_launch_ceremony_founds_the_body_its_title_names(run, g):
    doc = run("대명시는 지난 3월 시청 대회의실에서 ‘한빛로봇융합사업단 출범식’을 갖고 로봇 산업 육성에 나섰다.")
    assert event_pairs(doc, g, "founding") == [(["daemyeong"], ["hanbit-unit"])]


def test_a_park_that_opened_is_founded(run, g):
    doc = run("한빛사이언스파크는 첨단 기업을 위한 시범단지로 2012년 4월에 개장했다.")
    assert event_pairs(doc, g, "founding") == [([], ["hanbit-park"])]


def test_a_company_its_founder_started_is_founded(run, g):
    doc = run("그린로봇은 2019년 3월 로봇공학자인 김도윤 교수가 제자들과 함께 창업한 기업이다.")
    pairs = event_pairs(doc, g, "founding")
    assert pairs and all(targets == ["greenbot"] for _a, targets in pairs)


def test_an_opening_ceremony_host_is_not_what_is_opened(run, g):
    doc = run("한국디지털진흥원은 12일 상하이에서 센터 개소식을 열고 푸둥신구 관리위원회와 업무협약을 체결했다.")
    assert not any("kdia" in targets for _a, targets in event_pairs(doc, g, "founding"))
    assert event_pairs(doc, g, "agreement") == [(["kdia"], ["pudong-committee"])]


def test_starting_a_business_is_no_founding_without_the_company_told(run, g):
    doc = run("대명시는 청년 창업 지원을 위해 그린로봇과 교육 프로그램을 운영한다.")
    assert not event_pairs(doc, g, "founding")


# -- a delegation to several cities: one per city ---------------------------------------------------
def _delegation_places(doc):
    return sorted(e.place.mention for e in doc.events if e.type == "delegation" and e.place)


@pytest.mark.parametrize("text, cities", [
    ("대명시 대표단은 지난 3일부터 닷새간 항저우와 상하이를 방문해 인공지능 기업들과 협력 방안을 논의했다.",
     ["상하이", "항저우"]),
    ("大明市代表团近日访问杭州、上海，与当地企业进行交流。", ["上海", "杭州"]),
])
def test_a_delegation_to_several_cities_is_one_per_city(run, g, text, cities):
    doc = run(text)
    assert _delegation_places(doc) == cities
    assert {tuple(a) for a, _t in event_pairs(doc, g, "delegation")} == {("daemyeong",)}


@pytest.mark.parametrize("text", [
    "대명시 대표단은 항저우, 쑤저우 산업단지를 방문하고 현지 기업과 교류했다.",  # places of what is seen
    "大明市代表团一行先后前往位于杭州、湖州的企业进行考察。",  # where the firms visited are
    "대명시 대표단은 항저우를 방문해 현지 기업과 교류했다.",  # one city
])
def test_places_of_what_a_delegation_sees_are_no_trip_of_their_own(run, g, text):
    doc = run(text)
    assert len([e for e in doc.events if e.type == "delegation"]) == 1


# -- a centre told again by a shorter name is the one founded -----------------------------------------
def test_a_centre_named_again_by_its_short_form_is_one_founding(run, g):
    doc = run("大明市国际科技合作中心(杭州)在杭州正式揭牌。多家企业代表共同见证杭州科技中心揭牌。")
    assert len([e for e in doc.events if e.type == "founding"]) == 1


def test_short_form():
    from gyoryu.intel.events.merge import _short_form

    assert _short_form("杭州科技中心", "大明市国际科技合作中心(杭州)")
    assert not _short_form("研究中心", "国际科技合作中心")  # another centre
    assert not _short_form("科技中心", "科技中心")


# -- one more investor of a round: 'X战略投资' ------------------------------------------------------
def test_a_strategic_investor_of_a_round_is_an_investor(run, g):
    doc = run("星辰机器人完成新一轮融资。本轮由金星资本领投，华宇创投战略投资。")
    pairs = event_pairs(doc, g, "investment")
    assert pairs and all(targets == ["xingchen-robot"] for _a, targets in pairs)
    assert any("huayu-ventures" in actors for actors, _t in pairs)


def test_a_strategic_investment_in_a_company_keeps_it_the_target(run, g):
    doc = run("金星资本宣布对星辰机器人进行战略投资，金额未披露。")
    assert event_pairs(doc, g, "investment") == [(["jinxing-capital"], ["xingchen-robot"])]


# -- English: an unnamed thing set up; the visits named again -------------------------------------------
def test_agreeing_to_set_up_an_unnamed_lab_is_the_pairs_founding(run, g):
    # news-dev counts the founding told beside the agreement, its founders the two (2026-12-06)
    doc = run("Greenbot and Cheongun University have agreed to set up a joint laboratory for robotics in Shanghai.")
    assert event_pairs(doc, g, "founding") == [(["cheongun", "greenbot"], [])]
    assert event_pairs(doc, g, "agreement")


def test_setting_up_a_named_venture_is_still_a_founding(run, g):
    doc = run("In 2023, Greenbot set up a joint venture, Hanbit Robot Convergence Unit, with Cheongun University.")
    assert any("hanbit-unit" in targets for _a, targets in event_pairs(doc, g, "founding"))


def test_the_visits_named_again_are_no_new_visit(run, g):
    doc = run("A Greenbot delegation visited Cheongun University in Shanghai on Monday. "
              "The Korea Robot Council, which helped arrange the visits, said more firms would follow in Shanghai.")
    assert not any("korobo" in actors for actors, _t in event_pairs(doc, g, "visit"))


# -- Korean: a gathering an act is tied to (…와 연계해) is its setting, not an event -----------------
def test_a_gathering_named_as_what_an_act_is_tied_to_is_no_event(run, g):
    doc = run("한국로봇협의회는 상무부가 주최하는 국제투자무역상담회(CITF)와 연계해 "
              "'한국 로봇 기업 중국행 프로젝트'를 운영하고 있다.")
    assert not doc.events or all(e.type != "other" for e in doc.events)


def test_a_consultation_held_is_still_an_event(run, g):
    doc = run("한국로봇협의회는 지난 10일 대명시에서 수출상담회를 개최했다고 11일 밝혔다.")
    assert event_pairs(doc, g, "other") == [(["korobo"], [])]


# -- what is founded is the quoted title; a gathering signs nothing ---------------------------------
def test_a_quoted_title_founded_is_not_the_name_inside_it(run, g):
    doc = run("그린로봇은 청운대학교가 지난해 2월 설립된 '그린로봇 인텔리전스 랩'에 기업으로는 처음 참여했다.")
    assert not any("greenbot" in targets for _a, targets in event_pairs(doc, g, "founding"))


def test_signings_at_a_gathering_are_no_agreement_of_the_gathering(run, g):
    doc = run("2025中韩机器人产业合作对接会5日在上海开幕，来自两国的百余家企业参会，现场签约项目12个。")
    assert not event_pairs(doc, g, "agreement")


def test_parties_signing_at_a_gathering_still_sign(run, g):
    doc = run("金星资本与清云大学在2025中韩机器人产业合作对接会上签署合作协议。")
    assert event_pairs(doc, g, "agreement")
