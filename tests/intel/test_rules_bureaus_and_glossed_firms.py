"""Chinese bodies as Korean news writes them (probe sentences written for the test, on a small
directory of this module's own): a city government's bureau named after the city (창저우시 상무국)
is one organisation, never another city's bureau that merely sounds alike; a Chinese firm glossed
in Hanja after a kind of firm (제조사 화성신소재(華晟新材料), 투자기관인 항저우자본(杭州資本)) is an
organisation in both scripts, while a person so glossed is not."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "changzhou-gov": ("government", "CN", {"ko": "창저우시", "zh-Hans": "常州市人民政府",
                                           "en": "Changzhou Municipal People's Government"}),
    "hangzhou-gov": ("government", "CN", {"ko": "항저우시", "zh-Hans": "杭州市人民政府",
                                          "en": "Hangzhou Municipal People's Government"}),
    "hangzhou-commerce": ("government", "CN", {"ko": "항저우시 상무국", "zh-Hans": "杭州市商务局",
                                               "en": "Hangzhou Municipal Bureau of Commerce"}),
}
PLACES = {
    "cn": ("country", None, ["중국", "China"]),
    "cn-changzhou": ("city", "cn", ["창저우", "常州", "Changzhou"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "杭州", "Hangzhou"]),
    "cn-beijing": ("city", "cn", ["베이징", "北京", "Beijing"]),
    "cn-beijing-zhongguancun": ("cluster", "cn-beijing", ["중관춘", "中关村", "中關村", "Zhongguancun"]),
    "cn-shanghai-west-bund": ("cluster", "cn", ["西岸", "West Bund"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc) -> list[tuple[str, str | None]]:
    return sorted((o.mention, o.entity_id and doc_key(o)) for o in doc.orgs)


def doc_key(o) -> str:
    return list(ORGS)[o.entity_id - 1]


@pytest.mark.parametrize("text", [
    "대표단은 창저우시 상무국과 현지 기업 관계자를 만났다.",
    "대표단은 창저우시 상무국, 창저우시 공업정보화국 관계자를 만났다.",
])
def test_a_city_bureau_named_after_its_city_is_one_organisation(run, text):
    names = _orgs(run(text))
    assert ("창저우시 상무국", None) in names
    assert not any(key == "hangzhou-commerce" for _m, key in names)  # not Hangzhou's, however alike


def test_the_city_s_own_bureau_still_links(run):
    assert ("항저우시 상무국", "hangzhou-commerce") in _orgs(run("대표단은 항저우시 상무국과 협력 방안을 논의했다."))


def test_a_bureau_chief_s_title_names_the_bureau(run):
    assert ("창저우시 과학기술국", None) in _orgs(run("천핑 창저우시 과학기술국장이 축사를 했다."))


@pytest.mark.parametrize(("text", "names"), [
    ("창저우의 전해액 제조사 화성신소재(華晟新材料)와 공급 계약을 맺었다.", ["화성신소재", "華晟新材料"]),
    ("이번 라운드는 국유 투자기관인 항저우자본(杭州資本)이 주도했다.", ["항저우자본", "杭州資本"]),
])
def test_a_firm_glossed_in_hanja_after_its_kind_is_an_organisation(run, text, names):
    doc = run(text)
    found = [m for m, _k in _orgs(doc)]
    assert all(n in found for n in names)
    assert "杭州" not in [p.mention for p in doc.places]  # the city opens the firm's name


def test_a_place_glossed_after_a_kind_of_firm_is_not(run):
    assert _orgs(run("바이오 기업 장장(張江)에 입주한 연구소를 찾았다.")) == []


def test_zhongguancun_named_alone_is_the_park(run):
    doc = run("경기도는 베이징의 대표 기술 클러스터인 중관춘(中关村)에 거점을 마련한다.")
    assert ("중관춘", None) in _orgs(doc) and ("中关村", None) in _orgs(doc)
    assert "중관춘" not in [p.mention for p in doc.places]


def test_a_neighbourhood_cluster_named_alone_stays_a_place(run):
    doc = run("The AI conference was held in West Bund last week.")
    assert "West Bund" in [p.mention for p in doc.places]
    assert _orgs(doc) == []


# -- Korean lists: what opens a kind of firm is no member ----------------------------------------------
ORGS_LIST = {"gtp": ("other", "KR", {"ko": "경기테크노파크", "en": "Gyeonggi Technopark"})}


@pytest.fixture(scope="module")
def run_list():
    from gyoryu.intel.pipeline import build_pipeline

    pipeline = build_pipeline(small_gazetteer(ORGS_LIST, PLACES))
    return lambda text: pipeline(text)


def test_where_the_members_are_from_opens_no_name(run_list):
    doc = run_list("대표단에는 경기테크노파크와 도내 로봇·부품 기업 8곳 등 30여 명이 참여했다.")
    assert sorted(o.mention for o in doc.orgs) == ["경기테크노파크"]


def test_a_description_before_a_kind_of_firm_and_its_name_is_no_member(run_list):
    doc = run_list("웨이퍼 세정장비 업체 에스피테크, 고순도 특수가스 기업 나노가스텍, "
                   "프로브카드 제조사 윈프로브 등이 참가했다.")
    assert sorted(o.mention for o in doc.orgs) == ["나노가스텍", "에스피테크", "윈프로브"]
