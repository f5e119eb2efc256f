"""The speed round of the sixth day: the work it spares gives the same answers. Sentences found by
bisection as by testing each, Chinese folded from memory as afresh, names opened only where a
surname can open them, and a linker that remembers sound look-ups across articles linking each
article as a fresh one does."""

import random

import pytest

from gyoryu.intel.pipeline import build_pipeline
from gyoryu.intel.recognise import people_ko
from gyoryu.intel.recognise.heads import simplified
from gyoryu.intel.segment import within_any
from tests.intel.small_directory import small_gazetteer


def test_within_any_is_a_test_of_every_sentence():
    rng = random.Random(6)
    for _ in range(200):
        spans, pos = [], rng.randint(0, 5)
        for _ in range(rng.randint(0, 8)):
            start = pos + rng.randint(0, 4)
            end = start + rng.randint(1, 20)
            spans.append((start, end))
            pos = end
        for _ in range(30):
            a = rng.randint(0, pos + 5)
            b = a + rng.randint(1, 12)
            assert within_any(spans, a, b) == any(s <= a and b <= e for s, e in spans)


def test_within_any_at_the_edges():
    spans = [(0, 10), (12, 20)]
    assert within_any(spans, 0, 10) and within_any(spans, 12, 20)
    assert not within_any(spans, 9, 13)  # across two sentences
    assert not within_any(spans, 10, 12)  # between them
    assert not within_any([], 0, 1)


@pytest.mark.parametrize("text", ["騰訊與華為簽署協議", "頭髮很長的研究員", "中國電子技術標準化研究院", "三星電子"])
def test_simplified_from_memory_is_the_conversion(text):
    fresh = simplified.__wrapped__(text)
    assert simplified(text) == fresh == simplified(text)
    assert len(fresh) == len(text)


def test_a_name_can_open_only_where_the_regex_looks():
    """Every position a surname opens (Korean, or Chinese as Korean writes it) is one that
    `_OPENS_NAME` finds: `_token_names_matter` misses no name by looking there alone."""
    text = "자오리젠 대변인과 김민준 대표, 위안샤오 총재가 어제 서울에서 만났다."
    found = {m.start() for m in people_ko._OPENS_NAME.finditer(text)}
    opens = {i for i in range(len(text)) if text[i] in people_ko._KO_SURNAMES
             or text.startswith(people_ko._KO_ZH_SURNAMES, i)}
    assert opens <= found
    assert {0, 10, 20} <= opens
    for surname in people_ko._KO_ZH_SURNAMES:
        assert people_ko._OPENS_NAME.match(surname)


ORGS = {
    "galbot": ("company", "CN", {"ko": "갤봇", "en": "Galbot", "zh": "银河通用"}),
    "unitree": ("company", "CN", {"ko": "유니트리", "en": "Unitree Robotics"}),
    "hana-robotics": ("company", "KR", ["하나로보틱스", "Hana Robotics"]),
}
PLACES = {"kr": ("country", None, ["한국", "Korea"])}

ARTICLES = [
    "Galbott unveiled a new robot. Unitry Robotics said it would follow.",
    "겔봇은 새 로봇을 공개했다. 하나로보틱스도 참여했다.",
    "Galbott and Hana Robotix signed an agreement in Korea.",
]


def _links(doc) -> list:
    return [(o.mention, o.entity_id, o.confidence, o.method, o.candidates) for o in doc.orgs]


def test_the_linker_remembering_links_each_article_as_a_fresh_one():
    g = small_gazetteer(ORGS, PLACES)
    remembering = build_pipeline(g)
    in_a_row = [_links(remembering(t)) for t in ARTICLES + ARTICLES]
    alone = [_links(build_pipeline(g)(t)) for t in ARTICLES]
    assert in_a_row == alone + alone
    assert any(entity is not None and method == "transliteration"
               for links in alone for _m, entity, _c, method, _cand in links)
