"""What recognition shares across languages: adding a candidate the directory lacks, named
gatherings kept apart from organisations, a candidate repeated later in the article, the
organisation at or ending at a position, and the administrative endings."""

from __future__ import annotations

import re
from functools import lru_cache

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PlaceMention,
)

ADMIN_SUFFIX = frozenset("시성구군현도市省区县")
GAP = re.compile(r"[\s‘’'\"“”]*")


def org_at(doc: Doc, pos: int) -> OrgMention | None:
    gap = GAP.match(doc.text, pos)
    pos = gap.end()
    for o in doc.orgs:
        if o.start == pos:
            return o
    return None


def org_ending_at(doc: Doc, pos: int, skip: str = " ‘’'\"“”") -> OrgMention | None:
    back = pos
    while back > 0 and doc.text[back - 1] in skip:
        back -= 1
    for o in doc.orgs:
        if o.end == back:
            return o
    return None


PARTICLE_START = frozenset("은는이가을를의와과도에께")
# the words an English sentence opens with before a name, never part of it (The, Its, Meanwhile, Our):
# the English recognisers cut them off the front of a capitalised run
EN_SENTENCE_START = frozenset("The A An In On At This That These Those It Its Their Separately Meanwhile However "
                              "Also Our His Her My Your".split())
# a hall hired for a fair or a forum is where something happens, not who does it (news-dev's
# convention: 김대중컨벤션센터, hotels); a museum or an exhibition hall a body runs is one
# a counting word before a kind of body makes it 'a …', 'several …' (一家医疗集团, 多家台灣醫院)
_ZH_SOME = re.compile(r"(?:一家|一所|一个|一個|一間|一间|一座|一批|多家|数家|數家|几家|幾家|某|另一家|"
                      r"这家|這家|该|該)$")
VENUE_END = re.compile(r"(?:컨벤션\s?센터|컨벤션|전시장|전람센터|전시센터|호텔|"
                       r"会展中心|博览中心|展览中心|会议中心|酒店|宾馆|"
                       r"會展中心|博覽中心|展覽中心|會議中心|會議展覽中心|賓館|"
                       r"\b(?:Convention|Exhibition|Expo|Conference)\s+(?:Center|Centre)|\bHotel)$")
_STOP_CANDIDATES = frozenset(name_key(w) for w in (
    "기업", "회사", "AI", "인공지능", "스타트업", "정부", "한국", "중국", "미국", "프로젝트", "플랫폼",
    # a head alone names no one
    "위원회", "협회", "센터", "재단", "사무국"))


def country_ending(gazetteer: Gazetteer, text: str) -> int:
    """The length of the directory's country name (Han script) that `text` ends in, else 0: which
    words are countries is the directory's to say (中国|驻韩国大使馆, 美国|星辰材料公司)."""
    return next((n for n in range(min(len(text), 8), 1, -1)
                 if gazetteer.countries_zh.fullmatch(text, len(text) - n)), 0)


@lru_cache(maxsize=4096)
def simplified(chunk: str) -> str:
    """Traditional folded to Simplified for the segmenter, keeping every offset.

    OpenCC's t2s maps character for character almost always (著名 stays, 頭髮 → 头发); where a
    phrase rule changes the length, that phrase is converted a character at a time instead, so
    a Simplified offset is always the Traditional one. Kept per process for the last few thousand
    texts (a pure function of its text): five Chinese rules each fold the same sentence."""
    from gyoryu.intel.matcher import _T2S

    out = _T2S.convert(chunk)
    if len(out) == len(chunk):
        return out
    pieces = []
    for phrase in re.split(r"([\s\W]+)", chunk):
        conv = _T2S.convert(phrase)
        if len(conv) != len(phrase):
            conv = "".join(c2 if len(c2 := _T2S.convert(c)) == 1 else c for c in phrase)
        pieces.append(conv)
    return "".join(pieces)


def as_government(doc: Doc, gazetteer: Gazetteer, place: PlaceMention, end: int | None = None) -> None:
    """A place that acts (경기도가 협약을, 与京畿道签署, The provinces of A and B signed) is the body
    that governs it: the directory's government when it holds one, else a candidate; `end` when
    the government's name runs past the place's (경기도 + 청)."""
    end = place.end if end is None else end
    gov = gazetteer.governments.get(place.entity_id)
    doc.places.remove(place)
    doc.orgs.append(OrgMention(place.start, end, doc.text[place.start:end], gov, 1.0 if gov else 0.0,
                               LinkMethod.alias if gov else LinkMethod.none,
                               source="directory" if gov else "pattern"))


def add_candidate(doc: Doc, gazetteer: Gazetteer, start: int, end: int,
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
    if len(key) < 2 or key in _STOP_CANDIDATES or VENUE_END.search(mention):
        return None
    if _ZH_SOME.search(doc.text, max(0, start - 4), start) and not mention.isascii():
        return None  # 一家医疗集团, 一所技术学院: 'a medical group' describes one, it does not name it
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


# Named gatherings (summits, forums, expos): what summit events are about, kept apart from the
# organisations ('한중 AI CEO 서밋', 世界机器人大会, Zhongguancun Forum); a leading year ('2025 …')
# is the edition, not the name
_GATHERING_WORDS = (r"서밋|정상회의|장관회의|포럼|박람회|엑스포|산업전|전시회|컨퍼런스|콘퍼런스|대회|페어|"
                    r"데모\s?데이|해커톤|"  # a startup pitching day: 'K-스타트업 데모데이'
                    r"大会|论坛|峰会|博览会|对接会|展览会|交易会|世博|路演|黑客松|"
                    r"\b(?:Summit|Forum|Expo|Conference|Congress|Fair|Show|Demo ?Day|Hackathon)\b")
GATHERING = re.compile(_GATHERING_WORDS, re.I)  # a gathering named anywhere in a mention
GATHERING_END = re.compile(rf"(?:{_GATHERING_WORDS})$")
# trade fairs the press names by their initials, held in many cities (CES, MWC Shanghai, SEMICON
# Korea): an exhibition where firms show, never a body or a body's office
FAIR_INITIALS = ("CES", "MWC", "IFA", "SEMICON", "Computex", "COMPUTEX", "GITEX", "WAIC", "CIIE", "CIFIT")
_EDITION = re.compile(r"(?:(?:19|20)\d{2}\s*(?:년|年)?\s*|第[一二三四五六七八九十\d]+届\s*)")


def add_gathering(doc: Doc, gazetteer: Gazetteer, start: int, end: int,
                  absorb_places: bool | str = False) -> None:
    """A named gathering; `absorb_places` as `add_candidate` (a quoted title's cities are its own)."""
    m = _EDITION.match(doc.text, start, end)
    if m and m.end() < end:
        start = m.end()
    if end - start >= 3 and not any(c in "的在与和了是" for c in doc.text[start:end - 2]):
        found = add_candidate(doc, gazetteer, start, end, absorb_places)
        if found is not None and found.entity_id is None:
            found.source = "gathering"


def repeat_candidates(doc: Doc, lang: str) -> None:
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
                    not after.isalnum() or after in PARTICLE_START or lang == "zh"
                    or (after.isascii() and not name[-1:].isascii()))
                if bounded and not doc.taken(at, end):
                    doc.orgs.append(OrgMention(at, end, name, source="pattern"))
                at = text.find(name, end, s.end)


# a registered Chinese name: a city or province before the name, a legal form after it
# (a group, 友进集团, is already written by its everyday name: only a legal form makes a full name)
_ZH_LEGAL_TAIL = re.compile(r"(?:集团)?(?:(?:股份)?有限(?:责任)?公司|株式会社)$")
_ZH_SHORT_ENDS = frozenset("的在与和了是及为对将也等")


def short_repeats_zh(doc: Doc, gazetteer: Gazetteer) -> None:
    """北京爱豆文化传媒有限公司 … 爱豆文化: a story names a company by its registered name once and by
    a short form after; the short form (the name's first word, without the place before it, and
    as much of the rest as the text goes on with, short of the legal form) is a mention of the
    same candidate, united with it (`gloss_of`). The first word must be one jieba does not know
    or tags as a proper noun (电子科技 alone is an ordinary phrase), of two characters or more."""
    import rjieba

    longs = [o for o in doc.orgs if o.source == "pattern" and o.entity_id is None and o.gloss_of is None
             and _ZH_LEGAL_TAIL.search(simplified(o.mention))]
    if not longs:
        return
    text = doc.text
    zh = doc.sentences_in("zh")
    for long in longs:
        name = simplified(long.mention)
        core_start = 0
        for n in (4, 3, 2):  # 北京, 上海市, 广东省: the place it is registered in
            if len(name) - n >= 4 and any(k == EntityKind.place for k, _i in gazetteer.entities(name_key(name[:n]))):
                core_start = n
                break
        core = name[core_start:_ZH_LEGAL_TAIL.search(name).start()]
        words = rjieba.tag(core)
        if len(core) < 2 or not words or (rjieba.has_word(words[0][0]) and words[0][1] not in ("nz", "nt", "nrt")):
            continue
        first = words[0][0]
        if len(first) < 2:
            continue
        for s in zh:
            chunk = simplified(text[s.start:s.end])
            at = chunk.find(first)
            while at >= 0:
                n = len(first)  # as much of the name as the text goes on with
                while n < len(core) and at + n < len(chunk) and chunk[at + n] == core[n]:
                    n += 1
                a, b = s.start + at, s.start + at + n
                if not doc.taken(a, b) and not (b < len(text) and text[b].isascii() and text[b].isalnum()):
                    doc.orgs.append(OrgMention(a, b, text[a:b], source="pattern", gloss_of=long))
                at = chunk.find(first, at + n)


def with_initials(doc: Doc, gazetteer: Gazetteer, o: OrgMention, start: int) -> None:
    """A group's Latin initials written before a known name (HS曉星集團, HS Hyosung) make another
    company: the mention grows to hold them and is linked by the whole name, or left for review,
    never to the company the initials precede. Chinese and English rules both call it."""
    whole = doc.text[start:o.end]
    owners = [i for k, i in gazetteer.entities(name_key(whole)) if k == EntityKind.organization]
    o.start, o.mention, o.candidates, o.source = start, whole, [], "pattern"
    o.entity_id, o.confidence, o.method = (owners[0], 1.0, LinkMethod.alias) if len(owners) == 1 else (
        None, 0.0, LinkMethod.none)


# a place's government written after it in English (Gyeonggi Province, Busan Metropolitan City
# Government): the government acting, read by `en_phrases` and left to it by `en`
EN_GOVERNMENT_WORD = re.compile(r"\s+(?:(?:(?:Metropolitan|Special|Special Self-Governing) City|Metropolitan|Municipal|"
                               r"Provincial|City|Municipal People's|Provincial People's|People's)\s+Government|"
                               r"Prefectural\s+Government|State\s+Government|Government|Province|City|Prefecture)\b")

# "South Korea's Ministry of …", "Hong Kong's X", "the United States' Y": a country or region of
# two words before a possessive describes the name after it (one-word ones, "China's", each reader
# drops word by word); left on, the possessive hides the name or takes the country into it
EN_PLACE_POSSESSIVE = re.compile(r"(?:[Tt]he\s+)?(?:(?:South|North)\s+Korea|Hong\s+Kong|Saudi\s+Arabia|New\s+Zealand|"
                                 r"South\s+Africa|United\s+(?:States|Kingdom|Arab\s+Emirates)|U\.S\.|U\.K\.)"
                                 r"['’]s?\s+")
