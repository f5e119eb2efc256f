"""Chinese organisation spans, on probe sentences written for the test and a small directory of this
module's own: a directory name that runs on, with no break, into a longer name closed by a head
(台大 + 醫院, 首尔大学 + 医院, 鴻海 + 科技集團, 仁川经济自由区 + 厅, a registered name with its seat and
legal form); a body's unit a name of its own only where it acts; fields (金融科技) and pieces
(长沙智能 of 长沙智能驾驶研究院) named no one; a firm's name jieba reads as a person's before a
registered company's words; a firm named by a place after its kind (企业首尔生物宣布) is the firm,
its plant (企业上海工厂) no name; a body that leads a group (數碼港率領) acts."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "ntu": ("university", "TW", ["국립대만대학교", "國立臺灣大學", "台大", "National Taiwan University"]),
    "snu": ("university", "KR", ["서울대학교", "首尔大学", "首爾大學", "Seoul National University"]),
    "foxconn": ("company", "TW", ["폭스콘", "鸿海", "鴻海", "Foxconn"]),
    "itri": ("research", "TW", ["대만공업기술연구원", "工業技術研究院", "工研院",
                                "Industrial Technology Research Institute"]),
    "sustech": ("university", "CN", ["남방과기대", "南方科技大学", "Southern University of Science and Technology"]),
    "ifez": ("government", "KR", ["인천경제자유구역청", "仁川经济自由区", "Incheon Free Economic Zone Authority"]),
    "seoul-gov": ("government", "KR", ["서울시", "首尔市", "Seoul Metropolitan Government"]),
    "jcet": ("company", "CN", ["장뎬커지", "长电科技", "JCET"]),
    "hyundai-motor": ("company", "KR", ["현대자동차", "现代汽车", "Hyundai Motor"]),
    "cyberport": ("company", "HK", ["사이버포트", "數碼港", "Cyberport"]),
    "tencent": ("company", "CN", ["텐센트", "腾讯", "Tencent"]),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "韓國", "South Korea"]),
    "tw": ("country", None, ["대만", "台湾", "台灣", "Taiwan"]),
    "cn-jiangsu": ("province", None, ["장쑤성", "江苏", "Jiangsu"]),
    "cn-suzhou": ("city", "cn-jiangsu", ["쑤저우", "苏州", "Suzhou"]),
    "kr-seoul": ("city", None, ["서울", "首尔", "首爾", "Seoul"]),
    "hk-cyberport": ("cluster", None, ["사이버포트", "數碼港", "Cyberport"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(doc, g) -> list:
    return sorted((o.mention, g.orgs[o.entity_id].key if o.entity_id else None) for o in doc.orgs)


def test_a_known_university_running_into_a_hospital_is_the_hospital(run, g):
    doc = run("台大醫院今天宣布與韓國首爾大學醫院簽署合作備忘錄，雙方將在智慧醫療領域共同研究。")
    assert _orgs(doc, g) == [("台大醫院", None), ("首爾大學醫院", None)]


def test_a_group_suffix_keeps_the_firm(run, g):
    doc = run("鴻海科技集團今（12）日宣布，將在高雄設立新的電動車研發中心。")
    assert _orgs(doc, g) == [("鴻海科技集團", "foxconn")]


def test_a_registered_name_takes_its_seat_and_legal_form(run, g):
    doc = run("江苏长电科技股份有限公司与韩国现代汽车签署封测合作协议。")
    assert ("江苏长电科技股份有限公司", "jcet") in _orgs(doc, g)
    assert "江苏" not in [p.mention for p in doc.places]


def test_a_line_of_business_with_a_group_is_another_body(run, g):
    doc = run("现代汽车集团与韩国首尔市签署合作协议。")
    assert ("现代汽车", "hyundai-motor") not in _orgs(doc, g)


def test_an_institutes_unit_that_acts_is_named(run, g):
    doc = run("工研院產科國際所今（5）日發布最新報告，預估明年台灣半導體產值將成長。")
    assert _orgs(doc, g) == [("工研院產科國際所", None)]


def test_an_institutes_unit_before_a_title_is_the_institute(run, g):
    doc = run("工研院電子與光電系統研究所所長林志明指出，雙方合作可互補。")
    assert _orgs(doc, g) == [("工研院", "itri")]


def test_a_universitys_institute_one_comes_from_is_the_university(run, g):
    doc = run("创始团队来自南方科技大学机器人研究院与多家头部整车企业。")
    assert _orgs(doc, g) == [("南方科技大学", "sustech")]


def test_a_zones_authority_is_the_body(run, g):
    doc = run("18日，代表团拜会仁川经济自由区厅，与该厅负责人举行工作会谈。")
    assert _orgs(doc, g) == [("仁川经济自由区厅", "ifez")]


def test_a_citys_hall_stays_out(run, g):
    doc = run("朴元淳在首尔市厅会见了中国企业代表团。")
    assert ("首尔市厅", None) not in _orgs(doc, g)


def test_a_hall_a_lab_keeps_is_no_head(run, g):
    doc = run("代表团参观腾讯人工智能实验室展厅，并与腾讯相关负责人座谈。")
    assert ("腾讯人工智能实验室展厅", None) not in _orgs(doc, g)


def test_a_firm_jieba_reads_as_a_person_before_its_registered_words(run, g):
    doc = run("苏州纳芯微电子股份有限公司与韩国现代汽车签署合作协议。")
    assert ("苏州纳芯微电子股份有限公司", None) in _orgs(doc, g)


def test_the_piece_before_a_longer_name_is_no_name(run, g):
    doc = run("长沙智能驾驶研究院与韩国现代汽车签署战略合作协议。")
    assert _orgs(doc, g) == [("现代汽车", "hyundai-motor"), ("长沙智能驾驶研究院", None)]


@pytest.mark.parametrize("text", [
    "數碼港率領12家本地金融科技及人工智能初創組成的代表團抵達首爾。",
    "会议讨论了金融科技与产业科技的发展方向。",
])
def test_a_field_ending_in_science_names_no_one(run, g, text):
    assert not [m for m, _k in _orgs(run(text), g) if m.endswith("科技")]


def test_a_body_that_leads_a_group_acts(run, g):
    doc = run("同日，數碼港率領12家本地初創企業組成的代表團抵達首爾。")
    assert ("數碼港", "cyberport") in _orgs(doc, g)


def test_a_firm_named_by_a_place_after_its_kind_is_the_firm(run, g):
    doc = run("韩国医疗企业首尔生物宣布在上海设立子公司。")
    assert ("首尔生物", None) in _orgs(doc, g)
    assert "首尔" not in [p.mention for p in doc.places]


def test_a_firms_plant_after_its_kind_is_no_name(run, g):
    assert _orgs(run("该企业上海工厂将于明年投产。"), g) == []
