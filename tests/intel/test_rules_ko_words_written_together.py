"""Korean names written as one word with what is around them: a region written onto a national
body's name is the region's own body (경남 + 로봇산업협회); a one-syllable head read inside a longer
word (창원국|가산업단지) gives way to the word's own head; a Chinese city's university written with
대학 (쑤저우대학); places listed with firms found only later in the story act as governments; and
a province's short name acting (제주도는) is its government, where it stays a place otherwise; a legal
entity's kind before a quoted name (합작법인 'X', 현지법인 'X 타이완') makes it a firm.
Probe sentences written for the test, on a directory of the module's own."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {  # key: (kind, country, names)
    "kari": ("association", "KR", {"ko": "한국로봇산업협회", "en": "Korea Association of Robot Industry"}),
    "kto": ("agency", "KR", {"ko": "한국관광공사", "en": "Korea Tourism Organization"}),
    "jeju": ("government", "KR", {"ko": "제주특별자치도", "en": "Jeju Special Self-Governing Province"}),
    "saemangeum": ("agency", "KR", {"ko": "새만금개발청", "en": "Saemangeum Development Agency"}),
}
ALIASES = {"kari": ["로봇산업협회"], "kto": ["관광공사"], "jeju": ["제주도"]}
PLACES = {key: (kind, parent, names) for key, kind, parent, names in [
    ("kr", "country", None, ["한국"]), ("cn", "country", None, ["중국"]),
    ("kr-gyeongnam", "province", "kr", ["경상남도", "경남"]), ("kr-busan", "city", "kr", ["부산"]),
    ("kr-jeju", "province", "kr", ["제주특별자치도", "제주도", "제주"]),
    ("kr-changwon", "city", "kr-gyeongnam", ["창원"]), ("kr-yeosu", "city", "kr", ["여수"]),
    ("kr-jeonbuk", "province", "kr", ["전북특별자치도"]), ("kr-iksan", "city", "kr", ["익산시", "익산"]),
    ("cn-suzhou", "city", "cn", ["쑤저우"]), ("cn-nanjing", "city", "cn", ["난징"]),
    ("cn-changzhou", "city", "cn", ["창저우시", "창저우"])]}


@pytest.fixture(scope="module")
def g():
    orgs = {k: (kind, c, {**names, **{f"alias{i}": a for i, a in enumerate(ALIASES.get(k, []))}})
            for k, (kind, c, names) in ORGS.items()}
    return small_gazetteer(orgs, PLACES)


def found(run, g, text):
    """Each organisation mention: its directory key, or None when unlinked."""
    return {o.mention: (g.orgs[o.entity_id].key if o.entity_id is not None else None) for o in run(text).orgs}


@pytest.mark.parametrize("text, whole, national", [
    ("17일에는 경남로봇산업협회 관계자들이 현지 기업을 찾았다.", "경남로봇산업협회", "로봇산업협회"),
    ("부산관광공사는 다음 달 중국 여행사 관계자를 초청한다.", "부산관광공사", "관광공사"),
    ("제주관광공사와 여행사들이 상품을 함께 만든다.", "제주관광공사", "관광공사"),
])
def test_a_region_written_onto_a_national_body_is_the_regions_own(run, g, text, whole, national):
    got = found(run, g, text)
    assert got.get(whole, "missing") is None  # the regional body, unlinked: a candidate
    assert national not in got


def test_the_national_body_written_whole_stays_linked(run, g):
    got = found(run, g, "한국관광공사와 한국로봇산업협회가 협약했다.")
    assert got == {"한국관광공사": "kto", "한국로봇산업협회": "kari"}


@pytest.mark.parametrize("text, name", [
    ("두 기관은 창원국가산업단지와 쑤저우 입주 기업의 교류를 지원한다.", "창원국가산업단지"),
    ("두 기관은 여수국가산업단지와 협력한다.", "여수국가산업단지"),
])
def test_a_one_syllable_head_inside_a_longer_word_gives_way(run, g, text, name):
    got = found(run, g, text)
    assert name in got
    assert not any(m.endswith("국") for m in got)


def test_a_bureau_glued_to_its_city_is_still_read(run, g):
    assert "창저우시상무국" in found(run, g, "창저우시상무국과 새만금개발청이 협약을 맺었다.")


@pytest.mark.parametrize("text, name", [
    ("대표단은 쑤저우대학을 찾아 연구실을 둘러봤다.", "쑤저우대학"),
    ("난징대학과 공동연구를 시작했다.", "난징대학"),
])
def test_a_chinese_citys_university_written_with_daehak(run, g, text, name):
    assert found(run, g, text).get(name, "missing") is None


def test_ordinary_words_in_daehak_are_no_university(run, g):
    assert found(run, g, "한국대학 교육이 바뀌고, 시대학 강의가 늘었다.") == {}


def test_places_listed_with_firms_the_story_names_earlier_are_governments(run, g):
    text = ("중국 소재 기업 화신신에너지가 국내 기업 동해소재와 손잡고 공장을 짓는다. "
            "새만금개발청은 21일 전북특별자치도, 익산시, 화신신에너지, 동해소재와 투자협약을 체결했다.")
    got = found(run, g, text)
    assert {"전북특별자치도", "익산시"} <= set(got)


def test_a_provinces_short_name_acting_is_its_government_else_a_place(run, g):
    doc = run("한편 제주도는 자매결연 지역과 다음 달 교류 행사를 연다. 관광객은 제주도에서 쇼핑했다.")
    assert [(o.mention, g.orgs[o.entity_id].key) for o in doc.orgs] == [("제주도", "jeju")]
    assert any(p.mention == "제주도" for p in doc.places)


@pytest.mark.parametrize("text, name", [
    ("두 회사는 합작법인 '대한배터리머티리얼즈'를 이달 중 설립한다.", "대한배터리머티리얼즈"),
    ("한빛테크는 대만 현지법인 '한빛테크 타이완'을 세웠다.", "한빛테크 타이완"),
])
def test_a_legal_entitys_kind_then_its_quoted_name(run, g, text, name):
    assert found(run, g, text).get(name, "missing") is None


def test_a_quoted_ordinary_word_after_an_entitys_kind_is_no_name(run, g):
    assert found(run, g, "새 법인 '설립'을 추진한다.") == {}
