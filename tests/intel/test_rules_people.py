"""People as the press names them: a name and its title (either order, with the office's place,
body and unit between), names glossed in brackets, a Chinese name before its title, Korean and
Chinese names in romanised form. Every probe sentence is written for its test."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "naver": ("company", "KR", {"ko": "네이버", "en": "NAVER"}),
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "en": "Hanbit Robotics"}),
    "kaia": ("association", "KR", {"ko": "한국인공지능협회", "en": "Korea AI Association"}),
    "yeonwoo": ("research", "KR", {"ko": "연우연구원", "en": "Yeonwoo Institute"}),
}
PLACES = {  # key: (kind, parent, names)
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn-shandong": ("province", "cn", ["산둥성", "山东省", "Shandong"]),
    "cn-hongkong": ("city", "cn", ["홍콩", "香港", "Hong Kong"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _people(doc):
    return {p.mention: (p.role, p.org_mention) for p in doc.people}


def test_a_korean_title_after_the_office_place_body_and_unit(run):
    doc = run("남궁민수 한국 국회의원이 축사를 했다. 한빛로보틱스 주가람 사업총괄 사장이 발표했다.")
    people = _people(doc)
    assert people["남궁민수"][0] == "국회의원"
    assert people["주가람"] == ("사장", "한빛로보틱스")


def test_a_word_kiwi_does_not_know_before_a_title_is_a_name_but_words_are_not(run):
    doc = run("궈샤오펑 산둥성 부성장과 인공지능 교수들이 회의에 참석했다.")
    people = _people(doc)
    assert people["궈샤오펑"][0] == "부성장"
    assert "인공지능" not in people


def test_latin_and_chinese_glosses_are_forms_of_the_same_person(run):
    doc = run("행사에는 파이살 알 무타이리(Faisal Al Mutairi) 장관과 쉬밍(徐明·Ming Xu) 한빛로보틱스 대표가 참석했다.")
    people = _people(doc)
    assert people["파이살 알 무타이리"][0] == "장관"
    assert "Faisal Al Mutairi" in people
    assert people["쉬밍"] == ("대표", "한빛로보틱스")
    assert {"徐明", "Ming Xu"} <= people.keys()


def test_a_company_gloss_is_no_person(run):
    doc = run("한빛로보틱스(Hanbit Robotics) 대표 남궁민수가 말했다.")
    assert "Hanbit Robotics" not in _people(doc)


def test_a_chinese_surname_written_apart_is_part_of_the_name(run):
    doc = run("멍 샤오린 한국인공지능협회 CEO는 협력을 강조했다.")
    assert "멍 샤오린" in _people(doc)


def test_a_chinese_name_before_its_title_and_a_list_before_a_shared_title(run):
    doc = run("会议代表陈志远书记致辞。白一鸣、朴成浩、崔德均等多位院士参加了会议。")
    people = _people(doc)
    assert people["陈志远"][0] == "书记"
    assert {"白一鸣", "朴成浩", "崔德均"} <= people.keys()


def test_a_title_s_first_character_or_a_conjunction_is_no_name(run):
    doc = run("院长和党委书记出席了仪式,并与萧副总统合影。")
    assert not doc.people


def test_romanised_korean_and_pinyin_names(run):
    doc = run("Yoon Ha-neul, vice chairman of Hanbit Robotics, met Trade Counselor Zhou Minghui. "
              "The fund's chairman, Tang Weiping, said demand was rising.")
    people = _people(doc)
    assert {"Yoon Ha-neul", "Zhou Minghui", "Tang Weiping"} <= people.keys()


def test_pinyin_words_without_a_title_name_no_one(run):
    doc = run("Li Auto and Hong Kong firms joined the fair.")
    assert not doc.people


def test_a_latin_title_before_a_name_kiwi_does_not_know_but_not_before_a_word(run):
    doc = run("연우연구원(사업부문 CEO 탄쓰위)과 협약했다. 참가자들은 CEO 서밋에 갔다.")
    people = _people(doc)
    assert people["탄쓰위"][0] == "CEO"
    assert "서밋" not in people
    assert "CEO" not in {o.mention for o in doc.orgs}


def test_a_name_cut_apart_by_kiwi_before_a_title_and_a_two_syllable_particle(run):
    doc = run("광주시 손경환 AI산업국장은 말했다. 그는 쑹웨이밍(宋伟明) 한국인공지능협회 부회장과도 만났다.")
    people = _people(doc)
    assert people["손경환"][0] == "AI산업국장"
    assert people["쑹웨이밍"] == ("부회장", "한국인공지능협회")
    assert "宋伟明" in people


def test_a_bare_market_after_a_word_is_no_title(run):
    doc = run("이 회사는 전세계 시장을 주도하고 있다.")
    assert not doc.people
