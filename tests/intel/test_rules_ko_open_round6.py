"""Korean organisations the directory does not hold, round 6: a Hangul name glossed by a Chinese
one in brackets, where what the Chinese is (an organisation, a person, a place, a product) tells
what the Hangul names; each form a mention, the two united. Probe sentences of our own, with
invented names, on the small directory of the open-class probes."""

import pytest

from tests.intel.small_directory import small_gazetteer
from tests.intel.test_rules_ko_open import ORGS, PLACES


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def orgs(doc):
    return {o.mention: o for o in doc.orgs}


@pytest.mark.parametrize("text, hangul, chinese", [
    ("하오윈커지(浩云科技)는 이날 새 로봇을 공개했다.", "하오윈커지", "浩云科技"),
    ("이번 협약에는 진샤그룹(金沙集团) 관계자가 참석했다.", "진샤그룹", "金沙集团"),
    ("그는 하오윈커지(浩云科技·Haoyun Tech)를 방문했다.", "하오윈커지", "浩云科技"),
])
def test_a_hangul_name_glossed_by_a_chinese_organisation_is_one_with_its_gloss(run, g, text, hangul, chinese):
    found = orgs(run(text))
    assert hangul in found and chinese in found
    assert found[hangul].entity_id is None and found[chinese].gloss_of is found[hangul]


def test_every_name_of_a_gloss_is_its_own_mention(run, g):
    doc = run("그는 하오윈커지(浩云科技·Haoyun Tech)를 방문했다.")
    found = orgs(doc)
    assert set(found) == {"하오윈커지", "浩云科技", "Haoyun Tech"}
    assert found["Haoyun Tech"].gloss_of is found["하오윈커지"]
    assert doc.text[found["浩云科技"].start:found["浩云科技"].end] == "浩云科技"


@pytest.mark.parametrize("text", [
    "쉬리(徐立) 대표와 양즈린(杨植麟) 창업자가 만났다.",  # people
    "장장(張江)과 쉬후이(徐滙)를 방문했다.",  # places
    "싱훠(星火) 모델은 새 버전을 냈다.",  # a product
    "왕홍(網紅·중국 인플루언서)을 활용한다.",  # a word glossed by a word and a remark
])
def test_a_hangul_word_glossed_by_a_person_a_place_or_a_word_is_no_organisation(run, g, text):
    assert orgs(run(text)) == {}

