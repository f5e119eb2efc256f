"""Rules written for this round (probe sentences written for the test, on a small directory of
this module's own): a startup pitching day (데모데이, 路演, demo day) is a gathering of the kind
'other' and never an organisation; a Korean city's officials (성남시 관계자들은) speak and travel
for its government; officials' meetings (joint committee meeting, 통상장관회담) are gatherings,
and a country word between coordinated bodies (산업통상자원부와 중국 상무부) keeps them one group;
firms taking part in an expo exhibit there, as 박람회에 참가 does in Korean; A与B共同举办 a gathering
has both hold it; a body that 率领 firms abroad leads a delegation; a directory name its country
runs into (韩国三星电子, one word to jieba) keeps its link; a Latin name right after 新創公司/初创企业
is a startup's; a Korean host who 접견 a guest is visited by the guest."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "sba": ("government", "KR", {"ko": "서울경제진흥원", "en": "Seoul Business Agency"}),
    "kised": ("government", "KR", {"ko": "창업진흥원", "en": "KISED"}),
    "kotra": ("government", "KR", {"ko": "코트라", "en": "KOTRA"}),
    "sz-stic": ("government", "CN", {"zh-Hans": "深圳市科创委", "en": "Shenzhen STIC"}),
    "alibaba": ("company", "CN", {"ko": "알리바바", "en": "Alibaba"}),
    "kita": ("association", "KR", {"zh-Hans": "韩国贸易协会", "en": "KITA"}),
    "tca": ("association", "TW", {"zh-Hant": "台北市電腦商業同業公會", "en": "Taipei Computer Association"}),
    "sz-ai": ("association", "CN", {"zh-Hans": "深圳市人工智能行业协会", "en": "Shenzhen AI Industry Association"}),
    "sz-miit": ("government", "CN", {"zh-Hans": "深圳市工信局", "en": "Shenzhen MIIT Bureau"}),
    "foxconn": ("company", "TW", {"zh-Hant": "鴻海精密", "en": "Foxconn"}),
    "baidu": ("company", "CN", {"ko": "바이두", "en": "Baidu"}),
    "seoul-gov": ("government", "KR", {"ko": "서울시", "en": "Seoul Metropolitan Government"}),
    "msit": ("government", "KR", {"ko": "과학기술정보통신부", "en": "Ministry of Science and ICT"}),
    "most": ("government", "CN", {"en": "Ministry of Science and Technology"}),
    "motie": ("government", "KR", {"ko": "산업통상자원부", "en": "MOTIE"}),
    "mofcom": ("government", "CN", {"ko": "상무부", "en": "MOFCOM"}),
    "samsung": ("company", "KR", {"ko": "삼성전자", "zh-Hans": "三星电子", "en": "Samsung Electronics"}),
    "lg": ("company", "KR", {"ko": "LG전자", "en": "LG Electronics"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seongnam": ("city", "kr", ["성남", "성남시", "城南", "Seongnam"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
    "cn-beijing": ("city", "cn", ["베이징", "北京", "Beijing"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "杭州", "Hangzhou"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _mentions(doc) -> set[str]:
    return {doc.text[o.start:o.end] for o in doc.orgs}


@pytest.mark.parametrize(("text", "host"), [
    ("서울경제진흥원은 베이징에서 K-스타트업 데모데이를 열었다.", "sba"),
    ("창업진흥원은 선전에서 IR 피칭 행사를 개최했다.", "kised"),
    ("KOTRA held a demo day for 12 Korean startups in Shenzhen.", "kotra"),
    ("深圳市科创委在首尔举办中韩创新创业项目路演会。", "sz-stic"),
])
def test_a_pitching_day_is_an_other_gathering_of_its_host(run, g, text, host):
    doc = run(text)
    assert event_pairs(doc, g, "other") == [([host], [])]
    assert not any("데모" in m or "路演" in m or "demo" in m.lower() for m in _mentions(doc))


def test_a_pitch_only_talked_of_is_no_gathering(run, g):
    assert not event_pairs(run("창업진흥원은 스타트업의 피칭 역량을 키우는 교육을 한다."), g, "other")


def test_a_citys_officials_act_for_its_government(run, g):
    doc = run("성남시 관계자들은 항저우 알리바바 캠퍼스를 방문했다.")
    assert "성남시" in _mentions(doc)
    assert event_pairs(doc, g, "visit") == [(["성남시"], ["alibaba"])]
    assert "성남시" in _mentions(run("성남시 공무원 10여 명은 알리바바를 찾았다."))


def test_a_city_named_only_as_a_place_stays_a_place(run, g):
    doc = run("알리바바는 성남시 판교에 연구소를 두고 있다.")
    assert "성남시" not in _mentions(doc)


@pytest.mark.parametrize("text", [
    "The Ministry of Science and ICT and the Ministry of Science and Technology held their 15th joint "
    "committee meeting in Beijing on Thursday.",
    "산업통상자원부와 중국 상무부는 서울에서 통상장관회담을 열었다.",
])
def test_officials_meetings_are_gatherings_of_both_sides(run, g, text):
    (actors, _targets), = event_pairs(run(text), g, "summit")
    assert len(actors) == 2


def test_a_meeting_of_no_officials_is_no_summit(run, g):
    assert not event_pairs(run("Samsung Electronics held a meeting with its suppliers."), g, "summit")


def test_firms_taking_part_in_an_expo_exhibit(run, g):
    doc = run("Samsung Electronics and LG Electronics took part in the China International Import Expo "
              "in Shanghai.")
    assert [a for a, _t in event_pairs(doc, g, "exhibition")] == [["lg", "samsung"]]
    assert not event_pairs(doc, g, "summit")


@pytest.mark.parametrize(("text", "kind"), [
    ("韓國貿易協會與台北市電腦商業同業公會共同舉辦「台韓AI論壇」，吸引300人參加。", "summit"),
    ("韩国贸易协会和深圳市人工智能行业协会联合主办中韩AI对接会。", "other"),
])
def test_a_gathering_two_bodies_hold_together_has_both_as_hosts(run, g, text, kind):
    (actors, targets), = event_pairs(run(text), g, kind)
    assert len(actors) == 2 and not targets


def test_a_body_leading_firms_abroad_leads_a_delegation(run, g):
    assert event_pairs(run("深圳市工信局率领20家企业赴韩国考察。"), g, "delegation") == [(["sz-miit"], [])]
    assert not event_pairs(run("深圳市工信局率领团队完成了新规划。"), g, "delegation")


def test_a_directory_name_its_country_runs_into_keeps_its_link(run, g):
    import rjieba

    rjieba.add_word("韩国三星电子", None, None)  # one word to jieba, as the bundled directory makes it
    doc = run("韓國三星電子與台灣鴻海精密今日宣布策略合作。")
    assert _mentions(doc) == {"三星電子", "鴻海精密"}
    assert {g.orgs[o.entity_id].key for o in doc.orgs} == {"samsung", "foxconn"}


def test_a_latin_name_after_startup_is_a_firm(run, g):
    doc = run("台灣新創公司Gorilla完成500萬美元A輪融資。")
    assert "Gorilla" in _mentions(doc)
    assert not _mentions(run("这家初创公司CEO表示，明年将扩大招聘。"))


def test_the_guest_a_korean_host_receives_visits_the_host(run, g):
    assert event_pairs(run("서울시는 바이두 대표단을 접견했다."), g, "visit") == [(["baidu"], ["seoul-gov"])]
    assert event_pairs(run("서울시는 바이두를 방문했다."), g, "visit") == [(["seoul-gov"], ["baidu"])]
