"""A kind of body taken for a body's name: 伺服器廠 'server makers', 地方政府 'local governments',
产业基金 'an industry fund', 联络办公室 'a liaison office', 生物科技 'biotech'. Chinese names a body
by something proper before its head (a place, a coined word, a Latin name); a candidate whose
every word before a generic head is an ordinary word of the dictionary, or which is itself one
ordinary word, describes what kind of body is meant. A name glossed in brackets or quoted is
one the writer names (应用材料公司(AMAT), “中韩投资合作中心”), whatever its words."""

from __future__ import annotations

import re

from gyoryu.intel.recognise.zh import COMMON_ACRONYMS

# heads that follow a trade or a role to make a kind: a maker (记忆体厂), a firm of a trade
# (IC设计公司), a government of a level (地方政府), a fund of a purpose (跨境基金), an office of a
# function (联络办公室), a park's committee (园区管委会); a registered firm's 有限公司 is no kind
_KIND_HEAD = re.compile(r"(?:(?<!有限)公司|厂|政府|基金|办公室|管委会)$")
# jieba's tags for ordinary words: nouns, verbal nouns, verbs, adjectives, distinguishing words
_ORDINARY = frozenset({"n", "vn", "v", "a", "an", "b", "l", "zg", "vd", "ad", "j"})
_HEADISH = re.compile(r"(?:园|科技|中心|公司|厂|基金|政府|办公室|管委会)$")
_NAMED_AFTER = re.compile(r"\s?[（(「“\"]")
_NAMED_BEFORE = re.compile(r"[「“\"]$")


def _ordinary(rjieba, word: str, tag: str, maker: bool = False) -> bool:
    if tag == "eng":
        return word.upper() in COMMON_ACRONYMS
    if len(word) < 2:
        return False  # 港|投|公司, 国|发|基金: a coined short form split into characters
    if not rjieba.has_word(word):
        return word.endswith("厂") and rjieba.has_word(word[:-1])  # 封测厂
    return tag in _ORDINARY or (maker and tag == "nz")  # 伺服器|厂: jieba tags products nz


def generic_kind(name: str, before: str = "", after: str = "", country_before: bool = False) -> bool:
    """Whether `name` (simplified) only says what kind of body is meant; `before` and `after`
    are the text around it (a bracket or a quote makes it named); `country_before`: a country is
    written right before it, and a firm after its country (美国|星辰材料公司) is one the writer
    points at, its ordinary words its name."""
    import rjieba

    if _NAMED_AFTER.match(after) or _NAMED_BEFORE.search(before):
        return False
    words = rjieba.tag(name)
    if len(words) == 1:
        word, tag = words[0]
        known = rjieba.has_word(word) or (word.endswith("厂") and rjieba.has_word(word[:-1]))
        return bool(_HEADISH.search(word)) and known and tag in ("n", "vn", "l")
    head = _KIND_HEAD.search(name)
    if not head:
        return False
    body = rjieba.tag(name[:head.start()])
    if head.group() == "公司" and country_before and not any(t == "eng" for _w, t in body):
        return False  # 美国|星辰材料公司 is named; 台湾|IC设计公司, a trade's initials, is still a kind
    return bool(body) and all(_ordinary(rjieba, w, t, head.group() == "厂") for w, t in body)
