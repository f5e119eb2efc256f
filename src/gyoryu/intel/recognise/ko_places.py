"""Korean places in the parts organisations play: a province or a city that acts as its government
(listed with bodies, with its officers, sending a delegation), one coordinated with another place
that stays a place, and the foreign body written right after its country in a story of an exchange
(미국 램리서치와 … 파트너십)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention, PlaceMention
from gyoryu.intel.recognise.heads import add_candidate, as_government, org_ending_at
from gyoryu.intel.recognise.ko_tokens import skip_quote
from gyoryu.intel.segment import inside, kiwi_tokens, within

# -- places that act as their governments ---------------------------------------------------------
_KO_ADMIN_NAME = re.compile(r"(?:특별자치도|특별자치시|광역시|특별시|시|도|성|구|군|현)$")
_KO_CHAIN_SEP = re.compile(r"\s*(?:[,·ㆍ、]|및)\s*")
# "부산광역시, 경상남도 등 4개 지자체": listed as local governments or bodies
_KO_AS_BODIES = re.compile(r"\s*(?:등\s*)?(?:\d+|[한두세네]|여러)\s*개\s*"
                           r"(?:지자체|지방자치단체|지방정부|광역자치단체|기관|시도|성시)")
# "산둥성 부성장", "톈진시 부시장": the government's officers, written apart
_KO_OFFICER_AFTER = re.compile(r"\s(?:상무\s?)?(?:부?성장|부?시장|부?지사|부?도지사|당서기|서기|부?주석)(?![가-힣]{2})"
                               # 전북특별자치도(행정부지사 오승훈)는: the officer who speaks for it, in brackets
                               r"|\s?\((?:[가-힣]{0,4}\s)?(?:[가-힣]{0,4}부?(?:지사|시장|도지사|군수|구청장|성장))\s[가-힣]{2,4}\)")
# "길림성 인민 정부", "상하이시 정부": a province's or a city's government named as such
_KO_GOVERNMENT_AFTER = re.compile(r"\s?(?:인민\s?)?정부(?=[은는이가을를의와과도에로]|[^A-Za-z0-9가-힣]|$)")
# "광주시 경제협력 대표단": the government sends the delegation
_KO_SENDS_DELEGATION = re.compile(r"\s?(?:[가-힣]{1,8}\s?)?(?:대표단|사절단|방문단|시찰단|개척단|투자유치단)")
# "성남시 관계자들은", "항저우시 공무원 10여 명": the government's officials speak or travel for it
_KO_OFFICIALS = re.compile(r"\s?(?:관계자|공무원|실무진|담당자|담당\s?공무원)(?:들|단)?(?![가-힣]{2})")
# "선전시 산하 선전캐피탈": the body others are under
_KO_ABOVE = re.compile(r"\s?산하\s")
# "톈진시와 한국의 로봇산업협회 관계자가": coordinated with an organisation, as a party
_KO_WITH = re.compile(r"[와과]\s")


def _ko_governments(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """A place named with its administrative ending (경기도, 톈진시, 부산광역시) is its government
    when it is listed with organisations or as one of several local governments, coordinated
    with an organisation as a party, named with its officers (산둥성 부성장), its officials
    (성남시 관계자들은) or sending a delegation (광주시 경제협력 대표단); named with its government
    (길림성 인민 정부). The directory's government when it holds one, else a candidate."""
    text = doc.text
    members = sorted(within((*doc.orgs, *doc.places), s), key=lambda m: m.start)
    chains: list[list] = []
    for m in members:
        if chains and _KO_CHAIN_SEP.fullmatch(text, chains[-1][-1].end, m.start):
            chains[-1].append(m)
        else:
            chains.append([m])
    acting: list[PlaceMention] = []
    for p in [p for p in within(doc.places, s) if _is_admin(p, gazetteer) or _is_region(p, gazetteer)]:
        if (m := _KO_GOVERNMENT_AFTER.match(text, p.end)) and not doc.taken(p.end, m.end()):
            doc.places.remove(p)  # 길림성 인민 정부: the government named as such
            gov = gazetteer.governments.get(p.entity_id)
            doc.orgs.append(OrgMention(p.start, m.end(), text[p.start:m.end()], gov, 1.0 if gov else 0.0,
                                       LinkMethod.alias if gov else LinkMethod.none,
                                       source="directory" if gov else "pattern"))
    for chain in chains:
        places = [m for m in chain if isinstance(m, PlaceMention) and _is_admin(m, gazetteer)]
        if not places:
            continue
        if len(chain) > 1 and (any(isinstance(m, OrgMention) for m in chain)
                               or _KO_AS_BODIES.match(text, skip_quote(text, chain[-1].end))):
            acting.extend(places)
            continue
        for p in places:
            with_org = _KO_WITH.match(text, p.end) and any(
                o.start > p.end and o.start - p.end <= 12 and inside(o, s)
                and not _KO_ADMIN_NAME.search(o.mention) for o in doc.orgs)  # not 서울시와 부산시
            if (_KO_OFFICER_AFTER.match(text, p.end) or _KO_AS_BODIES.match(text, p.end) or with_org
                    or _KO_SENDS_DELEGATION.match(text, p.end) or _KO_ABOVE.match(text, p.end)
                    or _KO_OFFICIALS.match(text, p.end)):
                acting.append(p)
    for p in acting:
        if any(q is p for q in doc.places):  # not one already read as '… 정부' above
            as_government(doc, gazetteer, p)


def _is_region(p: PlaceMention, gazetteer: Gazetteer) -> bool:
    """A province or a city named without an administrative ending (아부다비, 두바이, 홍콩): it is
    a government only where the word 정부 says so."""
    entry = gazetteer.places.get(p.entity_id)
    return entry is not None and entry.kind in ("province", "city") and len(p.mention) >= 2


def _is_admin(p: PlaceMention, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.places.get(p.entity_id)
    return (entry is not None and entry.kind in ("province", "city", "district")
            and _KO_ADMIN_NAME.search(p.mention) is not None and len(p.mention) >= 3)


# -- places beside places, and foreign bodies written after their country ------------------------
_KO_COORD_PLACE = re.compile(r"(?:지역|지방)?(?:와|과|및)\s?$")


def _ko_places_beside_places(doc: Doc, gazetteer: Gazetteer) -> None:
    """'화동지역과 후베이성은 … 중심이다': a province or a city coordinated with a place that is
    no party (or a region: …지역과) is a place too, though the subject of its sentence."""
    text = doc.text
    for o in list(doc.orgs):
        m = _KO_COORD_PLACE.search(text, max(0, o.start - 6), o.start)
        if m is None:
            continue
        pid = next((i for k, i in gazetteer.entities(name_key(o.mention)) if k == EntityKind.place
                    and gazetteer.places[i].kind in ("province", "city")), None)
        if pid is None or o.entity_id not in (None, gazetteer.governments.get(pid)):
            continue
        before = next((p for p in doc.places if p.end == m.start()), None)
        if (before is not None and gazetteer.places[before.entity_id].kind != "country") or (
                m.group(0).startswith(("지역", "지방")) and not org_ending_at(doc, m.start(), "")):
            doc.orgs.remove(o)
            doc.places.append(PlaceMention(o.start, o.end, o.mention, pid))


# A foreign body is written after its country, as one proper noun that takes a particle:
# '미국 램리서치와 … 파트너십', '일본 소프트뱅크로부터 투자' — in a sentence that tells an exchange
# (an agreement, a partnership, an investment, a supply, a visit). '미국 시장과' (an ordinary
# noun), '중국 베이징에' (a place) and a known name are not taken.
_KO_EXCHANGE = re.compile(r"협약|MOU|양해각서|의향서|파트너십|제휴|손잡|맞손|협력|투자|인수|합작|공급|협업|"
                          r"방문|찾아|만나")
_KO_NAME_PARTICLE = re.compile(r"와|과|의|는|은|이|가|로부터|에서|에|을|를|등")


def _foreign_after_country(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    countries = [p for p in within(doc.places, s) if gazetteer.places[p.entity_id].kind == "country"
                 and doc.text.startswith(" ", p.end)]
    if not countries or not _KO_EXCHANGE.search(doc.text, s.start, s.end):
        return
    if _followers_covered(doc, countries):
        return
    tokens = kiwi_tokens(doc, kiwi, s)
    for p in countries:
        at = p.end + 1 - s.start
        i = next((k for k, t in enumerate(tokens) if t.start == at), None)
        if i is None or i + 1 >= len(tokens):
            continue
        t, nxt = tokens[i], tokens[i + 1]
        if t.tag != "NNP" or len(t.form.replace(" ", "")) < 2 or not nxt.tag.startswith("J") \
                or not _KO_NAME_PARTICLE.fullmatch(nxt.form):
            continue
        a, b = s.start + t.start, s.start + t.start + t.len
        if not doc.taken(a, b) and not gazetteer.entities(name_key(doc.text[a:b])):
            add_candidate(doc, gazetteer, a, b)


def _followers_covered(doc: Doc, countries: list) -> bool:
    """Whether a mention covers the position right after each country (and its space): the name
    `_foreign_after_country` looks for starts there, so any span it could read is taken, and the
    sentence need not be tokenised for it."""
    mentions = (*doc.orgs, *doc.people, *doc.places)
    return all(any(m.start <= p.end + 1 < m.end for m in mentions) for p in countries)
