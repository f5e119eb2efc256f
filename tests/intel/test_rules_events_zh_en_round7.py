"""English and Chinese event rules of the seventh round (probe sentences written for the test, on a
small directory of this module's own): a gathering named with places in it is a gathering, and a
directory name inside one of its hyphen compounds no mention; a former employer takes no side;
'The company, founded …' is the company just named; 由A与B共建的X揭牌 has A and B found X; a session
told again (对接会上), fields of cooperation listed, an invitation to set up are no events; a contract
signed is a partnership; hosts of the gathering sign nothing; each 'between A and B' is a pair;
two signers with one counterpart sign two agreements; 'the two ministries' and 双方 are the pair
just named."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "greenbot": ("company", "KR", {"ko": "그린로봇", "zh-Hans": "绿色机器人", "en": "Greenbot"}),
    "hanul-chip": ("company", "KR", {"ko": "한울칩", "zh-Hans": "韩蔚芯片", "en": "Hanul Chip"}),
    "xingchen": ("company", "CN", {"zh-Hans": "星辰机器人", "en": "Xingchen Robotics"}),
    "lanhai": ("company", "CN", {"zh-Hans": "蓝海科技", "en": "Lanhai Technology"}),
    "daemyeong": ("government", "KR", {"ko": "대명시", "zh-Hans": "大明市", "en": "Daemyeong City"}),
    "trade-min": ("government", "KR", {"zh-Hans": "贸易部", "en": "Ministry of Trade"}),
    "east-min": ("government", "CN", {"zh-Hans": "东方商务部", "en": "Ministry of Eastern Commerce"}),
    "china-inv": ("investor", "CN", {"zh-Hans": "中国投资公司", "en": "China Investment"}),
    "north-uni": ("university", "CN", {"zh-Hans": "北川大学", "en": "Beichuan University"}),
    "south-uni": ("university", "KR", {"zh-Hans": "南岭大学", "en": "Namryeong University"}),
    "ai-assoc": ("association", "CN", {"zh-Hans": "深港人工智能协会", "en": "Shengang AI Association"}),
    "kr-agency": ("government", "KR", {"zh-Hans": "韩国数字振兴院", "en": "Korea Digital Agency"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-busan": ("city", "kr", ["부산", "釜山", "Busan"]),
    "kr-incheon": ("city", "kr", ["인천", "仁川", "Incheon"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _mentions(doc) -> set:
    return {o.mention for o in doc.orgs}


# -- English: gatherings named with places, former employers, the company named again ---------------
def test_a_gathering_named_with_places_is_a_summit_and_its_compound_no_mention(run, g):
    doc = run("Greenbot and Hanul Chip signed a supply pact at the Korea-China Investment Cooperation Forum, "
              "co-hosted by the Ministry of Trade.")
    assert "China Investment" not in _mentions(doc)
    assert any(e.type == "summit" for e in doc.events)
    doc = run("Greenbot and Xingchen Robotics attended the Busan-Shanghai Robot Summit on Tuesday.")
    assert [x.mention for x in doc.gatherings] == ["Busan-Shanghai Robot Summit"]
    assert event_pairs(doc, g, "summit") == [(["greenbot", "xingchen"], ["Busan-Shanghai Robot Summit"])]


def test_a_former_employer_founds_nothing_and_the_company_is_the_one_just_named(run, g):
    doc = run("Lanhai Technology, a startup founded in 2020 by former Greenbot engineers, opened an office in Seoul.")
    assert event_pairs(doc, g, "founding") == [([], ["lanhai"])]
    doc = run("Hanul Chip builds vision chips. \"Demand is strong,\" Hanul Chip chief executive Kim Ho said. "
              "The company, founded in 2018 by ex-Greenbot researchers, raised 9 billion won last year.")
    assert event_pairs(doc, g, "founding") == [([], ["hanul-chip"])]


def test_where_a_centre_is_set_up_is_not_what_is_founded_and_a_fund_launched_no_founding(run, g):
    doc = run("The centre, to be set up in Daemyeong City's Lanhai Technology campus, will hire 80 engineers.")
    assert not event_pairs(doc, g, "founding")
    doc = run("Greenbot and Lanhai Technology on Monday launched a $90 million fund for robot start-ups.")
    assert not event_pairs(doc, g, "founding")
    assert event_pairs(doc, g, "investment")


def test_hosts_sign_nothing_and_each_between_is_a_pair(run, g):
    doc = run("The deal was one of six signed at the Shenzhen Robotics Conference, organised by the Ministry of Trade.")
    assert not event_pairs(doc, g, "agreement")
    doc = run("Other deals included a joint laboratory between Beichuan University and Namryeong University, "
              "and a sales partnership between Shenzhen-based Xingchen Robotics and Korean sensor maker Greenbot.")
    assert event_pairs(doc, g, "partnership") == [(["north-uni"], ["south-uni"]), (["xingchen"], ["greenbot"])]


def test_a_contract_signed_is_a_partnership_and_a_group_led_a_delegation(run, g):
    doc = run("Greenbot signed a $30 million supply contract with Xingchen Robotics on Monday.")
    assert event_pairs(doc, g, "partnership") == [(["greenbot"], ["xingchen"])]
    assert not event_pairs(doc, g, "agreement")
    doc = run("Consul General Park Min-jae led a group of 40 Korean executives to the fair.")
    assert len(event_pairs(doc, g, "delegation")) == 1


def test_the_two_ministries_are_the_pair_just_named(run, g):
    doc = run("The forum was co-hosted by the Ministry of Trade and the Ministry of Eastern Commerce. "
              "Minister Lee attended, the ministry said. The two ministries also signed an MOU.")
    assert event_pairs(doc, g, "agreement") == [(["trade-min"], ["east-min"])]


# -- Chinese ----------------------------------------------------------------------------------------
def test_builders_found_what_they_build(run, g):
    doc = run("当天，由北川大学与韩国南岭大学共建的“中韩机器人联合实验室”在大明市揭牌。")
    assert event_pairs(doc, g, "founding") == [(["north-uni", "south-uni"], ["中韩机器人联合实验室"])]


def test_a_session_named_is_other_told_once_and_fields_are_no_events(run, g):
    doc = run("19日，由深港人工智能协会主办的“中韩机器人企业对接会”在深圳举行。"
              "对接会上，深港人工智能协会与韩国数字振兴院签署合作备忘录，双方将在企业互访、联合展会、人才交流等方面开展合作。")
    assert len(event_pairs(doc, g, "other")) == 1
    assert not event_pairs(doc, g, "exhibition")
    assert event_pairs(doc, g, "agreement") == [(["ai-assoc"], ["kr-agency"])]


def test_an_invitation_to_set_up_is_no_founding_and_a_contract_is_a_partnership(run, g):
    doc = run("东方商务部副部长表示，欢迎更多韩国企业来深设立研发中心。")
    assert not event_pairs(doc, g, "founding")
    doc = run("韩国机器人企业绿色机器人与深圳本地企业星辰机器人签署了产品代理协议。")
    assert event_pairs(doc, g, "partnership") == [(["greenbot"], ["xingchen"])]


def test_two_signers_with_one_counterpart_and_the_pair_named_again(run, g):
    doc = run("本月6日，绿色机器人与大明市签署投资备忘录；7日，蓝海科技又与大明市签订合作备忘录。")
    assert event_pairs(doc, g, "agreement") == [(["greenbot"], ["daemyeong"]), (["lanhai"], ["daemyeong"])]
    doc = run("星辰机器人与韩蔚芯片在首尔举行会谈。双方签署了合作备忘录。")
    assert event_pairs(doc, g, "agreement") == [(["xingchen"], ["hanul-chip"])]


def test_a_delegation_of_a_described_body_and_its_trip_after_the_country(run, g):
    doc = run("11月18日，韩国数字振兴院人工智能企业代表团一行30余人来深考察。")
    assert event_pairs(doc, g, "delegation") == [(["kr-agency"], [])]
    doc = run("据了解，大明市计划于11月组团赴韩国首尔、仁川开展招商推介。")
    assert [e.place.mention for e in doc.events if e.type == "delegation"] == ["首尔", "仁川"]


def test_a_sum_invested_with_the_agreement_and_no_forum_signs(run, g):
    doc = run("7日，蓝海科技又与大明市签订投资备忘录，计划到2027年在大明市投资1.4万亿韩元。")
    assert event_pairs(doc, g, "agreement") == [(["lanhai"], ["daemyeong"])]
    assert event_pairs(doc, g, "investment") == [(["lanhai"], ["daemyeong"])]
    doc = run("Greenbot signed an investment agreement with Daemyeong City at the 2025 Busan-Shanghai Robot Summit.")
    assert event_pairs(doc, g, "agreement") == [(["greenbot"], ["daemyeong"])]
