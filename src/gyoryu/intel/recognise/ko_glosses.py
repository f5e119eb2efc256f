"""Korean names glossed by a Chinese one in brackets: the press writes a Chinese firm's name in
its own script after the Korean sound of it (파이버홈(烽火通信), 세레스(赛力斯·SERES)). The Hangul
alone says nothing of what it names, a person (쉬리(徐立)), a place (장장(張江)) or a product
(싱훠(星火)) are glossed the same way; what the Chinese is tells: a name LAC reads as an
organisation (or one ending in an organisation's head) makes the Hangul one too. Linking then
takes the gloss in as a mention of its own (`link._unite_glosses`)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc
from gyoryu.intel.recognise.heads import add_candidate, simplified
from gyoryu.intel.recognise.ko_tokens import KO_FIRM_KINDS, NAME_TAGS, cued, stem_tokens
from gyoryu.intel.recognise.zh_heads import FIRM_END

_HANGUL_THEN_BRACKET = re.compile(r"(?<![A-Za-z0-9가-힣&])([가-힣][A-Za-z0-9가-힣]{1,14})\s?"
                                  r"[(（]([^()（）\n]{2,40})[)）]")
_GLOSS_SEP = re.compile(r"\s*[·ㆍ,，、/]\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,14}")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.'\- ]*")


# '전해액 제조사 화성신소재(華晟新材料)', '투자기관인 항저우자본(杭州資本)': the kind of firm before
# the name says what the glossed name is
_KO_KIND_BEFORE = re.compile(rf"(?:{KO_FIRM_KINDS})(?:인|이자)?\s$")
# '알리바바 산하 X', '앤트그룹 계열의 X', '홍콩에 본사를 둔 X': what owns or houses the glossed name
# says it is a firm as plainly as a kind of firm does
_KO_OWNED_BEFORE = re.compile(r"(?:계열(?:사)?의?|산하(?:의)?|자회사(?:인)?|본사를 둔|본사가 있는)\s$")


def _organisation_in_chinese(han: str, kind: bool = False) -> bool:
    """Whether LAC reads the Chinese name as an organisation: the whole of it one ORG span, or
    an ORG span, or a proper name, running into an organisation's head at its end (烽火|通信,
    赛力斯); a person or a place anywhere in it is none. After a kind of firm (`kind`), any name
    of more than a place or a person is one (華晟|新材料, 杭州|資本)."""
    from gyoryu.intel.recognise.zh_tagger import HEAD_END, lac_tag

    tags = lac_tag(simplified(han))
    kinds = {t for _w, t in tags}
    if kind and len(tags) >= 2 and not kinds & {"PER", "nr"} and tags[-1][1] not in ("LOC", "ns"):
        return True
    line = FIRM_END.search(simplified(han))
    if line and line.start() >= 2 and not kinds & {"PER", "nr"}:
        return True  # a line of business closing it (英矽|智能, 上海|医药, 纵横|股份): a firm, its city in it or not
    if kinds & {"PER", "LOC", "nr", "ns"}:
        return False
    if kinds == {"ORG"}:
        return True
    return bool(tags) and tags[0][1] in ("ORG", "nz") and HEAD_END.search(simplified(han)) is not None


def _ko_chinese_glosses(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """'파이버홈(烽火通信)': a Hangul name Kiwi reads as names (or words it does not know) before
    a bracket holding a Chinese organisation's name, and Latin ones at most beside it, is that
    organisation."""
    text = doc.text
    for m in cued(_HANGUL_THEN_BRACKET, "(", text, s):
        a, b = m.span(1)
        parts = [p for p in _GLOSS_SEP.split(m.group(2).strip()) if p]
        han = [p for p in parts if _HAN.fullmatch(p)]
        kind = (_KO_KIND_BEFORE.search(text, max(s.start, a - 12), a) is not None
                or _KO_OWNED_BEFORE.search(text, max(s.start, a - 12), a) is not None)
        named_for_city = kind or any(FIRM_END.search(simplified(h)) for h in han)  # 광저우약업(广州医药)
        if not han or any(not (_HAN.fullmatch(p) or _LATIN.fullmatch(p)) for p in parts) or (
                doc.taken(a, b) and not (named_for_city and _place_opens_only(doc, a, b))):
            continue
        if gazetteer.entities(name_key(m.group(1))):
            continue  # a place, a person or a body the directory knows by the Hangul
        tokens = [t for t in stem_tokens(doc, kiwi, m.group(1)) if not t.tag.startswith("J")]
        if not tokens or any(not (t.tag.startswith("NN") or t.tag in NAME_TAGS or (kind and t.tag == "XPN"))
                             for t in tokens) or (
                len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].id > 2):
            continue  # a verb, or one ordinary word (관리위원회(…管委会) is the Chinese's to name)
        if all(_organisation_in_chinese(h, kind) for h in han):
            add_candidate(doc, gazetteer, a, b, absorb_places=named_for_city)


def _place_opens_only(doc: Doc, a: int, b: int) -> bool:
    """Whether what is taken of a..b is only a place opening the name (항저우|자본): a firm named
    after its city, not a place."""
    over = [m for m in (*doc.orgs, *doc.people, *doc.places) if m.start < b and a < m.end]
    return bool(over) and all(m in doc.places and m.start == a and m.end < b for m in over)


# a Latin name and a Hangul one glossing each other in brackets, either way round: KOTRA(대한무역
# 투자진흥공사), 창장메모리(YMTC); a Hangul name glossed by its Chinese one (창저우시(常州市))
_LATIN_HANGUL = re.compile(r"(?<![A-Za-z0-9가-힣&])(?:([A-Z][A-Za-z0-9&.\-]{1,15})\(([가-힣][A-Za-z0-9가-힣]{1,20})\)"
                           r"|([가-힣][A-Za-z0-9가-힣]{1,14})\((?:([A-Z][A-Z0-9&]{1,7})|([\u4e00-\u9fff]{2,20}))\))")


def ko_latin_glosses(doc: Doc, gazetteer: Gazetteer) -> None:
    """One side of a Latin–Hangul gloss found as an organisation makes the other side one too:
    the same organisation named twice (linking unites them)."""
    text = doc.text
    for s in doc.sentences_in("ko"):
        for m in cued(_LATIN_HANGUL, "(", text, s):
            if m.group(5):  # 창저우시(常州市): the Chinese glosses a Hangul name found, not the other way
                pairs = ((m.span(3), m.span(5)),)
            else:
                pair = (m.span(1), m.span(2)) if m.group(1) else (m.span(3), m.span(4))
                pairs = (pair, pair[::-1])
            for (a, b), (c, d) in pairs:
                if not any(o.start == a and o.end == b for o in doc.orgs):
                    continue
                if not doc.taken(c, d):
                    add_candidate(doc, gazetteer, c, d)
                elif m.group(5) and all(p.start >= c and p.end <= d for p in doc.places if p.start < d and c < p.end) \
                        and not any(x.start < d and c < x.end for x in (*doc.orgs, *doc.people)):
                    add_candidate(doc, gazetteer, c, d, absorb_places=True)  # 常州 inside is the name's
