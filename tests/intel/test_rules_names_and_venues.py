"""How a name is cut where news writes more around it: a hall hired for an event is a venue, not
an organisation (news-dev's convention, 김대중컨벤션센터); 'a medical group' (一家医疗集团) describes
one; a two-word base ('Hong Kong-based'), a kind opening the sentence ('Accelerator X') and a
city after a centre ('… Center in Sunnyvale') are not the name's; two names joined by 'and'
before a head are two (Severance Hospital and Samsung Medical Center); jieba reads a known
name's run-on in Simplified (SK電訊則 is SK電訊 and 則). Probe sentences written for the test, on a
directory of the module's own."""

import pytest

from gyoryu.directory.normalize import name_key
from gyoryu.intel import gazetteer as gz
from tests.intel.small_directory import small_gazetteer

ORGS = {  # key: (kind, country, names)
    "postech": ("university", "KR", {"en": "POSTECH", "ko": "포스텍"}),
    "sk": ("company", "KR", {"en": "SK"}),
    "itp": ("cluster", "KR", {"ko": "인천테크노파크"}),
    "mirae": ("company", "KR", {"en": "Mirae Asset"}),
}
PLACES = {key: (kind, None, names) for key, kind, names in [
    ("kr", "country", ["한국", "韓國", "韩国", "Korea"]), ("hk", "country", ["香港", "Hong Kong"]),
    ("us-sunnyvale", "city", ["Sunnyvale"]), ("cn-hangzhou", "city", ["杭州", "Hangzhou"]),
    ("cn-shanghai", "city", ["上海", "Shanghai"]), ("cn-tianjin", "city", ["톈진", "天津"]),
    ("kr-jeonbuk", "province", ["전북특별자치도"]), ("cn-nanjing", "city", ["난징시", "난징"])]}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def unlinked(run, text):
    return [o.mention for o in run(text).orgs if o.entity_id is None]


@pytest.mark.parametrize("text", [
    "The forum was held at the Shanghai World Expo Exhibition & Convention Center on Monday.",
    "展会在杭州国际博览中心举行，为期三天。",
    "論壇在灣仔香港會議展覽中心舉行。",
    "행사는 대구 엑스코컨벤션센터에서 열렸다.",
])
def test_a_hired_hall_is_a_venue(run, g, text):
    assert unlinked(run, text) == []


@pytest.mark.parametrize("text", [
    "該公司也與當地一家醫療集團洽談合作。",
    "韩国一家AI医疗影像公司也参加了展会。",
    "园区还将设立一所技术学院。",
])
def test_a_counted_kind_describes_no_one(run, g, text):
    assert unlinked(run, text) == []


@pytest.mark.parametrize("text, names", [
    ("The round drew Hong Kong-based Crestline Ventures and others.", ["Crestline Ventures"]),
    ("Accelerator Redwood Partners and Pudong Group agreed to co-run an incubation program.",
     ["Redwood Partners", "Pudong Group"]),
    ("Clinical data will come from Yeouido Hospital and Mapo Medical Center, the company said.",
     ["Yeouido Hospital", "Mapo Medical Center"]),
    ("The delegation toured the Plug and Play Tech Center in Sunnyvale on Tuesday.", ["Plug and Play Tech Center"]),
])
def test_english_names_cut_where_the_name_ends(run, g, text, names):
    assert sorted(unlinked(run, text)) == sorted(names)


def test_a_chamber_abroad_keeps_the_country_it_serves(run, g):
    assert unlinked(run, "The American Chamber of Commerce in Korea hosted the forum.") == [
        "American Chamber of Commerce in Korea"]


def test_a_known_name_before_and_stays_apart(run, g):
    doc = run("Researchers from POSTECH and Kyungpook National University joined the trip.")
    assert sorted(o.mention for o in doc.orgs) == ["Kyungpook National University", "POSTECH"]


def test_a_run_on_is_read_in_simplified(run, g):
    doc = run("SK電訊則表示，將擴大合作。")  # SK known, SK電訊 not: the run-on ends before 則
    assert [(o.mention, o.entity_id) for o in doc.orgs] == [("SK電訊", None)]


def test_a_zones_committee_keeps_its_city_and_zone(run, g):
    doc = run("인천테크노파크와 톈진 빈하이 하이테크구 관리위원회는 업무협약을 맺었다.")
    assert [o.mention for o in doc.orgs if o.entity_id is None] == ["톈진 빈하이 하이테크구 관리위원회"]


@pytest.mark.parametrize("text, names", [
    ("인하대와 톈진대는 공동연구센터를 설립하기로 했다.", ["인하대", "톈진대"]),
    ("서울대 의대 교수 출신인 김 대표가 창업했다.", ["서울대"]),
    ("연수단은 액셀러레이터 플러그앤플레이를 방문했다.", ["플러그앤플레이"]),
])
def test_korean_universities_and_firms_by_what_is_said_with_them(run, g, text, names):
    assert sorted(unlinked(run, text)) == sorted(names)


@pytest.mark.parametrize("text, names", [
    ("Shenzhen-based MGI Tech also agreed with Seegene to co-develop test kits.", ["MGI Tech", "Seegene"]),
    ("The lab will sit in Guangming Science City, north of the bay.", ["Guangming Science City"]),
    ("It will run trials with BGI Genomics, the Chinese sequencing giant. With BGI we can test more, she said.",
     ["BGI Genomics", "BGI"]),
    ("Backers included SoftBank Ventures Asia.", ["SoftBank Ventures Asia"]),
])
def test_english_firms_by_their_partner_apposition_and_initials(run, g, text, names):
    assert unlinked(run, text) == names


def test_a_known_group_run_on_into_its_firm_is_that_firm(run, g):
    doc = run("Investors included Mirae Asset Venture Investment and others.")
    assert [(o.mention, o.entity_id) for o in doc.orgs] == [("Mirae Asset Venture Investment", None)]


def test_an_english_name_in_another_order_links_to_the_same_body():
    names = {"en": "Industry and Information Technology Bureau of Shenzhen Municipality"}
    local = gz.build([gz.OrgEntry(1, "sz-miit", "government", "CN", names),
                      gz.OrgEntry(2, "kcham-cn", "association", "KR", {"en": "Korea Chamber of Commerce in China"})],
                     [(1, names["en"], name_key(names["en"])),
                      (2, "Korea Chamber of Commerce in China", name_key("Korea Chamber of Commerce in China"))],
                     [], [], [], [])
    assert local.en_bags.get(gz.en_bag("Shenzhen Municipal Bureau of Industry and Information Technology")) == 1
    assert gz.en_bag("China Chamber of Commerce in Korea") is None  # 'in' tells which way round


def test_a_province_with_its_officer_in_brackets_acts(run, g):
    doc = run("전북특별자치도(행정부지사 오승훈)는 11월 3일 난징시를 방문해 교류 방안을 협의했다.")
    assert [o.mention for o in doc.orgs] == ["전북특별자치도"]
