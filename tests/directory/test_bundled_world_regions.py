"""The third set of bundled world places (places/world_regions.yaml): Japan's prefectures and
regions, Germany's Länder, Vietnamese, Indian, Indonesian, Malaysian and Thai provinces and states,
the UAE's emirates, Saudi regions, Taiwan's municipalities, Canada's provinces, Australia's states
and the remaining US states. Each is found from the forms the press writes; a name that is also an
ordinary word, a surname, another place or a common phrase is found only with its ending. Probe
sentences are written for these tests."""

import pytest

from gyoryu.directory.bundled import read_bundle
from gyoryu.directory.normalize import name_key

FILE = "places/world_regions.yaml"


def _places(gaz, text) -> dict[str, str]:
    """mention → place key of every place the pipeline keeps in `text`."""
    from gyoryu.intel.pipeline import pipeline_for

    return {p.mention: gaz.places[p.entity_id].key for p in pipeline_for(gaz)(text).places}


def _new_places() -> dict[str, dict]:
    return {p["key"]: p for src, p in read_bundle().places if src == FILE}


def test_the_file_holds_the_expected_places():
    new = _new_places()
    by_country: dict[str, int] = {}
    for p in new.values():
        by_country[p["country"]] = by_country.get(p["country"], 0) + 1
    # 46 prefectures (Tokyo is jp-tokyo) and 7 regions; 14 Länder (Berlin, Hamburg are cities);
    # all 50 US states with the 7 of world.yaml
    assert by_country["JP"] == 53 and by_country["DE"] == 14
    us_states = [p for _src, p in read_bundle().places if p["country"] == "US" and p["kind"] == "province"]
    assert len(us_states) == 50


def test_no_new_name_is_another_places_or_a_key_twice():
    b = read_bundle()
    keys = [p["key"] for _src, p in b.places]
    assert len(keys) == len(set(keys))
    owners: dict[str, set[str]] = {}
    for _src, p in b.places:
        for n in [*p["names"].values(), *(a["name"] for a in p.get("aliases") or [])]:
            owners.setdefault(name_key(n), set()).add(p["key"])
    new = set(_new_places())
    shared = {k: v for k, v in owners.items() if len(v) > 1 and v & new}
    assert shared == {}


def test_every_new_place_has_an_english_name_and_a_known_parent():
    keys = {p["key"] for _src, p in read_bundle().places}
    for p in _new_places().values():
        assert p["names"].get("en"), p["key"]
        assert p["parent"] in keys, p["key"]


# (probe sentence, mention, key)
FOUND = [
    ("도요타는 아이치현에 새 공장을 짓는다.", "아이치현", "jp-aichi"),
    ("TSMC는 구마모토현에 두 번째 공장을 세운다.", "구마모토현", "jp-kumamoto-prefecture"),
    ("후쿠시마 오염수 방류가 시작됐다.", "후쿠시마", "jp-fukushima"),
    ("라피더스는 홋카이도 지토세에 공장을 짓는다.", "홋카이도", "jp-hokkaido"),
    ("효고현에 공장이 있다.", "효고현", "jp-hyogo"),
    ("The company is based in Osaka Prefecture.", "Osaka Prefecture", "jp-osaka-prefecture"),
    ("台积电在熊本县建设第二座工厂。", "熊本县", "jp-kumamoto-prefecture"),
    ("The plant in Aichi Prefecture makes batteries.", "Aichi Prefecture", "jp-aichi"),
    ("삼성전자는 박장성에 공장을 두고 있다.", "박장성", "vn-bac-giang"),
    ("삼성디스플레이는 베트남 타이응우옌성 공장을 증설한다.", "타이응우옌성", "vn-thai-nguyen"),
    ("The company opened a plant in Da Nang.", "Da Nang", "vn-da-nang"),
    ("바이에른주에 연구소를 세웠다.", "바이에른주", "de-bavaria"),
    ("该公司在巴伐利亚州设立研发中心。", "巴伐利亚州", "de-bavaria"),
    ("인도 타밀나두주에 현대차 공장이 있다.", "타밀나두주", "in-tamil-nadu"),
    ("The startup is based in Karnataka.", "Karnataka", "in-karnataka"),
    ("LG엔솔은 인도네시아 서자바주에 공장을 지었다.", "서자바주", "id-west-java"),
    ("该公司在槟城设厂。", "槟城", "my-penang"),
    ("The fab in Kaohsiung will open next year.", "Kaohsiung", "tw-kaohsiung"),
    ("台积电在高雄建厂。", "高雄", "tw-kaohsiung"),
    ("SK온은 조지아주에 배터리 공장을 운영한다.", "조지아주", "us-georgia"),
    ("현대차는 앨라배마주 몽고메리에 공장이 있다.", "앨라배마주", "us-alabama"),
    ("The plant in Ohio employs 2,000 people.", "Ohio", "us-ohio"),
    ("该公司在亚利桑那州建厂。", "亚利桑那州", "us-arizona"),
    ("온타리오주에 배터리 공장을 짓는다.", "온타리오주", "ca-ontario"),
    ("The mine is in Western Australia.", "Western Australia", "au-western-australia"),
    ("The company set up in Sharjah.", "Sharjah", "ae-sharjah"),
]


@pytest.mark.parametrize(("text", "mention", "key"), FOUND)
def test_new_places_are_found(gaz, text, mention, key):
    assert _places(gaz, text).get(mention) == key


# (probe sentence, place key that must not be found): the letters as an ordinary word, a surname
# or a span across a word boundary
TRAPS = [
    ("두 나라 정상이 만났다.", "jp-nara"),  # 나라 'country'
    ("기후 변화 대응에 나섰다.", "jp-gifu"),  # 기후 'climate'
    ("시가 총액이 크게 늘었다.", "jp-shiga"),  # 시가 'market price'
    ("제작센터를 새로 열었다.", "de-saxony"),  # 작센 inside 제작센터
    ("그는 박장대소했다.", "vn-bac-giang"),
    ("热爱知识的年轻人", "jp-aichi"),  # 爱知 across 热爱 + 知识
    ("高知群体的消费升级", "jp-kochi"),  # 高知 'the highly educated'
    ("在平台中发布新功能。", "tw-taichung"),  # 台中 across 平台 + 中
    ("三重保障机制", "jp-mie"),  # 三重 'triple'
    ("山口先生出席了会议。", "jp-yamaguchi"),  # a surname
    ("中国地方政府加大投资。", "jp-chugoku"),  # 'Chinese local governments'
    ("东部省份经济增长较快。", "sa-eastern-province"),  # 'eastern provinces'
    ("Georgia signed a free trade agreement with the EU.", "us-georgia"),  # the country
    ("The hue of the display is warmer.", "vn-hue"),
]


@pytest.mark.parametrize(("text", "key"), TRAPS)
def test_trap_names_are_not_places_in_ordinary_text(gaz, text, key):
    assert key not in _places(gaz, text).values()
