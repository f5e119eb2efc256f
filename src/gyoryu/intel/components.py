"""The built-in pipeline components, each registered under a versioned name."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, EventType, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    EventRecord,
    OrgMention,
    PersonMention,
    PlaceMention,
    component,
)
from gyoryu.intel.text import article_language, find_dates, publication_date, split_sentences
from gyoryu.intel.translit import sound_key


# -- sentences, language, publication date -------------------------------------------------------
@component("gyoryu.sentences.v1")
def sentences_v1(*, gazetteer: Gazetteer):
    def run(doc: Doc) -> None:
        doc.sentences, doc.skipped = split_sentences(doc.text)
        doc.language = article_language(doc.text, doc.sentences)
        if doc.date is None:
            doc.date = publication_date(doc.text, doc.skipped)

    return run


# -- directory names ------------------------------------------------------------------------------
_ACTOR_AFTER = re.compile(r"\s*(?:[가는은이와과도]\s|[와과]의|[与和與]|청|대표단|代表团|政府|\s+(?:government|delegation))"
                          r"|(?<=[시도])(?:장|지사)|\s*[A-Za-z가-힣]{0,6}?(?:국장|실장|과장|본부장|시장|지사)")


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
_ACTOR_AFTER = re.compile(r"\s*(?:[가는은이와과도]\s|[와과]의|[与和與]|청|대표단|代表团|政府|\s+(?:government|delegation))"
                          r"|(?<=[시도])(?:장|지사)|\s*[A-Za-z가-힣]{0,6}?(?:국장|실장|과장|본부장|시장|지사)")


@component("gyoryu.name_matcher.v1")
def name_matcher_v1(*, gazetteer: Gazetteer):
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
                doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))

    return run


# "지난 1일", "지난 주", "지난해 7월", "지난 달 말": 지난 is 'last' before a number or a time word
_TIME_AFTER = re.compile(r"\s*(?:\d|[한두세네]\s?(?:달|해|주|번|차례)|첫|달|주|해|번|회|차|년|월|일|분기|반기|"
                         r"학기|시즌|주말|밤|날|연말|연초|정권|정부|대선|총선|선거|회의|대회|때|시간|세기|"
                         r"겨울|여름|봄|가을|\s*[0-9一二三四五六七八九十]+)")
_ADMIN_SUFFIX = frozenset("시성구군현도市省区县")
_ORG_CONTEXT = re.compile(r"\s*(?:본사|사옥|측|관계자|대표|회장|사장|CEO|社|公司|集团|总部|[·ㆍ,、]\s*\S)")


@component("gyoryu.name_guard.v1")
def name_guard_v1(*, gazetteer: Gazetteer):
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
        doc.places = sorted(keep, key=lambda p: p.start)

        named = {}
        for o in doc.orgs:
            if o.entity_id is not None and collisions.get(name_key(o.mention)) is None:
                named[o.entity_id] = True
        doc.orgs = [o for o in doc.orgs if o.entity_id is None
                    or collisions.get(name_key(o.mention)) is None or named.get(o.entity_id)
                    or _ORG_CONTEXT.match(text, o.end)]

    return run


# -- people and their roles -----------------------------------------------------------------------
KO_ROLES = ("대표이사|공동대표|대표|명예회장|부회장|공동회장|회장|부사장|사장|이사장|의장|부총장|총장|학장|원장|"
            "소장|센터장|본부장|국장|실장|부장|팀장|상무|전무|이사|창업자|창립자|설립자|부위원장|위원장|"
            "도지사|지사|부시장|시장|장관|차관|총리|대통령|주석|교수|박사|변호사|국회의원|의원|대사|총영사|"
            "CEO|CTO|CFO|COO")
_KO_ROLE = re.compile(rf"[A-Za-z가-힣]{{0,8}}?(?:{KO_ROLES})(?![가-힣]{{2}})")
_KO_ROLE_ANY = re.compile(rf"(?:{KO_ROLES})")
_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부피음빈")
_GAP = re.compile(r"[\s‘’'\"“”]*")


def _org_at(doc: Doc, pos: int) -> OrgMention | None:
    gap = _GAP.match(doc.text, pos)
    pos = gap.end()
    for o in doc.orgs:
        if o.start == pos:
            return o
    return None


def _org_ending_at(doc: Doc, pos: int) -> OrgMention | None:
    back = pos
    while back > 0 and doc.text[back - 1] in " ‘’'\"“”":
        back -= 1
    for o in doc.orgs:
        if o.end == back:
            return o
    return None


def _ko_role_after(doc: Doc, pos: int) -> tuple[str | None, OrgMention | None]:
    """'하이퍼놀로지 대표' or '충칭시장' after a name: the role and the organisation it names."""
    org = _org_at(doc, pos)
    if org is not None:
        m = _KO_ROLE.match(doc.text, _GAP.match(doc.text, org.end).end())
        if m and m.group(0):
            return m.group(0), org
        m = _KO_ROLE.match(doc.text, org.end - 1)  # 충칭시 + 장 = 충칭시장
        if m and m.group(0) in ("시장", "도지사", "지사"):
            return m.group(0), org
    gap = _GAP.match(doc.text, pos)
    if gap.end() > pos or pos == 0:
        m = _KO_ROLE.match(doc.text, gap.end())
        if m and m.group(0):
            return m.group(0), _org_ending_at(doc, pos)
    return None, None


@component("gyoryu.ko_people.v1")
def ko_people_v1(*, gazetteer: Gazetteer):
    """Korean people: directory names, and names Kiwi tags as proper nouns right before a role.

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
            for tok in kiwi.tokenize(chunk):
                if tok.tag != "NNP" or not 2 <= tok.len <= 4 or tok.form[0] not in _KO_SURNAMES:
                    continue
                start = s.start + tok.start
                end = start + tok.len
                if doc.text[start:end] != tok.form or doc.taken(start, end):
                    continue
                if name_key(tok.form) in gazetteer.by_key:
                    continue
                if end < len(doc.text) and "\uac00" <= doc.text[end] <= "\ud7a3":
                    continue  # part of a longer word
                role, org = _ko_role_after(doc, end)
                if role is None:
                    continue
                doc.people.append(PersonMention(
                    start, end, tok.form, None, role,
                    org.entity_id if org else None, org.mention if org else None))

    return run


ZH_ROLES = ("联合创始人|创始人|董事长|首席执行官|首席技术官|首席科学家|总裁|副总裁|总经理|院长|校长|副市长|市长|"
            "副省长|省长|主任|总理|部长|主席|书记|教授|研究员|理事长|会长|秘书长|合伙人|CEO|CTO")
_ZH_ROLE_NAME = re.compile(rf"({ZH_ROLES})\s*([\u4e00-\u9fff]{{2,3}})")
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "尹常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝")
_ZH_NAME_END = frozenset("表示说指出介绍认为强调称在等一行率与和的也则还会将是已")


@component("gyoryu.zh_people.v1")
def zh_people_v1(*, gazetteer: Gazetteer):
    """Chinese people: a role word right before a name (宇树科技创始人王兴兴)."""

    def run(doc: Doc) -> None:
        for p in doc.people:
            before = doc.text[max(0, p.start - 12):p.start]
            m = re.search(rf"({ZH_ROLES})\s*$", before)
            if p.role is None and m:
                p.role = m.group(1)
                org = _org_ending_at(doc, p.start - len(m.group(0)))
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
        for s in doc.sentences_in("zh"):
            simple = doc.text[:s.start] + _simplified(doc.text[s.start:s.end])
            for m in _ZH_ROLE_NAME.finditer(simple, s.start, s.end):
                name = doc.text[m.start(2):m.end(2)]
                if m.group(2)[0] not in _ZH_SURNAMES:
                    continue
                if len(name) == 3 and name[2] in _ZH_NAME_END:
                    name = name[:2]
                start = m.start(2)
                end = start + len(name)
                if doc.taken(start, end) or name_key(name) in gazetteer.by_key:
                    continue
                org = _org_ending_at(doc, m.start(1))
                doc.people.append(PersonMention(start, end, name, None, m.group(1),
                                                org.entity_id if org else None,
                                                org.mention if org else None))

    return run


EN_ROLES = (r"chief executive(?: officer)?|CEO|CTO|CFO|co-founder|founder|chairman|chairwoman|chair|"
            r"vice president|president|mayor|governor|minister|managing director|director|professor|"
            r"head|premier|ambassador|partner|secretary-general")
_EN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}"
_EN_NAME_ROLE = re.compile(rf"(?P<name>{_EN_NAME}),\s+(?:the\s+)?(?P<role>{EN_ROLES})\b"
                           rf"(?:\s+(?:of|at)\s+)?")
_EN_ROLE_NAME = re.compile(rf"\b(?P<role>{EN_ROLES})\s+(?P<name>{_EN_NAME})\b")


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
KO_ORG_SUFFIX = ("협회|연구소|연구원|센터|재단|그룹|전자|테크|텍|로보틱스|로봇|랩|소프트|시스템즈|솔루션즈?|네트웍스|"
                 "은행|증권|대학교|대학|공사|공단|진흥원|학회|위원회|컴퍼니|코리아|홀딩스|바이오|모빌리티|"
                 "에너지|인베스트먼트|파트너스|벤처스|캐피탈|클라우드")
_KO_CORP = re.compile(r"(?:㈜|\(주\))\s?([A-Za-z0-9가-힣&.\-]+(?: [A-Z][A-Za-z]*)*)")
_KO_QUOTED = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{2,24})[’'”\"]")
_KO_QUOTED_SUFFIX = re.compile(rf"(?:{KO_ORG_SUFFIX})$")
_KO_ORG_CONTEXT = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*(?:본사|사옥|측|기업|社|대표|회장|CEO|관계자)")
_KO_KIND_BEFORE = re.compile(r"(?:기업|회사|스타트업|업체|법인)인\s+[‘']?([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{1,15}"
                             r"(?: [A-Z][A-Za-z]+)?)[’']?")
_LIST_SEP = re.compile(r"\s*[·ㆍ,、]\s*")
_KO_WORD = re.compile(r"[‘']?([A-Za-z0-9가-힣][A-Za-z0-9가-힣&.\- ]{0,18}?[A-Za-z0-9가-힣])[’']?"
                      r"(?=\s*(?:\([^)]*\))?\s*(?:[·ㆍ,、]|등|$))")
_STOP_CANDIDATES = frozenset(name_key(w) for w in (
    "기업", "회사", "AI", "인공지능", "스타트업", "정부", "한국", "중국", "미국", "프로젝트", "플랫폼"))


def _simplified(chunk: str) -> str:
    """Traditional folded to Simplified for the segmenter, keeping every offset."""
    from gyoryu.intel.matcher import _T2S

    out = _T2S.convert(chunk)
    return out if len(out) == len(chunk) else chunk


def _add_candidate(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    mention = doc.text[start:end].strip()
    key = name_key(mention)
    if len(key) < 2 or key in _STOP_CANDIDATES or doc.taken(start, end):
        return
    if any(k != EntityKind.organization for k, _i in gazetteer.entities(key)):
        return
    doc.orgs.append(OrgMention(start, end, mention, source="pattern"))


@component("gyoryu.ko_candidates.v1")
def ko_candidates_v1(*, gazetteer: Gazetteer):
    """Organisations the directory lacks, from Korean press patterns: ㈜X, quoted names with an
    organisation ending or context, '기업인 X', and the unknown members of a list (A·B·C) whose
    other members are known organisations. Offered for review, never added by themselves."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("ko"):
            text = doc.text
            for m in _KO_CORP.finditer(text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_QUOTED.finditer(text, s.start, s.end):
                inner = m.group(1).strip()
                if _KO_QUOTED_SUFFIX.search(inner) or _KO_ORG_CONTEXT.match(text, m.end()):
                    _add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_KIND_BEFORE.finditer(text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1))
            _list_members(doc, gazetteer, s.start, s.end)

    return run


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


ZH_ORG_SUFFIX = "科技|公司|集团|研究院|研究所|实验室|银行|协会|资本|控股"
_ZH_SUFFIX = re.compile(rf"(?:{ZH_ORG_SUFFIX})(?:股份)?(?:有限)?(?:责任)?(?:公司)?$")
_ZH_STOP = frozenset("的 和 与 及 在 是 了 等 为 对 将 也 由 向 从 被 把 这 该 其 各 多 家 个 中国 韩国 国内 全球 人工 "
                     "一家 这家 该公司 相关 头部 领先 知名 企业 国家 地方 有限公司 股份有限公司 公司 人工智能 科技 "
                     "进行 宣布 对 向 于 战略 投资 合作".split())


@component("gyoryu.zh_candidates.v1")
def zh_candidates_v1(*, gazetteer: Gazetteer):
    """Chinese organisation names ending in 科技/公司/集团/研究院/… that the directory lacks,
    cut with jieba after every directory name is added to its dictionary."""
    import rjieba

    for word in gazetteer.words_zh:
        if 1 < len(word) <= 20:
            rjieba.add_word(word, None, None)

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("zh"):
            chunk = _simplified(doc.text[s.start:s.end])
            tokens = rjieba.tokenize(chunk)
            for i, (word, a, b) in enumerate(tokens):
                if not _ZH_SUFFIX.search(word) or word in _ZH_STOP:
                    continue
                start = a
                if len(word) <= 2 or _ZH_SUFFIX.fullmatch(word):
                    # the suffix stands alone: the name is the words before it (up to three,
                    # stopping at a function word, a known name or a place)
                    j = i
                    while j > 0 and i - j < 3:
                        prev, pa, _pb = tokens[j - 1]
                        if (prev in _ZH_STOP or len(prev) < 2 or not all(
                                "\u4e00" <= c <= "\u9fff" or c.isalnum() for c in prev)
                                or name_key(prev) in gazetteer.by_key):
                            break
                        j -= 1
                    if j == i:
                        continue
                    start = tokens[j][1]
                end = b
                while i + 1 < len(tokens) and tokens[i + 1][0] in ("有限公司", "股份有限公司",
                                                                   "公司", "有限", "股份"):
                    i += 1
                    end = tokens[i][2]
                _add_candidate(doc, gazetteer, s.start + start, s.start + end)

    return run


_EN_CORP = re.compile(
    r"\b((?:[A-Z][\w&.'-]*\s){0,3}(?:Inc|Corp|Corporation|Ltd|Limited|Technologies|Technology|"
    r"Robotics|Group|Labs|Lab|Holdings|Capital|Ventures|Systems|Software|University|Institute|"
    r"Association|Foundation|Bank|Motors|Electronics|Semiconductor|Intelligence)\b\.?)")
_EN_KIND_BEFORE = re.compile(r"\b(?:startup|start-up|company|firm|maker|developer|unicorn)\s+"
                             r"([A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,2})")
_EN_SENTENCE_START = frozenset("The A An In On At This That These Those It Its Their".split())


@component("gyoryu.en_candidates.v1")
def en_candidates_v1(*, gazetteer: Gazetteer):
    """English organisation names the directory lacks: capitalised names ending in Inc, Robotics,
    Technologies, University …, and 'startup X' / 'company X'."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for pattern in (_EN_CORP, _EN_KIND_BEFORE):
                for m in pattern.finditer(doc.text, s.start, s.end):
                    start, end = m.span(1)
                    first = doc.text[start:end].split(" ", 1)[0]
                    if first in _EN_SENTENCE_START:
                        start += len(first) + 1
                    if end > start:
                        _add_candidate(doc, gazetteer, start, end)

    return run


# -- linking across scripts ------------------------------------------------------------------------
@component("gyoryu.linker.v1")
def linker_v1(*, gazetteer: Gazetteer, auto_link: float = 0.9, review: float = 0.72,
              max_candidates: int = 3):
    """Mentions the aliases did not settle, linked by sound: romanised Hangul, pinyin and English
    spelling meet in one phonetic key. Confident links stand; weaker ones carry their best
    candidates to the review queue."""
    keys = [k for k, _o in gazetteer.sounds]
    owners = [o for _k, o in gazetteer.sounds]

    def run(doc: Doc) -> None:
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
            sk = sound_key(m.mention)
            if len(sk) < 3:
                continue
            best: dict[int, float] = {}
            for _key, score, idx in process.extract(sk, keys, scorer=fuzz.ratio,
                                                    limit=max_candidates * 3,
                                                    score_cutoff=review * 100):
                org = owners[idx]
                best[org] = max(best.get(org, 0.0), score / 100)
            ranked = sorted(best.items(), key=lambda kv: -kv[1])[:max_candidates]
            m.candidates = ranked
            if ranked and ranked[0][1] >= auto_link and (
                    len(ranked) == 1 or ranked[1][1] < ranked[0][1] - 0.05):
                m.entity_id, m.confidence = ranked[0]
                m.method = LinkMethod.transliteration
            elif ranked:
                m.confidence = ranked[0][1]

    return run


# -- dates and events ------------------------------------------------------------------------------
@component("gyoryu.dates.v1")
def dates_v1(*, gazetteer: Gazetteer):
    def run(doc: Doc) -> None:
        for s in doc.sentences:
            doc.dates.extend(find_dates(doc.text, s.start, s.end, doc.date))

    return run


TRIGGERS: dict[str, list[tuple[EventType, re.Pattern]]] = {
    "ko": [
        (EventType.agreement, re.compile(r"업무협약|협약을?\s*(?:체결|맺)|MOU|양해각서|협정을?\s*체결")),
        (EventType.investment, re.compile(r"투자(?:를|했|한다|하기로|유치|받)|지분을?\s*인수|시리즈\s*[A-D]")),
        (EventType.founding, re.compile(r"설립(?:됐|되었|했|한다|하고|된)|출범(?:했|한다|시켰)|창립|설립\s*$")),
        (EventType.summit, re.compile(r"서밋|정상회의|박람회|엑스포|세계인공지능대회|포럼|컨퍼런스|콘퍼런스")),
        (EventType.visit, re.compile(r"방문|찾아|찾았|시찰|견학|탐방|방중|방한|출장|참관|둘러보|미팅")),
        (EventType.partnership, re.compile(r"파트너십|제휴|손잡|맞손|공동\s*개발")),
    ],
    "zh": [
        (EventType.agreement, re.compile(r"签署|签约|合作协议|备忘录|簽署|協議|備忘錄|MOU")),
        (EventType.investment, re.compile(r"投资|融资|领投|注资|投資|融資")),
        (EventType.founding, re.compile(r"成立|创立|揭牌|挂牌")),
        (EventType.summit, re.compile(r"峰会|大会|博览会|论坛|世博")),
        (EventType.visit, re.compile(r"访问|考察|参观|走访|到访|拜访|调研|訪問|考察|參觀")),
        (EventType.partnership, re.compile(r"战略合作|携手|合作伙伴|戰略合作|攜手")),
    ],
    "en": [
        (EventType.agreement, re.compile(r"\b(?:signed|sign|memorandum|MOU|agreement)\b", re.I)),
        (EventType.investment, re.compile(r"\b(?:invested|invests|investment in|funding round|raised|"
                                          r"led a .{0,20}round)\b", re.I)),
        (EventType.founding, re.compile(r"\b(?:founded|established|launched|set up)\b", re.I)),
        (EventType.summit, re.compile(r"\b(?:summit|expo|conference|forum|fair)\b", re.I)),
        (EventType.visit, re.compile(r"\b(?:visit(?:ed|s|ing)?|toured|delegation)\b", re.I)),
        (EventType.partnership, re.compile(r"\b(?:partnership|partnered|teamed up)\b", re.I)),
    ],
}
_KO_SUBJECT = re.compile(r"(?:\s*(?:본사|지사|측|관계자|기업인|기업|대표단|대표|등|의원들?|직원들?|임직원들?))*\s*(?:[은는이가]\s|와|과|대표단)")
_KO_WITH = re.compile(r"\s*(?:[와과]\s|와의|과의|[와과]\s*함께)")
_ZH_WITH = re.compile(r"[与和同跟與]\s*$")
_EN_WITH = re.compile(r"\bwith\s+(?:the\s+)?$")


# "이번 방문에서", "방문 기간 중": a visit already told, named as the setting of another event
_BACK_REFERENCE = re.compile(r"[가-힣]{0,2}?(?:에서|\s*(?:기간|중에|도중|당시|길에))")


def _inside(m, s) -> bool:
    return s.start <= m.start and m.end <= s.end


@component("gyoryu.events.v1")
def events_v1(*, gazetteer: Gazetteer):
    """Visits, agreements, partnerships, investments, summits and foundings, one sentence at a
    time: the trigger gives the type, the mentions around it the sides, the sentence's place
    and (resolved) date the rest; the sentence is the evidence. Korean sides come from the
    particles Kiwi tags (`ko_roles`); an organisation is never both actor and target."""
    _KIWI_REF["kiwi"] = kiwi_for(gazetteer)[0]

    def run(doc: Doc) -> None:
        last_actors: dict[str, list] = {}
        for s in doc.sentences:
            triggers = TRIGGERS.get(s.lang, [])
            found = []
            for t, rx in triggers:
                hits = [h for h in rx.finditer(doc.text, s.start, s.end)
                        if not (s.lang == "ko" and t == EventType.visit
                                and _BACK_REFERENCE.match(doc.text, h.end()))]
                if hits:  # Korean verbs close the sentence; elsewhere the verb follows the subject
                    found.append((t, hits[0] if s.lang == "ko" else hits[-1]))
            if not found:
                continue
            orgs = [o for o in doc.orgs if _inside(o, s)]
            people = [p for p in doc.people if _inside(p, s)]
            places = [p for p in doc.places if _inside(p, s)]
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            for etype, trig in found:
                actors, targets = _sides(doc, s.lang, etype, trig.start(), orgs, people)
                actors += [p for p in people if p not in actors]
                targets = _unique(targets)
                local = [p for p in places
                         if gazetteer.places[p.entity_id].kind != "country"]
                if etype == EventType.visit and not targets and local:
                    targets = [p for p in local if p.start > min(
                        (a.end for a in actors), default=s.start)] or local[:1]
                if etype == EventType.summit and not (orgs or places):
                    continue
                if etype in (EventType.agreement, EventType.partnership, EventType.investment,
                             EventType.founding) and not orgs:
                    continue
                if not targets:
                    continue
                if not actors and etype == EventType.visit:
                    actors = list(last_actors.get(etype, []))
                elif actors:
                    last_actors[etype] = actors
                place = _nearest_place(local, targets)
                near = min(dates, key=lambda d: abs(d.start - trig.start()), default=None)
                doc.events.append(EventRecord(etype, actors, targets, place,
                                              near.value if near else None, s.start, s.end))
        before = -1
        while before != len(doc.events):  # merging can join groups that only meet later
            before = len(doc.events)
            doc.events = _merge(doc.events)
        for e in doc.events:
            acting = {_ref(a) for a in e.actors}
            e.targets = [t for t in e.targets if _ref(t) not in acting]
        doc.events = [e for e in doc.events if e.targets]

    return run


def _unique(mentions: list) -> list:
    seen, out = set(), []
    for m in mentions:
        if _ref(m) not in seen:
            seen.add(_ref(m))
            out.append(m)
    return out


def _sides(doc: Doc, lang: str, etype: str, trigger: int, orgs: list[OrgMention],
           people: list[PersonMention]):
    """Who acts and who is acted on. A person's own organisation acts with them; a founding's
    first organisation is the one founded."""
    actors, targets = [], []
    own = {p.org_mention for p in people if p.org_mention}
    if etype == EventType.founding and orgs:
        first = orgs[0]
        return [o for o in orgs[1:] if _ref(o) != _ref(first)], [first]
    named = [o for o in orgs if o.start <= trigger < o.end]
    if named:  # "… attend the World Artificial Intelligence Conference": the event is the target
        return [o for o in orgs if o not in named], named
    roles = ko_roles(doc, orgs, trigger) if lang == "ko" else {}
    if lang != "ko":
        roles = _zh_en_roles(doc, lang, etype, trigger, orgs)
    for o in orgs:
        role = roles.get(id(o))
        if role == "actor" or (role == "with" and etype == EventType.visit
                               and _WITH_TOGETHER.match(doc.text, o.end)):
            actors.append(o)
        elif role in ("target", "with", "at"):
            targets.append(o)
        elif role == "object":
            (targets if etype != EventType.founding or True else actors).append(o)
        elif o.mention in own and any(abs(p.end - o.start) <= 2 or abs(o.end - p.start) <= 2
                                      for p in people):
            actors.append(o)
        elif lang == "ko":
            if _KO_WITH.match(doc.text, o.end) and etype in (EventType.agreement,
                                                             EventType.partnership):
                targets.append(o)
            elif _KO_SUBJECT.match(doc.text, o.end) and etype != EventType.founding:
                actors.append(o)
            else:
                targets.append(o)
        else:
            before = doc.text[max(0, o.start - 8):o.start]
            if o.start < trigger and not (_ZH_WITH.search(before) or _EN_WITH.search(before)):
                (targets if etype == EventType.founding else actors).append(o)
            else:
                targets.append(o)
    return actors, targets


_WITH_TOGETHER = re.compile(r"\s*[와과]\s*(?:함께|같이)")
_GROUP_GLUE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[·ㆍ,、/]|[와과](?=\s)|및|그리고|and|,? and|及|以及|、)\s*")  # 与/和 before a verb means "with"
_ZH_BY = re.compile(r"(?:由|获|获得)\s*$")
_EN_BY = re.compile(r"\b(?:led by|from|backed by|by)\s+(?:the\s+)?$", re.I)
_RAISE = re.compile(r"融资|raised|raises|funding round|Series [A-D]", re.I)


def _groups(doc: Doc, orgs: list[OrgMention]) -> list[list[OrgMention]]:
    """Coordinated organisations (A와 B, A·B, A, B 등, A与B, A and B) as one group each."""
    out: list[list[OrgMention]] = []
    for o in sorted(orgs, key=lambda m: m.start):
        if out:
            last = out[-1][-1]
            gap = doc.text[last.end:o.start]
            if 0 <= len(gap) <= 40 and _GROUP_GLUE.fullmatch(gap):
                out[-1].append(o)
                continue
        out.append([o])
    return out


def ko_roles(doc: Doc, orgs: list[OrgMention], trigger: int) -> dict[int, str]:
    """Each organisation's role from the particle closing its coordinated group, read with Kiwi's
    tags: JKS 이/가 or JX 은/는/도 → actor, JKO 을/를 → object, JKB 와/과 → with (the
    counterpart), JKB 에/에서 → at; a headline's 'A·B, …' opens with its subject."""
    if not orgs:
        return {}
    kiwi = _KIWI_REF.get("kiwi")
    if kiwi is None:
        return {}
    start = min(o.start for o in orgs)
    s_end = max(trigger, max(o.end for o in orgs)) + 40
    s_start = start
    while s_start > 0 and doc.text[s_start - 1] not in "\n":
        s_start -= 1
    chunk = doc.text[s_start:s_end]
    tokens = kiwi.tokenize(chunk)
    out: dict[int, str] = {}
    for group in _groups(doc, orgs):
        end = group[-1].end - s_start
        role = None
        steps = 0
        for t in tokens:
            if t.start < end:
                continue
            steps += 1
            if steps > 8:
                break
            if t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는", "도")):
                role = "actor"
            elif t.tag == "JKO":
                role = "object"
            elif t.tag == "JKB" and t.form in ("와", "과", "랑", "하고"):
                role = "with"
            elif t.tag == "JKB" and t.form in ("에", "에서", "에게", "로", "으로"):
                role = "at"
            elif t.tag in ("JKG", "JC") or t.tag.startswith(("NN", "S", "XS", "XP", "MM", "NR")):
                if t.tag == "SP" and t.form == "," and group[0].start == s_start + (
                        len(chunk) - len(chunk.lstrip())) and steps == 1:
                    role = "actor"  # headline: "네이버·카카오, 베이징 …"
                    break
                continue
            else:
                break
            break
        if role:
            for o in group:
                out[id(o)] = role
    return out


def _zh_en_roles(doc: Doc, lang: str, etype: str, trigger: int,
                 orgs: list[OrgMention]) -> dict[int, str]:
    """Chinese and English: a coordinated group takes one role; in a funding round the one who
    raises is the target and those after 由/led by are the actors."""
    out: dict[int, str] = {}
    raising = etype == EventType.investment and _RAISE.search(
        doc.text, max(0, trigger - 5), trigger + 20)
    for group in _groups(doc, orgs):
        first = group[0]
        before = doc.text[max(0, first.start - 12):first.start]
        if raising:
            by = _ZH_BY.search(before) or _EN_BY.search(before)
            role = "actor" if by or first.start > trigger else "target"
        elif _ZH_WITH.search(before) or _EN_WITH.search(before):
            role = "target"
        elif first.start < trigger:
            role = "target" if etype == EventType.founding else "actor"
        else:
            role = "target"
        for o in group:
            out[id(o)] = role
    return out


_KIWI_REF: dict[str, object] = {}


def _nearest_place(places: list[PlaceMention], targets: list) -> PlaceMention | None:
    if not places:
        return None
    if not targets:
        return places[0]
    first = targets[0].start
    return min(places, key=lambda p: abs(p.start - first))


def _ref(m) -> tuple:
    return ("e", m.entity_id) if m.entity_id is not None else ("m", name_key(m.mention))


def _merge(events: list[EventRecord]) -> list[EventRecord]:
    """One event per type and overlapping targets: later sentences add sides, place and date."""
    merged: list[EventRecord] = []
    for e in events:
        refs = {_ref(t) for t in e.targets}
        first = next((m for m in merged if m.type == e.type
                      and refs & {_ref(t) for t in m.targets}), None)
        if first is None:
            merged.append(e)
            continue
        have = {_ref(t) for t in first.targets}
        first.targets += [t for t in e.targets if _ref(t) not in have]
        seen = {_ref(a) for a in first.actors}
        first.actors += [a for a in e.actors if _ref(a) not in seen]
        first.place = first.place or e.place
        first.date = first.date or e.date
    return merged
