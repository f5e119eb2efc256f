"""Segmenting: sentences, the article's language and date, and the Korean (Kiwi) and Chinese (jieba)
tokenisers with the directory's words, and the directory names those tokenisers read as ordinary words."""

from __future__ import annotations

import re
from bisect import bisect_right

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    component,
)
from gyoryu.intel.recognise.heads import ADMIN_SUFFIX
from gyoryu.intel.text import article_language, publication_date, split_sentences


def inside(m, s) -> bool:
    return s.start <= m.start and m.end <= s.end


def within(mentions, s) -> list:
    """The mentions inside span `s`, in their order: `inside` for a whole list, without a call
    per mention (the rules ask it of every sentence)."""
    start, end = s.start, s.end
    return [m for m in mentions if start <= m.start and m.end <= end]


def within_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether (start, end) lies inside one of `spans`, the sentences' (start, end) in their order:
    sentences never overlap, so only the last one opening at or before `start` can hold it (a
    bisection, not a test of every sentence for every directory name in the article)."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1]


# -- sentences, language, publication date -------------------------------------------------------
@component("gyoryu.sentences.v2")
def sentences_v2(*, gazetteer: Gazetteer):
    def run(doc: Doc) -> None:
        doc.sentences, doc.skipped = split_sentences(doc.text)
        doc.language = article_language(doc.text, doc.sentences)
        if doc.date is None and not doc.date_settled:
            doc.date = publication_date(doc.text, doc.skipped)

    return run


# -- names that are also ordinary words ----------------------------------------------------------
_ZH_COMMON = frozenset({"s", "t", "f"})  # jieba: place-, time- and direction-words (东方, 西岸)
_kiwis: dict[int, tuple[Gazetteer, object, dict[str, str]]] = {}
_zh_word_tags: dict[str, bool] = {}


def _primary_keys(gazetteer: Gazetteer) -> set[str]:
    return {name_key(n) for o in gazetteer.orgs.values() for n in o.names.values()}


def kiwi_for(gazetteer: Gazetteer):
    """One Kiwi per gazetteer, and the directory names that Kiwi's own dictionary (before the
    directory is added to it) reads as ordinary words: 지난 (지나+ㄴ, 'last'), 선전 ('propaganda'),
    화성, 연합 … Those are the collisions `name_guard` asks stronger evidence for."""
    cached = _kiwis.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1], cached[2]
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    primary = _primary_keys(gazetteer)
    words = [k for k, owners in gazetteer.by_key.items()
             if 2 <= len(k) <= 3 and all("\uac00" <= c <= "\ud7a3" for c in k)
             and any(kind == EntityKind.place or (kind == EntityKind.organization and k not in primary)
                     for kind, _i in owners)]
    collisions: dict[str, str] = {}
    for word, tokens in zip(words, kiwi.tokenize(words), strict=True):
        known = all(t.id > 2 for t in tokens)  # ids 0-2 are Kiwi's unknown-word placeholders
        if word[-1] in ADMIN_SUFFIX and len(word) >= 3:
            continue  # 선전시, 충칭시: the suffix settles it
        if known and not any(t.tag == "NNP" for t in tokens):
            modifier = tokens[-1].tag in ("ETM", "MM") or tokens[0].tag == "MM"
            collisions[word] = "modifier" if modifier else "word"
    for word in gazetteer.words_ko:
        if 1 < len(word) <= 20:
            kiwi.add_user_word(word, "NNP", 0)
    _kiwis.clear()
    _kiwis[id(gazetteer)] = (gazetteer, kiwi, collisions)
    return kiwi, collisions


class LazyKiwi:
    """The gazetteer's Kiwi, built on the first Korean sentence that asks for it: building it
    (loading the model, reading the directory's words) is most of a short article's time, and an
    article with no Korean never needs it. Components hold this instead of Kiwi itself."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def tokenize(self, *args, **kwargs):
        return kiwi_for(self.gazetteer)[0].tokenize(*args, **kwargs)


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


class LazyCollisions:
    """`kiwi_for`'s and `zh_collisions`' names, each language's read the first time a name in its
    script is looked up (a Korean article never loads jieba for them, a Chinese one never Kiwi)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.ko: dict[str, str] | None = None
        self.zh: dict[str, str] | None = None

    def get(self, key: str) -> str | None:
        if _HANGUL_SYLLABLE.search(key):
            if self.ko is None:
                self.ko = kiwi_for(self.gazetteer)[1]
            return self.ko.get(key)
        if _HAN_CHAR.search(key):
            if self.zh is None:
                self.zh = jieba_for(self.gazetteer)
            return self.zh.get(key)
        return None


_jiebas: dict[int, tuple[Gazetteer, dict[str, str]]] = {}


def jieba_for(gazetteer: Gazetteer) -> dict[str, str]:
    """jieba with the directory's Chinese words added, once per gazetteer and only when a Chinese
    sentence needs it; returns `zh_collisions`, read before the words are added."""
    cached = _jiebas.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    import rjieba

    collisions = zh_collisions(gazetteer)
    for word in gazetteer.words_zh:
        if 1 < len(word) <= 20:
            rjieba.add_word(word, None, None)
    _jiebas.clear()
    _jiebas[id(gazetteer)] = (gazetteer, collisions)
    return collisions


def zh_collisions(gazetteer: Gazetteer) -> dict[str, str]:
    """Chinese directory names of two or three characters that jieba's dictionary tags as an
    ordinary word (东方 's', 未来 't', 光明 'n') rather than a proper name. Tags are read once per
    name, before the directory's words are added to jieba."""
    import rjieba

    primary = _primary_keys(gazetteer)
    out = {}
    for k, owners in gazetteer.by_key.items():
        if not (2 <= len(k) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in k)):
            continue
        if not any(kind == EntityKind.place or (kind == EntityKind.organization and k not in primary)
                   for kind, _i in owners):
            continue
        if k not in _zh_word_tags:
            tags = rjieba.tag(k)
            _zh_word_tags[k] = (len(tags) == 1 and rjieba.has_word(k)
                                and tags[0][1] in _ZH_COMMON)
        if _zh_word_tags[k]:
            out[k] = "word"
    return out


def kiwi_tokens(doc: Doc, kiwi, s) -> list:
    """Kiwi's tokens of a sentence, computed once per document."""
    key = ("kiwi", s.start, s.end)
    toks = doc.cache.get(key)
    if toks is None:
        toks = doc.cache[key] = kiwi.tokenize(doc.text[s.start:s.end])
    return toks


def kiwi_cached(doc: Doc, s) -> list | None:
    """The sentence's tokens if a rule has had Kiwi read it already, else None (a rule that would
    first ask whether it needs them can use them at no cost)."""
    return doc.cache.get(("kiwi", s.start, s.end))
