"""Organisation spans in industry news (probe sentences written for the test, on a small directory
of this module's own): a two-word country with a possessive before an English name describes it
("South Korea's Ministry of …"); the Hanja 社 after a Korean name and a particle after a name
opened by 주식회사 stay outside the span; a name joined by 및 to an organisation, or quoted and
joined to a quoted one, is an organisation too, while an ordinary noun so joined is not; a name
a country owns ("Singapore's Grabwell") that acts or is coordinated is an organisation, a person so
written is not; a city's government named as such and sending a delegation is read once."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "en": "Hanbit Robotics"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "China"]),
    "sg": ("country", None, ["Singapore"]),
    "jp": ("country", None, ["Japan"]),
    "hk": ("region", None, ["Hong Kong"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "항저우시", "Hangzhou"]),
    "kr-gyeonggi": ("province", "kr", ["경기도", "Gyeonggi Province"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


# -- English: a country of two words with a possessive -----------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("South Korea's Ministry of Trade, Industry and Energy said exports rose.",
     "Ministry of Trade, Industry and Energy"),
    ("South Korea's Ministry of Science and ICT announced the plan.", "Ministry of Science and ICT"),
    ("Hong Kong's Kowloon Ventures invested in the startup.", "Kowloon Ventures"),
    ("South Korea's Vantaro Electronics will build a plant in Texas.", "Vantaro Electronics"),
])
def test_a_two_word_country_with_a_possessive_is_not_in_the_name(run, text, name):
    assert _orgs(run(text)) == [name]


# -- Korean: the span of a name ------------------------------------------------------------------------
def test_hanja_company_mark_stays_outside_the_name(run):
    assert _orgs(run("바이오 기업 셀바이오텍社는 인도네시아 시장에 진출한다.")) == ["셀바이오텍"]


def test_a_particle_after_a_name_opened_by_jusikhoesa_is_cut(run):
    assert _orgs(run("주식회사 마루에이아이는 지난달 투자를 유치했다.")) == ["마루에이아이"]


# -- Korean: a name paired with an organisation --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "네오시스템 및 한빛로보틱스가 이번 사업에 참여했다.",
    "한빛로보틱스 및 네오시스템이 이번 사업에 참여했다.",
])
def test_a_name_joined_by_mit_to_an_organisation_is_one(run, text):
    assert _orgs(run(text)) == ["네오시스템", "한빛로보틱스"]


def test_a_quoted_name_joined_to_a_quoted_organisation_is_one(run):
    doc = run("스타트업 ‘플로우엑스’와 ‘한빛로보틱스’가 지원 대상에 선정됐다.")
    assert _orgs(doc) == ["플로우엑스", "한빛로보틱스"]


@pytest.mark.parametrize("text", [
    "정부 및 한빛로보틱스가 이번 사업에 참여했다.",
    "‘AI 혁신’과 ‘한빛로보틱스’가 지원 대상에 선정됐다.",
])
def test_an_ordinary_word_or_phrase_so_joined_is_not(run, text):
    assert _orgs(run(text)) == ["한빛로보틱스"]


# -- English: a name a country owns -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("Singapore's Grabwell signed an MOU with the city.", ["Grabwell"]),
    ("Toplane and Singapore's Grabwell signed an MOU.", ["Grabwell", "Toplane"]),
    ("The company signed a deal with Japan's Tokuyo.", ["Tokuyo"]),
    ("China's Xi Jinping said ties would deepen.", []),
])
def test_a_name_a_country_owns_is_an_organisation_unless_a_person(run, text, names):
    assert _orgs(run(text)) == names


# -- Korean: a government named as such ---------------------------------------------------------------
def test_a_government_named_as_such_is_read_once(run):
    assert "항저우시 정부" in _orgs(run("중국 항저우시 정부 대표단이 경기도를 방문했다."))
