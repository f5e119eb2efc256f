"""Korean organisations the directory does not hold (the open class), and links a name must not
take by sound alone: one test per general mechanism, on probe sentences of our own and a small
directory of its own."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {  # key: (kind, country, names; the first is the primary name)
    "ulsan-government": ("government", "KR", ["울산광역시", "울산시", "Ulsan Metropolitan City"]),
    "kangwon-university": ("university", "KR", ["강원대학교", "강원대", "Kangwon National University"]),
    "wuhan-government": ("government", "CN", ["우한시 인민정부", "Wuhan Municipal People's Government"]),
    "taomi-ev": ("company", "CN", {"ko": "타오미자동차", "en": "Taomi EV"}),
    "itu": ("other", "INT", ["국제전기통신연합", "ITU"]),
    "state-council": ("government", "CN", ["국무원", "State Council"]),
    "korea-ai-association": ("association", "KR", ["한국인공지능협회", "Korea Artificial Intelligence Association"]),
}
PLACES = {  # key: (kind, parent, names)
    "kr": ("country", None, ["한국", "Korea"]),
    "cn": ("country", None, ["중국", "China"]),
    "kr-busan": ("city", "kr", ["부산", "부산광역시", "Busan"]),
    "kr-ulsan": ("city", "kr", ["울산", "울산광역시", "Ulsan"]),
    "kr-gangwon": ("province", "kr", ["강원도", "강원특별자치도", "Gangwon"]),
    "kr-gyeongnam": ("province", "kr", ["경상남도", "경남", "South Gyeongsang"]),
    "kr-gwangju": ("city", "kr", ["광주", "Gwangju"]),
    "cn-wuhan": ("city", "cn", ["우한", "우한시", "Wuhan"]),
    "cn-beijing": ("city", "cn", ["베이징", "Beijing"]),
    "cn-jilin": ("province", "cn", ["길림성", "지린성", "Jilin"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def orgs(doc, g):
    return {(g.orgs[o.entity_id].key if o.entity_id else None, o.mention) for o in doc.orgs}


def mentions(doc):
    return {o.mention for o in doc.orgs}


# -- links a name does not take by sound ----------------------------------------------------------
def test_a_place_with_its_administrative_ending_links_only_to_its_own_government(run, g):
    # 부산광역시 sounds like 울산광역시 and 강원도 like 강원대, but each names its own place's
    # government, which this directory lacks: unlinked, not another body
    doc = run("공사는 강원도, 한국인공지능협회 등과 함께 전시관을 마련했다.")
    assert (None, "강원도") in orgs(doc, g)
    doc = run("무역협회는 부산광역시, 경상남도 등 4개 지자체와 함께 한국관을 꾸렸다.")
    assert (None, "부산광역시") in orgs(doc, g)
    doc = run("울산광역시와 한국인공지능협회가 협약을 맺었다.")  # its own government links
    assert ("ulsan-government", "울산광역시") in orgs(doc, g)


def test_a_bare_name_does_not_link_to_the_body_named_by_it_and_a_generic_word(run, g):
    # 타오미 of Taomi EV (타오미자동차) is the parent or another body, not the carmaker
    doc = run("그곳은 바이로(검색 포털), 타오미 등 글로벌 기업의 탄생지다.")
    assert (None, "타오미") in orgs(doc, g)


def test_a_latin_word_does_not_link_to_an_acronym_that_sounds_like_it(run, g):
    doc = run("이 분야는 메그로(Megro), 이투커지(Yitu), 졸로즈(ZOLOZ) 등 5개 AI 영상인식 스타트업이 선도한다.")
    assert {(None, "이투커지"), (None, "Yitu")} <= orgs(doc, g)
    doc = run("The startup Yitu said it would invest.")
    assert (None, "Yitu") in orgs(doc, g)


# -- organisations named by their units -----------------------------------------------------------
def test_a_unit_written_apart_after_an_unknown_organisation_names_the_organisation(run, g):
    doc = run("홍길동 누리온 중국지역본부장은 \"시장이 크다\"고 말했다.")
    assert mentions(doc) == {"누리온"}
    doc = run("김철수 KOPA 동남아지역본부장이 참석했다. KOPA는 지원을 약속했다.")
    assert mentions(doc) == {"KOPA"}
    doc = run("이영희 혁신성장본부장은 말했다.")  # one word, a plain stem: no organisation
    assert not mentions(doc)


# -- members of a list counted or named as firms --------------------------------------------------
def test_members_of_a_list_of_firms_described_before_their_kind(run, g):
    doc = run("이 분야는 메그로(Megro), 탄소랩(Tanso), 딥스카이(DeepSky) 등 5개 AI 영상인식 스타트업이 선도한다.")
    assert {"메그로", "탄소랩", "딥스카이"} <= mentions(doc)
    doc = run("그곳은 바이로(중국 최대 검색엔진), 레노바(PC 세계 2위), 샤오판 등 글로벌 기업의 탄생지다.")
    assert {"바이로", "레노바", "샤오판"} <= mentions(doc)
    doc = run("반도체, 배터리 등 첨단 기업이 모였다. 중국, 일본 등 해외 기업과 협력한다.")
    assert not mentions(doc)
    doc = run("연구 인력은 구글, 마이크로소프트(MS), 레노바, 바이로 출신 엔지니어들이다.")
    assert {"레노바", "바이로"} <= mentions(doc)  # a gloss in brackets leaves the list as it was


def test_the_investors_and_the_hosts_named_before_what_they_do(run, g):
    doc = run("이 회사는 알리바나, 퀄리콤, 소프트뱅가로부터 투자 유치를 통해 성장했다.")
    assert mentions(doc) == {"알리바나", "퀄리콤", "소프트뱅가"}
    doc = run("대외경제정책연구원, 중국의 국제상보사가 후원하고 경제인 180여명이 참석했다.")
    assert mentions(doc) == {"대외경제정책연구원", "국제상보사"}
    doc = run("김철수가 주최한 오찬에 참석했다. 정부로부터 자금을 지원받았다.")
    assert not mentions(doc)


# -- companies by how the story introduces them ---------------------------------------------------
def test_a_company_introduced_by_its_kind_loses_its_particle(run, g):
    doc = run("인천시는 중국 유니콘급 기업인 센스타임과 의향서를 체결했다.")
    assert "센스타임" in mentions(doc)
    doc = run("대표단은 중국 최초 뇌과학 유니콘인 브레인코(强脑科技)를 방문했다.")
    assert {"브레인코", "强脑科技"} <= mentions(doc)


def test_the_first_of_two_subjects_of_an_agreement_and_its_parent(run, g):
    doc = run("한국누리웨이와 한국인공지능협회가 19일 서울에서 MOU를 체결했다. 누리웨이는 솔루션을 제공한다.")
    assert orgs(doc, g) == {(None, "한국누리웨이"), ("korea-ai-association", "한국인공지능협회"),
                            (None, "누리웨이")}
    doc = run("정부와 한국인공지능협회가 19일 서울에서 MOU를 체결했다.")
    assert mentions(doc) == {"한국인공지능협회"}


# -- universities and public bodies ---------------------------------------------------------------
def test_a_university_written_apart_from_its_name(run, g):
    doc = run("또한 그 기업은 메사추세츠 공대(MIT)가 설립한 연구소에 참여했다.")
    assert mentions(doc) == {"메사추세츠 공대", "MIT"}
    doc = run("그는 캘리포니아 대학교 교수다. 한국 대학 교수들이 모였다. 지역 대학과 협력한다.")
    assert mentions(doc) == {"캘리포니아 대학교"}


def test_a_university_named_after_its_province_beside_another(run, g):
    doc = run("포럼에서는 중국 저장대, 한국 경기대 등 전문가들이 참석했다.")
    assert "저장대" in mentions(doc)


def test_a_campus_of_a_university_the_directory_lacks(run, g):
    doc = run("이는 경희대 국제캠퍼스와 송도가 인재를 배출하기 때문이다.")
    assert "경희대 국제캠퍼스" in mentions(doc)


def test_a_body_of_a_ministry_named_with_the_ministry(run, g):
    doc = run("이번 대회는 외교부, 교육부, 국무원 국유자산감독관리위원회가 공동 주최한다.")
    assert "국무원 국유자산감독관리위원회" in mentions(doc) and "국무원" not in mentions(doc)
    doc = run("협회는 중국 상무부 투자촉진사무국(CIPA)과 현판식을 개최했다.")
    assert mentions(doc) == {"상무부 투자촉진사무국", "CIPA"}


def test_a_provinces_government_named_as_such(run, g):
    doc = run("박람회는 중국 상무부와 길림성 인민 정부가 공동으로 주관한다.")
    assert (None, "길림성 인민 정부") in orgs(doc, g)
    doc = run("우한시 정부가 10일 기자회견을 열었다. 중국 정부는 지원한다.")
    assert orgs(doc, g) == {("wuhan-government", "우한시 정부")}


def test_the_body_a_ceremony_launches(run, g):
    doc = run("시는 지난해 ‘AI 중심도시 비전 선포식’과 ‘로봇산업융합 사업단 출범식’을 가졌다.")
    assert mentions(doc) == {"로봇산업융합 사업단"}


def test_a_park_named_by_its_place_or_a_proper_noun(run, g):
    doc = run("이곳은 첨단산업 단지인 베이징단지 안에서 가장 앞선 시범단지로 개장했다.")
    assert mentions(doc) == {"베이징단지"}
    doc = run("베이징 아파트단지와 주거단지가 늘었다.")  # a place apart, a plain word: no park
    assert not mentions(doc)
