"""Every directory name found in one pass: an Aho–Corasick automaton over name keys.

The text is folded the way `directory.normalize.name_key` folds names (width, case, Traditional
→ Simplified, spaces and punctuation dropped), keeping a map from each folded character back to
its place in the original, so "한글과 컴퓨터" meets the key "한글과컴퓨터" and the match still
reports offsets into the text as the file holds it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import compress

import ahocorasick_rs
import opencc

_T2S = opencc.OpenCC("t2s")


_SEPARATORS = frozenset("\n\r.!?。！？,，、()（）·ㆍ;；")


def _keep(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat in ("Mn", "Mc")


def _fold(ch: str) -> str:
    """What one (Simplified) character folds to: NUL for a separator (no name runs across a
    sentence, a line, a list item or a legal mark: ㈜하이젠텍 holds no 주하이, Zhuhai), '' for what
    name keys drop (spaces, punctuation)."""
    if ch in _SEPARATORS:
        return "\x00"
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    compat = unicodedata.normalize("NFKC", ch)
    if compat[:1] == "(" and len(compat) > 2:
        return "\x00"  # ㈜, ㈔, ㈱: a bracketed mark ((주), (사)) parts names as its brackets do
    return "".join(f for f in compat.casefold() if _keep(f))


class _Folds(dict):
    """Each character's fold, worked out the first time the character is met and kept for the
    process (bounded by the characters there are; NFKC and a category lookup per character of
    every article were a tenth of the pipeline's time). Filling it from several threads is
    harmless: each writes the same value."""

    def __missing__(self, ch: str) -> str:
        folded = self[ch] = _fold(ch)
        return folded


_FOLDED = _Folds()

# A place in brackets inside a name (中韩（盐城）产业园, 한중(옌청)산업단지): the brackets fold away
# like any punctuation in the name's key, instead of parting the text; a name matched across them
# must hold the whole bracket and go on after it (no name ends or starts inside one)
_GLUED_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff\uac00-\ud7a3])[(（][\u4e00-\u9fff\uac00-\ud7a3]{2,4}[)）]"
                            r"(?=[\u4e00-\u9fff\uac00-\ud7a3])")


# a comma between a word and a capitalised one: inside a name, or between list items
NAME_COMMA = re.compile(r"(?<=[A-Za-z]),(?= [A-Z])")


def glued_brackets(text: str) -> list[tuple[int, int]]:
    """The spans of brackets written inside a name, as `_GLUED_BRACKET` reads them."""
    if "(" not in text and "（" not in text:
        return []
    return [m.span() for m in _GLUED_BRACKET.finditer(text)]


def fold_with_offsets(text: str, glued: list[tuple[int, int]] | None = None) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character.
    `glued` is the text's `glued_brackets`, when the caller has them already (they are read once)."""
    simplified = _T2S.convert(text)
    if len(simplified) != len(text):  # a phrase conversion changed the length: go char by char
        simplified = "".join(_T2S.convert(c) if len(_T2S.convert(c)) == 1 else c for c in text)
    folds = list(map(_FOLDED.__getitem__, simplified))
    for a, b in glued_brackets(text) if glued is None else glued:
        folds[a] = folds[b - 1] = ""
    folded = "".join(folds)
    where = list(compress(range(len(folds)), folds))  # each character that folds to one
    if len(where) != len(folded):  # some character folds to several (ﬁ → fi, ㎏ → kg)
        where = [i for i, f in enumerate(folds) for _ in f]
    return folded, where


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


# Characters a particle or a suffix can open with after a short name (광주시, 한컴은, 넷온의)
_PARTICLE_START = frozenset("은는이가을를의와과도에로서시측만처까부랑께엔")
# What may follow a university's short name (서울대 for 서울대학교): a particle, or 학 (서울대학)
_UNIVERSITY_GOES_ON = _PARTICLE_START | {"학"}


# 北京大学生物学院 is Peking University's school of biology (生物, 生命, 生态 …), 北京大学生 its students
_STUDIES_AFTER_SHENG = frozenset("物命态態理化殖")


@dataclass(frozen=True)
class Hit:
    start: int  # offsets into the original text
    end: int
    key: str


class NameMatcher:
    """Finds the longest directory names in a text, leftmost first, without overlaps."""

    def __init__(self, keys: list[str], spaced: frozenset[str] = frozenset(),
                 commas: frozenset[str] = frozenset()):
        self.keys = [k for k in dict.fromkeys(keys) if len(k) >= 2]
        self.spaced = spaced  # short Latin names the directory itself writes with a space (NC AI)
        self.commas = commas  # keys of English names written with a comma (Ministry of Trade, Industry and Energy)
        self._ac = ahocorasick_rs.AhoCorasick(
            self.keys, matchkind=ahocorasick_rs.MATCHKIND_STANDARD) if self.keys else None

    def find(self, text: str) -> list[Hit]:
        if self._ac is None:
            return []
        glued = glued_brackets(text)
        commas = [m.start() for m in NAME_COMMA.finditer(text)] if self.commas else []
        # a comma inside an English name ('Innovation, Technology and Industry Bureau') parts no
        # list there: it folds away (a space, as long), and only a name written so may span it
        spelled = NAME_COMMA.sub(" ", text) if commas else text
        folded, where = fold_with_offsets(spelled, glued)
        found = []
        for idx, s, e in self._ac.find_matches_as_indexes(folded, overlapping=True):
            start, end = where[s], where[e - 1] + 1
            key = self.keys[idx]
            if commas and key not in self.commas and any(start < c < end for c in commas):
                continue
            if glued and any((start <= a < end or start < b <= end) and not (start < a and b < end) for a, b in glued):
                continue  # a name that starts or ends inside a glued bracket
            if self._bounded(text, start, end, key):
                found.append(Hit(start, end, key))
        # longest first among those starting together, then leftmost without overlaps; a
        # rejected match ("다장" across "…했다. 장승현") never hides the name behind it
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        hits, reach = [], -1
        for h in found:
            if h.start >= reach:
                hits.append(h)
                reach = h.end
            elif hits and h.start == hits[-1].start:
                continue
            elif hits and h.end > reach and (h.end - h.start) > (hits[-1].end - hits[-1].start):
                hits[-1], reach = h, h.end  # a longer name starting inside the last one
        return hits

    def _bounded(self, text: str, start: int, end: int, key: str) -> bool:
        """Latin names stand as whole words; short Hangul names start a word (리창 ≠ 유리창)."""
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        first, last = text[start], text[end - 1]
        # an ASCII letter or digit on both sides of an edge (tested inline: this runs for
        # every match of every directory name)
        if first.isascii() and first.isalnum() and before.isascii() and before.isalnum():
            return False
        if last.isascii() and last.isalnum() and after.isascii() and after.isalnum():
            return False
        if key.isascii() and len(key) <= 4 and any(c.isspace() for c in text[start:end]) \
                and " ".join(text[start:end].split()).casefold() not in self.spaced:
            return False  # "AI 2강" is not the institute AI2, but "NC AI" is NC AI
        if _is_hangul(text[start]) and len(key) <= 2:
            if _is_hangul(before) or (_is_hangul(after) and after not in _PARTICLE_START):
                return False
        if _is_hangul(text[start]) and _is_hangul(before) and " " in text[start:end]:
            # 복수학위 프로그램 holds no 위프로 (Wipro): a name opening inside a word runs over its end
            return False
        if text[end - 1] == "대" and _is_hangul(after) and after not in _UNIVERSITY_GOES_ON:
            return False  # 베이징대표단, 고려대상: the 대 opens another word (대표, 대상, 대회)
        if after == "生" and text[end - 2:end] in ("大学", "大學") \
                and text[end + 1:end + 2] not in _STUDIES_AFTER_SHENG:
            return False  # 上海大学生: Shanghai's college students, not Shanghai University
        return True
