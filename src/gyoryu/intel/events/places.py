"""Where an event happens: the place of the trigger's clause (`_event_place`) and what a visit
is to (`_visited`). Kept apart from the sides because a place is read by case marks and
prepositions, not by who acts."""

from __future__ import annotations

import re

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PlaceMention,
)

# -- places ---------------------------------------------------------------------------------------
# "서울 중구의 한 호텔에서", "판교 경기창조경제혁신센터에서": where the clause happens
_KO_AT = re.compile(r"(?:\s*의)?(?:\s*한)?(?:\s*[가-힣A-Za-z0-9]{1,14})?\s*에서")
_KO_WENT = re.compile(r"(?:을|를)\s*(?:찾아|방문해|방문하여|방문한\s*자리에서)")
_KO_VISITED = re.compile(r"\s*(?:을|를)?\s*(?:찾|방문)")
_ZH_AT = re.compile(r"在\s*$")
_ZH_VISITED = re.compile(r"(?:访问|考察|走访|参观|到访)\s*$")
_EN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_BASED = re.compile(r"-?\s?based\b|\s*에\s*본사를\s*둔")
_EN_CLAUSE = re.compile(r"\s(?:as|while|after|before|but|when)\s|;|, (?:which|who|while)\b")


def _event_place(doc: Doc, gazetteer: Gazetteer, lang: str, s, trig_start: int,
                 places: list[PlaceMention], targets: list,
                 fallback: bool = True) -> PlaceMention | None:
    """The place of the event's clause: the '…에서' phrase, the place visited ('항저우를 찾아',
    '访问上海'), '在北京', 'in Shenzhen' (the most specific of a run: 在北京海淀区 → 海淀区);
    else in Korean and Chinese the place named before the first target, in English after it;
    else the nearest. Only visits and summits fall back so: a place that merely describes a
    party ('선전의 라이다 기업', 'a Shenzhen startup') is not where they signed. English looks only
    inside the trigger's clause; 'Seoul-based' describes, it does not place."""
    text = doc.text
    local = [p for p in places if gazetteer.places[p.entity_id].kind != "country"
             and not _BASED.match(text, p.end)]
    if lang == "en":
        lo, hi = s.start, s.end
        for m in _EN_CLAUSE.finditer(text, s.start, s.end):
            if m.end() <= trig_start:
                lo = m.end()
            elif m.start() >= trig_start:
                hi = min(hi, m.start())
        local = [p for p in local if lo <= p.start < hi]
    if not local:
        return None
    if lang == "ko":
        marked = [p for p in local if _KO_AT.match(text, p.end)] or \
                 [p for p in local if _KO_VISITED.match(text, p.end)]
    elif lang == "zh":
        marked = [p for p in local if _ZH_AT.search(text, max(s.start, p.start - 3), p.start)
                  or _ZH_VISITED.search(text, max(s.start, p.start - 4), p.start)]
    else:
        marked = [p for p in local if _EN_AT.search(text, max(s.start, p.start - 8), p.start)]
    if marked and lang in ("ko", "zh"):  # the place adverbial comes before the verb it places
        marked = [p for p in marked if p.end <= trig_start] or marked
    if marked:
        pick = min(marked, key=lambda p: (abs(p.start - trig_start), p.start))
        return _most_specific(doc, local, pick)
    if not fallback and lang == "ko":
        went = _KO_WENT.search(doc.text, s.start, trig_start)  # 칭화대학교를 찾아 … 체결했다
        if went:
            before = [p for p in local if p.end <= went.start()]
            return before[-1] if before else None
    if not fallback:
        return None
    if targets:
        first = targets[0].start
        if lang in ("ko", "zh"):
            before = [p for p in local if p.end <= first]
            if before:
                return before[-1]
        else:
            after = [p for p in local if p.start >= targets[0].end]
            if after:
                return after[0]
        return min(local, key=lambda p: abs(p.start - first))
    return local[0]


_PLACE_RUN = re.compile(r"\s*(?:'s\s+)?")


def _most_specific(doc: Doc, places: list[PlaceMention], pick: PlaceMention) -> PlaceMention:
    """在北京海淀区, in Shenzhen's Nanshan district: the last of a run of places written together."""
    ordered = sorted(places, key=lambda p: p.start)
    i = ordered.index(pick)
    while i + 1 < len(ordered) and _PLACE_RUN.fullmatch(
            doc.text, ordered[i].end, ordered[i + 1].start):
        i += 1
    return ordered[i]
# 京畿道人工智能企业代表团, 浙江省经贸考察团: a few words of what the delegation is may come between
_HOME_OF_DELEGATION = re.compile(r"\s?(?:[가-힣A-Za-z]{0,8}\s?)?(?:대표단|방문단|사절단|개척단|代表团)|\s+delegation|"
                                 r"[\u4e00-\u9fffA-Za-z]{0,8}(?<![与和同及的、])(?:代表团|考察团|参访团|访问团)")


def _visited(doc: Doc, gazetteer: Gazetteer, targets: list, local: list, actors: list, s) -> list:
    """What a visit is to: the organisations visited, else the places — the most specific of
    them (광둥성 광저우 → 광저우), never the delegation's home ('전북 경제협력대표단')."""
    if any(isinstance(t, OrgMention) for t in targets):
        return [t for t in targets if isinstance(t, OrgMention)]
    places = gazetteer.places
    if not targets and local:
        targets = [p for p in local if p.start > min((a.end for a in actors), default=s.start)] or local[:1]
    targets = [p for p in targets if not (isinstance(p, PlaceMention)
                                          and _HOME_OF_DELEGATION.match(doc.text, p.end))]
    inner = {a for p in targets if isinstance(p, PlaceMention)
             for a in places[p.entity_id].ancestors(places) - {p.entity_id}}
    return [t for t in targets if not (isinstance(t, PlaceMention) and t.entity_id in inner)]
