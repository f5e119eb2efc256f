"""Open-class organisations in Korean and English news (and one mechanism of every language). A
known short name running straight on into more name characters (SK하이닉스, LG에너지솔루션,
SK海力士) is a longer, other body: the longer name is the mention, unlinked unless the
directory holds it; a particle, a generic word or a facility after the name is no part of it.
Probe sentences of our own, on a small directory."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "sk": ("company", "KR", {"ko": "SK", "zh-Hans": "SK集团", "en": "SK Group"}),
    "lg": ("company", "KR", {"ko": "LG", "en": "LG Group"}),
    "samsung": ("company", "KR", {"ko": "삼성", "zh-Hans": "三星", "en": "Samsung"}),
    "sequoia": ("investor", "CN", {"zh-Hans": "红杉", "en": "Sequoia"}),
    "wuhan": ("government", "CN", {"ko": "우한시", "en": "Wuhan Municipal Government"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-js": ("province", "cn", ["장쑤성", "江苏省", "Jiangsu"]),
    "cn-sc": ("province", "cn", ["쓰촨성", "四川省", "Sichuan"]),
    "cn-cz": ("city", "cn-js", ["창저우", "常州", "Changzhou"]),
    "cn-sz": ("city", "cn-js", ["쑤저우", "苏州", "Suzhou"]),
    "kr-busan": ("city", "kr", ["부산", "釜山", "Busan"]),
    "cn-nj": ("city", "cn-js", ["난징", "南京", "Nanjing"]),
    "cn-wh": ("city", "cn", ["武汉", "Wuhan"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, text):
    return {o.mention for o in run(text).orgs}


def _linked(run, text):
    return {o.mention: o.entity_id for o in run(text).orgs}


def test_a_known_latin_name_running_on_into_hangul_is_another_body(run):
    assert "SK하이닉스" in _orgs(run, "SK하이닉스는 이천에 새 공장을 짓는다고 밝혔다.")
    assert "LG에너지솔루션" in _orgs(run, "대표단은 LG에너지솔루션 생산시설을 둘러봤다.")
    assert "SK" not in _orgs(run, "대표단은 SK하이닉스 본사를 찾았다.")
    assert _linked(run, "SK하이닉스는 이천에 새 공장을 짓는다.")["SK하이닉스"] is None


def test_a_particle_after_a_known_name_is_no_part_of_it(run):
    assert _orgs(run, "SK는 이날 협약을 체결했다고 밝혔다.") == {"SK"}
    assert _orgs(run, "LG와 삼성이 협력하기로 했다.") == {"LG", "삼성"}


def test_a_subsidiary_with_a_country_after_the_longer_name(run):
    assert "SK하이닉스 차이나" in _orgs(run, "김 SK하이닉스 차이나 법인장은 수요 전망을 공유했다.")


def test_a_known_latin_name_running_on_into_hanzi_is_another_body(run):
    assert "SK海力士" in _orgs(run, "代表团前往利川，考察SK海力士总部。")
    assert "LG新能源" in _orgs(run, "当天下午，LG新能源相关负责人一行走访了园区。")
    assert "SK" in _orgs(run, "SK表示，将扩大投资。")


def test_a_chinese_name_with_a_country_after_it_stays_the_name(run):
    assert "红杉" in _orgs(run, "老股东红杉中国继续加注。")
    assert "SK" in _orgs(run, "SK中国市场份额上升。")


def test_a_chinese_city_or_province_before_its_bureau_is_part_of_the_name(run):
    assert "쓰촨성 경제정보화청" in _orgs(run, "대표단은 쓰촨성 경제정보화청이 주최한 포럼에 참석했다.")
    assert "창저우시 상무국" in _orgs(run, "대표단은 창저우시 상무국과 기업 대표 등 18명으로 꾸려졌다.")
    assert "장쑤성 상무청" in _orgs(run, "장쑤성 상무청은 이날 설명회를 열었다.")


def test_a_zone_with_its_city_before_it_is_one_name(run):
    orgs = _orgs(run, "대표단은 창저우 국가하이테크산업개발구 관계자와 만났다.")
    assert "창저우 국가하이테크산업개발구" in orgs and "국가하이테크산업개발구" not in orgs


def test_a_place_written_with_its_government_word_is_the_government(run):
    assert "Busan Metropolitan City Government" in _orgs(
        run, "According to the Busan Metropolitan City Government on Sunday, the delegation left.")
    assert "Suzhou Municipal Government" in _orgs(run, "The plan was approved by the Suzhou Municipal Government.")


def test_an_english_body_named_by_a_list_of_fields_with_a_comma(run):
    orgs = _orgs(run, "A delegation from the city's Innovation, Technology and Industry Bureau visited Seoul.")
    assert "Innovation, Technology and Industry Bureau" in orgs
    assert "Ministry of Trade, Industry and Energy" in _orgs(run, "The Ministry of Trade, Industry and Energy said so.")


def test_a_list_of_two_banks_is_two_names(run):
    orgs = _orgs(run, "The rest comes from Industrial Bank of Korea, Hana Financial Group and others.")
    assert "Industrial Bank of Korea, Hana Financial Group" not in orgs
    assert "Hana Financial Group" in orgs


def test_the_committee_that_runs_a_park_is_one_name_with_it(run):
    orgs = _orgs(run, "It signed a memorandum with the Suzhou Industrial Park Administrative Committee to share data.")
    assert orgs == {"Suzhou Industrial Park Administrative Committee"}


def test_a_describing_word_before_a_registered_name_is_no_part_of_it(run):
    orgs = _orgs(run, "SEOUL, May 8 — State-run Korea Venture Investment Corp. and a fund signed a deal.")
    assert "Korea Venture Investment Corp." in orgs


def test_a_mission_with_its_seat_and_its_country_is_one_name(run):
    assert "주상하이 대한민국 총영사관" in _orgs(run, "행사장에는 주상하이 대한민국 총영사관 관계자가 찾아 격려했다.")


def test_an_acronym_owning_a_firms_site_is_the_firm(run):
    assert "BYD" in _orgs(run, "The delegation toured BYD's headquarters in Shenzhen.")
    assert not _orgs(run, "The delegation toured the US's largest port.")
    assert "KOTRA" in _orgs(run, "It met buyers at a Korea pavilion organized by KOTRA in Stuttgart.")
    assert not _orgs(run, "It was a pavilion organized by AI in Stuttgart.")


def test_a_complex_is_named_by_its_head(run):
    assert "Saemangeum Korea-China Industrial Cooperation Complex" in _orgs(
        run, "It drew investment to the Saemangeum Korea-China Industrial Cooperation Complex last year.")


def test_a_latin_name_and_a_hangul_one_glossing_each_other_are_both_names(run):
    orgs = _orgs(run, "중국 반도체 기업인 창장메모리(YMTC)는 투자를 늘렸다.")
    assert {"창장메모리", "YMTC"} <= orgs
    orgs = _orgs(run, "KOTRA(대한무역투자진흥공사)는 설명회를 열었다. KOTRA 난징무역관의 관장이 말했다.")
    assert {"KOTRA", "대한무역투자진흥공사", "KOTRA 난징무역관"} <= orgs


def test_a_known_name_running_on_before_a_gloss_that_names_the_longer_body(run):
    orgs = _orgs(run, "19日，代表团先后走访三星生物制剂（Samsung Biologics）松岛工厂。")
    assert "三星生物制剂" in orgs and "三星" not in orgs
    assert "삼성바이오로직스" in _orgs(run, "대표단은 삼성바이오로직스(Samsung Biologics) 송도 공장을 찾았다.")
    assert "三星" in _orgs(run, "代表团走访三星（Samsung）工厂。")


def test_a_hangul_name_glossed_by_its_chinese_name(run):
    assert {"우한시", "武漢市"} <= _orgs(run, "우한시(武漢市) 대표단이 9일 충북을 찾았다.")
    assert _orgs(run, "천진(陳進) 부시장이 이끌었다.") == set()
    assert {"창저우시", "常州市"} <= _orgs(run, "장쑤성 창저우시(常州市) 대표단이 9일 충북을 찾았다.")
