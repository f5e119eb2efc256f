"""Event rules, one probe per general mechanism (sentences written for the test, on the small
directory of test_rules): partners named as the object, people who lead, visits, delegations,
investments, gatherings and their hosts, foundings, agreements of listed parties."""


import pytest

from tests.intel.test_rules import _events, _gazetteer


@pytest.fixture(scope="module")
def g():
    return _gazetteer()


def _pairs(doc, g, kind):
    return sorted((e[1], e[2]) for e in _events(doc, g) if e[0] == kind)


# -- partnerships: the partner is the object ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "삼성전자는 텐센트와 협력해 새 칩을 개발한다.",
    "三星与腾讯合作开发新一代芯片。",
    "Samsung teams up with Tencent to build a cloud service.",
    "Samsung will cooperate with Tencent on cloud services.",
    "삼성전자는 텐센트와 협업해 로봇을 만든다.",
    "Samsung said it would partner with Tencent on robots.",
])
def test_a_partner_named_with_cooperate_is_a_partnership(run, g, text):
    assert _pairs(run(text), g, "partnership") == [(["samsung"], ["tencent"])]


def test_a_bare_cooperation_names_no_partner(run, g):
    doc = run("삼성전자는 한중 협력해 온 성과를 소개했다. 腾讯表示将加强合作。삼성전자는 로봇 분야에서 협업하고 있다.")
    assert _pairs(doc, g, "partnership") == []


@pytest.mark.parametrize("text", [
    "삼성전자는 텐센트, 바이두와 손잡고 AI 플랫폼을 만든다.",
    "Samsung partnered with Tencent and Baidu on cloud services.",
])
def test_one_partnership_per_partner_of_a_list(run, g, text):
    pairs = _pairs(run(text), g, "partnership")
    assert len(pairs) == 2 and all(a == ["samsung"] for a, _t in pairs)
    assert ["tencent"] in [t for _a, t in pairs]


def test_the_partnership_named_again_is_no_new_one(run, g):
    doc = run("Samsung partnered with Tencent. Its chief said the tie-up would help it supply BYD.")
    assert _pairs(doc, g, "partnership") == [(["samsung"], ["tencent"])]


# -- visits -------------------------------------------------------------------------------------------
def test_the_visitor_is_the_subject_not_the_host_of_an_earlier_verb(run, g):
    doc = run("Samsung executives toured Tencent's campus and met with BYD.")
    assert _pairs(doc, g, "visit") == [(["samsung"], ["byd"]), (["samsung"], ["tencent"])]


# -- investments --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "삼성전자는 시안 공장에 20조원을 투자한다.",
    "Samsung will invest $2 billion in a new plant.",
])
def test_an_investor_with_a_sum_invests_without_a_company_named(run, g, text):
    assert _pairs(run(text), g, "investment") == [(["samsung"], [])]


def test_no_sum_no_investor_only_event(run, g):
    assert _pairs(run("삼성전자는 AI에 투자를 늘리고 있다."), g, "investment") == []


def test_money_put_toward_a_company(run, g):
    assert _pairs(run("腾讯向智元机器人注资10亿元。"), g, "investment") == [(["tencent"], ["agibot"])]


def test_a_round_raised_in_yuan_makes_the_company_the_target(run, g):
    doc = run("푸리에는 올해 8억위안 규모의 시리즈E 투자를 유치했다.")
    assert _pairs(doc, g, "investment") == [([], ["fourier"])]


def test_the_antecedent_of_which_is_the_investor(run, g):
    doc = run("Geely set up a venture with Tencent, which invested 2 billion euros in it.")
    assert [a for a, _t in _pairs(doc, g, "investment")] == [["tencent"]]


# -- gatherings and their hosts ----------------------------------------------------------------------
def test_a_forum_hosted_by_a_body(run, g):
    assert _pairs(run("The forum was hosted by Samsung in Seoul."), g, "summit") == [(["samsung"], [])]


# -- foundings -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "삼성전자는 베이징에 연구센터의 문을 열었다.",
    "腾讯在首尔开设了办事处。",
    "三星在北京设立了研发中心。",
    "Tencent opened its first overseas research centre in Seoul.",
])
def test_an_office_or_centre_opened_is_a_founding_of_its_opener(run, g, text):
    (founding,) = [e for e in _events(run(text), g) if e[0] == "founding"]
    assert founding[2] in (["samsung"], ["tencent"])


def test_a_plan_a_data_centre_or_a_door_is_no_founding(run, g):
    for text in ("欢迎三星在北京设立研发中心。", "Tencent opened its second data center in Seoul.",
                 "Samsung opened the exhibition with a speech."):
        assert not [e for e in _events(run(text), g) if e[0] == "founding"], text


def test_who_opens_the_office_is_the_subject_not_the_founders_old_employer(run, g):
    doc = run("Lumos, a startup founded in 2023 by former Tencent engineers, opened a Seoul office.")
    assert [e[2] for e in _events(doc, g) if e[0] == "founding"] == [["Lumos"]]


def test_a_host_in_a_list_is_not_the_subject_of_the_next_phrase(run, g):
    doc = run("삼성전자 대표단은 상하이를 찾았다. 대표단 일행은 텐센트(腾讯) 본사, 정부가 지정한 중점 기업인 "
              "딥로보틱스 등을 방문했다.")
    visits = _pairs(doc, g, "visit")
    assert (["samsung"], ["tencent"]) in visits and (["samsung"], ["deep-robotics"]) in visits


@pytest.mark.parametrize("text", [
    "Kakao Ventures led a 10 billion won Series A round in Fourier.",
    "Fourier secured 10 billion won in funding from Kakao Ventures.",
])
def test_a_round_led_or_secured(run, g, text):
    assert _pairs(run(text), g, "investment") == [(["kakao-ventures"], ["fourier"])]


def test_hosts_written_as_a_and_the_b(run, g):
    doc = run("Samsung and the Korea Chamber of Commerce jointly organized a forum in Seoul.")
    (summit,) = [e for e in _events(doc, g) if e[0] == "summit"]
    assert "samsung" in summit[1] and len(summit[1]) == 2


def test_talks_between_two_bodies_are_a_summit(run, g):
    doc = run("三星与腾讯举行会谈。")
    assert _pairs(doc, g, "summit") == [(["samsung", "tencent"], [])]


# -- delegations -------------------------------------------------------------------------------------
def test_a_delegation_from_a_body_that_visits_a_host(run, g):
    doc = run("A delegation from Tencent, led by its president, visited Samsung in Seoul.")
    assert _pairs(doc, g, "delegation")[0][0] == ["tencent"]
    assert _pairs(doc, g, "visit") == [(["tencent"], ["samsung"])]


# -- people who lead ----------------------------------------------------------------------------------
def test_a_leader_named_again_by_surname_and_title_acts_for_their_body(run, g):
    doc = run("배경훈 LG AI연구원장은 12일 상하이에 도착했다. 배 원장은 이어 텐센트 본사를 방문했다.")
    assert _pairs(doc, g, "visit") == [(["lg-ai-research"], ["tencent"])]


def test_a_surname_with_another_title_is_not_that_person(run, g):
    doc = run("배경훈 LG AI연구원장은 12일 상하이에 도착했다. 배 시장은 이어 텐센트 본사를 방문했다.")
    assert _pairs(doc, g, "visit") == [([], ["tencent"])]


def test_an_english_leader_named_again_by_surname(run, g):
    doc = run("Mayor Park Won-soon arrived in Seoul on Monday. Park visited Tencent the next day.")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert [a.mention for a in visit.actors] == ["Park Won-soon"]


def test_a_tour_of_a_place_is_a_visit(run, g):
    doc = run("During a tour of Shenzhen, Samsung signed an agreement with Tencent.")
    assert [e[1] for e in _events(doc, g) if e[0] == "visit"] == [["samsung"]]


# -- an act named again ---------------------------------------------------------------------------------
def test_the_agreement_named_again_as_this_one_or_as_a_topic_is_no_new_one(run, g):
    doc = run("삼성전자는 12일 텐센트와 업무협약(MOU)을 체결했다. 두산로보틱스 대표는 \"이번 MOU 체결을 통해 "
              "성장하겠다\"고 말했다. 텐센트의 의향서 체결은 바이두와의 경쟁 때문이다.")
    assert _pairs(doc, g, "agreement") == [(["samsung"], ["tencent"])]


def test_an_agreement_signed_before_is_still_told(run, g):
    doc = run("삼성전자는 12일 텐센트와 업무협약을 체결했다. 삼성전자는 지난해 두산로보틱스와 협약을 맺은 바 있다.")
    assert len(_pairs(doc, g, "agreement")) == 2


@pytest.mark.parametrize("text", [
    "Samsung signed an agreement with Tencent on Monday. Under the agreement, Hyundai Mobis will supply BYD.",
    "Samsung signed an MOU with Tencent on Monday. The MOU also covers LG Energy Solution and CATL.",
    "三星与腾讯签署合作协议。根据协议，宁德时代将向比亚迪供应电池。",
])
def test_the_agreement_named_again_in_english_and_chinese(run, g, text):
    assert _pairs(run(text), g, "agreement") == [(["samsung"], ["tencent"])]


def test_a_bare_gathering_word_as_a_setting_is_the_gathering_told(run, g):
    doc = run("LG AI연구원은 21일 상하이에서 수출 상담회를 개최한다. 설명회에서는 텐센트 관계자가 시장 현황을 "
              "소개한다. 설명회 연사로 참여하는 두산로보틱스 대표는 \"기대된다\"고 말했다.")
    assert [e[1] for e in _events(doc, g) if e[0] == "other"] == [["lg-ai-research"]]


# -- exhibitions -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "삼성전자는 베이징 가전박람회에서 로봇 신제품을 선보였다.",
    "Samsung showcased its robots at the Shanghai Robot Expo.",
])
def test_showing_products_at_a_fair_is_exhibiting(run, g, text):
    assert _pairs(run(text), g, "exhibition") == [(["samsung"], [])]


def test_a_product_shown_with_no_fair_is_no_exhibition(run, g):
    for text in ("삼성전자는 새 스마트폰을 선보였다.", "Samsung unveiled a new phone in Seoul on Monday."):
        assert _pairs(run(text), g, "exhibition") == [], text


def test_a_delegation_sent_to_a_host(run, g):
    doc = run("Samsung sent a delegation of 20 engineers to Tencent's headquarters.")
    assert _pairs(doc, g, "delegation") == [(["samsung"], ["tencent"])]


def test_taiwanese_visit_words(run, g):
    for text in ("三星董事長昨天拜會騰訊。", "三星代表團參訪騰訊總部。"):
        assert _pairs(run(text), g, "visit") == [(["samsung"], ["tencent"])], text


def test_a_centre_set_up_today_is_a_founding_but_a_decision_to_is_not(run, g):
    assert _pairs(run("三星今天在北京設立研發中心。"), g, "founding") == [([], ["samsung"])]
    # a plan announced is told (news-dev counts planned events); an invitation to set up is not
    assert _pairs(run("三星将在北京设立研发中心。"), g, "founding") == [([], ["samsung"])]
    assert _pairs(run("欢迎三星在北京设立研发中心。"), g, "founding") == []
