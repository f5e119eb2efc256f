"""Trade fairs, funding rounds and summits (probe sentences written for the test, on a small
directory of this module's own): a fair or expo a body holds, joins or tells is an exhibition, never
a summit, while a forum held at the fair stays one (박람회를 개최했다, 世博会, hosted the Expo);
rounds, stakes and sums raised in the words news uses (지분 20%를 취득, 펀딩을 유치, 募资, secured
$20 million, a 15 percent stake in, will spend $45 million on); seminars, round tables and dialogues
held by name (세미나를 개최했다, 圆桌会, a policy dialogue, a webinar)."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "saebit": ("company", "KR", {"ko": "새빛모빌리티", "zh-Hans": "新光移动", "en": "Saebit Mobility"}),
    "jinhe": ("company", "CN", {"ko": "진허전자", "zh-Hans": "金禾电子", "zh-Hant": "金禾電子",
                                "en": "Jinhe Electronics"}),
    "hwaseong": ("government", "KR", {"ko": "화성시", "zh-Hans": "华城市", "en": "Hwaseong City"}),
    "dongbang": ("investor", "KR", {"ko": "동방인베스트", "zh-Hans": "东方投资", "en": "Dongbang Invest"}),
    "kita": ("association", "KR", {"ko": "한국무역협회", "zh-Hans": "韩国贸易协会",
                                   "en": "Korea International Trade Association"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-busan": ("city", "kr", ["부산", "釜山", "Busan"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _kinds(doc) -> set:
    return {e.type for e in doc.events}


def _actors(doc, g, kind) -> list:
    return [a for a, _t in event_pairs(doc, g, kind)]


@pytest.mark.parametrize("text", [
    "화성시는 다음 달 부산에서 '2026 국제 모빌리티 박람회'를 개최한다고 밝혔다.",
    "화성시는 12일 부산 벡스코에서 '2026 스마트시티 엑스포'를 열었다.",
    "华城市将于下月在深圳举办2026中韩智能制造博览会。",
    "华城市将于下月在深圳举办2026中韩智能制造世博会。",
    "Hwaseong City hosted the 2026 Smart Mobility Expo in Busan on Tuesday.",
])
def test_a_fair_a_body_holds_is_its_exhibition_not_a_summit(run, g, text):
    doc = run(text)
    assert _actors(doc, g, "exhibition") == [["hwaseong"]]
    assert "summit" not in _kinds(doc)


def test_a_forum_held_at_the_fair_stays_a_summit(run, g):
    doc = run("한국무역협회는 12일 부산 국제 모빌리티 박람회 기간 중 한중 모빌리티 포럼을 개최했다.")
    assert _actors(doc, g, "summit") == [["kita"]]


@pytest.mark.parametrize("text", [
    "새빛모빌리티는 동방인베스트로부터 시리즈B 투자 150억원을 유치했다.",
    "새빛모빌리티는 동방인베스트로부터 150억원 규모의 펀딩을 유치했다고 밝혔다.",
    "새빛모빌리티는 동방인베스트 등으로부터 150억원을 유치했다.",
])
def test_a_korean_round_raised_names_its_investor(run, g, text):
    assert "investment" in _kinds(run(text))


def test_a_korean_stake_taken_is_an_investment(run, g):
    doc = run("동방인베스트는 새빛모빌리티 지분 20%를 취득했다고 12일 밝혔다.")
    assert _actors(doc, g, "investment") == [["dongbang"]]


@pytest.mark.parametrize("text", [
    "金禾电子近日完成A轮募资，由东方投资领投。",
    "金禾電子近日宣布完成新台幣3億元A輪募資，東方投資領投。",
])
def test_a_chinese_round_told_by_its_raising_is_an_investment(run, g, text):
    assert "investment" in _kinds(run(text))


@pytest.mark.parametrize("text", [
    "Saebit Mobility secured $20 million from Dongbang Invest to expand in China.",
    "Dongbang Invest acquired a 15 percent stake in Saebit Mobility last month.",
    "Dongbang Invest poured $30 million into Saebit Mobility, the company said.",
    "Dongbang Invest made an equity investment in Saebit Mobility on Monday.",
])
def test_english_money_put_into_a_firm_is_an_investment(run, g, text):
    assert "investment" in _kinds(run(text))


@pytest.mark.parametrize("text", [
    "한국무역협회는 12일 부산에서 한중 공급망 세미나를 개최했다.",
    "韩国贸易协会12日在深圳举办中韩供应链圆桌会。",
    "The Korea International Trade Association held a policy dialogue on supply chains in Busan.",
    "The Korea International Trade Association hosted a webinar on battery supply chains on Monday.",
])
def test_a_seminar_round_table_or_dialogue_held_is_a_summit(run, g, text):
    assert _actors(run(text), g, "summit") == [["kita"]]


def test_a_chinese_summit_planned_with_a_partner_is_held_by_the_partner_too(run, g):
    doc = run("他表示，协会已与华城市达成初步共识，计划明年在釜山举办首届中韩智能制造峰会。")
    assert _actors(doc, g, "summit") == [["hwaseong"]]
