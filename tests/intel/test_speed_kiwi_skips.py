"""The Korean rules skip Kiwi's tokenisation of a sentence where no rule could use its tokens
(`_token_names_matter`, `_settled_at`, `_list_may_grow`, `_followers_covered`). Probes of our
own: where a rule fires, the skips change nothing (the same mentions, people and events as with
every sentence tokenised), and a sentence no rule needs is not tokenised."""

import pytest

import gyoryu.intel.recognise.ko as ko
import gyoryu.intel.recognise.ko_places as ko_places
import gyoryu.intel.recognise.people_ko as people_ko
from gyoryu.intel import segment
from tests.intel.small_directory import small_gazetteer

ORGS = {  # key: (kind, country, names; the first is the primary name)
    "ulsan-government": ("government", "KR", ["울산광역시", "울산시", "Ulsan Metropolitan City"]),
    "taomi-ev": ("company", "CN", {"ko": "타오미자동차", "en": "Taomi EV"}),
    "korea-ai-association": ("association", "KR", ["한국인공지능협회", "Korea Artificial Intelligence Association"]),
    "hana-robotics": ("company", "KR", ["하나로보틱스", "Hana Robotics"]),
}
PLACES = {  # key: (kind, parent, names)
    "kr": ("country", None, ["한국", "Korea"]),
    "cn": ("country", None, ["중국", "China"]),
    "kr-ulsan": ("city", "kr", ["울산", "울산광역시", "Ulsan"]),
    "cn-beijing": ("city", "cn", ["베이징", "Beijing"]),
}

PROBES = [
    # a person Kiwi reads as a proper noun right before a company and a role
    "김민준 타오미자동차 대표는 새 전기차를 공개했다.",
    "오늘 발표에서 박서준 하나로보틱스 사장은 투자 계획을 밝혔다.",
    # a role before the names (the names `_ko_roles_first` looks up)
    "공동대표 박서연, 최민재는 투자 유치를 발표했다.",
    "타오미자동차 공동대표 윤지호·한가람은 울산시를 방문했다.",
    # a name with a strong organisation ending, unknown and known
    "라온누리로보틱스는 새 물류 로봇을 선보였다.",
    "하나로보틱스코리아는 서울에 지사를 열었다.",
    # list members beside a known organisation, before and after it
    "울산시, 누리봇, 가온소프트 등이 협약에 참여했다.",
    "다온테크, 타오미자동차, 한국인공지능협회 관계자가 참석했다.",
    "행사에는 울산광역시와 하나로보틱스, 온새미랩 등이 함께했다.",
    # a foreign name right after its country, in an exchange
    "중국 바이두와 한국인공지능협회가 업무협약을 체결했다.",
    "한국 타오미자동차와 중국 베이징 기업들이 협력하기로 했다.",
    # the subject of an exchange, and an event's sides read from particles
    "누리봇은 하나로보틱스와 공동 개발 협약을 체결했다.",
    "울산시는 타오미자동차에 투자하기로 했다.",
    # nothing for the rules, but role words and separators
    "의장 자리는 비어 있었다.",
    "시장 규모는 커졌고, 수출도 늘었다.",
]


@pytest.fixture(scope="module")
def g():
    return small_gazetteer(ORGS, PLACES)


def _found(doc) -> str:
    return repr((doc.orgs, doc.people, doc.places, doc.events, doc.gatherings))


def _every_sentence_tokenised(monkeypatch) -> None:
    """The gates answering as if every sentence needed its tokens: the code before the skips. Each
    is patched in the module that calls it (`_list_may_grow` lives in `ko_lists`, but `ko` calls it)."""
    monkeypatch.setattr(ko, "_settled_at", lambda doc, a: False)
    monkeypatch.setattr(ko, "_list_may_grow", lambda doc, s: True)
    monkeypatch.setattr(ko_places, "_followers_covered", lambda doc, countries: False)
    monkeypatch.setattr(people_ko, "_token_names_matter", lambda doc, gazetteer, s: True)


@pytest.mark.parametrize("text", PROBES)
def test_the_skips_change_nothing(run, text, monkeypatch):
    skipping = _found(run(text))
    _every_sentence_tokenised(monkeypatch)
    assert _found(run(text)) == skipping


def test_the_whole_probe_set_as_one_article_is_the_same(run, monkeypatch):
    text = "\n\n".join(PROBES)
    skipping = _found(run(text))
    _every_sentence_tokenised(monkeypatch)
    assert _found(run(text)) == skipping


def test_the_rules_still_fire_on_the_probes(run, g):
    people = {(p.mention, p.role) for t in PROBES[:4] for p in run(t).people}
    assert {("김민준", "대표"), ("박서준", "사장"), ("박서연", "공동대표"), ("최민재", "공동대표")} <= people
    assert "라온누리로보틱스" in {o.mention for o in run(PROBES[4]).orgs}
    assert {"누리봇", "가온소프트"} <= {o.mention for o in run(PROBES[6]).orgs}
    assert "바이두" in {o.mention for o in run(PROBES[9]).orgs}


def _tokenised(run, text, monkeypatch) -> list[str]:
    calls = []
    real = segment.LazyKiwi.tokenize

    def spy(self, chunk, *args, **kwargs):
        calls.append(chunk)
        return real(self, chunk, *args, **kwargs)

    monkeypatch.setattr(segment.LazyKiwi, "tokenize", spy)
    run(text)
    return calls


@pytest.mark.parametrize("text", PROBES[-2:])
def test_a_sentence_no_rule_needs_is_not_tokenised(run, text, monkeypatch):
    # a role word (의장, 시장) and a comma, but no name that could take the role and no list
    # member that could be added: Kiwi never reads the sentence
    assert _tokenised(run, text, monkeypatch) == []


def test_a_sentence_a_rule_needs_is_tokenised(run, monkeypatch):
    assert PROBES[0] in _tokenised(run, PROBES[0], monkeypatch)
