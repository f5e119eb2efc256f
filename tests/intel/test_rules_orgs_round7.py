"""Round 7 of organisations (read set fresh8): an English name written with a comma, places
listed with 와/과, a city opening with 청 after its province, the lower-case article before a
directory name, the preposition jieba glues onto a Chinese name, a body said of both countries,
and Korean firms introduced as a maker or developer or ending in 캐피털. Probe sentences of our
own, on a small directory that knows few of the names."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "mafra": ("government", "KR", {"en": "Ministry of Agriculture, Food and Rural Affairs"}),
    "hanwha": ("company", "KR", {"en": "Hanwha"}),
    "doosan": ("company", "KR", {"en": "Doosan"}),
    "harbour": ("university", "HK", {"en": "The Harbour University of Technology"}),
    "cq-gov": ("government", "CN", {"ko": "충칭시", "en": "Chongqing Municipal Government"}),
    "sc-gov": ("government", "CN", {"ko": "쓰촨성", "en": "Sichuan Provincial Government"}),
    "gg-gov": ("government", "KR", {"ko": "경기도", "en": "Gyeonggi Provincial Government"}),
    "fof": ("investor", "KR", {"ko": "모태펀드", "en": "Korea Fund of Funds"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-chongqing": ("city", "cn", ["충칭시"]),
    "cn-sichuan": ("province", "cn", ["쓰촨성"]),
    "cn-chengdu": ("city", "cn-sichuan", ["청두시"]),
    "kr-gyeonggi": ("province", "kr", ["경기도"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, g, text):
    return {o.mention: (g.orgs[o.entity_id].key if o.entity_id is not None else None) for o in run(text).orgs}


def test_an_english_name_written_with_a_comma_is_found_whole(run, g):
    found = _orgs(run, g, "The Ministry of Agriculture, Food and Rural Affairs said on Monday it would expand aid.")
    assert found.get("Ministry of Agriculture, Food and Rural Affairs") == "mafra"


def test_a_comma_between_listed_names_still_parts_them(run, g):
    found = _orgs(run, g, "Hanwha, Doosan and two smaller firms joined the consortium on Friday.")
    assert found.get("Hanwha") == "hanwha" and found.get("Doosan") == "doosan"


def test_places_listed_with_wa_are_places_not_partners(run, g):
    doc = run("대표단은 지난주 중국 충칭시와 쓰촨성 청두시를 차례로 방문했다고 밝혔다.")
    assert not [o.mention for o in doc.orgs if o.mention in ("충칭시", "쓰촨성")]
    assert {"충칭시", "쓰촨성"} <= {p.mention for p in doc.places}


def test_two_governments_joined_by_wa_that_act_stay_partners(run, g):
    found = _orgs(run, g, "충칭시와 경기도가 미래차 협력 협약을 맺었다.")
    assert found.get("충칭시") == "cq-gov" and found.get("경기도") == "gg-gov"


def test_a_city_opening_with_cheong_after_its_province_is_no_provincial_office(run, g):
    doc = run("방문단은 이튿날 쓰촨성 청두시로 이동해 현지 기업을 둘러봤다.")
    assert "쓰촨성" not in {o.mention for o in doc.orgs}


def test_the_lower_case_article_is_no_part_of_a_directory_name(run, g):
    found = _orgs(run, g, "The startup signed a research agreement with the Harbour University of Technology.")
    assert found.get("Harbour University of Technology") == "harbour"


def test_the_preposition_jieba_glues_on_is_no_part_of_the_name(run, g):
    mentions = set(_orgs(run, g, "该公司完成A轮融资，由国发基金领投，多家机构跟投。"))
    assert "国发基金" in mentions and "由国发基金" not in mentions


def test_a_body_said_of_both_countries_is_a_kind_not_the_known_one(run, g):
    assert "모태펀드" not in _orgs(run, g, "양국의 모태펀드와 민간 자본이 함께 출자하는 펀드를 만들기로 했다.")
    assert _orgs(run, g, "모태펀드가 300억원을 출자했고 나머지는 민간이 채웠다.").get("모태펀드") == "fof"


def test_a_firm_ending_in_capital_spelled_kaepiteol_is_a_firm(run, g):
    assert "누리샘캐피털" in _orgs(run, g, "운용은 국내 벤처캐피털과 중국 누리샘캐피털이 공동으로 맡는다.")


def test_a_maker_or_developer_introduces_the_firm_it_names(run, g):
    found = _orgs(run, g, "이 자리에는 센서 제조사 라온센스와 감속기 개발사 다솜기어가 참가했다.")
    assert "라온센스" in found and "다솜기어" in found


def test_a_korean_company_and_a_country_in_hangul_is_its_unit_there(run, g):
    g2 = small_gazetteer({"hynix": ("company", "KR", {"ko": "하이닉스", "en": "Hynix"})}, PLACES)
    from gyoryu.intel.pipeline import build_pipeline

    doc = build_pipeline(g2)("박 법인장은 하이닉스 차이나 법인의 증설 계획을 설명했다.")
    assert "하이닉스 차이나" in {o.mention for o in doc.orgs}


def test_a_science_park_the_directory_holds_as_a_place_is_an_organisation(run):
    g2 = small_gazetteer({}, {"hk": ("country", None, ["香港"]),
                              "hk-park": ("cluster", "hk", ["香港科學園", "香港科学园"])})
    from gyoryu.intel.pipeline import build_pipeline

    doc = build_pipeline(g2)("該公司宣布於香港科學園設立亞太區總部。")
    assert "香港科學園" in {o.mention for o in doc.orgs}
