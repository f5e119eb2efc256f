"""Organisations in Chinese (Simplified and Traditional) and English news: how they are found and
linked, one probe sentence per general mechanism, on a small directory of its own."""

import pytest

from gyoryu.intel.translit import sound_key
from tests.intel.small_directory import small_gazetteer

ORGS = {
    "amd": ("company", "US", {"en": "AMD", "zh-Hans": "超微半导体", "und": "超微"}),
    "lg": ("company", "KR", {"en": "LG Corp.", "zh-Hans": "LG集团"}),
    "sk-hynix": ("company", "KR", {"en": "SK hynix", "zh-Hans": "SK海力士"}),
    "samsung": ("company", "KR", {"en": "Samsung Electronics", "zh-Hans": "三星电子"}),
    "hyundai-motor": ("company", "KR", {"en": "Hyundai Motor Company", "zh-Hans": "现代汽车"}),
    "naver": ("company", "KR", {"en": "NAVER", "ko": "네이버"}),
    "tencent": ("company", "CN", {"en": "Tencent", "zh-Hans": "腾讯"}),
    "sip-admin": ("government", "CN", {"zh-Hans": "苏州工业园区管理委员会", "en": "SIP Administrative Committee"}),
    "cpc-zhejiang": ("government", "CN", {"zh-Hans": "中国共产党浙江省委员会", "und": "浙江省委"}),
    "cpc-ningbo": ("government", "CN", {"zh-Hans": "中共宁波市委"}),
    "kotra": ("government", "KR", {"en": "KOTRA", "ko": "코트라"}),
    "gyeonggi-government": ("government", "KR", {"en": "Gyeonggi Provincial Government", "zh-Hans": "京畿道"}),
    "unitree": ("company", "CN", {"en": "Unitree Robotics", "zh-Hans": "杭州宇树科技有限公司"}),
    "kdia": ("association", "KR", {"en": "Korea Display Industry Association"}),
    "mfds": ("government", "KR", {"en": "Ministry of Food and Drug Safety"}),
    "kaist": ("university", "KR", {"ko": "한국과학기술원", "zh-Hans": "韩国科学技术院"}),
    "kbiz-zh": ("association", "KR",
                {"ko": "중소기업중앙회", "zh-Hans": "韩国中小企业中央会", "und": "中小企业中央会"}),
    "cppcc": ("government", "CN", {"zh-Hans": "中国人民政治协商会议", "und": "全国政协"}),
    "suwon-government": ("government", "KR", {"zh-Hans": "水原市", "en": "Suwon City Government"}),
}
PLACES = {
    "cn": ("country", None, ["中国", "China"]),
    "kr": ("country", None, ["韩国", "韓國", "Korea", "South Korea"]),
    "us": ("country", None, ["美国", "美國", "United States"]),
    "kr-seoul": ("city", "kr", ["首尔", "Seoul"]),
    "kr-gyeonggi": ("province", "kr", ["京畿道", "Gyeonggi"]),
    "cn-zhejiang": ("province", "cn", ["浙江", "浙江省", "Zhejiang"]),
    "cn-ningbo": ("city", "cn", ["宁波", "宁波市", "Ningbo"]),
    "cn-chongqing": ("city", "cn", ["重庆", "Chongqing"]),
    "cn-sip": ("cluster", "cn", ["苏州工业园区", "Suzhou Industrial Park"]),
    "kr-ulsan": ("city", "kr", ["蔚山", "Ulsan"]),
    "cn-hefei": ("city", "cn", ["合肥", "合肥市", "Hefei"]),
    "tw": ("country", None, ["台湾", "台灣", "Taiwan"]),
    "kr-suwon": ("city", "kr-gyeonggi", ["水原", "水原市", "Suwon"]),
    "kr-pyeongtaek": ("city", "kr-gyeonggi", ["平泽", "Pyeongtaek"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc, g):
    return {(g.orgs[o.entity_id].key if o.entity_id else None, o.mention) for o in doc.orgs}


# -- linking ------------------------------------------------------------------------------------------
def test_a_latin_name_keeps_its_letters_in_a_chinese_sound_key():
    assert sound_key("SK集团") != sound_key("LG集团")  # not both 'jituan'
    assert sound_key("SK集团").startswith("sk")


def test_a_chinese_name_is_not_linked_by_sound_to_a_chinese_homophone(run, g):
    # 超威 and 超微 both sound chaowei: two written names, two companies
    doc = run("代表团考察了天能、超威、腾讯等民营企业。")
    found = _orgs(doc, g)
    assert (None, "超威") in found and ("tencent", "腾讯") in found
    doc = run("韩国SK集团与腾讯签署合作协议。")
    assert ("lg", "SK集团") not in _orgs(doc, g)
    doc = run("杭州宇视科技有限公司与腾讯签署合作协议。")  # yushi is not yushu, though the rest is alike
    assert not any(o.entity_id == next(i for i, e in g.orgs.items() if e.key == "unitree") for o in doc.orgs)


def test_a_park_written_in_chinese_is_the_park_not_its_committee(run, g):
    doc = run("苏州工业园区与腾讯签署合作协议。")
    assert (None, "苏州工业园区") in _orgs(doc, g)
    assert "苏州工业园区" not in {p.mention for p in doc.places}


def test_a_shortened_party_committee_links_to_the_committee(run, g):
    doc = run("浙江党委书记会见了代表团，宁波市党委也派员出席。")
    found = _orgs(doc, g)
    assert ("cpc-zhejiang", "浙江党委") in found
    assert ("cpc-ningbo", "宁波市党委") in found


# -- English -----------------------------------------------------------------------------------------
def test_whose_company_title_it_is_names_an_organisation(run, g):
    doc = run("Han So-ra, CEO of Vantaro, and Oh Jin-woo, President of Korean Air, met Tencent. "
              "Brightwell CEO Moon Hee-jae and Tencent's founder spoke.")
    mentions = {o.mention for o in doc.orgs}
    assert {"Vantaro", "Korean Air", "Brightwell", "Tencent"} <= mentions
    assert not mentions & {"Han So-ra", "Oh Jin-woo", "Moon Hee-jae"}


def test_a_title_owner_is_never_a_place_a_nationality_or_a_title_word(run, g):
    doc = run("Chinese President Xi Jinping met the Mayor of Seoul. U.S. President Donald Trump and "
              "Executive Vice President Park Ji-hoon spoke. Board Chairman Kim Ho-jin resigned.")
    assert doc.orgs == []


def test_the_members_of_a_list_of_companies(run, g):
    doc = run("The fund backed companies such as Brightloom, Cadenza and Quillsoft. "
              "Startups like Nuvola and Pixelcraft joined.")
    assert {"Brightloom", "Cadenza", "Quillsoft", "Nuvola", "Pixelcraft"} <= {o.mention for o in doc.orgs}
    doc = run("Startups like these need funds. Products such as Galaxy phones sold well.")
    assert doc.orgs == []


def test_a_list_holding_an_organisation_lists_organisations_not_people(run, g):
    doc = run("The firms were ① Trevana, ② Tencent, and ③ Orvane.")
    assert {"Trevana", "Orvane"} <= {o.mention for o in doc.orgs}
    doc = run("Naver founder Lee Hae-jin, CEO Choi Soo-yeon, and Tencent officials met.")
    assert {o.mention for o in doc.orgs} == {"Naver", "Tencent"}


def test_a_kind_opening_the_sentence_and_ordinary_acronyms(run, g):
    doc = run("Shipping line HMM said cargo rose. Seoul signed an MOU with the CEOs of three firms.")
    mentions = {o.mention for o in doc.orgs}
    assert "HMM" in mentions and "CEOs" not in mentions
    doc = run("The K-Startup Summit in Beijing drew investors.")
    assert "Summit" not in {o.mention for o in doc.orgs}


def test_a_product_after_its_kind_is_no_organisation(run, g):
    doc = run("NAVER unveiled its hyperscale AI model, Voxa X, and its chatbot app, Kimi.")
    assert {o.mention for o in doc.orgs} == {"NAVER"}


def test_an_english_name_is_linked_by_sound_only_word_for_word(run, g):
    doc = run("The Korea Drone Industry Association met officials of the Ministery of Food and Drug Safety.")
    found = _orgs(doc, g)
    assert (None, "Korea Drone Industry Association") in found  # not the display association
    assert ("mfds", "Ministery of Food and Drug Safety") in found  # a misspelling is the same name
    drone = next(o for o in doc.orgs if o.mention.startswith("Korea Drone"))
    assert drone.candidates  # still offered for review


def test_a_bank_named_by_its_place(run, g):
    doc = run("The Bank of Gwangju and the University of Ulsan joined the fund.")
    assert {"Bank of Gwangju", "University of Ulsan"} <= {o.mention for o in doc.orgs}


# -- Chinese ------------------------------------------------------------------------------------------
def test_a_company_registered_with_its_seat_in_brackets_is_one_organisation(run, g):
    doc = run("代表团参观了SK海力士半导体(无锡)有限公司和腾讯。")
    assert (None, "SK海力士半导体(无锡)有限公司") in _orgs(doc, g)
    assert "无锡" not in {p.mention for p in doc.places}


def test_a_foreign_name_read_as_a_person_before_company_is_the_company(run, g):
    doc = run("美国科沃森公司与京畿道签署了投资备忘录。")
    assert "科沃森公司" in {o.mention for o in doc.orgs}
    assert not any(o.mention.startswith("美国") for o in doc.orgs)


def test_a_paper_cited_in_title_marks_is_a_media_organisation(run, g):
    doc = run("据韩国《东亚新闻》12日报道，腾讯将在首尔设立研发中心。根据《合作备忘录》，双方将扩大合作。")
    mentions = {o.mention for o in doc.orgs}
    assert "东亚新闻" in mentions and "合作备忘录" not in mentions


def test_a_named_cluster_is_an_organisation_a_kind_of_cluster_is_not(run, g):
    doc = run("京畿平泽半导体集群将于明年开工。韩国将建设半导体产业集群。")
    assert {o.mention for o in doc.orgs} == {"京畿平泽半导体集群"}


def test_a_country_before_a_known_name_is_outside_it_unless_the_name_carries_it(run, g):
    doc = run("韩国中小企业中央会与韩国科学技术院签署协议。")
    found = _orgs(doc, g)
    assert ("kbiz-zh", "中小企业中央会") in found
    assert ("kaist", "韩国科学技术院") in found


def test_a_company_by_its_line_with_group_after_it_is_the_group(run, g):
    doc = run("現代汽車集團(Hyundai Motor Group)也將獲得GPU。现代汽车将扩产。")
    found = _orgs(doc, g)
    assert (None, "現代汽車集團") in found and (None, "Hyundai Motor Group") in found
    assert ("hyundai-motor", "现代汽车") in found


def test_a_city_and_a_line_of_business_name_a_company(run, g):
    doc = run("蔚山造船、腾讯等企业参加了会议。现代石油、腾讯、三星电子也参加。")
    mentions = {o.mention for o in doc.orgs}
    assert {"现代石油"} <= mentions
    doc = run("蔚山钢铁产业发展迅速。")
    assert doc.orgs == []


def test_the_cppcc_inside_a_title_and_a_city_government_after_zai(run, g):
    doc = run("汪洋(现政协主席)曾访问首尔。三星计划在京畿道水原市投资。水原市与腾讯签署协议。")
    found = _orgs(doc, g)
    assert ("cppcc", "政协") in found
    assert [o.start for o in doc.orgs if o.mention == "水原市"] == [doc.text.rindex("水原市")]
    assert "水原市" in {p.mention for p in doc.places}


def test_what_a_place_is_the_base_of_and_a_list_member_opening_with_a_place(run, g):
    doc = run("Seoul-based Lumenra signed an MOU with Tencent. Seoul-based analyst Kim Jin-ho agreed. "
              "Participants included Neuroflux, Tencent and Chongqing Mingtai Precision.")
    mentions = {o.mention for o in doc.orgs}
    assert {"Lumenra", "Neuroflux", "Chongqing Mingtai Precision"} <= mentions
    assert not any("Kim" in m or m == "Seoul" for m in mentions)
    doc = run("The delegation visited Seoul, Chongqing and Tencent.")
    assert {o.mention for o in doc.orgs} == {"Tencent"}
    assert {p.mention for p in doc.places} == {"Seoul", "Chongqing"}


def test_a_bureau_named_by_what_it_promotes_and_a_bilateral_body(run, g):
    doc = run("代表团与合肥市投资促进局签署备忘录。会议由中韩友好协会主办，中韩两国工程院出席。")
    mentions = {o.mention for o in doc.orgs}
    assert {"合肥市投资促进局", "中韩友好协会"} <= mentions
    assert not any("两国" in m for m in mentions)


def test_a_legal_form_written_first_and_a_country_before_a_ministry(run, g):
    doc = run("韩国株式会社美来科技与腾讯签约。台灣經濟部表示歡迎。")
    mentions = {o.mention for o in doc.orgs}
    assert "美来科技" in mentions and "經濟部" in mentions
    assert not any(m.startswith(("株式会社", "台灣")) for m in mentions)


def test_a_province_s_economic_delegation_is_the_province_acting(run, g):
    doc = run("京畿道经济代表团访问了合肥。")
    assert [o.mention for o in doc.orgs] == ["京畿道"]
    doc = run("代表团访问了京畿道的企业。")
    assert doc.orgs == [] and "京畿道" in {p.mention for p in doc.places}


def test_a_techno_park_and_a_place_after_and_opening_another_name(run, g):
    doc = run("The Ulsan Techno Park and Seoul Software Park hosted them. "
              "The Ministry of Food and Drug Safety and Gyeonggi Provincial Government signed an MOU.")
    found = _orgs(doc, g)
    assert {(None, "Ulsan Techno Park"), (None, "Seoul Software Park"), ("mfds", "Ministry of Food and Drug Safety"),
            ("gyeonggi-government", "Gyeonggi Provincial Government")} <= found
    doc = run("Lee and Park met in Seoul.")
    assert doc.orgs == []
