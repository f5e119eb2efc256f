"""What the Korean rules share: Kiwi's tokens read as names (a span's proper nouns, a word's own
tokens, cached per document), the sentence search spared by a cue, quotes, and the words that are
never an organisation's name. Every other `ko_*` module builds on this one and it imports none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gyoryu.directory.normalize import name_key
from gyoryu.intel.pipeline import Doc

NAME_TAGS = frozenset({"NNP", "SL", "SN", "SH"})


def cued(rx: re.Pattern, cue: re.Pattern | str, text: str, s) -> Iterator[re.Match]:
    """`rx`'s matches in sentence `s`, looked for only when the sentence holds `cue`, a word
    every match holds. The patterns that open with a word of up to 15 letters are tried at every
    position of the sentence; the cue, looked for first, spares the sentences without it."""
    held = text.find(cue, s.start, s.end) >= 0 if isinstance(cue, str) else cue.search(text, s.start, s.end)
    return rx.finditer(text, s.start, s.end) if held else iter(())


KO_QUOTED = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{2,24})[’'”\"]")
# a gathering's title runs longer than a name ('2026 인천-쑤저우 AI·바이오 투자협력 포럼'): a quote of
# up to 40 letters is read as one when it ends with a gathering's word
KO_QUOTED_LONG = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{25,40})[’'”\"]")


def is_proper(t) -> bool:
    """A proper noun, Latin or number token, or a noun Kiwi does not know (ids 0-2 are its
    unknown-word placeholders: 도봇, 훠산엔진)."""
    return t.tag in NAME_TAGS or (t.tag == "NNG" and t.id <= 2)


def proper_noun_span(tokens, base: int, a: int, b: int,
                      institution: bool = False) -> tuple[int, int]:
    """The span's proper nouns: every token in it NNP (or Latin, numbers), trailing particles
    cut; (0, 0) when Kiwi reads any part as an ordinary word. An institution's name
    (부산정보산업진흥원) may be ordinary nouns after a proper one, written as one word."""
    inside = [t for t in tokens if base + t.start >= a and base + t.start < b]
    end = a
    if institution and inside and inside[0].tag == "NNP":  # the span is one word: no spaces
        for t in inside:
            if t.tag.startswith("NN") or t.tag in NAME_TAGS or t.tag == "XSN":
                end = base + t.start + t.len
            elif t.tag.startswith("J") and end > a:
                break
            else:
                return 0, 0
        return (a, end) if end > a else (0, 0)
    for t in inside:
        if is_proper(t):
            end = base + t.start + t.len
        elif t.tag.startswith("J") and end > a:
            break
        else:
            return 0, 0
    return (a, end) if end > a and any(t.tag != "SN" for t in inside) else (0, 0)


def stem_tokens(doc: Doc, kiwi, stem: str) -> list:
    key = ("kiwi-word", stem)
    tokens = doc.cache.get(key)
    if tokens is None:
        tokens = doc.cache[key] = kiwi.tokenize(stem)
    return tokens


def skip_quote(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "’'”\"":
        pos += 1
    return pos


# words before a person and their title that name no organisation (신임, 이날, 중국, 회사)

# the words that say what kind of firm a name is, written before it (제조사 화성신소재, 스타트업인
# 에이블제이): the firm recognisers and the Hanja-gloss reader share them
KO_FIRM_KINDS = "|".join(("기업", "업체", "회사", "제조사", "제조업체", "스타트업", "유니콘", "개발사", "투자사",
                          "투자기관", "운용사", "자회사", "계열사", "법인"))

KO_NOT_EMPLOYERS = frozenset("중국 한국 미국 일본 주한 주중 신임 전 현 당시 이날 한편 또한 특히 이어 이후 "
                              "현지 양국 국내 "
                              "해외 글로벌 공동 회사 기업 업체 그룹 측 사측 직전 초대 前 現 CEO CTO CFO COO".split())

# technology's initials, not a group's (AI클라우드, ICT기업)
KO_TECH_INITIALS = frozenset("AI IT ICT VR AR XR MR EV PC TV UX UI DX AX GX ESG SW HW PR IR CEO CTO LLM GPU "
                              "NPU CPU BIO IOT".split())
KO_TECH_KEYS = frozenset(name_key(w) for w in KO_TECH_INITIALS)
