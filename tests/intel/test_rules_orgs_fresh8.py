"""Organisation rules aimed at the eighth fresh set. Parks inside zones: a park named, after the
zone that holds it, by a word jieba takes for a person's name (两江新区|鱼复工业园) is a park of its
own beside the zone; a person opens no park's name. An English body's name does not run on over the
day or month after it (the Fund on Monday). A Chinese firm written after the kind of firm it is and
before the news of it (…机器人公司灵犀智动近日宣布) is named by the words between; a quoted Korean
name ending in 펀드 is a fund's; a cluster the directory holds is an organisation where its name
ends in cluster (클러스터, 集群, Cluster) or complex. Probe sentences of our own, on a small directory."""

import pytest

from tests.intel.small_directory import small_gazetteer

ORGS = {
    "chungbuk": ("government", "KR", {"ko": "충청북도", "zh-Hans": "忠清北道", "en": "Chungcheongbuk-do"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "cn-chongqing": ("city", "cn", ["충칭", "重庆", "Chongqing"]),
    "cn-chongqing-lj": ("cluster", "cn-chongqing", ["량장신구", "两江新区", "Liangjiang New Area"]),
    "kr-yongin": ("city", "kr", ["용인", "Yongin"]),
    "kr-yongin-chips": ("cluster", "kr-yongin",
                        ["용인 반도체 클러스터", "龙仁半导体集群", "Yongin Semiconductor Cluster"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "tw-hsinchu": ("city", "tw", ["新竹", "Hsinchu"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _orgs(run, text):
    return {o.mention for o in run(text).orgs}


def test_a_park_in_a_zone_named_by_a_name_like_word_is_a_park_of_its_own(run):
    assert _orgs(run, "代表团昨日参观了两江新区鱼复工业园，并与企业座谈。") >= {"两江新区", "鱼复工业园"}
    assert "鱼复工业园" in _orgs(run, "重庆两江新区鱼复工业园已引进多家企业。")


def test_a_person_before_a_park_head_opens_no_park(run):
    orgs = _orgs(run, "市长王建国工业园区调研时表示，要加快建设。")
    assert not any("王建国" in o for o in orgs)


def test_an_english_name_stops_before_a_day_or_a_month(run):
    assert "Harbor Deep Tech Fund" in _orgs(run, "The ministry launched the Harbor Deep Tech Fund on Monday.")
    assert "Seoul Robot Office" in _orgs(run, "It opened the Seoul Robot Office in May.")
    assert "Ministry of Trade" in _orgs(run, "The Ministry of Trade said so.")


def test_a_chinese_firm_after_its_kind_and_before_its_news_is_named_by_the_words_between(run):
    assert _orgs(run, "记者获悉，深圳一家机器人公司灵犀智动近日宣布完成融资。") == {"灵犀智动"}
    assert _orgs(run, "新竹新創擎宇智能也在展會期間宣布完成募資。") == {"擎宇智能"}
    assert not _orgs(run, "公司相关负责人表示，将继续推进。")
    assert not _orgs(run, "韩国初创企业纷纷在上海落户。")


def test_a_quoted_korean_fund_is_an_organisation_and_set_up_an_investment(run):
    doc = run("충청북도는 '한중 딥테크 공동펀드'를 결성했다.")
    assert {o.mention for o in doc.orgs} == {"충청북도", "한중 딥테크 공동펀드"}
    assert [(e.type, [t.mention for t in e.targets]) for e in doc.events] == [
        ("investment", ["한중 딥테크 공동펀드"])]


@pytest.mark.parametrize("text, name", [
    ("대표단은 용인 반도체 클러스터를 둘러봤다.", "용인 반도체 클러스터"),
    ("代表团参观了龙仁半导体集群。", "龙仁半导体集群"),
    ("The delegation toured the Yongin Semiconductor Cluster on Monday.", "Yongin Semiconductor Cluster"),
])
def test_a_cluster_the_directory_holds_is_an_organisation_by_its_head(run, text, name):
    doc = run(text)
    assert name in {o.mention for o in doc.orgs}
    assert name not in {p.mention for p in doc.places}
