"""Name keys that make 한글과 컴퓨터 = 한글과컴퓨터, 騰訊 = 腾讯 and ＨＡＮＣＯＭ = Hancom.

A key is NFKC (width), case-folded, Traditional Chinese folded to Simplified, with legal forms
(주식회사, Co., Ltd., 有限公司 …) and every space, punctuation mark and symbol removed. Both the
stored names and the query go through the same function, so matching is a plain comparison.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

# Legal-form words, compared after case folding; only stripped when something is left.
_LEGAL_WORDS = re.compile(
    r"\b(?:co|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|bv|pte)\b\.?"
)
_LEGAL_AFFIXES = re.compile(
    r"^(?:주식회사|\(주\)|\(유\)|유한회사)|(?:주식회사|\(주\)|\(유\)|유한회사)$"
    r"|(?:股份有限公司|有限责任公司|有限公司)$"
)
_KEEP = frozenset("LN")  # letters and numbers; marks are kept with their base letter below


def _fold_chars(text: str) -> str:
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in _KEEP or cat == "Mn" or cat == "Mc":
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name; empty only for a name with no letters or digits."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text):
        text = _T2S.convert(text)
    text = text.strip()
    stripped = _LEGAL_AFFIXES.sub("", _LEGAL_WORDS.sub(" ", text)).strip()
    key = _fold_chars(stripped)
    return key or _fold_chars(text)


def jamo(text: str) -> str:
    """Hangul syllables split into letters, so one wrong letter is one edit, not a syllable."""
    return unicodedata.normalize("NFD", text)
