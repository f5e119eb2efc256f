"""Phonetic keys that let 유니트리 meet Unitree, 딥시크 DeepSeek and 华为 Huawei.

Every name, whatever its script, is reduced to a coarse Latin sound key: Hangul through
Revised Romanisation with the loanword rules Korean applies to foreign words undone (the
epenthetic 'eu' of 스/트/크 dropped, a leading 'yu' read as 'u'), Chinese through pinyin, English
spelling folded (ee → i, soft c → s, ph → f …). Keys are compared with a plain edit ratio.
Brands that are not transliterations (腾讯 ↔ Tencent) still need the curated aliases.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc
from korean_romanizer.romanizer import Romanizer
from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz

_T2S = opencc.OpenCC("t2s")
_HANGUL_EU = re.compile(r"^[ㄱ-ㅎ]?$")


def _hangul_syllable(ch: str, ae_as_a: bool = False) -> str:
    """One syllable romanised, with the loanword vowel ㅡ dropped when it only carries a consonant
    (스 → s, 트 → t, 크 → k, 브 → b), as in 딥시크 ← DeepSeek. With `ae_as_a`, ㅐ is read as the
    English short a it usually writes (갤봇 ← Galbot, 캡 ← cap)."""
    code = ord(ch) - 0xAC00
    initial, medial, final = code // 588, (code % 588) // 28, code % 28
    rom = Romanizer(ch).romanize()
    if medial == 18 and final == 0 and initial != 11:  # ㅡ without a final, not 으
        rom = rom[:-2] if rom.endswith("eu") else rom
    if ae_as_a and medial == 1:
        rom = rom.replace("ae", "a", 1)
    return rom


@lru_cache(maxsize=65536)
def hangul_key(text: str, ae_as_a: bool = False) -> str:
    parts = []
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3":
            parts.append(_hangul_syllable(ch, ae_as_a))
        elif ch.isascii() and ch.isalnum():
            parts.append(ch.lower())
    roman = "".join(parts)
    if roman.startswith("yu"):
        roman = roman[1:]  # 유니트리 ← Unitree: English initial u is written 유
    return fold(roman)


@lru_cache(maxsize=65536)
def han_key(text: str) -> str:
    """Pinyin of the Han characters, Latin letters kept as written: SK集团 sounds 'skjituan', not
    'jituan' like every other group."""
    simplified = _T2S.convert(text)
    return fold("".join(lazy_pinyin(simplified, style=Style.NORMAL, errors="default")))


_FOLDS = [
    (re.compile(r"ph"), "f"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"ck|c|q"), "k"),
    (re.compile(r"^x"), "s"), (re.compile(r"x"), "ks"), (re.compile(r"ee|ea|ie"), "i"), (re.compile(r"oo|ou"), "u"),
    (re.compile(r"eo"), "o"), (re.compile(r"eu"), "u"), (re.compile(r"ae|ai|ay"), "e"),
    (re.compile(r"hw"), "hu"), (re.compile(r"wh"), "hu"), (re.compile(r"v"), "b"),
    (re.compile(r"f"), "p"), (re.compile(r"l"), "r"), (re.compile(r"z"), "j"),
    (re.compile(r"th"), "s"), (re.compile(r"y"), "i"), (re.compile(r"(?<=[^aeiou])e$"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
]


def fold(roman: str) -> str:
    """Spelling differences that carry no sound difference across the scripts, folded away."""
    s = re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", roman).lower())
    for pattern, repl in _FOLDS:
        s = pattern.sub(repl, s)
    return s


def latin_key(text: str) -> str:
    return fold(text)


def sound_key(text: str) -> str:
    """The phonetic key of a name in any script ('' if it has nothing to sound)."""
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return hangul_key(text)
    if any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text):
        return han_key(text)
    return latin_key(text)


def sound_keys(text: str) -> list[str]:
    """The phonetic keys a name may have: Hangul with ㅐ read both ways (e and a)."""
    key = sound_key(text)
    if any("\uac00" <= ch <= "\ud7a3" and (ord(ch) - 0xAC00) % 588 // 28 == 1 for ch in text):
        other = hangul_key(text, True)
        if other != key:
            return [key, other]
    return [key]


# Generic words that name what kind of organisation it is; the press translates them while it
# transliterates the name before them (斗山机器人 = 두산로보틱스 = Doosan Robotics, 火山引擎 = 훠산엔진)
GENERIC_WORDS = {
    "robotics": ("robotics", "robot", "로보틱스", "로봇", "机器人"),
    "engine": ("engine", "엔진", "引擎"),
    "technology": ("technology", "technologies", "tech", "테크놀로지", "테크", "科技"),
    "electronics": ("electronics", "전자", "电子", "電子"),
    "motor": ("motor", "motors", "자동차", "汽车", "汽車"),
    "semiconductor": ("semiconductor", "반도체", "半导体", "半導體"),
    "group": ("group", "그룹", "集团", "集團"),
    "cloud": ("cloud", "클라우드", "云", "雲"),
    "bank": ("bank", "은행", "银行", "銀行"),
    "securities": ("securities", "증권", "证券", "證券"),
    "ventures": ("ventures", "벤처스", "创投", "創投"),
    "capital": ("capital", "캐피탈", "资本", "資本"),
    "lab": ("lab", "labs", "랩", "랩스", "实验室", "實驗室"),
    "energy": ("energy", "에너지", "能源"),
    "intelligence": ("intelligence", "인텔리전스", "智能"),
    "venture partners": ("venture partners", "벤처파트너스", "创投"),
    "partners": ("partners", "파트너스"),
    "research": ("research", "research institute", "연구원", "研究院"),
}
# The English words that say what kind of body a name is rather than whose it is: the Latin ones
# above and the heads, legal forms and regions the press writes at a name's end ('Hyundai Mobis'
# is shortened to 'Mobis', never 'LG Display' to 'Display')
EN_GENERIC_WORDS = frozenset(w for words in GENERIC_WORDS.values() for w in words if w.isascii() and " " not in w) | {
    "holdings", "motors", "chemical", "chemicals", "solution", "solutions", "systems", "institute", "university",
    "foundation", "association", "corporation", "company", "industries", "steel", "logistics", "mobility",
    "display", "innovation", "platform", "networks", "telecom", "korea", "china", "global", "international",
    "center", "centre", "agency", "ministry"}
GENERIC_BY_WORD = sorted(((w, cls) for cls, words in GENERIC_WORDS.items() for w in words),
                          key=lambda wc: -len(wc[0]))


def split_generic(name: str) -> tuple[str, str] | None:
    """(head, kind) of a name that ends in a generic word ('Doosan Robotics' → ('Doosan',
    'robotics')), or None."""
    compact = name.strip()
    low = compact.lower()
    for word, cls in GENERIC_BY_WORD:
        if low.endswith(word) and len(low) > len(word):
            head = compact[: len(compact) - len(word)].strip(" .-·")
            if word.isascii() and not compact[len(compact) - len(word) - 1:][:1].isspace():
                continue  # a Latin generic word stands as a word of its own
            if head:
                return head, cls
    return None


def similarity(a: str, b: str) -> float:
    """0..1: how alike two sound keys are."""
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b) / 100.0
