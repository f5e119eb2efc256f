"""The built-in pipeline components, each registered under a versioned name."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import GOVERNMENT_BODIES, Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PersonMention,
    PlaceMention,
    component,
)
from gyoryu.intel.text import article_language, publication_date, split_sentences
from gyoryu.intel.translit import GENERIC_BY_WORD, sound_keys, split_generic


def _inside(m, s) -> bool:
    return s.start <= m.start and m.end <= s.end


# -- sentences, language, publication date -------------------------------------------------------
@component("gyoryu.sentences.v2")
def sentences_v2(*, gazetteer: Gazetteer):
    def run(doc: Doc) -> None:
        doc.sentences, doc.skipped = split_sentences(doc.text)
        doc.language = article_language(doc.text, doc.sentences)
        if doc.date is None:
            doc.date = publication_date(doc.text, doc.skipped)

    return run


# -- directory names ------------------------------------------------------------------------------


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
        if word[-1] in _ADMIN_SUFFIX and len(word) >= 3:
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


# -- directory names ------------------------------------------------------------------------------
_ACTOR_AFTER = re.compile(r"\s*(?:[가는은이와과도]\s|[와과]의|[与和與]|청|대표단|代表团|政府"
                          r"|\s+(?:government|delegation))"
                          r"|(?<=[시도])(?:장|지사)|\s*[A-Za-z가-힣]{0,6}?(?:국장|실장|과장|본부장|시장|지사)"
                          r"|(?<=[市省])(?:副?[市省]长|[市省]委|书记)")  # 上海市副市长: the government's officer


# A place named as the body that governs it: its officers (上海市市长, 충칭시장) or 인민정부
_GOVERNMENT_AFTER = re.compile(r"(?<=[市省])(?:副?[市省]长|[市省]委|书记)|(?<=[시도성])(?:장|지사)(?![가-힣])")
_PEOPLES_GOVERNMENT = re.compile(rf"\s?(?:{'|'.join(GOVERNMENT_BODIES)})")
_ADMIN_WORDS = ("시", "도", "市", "省")  # written onto a place's name for its government (대구시)
# A place written with its administrative ending that acts: a candidate for its government when
# the directory has none (대구시가 밝혔다, 우한시와 양해각서, 전북특별자치도지사, 武汉市与…签署)
_ADMIN_ENDING = re.compile(r"(?:시|도|군|구|市|省|区|县)$")
_GOV_ACTS = re.compile(r"(?:장|지사|청(?![가-힣]))|\s?(?:대표단|代表团)|市长|省长|市委"
                       r"|\s*(?:와|과|与|和|同|[은는이가](?=\s))\s?[^.。\n]{0,40}?"
                       r"(?:협약|MOU|양해각서|의향서|손잡|签署|签约|备忘录|协议)")
_KO_GOV_SUBJECT = re.compile(r"[은는이가]\s")


_ZH_AT_BEFORE = re.compile(r"[在于][^，。,、\s]{0,6}$")


def _governs(text: str, start: int, end: int, place) -> int:
    """Where the government's name ends when a place named with its administrative ending
    (대구시, 우한시; 대구 + 시) is the body that governs it here — its officers, its delegation,
    an agreement it signs, or, for a Korean place, as the subject ('…대구시가 밝혔다') — else 0."""
    if place.kind not in ("province", "city", "district"):
        return 0
    if text[end:end + 1] in _ADMIN_WORDS:
        end += 1  # 대구 + 시가 (대구 ends in 구 by chance)
    elif not _ADMIN_ENDING.search(text[start:end]):
        return 0
    if _ZH_AT_BEFORE.search(text, max(0, start - 8), start):
        return 0  # 在北京海淀区与…签署: where it was signed
    if _GOV_ACTS.match(text, end) or (place.country == "KR" and _KO_GOV_SUBJECT.match(text, end)):
        return end
    return 0


@component("gyoryu.name_matcher.v2")
def name_matcher_v2(*, gazetteer: Gazetteer):
    """Every directory name in the story (skipping bylines and captions), classified by owner.

    A name both a place and an organisation (경기도, 충칭시) is the government when the text
    treats it as one who acts (a subject, a partner, a delegation), else the place."""

    def run(doc: Doc) -> None:
        spans = [(s.start, s.end) for s in doc.sentences]
        for hit in gazetteer.matcher.find(doc.text):
            if not any(a <= hit.start and hit.end <= b for a, b in spans):
                continue
            owners = gazetteer.entities(hit.key)
            orgs = [i for k, i in owners if k == EntityKind.organization]
            places = [i for k, i in owners if k == EntityKind.place]
            people = [i for k, i in owners if k == EntityKind.person]
            mention = doc.text[hit.start:hit.end]
            if hit.key in gazetteer.cased and not any(c.isupper() for c in mention):
                continue  # "most", "arm": English words, not MOST or Arm
            if people and not orgs:
                doc.people.append(PersonMention(hit.start, hit.end, mention, people[0]))
                continue
            if orgs and places:
                acting = _ACTOR_AFTER.match(doc.text, hit.end)
                if not acting:
                    doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))
                    continue
            if orgs:
                unique = len(orgs) == 1
                doc.orgs.append(OrgMention(
                    hit.start, hit.end, mention, orgs[0], 1.0 if unique else 0.5,
                    LinkMethod.alias, candidates=[] if unique else [(o, 0.5) for o in orgs]))
            elif places:
                gov = gazetteer.governments.get(places[0])
                if gov is not None and (m := _PEOPLES_GOVERNMENT.match(doc.text, hit.end)):
                    doc.orgs.append(OrgMention(hit.start, m.end(), doc.text[hit.start:m.end()], gov, 1.0,
                                               LinkMethod.alias))  # 량장신구 관리위원회
                elif gov is not None and _GOVERNMENT_AFTER.match(doc.text, hit.end):
                    doc.orgs.append(OrgMention(hit.start, hit.end, mention, gov, 1.0, LinkMethod.alias))
                elif gov is None and (m := _PEOPLES_GOVERNMENT.match(doc.text, hit.end)):
                    doc.orgs.append(OrgMention(hit.start, m.end(), doc.text[hit.start:m.end()],
                                               source="pattern"))  # 안후이성 인민정부, not yet known
                elif gov is None and (end := _governs(doc.text, hit.start, hit.end,
                                                      gazetteer.places[places[0]])):
                    doc.orgs.append(OrgMention(hit.start, end, doc.text[hit.start:end],
                                               source="pattern"))
                else:
                    doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))
        _generic_extensions(doc, gazetteer)

    return run


# Generic words that, written onto a known name, make another organisation even when the
# directory lacks it (吉利资本, Geely's investment arm); others (腾讯集团) name the same one
_SPIN_OFF_WORDS = frozenset({"capital", "ventures", "bank", "securities", "lab", "cloud"})
_FUND_WORDS = ("capital", "ventures")


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in Title Case ('Horizon Robotics Signs Deal …'), where capitals prove nothing."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.6


_COUNTRY_WORDS = frozenset({"Korea", "China", "Japan", "America", "Europe", "Vietnam", "India", "Singapore"})
_NOT_AFFILIATE = frozenset(
    "January February March April June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Said Says Chairman Chief President Founder Group Inc "
    "Corp Ltd Co The And With For From Plans Will Has Had Also".split())
_LATIN_TAIL = re.compile(r" ?([A-Za-z]{2,9})\b")  # letters only: 샤오미 SU7 is a car


def _generic_extensions(doc: Doc, gazetteer: Gazetteer) -> None:
    """A known name followed by a generic word (NAVER云, 吉利资本): the organisation so named
    when the directory has it under other names, else a candidate for a new one."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        if o.entity_id is None:
            continue
        rest = text[o.end:o.end + 12]
        gap = len(rest) - len(rest.lstrip(" "))
        if gap > 1:
            continue
        tail = _LATIN_TAIL.match(rest)
        if tail and tail.group(1) in _COUNTRY_WORDS and o.mention.isascii() and rest[:1] == " " \
                and gazetteer.orgs[o.entity_id].kind == "company":
            end = o.end + tail.end(1)  # Fourier Korea, Narwal Korea: the unit in that country
            if (target := gazetteer.composed.get((o.entity_id, tail.group(1).lower()))) is not None:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], target, 1.0, LinkMethod.alias)
            else:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            doc.places = [p for p in doc.places if not (o.end <= p.start and p.end <= end)]
            continue
        if tail and (target := gazetteer.composed.get((o.entity_id, tail.group(1).lower()))):
            end = o.end + tail.end(1)  # 三星SDS → Samsung SDS
            doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], target, 1.0, LinkMethod.alias)
            continue
        if (tail and o.mention.isascii() and tail.group(1)[0].isupper() and tail.group(1)[1:].islower()
                and len(tail.group(1)) >= 4 and tail.group(1) not in _NOT_AFFILIATE
                and gazetteer.orgs[o.entity_id].kind == "company" and not _title_case_line(text, o.start)
                and not any(x is not o and x.start < o.end + tail.end(1) and o.end <= x.start
                            for x in (*doc.orgs, *doc.places, *doc.people))):
            end = o.end + tail.end(1)  # Hyundai Glovis: an affiliate the directory lacks
            doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            continue
        for word, cls in GENERIC_BY_WORD:
            if not rest[gap:].lower().startswith(word):
                continue
            end = o.end + gap + len(word)
            if end < len(text) and text[end].isascii() and text[end].isalnum():
                break  # "NAVER Cloudflare" is not NAVER Cloud
            if gap and not word.isascii():
                break  # a space before a Hangul or Hanzi word: a phrase, not a name
            target = gazetteer.composed.get((o.entity_id, cls))
            if target is None and cls in _FUND_WORDS and any(
                    gazetteer.composed.get((o.entity_id, c)) == o.entity_id for c in _FUND_WORDS):
                target = o.entity_id  # 高瓴资本 is Hillhouse, so 高瓴创投 is too
            if target is not None:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], target, 1.0, LinkMethod.alias)
            elif cls in _SPIN_OFF_WORDS and not any(
                    p.start < end and o.end < p.end for p in (*doc.orgs, *doc.places, *doc.people)):
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            break


# "지난 1일", "지난 주", "지난해 7월", "지난 달 말": 지난 is 'last' before a number or a time word
_TIME_AFTER = re.compile(r"\s*(?:\d|[한두세네]\s?(?:달|해|주|번|차례)|첫|달|주|해|번|회|차|년|월|일|분기|반기|"
                         r"학기|시즌|주말|밤|날|연말|연초|정권|정부|대선|총선|선거|회의|대회|때|시간|세기|"
                         r"겨울|여름|봄|가을|\s*[0-9一二三四五六七八九十]+)")
_ADMIN_SUFFIX = frozenset("시성구군현도市省区县")
_COORDINATED = re.compile(r"\s*(?:[와과]|및|[,·ㆍ、和与]|and|,\s*and)\s*")
_ORG_CONTEXT = re.compile(r"\s*(?:본사|사옥|측|관계자|대표|회장|사장|CEO|社|公司|集团|总部|[·ㆍ,、]\s*\S)")


@component("gyoryu.name_guard.v2")
def name_guard_v2(*, gazetteer: Gazetteer):
    """Directory names that are also ordinary words, or that name more than one place, kept only
    on evidence. A collision (found by `kiwi_for` and `zh_collisions`, not listed by hand) counts
    as a place when a larger place that holds it stands right before it (중국 지난, 산둥성 지난),
    an administrative suffix follows (지난시), or the article names the same place elsewhere in
    a form that is not ambiguous (济南, 지난시); a Korean modifier (지난) before a number or a time
    word (지난 1일, 지난 달 말) is never a place. Any city or district right after a larger place
    that does not hold it is a namesake outside the directory (경기 광주시, 인천 중구). Short
    district names (중구, 동구, 남구) need their city in the article. An organisation's alias that
    is an ordinary word needs the organisation named otherwise, or organisation context."""
    _kiwi, ko = kiwi_for(gazetteer)
    collisions = {**ko, **zh_collisions(gazetteer)}
    places = gazetteer.places

    def run(doc: Doc) -> None:
        text = doc.text
        ordered = sorted(doc.places, key=lambda p: p.start)
        keep: list[PlaceMention] = []
        doubtful: list[PlaceMention] = []
        for i, p in enumerate(ordered):
            key = name_key(p.mention)
            entry = places[p.entity_id]
            prev = ordered[i - 1] if i else None
            adjacent = prev is not None and text[prev.end:p.start].strip() == "" and p.start - prev.end <= 2
            holder = adjacent and prev.entity_id in entry.ancestors(places)
            if (adjacent and not holder and entry.kind in ("city", "district")
                    and places[prev.entity_id].kind in ("province", "city")
                    and places[prev.entity_id].country == entry.country
                    and p.entity_id not in places[prev.entity_id].ancestors(places)
                    and prev.entity_id != p.entity_id):
                continue  # a namesake: 경기 광주시, 인천 중구
            reason = collisions.get(key)
            if reason == "modifier" and _TIME_AFTER.match(text, p.end):
                continue
            short_district = (entry.kind == "district" and len(key) <= 2
                              and all("\uac00" <= c <= "\ud7a3" for c in key))
            if reason is None and not short_district:
                keep.append(p)
            elif holder or (p.end < len(text) and text[p.end] in _ADMIN_SUFFIX):
                keep.append(p)
            else:
                doubtful.append(p)
        sure = {p.entity_id for p in keep}
        for p in doubtful:
            entry = places[p.entity_id]
            if p.entity_id in sure or (entry.kind == "district" and entry.parent in sure
                                       and collisions.get(name_key(p.mention)) is None):
                keep.append(p)
            elif any(_COORDINATED.fullmatch(text, min(p.end, k.end), max(p.start, k.start))
                     for k in keep if places[k.entity_id].kind == entry.kind):
                keep.append(p)  # 선전과 상하이: listed with a place of its kind, it is one
        doc.places = sorted(keep, key=lambda p: p.start)

        governed = {org: place for place, org in gazetteer.governments.items()}
        placed = sorted(doc.places, key=lambda p: p.start)
        doc.orgs = [o for o in doc.orgs if not _namesake_government(o, governed, placed, text, places)]
        named = {}
        for o in doc.orgs:
            if o.entity_id is not None and collisions.get(name_key(o.mention)) is None:
                named[o.entity_id] = True
        doc.orgs = [o for o in doc.orgs if o.entity_id is None
                    or collisions.get(name_key(o.mention)) is None or named.get(o.entity_id)
                    or _ORG_CONTEXT.match(text, o.end)]

    return run


def _namesake_government(o: OrgMention, governed: dict[int, int], placed: list[PlaceMention],
                         text: str, places: dict) -> bool:
    """경기 광주시: a government named right after a province that does not hold its place is a
    namesake's (Gwangju in Gyeonggi, not Gwangju Metropolitan City)."""
    own = governed.get(o.entity_id)
    if own is None:
        return False
    prev = next((p for p in reversed(placed) if p.end <= o.start), None)
    if prev is None or o.start - prev.end > 2 or text[prev.end:o.start].strip():
        return False
    outer = places[prev.entity_id]
    return (outer.kind in ("province", "city") and outer.country == places[own].country
            and prev.entity_id != own and prev.entity_id not in places[own].ancestors(places))


# -- people and their roles -----------------------------------------------------------------------
KO_ROLES = ("대표이사|공동대표|상임대표|대표|명예회장|부회장|공동회장|회장|부사장|사장|이사장|의장|부총장|총장|학장|"
            "부원장|원장|소장|센터장|본부장|단장|관장|청장|국장|실장|부장|팀장|상무|전무|이사|부총재|총재|행장|"
            "창업자|창립자|설립자|부위원장|위원장|도지사|지사|부시장|시장|장관|차관|총리|대통령|주석|교수|박사|"
            "변호사|국회의원|의원|대사|총영사|CEO|CTO|CFO|COO")
_KO_ROLE = re.compile(rf"[A-Za-z가-힣]{{0,8}}?(?:{KO_ROLES})(?![가-힣]{{2}})")
_KO_ROLE_ANY = re.compile(rf"(?:{KO_ROLES})")
_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부피음빈")
# Chinese surnames as Korean writes them (탄다이, 펑즈후이, 자오리젠): a name that opens so is read
# the same way as a Korean one (a proper noun right before a role)
_KO_ZH_SURNAMES = ("자오", "저우", "가오", "샤오", "차오", "위안", "랴오", "쩌우", "하오", "마오", "사오", "야오",
                   "차이", "웨이", "추이", "쑨", "쉬", "쑹", "셰", "탄", "펑", "둥", "청", "덩", "뤄", "량", "뤼",
                   "쑤", "루", "딩", "쉐", "예", "옌", "판", "두", "다이", "샤", "중", "톈", "런", "팡", "스",
                   "슝", "쿵", "바이", "캉", "추", "친", "허우", "멍", "룽", "완", "돤", "첸", "탕", "리", "류",
                   "천", "후", "린", "허", "궈", "쩡", "장", "왕", "양", "황", "주", "우", "마", "한", "정", "위")
_GAP = re.compile(r"[\s‘’'\"“”]*")
# The head of an organisation named by the organisation's own last syllables and 장, written as
# one word: LG AI연구원장 (원장), 한국반도체산업협회장 (회장), 경제자유구역청장 (청장), 데이터센터장
_HEAD_OF = (("센터", "센터장"), ("본부", "본부장"), ("은행", "은행장"), ("사업단", "단장"), ("원", "원장"),
            ("회", "회장"), ("소", "소장"), ("청", "청장"), ("관", "관장"), ("국", "국장"), ("단", "단장"))
# an organisation name that ends so, followed by 장, is that organisation's head (부산정보산업진흥원장)
_KO_HEAD_ORG = re.compile(r"([A-Za-z0-9가-힣]{2,16}?(?:진흥원|연구원|평가원|기술원|협의회|연합회|협회|학회|연구소|"
                          r"센터|재단|공단|사업단|경제자유구역청))장(?![가-힣]{2})")


def _head_role(org_mention: str) -> str | None:
    for ending, role in _HEAD_OF:
        if org_mention.endswith(ending):
            return role
    return None


def _org_at(doc: Doc, pos: int) -> OrgMention | None:
    gap = _GAP.match(doc.text, pos)
    pos = gap.end()
    for o in doc.orgs:
        if o.start == pos:
            return o
    return None


def _org_ending_at(doc: Doc, pos: int, skip: str = " ‘’'\"“”") -> OrgMention | None:
    back = pos
    while back > 0 and doc.text[back - 1] in skip:
        back -= 1
    for o in doc.orgs:
        if o.end == back:
            return o
    return None


def _ko_role_after(doc: Doc, pos: int) -> tuple[str | None, OrgMention | None]:
    """'하이퍼놀로지 대표', '충칭시장' or 'LG AI연구원장' after a name: the role and the
    organisation it names. A gloss in brackets between them (물릭(James Randy Moulic) 학장) is
    passed over."""
    if m := _PAREN.match(doc.text, pos):
        pos = m.end()
    org = _org_at(doc, pos)
    if org is not None:
        m = _KO_ROLE.match(doc.text, _GAP.match(doc.text, org.end).end())
        if m and m.group(0):
            return m.group(0), org
        m = _KO_ROLE.match(doc.text, org.end - 1)  # 충칭시 + 장 = 충칭시장
        if m and m.group(0) in ("시장", "도지사", "지사"):
            return m.group(0), org
        if doc.text.startswith("장", org.end) and not _HANGUL2.match(doc.text, org.end + 1):
            role = _head_role(org.mention)
            if role:
                return role, org
    gap = _GAP.match(doc.text, pos)
    if gap.end() > pos or pos == 0:
        m = _KO_ROLE.match(doc.text, gap.end())
        if m and m.group(0):
            return m.group(0), _org_ending_at(doc, pos)
    return None, None


_HANGUL2 = re.compile(r"[가-힣]{2}")
_PAREN = re.compile(r"\s?[(（][^()（）\n]{1,40}[)）]")
# "공동회장 권태형, 마광림" / "공동대표 박서연·최민재": a role before one or more names
_KO_ROLE_FIRST = re.compile(rf"(?<![가-힣A-Za-z])((?:{KO_ROLES.replace('|CEO|CTO|CFO|COO', '')}))\s+(?=[가-힣])")
_KO_NAME_SEP = re.compile(r"\s*[,·ㆍ]\s*")
# "김 대표는", "배 원장은": a person named before, by surname and role
_KO_BACK_REF = re.compile(rf"(?<![가-힣])([가-힣])\s((?:{KO_ROLES}))(?=[은는이가을를의과와도께]|\s|$)")


def _ko_head_split(doc: Doc, gazetteer: Gazetteer, start: int, role: str) -> tuple[str, OrgMention | None]:
    """A role written onto an organisation the directory lacks (부산정보산업진흥원장, 판교AI협의회장):
    the organisation becomes a candidate and the role is its head's."""
    m = _KO_HEAD_ORG.fullmatch(role)
    if not m:
        return role, None
    org_text = m.group(1)
    head = _head_role(org_text)
    if head is None or len(org_text) - len(head) < 2:
        return role, None
    org = _add_candidate(doc, gazetteer, start, start + len(org_text), absorb_places=True)
    return head, org


def _kiwi_tokens(doc: Doc, kiwi, s) -> list:
    """Kiwi's tokens of a sentence, computed once per document."""
    key = ("kiwi", s.start, s.end)
    toks = doc.cache.get(key)
    if toks is None:
        toks = doc.cache[key] = kiwi.tokenize(doc.text[s.start:s.end])
    return toks


def _looks_like_name(form: str) -> bool:
    return (2 <= len(form) <= 4 and form[0] in _KO_SURNAMES) or (
        2 <= len(form) <= 5 and form.startswith(_KO_ZH_SURNAMES))


@component("gyoryu.ko_people.v2")
def ko_people_v2(*, gazetteer: Gazetteer):
    """Korean people: directory names, and names Kiwi tags as proper nouns right before a role
    ('이남희 하이퍼놀로지 대표', '배경훈 LG AI연구원장', '탄다이 훠산엔진 총재') or right after one
    ('공동대표 박서연, 최민재'). A surname with a role ('김 원장은') refers back to the person
    named before and gives them the role when they had none.

    Kiwi reads only the sentences that hold a role word, with every directory name added to its
    dictionary, so its cost stays a fraction of the article."""
    kiwi, _collisions = kiwi_for(gazetteer)

    def run(doc: Doc) -> None:
        for p in doc.people:
            if p.role is None and doc.text[p.start] >= "\uac00":
                p.role, org = _ko_role_after(doc, p.end)
                if org is not None:
                    p.org_id, p.org_mention = org.entity_id, org.mention
        for s in doc.sentences_in("ko"):
            chunk = doc.text[s.start:s.end]
            if not _KO_ROLE_ANY.search(chunk):
                continue
            tokens = _kiwi_tokens(doc, kiwi, s)
            names = {}
            for tok in tokens:
                if tok.tag != "NNP" or not _looks_like_name(tok.form):
                    continue
                start = s.start + tok.start
                end = start + tok.len
                if doc.text[start:end] != tok.form or name_key(tok.form) in gazetteer.by_key:
                    continue
                if (end < len(doc.text) and "\uac00" <= doc.text[end] <= "\ud7a3"
                        and doc.text[end] not in _PARTICLE_START):
                    continue  # part of a longer word
                names[start] = (start, end, tok.form)
            for start, end, form in _names_before_orgs(doc, kiwi, gazetteer, s):
                names.setdefault(start, (start, end, form))
            for start, end, form in names.values():
                if doc.taken(start, end):
                    continue
                role, org = _ko_role_after(doc, end)
                if role is None:
                    continue
                if org is None:
                    role, org = _ko_head_split(doc, gazetteer, _GAP.match(doc.text, end).end(), role)
                doc.people.append(PersonMention(
                    start, end, form, None, role,
                    org.entity_id if org else None, org.mention if org else None))
            _ko_roles_first(doc, s, names)
        _ko_back_references(doc)
        _glossed_people(doc)

    return run


_PARTICLE_START = frozenset("은는이가을를의와과도에께")
_KO_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,4})\s$")
# a name Kiwi cuts apart right before its role: 윤원석 청장을, 김두겸 울산시장은 (a bare 시장 is a market:
# 전세계 시장을)
_KO_ROLES_NOT_MARKET = "|".join(r for r in KO_ROLES.split("|") if r != "시장")
_KO_NAME_THEN_ROLE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])([가-힣]{{3}})\s(?=(?:[가-힣]{{1,6}}?시장|[가-힣]{{0,6}}?"
    rf"(?:{_KO_ROLES_NOT_MARKET}))(?![가-힣]{{2}}))")


_HANGUL_BEFORE_GLOSS = re.compile(r"(?<![가-힣])([가-힣]{2,5})\s?[(（]$")


def _glossed_people(doc: Doc) -> None:
    """'저우젠(周剑)', '류칭펑(刘庆峰)': the name in brackets glosses the Korean one before it; one
    person, named as the Korean text names them (the gloss lends its directory link)."""
    for p in list(doc.people):
        if not (p.end < len(doc.text) and doc.text[p.end] in ")）"):
            continue
        m = _HANGUL_BEFORE_GLOSS.search(doc.text, max(0, p.start - 8), p.start)
        if m is None:
            continue
        outer = next((q for q in doc.people if q.start == m.start(1) and q.end == m.end(1)), None)
        doc.people.remove(p)
        if outer is None:
            doc.people.append(PersonMention(m.start(1), m.end(1), m.group(1), p.entity_id, p.role,
                                            p.org_id, p.org_mention))
        elif outer.entity_id is None:
            outer.entity_id = p.entity_id
    doc.people.sort(key=lambda q: q.start)


def _names_before_orgs(doc: Doc, kiwi, gazetteer: Gazetteer, s) -> list[tuple[int, int, str]]:
    """'방승찬 ETRI 원장은': a name Kiwi does not know (it cuts 방|승|찬, or reads 이용권 as a
    word with a suffix) is still a name when it stands right before an organisation and a role,
    opens with a surname and is not one plain word of Kiwi's dictionary."""
    out = []
    words = [_KO_WORD_BEFORE.search(doc.text, max(s.start, o.start - 6), o.start)
             for o in doc.orgs if _inside(o, s)]
    words += list(_KO_NAME_THEN_ROLE.finditer(doc.text, s.start, s.end))  # 윤원석 청장을
    for m in words:
        if m is None or not _looks_like_name(m.group(1)) or name_key(m.group(1)) in gazetteer.by_key:
            continue
        key = ("kiwi-word", m.group(1))
        tokens = doc.cache.get(key)
        if tokens is None:
            tokens = doc.cache[key] = kiwi.tokenize(m.group(1))
        if (len(tokens) == 1 and tokens[0].tag != "NNP") or any(
                t.tag.startswith(("V", "E")) for t in tokens):
            continue  # 이번, 지난, 한편: a word; 나선 (나서+ㄴ): a verb, not a name
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


def _ko_roles_first(doc: Doc, s, names: dict) -> None:
    """'공동회장 권태형, 마광림', '에이트스텝랩스 공동대표 박서연, 최민재와': the role, then names."""
    known = {p.start: p for p in doc.people}
    for m in _KO_ROLE_FIRST.finditer(doc.text, s.start, s.end):
        org = _org_ending_at(doc, m.start(), " ‘’'\"“”(")
        pos = m.end()
        while True:
            person = known.get(pos)
            found = names.get(pos)
            if person is None and found is not None and not doc.taken(found[0], found[1]):
                person = PersonMention(found[0], found[1], found[2])
                doc.people.append(person)
                known[pos] = person
            if person is None:
                break
            if person.role is None:
                person.role = m.group(1)
                if org is not None:
                    person.org_id, person.org_mention = org.entity_id, org.mention
            sep = _KO_NAME_SEP.match(doc.text, person.end)
            if not sep or sep.end() >= s.end:
                break
            pos = sep.end()


def _ko_back_references(doc: Doc) -> None:
    people = sorted((p for p in doc.people if "\uac00" <= doc.text[p.start] <= "\ud7a3"),
                    key=lambda p: p.start)
    if not people:
        return
    for s in doc.sentences_in("ko"):
        for m in _KO_BACK_REF.finditer(doc.text, s.start, s.end):
            before = [p for p in people if p.end <= m.start() and p.mention.startswith(m.group(1))]
            if before and before[-1].role is None:
                before[-1].role = m.group(2)


ZH_ROLES = ("联合创始人|创始人|副董事长|董事长|首席执行官|首席技术官|首席运营官|首席财务官|首席科学家|总裁|副总裁|"
            "副总经理|总经理|执行董事|院长|校长|副市长|市长|副省长|省长|知事|社长|行长|局长|厅长|司长|处长|主任|"
            "总理|部长|主席|书记|教授|研究员|理事长|会长|秘书长|总干事|合伙人|CEO|CTO")
_ZH_ROLE_NAME = re.compile(rf"({ZH_ROLES})\s*([\u4e00-\u9fff]{{2,3}})")
# "，王鹤表示" / "金玟杰称": a name opening a clause, saying something
_ZH_NAME_SAYS = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?=表示|称|说|指出|介绍|认为|强调|透露)")
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "尹常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝")
_ZH_NAME_END = frozenset("表示说指出介绍认为强调称在等一行率与和的也则还会将是已")


@component("gyoryu.zh_people.v2")
def zh_people_v2(*, gazetteer: Gazetteer):
    """Chinese people: a role word right before a name (宇树科技创始人王兴兴, 京畿道知事金东渊), and
    a name that opens a clause to say something (，王鹤表示) when jieba does not know it as a word.
    The role is reported as the text writes it (總裁 stays traditional)."""
    import rjieba

    def run(doc: Doc) -> None:
        for p in doc.people:
            before = _simplified(doc.text[max(0, p.start - 12):p.start])
            m = re.search(rf"({ZH_ROLES})\s*$", before)
            if p.role is None and m:
                at = p.start - len(m.group(0))
                p.role = doc.text[at:at + len(m.group(1))]
                org = _org_ending_at(doc, at)
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
        for s in doc.sentences_in("zh"):
            simple = _simplified(doc.text[s.start:s.end])
            for m in _ZH_ROLE_NAME.finditer(simple):
                name = doc.text[s.start + m.start(2):s.start + m.end(2)]
                if m.group(2)[0] not in _ZH_SURNAMES:
                    continue
                if len(name) == 3 and name[2] in _ZH_NAME_END:
                    name = name[:2]
                start = s.start + m.start(2)
                end = start + len(name)
                if doc.taken(start, end) or name_key(name) in gazetteer.by_key:
                    continue
                org = _org_ending_at(doc, s.start + m.start(1))
                role = doc.text[s.start + m.start(1):s.start + m.end(1)]
                doc.people.append(PersonMention(start, end, name, None, role,
                                                org.entity_id if org else None,
                                                org.mention if org else None))
            for m in _ZH_NAME_SAYS.finditer(simple):
                name = m.group(1)
                start, end = s.start + m.start(1), s.start + m.end(1)
                if (name[0] not in _ZH_SURNAMES or rjieba.has_word(name) or doc.taken(start, end)
                        or name_key(name) in gazetteer.by_key):
                    continue
                doc.people.append(PersonMention(start, end, doc.text[start:end]))

    return run


EN_ROLES = (r"chief executive(?: officer)?|CEO|CTO|CFO|co-founder|founder|chairman|chairwoman|chair|"
            r"vice president|president|mayor|governor|minister|managing director|director|professor|"
            r"head|premier|ambassador|partner|secretary-general")
_EN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}"
# a title before a name is capitalised ("Zhejiang University President Du Jiangfeng")
_EN_NAME_ROLE = re.compile(rf"(?P<name>{_EN_NAME}),\s+(?:the\s+)?(?P<role>(?i:{EN_ROLES}))\b"
                           rf"(?:\s+(?:of|at)\s+)?")
_EN_ROLE_NAME = re.compile(rf"\b(?P<role>(?i:{EN_ROLES}))\s+(?P<name>{_EN_NAME})\b")


@component("gyoryu.en_people.v1")
def en_people_v1(*, gazetteer: Gazetteer):
    """English people: 'Jane Doe, chief executive of X' and 'X CEO Jane Doe'."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for m in _EN_NAME_ROLE.finditer(doc.text, s.start, s.end):
                _en_person(doc, gazetteer, m, _org_at(doc, m.end()))
            for m in _EN_ROLE_NAME.finditer(doc.text, s.start, s.end):
                _en_person(doc, gazetteer, m, _org_ending_at(doc, m.start()))

    return run


def _en_person(doc: Doc, gazetteer: Gazetteer, m: re.Match, org: OrgMention | None) -> None:
    start, end = m.span("name")
    for p in doc.people:
        if p.start == start and p.end == end:
            if p.role is None:
                p.role = m.group("role")
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
            return
    if doc.taken(start, end) or name_key(m.group("name")) in gazetteer.by_key:
        return
    doc.people.append(PersonMention(start, end, m.group("name"), None, m.group("role"),
                                    org.entity_id if org else None, org.mention if org else None))


# -- organisation candidates from press patterns --------------------------------------------------
KO_ORG_SUFFIX = ("협회|협의회|연구소|연구원|센터|재단|그룹|전자|테크놀로지|테크|텍|로보틱스|로봇|랩스|랩|소프트|"
                 "시스템즈|솔루션즈?|네트웍스|은행|증권|대학교|대학|공사|공단|진흥원|학회|위원회|컴퍼니|코리아|홀딩스|"
                 "바이오|모빌리티|에너지|인베스트먼트|파트너스|벤처스|캐피탈|클라우드|얼라이언스|테크노파크|"
                 "벤처투자|혁신원|병원|의료원|차이나|재팬")
# Endings that make a proper noun an organisation without quotes or context (트라이로봇랩스는,
# 부산정보산업진흥원과); Kiwi must read the whole as proper nouns, so 핀테크 or 데이터센터 stay words
KO_STRONG_SUFFIX = ("얼라이언스|테크노파크|대학교|벤처투자|혁신원|병원|의료원|차이나|재팬|테크놀로지|"
                    "일렉트로닉스|인베스트먼트|로보틱스|모빌리티|네트웍스|시스템즈|솔루션즈?|"
                    "파트너스|벤처스|캐피탈|홀딩스|컴퍼니|랩스|랩|테크|소프트|코리아|재단|진흥원|협의회|협회|연구소")
_KO_STRONG = re.compile(rf"(?<![A-Za-z0-9가-힣])[A-Za-z0-9가-힣]{{1,14}}?(?:{KO_STRONG_SUFFIX})"
                        r"(?=[은는이가을를의와과도에로측]|[\s,.·ㆍ’'”\")(]|$)")
_KO_CORP = re.compile(r"(?:㈜|\(주\))\s?([A-Za-z0-9가-힣&.\-]+(?: [A-Z][A-Za-z]*)*)")
_KO_QUOTED = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{2,24})[’'”\"]")
_KO_QUOTED_SUFFIX = re.compile(rf"(?:{KO_ORG_SUFFIX})$")
_KO_ORG_CONTEXT = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*(?:본사|사옥|측|기업|社|대표|회장|CEO|관계자)")
_KO_KIND_BEFORE = re.compile(r"(?:기업|회사|스타트업|업체|법인)인\s+[‘']?([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{1,15}"
                             r"(?: [A-Z][A-Za-z]+)?)[’']?")
# a bare proper noun with organisation context: "X 관계자", "X 측은", "X社", "기업 X"
_KO_CONTEXT_AFTER = re.compile(r"(?<![A-Za-z0-9가-힣])([A-Za-z0-9가-힣]{2,15})(?:\s(?:관계자|측[은이과도에])|社)")
_KO_KIND_THEN = re.compile(r"(?:기업|업체|스타트업|회사|법인|자회사|계열사)\s+([A-Za-z0-9가-힣]{2,15})")
_LIST_SEP = re.compile(r"\s*[·ㆍ,、]\s*")
# a Hangul name glossed by an organisation's Latin name in brackets
_KO_GLOSSED = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣][A-Za-z0-9가-힣]{1,14})\s?\(([A-Za-z][^()\n]{1,38})\)")
_LIST_SEP_CHARS = frozenset(",·ㆍ、")
_KO_WORD = re.compile(r"[‘']?([A-Za-z0-9가-힣][A-Za-z0-9가-힣&.\- ]{0,18}?[A-Za-z0-9가-힣])[’']?"
                      r"(?=\s*(?:\([^)]*\))?\s*(?:[·ㆍ,、]|등|$))")
_STOP_CANDIDATES = frozenset(name_key(w) for w in (
    "기업", "회사", "AI", "인공지능", "스타트업", "정부", "한국", "중국", "미국", "프로젝트", "플랫폼"))
_NAME_TAGS = frozenset({"NNP", "SL", "SN", "SH"})


def _simplified(chunk: str) -> str:
    """Traditional folded to Simplified for the segmenter, keeping every offset."""
    from gyoryu.intel.matcher import _T2S

    out = _T2S.convert(chunk)
    return out if len(out) == len(chunk) else chunk


def _add_candidate(doc: Doc, gazetteer: Gazetteer, start: int, end: int,
                   absorb_places: bool | str = False) -> OrgMention | None:
    """An organisation the directory lacks, offered for review; the mention already there if the
    span is one. With `absorb_places`, a place written into the name (광주AI얼라이언스,
    上海芯驰半导体) is part of the name, not a place of its own; "spaced" also takes a place
    followed by a space (Korea Investment Partners, Nota China)."""
    mention = doc.text[start:end].strip()
    key = name_key(mention)
    for o in doc.orgs:
        if o.start == start and o.end == end:
            return o
    if len(key) < 2 or key in _STOP_CANDIDATES:
        return None
    if absorb_places:
        inner = [p for p in doc.places if start <= p.start and p.end <= end
                 and (absorb_places == "spaced" or (p.end < end and not doc.text[p.end].isspace()))]
        if inner and not any(m.start < end and start < m.end for m in (*doc.orgs, *doc.people)):
            doc.places = [p for p in doc.places if p not in inner]
    if doc.taken(start, end):
        return None
    if any(k != EntityKind.organization for k, _i in gazetteer.entities(key)):
        return None
    org = OrgMention(start, end, mention, source="pattern")
    doc.orgs.append(org)
    return org


@component("gyoryu.ko_candidates.v2")
def ko_candidates_v2(*, gazetteer: Gazetteer):
    """Organisations the directory lacks, from Korean press patterns: ㈜X, quoted names with an
    organisation ending or context, '기업인 X', proper nouns with an organisation ending
    (트라이로봇랩스, 부산정보산업진흥원) or context ('X 관계자', 'X 측은', '기업 X'), and the
    other members of a list (A·B·C, A, B 등) one of whose members is an organisation. A known
    name with an organisation ending written onto it (유니트리코리아) is another organisation.
    Bare names count only when Kiwi reads them as proper nouns. Offered for review, never added
    by themselves."""
    kiwi, _collisions = kiwi_for(gazetteer)

    def run(doc: Doc) -> None:
        text = doc.text
        for s in doc.sentences_in("ko"):
            for m in _KO_CORP.finditer(text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_QUOTED.finditer(text, s.start, s.end):
                inner = m.group(1).strip()
                if _GATHERING_END.search(inner):
                    _add_gathering(doc, gazetteer, *m.span(1))
                elif _KO_QUOTED_SUFFIX.search(inner) or _KO_ORG_CONTEXT.match(text, m.end()):
                    _add_candidate(doc, gazetteer, *m.span(1), absorb_places=True)
            for m in _KO_KIND_BEFORE.finditer(text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1))
            _list_members(doc, gazetteer, s.start, s.end)
            for m in _KO_GLOSSED.finditer(text, s.start, s.end):  # 갤봇(Galbot), 유비테크(UBTECH)
                if any(o.start == m.start(2) and o.end == m.end(2) for o in doc.orgs):
                    _add_candidate(doc, gazetteer, *m.span(1))
            spans = [m.span() for m in _KO_STRONG.finditer(text, s.start, s.end)]
            spans += [m.span(1) for m in _KO_CONTEXT_AFTER.finditer(text, s.start, s.end)]
            spans += [m.span(1) for m in _KO_KIND_THEN.finditer(text, s.start, s.end)]
            listed = any(c in _LIST_SEP_CHARS for c in text[s.start:s.end])
            if not spans and not (listed and any(_inside(o, s) for o in doc.orgs)):
                continue
            tokens = _kiwi_tokens(doc, kiwi, s)
            for a, b in spans:
                a, b = _proper_noun_span(tokens, s.start, a, b,
                                         _KO_INSTITUTION.search(text, a, b) is not None)
                if b > a:
                    _add_longer(doc, gazetteer, a, b)
            if listed and any(_inside(o, s) for o in doc.orgs):
                _ko_lists(doc, gazetteer, tokens, s)
        _repeat_candidates(doc, "ko")

    return run


# Named gatherings (summits, forums, expos): what summit events are about, kept apart from the
# organisations ('한중 AI CEO 서밋', 世界机器人大会, Zhongguancun Forum); a leading year ('2025 …')
# is the edition, not the name
_GATHERING_WORDS = (r"서밋|정상회의|포럼|박람회|엑스포|산업전|전시회|컨퍼런스|콘퍼런스|대회|페어|"
                    r"大会|论坛|峰会|博览会|对接会|展览会|交易会|世博|"
                    r"\b(?:Summit|Forum|Expo|Conference|Congress|Fair|Show)\b")
GATHERING = re.compile(_GATHERING_WORDS, re.I)  # a gathering named anywhere in a mention
_GATHERING_END = re.compile(rf"(?:{_GATHERING_WORDS})$")
_EDITION = re.compile(r"(?:(?:19|20)\d{2}\s*(?:년|年)?\s*|第[一二三四五六七八九十\d]+届\s*)")
_ZH_GATHERING = re.compile(r"(?:^|(?<=[的在了届年，。、“《\d]))(?:(?:19|20)\d{2}年?)?"
                           r"((?:(?![的在与和了是及为对将由向从被把举办])[\u4e00-\u9fffA-Z]){2,16}?"
                           r"(?:大会|论坛|峰会|博览会|对接会|展览会|交易会))")
_EN_GATHERING = re.compile(r"\b((?:(?:19|20)\d{2}\s)?(?:[A-Z][\w'&-]*\s){1,4}"
                           r"(?:Summit|Forum|Expo|Conference|Congress|Fair))\b")


def _add_gathering(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    m = _EDITION.match(doc.text, start, end)
    if m and m.end() < end:
        start = m.end()
    if end - start >= 3 and not any(c in "的在与和了是" for c in doc.text[start:end - 2]):
        found = _add_candidate(doc, gazetteer, start, end)
        if found is not None and found.entity_id is None:
            found.source = "gathering"


def _repeat_candidates(doc: Doc, lang: str) -> None:
    """A name found once as an organisation is one wherever the story repeats it (the headline's
    '훠산엔진 대표단', '탄다이 훠산엔진 총재'), as a whole word or before a particle."""
    found = {o.mention for o in doc.orgs if o.source == "pattern" and len(o.mention) >= 2}
    if not found:
        return
    text = doc.text
    for s in doc.sentences_in(lang):
        for name in found:
            at = text.find(name, s.start, s.end)
            while at >= 0:
                end = at + len(name)
                before = text[at - 1] if at else " "
                after = text[end] if end < len(text) else " "
                bounded = not (before.isalnum() and (before.isascii() or lang == "ko")) and (
                    not after.isalnum() or after in _PARTICLE_START or lang == "zh"
                    or (after.isascii() and not name[-1:].isascii()))
                if bounded and not doc.taken(at, end):
                    doc.orgs.append(OrgMention(at, end, name, source="pattern"))
                at = text.find(name, end, s.end)


def _proper_noun_span(tokens, base: int, a: int, b: int,
                      institution: bool = False) -> tuple[int, int]:
    """The span's proper nouns: every token in it NNP (or Latin, numbers), trailing particles
    cut; (0, 0) when Kiwi reads any part as an ordinary word. An institution's name
    (부산정보산업진흥원) may be ordinary nouns after a proper one, written as one word."""
    inside = [t for t in tokens if base + t.start >= a and base + t.start < b]
    end = a
    if institution and inside and inside[0].tag == "NNP":  # the span is one word: no spaces
        for t in inside:
            if t.tag.startswith("NN") or t.tag in _NAME_TAGS or t.tag == "XSN":
                end = base + t.start + t.len
            elif t.tag.startswith("J") and end > a:
                break
            else:
                return 0, 0
        return (a, end) if end > a else (0, 0)
    for t in inside:
        if _proper(t):
            end = base + t.start + t.len
        elif t.tag.startswith("J") and end > a:
            break
        else:
            return 0, 0
    return (a, end) if end > a and any(t.tag != "SN" for t in inside) else (0, 0)


def _proper(t) -> bool:
    """A proper noun, Latin or number token, or a noun Kiwi does not know (ids 0-2 are its
    unknown-word placeholders: 도봇, 훠산엔진)."""
    return t.tag in _NAME_TAGS or (t.tag == "NNG" and t.id <= 2)


def _add_longer(doc: Doc, gazetteer: Gazetteer, a: int, b: int) -> OrgMention | None:
    """A candidate that may hold a known name at its start (유니트리 + 코리아): the known mention
    gives way when the rest is an organisation ending."""
    inner = [o for o in doc.orgs if a <= o.start and o.end <= b and (o.start, o.end) != (a, b)]
    if inner:
        if len(inner) > 1 or inner[0].start != a or not _KO_STRONG_END.fullmatch(doc.text, inner[0].end, b):
            return None
        doc.orgs.remove(inner[0])
        got = _add_candidate(doc, gazetteer, a, b, absorb_places=True)
        if got is None:
            doc.orgs.append(inner[0])
        return got
    return _add_candidate(doc, gazetteer, a, b, absorb_places=True)


_KO_STRONG_END = re.compile(rf"(?:{KO_STRONG_SUFFIX})")
_KO_INSTITUTION = re.compile(r"(?:진흥원|협의회|협회|연구소|재단)(?=[은는이가을를의와과도에로측장]|[\s,.·ㆍ’'”\")(]|$)")


# a list member ends the noun phrase: a separator, 등/및, a particle or a closing quote follows
# ("피지컬AI 분야의" is a field, not a member)
_MEMBER_END = re.compile(r"[’'”\")]?(?:\s*(?:[,·ㆍ、]|등|및|$)|[은는이가을를의와과도에])")


def _ko_lists(doc: Doc, gazetteer: Gazetteer, tokens, s) -> None:
    """Members of 'A, B, C 등' or 'A·B·C는' read from Kiwi's tokens: each member one run of
    adjacent tokens; when one member is an organisation, the proper-noun members are too."""
    runs: list[list] = []  # [start, end, all proper nouns, a separator before it]
    prev_end, pending = None, False
    for t in tokens:
        a, b = s.start + t.start, s.start + t.start + t.len
        if t.tag == "SP" and t.form in _LIST_SEP_CHARS:
            pending, prev_end = bool(runs), None
            continue
        if not (t.tag in _NAME_TAGS or t.tag.startswith("NN") or t.tag == "XSN"):
            pending, prev_end = False, None
            continue
        if prev_end == a and runs:
            runs[-1][1] = b
            runs[-1][2] = runs[-1][2] and _proper(t)
        else:
            runs.append([a, b, _proper(t), pending])
            pending = False
        prev_end = b
    chains: list[list] = []
    for i, r in enumerate(runs):
        if r[3] and i:
            if chains and chains[-1][-1] is runs[i - 1]:
                chains[-1].append(r)
            else:
                chains.append([runs[i - 1], r])
    spans = {(o.start, o.end) for o in doc.orgs}
    for chain in chains:
        if not any((a, b) in spans for a, b, _p, _s in chain):
            continue
        for a, b, proper, _s in chain:
            if proper and _MEMBER_END.match(doc.text, b):
                _add_candidate(doc, gazetteer, a, b)


def _list_members(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    """In 'A·B·C' with a known organisation among them, the others are organisations too."""
    known = [o for o in doc.orgs if start <= o.start and o.end <= end and o.entity_id]
    if not known:
        return
    text = doc.text
    for o in known:
        nxt = _LIST_SEP.match(text, _skip_quote(text, o.end))
        while nxt:
            m = _KO_WORD.match(text, nxt.end())
            if not m or m.end() > end:
                break
            _add_candidate(doc, gazetteer, *m.span(1))
            nxt = _LIST_SEP.match(text, m.end())


def _skip_quote(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "’'”\"":
        pos += 1
    return pos


ZH_ORG_SUFFIX = ("科技|公司|集团|研究院|研究所|实验室|银行|协会|资本|控股|半导体|机器人|智能|证券|创投|产投|电子|汽车|"
                 "基金|大学|学院|管委会|委员会")
_ZH_SUFFIX = re.compile(rf"(?:{ZH_ORG_SUFFIX})(?:股份)?(?:有限)?(?:责任)?(?:公司)?$")
_ZH_STOP = frozenset("的 和 与 及 在 是 了 等 为 对 将 也 由 向 从 被 把 这 该 其 各 多 家 个 中国 韩国 国内 全球 人工 "
                     "一家 这家 该公司 相关 头部 领先 知名 企业 国家 地方 有限公司 股份有限公司 公司 人工智能 科技 "
                     "进行 宣布 对 向 于 战略 投资 合作 初创 创业 公司 机构 平台".split())
_ZH_NOT_NAME = frozenset("有限公司 股份有限公司 公司 人工智能 该公司 子公司 母公司 分公司".split())
_ZH_TAIL = ("有限公司", "股份有限公司", "公司", "有限", "股份")
_ZH_LEADING_WORDS = frozenset("由与和向对从被把将在及")
# endings that are also ordinary nouns (人形机器人, 具身智能): the name needs a proper noun or a
# word jieba does not know before them, and must close the noun phrase
_ZH_WEAK = re.compile(r"(?:半导体|机器人|智能|电子|汽车)$")
_ZH_ORG_BEFORE = frozenset("与 同 跟 由 向 企业 公司 初创企业 厂商 、 ， 。 ：".split())
_ZH_PROPER_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "x"})


def _zh_tag(word: str) -> str:
    import rjieba

    tags = rjieba.tag(word)
    return tags[0][1] if len(tags) == 1 else "x"


# "…、韩国未来资产跟投": who leads or joins a round is an investor; "子公司“乐聚韩国”": a unit named
_ZH_INVESTOR = re.compile(r"(?:^|(?<=[，、,。由及和与]))([\u4e00-\u9fffA-Za-z]{2,10}?)(?:联合)?(?:领投|跟投|参投)")
_ZH_COUNTRY = re.compile(r"韩国|中国|美国|日本|德国|新加坡")
_ZH_NAMED_UNIT = re.compile(r"(?:子公司|分公司|合资公司|法人|公司|品牌)\s*[“\"「]([^”\"」]{2,16})[”\"」]")


@component("gyoryu.zh_candidates.v2")
def zh_candidates_v2(*, gazetteer: Gazetteer):
    """Chinese organisation names ending in 科技/公司/集团/半导体/机器人/智能/证券/… that the
    directory lacks, cut with jieba after every directory name is added to its dictionary. When
    the ending stands as a word of its own, the name is the words before it (up to three,
    stopping at a function word or a known name); a city written onto the name (上海微电子装备集团)
    is part of it, a country (韩国斗山机器人) is not. A run of endings (云图智能科技有限公司) is one
    name. Ordinary nouns alone after a country (韩国|半导体产业协会) name no one."""
    import rjieba

    for word in gazetteer.words_zh:
        if 1 < len(word) <= 20:
            rjieba.add_word(word, None, None)
    places = gazetteer.places

    def place_kind(word: str) -> str | None:
        for kind, i in gazetteer.entities(name_key(word)):
            if kind == EntityKind.place:
                return places[i].kind
        return None

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("zh"):
            chunk = _simplified(doc.text[s.start:s.end])
            tokens = rjieba.tokenize(chunk)
            for i, (word, a, b) in enumerate(tokens):
                if not _ZH_SUFFIX.search(word) or word in _ZH_NOT_NAME:
                    continue
                if i + 1 < len(tokens) and _ZH_SUFFIX.fullmatch(tokens[i + 1][0]) \
                        and tokens[i + 1][0] not in _ZH_TAIL:
                    continue  # 智能|科技: the name ends with the last ending
                weak_end = _ZH_WEAK.search(word)
                weak = bool(weak_end)
                if weak and 0 < weak_end.start() and rjieba.has_word(word[:weak_end.start()]) \
                        and _zh_tag(word[:weak_end.start()])[:1] in ("n", "a", "v", "b"):
                    continue  # 人形|机器人, 智能|机器人: a kind of robot, not a maker
                if weak and i + 1 < len(tokens) and _zh_tag(tokens[i + 1][0])[:1] in ("n", "a"):
                    continue  # 微电子|装备集团: the noun phrase goes on
                start = a
                if len(word) <= 2 or _ZH_SUFFIX.fullmatch(word) or rjieba.has_word(word):
                    j, country = i, False
                    while j > 0 and i - j < 3:
                        prev, pa, _pb = tokens[j - 1]
                        if (prev in _ZH_STOP or len(prev) < 2 or not all(
                                "\u4e00" <= c <= "\u9fff" or c.isalnum() for c in prev)):
                            country = place_kind(prev) == "country"
                            break
                        if name_key(prev) in gazetteer.by_key:
                            kind = place_kind(prev)
                            if kind in ("city", "province"):
                                j -= 1  # 上海|微电子装备集团
                            country = kind == "country"
                            break
                        tag = _zh_tag(prev) if rjieba.has_word(prev) else "x"
                        if not (tag.startswith("n") or tag in _ZH_PROPER_TAGS or tag == "s"):
                            break  # a verb or a time word ends the name (牵手|斗山机器人)
                        j -= 1
                    if j == i:
                        continue
                    if weak and not (j == 0 or tokens[j - 1][0] in _ZH_ORG_BEFORE
                                     or place_kind(tokens[j - 1][0]) == "country"):
                        continue  # 公司的|四足机器人, 建设和|具身智能大模型: no organisation here
                    if country and all(rjieba.tag(w)[0][1] == "n" for w, _a, _b in tokens[j:i + 1]
                                       if len(rjieba.tag(w)) == 1):
                        continue
                    if weak and all(rjieba.has_word(w) and _zh_tag(w) not in _ZH_PROPER_TAGS
                                    for w, _a, _b in tokens[j:i]):
                        continue  # 人形|机器人, 智能|机器人: ordinary words, a kind of robot
                    start = tokens[j][1]
                end = b
                while i + 1 < len(tokens) and tokens[i + 1][0] in _ZH_TAIL:
                    i += 1
                    end = tokens[i][2]
                while end - start > 3 and chunk[start] in _ZH_LEADING_WORDS:
                    start += 1  # 由|深创投: jieba glued the preposition on
                _add_candidate(doc, gazetteer, s.start + start, s.start + end, absorb_places=True)
            for m in _ZH_GATHERING.finditer(doc.text, s.start, s.end):
                _add_gathering(doc, gazetteer, *m.span(1))
            for m in _ZH_INVESTOR.finditer(doc.text, s.start, s.end):
                a, b = m.span(1)
                if (country := _ZH_COUNTRY.match(doc.text, a, b)) and country.end() < b - 1:
                    a = country.end()  # 韩国|未来资产跟投
                _add_candidate(doc, gazetteer, a, b)
            for m in _ZH_NAMED_UNIT.finditer(doc.text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1), absorb_places="spaced")
        _repeat_candidates(doc, "zh")

    return run


_EN_CORP = re.compile(
    r"\b((?:(?:[A-Z][\w&.'-]*|&)\s){1,3}(?:Inc|Corp|Corporation|Ltd|Limited|Technologies|Technology|"
    r"Robotics|Group|Labs|Lab|Holdings|Capital|Ventures|Partners|Investment|Investments|Systems|"
    r"Software|University|Institute|Association|Foundation|Alliance|Bank|Securities|Motors|"
    r"Electronics|Semiconductor|Intelligence|Dynamics|Solutions|Logistics|Motor|Chemical|Energy|Mobility|"
    r"Bio|Biologics|Cloud|Networks|Telecom|Pharmaceutical|Hospital)\b\.?)")
_EN_NAME_WORDS = r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}"
_EN_KIND_BEFORE = re.compile(r"\b(?:startup|start-up|company|firm|maker|developer|unicorn|subsidiary|"
                             rf"affiliate|unit|spin-off|joint venture),?\s+({_EN_NAME_WORDS})")
# "Lumos Dynamics, a Shenzhen startup": a name in apposition to a kind of organisation
_EN_APPOSITION = re.compile(rf"(?<![\w-])({_EN_NAME_WORDS}),\s+an?\s+(?:[\w'-]+\s+){{0,4}}?(?:startup|"
                            r"start-up|company|firm|maker|developer|unicorn|subsidiary|lender|"
                            r"investor|fund|group)\b")
# "led by Kakao Ventures and Hashed": a capitalised name coordinated with an organisation
_EN_AND_NAME = re.compile(rf"\s*(?:,\s*and|,|and|&)\s+({_EN_NAME_WORDS})(?=[\s,.;:)]|$)")
_EN_ABBREVIATION = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Intl)\.$")
_EN_SENTENCE_START = frozenset("The A An In On At This That These Those It Its Their Separately "
                               "Meanwhile However Also".split())


@component("gyoryu.en_candidates.v2")
def en_candidates_v2(*, gazetteer: Gazetteer):
    """English organisation names the directory lacks: capitalised names ending in Inc, Robotics,
    Technologies, Partners, University …, 'startup X' / 'a subsidiary, X', 'X, a … startup', and
    a capitalised name coordinated with an organisation ('Kakao Ventures and Hashed')."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for pattern in (_EN_CORP, _EN_KIND_BEFORE, _EN_APPOSITION):
                for m in pattern.finditer(doc.text, s.start, s.end):
                    _en_candidate(doc, gazetteer, *m.span(1))
            for m in _EN_GATHERING.finditer(doc.text, s.start, s.end):
                start, end = m.span(1)
                while doc.text[start:end].split(" ")[0] in _EN_SENTENCE_START:
                    start += len(doc.text[start:end].split(" ")[0]) + 1
                _add_gathering(doc, gazetteer, start, end)
            for o in sorted((o for o in doc.orgs if _inside(o, s)), key=lambda o: o.start):
                m = _EN_AND_NAME.match(doc.text, o.end, s.end)
                if m and not doc.taken(*m.span(1)):
                    _en_candidate(doc, gazetteer, *m.span(1))
        _repeat_candidates(doc, "en")

    return run


def _en_candidate(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    if doc.text[end - 1:end] == "." and not _EN_ABBREVIATION.search(doc.text, start, end):
        end -= 1  # "… and Hashed." ends the sentence, not the name
    words = doc.text[start:end].split(" ")
    while words and (words[0] in _EN_SENTENCE_START or words[0].endswith("-based")):
        start += len(words.pop(0)) + 1  # "Anyang-based AIDIN Robotics" is AIDIN Robotics
    if end <= start:
        return
    inner = [o for o in doc.orgs if start <= o.start and o.end <= end and (o.start, o.end) != (start, end)]
    if len(inner) == 1 and inner[0].start == start and inner[0].end < end and any(
            p.start > inner[0].end and p.end == end for p in doc.places):
        doc.orgs.remove(inner[0])  # Nota + China: the subsidiary is an organisation of its own
        if _add_candidate(doc, gazetteer, start, end, absorb_places="spaced") is None:
            doc.orgs.append(inner[0])
        return
    _add_candidate(doc, gazetteer, start, end, absorb_places="spaced")


# -- linking across scripts ------------------------------------------------------------------------
def _merge_glosses(doc: Doc) -> None:
    """'중국전자기술표준화연구원(CESI)', '에스툰(埃斯顿)', '쓰비츠(AISpeech·思必驰)': names in brackets
    right after a name gloss it — one organisation, written as the text names it first, linked
    through whichever of its names the directory knows."""
    text = doc.text
    orgs = sorted(doc.orgs, key=lambda o: o.start)
    glosses: set[int] = set()
    for i, outer in enumerate(orgs):
        if id(outer) in glosses:
            continue
        m = _OPEN_GLOSS.match(text, outer.end)
        if m is None:
            continue
        close = min((k for k in (text.find(")", m.end()), text.find("）", m.end())) if k >= 0), default=-1)
        if close < 0 or close - m.end() > 60:
            continue
        inner = [o for o in orgs[i + 1:] if m.end() <= o.start and o.end <= close]
        linked = {o.entity_id for o in inner if o.entity_id is not None}
        if outer.entity_id is not None and linked - {outer.entity_id}:
            continue  # LG(엘지전자)? two organisations: leave both
        if outer.entity_id is None and len(linked) == 1:
            outer.entity_id, outer.confidence, outer.method = linked.pop(), 1.0, LinkMethod.alias
            outer.candidates = []
        elif outer.entity_id is None and linked:
            continue
        glosses.update(id(o) for o in inner)
    if glosses:
        doc.orgs = [o for o in doc.orgs if id(o) not in glosses]


_OPEN_GLOSS = re.compile(r"\s?[(（]")
_UNIT_END = re.compile(r"(?:Hospital|Institute|Center|Centre|School|병원|연구소|센터|医院|研究所)$")


def _names_a_government(mention: str, gazetteer: Gazetteer) -> bool:
    """A place with its administrative ending (전남도, 허페이시, 린강신구 관리위원회) names a government."""
    m = _GOVERNMENT_NAME.search(mention)
    return m is not None and any(k == EntityKind.place for k, _i in gazetteer.entities(name_key(mention[:m.start()])))


_GOVERNMENT_NAME = re.compile(rf"\s?(?:{'|'.join((*GOVERNMENT_BODIES, *_ADMIN_WORDS))})$")


def _join_known_and_new(doc: Doc) -> dict[int, tuple[OrgMention, OrgMention]]:
    """A known name written onto a new one (LG + AI研究院) may name one organisation the directory
    knows in another script (LG AI연구원): the whole goes to the linker, and stays whole only if
    it links (LG에너지솔루션 + 오창에너지플랜트 stays two). Returns joined id → the two parts."""
    orgs = sorted(doc.orgs, key=lambda o: o.start)
    joined = []
    for known, new in zip(orgs, orgs[1:], strict=False):
        if (known.entity_id is not None and new.entity_id is None and new.source == "pattern"
                and 0 <= new.start - known.end <= 1 and not doc.text[known.end:new.start].strip()):
            joined.append((known, new))
    parts = {}
    for known, new in joined:
        doc.orgs.remove(known)
        doc.orgs.remove(new)
        whole = OrgMention(known.start, new.end, doc.text[known.start:new.end], source="pattern")
        doc.orgs.append(whole)
        parts[id(whole)] = (known, new)
    doc.orgs.sort(key=lambda o: o.start)
    return parts


@component("gyoryu.linker.v2")
def linker_v2(*, gazetteer: Gazetteer, auto_link: float = 0.9, review: float = 0.72,
              max_candidates: int = 3):
    """Mentions the aliases did not settle, linked by sound: romanised Hangul, pinyin and English
    spelling meet in one phonetic key (Hangul ㅐ read as e and as a: 갤봇 ↔ Galbot). A name
    that ends in a generic word the press translates (로보틱스/机器人/Robotics, 엔진/引擎/Engine)
    is also compared by its head with the heads of directory names of the same kind
    (斗山机器人 ↔ Doosan Robotics). Confident links stand; weaker ones carry their best
    candidates to the review queue."""
    keys = [k for k, _o in gazetteer.sounds]
    owners = [o for _k, o in gazetteer.sounds]
    heads: dict[str, tuple[list[str], list[int]]] = {}
    for cls, hk, org in gazetteer.heads:
        ks, os_ = heads.setdefault(cls, ([], []))
        ks.append(hk)
        os_.append(org)

    def scores(sk: str, pool_keys: list[str], pool_owners: list[int], best: dict) -> None:
        for _key, score, idx in process.extract(sk, pool_keys, scorer=fuzz.ratio,
                                                limit=max_candidates * 3,
                                                score_cutoff=review * 100):
            org = pool_owners[idx]
            best[org] = max(best.get(org, 0.0), score / 100)

    def run(doc: Doc) -> None:
        joined = _join_known_and_new(doc)
        for m in doc.orgs:
            if m.entity_id is not None and m.confidence >= 1.0:
                continue
            if m.entity_id is None:
                owned = [i for k, i in gazetteer.entities(name_key(m.mention))
                         if k == EntityKind.organization]
                if len(owned) == 1:
                    m.entity_id, m.confidence, m.method = owned[0], 1.0, LinkMethod.alias
                    continue
            if m.candidates:  # an alias shared by several organisations
                continue
            split = split_generic(m.mention)
            if split and (exact := gazetteer.exact_heads.get((split[1], name_key(split[0])))):
                m.entity_id, m.confidence, m.method = exact, 1.0, LinkMethod.alias  # LG AI + 研究院
                continue
            best: dict[int, float] = {}
            for sk in sound_keys(m.mention):
                if len(sk) >= 3:
                    scores(sk, keys, owners, best)
            if split and split[1] in heads:
                for hk in sound_keys(split[0]):
                    if len(hk) >= 4:
                        scores(hk, *heads[split[1]], best)
            if _names_a_government(m.mention, gazetteer):  # 전남도 is not 전남대 (Chonnam Nat'l Univ.)
                best = {o: sc for o, sc in best.items() if gazetteer.orgs[o].kind == "government"}
            ranked = sorted(best.items(), key=lambda kv: -kv[1])[:max_candidates]
            m.candidates = ranked
            if ranked and ranked[0][1] >= auto_link and (
                    len(ranked) == 1 or ranked[1][1] < ranked[0][1] - 0.05):
                m.entity_id, m.confidence = ranked[0]
                m.method = LinkMethod.transliteration
            elif ranked:
                m.confidence = ranked[0][1]
        _merge_glosses(doc)
        if joined:  # unlinked, the whole stays only as a unit of the known one (…University Bundang Hospital)
            split_again = [o for o in doc.orgs if id(o) in joined and o.entity_id is None
                           and not _UNIT_END.search(joined[id(o)][1].mention)]
            for whole in split_again:
                doc.orgs.remove(whole)
                doc.orgs.extend(joined[id(whole)])
            doc.orgs.sort(key=lambda o: o.start)

    return run


# -- dates and events live in gyoryu.intel.events (registered on import) ----------------------------
from gyoryu.intel import events as _events  # noqa: E402,F401
