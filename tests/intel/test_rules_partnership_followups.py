"""Partnerships a signing makes (probe sentences written for the test, on a small directory of this
module's own): the signers named together after an agreement (두 기관은 … 공동 운영하기로, 双方将
共同开发, the two companies will jointly develop) committing to joint work are a partnership of both
beside the agreement, and joint work told apart from the signing is not sealed by it; a joint
venture its parents set up is theirs. A fund, a centre or a gathering that follows, a wish, and a Chinese or
English memorandum's content make none."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "hanbit": ("company", "KR", {"ko": "한빛로보틱스", "zh-Hans": "韩光机器人", "zh-Hant": "韓光機器人",
                                 "en": "Hanbit Robotics"}),
    "huarong": ("company", "CN", {"ko": "화룽테크", "zh-Hans": "华容科技", "zh-Hant": "華容科技",
                                  "en": "Huarong Tech"}),
    "kr-agency": ("government", "KR", {"ko": "한국디지털진흥원", "zh-Hans": "韩国数字振兴院",
                                       "en": "Korea Digital Agency"}),
    "jb-bureau": ("government", "CN", {"ko": "장베이성 과학기술청", "zh-Hans": "江北省科技厅",
                                       "en": "Jiangbei Science and Technology Department"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "首爾", "Seoul"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "Shanghai"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _both(doc, g) -> list:
    """The partnerships as sets of parties, whichever way round they are told."""
    return sorted(sorted(a + t) for a, t in event_pairs(doc, g, "partnership"))


# -- the signers' joint work after the signing -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "한국디지털진흥원과 장베이성 과학기술청은 20일 서울에서 업무협약(MOU)을 맺었다. "
    "두 기관은 내년부터 스타트업 육성 프로그램을 공동 운영하고 매년 10개 기업을 선발해 지원하기로 했다.",
    "한국디지털진흥원은 장베이성 과학기술청과 AI 협력 양해각서를 체결했다. "
    "이에 따라 양 기관은 데이터 표준을 공동 개발하기로 했다.",
    "한국디지털진흥원과 장베이성 과학기술청은 업무협약을 체결했다. "
    "협약에 따라 양측은 AI 인재 교류 사업을 함께 추진하기로 했다.",
    "한국디지털진흥원은 장베이성 과학기술청과 업무협약을 맺고, 양측은 공동 실증을 진행하기로 했다.",
    "韩国数字振兴院与江北省科技厅签署合作协议，双方将共同开发人工智能评测平台。",
    "Korea Digital Agency signed an agreement with the Jiangbei Science and Technology Department; "
    "the two sides will jointly develop an AI testing platform.",
])
def test_the_signers_joint_work_is_a_partnership_beside_the_agreement(run, g, text):
    doc = run(text)
    assert _both(doc, g) == [["jb-bureau", "kr-agency"]]
    assert len(event_pairs(doc, g, "agreement")) == 1


def test_a_signer_named_as_a_centre_does_not_stop_the_follow_up(run, g):
    doc = run("华容科技与首尔创新中心签署合作协议，双方将共同开发工业机器人。")
    assert len(event_pairs(doc, g, "partnership")) == 1


def test_a_companys_agreement_followed_by_a_pilot_is_a_partnership(run, g):
    doc = run("韩光机器人已与华容科技签署战略合作协议，双方将率先在上海工厂开展机器人装配试点。")
    assert _both(doc, g) == [["hanbit", "huarong"]]


@pytest.mark.parametrize("text", [
    # a centre to open: a founding, told by its own rule
    "한국디지털진흥원은 장베이성 과학기술청과 업무협약을 맺었다. "
    "양측은 내년 서울에 공동연구센터를 여는 방안을 함께 추진하기로 했다.",
    # a fund set up together: an investment
    "韩国数字振兴院与江北省科技厅签署合作协议，双方将共同发起设立规模5亿元的基金。",
    # a wish, not a commitment
    "韩国数字振兴院与江北省科技厅签署合作协议。希望双方共同推进人工智能合作。",
    # a Chinese memorandum's 'both sides will': its content
    "韩国数字振兴院与江北省科技厅签署合作备忘录，双方将共同推动标准互认。",
    # no joint work named
    "한국디지털진흥원과 장베이성 과학기술청은 업무협약을 체결했다. 양측은 정기 협의회를 열기로 했다.",
])
def test_a_founding_fund_wish_or_memorandum_after_a_signing_is_no_partnership(run, g, text):
    assert event_pairs(run(text), g, "partnership") == []


# -- joint ventures ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "한빛로보틱스는 화룽테크와 상하이에 합작법인을 설립했다.",
    "韩光机器人与华容科技在上海成立合资公司。",
    "Hanbit Robotics and Huarong Tech set up a joint venture in Shanghai.",
])
def test_a_joint_venture_set_up_is_a_partnership_of_its_parents(run, g, text):
    assert _both(run(text), g) == [["hanbit", "huarong"]]


def test_an_agreement_for_a_joint_venture_is_the_agreement(run, g):
    doc = run("한빛로보틱스는 화룽테크와 합작법인 설립을 위한 협약을 체결했다.")
    assert event_pairs(doc, g, "partnership") == []
    assert event_pairs(doc, g, "agreement") == [(["hanbit"], ["huarong"])]


@pytest.mark.parametrize("text", [
    "한빛로보틱스는 화룽테크와 업무협약을 체결했다. 한빛로보틱스와 화룽테크는 물류 로봇을 공동 개발하기로 했다.",
    "Hanbit Robotics signed an MOU with Huarong Tech on Monday. "
    "Hanbit Robotics and Huarong Tech will jointly develop logistics robots.",
])
def test_joint_work_told_apart_from_the_signing_is_not_sealed_by_it(run, g, text):
    doc = run(text)
    assert _both(doc, g) == [["hanbit", "huarong"]]
    assert len(event_pairs(doc, g, "agreement")) == 1


def test_a_partnership_word_in_the_signing_sentence_is_the_agreement(run, g):
    doc = run("한빛로보틱스는 화룽테크와 로봇 공동 개발을 위한 업무협약을 체결했다.")
    assert event_pairs(doc, g, "partnership") == []
