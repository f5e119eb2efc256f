"""The second set of bundled places (places/kr_cities.yaml, cn_cities.yaml, world_cities.yaml):
Korean cities and industrial counties, Chinese prefecture-level cities, the world's business
cities. Each is found from the forms the press writes; a name that is also an ordinary word,
another place or the letters of a common phrase is found only with its administrative ending,
and a city inside an organisation's name leaves the organisation whole. Probe sentences are
written for these tests."""

import pytest

from gyoryu.directory.bundled import read_bundle
from gyoryu.directory.normalize import name_key

NEW_FILES = ("places/kr_cities.yaml", "places/cn_cities.yaml", "places/world_cities.yaml")


def _doc(gaz, text):
    from gyoryu.intel.pipeline import pipeline_for

    return pipeline_for(gaz)(text)


def _places(gaz, text) -> dict[str, str]:
    """mention → place key of every place the pipeline keeps in `text`."""
    return {p.mention: gaz.places[p.entity_id].key for p in _doc(gaz, text).places}


def _new_places() -> dict[str, dict]:
    return {p["key"]: p for src, p in read_bundle().places if src in NEW_FILES}


def test_the_new_files_hold_the_expected_places():
    new = _new_places()
    by_country: dict[str, int] = {}
    for p in new.values():
        by_country[p["country"]] = by_country.get(p["country"], 0) + 1
    assert by_country["KR"] >= 70 and by_country["CN"] >= 160 and len(new) >= 300
    # every prefecture-level city of the eastern provinces, with the capitals from cn*.yaml
    cities = {p["parent"] for _src, p in read_bundle().places if p["kind"] == "city"}
    for province in ("cn-shandong", "cn-jiangsu", "cn-zhejiang", "cn-guangdong", "cn-liaoning",
                     "cn-jilin", "cn-heilongjiang", "cn-fujian", "cn-hebei", "cn-henan"):
        assert province in cities


def test_every_new_place_has_an_english_name_and_a_known_parent():
    keys = {p["key"] for _src, p in read_bundle().places}
    for p in _new_places().values():
        assert p["names"].get("en"), p["key"]
        assert p["parent"] is None or p["parent"] in keys, p["key"]


# (probe sentence, mention, key)
FOUND = [
    ("경주에서 열린 정상회의에 두 나라 정상이 참석했다.", "경주", "kr-gyeongju"),
    ("김해에 물류센터를 짓는다.", "김해", "kr-gimhae"),
    ("이 회사는 양산시에 배터리 공장을 세운다.", "양산시", "kr-yangsan"),
    ("충북 음성군에 공장을 짓기로 했다.", "음성군", "kr-eumseong"),
    ("在庆州举行的峰会吸引了各国领导人。", "庆州", "kr-gyeongju"),
    ("The summit in Gyeongju ended on Saturday.", "Gyeongju", "kr-gyeongju"),
    ("대표단은 저장성 후저우와 자싱의 공장을 찾았다.", "후저우", "cn-huzhou"),
    ("대표단은 저장성 후저우와 자싱의 공장을 찾았다.", "자싱", "cn-jiaxing"),
    ("该企业在湖州和嘉兴设有工厂。", "嘉兴", "cn-jiaxing"),
    ("푸젠성 취안저우에 생산기지를 둔다.", "취안저우", "cn-quanzhou"),
    ("헤이룽장성 목단강에서 온 기업인들", "목단강", "cn-mudanjiang"),
    ("연변 조선족 자치주의 기업들이 참가했다.", "연변 조선족 자치주", "cn-yanbian"),
    ("延边朝鲜族自治州代表团访问了首尔。", "延边朝鲜族自治州", "cn-yanbian"),
    ("吉林省吉林市的一家企业", "吉林市", "cn-jilin-city"),
    ("吉林省吉林市的一家企业", "吉林省", "cn-jilin"),
    ("台州的汽车零部件企业", "台州", "cn-taizhou-zj"),
    ("泰州的医药企业", "泰州", "cn-taizhou-js"),
    ("중산시에 있는 가전업체", "중산시", "cn-zhongshan"),
    ("广东省中山市的家电企业", "中山市", "cn-zhongshan"),
    ("네이버는 사우디아라비아 리야드에 사무소를 열었다.", "리야드", "sa-riyadh"),
    ("该公司在迪拜设立了中东总部。", "迪拜", "ae-dubai"),
    ("該公司在杜拜設立了中東總部。", "杜拜", "ae-dubai"),
    ("CES opened in Las Vegas on Tuesday.", "Las Vegas", "us-las-vegas"),
    ("베트남 호찌민에 법인을 세웠다.", "호찌민", "vn-ho-chi-minh-city"),
    ("The company opened an office in Abu Dhabi.", "Abu Dhabi", "ae-abu-dhabi"),
]


@pytest.mark.parametrize(("text", "mention", "key"), [f for f in FOUND if f[2]])
def test_new_places_are_found(gaz, text, mention, key):
    assert _places(gaz, text).get(mention) == key


# (probe sentence, place key that must not be found): the letters as an ordinary word, another
# place, the end of a word or a span across a word boundary
TRAPS = [
    ("이 회사는 내년부터 신형 배터리 양산에 들어간다.", "kr-yangsan"),  # 양산 'mass production'
    ("양산시에 공장을 짓고 내년 양산에 들어간다.", None),  # checked below: only 양산시 is the city
    ("구리 가격이 크게 올랐다.", "kr-guri"),  # 'copper'
    ("정부 예산이 삭감됐다.", "kr-yesan"),  # 'budget'
    ("목표를 달성했다.", "kr-dalseong"),  # 'achievement'
    ("전장 부품 사업을 확대했다.", "cn-zhenjiang"),  # 전장 'automotive electronics'
    ("AI의 진화 속도가 빠르다.", "cn-jinhua"),  # 진화 'evolution'
    ("상주 인력을 늘렸다.", "kr-sangju"),  # 상주 'resident'
    ("영주권을 받은 연구자", "kr-yeongju"),  # 영주권 'permanent residency'
    ("공주 이야기를 담은 영화", "kr-gongju"),  # 'princess'
    ("계산 오산이 있었다.", "kr-osan"),  # 'miscalculation'
    ("음성 인식 기술을 공개했다.", "kr-eumseong"),  # 음성 'voice'
    ("고령 인구가 늘었다.", "kr-goryeong"),  # 'old age'
    ("중산층 소비가 늘었다.", "cn-zhongshan"),  # 중산 'middle class'
    ("황산 누출 사고가 났다.", "cn-huangshan"),  # 'sulfuric acid'
    ("상추 가격이 올랐다.", "cn-shangqiu"),  # 'lettuce'
    ("서울대 사이언스 파크에서 열렸다.", "cn-enshi"),  # 언스 at the end of 사이언스
    ("국내 스타트업이 시장을 선도하고 있다.", "qa-doha"),  # 도하 inside 선도하고
    ("선전 푸톈구에서 행사가 열렸다.", "cn-putian"),  # 푸톈 is Futian (福田) here
    ("대표단은 국제 R&D 아일랜드를 방문했다.", "ie"),
    ("한국의 정부 지원 정책이 바뀌었다.", "kr-uijeongbu"),  # 의정부 across '…의 정부'
  # 아일랜드 'island', not Ireland
    ("他喜欢吃三明治。", "cn-sanming"),
    ("美丽水乡迎来了游客。", "cn-lishui"),
    ("要确保定期检查。", "cn-baoding"),
    ("推进新乡村建设。", "cn-xinxiang"),
    ("聚焦作用机制研究。", "cn-jiaozuo"),
    ("他非常德国化。", "cn-changde"),
    ("加大推广安全技术。", "cn-guangan"),
    ("广东营商环境持续优化。", "cn-dongying"),
    ("数字经济宁夏论坛开幕。", "cn-jining"),
    ("公司位于中山路88号。", "cn-zhongshan"),
    ("德州仪器发布了新芯片。", "cn-dezhou"),  # Texas Instruments
    ("北京朝阳区的一家公司", "cn-chaoyang-ln"),
    ("崔承德院士出席了会议。", "cn-chengde"),  # a given name
    ("盛大庆典在上海举行。", "cn-daqing"),
    ("推进平安城市建设。", "kr-anseong"),
    ("澳大利亚黄金海岸的度假村", "kr-gimhae"),
    ("国内江苏企业加快布局。", "cn-neijiang"),
    ("推广元宇宙应用。", "cn-guangyuan"),
    ("东南平台企业增多。", "cn-nanping"),
    ("Reading the report, he smiled.", None),
    ("Nice work on the mobile app; split the bill and take a bath.", None),
]


@pytest.mark.parametrize(("text", "key"), [t for t in TRAPS if t[1]])
def test_trap_names_are_not_places_in_ordinary_text(gaz, text, key):
    assert key not in _places(gaz, text).values()


def test_english_town_words_are_no_places(gaz):
    for text, _key in [t for t in TRAPS if t[1] is None and t[0].isascii()]:
        assert _places(gaz, text) == {}


def test_a_trap_city_is_found_with_its_ending_and_not_as_the_word(gaz):
    places = _doc(gaz, "양산시에 공장을 짓고 내년 양산에 들어간다.").places
    assert [(p.mention, gaz.places[p.entity_id].key) for p in places] == [("양산시", "kr-yangsan")]


def test_chinese_homonyms_keep_their_own_place(gaz):
    assert _places(gaz, "非常德国化的设计")["德国"] == "de"
    assert _places(gaz, "广东营商环境持续优化。")["广东"] == "cn-guangdong"
    assert _places(gaz, "德州市的企业").get("德州市") == "cn-dezhou"


# A city with its administrative ending acting as a party is a government, not a place: the
# directory's, where it holds one (Yancheng's, since the industrial parks' cities were added),
# else an unlinked candidate.
GOVERNMENTS = [
    ("경주시는 한국수력원자력과 협약을 체결했다.", "경주시", None),
    ("盐城市与韩国企业签署了合作协议。", "盐城市", "yancheng-government"),
    ("장쑤성 옌청시는 기아와 협약을 맺었다.", "옌청시", "yancheng-government"),
]


@pytest.mark.parametrize(("text", "mention", "key"), GOVERNMENTS)
def test_a_city_acting_is_a_government(gaz, text, mention, key):
    doc = _doc(gaz, text)
    assert any(o.mention == mention and (gaz.orgs[o.entity_id].key if o.entity_id else None) == key
               for o in doc.orgs), [(o.mention, o.entity_id) for o in doc.orgs]
    assert mention not in {p.mention for p in doc.places}


def test_chinese_university_named_after_a_city_stays_whole(gaz):
    from tests.directory.conftest import linked

    assert linked(gaz, "中山大学与韩国科学技术院合作。").get("中山大学") == "sysu"
    assert linked(gaz, "延边大学举办了学术会议。").get("延边大学") == "ybu"
    assert linked(gaz, "Nanyang Technological University signed an MOU.").get(
        "Nanyang Technological University") == "ntu-singapore"


def _orgs_holding_new_places() -> list[tuple[str, str]]:
    """(name, organisation key) of every bundled organisation name that holds a new place's name."""
    b = read_bundle()
    new = {name_key(n) for src, p in b.places if src in NEW_FILES
           for n in [*p["names"].values(), *(a["name"] for a in p.get("aliases") or [])]}
    out = []
    for _src, o in b.orgs:
        names = [(lang, n) for lang, n in o["names"].items()]
        names += [(a.get("lang"), a["name"]) for a in o.get("aliases") or []]
        for lang, n in names:
            k = name_key(n)
            # (a city government's own short name, the city and its ending, is the city's to read)
            if lang in ("ko", "zh-Hans", "zh-Hant") and any(len(x) >= 2 and x in k and k not in (x, x + "市", x + "시")
                                                            for x in new):
                out.append((n, o["key"], lang))
    return out


_SENTENCE = {"ko": "{}은 새 협력 계획을 발표했다.", "zh-Hans": "{}宣布了新的合作计划。",
             "zh-Hant": "{}宣布了新的合作計劃。"}


def test_organisations_named_after_a_new_place_are_not_split(gaz):
    """No new place is reported inside a bundled organisation's name: the measure the press
    writes (옌볜대학교, 京都大学, 오사카대학교) stays the organisation's."""
    new_keys = set(_new_places())
    checked = 0
    for name, _key, lang in _orgs_holding_new_places():
        text = _SENTENCE[lang].format(name)
        doc = _doc(gaz, text)
        inside = [p for p in doc.places if p.end <= len(name) and gaz.places[p.entity_id].key in new_keys]
        assert not inside, (name, [p.mention for p in inside])
        checked += 1
    assert checked >= 10
