"""An agreement or partnership told twice with its sides the other way round ('A and B agreed to
…'; then 'B's president and A's president signed the agreement') is one act: the pair is the
same either way round. Two pairs sharing one party stay two acts. Probe sentences written for
the test, on a small directory of this module's own."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanul-tech": ("university", "KR", {"ko": "한울과학기술원", "en": "Hanul Institute of Science and Technology"}),
    "qiantang-univ": ("university", "CN", {"zh-Hans": "钱塘大学", "en": "Qiantang University"}),
    "minjiang-univ": ("university", "CN", {"zh-Hans": "闽江大学", "en": "Minjiang University"}),
}
PLACES = {
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _pairs(doc, g):
    return sorted(sorted([*a, *t]) for a, t in event_pairs(doc, g, "agreement"))


def test_the_same_pair_told_again_the_other_way_round_is_one_agreement(run, g):
    doc = run("Hanul Institute of Science and Technology and China's Qiantang University have agreed to "
              "set up a joint laboratory for robotics, the school said. Hanul Institute of Science and "
              "Technology President Kim Minsu and Qiantang University President Wang Lin signed the "
              "agreement on Monday at the Chinese university's main campus.")
    assert _pairs(doc, g) == [["hanul-tech", "qiantang-univ"]]


def test_two_pairs_with_one_party_in_common_stay_two_agreements(run, g):
    doc = run("Hanul Institute of Science and Technology and Qiantang University signed an agreement on "
              "Monday. Minjiang University and Hanul Institute of Science and Technology signed an "
              "agreement on Tuesday.")
    assert _pairs(doc, g) == [["hanul-tech", "minjiang-univ"], ["hanul-tech", "qiantang-univ"]]
