"""Round 5 of open-class organisations: parks and zones written with their city in brackets,
outlet datelines that lost their opening bracket, Latin initials before a known company in
English, a short form repeating a name found earlier, a Latin name after the unit it names, a
person between a title and 'and', a known name with a Latin word written onto it. Probe
sentences of our own, on a small directory that knows few of the names (jieba's dictionary is
one per process: the names here are ones no bundled directory entry carries)."""

import pytest

from gyoryu.intel.matcher import NameMatcher
from gyoryu.intel.text import DATELINE_PREFIX
from tests.intel.small_directory import small_gazetteer

ORGS = {
    "hyo": ("company", "KR", {"ko": "효성", "zh-Hant": "曉星集團", "en": "Hyosung"}),
    "lotte": ("company", "KR", {"ko": "롯데", "zh-Hans": "乐天", "en": "Lotte"}),
    "dolphin": ("company", "CN", {"zh-Hans": "海豚智能", "en": "Dolphinix"}),
    "hm": ("company", "KR", {"ko": "현대모비스", "en": "Hyundai Mobis"}),
    "lges": ("company", "KR", {"ko": "LG에너지솔루션", "en": "LG Energy Solution"}),
    "cna": ("media", "TW", {"zh-Hant": "中央社", "en": "Central News Agency"}),
    "herald": ("media", "KR", {"en": "The Korea Herald"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "中國", "China"]),
    "cn-yancheng": ("city", "cn", ["盐城", "鹽城"]),
    "cn-shenyang": ("city", "cn", ["沈阳"]),
    "cn-jiangsu": ("province", "cn", ["江苏"]),
    "cn-beijing": ("city", "cn", ["北京"]),
    "cn-yancheng-park": ("cluster", "cn-yancheng", ["中韩（盐城）产业园", "中韓（鹽城）產業園", "한중(옌청)산업단지"]),
    "kr-gg": ("province", "kr", ["京畿道"]),
    "kr-seoul": ("city", "kr", ["서울", "首爾", "首尔", "Seoul", "SEOUL"]),
    "tw-taipei": ("city", "tw", ["台北"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, text):
    return {o.mention for o in run(text).orgs}


def _linked(run, g, text):
    return {o.mention: (g.orgs[o.entity_id].key if o.entity_id is not None else None) for o in run(text).orgs}


# -- parks and zones with their city in brackets ---------------------------------------------------

def test_a_directory_name_is_matched_across_the_brackets_it_holds():
    matcher = NameMatcher(["中韩盐城产业园", "盐城", "韩国"])
    text = "韩国企业入驻中韩（盐城）产业园。"
    assert [(text[h.start:h.end]) for h in matcher.find(text)] == ["韩国", "中韩（盐城）产业园"]
    # a name inside the brackets alone is still found; none starts or ends inside them
    assert [text[h.start:h.end] for h in NameMatcher(["盐城"]).find(text)] == ["盐城"]
    assert NameMatcher(["韩盐"]).find(text) == []


def test_a_park_named_with_its_city_in_brackets_is_one_organisation(run):
    doc = run("韩国企业纷纷入驻中韩（盐城）产业园。")
    assert {o.mention for o in doc.orgs} == {"中韩（盐城）产业园"}
    assert "盐城" not in {p.mention for p in doc.places}
    assert _orgs(run, "中韓（鹽城）產業園今天舉行簽約儀式。") == {"中韓（鹽城）產業園"}
    assert _orgs(run, "한중(옌청)산업단지에 한국 기업 10곳이 입주했다.") == {"한중(옌청)산업단지"}


def test_an_unknown_park_or_zone_with_a_bracketed_city_is_named_by_its_head(run):
    assert _orgs(run, "中德（沈阳）高端装备制造产业园今天与三家企业签约。") == {"中德（沈阳）高端装备制造产业园"}
    assert _orgs(run, "中国（江苏）自由贸易试验区今天公布新政策。") == {"中国（江苏）自由贸易试验区"}


def test_a_grade_or_a_clause_before_a_head_names_no_zone(run):
    assert _orgs(run, "这是国家级示范区。") == set()
    assert _orgs(run, "该园区是国家级经济技术开发区。") == set()


# -- outlets' datelines -----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "prefix"), [
    ("中央社記者林小華台北5日電）台灣企業表示", "中央社記者林小華台北5日電）"),
    ("中央社首爾5日綜合外電報導）韓國企業表示", "中央社首爾5日綜合外電報導）"),
    ("SEOUL (ANN/The Korea Herald) – Korean firms said", "SEOUL (ANN/The Korea Herald) – "),
])
def test_an_outlets_dateline_that_lost_its_bracket_is_not_story(line, prefix):
    m = DATELINE_PREFIX.match(line)
    assert m and m.group() == prefix


def test_a_sentence_with_a_day_and_a_bracket_is_still_story():
    assert DATELINE_PREFIX.match("三星电子5日表示，将在首尔举行发布会（详见电）。") is None


def test_an_outlet_in_a_dateline_without_its_bracket_is_no_party(run):
    found = _orgs(run, "中央社記者林小華台北5日電）台北市電腦商業同業公會今天與韓國企業簽署合作備忘錄。")
    assert "中央社" not in found and "台北市電腦商業同業公會" in found
    assert "The Korea Herald" not in _orgs(run, "SEOUL (ANN/The Korea Herald) – Hyosung signed a deal on Monday.")


# -- another company than the one a name holds -----------------------------------------------------

def test_latin_initials_before_a_known_english_name_make_another_company(run, g):
    assert _linked(run, g, "HS Hyosung signed an agreement with a Vietnamese firm.") == {"HS Hyosung": None}
    assert _linked(run, g, "Hyosung and HS Hyosung signed an agreement.") == {"Hyosung": "hyo", "HS Hyosung": None}
    # an ordinary acronym before the name is not a company's initials
    assert _linked(run, g, "The US Hyosung plant opened.") == {"Hyosung": "hyo"}


def test_a_latin_name_after_the_unit_it_names_is_that_unit(run, g):
    linked = _linked(run, g, "今年9月，海豚智能韩国子公司Dolphinix Korea在首尔正式成立。")
    assert linked.get("Dolphinix Korea", "missing") is None
    assert not any(m.endswith("子公司") for m in linked)


def test_a_known_name_with_a_latin_word_after_a_kind_of_firm_is_another_company(run, g):
    linked = _linked(run, g, "海豚智能已与家电连锁企业乐天Hi-Mart签署渠道合作协议。")
    assert linked.get("乐天Hi-Mart", "missing") is None
    assert _linked(run, g, "乐天Galaxy手机销量上升。").get("乐天") == "lotte"  # no kind of firm before it
    # the Chinese part unknown to the directory too
    assert "鹿川Hi-Mart" in _orgs(run, "海豚智能已与家电连锁企业鹿川Hi-Mart签署渠道合作协议。")
    assert not any("Galaxy" in o for o in _orgs(run, "海豚智能公司旗下Galaxy系列销量上升。"))


def test_a_person_between_a_title_and_and_is_not_part_of_the_next_name(run):
    doc = run("Hanbit University President Park Ji-hoon and Zhejiang University President Wang Lei signed the "
              "agreement on Monday.")
    found = {o.mention for o in doc.orgs}
    assert "Zhejiang University" in found and not any("Park Ji-hoon" in o for o in found)


def test_a_latin_name_the_story_writes_alone_does_not_make_a_firm_of_the_word_after_it(run):
    found = _orgs(run, "國際光電產業協會(PXA)表示，副總統出席PXA科技菁英領袖晚宴。")
    assert "PXA科技" not in found and "PXA" in found


def test_a_province_that_signs_is_its_government(run):
    doc = run("美国一家设备公司与京畿道签署投资谅解备忘录，决定在京畿道设立研发中心。")
    assert [o.mention for o in doc.orgs if o.mention == "京畿道"] == ["京畿道"]
    assert [p.mention for p in doc.places if p.mention == "京畿道"] == ["京畿道"]  # 在京畿道: the place
    assert "京畿道" in _orgs(run, "京畿道与上海一家企业签订合作协议。")
    assert "京畿道" not in _orgs(run, "三星电子在京畿道与当地企业签署协议。")


# -- a name repeated in short -------------------------------------------------------------------------

def test_the_short_form_of_a_registered_chinese_name_is_the_same_candidate(run):
    doc = run("北京爱豆文化传媒有限公司今天表示，爱豆文化将在首尔开设办公室。")
    short = [o for o in doc.orgs if o.mention == "爱豆文化"]
    assert short and short[0].gloss_of is not None and short[0].gloss_of.mention == "北京爱豆文化传媒有限公司"
    # an ordinary phrase is no short form of a name that opens with it
    doc = run("北京电子科技有限公司今天表示，电子科技发展很快。")
    assert {o.mention for o in doc.orgs} == {"北京电子科技有限公司"}


def test_an_english_names_own_last_word_is_the_same_organisation(run, g):
    text = ("Hyundai Motor tours a plant as Mobis and LG Energy Solution sign battery pact\n\n"
            "Hyundai Mobis and LG Energy Solution signed an agreement on Monday.")
    linked = _linked(run, g, text)
    assert linked["Mobis"] == "hm" and linked["Hyundai Mobis"] == "hm"
