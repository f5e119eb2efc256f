"""Round 6 of Chinese and English organisations: one mechanism for a Latin word written onto a
name after a kind of firm, the English generic words kept in one place, glued brackets read once
per text, an acronym matched to an acronym only exactly. Probe sentences of our own, on a small
directory that knows few of the names."""

import pytest

from gyoryu.intel import matcher
from gyoryu.intel.translit import EN_GENERIC_WORDS, GENERIC_WORDS
from tests.intel.small_directory import small_gazetteer

ORGS = {
    "lotte": ("company", "KR", {"ko": "롯데", "zh-Hans": "乐天", "en": "Lotte"}),
    "dolphin": ("company", "CN", {"zh-Hans": "海豚智能", "en": "Dolphinix"}),
    "kaif": ("association", "KR", {"en": "KAIF"}),
    "kotra": ("agency", "KR", {"ko": "코트라", "en": "KOTRA"}),
    "hm": ("company", "KR", {"ko": "현대모비스", "en": "Hyundai Mobis"}),
    "lgd": ("company", "KR", {"ko": "LG디스플레이", "en": "LG Display"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "中國", "China"]),
    "cn-yancheng-park": ("cluster", "cn", ["中韩（盐城）产业园"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _linked(run, g, text):
    return {o.mention: (g.orgs[o.entity_id].key if o.entity_id is not None else None) for o in run(text).orgs}


# -- a Latin word written onto a name after a kind of firm: one mechanism ---------------------------

def test_a_latin_word_onto_a_known_name_after_a_kind_of_firm_makes_another_firm(run, g):
    linked = _linked(run, g, "海豚智能与零售平台乐天Smart-Mart签署了合作协议。")
    assert linked.get("乐天Smart-Mart", "missing") is None
    assert "乐天" not in linked
    # Traditional text reads the same way
    linked = _linked(run, g, "海豚智能與零售平台樂天Smart-Mart簽署了合作協議。")
    assert linked.get("樂天Smart-Mart", "missing") is None


def test_a_latin_word_onto_an_unknown_proper_name_after_a_kind_of_firm_is_a_candidate(run, g):
    linked = _linked(run, g, "海豚智能与连锁企业鹿川Smart-Mart签署了合作协议。")
    assert linked.get("鹿川Smart-Mart", "missing") is None


def test_without_a_kind_of_firm_or_with_an_acronym_no_firm_is_made(run, g):
    assert _linked(run, g, "乐天Smart手机今年销量上升。").get("乐天") == "lotte"
    assert not any("AI" in m for m in _linked(run, g, "零售平台乐天AI今年上线。"))
    assert not any("Galaxy" in m for m in _linked(run, g, "海豚智能公司产品Galaxy今年上市。"))


# -- the English generic words come from one place --------------------------------------------------

def test_every_latin_generic_word_is_an_english_generic_word():
    latin = {w for words in GENERIC_WORDS.values() for w in words if w.isascii() and " " not in w}
    assert latin <= EN_GENERIC_WORDS
    assert {"holdings", "display", "university", "ministry"} <= EN_GENERIC_WORDS


def test_a_generic_last_word_does_not_stand_for_the_whole_name(run, g):
    text = ("Mobis and LG Display sign a panel pact\n\n"
            "Hyundai Mobis and LG Display signed an agreement on Monday.")
    linked = _linked(run, g, text)
    assert linked["Mobis"] == "hm" and linked["LG Display"] == "lgd"
    assert "Display" not in linked


# -- glued brackets read once per text ---------------------------------------------------------------

def test_the_glued_brackets_of_a_text_are_read_once(monkeypatch):
    calls = []
    real = matcher.glued_brackets

    def counted(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(matcher, "glued_brackets", counted)
    text = "韩国企业入驻中韩（盐城）产业园。"
    hits = matcher.NameMatcher(["中韩盐城产业园", "韩国"]).find(text)
    assert [text[h.start:h.end] for h in hits] == ["韩国", "中韩（盐城）产业园"]
    assert calls == [text]


def test_folding_with_the_brackets_given_is_folding_without(monkeypatch):
    text = "中韩（盐城）产业园今天开园。"
    assert matcher.fold_with_offsets(text, matcher.glued_brackets(text)) == matcher.fold_with_offsets(text)


# -- an acronym matches an acronym only exactly --------------------------------------------------------

def test_an_unknown_acronym_is_not_linked_by_sound_to_a_held_acronym(run, g):
    # KEF and KAIF both sound 'kep' in the Latin key: spelled-out letters are not a sound
    linked = _linked(run, g, "The agreement was signed by KEF and Hyundai Mobis.")
    assert linked == {"KEF": None, "Hyundai Mobis": "hm"}
    assert _linked(run, g, "The agreement was signed by KAIF and Hyundai Mobis.")["KAIF"] == "kaif"


def test_a_held_acronym_is_still_linked_exactly_or_by_its_alias(run, g):
    linked = _linked(run, g, "KOTRA and KAIF signed an agreement with 코트라 officials on Monday.")
    assert linked["KOTRA"] == "kotra" and linked["KAIF"] == "kaif"


# -- English bodies named by a laboratory, a consortium, or two heads in a row --------------------------

def test_a_laboratory_or_a_consortium_is_named_by_its_head(run):
    assert {o.mention for o in run("The Jeonju Laboratory and Hyundai Mobis will set up a joint centre.").orgs} == {
        "Jeonju Laboratory", "Hyundai Mobis"}
    assert "Korea Drone Parts Consortium" in {
        o.mention for o in run("The Korea Drone Parts Consortium signed a deal with Hyundai Mobis.").orgs}
    assert "National Key Laboratory of Drones" in {
        o.mention for o in run("The National Key Laboratory of Drones signed an agreement with Hyundai Mobis.").orgs}
    assert not any("Laboratory" in o.mention for o in run("Laboratory tests by Hyundai Mobis were safe.").orgs)


def test_a_head_right_after_a_head_goes_on_with_the_name(run):
    found = {o.mention for o in run("Hyundai Mobis signed a deal with the Jeonju Science Park Bureau.").orgs}
    assert "Jeonju Science Park Bureau" in found and "Jeonju Science Park" not in found
    found = {o.mention for o in run("The Jeonju Free Trade Zone Authority met Hyundai Mobis on Monday.").orgs}
    assert "Jeonju Free Trade Zone Authority" in found
