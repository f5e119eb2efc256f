"""Korean organisations as the press writes them: one test per general mechanism, on probe
sentences of our own and a small directory of its own."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {  # key: (kind, country, names; the first is the primary name)
    "stanford": ("university", "US", ["스탠퍼드대학교", "스탠포드", "스탠퍼드대", "Stanford University"]),
    "cuhk": ("university", "HK", ["홍콩중문대학교", "홍콩중문대", "The Chinese University of Hong Kong"]),
    "yonsei": ("university", "KR", ["연세대학교", "연세대", "Yonsei University"]),
    "mofa-kr": ("government", "KR", ["외교부", "Ministry of Foreign Affairs"]),
    "mofa-cn": ("government", "CN", ["중국 외교부", "外交部"]),
    "kotra": ("government", "KR", ["KOTRA", "코트라", "대한무역투자진흥공사"]),
    "naver": ("company", "KR", ["네이버", "NAVER"]),
    "robotis": ("company", "KR", ["로보티즈", "ROBOTIS"]),
    "hubei-government": ("government", "CN", ["후베이성 인민정부", "후베이성", "Hubei Provincial Government"]),
}
PLACES = {  # key: (kind, parent, names)
    "hk": ("country", None, ["홍콩", "Hong Kong"]),
    "cn": ("country", None, ["중국", "China"]),
    "kr": ("country", None, ["한국", "Korea"]),
    "sa": ("country", None, ["사우디", "사우디아라비아"]),
    "kr-seoul": ("city", "kr", ["서울", "Seoul"]),
    "kr-busan": ("city", "kr", ["부산", "Busan"]),
    "cn-harbin": ("city", "cn", ["하얼빈", "Harbin"]),
    "cn-beijing": ("city", "cn", ["베이징", "Beijing"]),
    "cn-hubei": ("province", "cn", ["후베이성", "후베이", "Hubei"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def orgs(doc, g):
    return {(g.orgs[o.entity_id].key if o.entity_id else None, o.mention) for o in doc.orgs}


def mentions(doc):
    return {o.mention for o in doc.orgs}


# -- span boundaries ------------------------------------------------------------------------------
def test_a_place_that_is_part_of_a_university_name_stays_in_it(run, g):
    doc = run("그는 홍콩 중문대 교수로 일하다가 창업했다.")
    assert orgs(doc, g) == {("cuhk", "홍콩 중문대")}
    doc = run("중국 외교부 대변인이 밝혔다.")  # the rest names a body alone: the country describes it
    assert mentions(doc) == {"외교부"}


def test_a_university_written_on_to_dae_and_its_campus(run, g):
    doc = run("연구진은 스탠포드대 출신 박사들이다.")
    assert orgs(doc, g) == {("stanford", "스탠포드대")}
    doc = run("행사는 연세대 국제캠퍼스에서 열렸고 연세대학교 관계자가 참석했다.")
    assert {"연세대 국제캠퍼스", "연세대학교"} <= mentions(doc)


def test_short_university_names_in_dae(run, g):
    doc = run("프린스턴대와 협력하고 예일대 교수를 초빙했다.")
    assert {"프린스턴대", "예일대"} <= mentions(doc)
    doc = run("하얼빈공업대 연구진과 홍콩 이공대가 참여했다.")
    assert {"하얼빈공업대", "홍콩 이공대"} <= mentions(doc)
    doc = run("부산 해운대에서 디지털시대의 인재 20대 청년들이 모였다.")
    assert not mentions(doc)


def test_a_name_that_opens_with_a_modifier_apart(run, g):
    doc = run("양측은 서울에 글로벌 반도체협회를 설립하기로 했다.")
    assert mentions(doc) == {"글로벌 반도체협회"}
    doc = run("정부는 국립 인공지능 연구원 설립을 추진한다. 국립중앙박물관도 참여한다.")
    assert mentions(doc) == {"국립 인공지능 연구원", "국립중앙박물관"}
    doc = run("대학 안에 스마트시티 연구센터를 건립하기로 했다.")
    assert mentions(doc) == {"스마트시티 연구센터"}
    doc = run("양사는 공동 연구센터를 설립한다. 그는 전자통신 연구원이다.")
    assert not mentions(doc)


# -- unknown companies by their context -----------------------------------------------------------
def test_legal_markers_stay_outside_and_particles_are_cut(run, g):
    doc = run("㈜한빛소프트웨어와 (주)다온씨앤씨가 협약을 맺었다. 마루시스템㈜는 신제품을 내놓았다.")
    assert mentions(doc) == {"한빛소프트웨어", "다온씨앤씨", "마루시스템"}
    doc = run("참가 업체는 모두 네 곳이다. 명단은 ㈜로보티즈 등이다.")
    assert "참가 업체는" not in mentions(doc)


def test_a_title_and_a_person_after_a_name_make_it_a_company(run, g):
    doc = run("행사에는 뉴로메카 대표 박종훈, 에이블제이 대표 김민수가 참석했다.")
    assert {"뉴로메카", "에이블제이"} <= mentions(doc)
    doc = run("다온플러스(대표 홍길동)는 대구에서 창업했다.")
    assert "다온플러스" in mentions(doc)
    doc = run("회사 대표 김철수가 말했다. 한중 AI CEO 서밋이 열렸다. 중국사업본부 대표 이영희가 왔다.")
    assert not mentions(doc)


def test_a_sentence_saying_its_subject_is_a_firm(run, g):
    doc = run("아큐플라이 AI는 드론 관제 솔루션을 개발하는 기업이다.")
    assert mentions(doc) == {"아큐플라이 AI"}
    doc = run("BuildBlock은 서울에 본사를 둔 블록체인 스타트업이다.")
    assert mentions(doc) == {"BuildBlock"}
    doc = run("한편 스페이스린텍은 우주 바이오 스타트업으로 알려져 있다.")
    assert mentions(doc) == {"스페이스린텍"}
    doc = run("이곳은 세계적인 기업이다. 정부는 기업으로 등록했다.")
    assert not mentions(doc)


def test_a_partner_in_an_agreement_and_members_counted_as_firms(run, g):
    doc = run("시는 이날 퓨처플레이와 업무협약을 체결했다. 이 회사는 하이퍼센싱과 공동개발 협약을 맺었다.")
    assert mentions(doc) == {"퓨처플레이", "하이퍼센싱"}
    doc = run("정부는 양국과 협약을 맺었다. 그는 중국과 MOU를 맺었다.")
    assert not mentions(doc)
    doc = run("뉴빌리티, 로보링크, 플라잎 등 5개 기업이 참가했다.")
    assert mentions(doc) == {"뉴빌리티", "로보링크", "플라잎"}


# -- what is not an organisation ------------------------------------------------------------------
def test_programmes_and_events_are_no_organisations(run, g):
    doc = run("KOTRA는 본사에서 ‘프리 K바이오인재팬’ 행사를 열었다. ‘K바이오인재팬’ 사절단은 가을에 간다.")
    assert mentions(doc) == {"KOTRA"}
    doc = run("KOTRA 셀코리아 연계 수출상담회가 열렸다.")
    assert mentions(doc) == {"KOTRA"}


def test_an_internal_unit_is_its_parent(run, g):
    doc = run("김철수 KOTRA 동남아지역본부장은 협력을 강조했다.")
    assert orgs(doc, g) == {("kotra", "KOTRA")}


def test_a_province_listed_with_a_region_is_a_place(run, g):
    doc = run("특히 화남지역과 후베이성은 중국 배터리산업의 중심이다.")
    assert not mentions(doc) and "후베이성" in {p.mention for p in doc.places}
    doc = run("KOTRA와 후베이성은 협약을 맺었다.")  # beside a party, it acts
    assert orgs(doc, g) == {("kotra", "KOTRA"), ("hubei-government", "후베이성")}


def test_a_kind_of_graduate_school_is_no_name(run, g):
    assert not mentions(run("시는 AI 전문대학원 개원을 추진한다."))


# -- government bodies ----------------------------------------------------------------------------
def test_ministries_named_by_policy_words(run, g):
    doc = run("베트남 기획투자부는 한국 기업 유치에 나섰다.")
    assert mentions(doc) == {"기획투자부"}
    doc = run("네이버는 말레이시아 투자부와 협약을 맺었다.")  # one word, after a country Kiwi knows
    assert mentions(doc) == {"네이버", "투자부"}
    doc = run("그는 해외영업부와 경영지원부를 거쳐 기술개발부로 옮겼다. 김 부장은 기획부에 있다.")
    assert not mentions(doc)


# -- bodies named as such -------------------------------------------------------------------------
def test_a_tentative_name_and_a_group_affiliate(run, g):
    doc = run("양측은 서울에 세울 첨단로봇협력센터(가칭)를 통해 교류한다.")
    assert mentions(doc) == {"첨단로봇협력센터"}
    assert not mentions(run("기관이 내놓을 '슈퍼 앱(가칭)'에 기술을 넣는다."))
    doc = run("지난해 SK인텔릭스를 통해 로봇을 냈고 HD현대로보틱스와 협력한다.")
    assert {"SK인텔릭스", "HD현대로보틱스"} <= mentions(doc)
    assert not mentions(run("AI인재를 뽑고 ICT기업을 돕는다."))


def test_lists_of_firms_counted_or_introduced_and_a_zone_body(run, g):
    doc = run("참가 기업은 로보스타, 유진로봇, 트위니 등 국내 로봇 기업 15개사로 상담을 했다.")
    assert mentions(doc) == {"로보스타", "유진로봇", "트위니"}
    doc = run("참가 기업은 뉴빌리티, 로보링크, 플라잎 등이다. 오후에는 마음에이아이 등 스타트업 10여곳과 만났다.")
    assert mentions(doc) == {"뉴빌리티", "로보링크", "플라잎", "마음에이아이"}
    doc = run("왕리 난산구 부구청장이 참석했다.")
    assert not mentions(doc)
    doc = run("로보티즈와 중국 허페이시 고신구 관리위원회는 교류를 늘리기로 했다.")
    assert "고신구 관리위원회" in mentions(doc)
