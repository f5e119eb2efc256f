"""Korean organisations the directory does not hold, round 5: lists whose context says their
members are firms though none is known, the first member of a list Kiwi splits, and a firm named
again by its own word alone. Probe sentences of our own, on the small directory of the open-class
probes."""

import pytest

from tests.intel.small_directory import small_gazetteer
from tests.intel.test_rules_ko_open import ORGS, PLACES


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def mentions(doc):
    return {o.mention for o in doc.orgs}


# -- a list that acts as firms do ----------------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("이번 행사에는 한빛로보·세움AI·미르바이오 등이 참여해 신제품을 선보였다.", {"한빛로보", "세움AI", "미르바이오"}),
    ("올해 지원 대상으로 코어텍·한울정밀·새봄헬스 등이 선정됐다.", {"코어텍", "한울정밀", "새봄헬스"}),
    ("센터에는 다올테크, 로보랩, 하람소프트 등이 입주해 있다.", {"다올테크", "로보랩", "하람소프트"}),
])
def test_the_members_of_a_list_that_takes_part_are_firms(run, g, text, names):
    # no member is known: the list taking part, being chosen or moving in says they are firms
    assert names <= mentions(run(text))


@pytest.mark.parametrize("text", [
    "로봇·자율주행·AI 등이 참여하는 분야다.",
    "대학·연구소·기업 등이 참여하는 협의체다.",
    "지자체·공공기관 등이 참여한다.",
    "김철수·이영희 등이 참석했다.",
    "반도체·배터리·바이오 등 첨단산업 분야를 중심으로 협력한다.",
])
def test_a_list_of_fields_kinds_or_people_that_takes_part_names_no_firm(run, g, text):
    # industries, kinds of body and people take part too: Kiwi reads them as words or names
    assert mentions(run(text)) == set()


def test_a_list_that_takes_part_needs_a_list(run, g):
    # one word before 등이 is no list: '그 등이 참여' says nothing of what it is
    assert mentions(run("관련 업계 등이 참여했다.")) == set()


# -- a firm named again by its own word ----------------------------------------------------------
def test_a_firm_named_again_by_its_own_word_is_the_same_firm(run, g):
    doc = run("라온로보틱스는 이날 새 로봇을 공개했다. 라온은 내년 상장을 추진한다.")
    short = next(o for o in doc.orgs if o.mention == "라온")
    assert short.gloss_of is not None and short.gloss_of.mention == "라온로보틱스"


def test_a_word_before_a_kind_of_business_is_no_short_name_when_it_is_a_place_or_a_word(run, g):
    # 울산 is a place the directory knows; 미래 an ordinary word Kiwi reads as such
    doc = run("울산에너지 관계자는 설명했다. 울산은 수소 도시다. 다음달 미래 산업을 논의한다.")
    assert not {"울산", "미래"} & mentions(doc)


# -- a list member with an organisation's ending on a name ---------------------------------------
def test_a_list_member_that_is_a_name_with_an_organisations_ending_is_one(run, g):
    # Kiwi reads the ending (클라우드, 에너지) as a word after the proper noun: still a name
    doc = run("트라이로봇랩스·누리클라우드·다온에너지는 이날 협약을 맺었다.")
    assert {"트라이로봇랩스", "누리클라우드", "다온에너지"} <= mentions(doc)


def test_a_field_with_an_organisations_ending_in_a_list_is_no_member(run, g):
    # 수소에너지 and 그린바이오 are fields: an ordinary word before the ending
    doc = run("트라이로봇랩스·수소에너지·그린바이오 분야를 키운다.")
    assert not {"수소에너지", "그린바이오"} & mentions(doc)


# -- heads ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("정보통신기획평가원은 이날 사업 공고를 냈다.", "정보통신기획평가원"),
    ("한국교육개발원 관계자가 참석했다.", "한국교육개발원"),
    ("베이징인공지능실험실과 공동 연구를 진행한다.", "베이징인공지능실험실"),
])
def test_an_evaluation_or_development_institute_or_a_places_laboratory_is_a_body(run, g, text, name):
    assert name in mentions(run(text))


@pytest.mark.parametrize("text", ["두 대학은 공동실험실을 세우기로 했다.", "대학 내 AI 실험실에서 연구한다."])
def test_a_laboratory_that_is_no_names_is_no_body(run, g, text):
    assert mentions(run(text)) == set()


# -- a list opened by a name found elsewhere or cut by Kiwi ---------------------------------------
def test_a_name_found_elsewhere_opens_the_list_it_is_repeated_in(run, g):
    # 한가람 is found by its context in the first sentence; in the second, Kiwi reads its first
    # syllable as a word (한|가람), and the list it opens still gives its other member
    doc = run("이 회사는 신제품을 냈다고 한가람 관계자가 말했다. 한가람·한가람클라우드는 이날 협약을 맺었다.")
    assert "한가람클라우드" in mentions(doc)


def test_a_kind_of_business_alone_in_a_list_is_no_firm(run, g):
    # Kiwi splits '한빛 로보틱스' at the space: its second word alone names no firm
    doc = run("전시회에는 한빛 로보틱스, 세움AI, 미르바이오 등 15개사가 참가했다.")
    assert {"세움AI", "미르바이오"} <= mentions(doc) and "로보틱스" not in mentions(doc)


# -- a head office names its firm ------------------------------------------------------------------
def test_a_name_before_its_head_office_is_a_firm(run, g):
    assert "누리봇" in mentions(run("대표단은 선전에 있는 누리봇 본사를 찾았다."))


@pytest.mark.parametrize("text", ["대표단은 회사 본사를 찾았다.", "대표단은 부산 본사를 찾았다."])
def test_a_word_or_a_place_before_a_head_office_is_no_firm(run, g, text):
    assert mentions(run(text)) == set()


@pytest.mark.parametrize("text", ["본사는 서초구 염리동 본사에서 열렸다.", "회사는 린강에 본사를 둔 기업이다."])
def test_an_address_before_a_head_office_is_no_firm(run, g, text):
    assert not {"염리동", "린강", "린강에"} & mentions(run(text))
