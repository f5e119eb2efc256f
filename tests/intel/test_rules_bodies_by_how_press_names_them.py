"""Bodies named the way the Korean and English press writes them, unseen in the directory: a
Korean transliteration glossed by a Chinese name that ends in a line of business (광저우약업(广州医药))
or owned by a group before it (바이두 계열의 X(…)); a city's chamber by its short form (광주상의); a
university hospital before a title; the subject of what only a company does (법인을 설립,
시리즈B); a quoted centre named by two cities ('울산-우한 …센터'); a hired exhibition hall
(국가회의전람센터) is a venue; a bare committee is no name. English: a Korean province romanised
with -do acting as its government, even after 'South Korea's'; a research firm cited for
figures; a network formed; a cluster in apposition; a body's office in a city. Chinese: a
province whose offices act unnamed (与全罗南道相关部门座谈) is its government. Probe sentences
written for the test, on a directory of the module's own."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {  # key: (kind, country, names)
    "kotra": ("agency", "KR", {"en": "KOTRA", "ko": "코트라"}),
    "kotra-wuhan": ("agency", "KR", {"en": "KOTRA Wuhan", "ko": "KOTRA 우한무역관"}),
    "whu": ("university", "CN", {"ko": "우한대학교", "en": "Wuhan University"}),
    "jeonnam": ("government", "KR", {"en": "Jeollanam-do Provincial Government", "ko": "전라남도",
                                     "zh-Hans": "全罗南道"}),
    "baidu": ("company", "CN", {"ko": "바이두", "en": "Baidu"}),
}
PLACES = {key: (kind, None, names) for key, kind, names in [
    ("kr", "country", ["한국", "Korea", "South Korea"]), ("cn", "country", ["중국", "China"]),
    ("kr-gwangju", "city", ["광주", "광주시"]), ("kr-ulsan", "city", ["울산", "울산시"]),
    ("cn-wuhan", "city", ["우한", "Wuhan", "武汉"]), ("cn-guangzhou", "city", ["광저우", "广州"]),
    ("cn-shanghai", "city", ["상하이", "Shanghai", "上海"]), ("us-chicago", "city", ["Chicago"]),
    ("kr-jeonnam", "province", ["전라남도", "Jeollanam-do", "全罗南道"])]}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def names(run, text):
    return {o.mention for o in run(text).orgs}


def linked(run, g, text):
    return {o.mention: g.orgs[o.entity_id].key for o in run(text).orgs if o.entity_id is not None}


@pytest.mark.parametrize("text, expected", [
    ("광저우약업(广州医药)은 올해 스타트업 두 곳과 공동개발 계약을 맺었다.", {"광저우약업", "广州医药"}),
    ("베이징에 본사를 둔 신위안생물(新元生物)처럼 빠르게 성장한 사례가 있다.", {"신위안생물", "新元生物"}),
    ("중국 바이두 계열의 두샤오만(度小满)과 손잡고 결제 서비스를 운영한다.", {"바이두", "두샤오만", "度小满"}),
])
def test_a_chinese_gloss_or_an_owner_makes_the_hangul_a_firm(run, g, text, expected):
    assert names(run, text) == expected


def test_a_person_glossed_in_chinese_stays_a_person(run, g):
    assert names(run, "시진핑(习近平) 주석은 이날 연설했다.") == set()


@pytest.mark.parametrize("text, expected", [
    ('광주상의 관계자는 "내년에도 상담회를 열겠다"고 말했다.', {"광주상의"}),
    ('박민수 부산대병원 교수는 "공동 연구가 필요하다"고 말했다.', {"부산대병원"}),
    ("울산시는 내년 '울산-우한 수소협력센터'를 열 계획이다.", {"울산시", "울산-우한 수소협력센터"}),
    ("박람회는 상하이 훙차오 국가회의전람센터에서 열렸다.", set()),
])
def test_korean_bodies_by_their_press_forms(run, g, text, expected):
    assert names(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("한빛바이오는 내년 싱가포르에 법인을 설립할 계획이다.", {"한빛바이오"}),
    ("누리로보틱스는 지난달 120억 원 규모의 시리즈B 투자를 유치했다.", {"누리로보틱스"}),
    ("업계는 올해 매출이 늘 것으로 본다.", set()),
    ("정부는 현지 법인 설립 절차를 간소화하기로 했다.", set()),
])
def test_the_subject_of_what_only_a_company_does_is_a_company(run, g, text, expected):
    assert names(run, text) == expected


def test_a_committee_with_no_zone_read_onto_it_is_no_name(run, g):
    assert "관리위원회" not in names(run, "11일에는 톈푸신구(天府新区) 관리위원회를 둘러봤다.")


def test_a_chamber_needs_a_city_and_the_verb_is_no_chamber(run, g):
    assert names(run, "두 사람은 일정을 상의했다.") == set()
    assert names(run, "정장 상의를 입었다.") == set()


def test_a_university_written_with_daehak_is_the_one_in_daehakgyo(run, g):
    assert linked(run, g, "충남대는 우한대학과 공동연구에 합의했다.") == {"우한대학": "whu"}


@pytest.mark.parametrize("text", [
    "A delegation from South Korea's Jeollanam-do visited Wuhan.",
    "Jeollanam-do and the Hubei provincial government signed a memorandum.",
])
def test_a_romanised_province_acting_is_its_government(run, g, text):
    assert linked(run, g, text).get("Jeollanam-do") == "jeonnam"


@pytest.mark.parametrize("text", [
    "访韩期间，代表团还将与全罗南道相关部门座谈。",
    "全罗南道有关负责人在视频致辞中表示，希望加强合作。",
])
def test_a_provinces_offices_unnamed_are_its_government(run, g, text):
    assert linked(run, g, text).get("全罗南道") == "jeonnam"


def test_a_province_as_a_place_stays_a_place(run, g):
    assert "Jeollanam-do" not in linked(run, g, "The plant is in Jeollanam-do, near the coast.")


@pytest.mark.parametrize("text, expected", [
    ("Prices rose 12 percent in the third quarter, according to Omdia Research.", {"Omdia Research"}),
    ("Shipments fell, according to data from TrendForce.", {"TrendForce"}),
    ("The deal closed in May, according to Kim Young-hee, a ministry official.", set()),
    ("The two agencies will form the Asia Pacific Robotics Safety Network next year.",
     {"Asia Pacific Robotics Safety Network"}),
    ("The group toured Lakeside Photonics Valley, an industrial cluster in the city.",
     {"Lakeside Photonics Valley"}),
])
def test_english_bodies_by_context(run, g, text, expected):
    assert names(run, text) == expected


def test_a_bodys_office_in_a_city_is_that_office(run, g):
    text = "The seminar, co-organized by the city and KOTRA's Wuhan office, drew 80 companies."
    assert linked(run, g, text) == {"KOTRA's Wuhan office": "kotra-wuhan"}
    said = '"Demand is strong," said Lee Min-ho, head of KOTRA\'s Chicago trade center.'
    assert names(run, said) == {"KOTRA's Chicago trade center"}
    assert linked(run, g, said) == {}
