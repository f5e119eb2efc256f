"""A foreign city's or province's body written in Korean after its place and a space: 쓰촨성
경제정보화청, 창저우시 상무국, 충칭시 경제정보화위원회, 창저우 국가하이테크산업개발구. The place is
part of the name (Chinese bodies are named by their place: 四川省经济和信息化厅); found alone, the
head part (경제정보화청) is no name of its own, and a bureau (…국) is found only so."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.recognise.heads import add_candidate

# the place's administrative word, a space, a stem of two or more syllables and a body's head,
# then a particle or the word's end (당국 'the authorities', 시청 'city hall': a one-syllable stem)
_BODY_AFTER = re.compile(r"(?:시|성|구|현)?\s((?:[가-힣]{2,10}\s){0,2}?[가-힣]{2,12}?(?:청|국|위원회|개발구))"
                         r"(?=(?:[은는이가을를의와과도에]|에서|으로|로|측)?(?![가-힣]))")
# words may stand between the place and the body only for a zone's managing committee (톈진
# 빈하이 하이테크구 관리위원회): its zone is named in the words before it
_ZONE_COMMITTEE = re.compile(r"[가-힣]{2,10}\s[가-힣]*관리위원회$")
_NOT_BODY = re.compile(r"(?:전국|결국|당국|각국|양국|미국|중국|한국|일본국|본국|외국|타국|제국|왕국)$")


# a mission named by its seat, with the sending country written apart (주상하이 대한민국 총영사관),
# or glued to it (주UAE 한국대사관); the host by its initials too (주한 UAE 대사관: 주한 is 'in Korea')
_KO_SENDER = r"(?:대한민국|한국|중국|중화인민공화국|일본|미국|[A-Z]{2,5})"
_KO_MISSION = re.compile(r"(?<![가-힣A-Za-z])주(?:[가-힣]{1,5}|[A-Z]{2,5})\s?" + _KO_SENDER + r"\s?"
                         r"(?:총영사관|영사관|대사관|대표부)(?=(?:[은는이가을를의와과도에]|에서|측)?(?![가-힣]))")


# a Korean city's chamber of commerce by its short name (대구상의, 광주상의 for …상공회의소): the
# city glued to 상의 and then a particle or the word's end ('상의하다' is a verb, never glued so)
_KO_CHAMBER = re.compile(r"(?<![가-힣])([가-힣]{2,3})상의(?=(?:[은는이가을를의와과도에]|에서|측|\s|[^가-힣])|$)")


def _city_chambers(doc: Doc, gazetteer: Gazetteer) -> None:
    for m in _KO_CHAMBER.finditer(doc.text):
        if any(k == EntityKind.place and gazetteer.places[i].country == "KR"
               for k, i in gazetteer.entities(name_key(m.group(1)))):
            add_candidate(doc, gazetteer, *m.span(), absorb_places=True)


def ko_local_bodies(doc: Doc, gazetteer: Gazetteer) -> None:
    """Each foreign province, city or district place read on into the body named after it; a
    mission with its seat and its country; a Korean city's chamber by its short name."""
    text = doc.text
    _city_chambers(doc, gazetteer)
    for m in _KO_MISSION.finditer(text):
        if not any(o.start < m.end() and m.start() < o.end and not (m.start() <= o.start and o.end <= m.end())
                   for o in doc.orgs):
            doc.orgs = [o for o in doc.orgs if not (m.start() <= o.start and o.end <= m.end())]
            add_candidate(doc, gazetteer, *m.span(), absorb_places="spaced")
    for p in list(doc.places):
        entry = gazetteer.places.get(p.entity_id)
        if entry is None or entry.kind not in ("province", "city", "district") or entry.country == "KR" \
                or not ("\uac00" <= p.mention[-1] <= "\ud7a3"):
            continue
        m = _BODY_AFTER.match(text, p.end)
        if m is None or _NOT_BODY.search(m.group(1)) or (" " in m.group(1) and not _ZONE_COMMITTEE.search(m.group(1))):
            continue
        a, b = m.span(1)
        inside = [o for o in doc.orgs if o.start < b and a < o.end]
        if any(o.start < a or o.end > b or o.entity_id is not None for o in inside) \
                or any(x.start < b and p.start < x.end for x in doc.people) \
                or any(x is not p and x.start < b and p.start < x.end for x in doc.places):
            continue
        doc.orgs = [o for o in doc.orgs if o not in inside]
        doc.places.remove(p)
        doc.orgs.append(OrgMention(p.start, b, text[p.start:b], source="pattern"))
