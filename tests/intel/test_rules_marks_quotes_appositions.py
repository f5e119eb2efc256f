"""Names the press marks by what it writes around them (probe sentences written for the test, with
names no directory holds): a legal mark ㈜ parts names as (주) does (no 주하이 read across it);
a firm quoted right after its kind (스타트업 '…', 材料商「…」) is named, a quoted slogan is not; a
foreign body named by its place and a weak head (…대학, …기구); an English body in apposition to
its kind ('X, the Dutch applied-research organisation'), never a person in one's post; a
province that tours is its government; a firm a city owns in a list parted by semicolons; and
English commercial deals (an agreement to supply, a reseller partnership) as partnerships, and a
sum spent in a currency written after it (30 billion won) as an investment; Korean joint work begun
with a partner (…와 공동 실증에 들어간다) as a partnership; a Chinese person whose given name is a
directory's short name (局長馮啟明) is the person, not the investor."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "sk-hynix": ("company", "KR", ["SK하이닉스", "SK hynix"]),
    "kddi": ("company", "JP", ["KDDI"]),
    "qiming": ("investor", "CN", {"zh-Hans": "启明创投", "zh-Hant": "啟明", "en": "Qiming Venture Partners"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "South Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-zhuhai": ("city", "cn", ["주하이", "珠海", "Zhuhai"]),
    "jp-tottori": ("province", "jp", ["돗토리현", "돗토리", "Tottori"]),
    "hk": ("city", None, ["香港", "홍콩", "Hong Kong"]),
    "kr-gb": ("province", "kr", ["경상북도", "North Gyeongsang Province"]),
    "jp-tokyo": ("city", "jp", ["도쿄", "Tokyo"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc) -> list[str]:
    return sorted(o.mention for o in doc.orgs)


def test_a_legal_mark_parts_names(run, g):
    doc = run("수소 부품사 ㈜하이온텍이 이번 전시에 참가했다.")
    assert _orgs(doc) == ["하이온텍"]
    assert [p.mention for p in doc.places] == []  # no 주하이 (Zhuhai) read across the mark


@pytest.mark.parametrize("text, name", [
    ("AI 반도체 스타트업 '뉴로맵스'가 시리즈B 투자를 유치했다.", "뉴로맵스"),
    ("온디바이스 음성인식 업체 '보이스결'이 이름을 올렸다.", "보이스결"),
    ("스마트선박 솔루션 기업 '오션파도'가 참가한다.", "오션파도"),
])
def test_korean_firm_quoted_after_its_kind(run, g, text, name):
    assert name in _orgs(run(text))


def test_korean_quoted_programme_after_a_kind_is_no_firm(run, g):
    assert _orgs(run("중소기업 '성장사다리' 사업에 참여했다.")) == []


def test_chinese_firm_quoted_after_its_kind(run, g):
    doc = run("包括機械人初創「AirLoop Robotics」及電池材料商「韓青新材」。")
    assert _orgs(doc) == ["AirLoop Robotics", "韓青新材"]


@pytest.mark.parametrize("text", [
    "推动两个园区企业“双向落地”。",
    "支持初创“创新”发展。",
])
def test_chinese_quoted_slogan_is_no_firm(run, g, text):
    assert _orgs(run(text)) == []


def test_office_set_up_in_a_city_is_no_body(run, g):
    doc = run("三家企業已決定在科學園設立香港辦事處。")
    assert "香港辦事處" not in _orgs(doc)


@pytest.mark.parametrize("text, name", [
    ("한림대학교와 돗토리대학은 공동연구 협약을 맺었다.", "돗토리대학"),
    ("실무는 돗토리현산업진흥기구가 맡는다.", "돗토리현산업진흥기구"),
])
def test_foreign_body_by_its_place_and_a_weak_head(run, g, text, name):
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", [
    "지역대학과 국제기구가 참여했다.",
    "정부는 전담기구를 만들었다.",
])
def test_weak_heads_after_ordinary_words_name_no_one(run, g, text):
    assert _orgs(run(text)) == []


@pytest.mark.parametrize("text, name", [
    ("The team spent most of its trip at Velmor, the Dutch applied-research organisation.", "Velmor"),
    ("The office signed a memorandum with Kempen Growth, the region's economic development agency.",
     "Kempen Growth"),
])
def test_english_body_in_apposition_to_its_kind(run, g, text, name):
    assert name in _orgs(run(text))


@pytest.mark.parametrize("text", [
    "Mary Holt, the institute's president, opened the session.",
    "John Carter, the agency director, said the talks went well.",
    "The deal was closed on Tuesday, the agency said in a statement.",
])
def test_english_person_in_a_post_or_a_clause_subject_is_no_body(run, g, text):
    assert _orgs(run(text)) == []


def test_english_agreement_to_supply_is_a_partnership(run, g):
    doc = run("Japanese photoresist maker Kuroda Resist said it had signed a multi-year agreement "
              "to supply resist to SK hynix.")
    assert event_pairs(doc, g, "partnership") == [(["Kuroda Resist"], ["sk-hynix"])]
    assert event_pairs(doc, g, "agreement") == []


def test_english_reseller_partnership_is_a_partnership(run, g):
    doc = run("Last year the startup Arcline AI signed a reseller partnership with SK hynix.")
    assert event_pairs(doc, g, "partnership") != []
    assert event_pairs(doc, g, "agreement") == []


def test_english_agreement_to_cooperate_stays_a_memorandum(run, g):
    doc = run("The startup Arcline AI signed an agreement to cooperate with SK hynix on AI.")
    assert event_pairs(doc, g, "agreement") != []
    assert event_pairs(doc, g, "partnership") == []


def test_quoted_joint_venture_with_its_latin_gloss(run, g):
    doc = run("양사가 출자하는 합작사 '다온 AI인프라(Daon AI Infra)'는 데이터센터를 세운다.")
    assert _orgs(doc) == ["Daon AI Infra", "다온 AI인프라"]


def test_english_province_that_tours_is_its_government(run, g):
    doc = run("North Gyeongsang Province came first, visiting the headquarters of Velmor in May.")
    assert "North Gyeongsang Province" in _orgs(doc)


def test_english_province_visited_by_others_stays_a_place(run, g):
    doc = run("Factories in North Gyeongsang Province visited by the team were new.")
    assert "North Gyeongsang Province" not in _orgs(doc)


def test_firm_a_city_owns_in_a_semicolon_list(run, g):
    doc = run("Its backers are Seoul's Hanbit Labs; Tokyo's Kairo; and others.")
    assert "Kairo" in _orgs(doc)


def test_english_sum_spent_in_a_currency_after_it_is_an_investment(run, g):
    doc = run("SK hynix said it would spend about 30 billion won ($21 million) expanding its "
              "research centre in Icheon.")
    assert event_pairs(doc, g, "investment") == [(["sk-hynix"], [])]


def test_korean_joint_work_begun_with_a_partner_is_a_partnership(run, g):
    doc = run("SK하이닉스는 일본 통신사 KDDI와 엣지 AI 서버 공동 실증에 들어간다.")
    assert event_pairs(doc, g, "partnership") == [(["sk-hynix"], ["kddi"])]


def test_chinese_given_name_that_is_a_short_name_is_the_persons(run, g):
    doc = run("創新科技及工業局局長馮啟明昨日會見代表團。馮啟明表示，歡迎更多企業來港。")
    assert [p.mention for p in doc.people] == ["馮啟明", "馮啟明"]
    assert "啟明" not in _orgs(doc)


def test_chinese_short_name_without_a_surname_stays_the_investor(run, g):
    doc = run("本轮融资由啟明领投。")
    assert _orgs(doc) == ["啟明"]
