"""Signings told pair by pair in one sentence (probe sentences written for the test, on a small
directory of this module's own): each side followed by its own partner is one agreement per pair,
not every side with every partner, in Korean (A는 B와, C는 D와 각각), Chinese (A与B、C与D分别签署;
A与B签署…，C与D签署…) and English (A signed with B, and C signed one with D); a Korean signing
written with an adverb between its object and verb (협정을 각각 체결했다) is still a signing.
Sides named together (A와 B는 C, D와) stay one group: nothing says who paired with whom."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "busan": ("government", "KR", {"ko": "부산시", "en": "Busan Metropolitan City"}),
    "ulsan": ("government", "KR", {"ko": "울산시", "en": "Ulsan Metropolitan City"}),
    "tencent": ("company", "CN", {"ko": "텐센트", "zh-Hans": "腾讯", "en": "Tencent"}),
    "baidu": ("company", "CN", {"ko": "바이두", "zh-Hans": "百度", "en": "Baidu"}),
    "knu": ("university", "KR", {"ko": "경북대", "zh-Hans": "庆北大学", "en": "Kyungpook National University"}),
    "tsinghua": ("university", "CN", {"ko": "칭화대", "zh-Hans": "清华大学", "en": "Tsinghua University"}),
    "lg-es": ("company", "KR", {"ko": "LG에너지솔루션", "zh-Hans": "LG新能源", "en": "LG Energy Solution"}),
    "catl": ("company", "CN", {"ko": "CATL", "zh-Hans": "宁德时代", "en": "CATL"}),
    "mobis": ("company", "KR", {"ko": "현대모비스", "zh-Hans": "现代摩比斯", "en": "Hyundai Mobis"}),
    "horizon": ("company", "CN", {"zh-Hans": "地平线", "en": "Horizon Robotics"}),
    "suzhou-sip": ("cluster", "CN", {"zh-Hans": "苏州工业园区", "en": "Suzhou Industrial Park"}),
    "samsung": ("company", "KR", {"ko": "삼성전자", "zh-Hans": "三星电子", "en": "Samsung Electronics"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def test_korean_sides_each_with_its_partner_sign_one_agreement_per_pair(run, g):
    doc = run("행사에서 부산시는 텐센트와, 울산시는 바이두와 각각 업무협약을 맺었다.")
    assert event_pairs(doc, g, "agreement") == [(["busan"], ["tencent"]), (["ulsan"], ["baidu"])]


def test_korean_objects_listed_before_one_shared_verb_with_an_adverb(run, g):
    doc = run("이날 부산시는 LG에너지솔루션과 투자협약을, 경북대는 칭화대와 교류협정을 각각 체결했다.")
    assert event_pairs(doc, g, "agreement") == [(["busan"], ["lg-es"]), (["knu"], ["tsinghua"])]


def test_korean_signing_with_an_adverb_before_its_verb(run, g):
    doc = run("울산시는 바이두와 협약을 공동으로 체결했다.")
    assert event_pairs(doc, g, "agreement") == [(["ulsan"], ["baidu"])]


def test_chinese_pairs_listed_then_signing_respectively(run, g):
    doc = run("会上，苏州工业园区与三星电子、庆北大学与清华大学分别签署了合作备忘录。")
    assert event_pairs(doc, g, "agreement") == [(["knu"], ["tsinghua"]), (["suzhou-sip"], ["samsung"])]


def test_chinese_second_pair_signing_after_a_comma(run, g):
    doc = run("其中，苏州工业园区与韩国三星电子签署投资合作协议，庆北大学与清华大学签署人才培养合作备忘录。")
    assert event_pairs(doc, g, "agreement") == [(["knu"], ["tsinghua"]), (["suzhou-sip"], ["samsung"])]


def test_english_second_subject_signing_after_and(run, g):
    doc = run("At the forum, Hyundai Mobis signed an agreement with Horizon Robotics, "
              "and LG Energy Solution signed one with CATL.")
    assert event_pairs(doc, g, "agreement") == [(["lg-es"], ["catl"]), (["mobis"], ["horizon"])]


def test_sides_named_together_stay_one_group(run, g):
    doc = run("부산시와 울산시는 텐센트, 바이두와 각각 업무협약을 체결했다.")
    pairs = event_pairs(doc, g, "agreement")
    assert all(actors == ["busan", "ulsan"] for actors, _t in pairs)  # nobody paired off


def test_english_list_of_signers_is_not_cut(run, g):
    doc = run("Hyundai Mobis, Samsung Electronics and LG Energy Solution signed an MOU with Baidu.")
    pairs = event_pairs(doc, g, "agreement")
    assert len(pairs) == 1 and pairs[0][1] == ["baidu"]
