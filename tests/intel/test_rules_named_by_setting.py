"""Organisations told by what surrounds them: an English registered name ending in its legal form,
a Chinese firm named after the kind of firm it is (its legal form or a Latin gloss between), a
description or a venue that names no one, a body's office in a city and a province speaking as a
side. Probe sentences of our own, on a small directory (the invented firms here are no bundled
entry's names)."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "samsung": ("company", "KR", {"ko": "삼성전자", "zh-Hans": "三星电子", "en": "Samsung Electronics"}),
    "kita": ("association", "KR", {"ko": "한국무역협회", "en": "Korea International Trade Association"}),
    "gyeonggi": ("government", "KR", {"ko": "경기도", "zh-Hans": "京畿道", "en": "Gyeonggi Province"}),
    "changan": ("company", "CN", {"zh-Hans": "长安汽车", "en": "Changan Automobile"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "中國", "China"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
    "cn-beijing": ("city", "cn", ["베이징", "北京", "Beijing"]),
    "cn-ningbo": ("city", "cn", ["닝보", "宁波", "Ningbo"]),
    "cn-hefei": ("city", "cn", ["合肥", "Hefei"]),
    "cn-beijing-zgc": ("cluster", "cn-beijing", ["중관춘", "中关村", "Zhongguancun"]),
    "kr-gyeonggi": ("province", "kr", ["경기도", "京畿道"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, text):
    return {o.mention for o in run(text).orgs}


# -- English registered names ----------------------------------------------------------------------

def test_capitalised_words_ending_in_a_legal_form_are_one_registered_name(run):
    text = "The fund is run by Lakeside Orchard Asset Management Co., Ltd. of Hefei."
    assert _orgs(run, text) == {"Lakeside Orchard Asset Management Co., Ltd."}
    assert {p.mention for p in run(text).places} == {"Hefei"}
    assert _orgs(run, "Investors included Pinecrest Orchard Inc. and others.") == {"Pinecrest Orchard Inc."}


def test_a_legal_form_joins_the_name_a_place_or_a_base_opens(run):
    doc = run("It signed a supply deal with Ningbo-based Harbor Gear Robotics Co., Ltd. and Korean maker Dowon Servo.")
    assert {o.mention for o in doc.orgs} >= {"Harbor Gear Robotics Co., Ltd."}
    assert "Korean" not in {o.mention for o in doc.orgs}  # a nationality names no one
    assert _orgs(run, "Ningbo Harbor Venture Capital Co., Ltd. joined the round.") == {
        "Ningbo Harbor Venture Capital Co., Ltd."}


def test_a_known_company_takes_the_legal_form_written_after_it(run, g):
    doc = run("Samsung Electronics Co., Ltd. and the partner signed on Monday.")
    [o] = doc.orgs
    assert (o.mention, g.orgs[o.entity_id].key) == ("Samsung Electronics Co., Ltd.", "samsung")
    assert "Ltd." not in _orgs(run, "Samsung Electronics Co., Ltd. said.")


# -- Chinese names after their kind ----------------------------------------------------------------

def test_a_name_after_its_kind_and_a_legal_form_between_is_the_name(run):
    assert _orgs(run, "韩国物流AI企业株式会社星河物联与上海一家企业签署了代理协议。") == {"星河物联"}


def test_a_name_after_its_kind_glossed_in_latin_is_an_organisation_with_its_gloss(run):
    doc = run("韩国语音企业声波未来（SonicFuture）与长安汽车签署合作协议。")
    found = {o.mention: o for o in doc.orgs}
    assert set(found) == {"声波未来", "SonicFuture", "长安汽车"}
    assert found["SonicFuture"].gloss_of is found["声波未来"]


def test_a_title_glossed_after_a_company_is_no_name(run):
    assert "总裁" not in _orgs(run, "该公司总裁（CEO）表示将扩大投资。")


def test_a_description_or_a_venue_names_no_organisation(run):
    assert _orgs(run, "参访团中还有来自京畿道的新创公司「云桥」等企业。") == {"云桥"}
    assert _orgs(run, "签约仪式在合肥滨湖国际会议中心举行。") == set()


# -- offices in cities, provinces as sides -------------------------------------------------------------

def test_a_bodys_office_in_a_city_is_an_organisation_of_its_own(run):
    doc = run("행사에는 한국무역협회 상하이지부 관계자도 참석했다.")
    assert {o.mention for o in doc.orgs} == {"한국무역협회 상하이지부"}
    assert doc.orgs[0].entity_id is None and not doc.places
    assert _orgs(run, "삼성전자 베이징법인은 밝혔다.") == {"삼성전자 베이징법인"}
    assert _orgs(run, "삼성전자 지부는 없다.") == {"삼성전자"}  # no city: the company


def test_a_province_speaking_as_a_side_is_its_government(run, g):
    doc = run("京畿道方面透露，明年将在水原举办活动。")
    assert [(o.mention, g.orgs[o.entity_id].key) for o in doc.orgs] == [("京畿道", "gyeonggi")]
    assert [o.mention for o in run("代表团抵达京畿道。").orgs] == []
