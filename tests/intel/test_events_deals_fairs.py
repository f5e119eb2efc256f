"""Agreements typed by what they are about, exhibitors at fairs and business sessions (probe
sentences written for the test, on a small directory of this module's own): a joint-work or
supply agreement with no memorandum named is a partnership, an MOU stays an agreement whatever it
covers."""

import pytest

from tests.intel.small_directory import event_pairs, small_gazetteer

ORGS = {
    "dawon": ("company", "KR", {"ko": "다원머티리얼", "zh": "多元材料", "en": "Dawon Material"}),
    "qinghe": ("company", "CN", {"ko": "칭허전자", "zh": "清河电子", "en": "Qinghe Electronics"}),
    "hanse": ("university", "KR", {"ko": "한세대학교", "zh": "韩世大学", "en": "Hanse University"}),
    "lanzhou": ("university", "CN", {"ko": "란저우과기대", "zh": "兰州科技大学",
                                     "en": "Lanzhou University of Technology"}),
    "gwangju": ("government", "KR", {"ko": "광주광역시", "zh": "光州市", "en": "Gwangju Metropolitan City"}),
    "hefei": ("government", "CN", {"ko": "허페이시", "zh": "合肥市", "en": "Hefei Municipal Government"}),
}
PLACES = {
    "kr": ("country", None, ["한국", "South Korea", "Korea"]),
    "cn": ("country", None, ["중국", "中国", "China"]),
}


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


@pytest.mark.parametrize("text, pair", [
    ("다원머티리얼은 칭허전자와 양극재 시제품 공급에 합의했다.", (["dawon"], ["qinghe"])),
    ("한세대학교는 란저우과기대와 수소 저장 공동연구를 추진하기로 합의했다.", (["hanse"], ["lanzhou"])),
    ("多元材料与清河电子签署联合研发协议，双方将共同开发固态电池隔膜。", (["dawon"], ["qinghe"])),
    ("兰州科技大学与韩世大学签署产学合作协议。", (["lanzhou"], ["hanse"])),
    ("Hanse University and Lanzhou University of Technology agreed to launch a joint master's "
     "programme in hydrogen engineering.", (["hanse"], ["lanzhou"])),
])
def test_joint_work_agreed_is_a_partnership(run, g, text, pair):
    doc = run(text)
    assert pair in event_pairs(doc, g, "partnership")
    assert event_pairs(doc, g, "agreement") == []


@pytest.mark.parametrize("text", [
    "다원머티리얼은 칭허전자와 양극재 공동개발을 위한 업무협약(MOU)을 체결했다.",
    "광주광역시와 허페이시는 협약식에서 공동연구 지원 등에 합의했다.",
    "多元材料与清河电子签署合作备忘录，双方将联合研发固态电池。",
    "Gwangju Metropolitan City and the Hefei Municipal Government agreed to establish a regular "
    "consultative body on trade.",
])
def test_a_memorandum_stays_an_agreement(run, g, text):
    doc = run(text)
    assert event_pairs(doc, g, "agreement") != []
    assert event_pairs(doc, g, "partnership") == []


@pytest.mark.parametrize("text", [
    "다원머티리얼은 내년 선전 국제전자박람회에 단독 부스를 내고 신제품을 공개하겠다고 밝혔다.",
    "광주광역시는 이번 박람회에 '광주관'을 마련하고 지역 기업 10곳의 제품을 선보였다.",
])
def test_a_booth_taken_or_a_named_pavilion_is_an_exhibition(run, g, text):
    assert len(event_pairs(run(text), g, "exhibition")) == 1


def test_each_exhibitor_with_a_booth_of_its_own_exhibits_alone(run, g):
    doc = run("이번 전시회에서 다원머티리얼과 칭허전자가 각각 단독 부스를 운영했다.")
    assert sorted(event_pairs(doc, g, "exhibition")) == [(["dawon"], []), (["qinghe"], [])]


def test_bodies_running_one_pavilion_exhibit_together(run, g):
    doc = run("광주광역시와 허페이시는 이번 박람회에 공동관을 함께 운영했다.")
    assert [sorted(a) for a, _ in event_pairs(doc, g, "exhibition")] == [["gwangju", "hefei"]]


def test_a_session_held_with_no_host_named_is_the_delegations(run, g):
    doc = run("광주광역시 대표단은 지난 3일 허페이시를 방문했다. "
              "같은 날 오후 열린 '광주-허페이 1:1 수출상담회'에는 지역 기업 15개사가 참가했다.")
    assert (["gwangju"], []) in event_pairs(doc, g, "other")
