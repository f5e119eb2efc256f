"""Names lost to how a page is laid out or to a form the rules did not know (probe sentences
written for the test): a bulleted item of an event listing (▲기관은 … 연다. … 맡는다.) is story,
where a picture's caption under the same arrow is not; a diplomatic mission named by a Latin seat
or host (주UAE 한국대사관, 주한 UAE 대사관); a city or an emirate named with 정부 is its
government (아부다비 정부), a country is not; a name opened by two parties and a dash
(한-아세안센터, 한-아랍소사이어티); a park written apart from a name Kiwi does not know (옌퐁
산업단지), never from an ordinary word or across a list; a prefecture that signs beside an
organisation is its government; a directory name that opens inside a word and runs over a space
is none (복수학위 프로그램 holds no 위프로)."""

import pytest

from gyoryu.intel.text import boilerplate_kind
from tests.intel.small_directory import small_gazetteer

ORGS = {
    "ksia-test": ("association", "KR", ["한빛반도체협회", "Hanbit Semiconductor Association"]),
    "wipro-test": ("company", "IN", ["위프로", "Wipro"]),
}
PLACES = {
    "kr": ("country", None, ["한국", "South Korea"]),
    "ae": ("country", None, ["UAE", "아랍에미리트"]),
    "ae-abu-dhabi": ("province", "ae", ["아부다비", "Abu Dhabi"]),
    "jp-kumamoto": ("province", "jp", ["Kumamoto Prefecture", "구마모토현"]),
    "cn-quanzhou": ("city", "cn", ["취안저우"]),
    "cn-suzhou": ("city", "cn", ["쑤저우"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


def test_a_listed_item_is_story_and_a_caption_is_not():
    item = "▲한빛정보진흥원은 오는 14일 세미나를 연다. 지역 기업 8곳이 참가한다. 원장이 개회사를 맡는다."
    assert boilerplate_kind(item) is None
    caption = "▲ 한빛정보진흥원 원장(왼쪽)이 협약을 맺은 뒤 기념촬영을 하고 있다. (사진=한빛정보진흥원 제공)"
    assert boilerplate_kind(caption) == "caption"
    assert boilerplate_kind("▲ 참석자들이 개막식에서 테이프 커팅을 하고 있다.") == "caption"


def test_the_organisations_of_a_listed_item_are_read(run, g):
    doc = run("▲한빛정보진흥원은 오는 14일 세미나를 연다. 지역 기업 8곳이 참가한다.\n\n"
              "▲한빛반도체협회는 홍콩 전시회에 한국관을 꾸린다. 국내 기업 18개사가 참가한다.")
    assert {"한빛정보진흥원", "한빛반도체협회"} <= set(_orgs(doc))


@pytest.mark.parametrize("text, name", [
    ("주UAE 한국대사관과 투자청이 포럼을 공동 주최했다.", "주UAE 한국대사관"),
    ("주한 UAE 대사관은 설명회를 온라인으로 개최한다.", "주한 UAE 대사관"),
])
def test_a_mission_named_by_a_latin_seat_or_host(run, g, text, name):
    assert name in _orgs(run(text))


def test_an_emirate_named_with_its_government_is_the_government(run, g):
    assert _orgs(run("아부다비 정부가 지분을 가진 기술기업이 모델을 공개했다.")) == ["아부다비 정부"]
    assert _orgs(run("한국 정부는 지원책을 내놓았다.")) == []  # a country's: no body of the story


@pytest.mark.parametrize("text, name", [
    ("한-아세안센터는 자카르타에서 상담회를 연다.", "한-아세안센터"),
    ("한-아랍소사이어티는 19일 설명회를 개최한다.", "한-아랍소사이어티"),
])
def test_a_name_opened_by_two_parties_and_a_dash(run, g, text, name):
    assert name in _orgs(run(text))


def test_a_dash_between_places_names_no_centre(run, g):
    assert _orgs(run("서울-부산센터 간 거리는 멀다.")) == []


@pytest.mark.parametrize("text, name", [
    ("삼성전자 공장이 있는 옌퐁 산업단지를 방문했다.", "옌퐁 산업단지"),
    ("하노이 인근 빈즈엉 공업단지에 공장을 세운다.", "빈즈엉 공업단지"),
    ("협력사들은 선양하이테크산업개발구에 입주해 있다.", "선양하이테크산업개발구"),
    ("세미나는 선전소프트웨어산업기지에서 열린다.", "선전소프트웨어산업기지"),
])
def test_a_park_named_by_its_head(run, g, text, name):
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", [
    "국가 산업단지 조성이 추진된다.",
    "반도체 산업단지에 입주했다.",
    "대표단은 쑤저우, 취안저우 산업단지를 방문한다.",  # the head is said of each member
])
def test_no_park_from_an_ordinary_word_or_across_a_list(run, g, text):
    assert not any("산업단지" in o for o in _orgs(run(text)))


def test_a_prefecture_that_signs_beside_an_organisation_is_its_government(run, g):
    doc = run("On Wednesday, Kumamoto Prefecture and the Hanbit Semiconductor Association signed "
              "a memorandum of understanding.")
    assert "Kumamoto Prefecture" in _orgs(doc)
    doc = run("Suppliers in Kumamoto Prefecture and the Hanbit Semiconductor Association were surveyed.")
    assert "Kumamoto Prefecture" not in _orgs(doc)


def test_a_name_opening_inside_a_word_does_not_run_over_a_space(run, g):
    assert _orgs(run("두 대학은 복수학위 프로그램을 운영한다.")) == []
    assert _orgs(run("인도 위프로와 협약을 맺었다.")) == ["위프로"]
